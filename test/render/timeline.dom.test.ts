// createTimeline in the DOM (jsdom): the seed drawn whole, user text that never becomes markup,
// and links in citations. The card, the keyboard, the zoom and a timeline's life are in
// timeline-*.dom.test.ts beside it.
import { describe, expect, it } from "vitest";
import type { Timeline, TimelineInput } from "../../src/types.js";
import { SEED_TEXT, SEED_IDS, JUNE_WINDOW, JUNE_ORDER, mount, record, frames, itemEl, domIds, shown, card, useMounts } from "./timeline-harness.js";

useMounts();

describe("createTimeline on the seed", () => {
  it("draws one g.cl-item per layout item, and at full zoom shows every event, alone or in a cluster", () => {
    const { handle, element } = mount();
    const items = handle.layout.items;
    expect(items.length).toBeGreaterThan(0);
    expect(domIds(element)).toHaveLength(items.length);
    expect(new Set(domIds(element))).toEqual(new Set(items.map((i) => i.id)));
    expect(handle.layout.domain).toEqual(handle.layout.extent);
    expect([...shown(items)].sort()).toEqual([...SEED_IDS].sort());
    expect(SEED_IDS).toHaveLength(7);
    for (const item of items) {
      const g = itemEl(element, item.id)!;
      expect(g.getAttribute("role")).toBe("graphics-symbol");
      expect(g.getAttribute("aria-label")).toBe(item.name);
      expect(g.getAttribute("aria-roledescription")).toBe(item.kind === "cluster" ? "cluster" : "event");
    }
  });

  it("takes a loaded timeline, or one saved as JSON, as its data and draws the same chart", () => {
    const first = mount();
    const saved = JSON.stringify(first.handle.timeline);
    for (const data of [first.handle.timeline, saved, JSON.parse(saved) as unknown]) {
      const again = mount({ data: data });
      expect(again.handle.diagnostics).toEqual([]);
      expect(domIds(again.element)).toEqual(domIds(first.element));
      expect(again.svg.outerHTML.replace(/\bcl\d+-/g, "clN-")).toBe(first.svg.outerHTML.replace(/\bcl\d+-/g, "clN-"));
    }
  });

  // Setting the zoom transform to where it already is (at creation, after a resize) is no zoom.
  it("renders once when created: nothing more on the next frames", async () => {
    const { handle } = mount();
    const rec = record(handle);
    await frames(3);
    expect(rec.of("render")).toHaveLength(0);
  });

  it("the svg is a graphics-document named by a <title> with the timeline's title, with a viewBox", () => {
    const { svg, handle } = mount();
    expect(svg.getAttribute("role")).toBe("graphics-document");
    const title = svg.querySelector(":scope > title")!;
    expect(title.textContent).toBe("Maliki in Tehran, June 2008");
    expect(svg.getAttribute("aria-labelledby")).toBe(title.id);
    // 360 px asked for; the drawing grows so that events overlapping in time each get a row.
    expect(handle.layout.height).toBeGreaterThanOrEqual(360);
    expect(svg.getAttribute("viewBox")).toBe(`0 0 800 ${handle.layout.height}`);
    const desc = document.getElementById(svg.getAttribute("aria-describedby")!)!;
    expect(desc.textContent).toMatch(/^7 events, 4 sources\./);
  });

  it("the label option names the chart instead of the title", () => {
    const { svg } = mount({ data: SEED_TEXT, label: "Maliki's visit" });
    expect(svg.querySelector("title")!.textContent).toBe("Maliki's visit");
  });

  it("exactly one item is in the tab order, and accessible names say title, date in words, sources", () => {
    const { element } = mount();
    const tabbable = element.querySelectorAll('g.cl-item[tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    expect(element.querySelectorAll('g.cl-item[tabindex="-1"]')).toHaveLength(element.querySelectorAll("g.cl-item").length - 1);
    expect(itemEl(element, "meets-ahmadinejad")!.getAttribute("aria-label")).toBe("Maliki meets President Ahmadinejad, 8 June 2008, 2 sources");
    expect(itemEl(element, "pact-vote")!.getAttribute("aria-label")).toBe("Maliki aims to pass the security pact, summer 2008 (uncertain), 1 source");
    expect(itemEl(element, "iran-iraq-war")!.getAttribute("aria-label")).toBe("Iran–Iraq War, 22 September 1980 – 20 August 1988, 2 sources");
  });

  it("the first item in time is the one in the tab order", () => {
    const { element } = mount({ data: SEED_TEXT, window: JUNE_WINDOW, height: 640 });
    expect(domIds(element).sort()).toEqual([...JUNE_ORDER].sort());
    expect(element.querySelector('g.cl-item[tabindex="0"]')!.getAttribute("data-id")).toBe(JUNE_ORDER[0]);
  });
});

const PAYLOADS = [
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  '</text><a href="javascript:alert(1)">x</a>',
  '<svg onload="alert(1)"><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>',
  "\"'><style>*{}</style>&lt;b&gt;&amp;",
];
const FORBIDDEN = new Set(["img", "script", "foreignobject", "iframe", "object", "embed", "style", "b", "svg:svg"]);

function hostile(): TimelineInput {
  return {
    title: PAYLOADS[0]!,
    description: PAYLOADS[1]!,
    groups: PAYLOADS.map((p, i) => ({ id: `g${i}`, label: p })),
    eras: [{ title: PAYLOADS[2]!, start: "2000", end: "2001" }],
    sources: PAYLOADS.map((p, i) => ({ id: `s${i}`, publisher: p, title: p, author: p, quote: p })),
    events: PAYLOADS.map((p, i) => ({
      id: `e${i}`,
      title: p,
      description: p,
      start: `200${i}`,
      group: `g${i}`,
      sources: [`s${i}`, { publisher: `inline ${p}`, quote: p }],
    })),
  };
}

/** Walk every element under `root`: tag names and attribute names that user text must never make. */
function walk(root: Element): { tags: string[]; onAttributes: string[]; badLinks: string[] } {
  const tags: string[] = [];
  const onAttributes: string[] = [];
  const badLinks: string[] = [];
  for (const el of [root, ...root.querySelectorAll("*")]) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN.has(tag) || (tag === "svg" && el.parentElement?.closest("svg"))) tags.push(tag);
    for (const attr of el.getAttributeNames()) if (attr.toLowerCase().startsWith("on")) onAttributes.push(`${tag}[${attr}]`);
    if (tag === "a") {
      const href = el.getAttribute("href") ?? el.getAttributeNS("http://www.w3.org/1999/xlink", "href") ?? "";
      // Links out only to http(s) and mailto; in-page links only to our own source ids.
      if (!/^(https?:|mailto:)/i.test(href) && !/^#cl\d+-source-\d+$/.test(href)) badLinks.push(href);
    }
  }
  return { tags, onAttributes, badLinks };
}

