// The hostile corpus (test/fixtures/hostile/) without a browser: the fixture files are what the
// generator writes, every payload loads in every form, and what the server-side renderers write
// for it, parsed as a browser parses it (jsdom: HTML5 for pages, XML for SVG), holds no element,
// handler or link made from user text. The same corpus runs through every path in Chromium in
// test/browser/hostile.e2e.test.ts.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusFiles, expectedCounts, MARKUP, URLS } from "../fixtures/hostile/corpus.js";
import { loadTimeline } from "../../src/load.js";
import { renderPage, renderSvg, renderToString } from "../../src/write/page.js";

// jsdom ships no types and the project has no @types/jsdom: the little used here, typed.
interface Jsdom {
  JSDOM: new (html?: string, options?: { contentType?: string }) => { window: Window & typeof globalThis };
}
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- a string, so TypeScript looks for no types
const { JSDOM } = (await import("jsdom" as string)) as Jsdom;

const DIR = resolve(import.meta.dirname, "../fixtures/hostile");
const files = corpusFiles();
const EVENTS = MARKUP.length + URLS.length;

// What citeline writes itself: anything else in its output was made from user text.
const ALLOWED = new Set([
  "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "section", "ol", "ul", "li",
  "span", "a", "time", "cite", "blockquote", "em", "strong", "button", "bdi", "small", "figure", "figcaption", "svg", "g", "rect", "line", "path", "text",
  "tspan", "desc", "defs", "pattern", "lineargradient", "stop", "clippath", "circle", "polygon", "polyline",
]);
const URL_ATTRIBUTES = new Set(["href", "xlink:href", "src", "srcset", "action", "formaction", "data", "poster", "background", "ping", "cite", "srcdoc"]);

