// @vitest-environment node
// Server-side rendering: the string renderer against the DOM renderer, element for element, and
// against hostile text. jsdom is used here only to read what was rendered (and to run the DOM
// renderer for comparison); renderToString itself needs no DOM.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { de } from "date-fns/locale/de";
import { describe, expect, it } from "vitest";
import { PRINT_CSS, renderPage, renderSvg, renderToString } from "../../src/core.js";
import { layoutTimeline } from "../../src/layout/layout.js";
import { loadTimeline } from "../../src/load.js";
import { escapeAttribute, escapeHtml } from "../../src/write/string.js";
import type { Timeline, TimelineInput } from "../../src/types.js";

import { themeSource } from "../../scripts/stylesheet.mjs";
import { jsdomWindow, parseDocument, parseHtml, ssrSvg, tree } from "./trees.js";

const read = (path: string) => readFileSync(resolve(import.meta.dirname, "../..", path), "utf8");
const load = (input: unknown) => loadTimeline(input).timeline;
const SEED = load(read("examples/seed-tehran-2008/events.csv"));
const THEME = themeSource();

const DAY = 86_400_000;

describe("user text is only ever text", () => {
  const EVIL = {
    script: "<script>alert(1)</script>",
    img: '"><img src=x onerror=alert(1)>',
    single: "' onmouseover='alert(1)",
    amp: "Q&A &amp; more",
    js: "javascript:alert(1)",
  };
  const hostile = (): Timeline => {
    const t = load({
      title: EVIL.script,
      description: EVIL.img,
      groups: [{ id: "g", label: EVIL.single }],
      eras: [{ title: EVIL.img, start: "2007", end: "2009" }],
      sources: [{ id: "s1", publisher: EVIL.img, title: EVIL.script, author: EVIL.single, quote: `</blockquote>${EVIL.script}`, url: "https://example.com/?a=1&b=<2>" }],
      events: [
        { id: 'e"1<x>', title: EVIL.script, description: EVIL.img, start: "2008-06-08", group: "g", sources: ["s1", { publisher: EVIL.amp, title: EVIL.single }] },
        { title: EVIL.img, start: "2008-07", displayDate: EVIL.script, sources: [{ publisher: "Mail", url: "mailto:desk@example.com" }] },
        { title: EVIL.amp, start: "2008-08-01", end: "2008-09-01" },
      ],
    } satisfies TimelineInput);
    // The loader drops unsafe links; a timeline built by hand may still carry one.
    return { ...t, sources: t.sources.map((s) => (s.id === "s1" ? s : { ...s, url: s.url ?? EVIL.js })) };
  };

  function assertInert(doc: Document): void {
    expect(doc.querySelectorAll("script, img, iframe, object, embed, foreignObject, style:not(head style)")).toHaveLength(0);
    for (const el of doc.querySelectorAll("*")) {
      for (const a of el.attributes) {
        expect(a.name, `${el.localName}[${a.name}]`).not.toMatch(/^on/i);
        if (a.name === "href") expect(a.value).toMatch(/^(#|https?:|mailto:)/);
      }
    }
  }

  it("escapes titles, descriptions, labels, publishers, quotes and ids, and keeps only safe links", () => {
    const t = hostile();
    const html = renderToString(t);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("javascript:");
    const doc = parseHtml(html);
    assertInert(doc);
    const text = doc.body.textContent ?? "";
    for (const raw of [EVIL.script, EVIL.img, EVIL.amp, `“${EVIL.single}”`, `</blockquote>${EVIL.script}`]) expect(text).toContain(raw);
    // In attributes, the same text survives as a value, never as markup.
    const first = doc.querySelector("g.cl-item[data-kind='point']")!;
    expect(first.getAttribute("data-id")).toBe('e"1<x>');
    expect(first.getAttribute("aria-label")).toContain(EVIL.script);
    expect(first.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(doc.querySelector("svg title")!.textContent).toBe(EVIL.script);
    expect(doc.querySelector(".cl-lane-label")!.textContent).toBe(EVIL.single);
    expect(doc.querySelector(".cl-era title")!.textContent).toContain(EVIL.img);
    const links = [...doc.querySelectorAll("a.cl-cite-link")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(["https://example.com/?a=1&b=%3C2%3E", "mailto:desk@example.com"]);
    // The event list and the SVG parse as XML too, whatever the text.
    const xml = new (jsdomWindow().DOMParser)().parseFromString(html, "application/xml");
    expect(xml.getElementsByTagName("parsererror")).toHaveLength(0);
  });

  it("a whole page stays inert: no script anywhere, and the CSP forbids any", () => {
    const page = renderPage(hostile(), { css: THEME });
    const doc = parseDocument(page);
    assertInert(doc);
    expect(doc.title).toBe(EVIL.script);
    expect(doc.querySelector("h1")!.textContent).toBe(EVIL.script);
    expect(doc.querySelector(".cl-page-description")!.textContent).toBe(EVIL.img);
    const csp = doc.querySelector("meta[http-equiv='Content-Security-Policy']")!.getAttribute("content")!;
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; base-uri 'none'; form-action 'none'$/);
    expect(csp).not.toContain("script-src");
  });

  it("characters XML cannot hold become U+FFFD, so the SVG file stays well-formed", () => {
    const t = load({ events: [{ title: "bell\u0007 and \uD800 lone", start: "2008" }] });
    const svg = renderSvg(t, { css: THEME });
    const xml = new (jsdomWindow().DOMParser)().parseFromString(svg, "image/svg+xml");
    expect(xml.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(xml.querySelector(".cl-title")!.textContent).toBe("bell\uFFFD and \uFFFD lone");
  });

  it("escapeHtml and escapeAttribute", () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    expect(escapeAttribute("a\nb\tc\r")).toBe("a&#10;b&#9;c&#13;");
  });
});

describe("renderPage", () => {
  const page = renderPage(SEED, { css: THEME, title: "Maliki in Tehran" });
  const doc = parseDocument(page);

  it("is a standalone document: doctype, language, viewport, title, the stylesheet inline", () => {
    expect(page.startsWith("<!doctype html>\n<html lang=\"en-GB\">")).toBe(true);
    expect(doc.querySelector("meta[name=viewport]")!.getAttribute("content")).toBe("width=device-width, initial-scale=1");
    expect(doc.title).toBe("Maliki in Tehran");
    const styles = doc.querySelectorAll("style");
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toContain(".citeline .cl-svg");
    expect(styles[0]!.textContent).toContain(PRINT_CSS);
    expect(doc.querySelectorAll("link, script")).toHaveLength(0);
    expect(doc.querySelector("main .citeline[data-citeline-ssr] svg.cl-svg")).not.toBeNull();
    expect(renderPage(SEED, { locale: de }).startsWith('<!doctype html>\n<html lang="de">')).toBe(true);
  });

  it("allows exactly its own style element through the Content-Security-Policy", () => {
    const style = doc.querySelector("style")!.textContent;
    const hash = createHash("sha256").update(style, "utf8").digest("base64");
    expect(doc.querySelector("meta[http-equiv='Content-Security-Policy']")!.getAttribute("content")).toContain(`'sha256-${hash}'`);
  });

  it("prints: the chart at the page's width, one column of lists, link addresses after the links", () => {
    expect(PRINT_CSS).toMatch(/^@media print \{/);
    expect(PRINT_CSS).toMatch(/\.cl-svg \{[^}]*width: 100%/);
    expect(PRINT_CSS).toMatch(/\.cl-lists \{ display: block/);
    expect(PRINT_CSS).toMatch(/::after \{ content: " \(" attr\(href\) "\)"/);
  });
});

describe("renderSvg", () => {
  it("is a standalone SVG file: xmlns, the theme on an outer svg, the stylesheet inline", () => {
    const svg = renderSvg(SEED, { css: THEME, theme: "dark" });
    const xml = new (jsdomWindow().DOMParser)().parseFromString(svg, "image/svg+xml");
    expect(xml.getElementsByTagName("parsererror")).toHaveLength(0);
    const root = xml.documentElement;
    expect(root.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("class")).toBe("citeline");
    expect(root.getAttribute("data-theme")).toBe("dark");
    expect(root.firstElementChild!.localName).toBe("style");
    expect(root.firstElementChild!.textContent).toContain(":where(.citeline .cl-svg) text");
    const inner = root.querySelector("svg.cl-svg")!;
    expect(inner.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(inner.querySelectorAll("g.cl-item")).toHaveLength(SEED.events.length);
    expect(root.getAttribute("viewBox")).toBe(inner.getAttribute("viewBox"));
  });

  it("draws the same chart as the fragment", () => {
    const layout = layoutTimeline(SEED, { width: 640, domain: [Date.UTC(2008, 5, 1), Date.UTC(2008, 5, 1) + 30 * DAY] });
    const standalone = new (jsdomWindow().DOMParser)().parseFromString(renderSvg({ timeline: SEED, layout }), "image/svg+xml").querySelector("svg.cl-svg")!;
    const fragment = ssrSvg(renderToString({ timeline: SEED, layout }));
    expect(tree(standalone).children).toEqual(tree(fragment).children);
  });
});
