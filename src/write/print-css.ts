/**
 * The print rules of pages made by `renderPage`, for pages of one's own too.
 *
 * @module
 */

/**
 * Rules for paper, for pages made by {@link renderPage}: the chart at the page's width in the light
 * theme, the lists one under the other, no controls, and each link's address printed after it.
 *
 * @example
 * ```ts
 * const html = `<style>${PRINT_CSS}</style>${renderToString(timeline)}`;
 * ```
 */
export const PRINT_CSS: string = `@media print {
  @page { margin: 14mm 12mm; }
  html, body { background: #fff; color: #000; }
  .cl-page { max-width: none; padding: 0; }
  .citeline, .citeline[data-theme] { color-scheme: light; background: #fff; }
  .citeline .cl-stage { break-inside: avoid; }
  .citeline .cl-svg { width: 100%; max-width: 100%; height: auto; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .citeline .cl-overview { display: none; }
  .citeline .cl-lists { display: block; columns: auto; }
  .citeline .cl-entry, .citeline .cl-source { break-inside: avoid; }
  .citeline .cl-cite-ref { color: inherit; text-decoration: none; }
  .citeline .cl-cite-link::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
}
`;