/** Every element, attribute and link in `doc` that user text must never make. */
function activeParts(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll("*"))) {
    const name = el.localName.toLowerCase();
    if (!ALLOWED.has(name)) found.push(`<${el.localName}>`);
    if (name === "meta" && /refresh/i.test(el.getAttribute("http-equiv") ?? "")) found.push("<meta refresh>");
    for (const attr of Array.from(el.attributes)) {
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith("on")) found.push(`${attrName} on <${el.localName}>`);
      else if (URL_ATTRIBUTES.has(attrName)) {
        const value = attr.value.trim();
        if (value.startsWith("#")) continue;
        let protocol = "invalid";
        try {
          protocol = new URL(value).protocol;
        } catch {
          // Not an address.
        }
        if (!["http:", "https:", "mailto:"].includes(protocol)) found.push(`${attrName}="${value.slice(0, 60)}" on <${el.localName}>`);
      } else if (/url\(\s*(?!['"]?#)|expression\s*\(|javascript:/i.test(attr.value) && (attrName === "style" || attrName === "fill" || attrName === "stroke" || attrName === "filter")) {
        found.push(`${attrName}="${attr.value.slice(0, 60)}" on <${el.localName}>`);
      }
    }
  }
  return found;
}

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
// Text as HTML can hold it: a control character or a lone surrogate is written as U+FFFD.
// eslint-disable-next-line no-control-regex
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const same = (text: string | null | undefined) => (text ?? "").replace(UNWRITABLE, "\uFFFD").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();

describe("the hostile corpus", () => {
  it.each(Object.keys(files))("test/fixtures/hostile/%s is what corpus.ts writes", (name) => {
    expect(readFileSync(resolve(DIR, name), "utf8"), "stale: run npx tsx test/fixtures/hostile/corpus.ts").toBe(files[name]);
  });

  it(`has ${MARKUP.length} markup payloads and ${URLS.length} URL payloads, every one distinct`, () => {
    expect(MARKUP.length).toBeGreaterThanOrEqual(60);
    expect(URLS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(MARKUP).size).toBe(MARKUP.length);
    expect(new Set(URLS).size).toBe(URLS.length);
  });

  it.each([
    ["hostile.json", "json"],
    ["hostile.csv", "csv"],
    ["hostile.timelinejs.json", "timelinejs"],
  ] as const)("%s: every event loads or is named by an error; nothing merges away in JSON and CSV", (name, format) => {
    const { timeline, diagnostics } = loadTimeline(files[name]!);
    const named = new Set(diagnostics.filter((d) => d.severity === "error" && d.section === "events").map((d) => d.index));
    const loaded = new Set(timeline.events.map((e) => e.index));
    // The spreadsheet's first data row is its title row: events are the rows after it.
    const first = format === "csv" ? 1 : 0;
    const missing = Array.from({ length: EVENTS }, (_, i) => i + first).filter((i) => !loaded.has(i) && !named.has(i));
    expect(missing).toEqual([]);
    if (format !== "timelinejs") {
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect({ events: timeline.events.length, eras: timeline.eras.length, sources: timeline.sources.length }).toEqual(expectedCounts(undefined, format));
      // Every unsafe link is dropped with a diagnostic that quotes it (as data, bounded).
      expect(diagnostics.filter((d) => d.code === "url-unsafe" || d.code === "url-invalid").length).toBeGreaterThan(URLS.length);
      expect(Math.max(...diagnostics.map((d) => d.value?.length ?? 0))).toBeLessThanOrEqual(200);
    }
  });

  it.each(["hostile.json", "hostile.csv", "hostile.timelinejs.json"])("%s: renderPage and renderToString, parsed as HTML, hold nothing active and read back as written", (name) => {
    const { timeline } = loadTimeline(files[name]!);
    const title = MARKUP[21]!;
    const page = new JSDOM(renderPage(timeline, { title, lang: 'x"><script>__pwn()</script>' })).window.document;
    expect(activeParts(page)).toEqual([]);
    expect(page.title).toBe(title);
    const fragment = new JSDOM(`<!doctype html><body>${renderToString(timeline, { title })}`).window.document;
    expect(activeParts(fragment)).toEqual([]);
    // Each event's list entry (in time order, as the timeline holds them) says its title as text,
    // and each source its publisher.
    const entries = Array.from(fragment.querySelectorAll("li.cl-entry"));
    expect(entries.length).toBe(timeline.events.length);
    entries.forEach((li, i) => expect(same(li.querySelector(".cl-entry-title")?.textContent), timeline.events[i]!.id).toBe(same(timeline.events[i]!.title)));
    const sources = fragment.querySelectorAll("li.cl-source");
    expect(sources.length).toBe(timeline.sources.length);
    for (const li of Array.from(sources)) {
      const source = timeline.sources.find((s) => s.number === Number(li.getAttribute("value")));
      expect(same(li.querySelector(".cl-cite-publisher")?.textContent)).toBe(same(source?.publisher));
    }
  });

  it.each(["hostile.json", "hostile.timelinejs.json"])("%s: with media: true, each picture is an <img> of an http(s) or same-site address, lazy, with no referrer, and nothing else is active", (name) => {
    const { timeline } = loadTimeline(files[name]!);
    const doc = new JSDOM(`<!doctype html><body>${renderToString(timeline, { media: true })}`).window.document;
    const imgs = Array.from(doc.querySelectorAll("img"));
    // The card is closed in server markup: one picture per list entry that has one.
    expect(imgs.length).toBe(timeline.events.filter((e) => e.media).length);
    expect(imgs.length).toBeGreaterThan(MARKUP.length / 2);
    const page = new URL("https://news.example/2008/story.html");
    for (const img of imgs) {
      expect(img.getAttributeNames()).toEqual(["class", "alt", "loading", "decoding", "referrerpolicy", "src"]);
      expect([img.getAttribute("loading"), img.getAttribute("referrerpolicy")]).toEqual(["lazy", "no-referrer"]);
      const src = new URL(img.getAttribute("src")!, page);
      expect(["http:", "https:"]).toContain(src.protocol);
      if (!/^https?:\/\//.test(img.getAttribute("src")!)) expect(src.origin).toBe(page.origin);
      img.remove();
    }
    expect(activeParts(doc)).toEqual([]);
  });

  it.each(["hostile.json", "hostile.csv", "hostile.timelinejs.json"])("%s: renderSvg is well-formed XML holding nothing active", (name) => {
    const { timeline } = loadTimeline(files[name]!);
    const { window } = new JSDOM("");
    const svg = new window.DOMParser().parseFromString(renderSvg(timeline, { title: MARKUP[25]! }), "image/svg+xml");
    expect(svg.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(svg.documentElement.localName).toBe("svg");
    expect(activeParts(svg)).toEqual([]);
  });
});
