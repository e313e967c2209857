import type { CitationText } from "../model/citation.js";
import { safeHref } from "../model/source.js";

/** Fill `li` with one citation: number, publisher, relays, title, author, date, a safe link, the quote. */
export function fillCitation(li: HTMLLIElement, c: CitationText): void {
  const doc = li.ownerDocument;
  li.replaceChildren();
  const add = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text: string) => {
    const el = doc.createElement(tag);
    el.className = cls;
    el.textContent = text;
    li.append(el);
    return el;
  };
  add("span", "cl-cite-number", `[${c.number}] `);
  add("span", "cl-cite-publisher", c.publisher);
  for (const relay of c.via) add("span", "cl-cite-via", `, via ${relay}`);
  if (c.title) add("cite", "cl-cite-title", `, ${c.title}`);
  if (c.author) add("span", "cl-cite-author", `, ${c.author}`);
  if (c.published) add("span", "cl-cite-date", `, ${c.published}`);
  const href = c.url === undefined ? undefined : safeHref(c.url);
  if (href && "href" in href) {
    li.append(doc.createTextNode(" "));
    const a = add("a", "cl-cite-link", linkText(href.href));
    a.href = href.href;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
  }
  if (c.quote) add("blockquote", "cl-cite-quote", c.quote);
}

/** What a link shows: the site ("britannica.com") or the address of a mailto link. */
export function linkText(href: string): string {
  if (href.startsWith("mailto:")) return href.slice(7);
  try {
    return new URL(href).hostname.replace(/^www\./, "");
  } catch {
    return href;
  }
}
