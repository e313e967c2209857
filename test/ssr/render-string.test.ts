// @vitest-environment node
// Server-side rendering: the string renderer against the DOM renderer, element for element, and
// against hostile text. jsdom is used here only to read what was rendered (and to run the DOM
// renderer for comparison); renderToString itself needs no DOM.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { de } from "date-fns/locale/de";
import { describe, expect, it, vi } from "vitest";
import { PRINT_CSS, renderPage, renderSvg, renderToString } from "../../src/core.js";
import { anchorOf } from "../../src/interact/keys.js";
import { layoutTimeline } from "../../src/layout/layout.js";
import type { TimelineLayout } from "../../src/layout/types.js";
import { loadTimeline } from "../../src/load.js";
import { createSvg, drawLayout } from "../../src/render/svg.js";
import { escapeAttribute, escapeHtml, sha256 } from "../../src/write/page.js";
import { createTimeline } from "../../src/view/timeline.js";
import type { Timeline, TimelineInput } from "../../src/types.js";

// jsdom ships no types and the project has no @types/jsdom: the little used here, typed.
interface Jsdom {
  JSDOM: new (html?: string) => { window: Window & typeof globalThis };
}
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- a string, so TypeScript looks for no types
const { JSDOM } = (await import("jsdom" as string)) as Jsdom;

const read = (path: string) => readFileSync(resolve(import.meta.dirname, "../..", path), "utf8");
const load = (input: unknown) => loadTimeline(input).timeline;
const SEED = load(read("examples/seed-tehran-2008/events.csv"));
const SEED_JSON = load(read("examples/seed-tehran-2008/events.json"));
const MALIKI = load(read("test/fixtures/timelinejs/maliki.json"));
const THEME = read("src/render/theme.css");

// Five weekly events in June 2008 and one in 1990: at full zoom in a short chart, a cluster.
const WEEKLY = load({
  events: [{ id: "early", title: "Early", start: "1990-01-01" }, ...[1, 8, 15, 22, 29].map((d) => ({ id: `june-${d}`, title: `June ${d}`, start: `2008-06-${String(d).padStart(2, "0")}` }))],
} satisfies TimelineInput);
// Spans whose ends are known only roughly (fading ends), an era, and a point known to the year.
const FUZZY = load({
  title: "Fuzzy",
  eras: [{ title: "The nineties", start: "1990", end: "1999" }],
  groups: [{ id: "a", label: "A lane" }, { id: "b" }],
  events: [
    { title: "Roughly the decade", start: "1990~", end: "1996?", group: "a", sources: [{ publisher: "Someone" }] },
    { title: "Summer to autumn", start: "1993-22", end: "1994-23~", group: "b" },
    { title: "A year", start: "1995", group: "b" },
    { title: "A day", start: "1995-03-04", group: "a" },
  ],
} satisfies TimelineInput);
const EMPTY = load({ events: [] });
const ARCHIVE = load(read("test/fixtures/dates/archive.json"));

const jsdomWindow = () => new JSDOM("<!doctype html><html><body></body></html>").window;
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Comparing trees

/** The same 0.1 px rounding as the string renderer, applied to every number in an attribute. */
const normalise = (value: string) =>
  value.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, (n) => {
    const r = Math.round(parseFloat(n) * 10) / 10;
    return Object.is(r, -0) ? "0" : String(r);
  });

interface Node {
  tag: string;
  attrs: string[];
  text?: string;
  children: Node[];
}

/** An element as data: tag, sorted attributes (numbers rounded), leaf text, children. */
function tree(el: Element, skip: (el: Element) => boolean = () => false): Node {
  const children = [...el.children].filter((c) => !skip(c)).map((c) => tree(c, skip));
  const attrs = [...el.attributes].map((a) => `${a.name}=${normalise(a.value)}`).sort();
  const node: Node = { tag: el.localName, attrs, children };
  // Text of the element itself (a title beside its citation tspan, say). desc holds the
  // description, which says different things with and without a script.
  const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("");
  if (el.localName !== "desc" && own !== "") node.text = own;
  return node;
}

