/**
 * The document around a rendered timeline, for {@link renderPage}: its head, the page and print
 * rules, and a Content-Security-Policy that allows its one style element (by that element's
 * SHA-256) and nothing else. Apart from the scene, so that the script-tag bundle can keep it (and
 * the hash) in a file beside itself, `citeline-page.js`, loaded when a page is first written.
 *
 * @module
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { h } from "../scene/node.js";
import { PRINT_CSS } from "./print-css.js";
import { escapeAttribute, toMarkup } from "./string.js";

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

/** What the document is made of: the timeline's rendered fragment and what goes around it. */
export interface PageParts {
  /** The page's title, its `<title>` and `<h1>`. */
  title: string;
  /** The timeline's introduction, a paragraph under the title. */
  description?: string | undefined;
  /** The timeline, as `renderToString` writes it. */
  fragment: string;
  /** The chart's width, px: the column is as wide. */
  width: number;
  theme: "light" | "dark" | "auto";
  dir: "ltr" | "rtl" | undefined;
  /** The language tag asked for; anything that is not one becomes en-GB. */
  lang: string;
  /** The stylesheet to inline (citeline's `style.css`). */
  css?: string | undefined;
  /** Whether the events' pictures may load (the policy then allows images, and only images). */
  media: boolean;
}

/**
 * The standalone document for a rendered timeline.
 *
 * @example
 * ```ts
 * pageDocument({ title: "Maliki in Tehran", fragment: renderToString(timeline), width: 800, theme: "light", dir: undefined, lang: "en-GB", media: false });
 * ```
 */
export function pageDocument(parts: PageParts): string {
  const { title, description, fragment, theme, dir } = parts;
  const scheme = { light: "light", dark: "dark", auto: "light dark" }[theme];
  // The column is as wide as the chart (so the lists line up under it), and never narrower than a
  // comfortable measure for the lists.
  const column = `.cl-page { max-width: ${Math.round(Math.max(640, parts.width)) + 32}px; }\n`;
  const css = `:root { color-scheme: ${scheme}; }\n${PAGE_CSS}${column}${(parts.css ?? "").replace(/<\/(style)/gi, "<\\/$1")}\n${PRINT_CSS}`;
  const hash = base64(sha256(new TextEncoder().encode(css)));
  const lang = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(parts.lang) ? parts.lang : "en-GB";
  // Pictures only where asked for (`media`): from the page's own site or over http(s), nothing else.
  const images = parts.media ? "; img-src 'self' https: http:" : "";
  const csp = `default-src 'none'; style-src 'sha256-${hash}'${images}; base-uri 'none'; form-action 'none'`;
  const intro = description ? `\n${toMarkup(h("p", { class: "cl-page-description" }, description))}` : "";
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}"${dir ? ` dir="${dir}"` : ""}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="color-scheme" content="${scheme}">
<meta name="generator" content="citeline">
${toMarkup(h("title", {}, title))}
<style>${css}</style>
</head>
<body>
<main class="cl-page">
${toMarkup(h("h1", { class: "cl-page-title" }, title))}${intro}
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