describe("user text never becomes markup", () => {
  it("titles, descriptions, lanes, eras, publishers and quotes are text, with no element or handler made from them", () => {
    const { handle, element, svg } = mount({ data: hostile() });
    expect(handle.timeline.events).toHaveLength(PAYLOADS.length);
    const root = element.firstElementChild!;
    for (const event of handle.timeline.events) {
      handle.select(event.id);
      expect(walk(element)).toEqual({ tags: [], onAttributes: [], badLinks: [] });
      const p = PAYLOADS[Number(event.id.slice(1))]!;
      const c = card(element);
      expect(c.hidden).toBe(false);
      expect(c.querySelector(".cl-card-title")!.textContent).toBe(p);
      expect(c.querySelector(".cl-card-description")!.textContent).toBe(p);
      expect(c.querySelector(".cl-cite-publisher")!.textContent).toBe(p);
      expect(c.querySelector(".cl-cite-title")!.textContent).toBe(`“${p}”`);
      expect(c.querySelector(".cl-cite-author")!.textContent).toBe(`, ${p}`);
      expect([...c.querySelectorAll(".cl-cite-quote")].map((q) => q.textContent)).toEqual([p, p]);
    }
    expect(svg.querySelector("title")!.textContent).toBe(PAYLOADS[0]);
    // Every payload is on the page, literally, as text.
    for (const p of PAYLOADS) expect(root.textContent).toContain(p);
    // Accessible names hold it literally too (a selector or template would have mangled it).
    const labels = [...element.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label")!);
    for (const p of PAYLOADS) expect(labels.some((l) => l.includes(p))).toBe(true);
  });

  it("event ids with quotes and markup stay attribute values, and still select", () => {
    const ids = ['x" onmouseover="alert(1)', "<img src=x onerror=alert(1)>", "a b#c.d"];
    const { handle, element } = mount({ data: { events: ids.map((id, i) => ({ id, title: `t${i}`, start: `200${i}` })) }, height: 400 });
    expect(walk(element)).toEqual({ tags: [], onAttributes: [], badLinks: [] });
    expect(new Set(shown(handle.layout.items))).toEqual(new Set(ids));
    for (const id of ids) {
      expect(itemEl(element, id), id).toBeDefined();
      handle.select(id);
      expect(card(element).querySelector(".cl-card-title")!.textContent).toBe(`t${ids.indexOf(id)}`);
    }
    // DOM ids are encoded: usable in selectors and ARIA references.
    for (const g of element.querySelectorAll("g.cl-item")) expect(g.id).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

const UNSAFE_URLS = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd"];

describe("links in citations", () => {
  it("javascript:, data: and vbscript: URLs never become links; https becomes a noopener link", () => {
    const { handle, element } = mount({
      data: {
        events: [
          ...UNSAFE_URLS.map((url, i) => ({ id: `bad${i}`, title: `bad ${i}`, start: `200${i}`, sources: [{ publisher: `P${i}`, url }] })),
          { id: "good", title: "good", start: "2010", sources: [{ publisher: "Example", url: "https://example.com/a?b=1" }, { publisher: "Desk", url: "mailto:desk@example.com" }] },
        ],
      },
      height: 600,
    });
    expect(handle.diagnostics.filter((d) => d.code === "url-unsafe" || d.code === "url-invalid")).toHaveLength(UNSAFE_URLS.length);
    for (let i = 0; i < UNSAFE_URLS.length; i++) {
      handle.select(`bad${i}`);
      expect(card(element).hidden).toBe(false);
      expect(card(element).querySelectorAll("a")).toHaveLength(0);
      expect(walk(element).badLinks).toEqual([]);
    }
    handle.select("good");
    const links = [...card(element).querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["https://example.com/a?b=1", "mailto:desk@example.com"]);
    for (const a of links) expect(a.getAttribute("rel")).toBe("noopener noreferrer");
    // The source has no title, so its link shows its path and query too: the address is all that tells it apart.
    expect(links[0]!.textContent).toBe("example.com/a?b=1");
    // An address reads left to right, host first, on any page.
    for (const a of links) expect(a.getAttribute("dir")).toBe("ltr");
  });

  it("the card checks again: a hand-built timeline with unsafe URLs gets no links", () => {
    const loaded = mount({ data: SEED_TEXT }).handle.timeline;
    const timeline = structuredClone<Timeline>(loaded);
    timeline.sources.forEach((s, i) => (s.url = UNSAFE_URLS[i % UNSAFE_URLS.length]));
    const { handle, element } = mount({ timeline });
    for (const event of timeline.events) {
      handle.select(event.id);
      expect(card(element).hidden).toBe(false);
      expect(walk(element).badLinks, event.id).toEqual([]);
    }
  });

  it("the seed's Britannica source is an https link with rel noopener noreferrer", () => {
    const { handle, element } = mount();
    handle.select("iran-iraq-war");
    const a = card(element).querySelector("a")!;
    expect(a.getAttribute("href")).toBe("https://www.britannica.com/event/Iran-Iraq-War");
    expect(a.getAttribute("rel")).toBe("noopener noreferrer");
  });
});

// ---------------------------------------------------------------------------------------------
