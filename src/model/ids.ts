/**
 * Deterministic identifiers: the same input gives the same ids on every load, so links, deep
 * links and tests can rely on them.
 */

const MAX_SLUG = 64;

/**
 * Lower-case words joined by hyphens, letters of any script kept, accents dropped.
 *
 * @example
 * ```ts
 * slug("Maliki meets Ahmadinejad, Tehran"); // "maliki-meets-ahmadinejad-tehran"
 * ```
 */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
}

/** Returns `base`, or `base-2`, `base-3`, … — the first one not yet in `taken`, which it then joins. */
export function uniqueId(base: string, taken: Set<string>): string {
  const root = base === "" ? "item" : base;
  let id = root;
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`;
  taken.add(id);
  return id;
}