function parseHtml(html: string): Document {
  return new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document;
}

/** What the DOM renderer draws for `layout`, with the view the timeline starts with. */
function domSvg(layout: TimelineLayout, prefix: string, title: string): SVGSVGElement {
  const doc = jsdomWindow().document;
  const parts = createSvg(doc.body, prefix);
  const first = [...layout.items].sort((a, b) => anchorOf(a) - anchorOf(b) || a.y - b.y)[0];
  drawLayout(parts, layout, { selected: null, focused: first?.id ?? null, highlighted: new Set() }, { title, description: "" });
  parts.svg.attr("tabindex", layout.items.length === 0 ? 0 : null);
  return parts.svg.node()!;
}

function ssrSvg(html: string): SVGSVGElement {
  const svg = parseHtml(html).querySelector<SVGSVGElement>("svg.cl-svg");
  if (!svg) throw new Error("no svg.cl-svg in the output");
  return svg;
}

// ---------------------------------------------------------------------------------------------

describe("renderToString", () => {
  const html = renderToString(SEED);
  const doc = parseHtml(html);

  it("holds every event title and every source publisher, as text", () => {
    const text = doc.body.textContent ?? "";
    for (const e of SEED.events) expect(text).toContain(e.title);
    for (const s of SEED.sources) expect(text).toContain(s.publisher);
    expect(SEED.events.length).toBe(7);
    expect(SEED.sources.length).toBeGreaterThan(2);
  });

  it("is one .citeline root: the chart, the events in time order, the numbered sources", () => {
    const root = doc.body.firstElementChild!;
    expect(doc.body.children).toHaveLength(1);
    expect(root.className).toBe("citeline");
    expect(root.getAttribute("data-theme")).toBe("light");
    expect(root.hasAttribute("data-citeline-ssr")).toBe(true);
    expect([...root.children].map((c) => c.className)).toEqual(["cl-stage", "cl-lists"]);
    const entries = [...doc.querySelectorAll("ol.cl-list > li.cl-entry")];
    expect(entries.map((li) => li.getAttribute("data-id"))).toEqual(SEED.events.map((e) => e.id));
    const visit = entries.find((li) => li.getAttribute("data-id") === "visit")!;
    expect(visit.id).toBe("citeline-visit-entry");
    expect(visit.querySelector("time")!.getAttribute("datetime")).toBe("2008-06-07/2008-06-09");
    expect(visit.querySelector("time")!.textContent).toBe("7–9 June 2008");
    expect(visit.querySelector(".cl-entry-title")!.textContent).toBe("Maliki's three-day visit to Tehran");
    expect(visit.querySelector(".cl-entry-precision")!.textContent).toBe("Dates known to the day.");
    expect(visit.querySelector(".cl-entry-description")!.textContent).toMatch(/^Iraq's prime minister paid/);
    const cites = [...visit.querySelectorAll("a.cl-cite-ref")];
    expect(cites.length).toBeGreaterThan(0);
    for (const a of cites) {
      const n = /^\[(\d+)\]$/.exec(a.textContent ?? "")?.[1];
      expect(a.getAttribute("href")).toBe(`#citeline-source-${n}`);
      expect(doc.getElementById(`citeline-source-${n}`), `source ${n} exists`).not.toBeNull();
    }
    const sources = doc.querySelector("section.cl-sources")!;
    expect(sources.querySelector("h3")!.textContent).toBe("Sources");
    const items = [...sources.querySelectorAll("ol > li.cl-source")];
    expect(items.map((li) => li.id)).toEqual(SEED.sources.map((s) => `citeline-source-${s.number}`));
    const irna = items.find((li) => li.querySelector(".cl-cite-publisher")?.textContent === "IRNA")!;
    expect(irna.textContent).toContain("IRNA, via The New York Times");
    expect(irna.querySelector("blockquote.cl-cite-quote")!.textContent).toMatch(/^We will not allow Iraq/);
  });

  it("prints a source as publisher, relays, “title”, date and a safe link", () => {
    const britannica = [...doc.querySelectorAll("li.cl-source")].find((li) => li.textContent?.includes("Britannica"))!;
    expect(britannica.querySelector(".cl-cite-title")!.textContent).toBe("“Iran-Iraq War”");
    const a = britannica.querySelector("a.cl-cite-link")!;
    expect(a.getAttribute("href")).toBe("https://www.britannica.com/event/Iran-Iraq-War");
    expect(a.getAttribute("rel")).toBe("noopener noreferrer");
    expect(a.textContent).toBe("britannica.com");
  });

  it("is well-formed XML as well as HTML", () => {
    const { DOMParser } = jsdomWindow();
    for (const t of [SEED, SEED_JSON, MALIKI, WEEKLY, FUZZY, EMPTY]) {
      const xml = new DOMParser().parseFromString(renderToString(t), "application/xml");
      expect(xml.getElementsByTagName("parsererror"), t.title ?? "").toHaveLength(0);
      expect(xml.documentElement.getAttribute("class")).toBe("citeline");
    }
  });

  it("writes every coordinate to at most one decimal, and the same string every time", () => {
    expect(renderToString(SEED)).toBe(html);
    expect(renderToString(load(read("examples/seed-tehran-2008/events.csv")))).toBe(html);
    const numbers = [...html.matchAll(/ (?:x|y|x1|x2|y1|y2|cx|cy|width|height) ?="([^"]*)"/g)].map((m) => m[1]!);
    expect(numbers.length).toBeGreaterThan(50);
    for (const n of numbers) expect(n).toMatch(/^-?\d+(\.\d)?$/);
  });

  it("takes a layout made elsewhere, and the options it is given", () => {
    const layout = layoutTimeline(SEED, { width: 500, domain: [Date.UTC(2008, 4, 25), Date.UTC(2008, 6, 1)] });
    const out = parseHtml(renderToString({ timeline: SEED, layout }, { theme: "dark", title: "Maliki in Tehran", idPrefix: "tl2", locale: de }));
    expect(out.querySelector(".citeline")!.getAttribute("data-theme")).toBe("dark");
    const svg = out.querySelector("svg")!;
    expect(svg.getAttribute("viewBox")).toBe(`0 0 500 ${layout.height}`);
    expect(svg.querySelector("title")!.textContent).toBe("Maliki in Tehran");
    expect(svg.querySelector("title")!.id).toBe("tl2-title");
    expect(svg.querySelector("desc")!.textContent).toBe("7 events, 4 sources. Showing 25 Mai 2008 – 1 Juli 2008.");
    // Out of this window: the Iran–Iraq War, listed but marked.
    expect(out.getElementById("tl2-iran-iraq-war-entry")!.classList.contains("cl-out-of-view")).toBe(true);
    expect(out.getElementById("tl2-visit-entry")!.classList.contains("cl-out-of-view")).toBe(false);
    expect(out.getElementById("tl2-visit-entry")!.querySelector("time")!.textContent).toBe("7 Juni 2008 – 9 Juni 2008");
    expect(() => renderToString(SEED, { idPrefix: 'x"><script>' })).toThrow(RangeError);
  });
});

describe("the SVG is the DOM renderer's, element for element", () => {
  const cases: [string, Timeline, Parameters<typeof layoutTimeline>[1]][] = [
    ["seed, 800 px", SEED, { width: 800 }],
    ["seed, 320 px", SEED, { width: 320 }],
    ["seed, June 2008 at 1280 px", SEED, { width: 1280, height: 640, domain: [Date.UTC(2008, 4, 25), Date.UTC(2008, 6, 1)] }],
    ["seed JSON, two days", SEED_JSON, { width: 700, domain: [Date.UTC(2008, 5, 7), Date.UTC(2008, 5, 9)] }],
    ["TimelineJS with an era", MALIKI, { width: 900 }],
    ["clusters", WEEKLY, { width: 600, height: 200 }],
    ["fuzzy ends, an era, two lanes", FUZZY, { width: 800, domain: [Date.UTC(1989, 0, 1), Date.UTC(1998, 0, 1)] }],
    ["fuzzy, without the overview", FUZZY, { width: 800, overview: false }],
    ["open, unknown and set dates, 1280 px", ARCHIVE, { width: 1280, height: 640 }],
    ["open, unknown and set dates, 320 px", ARCHIVE, { width: 320, height: 640 }],
    ["open, unknown and set dates, zoomed into 1666", ARCHIVE, { width: 900, domain: [Date.UTC(1666, 0, 1), Date.UTC(1667, 0, 1)] }],
    ["nothing at all", EMPTY, { width: 800 }],
  ];

  it.each(cases)("%s", (_name, timeline, options) => {
    const layout = layoutTimeline(timeline, options);
    const expected = tree(domSvg(layout, "cl7", "The title"));
    const actual = tree(ssrSvg(renderToString({ timeline, layout }, { idPrefix: "cl7", title: "The title" })));
    expect(actual).toEqual(expected);
  });

  it("the cases cover points, spans, clusters, eras, fading ends, hatched bands and an empty chart", () => {
    const all = cases.map(([, t, o]) => renderToString({ timeline: t, layout: layoutTimeline(t, o) }));
    const joined = all.join("");
    for (const needle of ['data-kind="point"', 'data-kind="span"', 'data-kind="cluster"', 'class="cl-era"', "cl-banded", "cl-day-band", "cl-q-approximate", "cl-pinned", "cl-unsourced", '<tspan class="cl-cites"', "· no source", "cl-set cl-set-one-of", "cl-set-all-of", 'class="cl-candidate"', "cl-end-open", "cl-end-unknown", "cl-start-open", "cl-bound-unknown"]) {
      expect(joined, needle).toContain(needle);
    }
    expect(joined).toMatch(/class="cl-fuzz cl-fuzz-start" x="[^"]*" width="[1-9]/);
    expect(all.at(-1)).toMatch(/<svg [^>]*tabindex="0"/);
  });

  it("matches what createTimeline draws in a page, so a script can take the chart over without a jump", () => {
    const win = jsdomWindow();
    const { document } = win;
    // d3-zoom asks the global navigator whether touch is possible; Node 20 has none.
    vi.stubGlobal("navigator", win.navigator);
    const element = document.createElement("div");
    document.body.append(element);
    const handle = createTimeline(element, { timeline: SEED });
    try {
      const drawn = element.querySelector<SVGSVGElement>("svg.cl-svg")!;
      const prefix = drawn.getAttribute("aria-labelledby")!.replace(/-title$/, "");
      // The brush and the zoom's tap-highlight style belong to the interaction layer.
      const skip = (el: Element) => el.classList.contains("cl-brush");
      const expected = tree(drawn, skip);
      expected.attrs = expected.attrs.filter((a) => !a.startsWith("style="));
      const actual = tree(ssrSvg(renderToString(SEED, { width: 800, idPrefix: prefix })));
      expect(actual).toEqual(expected);
      expect(handle.layout.width).toBe(800);
    } finally {
      handle.destroy();
      vi.unstubAllGlobals();
    }
  });
});

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
    const doc = new JSDOM(page).window.document;
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
  const doc = new JSDOM(page).window.document;

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

  it("hashes like node:crypto (the hash runs without it)", () => {
    for (const text of ["", "abc", "x".repeat(55), "x".repeat(56), "x".repeat(64), "é – “quoted”".repeat(300)]) {
      const bytes = new TextEncoder().encode(text);
      expect(Buffer.from(sha256(bytes)).toString("hex")).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
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
