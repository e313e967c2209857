/**
 * A standalone page for a timeline: `renderPage` puts the scene's HTML under the timeline's title,
 * with the stylesheet, page and print rules inlined and a Content-Security-Policy that allows that
 * one style element and nothing else.
 *
 * @module
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { h } from "../scene/node.js";
import { prepare, type RenderInput, type RenderPageOptions } from "./html.js";
import { escapeAttribute, toMarkup } from "./string.js";

export { renderToString, renderSvg, type RenderInput, type RenderPageOptions, type RenderStringOptions } from "./html.js";

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

// The page around the timeline: a readable column, the title and introduction; nothing in the
// static chart responds to the pointer, so it does not look as if it would.
const PAGE_CSS = `html { background: light-dark(#ffffff, #16181c); color: light-dark(#1d1d1f, #eceef1); }
body { margin: 0; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; line-height: 1.45; }
.cl-page { box-sizing: border-box; margin: 0 auto; padding: 20px 16px 40px; }
.cl-page-title { margin: 0 0 6px; font-size: 1.7rem; line-height: 1.2; }
.cl-page-description { max-width: 44em; margin: 0 0 16px; }
.citeline[data-citeline-ssr] .cl-svg { cursor: auto; touch-action: auto; user-select: text; }
.citeline[data-citeline-ssr] .cl-entry-title { cursor: auto; color: inherit; }
/* No script will run on this page: the controls that would need one are not shown. */
.citeline[data-citeline-ssr] .cl-toolbar, .citeline[data-citeline-ssr] .cl-source-events, .citeline[data-citeline-ssr] .cl-pager { display: none; }
.citeline[data-citeline-ssr] .cl-entry-title:hover { text-decoration: none; }
/* On a phone the chart shrinks to the screen (pinch to read its labels) and the list stacks. */
@media screen and (max-width: 640px) {
  .citeline[data-citeline-ssr] .cl-entry { display: block; }
  .citeline[data-citeline-ssr] .cl-entry > * { display: block; }
  .citeline[data-citeline-ssr] .cl-entry-cites { margin-top: 2px; }
}
`;

/**
 * A complete, standalone HTML document for a timeline: {@link renderToString}'s fragment under the
 * timeline's title (the page's `<h1>`; the lists' headings are `<h2>` unless `headingLevel` says
 * otherwise) and introduction, with the stylesheet (`css`), page and print rules inlined and
 * a Content-Security-Policy that allows that one style element and nothing else — no script, no
 * requests (with `media: true`, the events' pictures, and only pictures). It reads well with
 * JavaScript off and prints well.
 *
 * @example
 * ```ts
 * const css = readFileSync("node_modules/citeline/dist/style.css", "utf8");
 * writeFileSync("timeline.html", renderPage(timeline, { css, locale: enGB }));
 * ```
 */
export function renderPage(input: RenderInput, options: RenderPageOptions = {}): string {
  // The page's own title is its h1, so the lists' headings are h2 unless asked otherwise.
  const p = prepare(input, { ...options, headingLevel: options.headingLevel ?? 2 });
  const fragment = toMarkup(p.scene);
  const scheme = { light: "light", dark: "dark", auto: "light dark" }[p.theme];
  // The column is as wide as the chart (so the lists line up under it), and never narrower than a
  // comfortable measure for the lists.
  const column = `.cl-page { max-width: ${Math.round(Math.max(640, p.layout.width)) + 32}px; }\n`;
  const css = `:root { color-scheme: ${scheme}; }\n${PAGE_CSS}${column}${(options.css ?? "").replace(/<\/(style)/gi, "<\\/$1")}\n${PRINT_CSS}`;
  const hash = base64(sha256(new TextEncoder().encode(css)));
  const wanted = options.lang ?? (typeof options.locale === "string" ? options.locale : options.locale?.code) ?? "en-GB";
  const lang = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(wanted) ? wanted : "en-GB";
  const { dir } = p;
  // Pictures only where asked for (`media`): from the page's own site or over http(s), nothing else.
  const images = options.media === true ? "; img-src 'self' https: http:" : "";
  const csp = `default-src 'none'; style-src 'sha256-${hash}'${images}; base-uri 'none'; form-action 'none'`;
  const intro = p.timeline.description ? `\n${toMarkup(h("p", { class: "cl-page-description" }, p.timeline.description))}` : "";
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}"${dir ? ` dir="${dir}"` : ""}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="color-scheme" content="${scheme}">
<meta name="generator" content="citeline">
${toMarkup(h("title", {}, p.title))}
<style>${css}</style>
</head>
<body>
<main class="cl-page">
${toMarkup(h("h1", { class: "cl-page-title" }, p.title))}${intro}
${fragment}
</main>
</body>
</html>
`;
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
