/**
 * Making the workbench's elements. Every word and every cell goes in as text (`textContent`,
 * `value`), never as markup: a reporter's spreadsheet is untrusted input like any other.
 *
 * @module
 */

type Child = Node | string | null | undefined | false;

/**
 * An element with attributes (set with `setAttribute`, so never a handler) and children (strings become text nodes).
 *
 * @example
 * ```ts
 * el("button", { type: "button", class: "studio-copy" }, "Copy");
 * ```
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | number | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/**
 * Save text or a Blob as a file the browser downloads, through an object URL it then revokes.
 *
 * @example
 * ```ts
 * download("events.csv", new Blob([csv], { type: "text/csv" }));
 * ```
 */
export function download(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = el("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An id unique in the page, for `aria-labelledby` and `for`. */
let next = 0;
export function uid(prefix: string): string {
  next += 1;
  return `${prefix}-${next}`;
}
