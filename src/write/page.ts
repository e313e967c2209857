/**
 * A standalone page for a timeline: `renderPage` puts the scene's HTML under the timeline's title,
 * with the stylesheet, page and print rules inlined and a Content-Security-Policy that allows that
 * one style element and nothing else (the document itself: ./page-document.ts).
 *
 * @module
 */
import { prepare, type RenderInput, type RenderPageOptions } from "./html.js";
import { pageDocument } from "./page-document.js";
import { toMarkup } from "./string.js";

export { renderToString, renderSvg, type RenderInput, type RenderPageOptions, type RenderStringOptions } from "./html.js";
export { PRINT_CSS } from "./print-css.js";

/**
 * A complete, standalone HTML document for a timeline: {@link renderToString}'s fragment under the
 * timeline's title (the page's `<h1>`; the lists' headings are `<h2>` unless `headingLevel` says
 * otherwise) and introduction, with the stylesheet (`css`), page and print rules inlined and
 * a Content-Security-Policy that allows that one style element and nothing else — no script, no
 * requests (with `media: true`, the events' pictures, and only pictures). It reads well with
 * JavaScript off and prints well. In the script-tag bundle the document around the timeline is
 * a file beside the bundle, `citeline-page.js`: `await Citeline.preload("page")` once first.
 *
 * @example
 * ```ts
 * const css = readFileSync("node_modules/citeline/dist/style.css", "utf8");
 * writeFileSync("timeline.html", renderPage(timeline, { css, locale: enGB }));
 * ```
 */
export function renderPage(input: RenderInput, options: RenderPageOptions = {}): string {
  // The page's own title is its h1, so the lists' headings are h2 unless asked otherwise.
  const p = prepare(input, { ...options, headingLevel: options.headingLevel ?? 2 }, "renderPage");
  return pageDocument({
    title: p.title,
    description: p.timeline.description,
    fragment: toMarkup(p.scene),
    width: p.layout.width,
    theme: p.theme,
    dir: p.dir,
    lang: options.lang ?? (typeof options.locale === "string" ? options.locale : options.locale?.code) ?? "en-GB",
    css: options.css,
    media: options.media === true,
  });
}
