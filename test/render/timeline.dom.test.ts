import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ClusterItem, ItemLayout } from "../../src/layout/types.js";
import { zoomTransform } from "d3-zoom";
import { anchorOf } from "../../src/interact/keys.js";
import { createTimeline, type TimelineEvents, type TimelineHandle, type TimelineOptions } from "../../src/view/timeline.js";
import type { Timeline, TimelineInput } from "../../src/types.js";

// In vitest's jsdom environment `URL` is jsdom's, which node:fs refuses: read by path.
const SEED_TEXT = readFileSync(resolve(import.meta.dirname, "../../examples/seed-tehran-2008/events.json"), "utf8");
const SEED = JSON.parse(SEED_TEXT) as TimelineInput;
const SEED_IDS = SEED.events.map((e) => e.id!);
const DAY = 86_400_000;
const JUNE_WINDOW: [number, number] = [Date.UTC(2008, 4, 25), Date.UTC(2008, 6, 1)];
// In this window, 640 px tall, every June event has an item of its own. Time order by where each
// is read from: the start of a bar, the middle of a mark's band (June~ is mid-June, summer later).
const JUNE_ORDER = ["iran-opposes-pact", "visit", "talks-mottaki-davoudi", "meets-ahmadinejad", "militia-leader-detained", "pact-vote"];

// Five weekly events in June 2008 and one in 1990. 200 px tall (one lane of two rows), at full
// zoom some of the June ones are one cluster; a month wide, they have room.
const WEEKLY_IDS = [1, 8, 15, 22, 29].map((d) => `june-${d}`);
const WEEKLY: TimelineInput = {
  events: [{ id: "early", title: "Early", start: "1990-01-01" }, ...[1, 8, 15, 22, 29].map((d) => ({ id: `june-${d}`, title: `June ${d}`, start: `2008-06-${String(d).padStart(2, "0")}` }))],
};

// ---------------------------------------------------------------------------------------------
// Helpers

const mounted: { handle: TimelineHandle; element: HTMLElement }[] = [];

function mount(options: TimelineOptions = { data: SEED_TEXT }): { handle: TimelineHandle; element: HTMLElement; svg: SVGSVGElement } {
  const element = document.createElement("div");
  document.body.append(element);
  // One linear scale unless a test asks for breaks: these tests count spans and clusters on it
  // (the broken axis has tests of its own at the end of this file and in breaks.test.ts).
  const handle = createTimeline(element, { breaks: "none", ...options });
  mounted.push({ handle, element });
  return { handle, element, svg: element.querySelector("svg")! };
}

afterEach(() => {
  for (const { handle, element } of mounted.splice(0)) {
    handle.destroy();
    element.remove();
  }
  vi.unstubAllGlobals();
});

/** Make the reader prefer reduced motion, so every zoom is instant (zoom.ts asks `matchMedia`). */
function reduceMotion(): void {
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: /prefers-reduced-motion:\s*reduce/.test(query),
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  }));
}

/** Every event the handle emits, in order. */
function record(handle: TimelineHandle) {
  const log: { type: keyof TimelineEvents; detail: unknown }[] = [];
  for (const type of ["select", "zoom", "focus", "render"] as const) handle.on(type, (detail) => log.push({ type, detail }));
  return {
    log,
    of: <K extends keyof TimelineEvents>(type: K) => log.filter((e) => e.type === type).map((e) => e.detail as TimelineEvents[K]),
    clear: () => void log.splice(0),
  };
}

const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await frame();
}

/** Resolve with the first `type` event that satisfies `test`, or fail after `ms`. */
function waitFor<K extends keyof TimelineEvents>(handle: TimelineHandle, type: K, test: (d: TimelineEvents[K]) => boolean, ms = 2000): Promise<TimelineEvents[K]> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      stop();
      fail(new Error(`no matching "${type}" event within ${ms} ms`));
    }, ms);
    const stop = handle.on(type, (d) => {
      if (!test(d)) return;
      clearTimeout(timer);
      stop();
      done(d);
    });
  });
}

function key(target: Element, k: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

/** Press a key on whatever has focus (the element the reader would be on). */
const press = (k: string) => key(document.activeElement!, k);

function wheel(target: Element, init: WheelEventInit): WheelEvent {
  const event = new WheelEvent("wheel", { bubbles: true, cancelable: true, clientX: 400, clientY: 100, ...init });
  target.dispatchEvent(event);
  return event;
}

const span = (d: [number, number]) => d[1] - d[0];
const itemEl = (element: Element, id: string) => [...element.querySelectorAll("g.cl-item")].find((g) => g.getAttribute("data-id") === id) as (SVGGElement & HTMLOrSVGElement) | undefined;
const domIds = (element: Element) => [...element.querySelectorAll("g.cl-item")].map((g) => g.getAttribute("data-id"));
const isCluster = (i: ItemLayout): i is ClusterItem => i.kind === "cluster";
const shown = (items: readonly ItemLayout[]) => items.flatMap((i) => (isCluster(i) ? i.members : [i.id]));
const activeId = () => document.activeElement?.getAttribute("data-id") ?? null;
const card = (element: Element) => element.querySelector<HTMLElement>(".cl-card")!;
/** Close to within a minute: the zoom transform goes through floating-point pixels. */
const expectWindow = (actual: [number, number], expected: [number, number], tolerance = 60_000) => {
  expect(Math.abs(actual[0] - expected[0]), `start ${new Date(actual[0]).toISOString()} vs ${new Date(expected[0]).toISOString()}`).toBeLessThan(tolerance);
  expect(Math.abs(actual[1] - expected[1]), `end ${new Date(actual[1]).toISOString()} vs ${new Date(expected[1]).toISOString()}`).toBeLessThan(tolerance);
};

// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------

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

describe("the detail card", () => {
  it("select(id) opens a dialog with title, date in words, precision and numbered citations; select(null) closes it", () => {
    const { handle, element } = mount();
    const rec = record(handle);
    const c = card(element);
    expect(c.getAttribute("role")).toBe("dialog");
    expect(c.hidden).toBe(true);

    handle.select("meets-ahmadinejad");
    expect(c.hidden).toBe(false);
    expect(document.getElementById(c.getAttribute("aria-labelledby")!)!.textContent).toBe("Maliki meets President Ahmadinejad");
    expect(c.querySelector(".cl-card-when")!.textContent).toBe("8 June 2008");
    expect(c.querySelector(".cl-card-precision")!.textContent).toBe("Date known to the day.");
    // The event's group, by its heading: the card stands away from its lane's.
    expect(c.querySelector(".cl-card-group")!.textContent).toBe("Maliki in Tehran");
    const event = handle.timeline.events.find((e) => e.id === "meets-ahmadinejad")!;
    const numbers = event.sources.map((id) => handle.timeline.sources.find((s) => s.id === id)!.number);
    expect(numbers).toEqual([4, 3]); // IRNA, then The New York Times, numbered along the timeline
    const items = [...c.querySelectorAll(".cl-card-sources li")];
    expect(items.map((li) => Number(li.getAttribute("value")))).toEqual(numbers);
    expect(items.map((li) => li.querySelector(".cl-cite-number")!.textContent)).toEqual(numbers.map((n) => `[${n}] `));
    expect(items.map((li) => li.querySelector(".cl-cite-publisher")!.textContent)).toEqual(["IRNA", "The New York Times"]);
    expect(items[0]!.textContent).toContain(", via The New York Times");
    expect(rec.of("select")).toEqual([{ id: "meets-ahmadinejad", event }]);
    expect(itemEl(element, "meets-ahmadinejad")!.classList.contains("cl-selected")).toBe(true);

    handle.select("pact-vote");
    expect(c.querySelector(".cl-card-when")!.textContent).toBe("summer 2008 (uncertain)");
    expect(c.querySelector(".cl-card-precision")!.textContent).toBe("Date known to the season, uncertain.");
    expect(c.querySelector(".cl-card-sources-title")!.textContent).toBe("Source");
    expect(c.querySelector(".cl-card-group")!.textContent).toBe("US–Iraq security pact");

    handle.select(null);
    expect(c.hidden).toBe(true);
    expect(rec.of("select").at(-1)).toEqual({ id: null, event: null });
    expect(element.querySelector(".cl-selected")).toBeNull();
  });

  it("select of an unknown id closes the card", () => {
    const { handle, element } = mount();
    handle.select("visit");
    handle.select("no-such-event");
    expect(card(element).hidden).toBe(true);
  });

  it("a display date is shown as written", () => {
    const { handle, element } = mount();
    handle.select("talks-mottaki-davoudi");
    expect(card(element).querySelector(".cl-card-when")!.textContent).toBe("During the visit, 7–9 June 2008");
  });

  it("the precision of a span speaks of both ends", () => {
    const { handle, element } = mount();
    const precision = (id: string) => {
      handle.select(id);
      return card(element).querySelector(".cl-card-precision")!.textContent;
    };
    expect(precision("visit")).toBe("Dates known to the day.");
    expect(precision("iran-opposes-pact")).toBe("Dates known to the day, approximate.");
    expect(precision("iran-iraq-war")).toBe("Dates known to the day.");
    const { handle: mixed, element: el2 } = mount({ data: { events: [{ id: "m", title: "Mixed", start: "2008-06", end: "2008-07-04~" }] } });
    mixed.select("m");
    expect(card(el2).querySelector(".cl-card-precision")!.textContent).toBe("Start known to the month; end known to the day, approximate.");
  });

  it("Escape in the card closes it and gives focus back to the event", () => {
    reduceMotion();
    const { handle, element } = mount({ data: SEED_TEXT, window: JUNE_WINDOW, height: 640 });
    const rec = record(handle);
    handle.select("meets-ahmadinejad");
    expect(card(element).contains(document.activeElement)).toBe(true);
    rec.clear();
    press("Escape");
    expect(card(element).hidden).toBe(true);
    expect(activeId()).toBe("meets-ahmadinejad");
    expect(rec.of("select")).toEqual([{ id: null, event: null }]);
    expect(rec.of("focus")).toEqual([{ id: "meets-ahmadinejad" }]);
    expect(itemEl(element, "meets-ahmadinejad")!.getAttribute("tabindex")).toBe("0");
  });

  it("the close button closes the card and gives focus back too", () => {
    const { handle, element } = mount({ data: SEED_TEXT, window: JUNE_WINDOW, height: 640 });
    handle.select("visit");
    card(element).querySelector<HTMLButtonElement>(".cl-card-close")!.click();
    expect(card(element).hidden).toBe(true);
    expect(activeId()).toBe("visit");
  });

  // BUG (src/timeline.ts, closeCard → focusItem): when the event shown is inside a cluster at this
  // zoom (or out of view), focusItem(id) finds no element for it: render() resets `focused` to the
  // first item, nothing gets focus (it stays on the card's close button, now hidden, so a browser
  // drops it to <body>), and "focus" is still emitted with the id that has no element.
  it("Escape in the card of an event inside a cluster gives focus to that cluster", () => {
    const { handle, element } = mount({ data: WEEKLY, height: 200 });
    const cluster = handle.layout.items.find(isCluster)!;
    expect(cluster, "a cluster at full zoom").toBeDefined();
    const member = cluster.members[1]!;
    const rec = record(handle);
    handle.select(member);
    expect(card(element).hidden).toBe(false);
    press("Escape");
    expect(card(element).hidden).toBe(true);
    expect(activeId()).toBe(cluster.id);
    expect(itemEl(element, cluster.id)!.getAttribute("tabindex")).toBe("0");
    expect(rec.of("focus").at(-1)).toEqual({ id: cluster.id });
  });

  it("Escape in the card of an event out of view leaves focus on the timeline", () => {
    const { handle, element } = mount({ data: SEED_TEXT, window: JUNE_WINDOW, height: 640 });
    handle.select("iran-iraq-war");
    press("Escape");
    expect(card(element).hidden).toBe(true);
    const tabStop = element.querySelector('g.cl-item[tabindex="0"]');
    expect(document.activeElement).toBe(tabStop);
  });
});

// ---------------------------------------------------------------------------------------------

describe("keyboard", () => {
  function june() {
    reduceMotion();
    const m = mount({ data: SEED_TEXT, window: JUNE_WINDOW, height: 640 });
    element0(m.element).focus();
    return { ...m, rec: record(m.handle) };
  }
  const element0 = (element: Element) => element.querySelector<SVGGElement>('g.cl-item[tabindex="0"]')!;

  it("ArrowRight and ArrowLeft move focus in time order, roving the tab stop, and emit focus", () => {
    const { element, rec } = june();
    expect(activeId()).toBe(JUNE_ORDER[0]);
    const visited = [activeId()];
    for (let i = 1; i < JUNE_ORDER.length; i++) {
      const event = press("ArrowRight");
      expect(event.defaultPrevented).toBe(true);
      visited.push(activeId());
      expect(element.querySelectorAll('g.cl-item[tabindex="0"]')).toHaveLength(1);
      expect(element0(element).getAttribute("data-id")).toBe(activeId());
    }
    expect(visited).toEqual(JUNE_ORDER);
    expect(rec.of("focus").map((f) => f.id)).toEqual(JUNE_ORDER.slice(1));
    rec.clear();
    for (let i = JUNE_ORDER.length - 2; i >= 0; i--) {
      press("ArrowLeft");
      expect(activeId()).toBe(JUNE_ORDER[i]);
    }
    expect(rec.of("focus").map((f) => f.id)).toEqual([...JUNE_ORDER].reverse().slice(1));
  });

  it("Home and End go to the first and last item in view", () => {
    const { rec } = june();
    press("End");
    expect(activeId()).toBe(JUNE_ORDER.at(-1));
    press("Home");
    expect(activeId()).toBe(JUNE_ORDER[0]);
    expect(rec.of("focus").map((f) => f.id)).toEqual([JUNE_ORDER.at(-1), JUNE_ORDER[0]]);
  });

  it("ArrowLeft past the first item pans back to the previous event (the war), keeping the zoom", () => {
    const { handle, element, rec } = june();
    const before = handle.layout.domain;
    press("ArrowLeft");
    const zooms = rec.of("zoom");
    expect(zooms.length).toBeGreaterThan(0);
    const after = zooms.at(-1)!.domain;
    expect(span(after)).toBeCloseTo(span(before), -3);
    const war = handle.timeline.events.find((e) => e.id === "iran-iraq-war")!;
    const mid = (war.start.earliest + war.end!.latest) / 2;
    expect(after[0]).toBeLessThan(mid);
    expect(after[1]).toBeGreaterThan(mid);
    expect(rec.of("focus").at(-1)!.id).toBe(activeId());
    const focused = handle.layout.items.find((i) => i.id === activeId())!;
    expect(shown([focused])).toContain("iran-iraq-war");
    expect(element.querySelector(".cl-status")!.textContent).toBe("");
  });

  it("ArrowRight past the last item says so and changes nothing", () => {
    const { handle, element, rec } = june();
    press("End");
    rec.clear();
    const before = handle.layout.domain;
    press("ArrowRight");
    expect(rec.of("zoom")).toEqual([]);
    expect(rec.of("focus")).toEqual([]);
    expect(handle.layout.domain).toEqual(before);
    expect(activeId()).toBe(JUNE_ORDER.at(-1));
    expect(element.querySelector(".cl-status")!.textContent).toBe("That is the last event.");
  });

  it('"+" zooms in around the focused event, "-" zooms back out, "0" shows everything (reduced motion: at once)', () => {
    reduceMotion();
    const { handle, element } = mount();
    const rec = record(handle);
    const full = handle.layout.domain;
    element0(element).focus();
    const id = activeId()!;
    // The instant under the focused event's mark stays under it, so the event keeps focus in view.
    const at = (domain: [number, number]) => {
      const item = handle.layout.items.find((i) => i.id === id)!;
      const x = anchorOf(item);
      return domain[0] + ((x - handle.layout.plot.x) / handle.layout.plot.width) * span(domain);
    };
    const before = at(full);
    expect(press("+").defaultPrevented).toBe(true);
    const zin = rec.of("zoom").at(-1)!.domain;
    expect(span(zin)).toBeCloseTo(span(full) / 2, -6);
    expect(Math.abs(at(zin) - before)).toBeLessThan(span(full) / 1000);
    expect(activeId()).toBe(id);
    press("=");
    expect(span(rec.of("zoom").at(-1)!.domain)).toBeCloseTo(span(full) / 4, -6);
    press("-");
    expect(span(rec.of("zoom").at(-1)!.domain)).toBeCloseTo(span(full) / 2, -6);
    press("0");
    expectWindow(rec.of("zoom").at(-1)!.domain, handle.layout.extent);
  });

  it('"+" animates when motion is allowed, and ends at half the span', async () => {
    const { handle, element } = mount();
    const rec = record(handle);
    const full = handle.layout.domain;
    element0(element).focus();
    const done = waitFor(handle, "zoom", (z) => Math.abs(span(z.domain) - span(full) / 2) < span(full) * 1e-6);
    press("+");
    await done;
    expect(rec.of("zoom").length).toBeGreaterThan(2); // in steps, not one jump
    await frames(2);
    expect(span(handle.layout.domain)).toBeCloseTo(span(full) / 2, -6);
  });

  it("Enter on a cluster zooms into it, and the cluster splits into its events", async () => {
    reduceMotion();
    const { handle, element } = mount({ data: WEEKLY, height: 200 });
    const cluster = handle.layout.items.find(isCluster)!;
    expect(cluster, "a cluster at full zoom").toBeDefined();
    expect(cluster.members.length).toBeGreaterThan(1);
    for (const id of cluster.members) expect(WEEKLY_IDS).toContain(id);
    await frames(2);
    const rec = record(handle);
    itemEl(element, cluster.id)!.focus();
    expect(rec.of("focus")).toEqual([{ id: cluster.id }]);
    expect(press("Enter").defaultPrevented).toBe(true);
    const domain = rec.of("zoom").at(-1)!.domain;
    expect(span(domain)).toBeLessThan(span(handle.layout.extent) / 100);
    expect(domain[0]).toBeLessThanOrEqual(cluster.span[0]);
    expect(domain[1]).toBeGreaterThanOrEqual(cluster.span[1]);
    expect(rec.of("select")).toEqual([]);
    expect(element.querySelector(".cl-status")!.textContent).toBe(`Zoomed in to ${cluster.members.length} events.`);
    await frames(2);
    expect(domIds(element)).not.toContain(cluster.id);
    for (const id of cluster.members) expect(domIds(element)).toContain(id);
    // The focus stays with what the cluster held: on the member nearest its middle, not on the
    // first item in reading order.
    const middle = (cluster.span[0] + cluster.span[1]) / 2;
    const time = (id: string) => {
      const e = handle.timeline.events.find((x) => x.id === id)!;
      return (e.start.earliest + (e.end ?? e.start).latest) / 2;
    };
    const nearest = [...cluster.members].sort((a, b) => Math.abs(time(a) - middle) - Math.abs(time(b) - middle))[0];
    expect(activeId()).toBe(nearest);
    expect(itemEl(element, nearest!)!.getAttribute("tabindex")).toBe("0");
  });

  // Events that overlap in time cannot be split by zooming, so each lane keeps as many rows as
  // its busiest moment needs (up to 8): at the default size the seed has no cluster at all.
  it("at the default size every seed event is its own item, reachable with the arrow keys", () => {
    const { handle, element } = mount();
    expect(handle.layout.items.filter(isCluster)).toEqual([]);
    const ids = handle.timeline.events.map((e) => e.id);
    for (const id of ids) expect(domIds(element)).toContain(id);
    element0(element).focus();
    press("Home");
    const seen = new Set([activeId()]);
    for (let i = 0; i < ids.length; i++) {
      press("ArrowRight");
      seen.add(activeId());
    }
    expect([...seen].sort()).toEqual([...ids].sort());
  });

  it("Enter (and Space) on an event opens its card and moves focus into it", () => {
    const { handle, element, rec } = june();
    press("Enter");
    expect(rec.of("select").map((s) => s.id)).toEqual([JUNE_ORDER[0]]);
    expect(card(element).hidden).toBe(false);
    expect(card(element).contains(document.activeElement)).toBe(true);
    press("Escape");
    expect(activeId()).toBe(JUNE_ORDER[0]);
    press("ArrowRight");
    press(" ");
    expect(handle.timeline.events.find((e) => e.id === card(element).getAttribute("data-event"))!.id).toBe(JUNE_ORDER[1]);
  });

  it("keys it does not use are left to the page", () => {
    const { rec } = june();
    for (const k of ["a", "Tab", "PageDown", "F5"]) expect(press(k).defaultPrevented, k).toBe(false);
    expect(rec.log).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe("wheel", () => {
  it("a plain vertical wheel is left to the page: no zoom, not prevented", async () => {
    const { handle, element, svg } = mount();
    const rec = record(handle);
    const before = handle.layout.domain;
    for (const target of [svg, element.querySelector("g.cl-item")!]) {
      for (const deltaY of [100, -100]) expect(wheel(target, { deltaY }).defaultPrevented).toBe(false);
      // Mostly vertical, with a little sideways drift: still a page scroll.
      expect(wheel(target, { deltaY: 100, deltaX: 5 }).defaultPrevented).toBe(false);
    }
    await frames(1);
    expect(rec.of("zoom")).toEqual([]);
    expect(handle.layout.domain).toEqual(before);
  });

  it("ctrl+wheel zooms: in on a negative deltaY, and is prevented", async () => {
    const { handle, svg } = mount();
    const rec = record(handle);
    const full = handle.layout.domain;
    const event = wheel(svg, { deltaY: -100, ctrlKey: true });
    expect(event.defaultPrevented).toBe(true);
    const domain = rec.of("zoom").at(-1)!.domain;
    expect(span(domain)).toBeLessThan(span(full) / 2);
    await frames(1);
    expect(handle.layout.domain).toEqual(domain);
    // and out again, never past the whole extent
    for (let i = 0; i < 5; i++) wheel(svg, { deltaY: 100, ctrlKey: true });
    const out = rec.of("zoom").at(-1)!.domain;
    expect(span(out)).toBeGreaterThan(span(domain));
    expect(span(out)).toBeLessThanOrEqual(span(full) * (1 + 1e-9));
  });

  it("meta+wheel (mac) zooms as ctrl does", () => {
    const { handle, svg } = mount();
    const rec = record(handle);
    expect(wheel(svg, { deltaY: -100, metaKey: true }).defaultPrevented).toBe(true);
    expect(span(rec.of("zoom").at(-1)!.domain)).toBeLessThan(span(handle.layout.extent));
  });

  it.each([
    ["shift+wheel", { deltaY: 100, shiftKey: true }],
    ["horizontal wheel", { deltaX: 100 }],
    ["horizontal wheel in lines", { deltaX: 3, deltaMode: 1 }],
  ] as [string, WheelEventInit][])("%s pans later in time, same span, and is prevented", (_, init) => {
    const { handle, svg } = mount({ data: SEED_TEXT, window: JUNE_WINDOW });
    const rec = record(handle);
    const before = handle.layout.domain;
    expect(wheel(svg, init).defaultPrevented).toBe(true);
    const after = rec.of("zoom").at(-1)!.domain;
    expect(after[0]).toBeGreaterThan(before[0]);
    expect(span(after)).toBeCloseTo(span(before), -3);
    // 100 px (or 3 lines × 16 px) of an 776 px plot
    const px = init.deltaMode === 1 ? 48 : 100;
    expect((after[0] - before[0]) / span(before)).toBeCloseTo(px / handle.layout.plot.width, 3);
  });

  it("shift+wheel with a negative delta pans earlier", () => {
    const { handle, svg } = mount({ data: SEED_TEXT, window: JUNE_WINDOW });
    const rec = record(handle);
    const before = handle.layout.domain;
    expect(wheel(svg, { deltaY: -100, shiftKey: true }).defaultPrevented).toBe(true);
    expect(rec.of("zoom").at(-1)!.domain[0]).toBeLessThan(before[0]);
  });
});

// ---------------------------------------------------------------------------------------------

describe("update", () => {
  it("two data updates in a row make one render, showing the second", async () => {
    const { handle, element } = mount();
    await frames(2);
    const rec = record(handle);
    handle.update({ data: { events: [{ id: "one", title: "First data", start: "2001" }] } });
    handle.update({ data: { events: [{ id: "two", title: "Second data", start: "2002" }, { id: "three", title: "More", start: "2003" }] } });
    await frames(3);
    expect(rec.of("render")).toHaveLength(1);
    expect(domIds(element).sort()).toEqual(["three", "two"]);
    expect(element.textContent).not.toContain("First data");
    expect(handle.timeline.events.map((e) => e.title)).toEqual(["Second data", "More"]);
    expect(handle.layout.items.map((i) => i.id).sort()).toEqual(["three", "two"]);
  });

  it("new data closes the card and drops the selection", async () => {
    const { handle, element } = mount();
    handle.select("visit");
    handle.update({ data: { events: [{ id: "visit", title: "Other visit", start: "2001" }] } });
    await frames(1);
    expect(card(element).hidden).toBe(true);
    expect(element.querySelector(".cl-selected")).toBeNull();
  });

  it("update({ height }) changes the svg's height and viewBox", async () => {
    const { handle, svg } = mount();
    handle.update({ height: 500 });
    await frames(1);
    expect(svg.getAttribute("height")).toBe("500");
    expect(svg.getAttribute("viewBox")).toBe("0 0 800 500");
    expect(handle.layout.height).toBe(500);
  });

  // BUG (src/timeline.ts, render): a height change is seen by render() as a geometry change, so it
  // calls zoom.setGeometry, whose behavior.transform emits a "zoom" (same domain) that schedules a
  // second render on the next frame. Observed: 2 renders and 1 "zoom" for one update({ height }).
  it("update({ height }) makes one render", async () => {
    const { handle } = mount();
    await frames(2);
    const rec = record(handle);
    handle.update({ height: 500 });
    await frames(3);
    expect(rec.of("render")).toHaveLength(1);
  });

  it("window and label in the same frame: one render", async () => {
    const { handle } = mount();
    await frames(2);
    const rec = record(handle);
    handle.update({ window: JUNE_WINDOW });
    handle.update({ label: "June" });
    await frames(3);
    expect(rec.of("render")).toHaveLength(1);
    expectWindow(handle.layout.domain, JUNE_WINDOW);
  });
});

// ---------------------------------------------------------------------------------------------

describe("zoomTo", () => {
  it('zoomTo("visit") narrows the window around the visit', async () => {
    reduceMotion();
    const { handle, element } = mount({ data: SEED_TEXT, height: 640 });
    const rec = record(handle);
    handle.zoomTo("visit");
    const visit = handle.timeline.events.find((e) => e.id === "visit")!;
    const lo = visit.start.earliest;
    const hi = visit.end!.latest;
    const pad = Math.max((hi - lo) * 0.25, handle.layout.minSpan);
    expectWindow(rec.of("zoom").at(-1)!.domain, [lo - pad, hi + pad]);
    await frames(1);
    expectWindow(handle.layout.domain, [lo - pad, hi + pad]);
    expect(domIds(element)).toContain("visit");
  });

  it("zoomTo([a, b]) with Dates or numbers, in either order, clamped to the data", async () => {
    reduceMotion();
    const { handle } = mount();
    const rec = record(handle);
    handle.zoomTo([new Date(JUNE_WINDOW[0]), new Date(JUNE_WINDOW[1])]);
    expectWindow(rec.of("zoom").at(-1)!.domain, JUNE_WINDOW);
    handle.zoomTo([Date.UTC(1985, 0, 1), Date.UTC(1986, 0, 1)]);
    expectWindow(rec.of("zoom").at(-1)!.domain, [Date.UTC(1985, 0, 1), Date.UTC(1986, 0, 1)]);
    handle.zoomTo([JUNE_WINDOW[1], JUNE_WINDOW[0]]);
    expectWindow(rec.of("zoom").at(-1)!.domain, JUNE_WINDOW);
    // Before the data: the same span, moved inside the extent.
    handle.zoomTo([Date.UTC(1900, 0, 1), Date.UTC(1901, 0, 1)]);
    const clamped = rec.of("zoom").at(-1)!.domain;
    expect(Math.abs(clamped[0] - handle.layout.extent[0])).toBeLessThan(60_000);
    expect(span(clamped)).toBeCloseTo(Date.UTC(1901, 0, 1) - Date.UTC(1900, 0, 1), -5);
    // Narrower than an hour: widened to the shortest window.
    handle.zoomTo([Date.UTC(2008, 5, 8, 12), Date.UTC(2008, 5, 8, 12, 1)]);
    expect(span(rec.of("zoom").at(-1)!.domain)).toBeCloseTo(handle.layout.minSpan, -4);
    await frames(1);
  });

  it("zoomTo an unknown id does nothing", async () => {
    reduceMotion();
    const { handle } = mount();
    await frames(2);
    const rec = record(handle);
    handle.zoomTo("no-such-event");
    await frames(1);
    expect(rec.log).toEqual([]);
  });

  it("zoomTo animates when motion is allowed and ends on the window", async () => {
    const { handle } = mount();
    const rec = record(handle);
    const done = waitFor(handle, "zoom", (z) => Math.abs(z.domain[0] - JUNE_WINDOW[0]) < 60_000 && Math.abs(z.domain[1] - JUNE_WINDOW[1]) < 60_000);
    handle.zoomTo(JUNE_WINDOW);
    expect(rec.of("zoom").length).toBeLessThanOrEqual(1); // not there yet
    await done;
    expect(rec.of("zoom").length).toBeGreaterThan(2);
  });
});

// ---------------------------------------------------------------------------------------------

describe("destroy", () => {
  it("removes every node it added and nothing is emitted after", async () => {
    reduceMotion();
    const { handle, element, svg } = mount();
    expect(element.childElementCount).toBe(1);
    const item = element.querySelector<SVGGElement>("g.cl-item")!;
    const c = card(element);
    const button = element.querySelector<HTMLButtonElement>(".cl-zoom-in")!;
    handle.select("meets-ahmadinejad");
    const rec = record(handle);
    handle.destroy();
    expect(element.innerHTML).toBe("");
    expect(document.querySelector(".citeline")).toBeNull();

    item.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    for (const k of ["ArrowRight", "Enter", "+", "0", "Escape"]) key(item, k);
    key(c, "Escape");
    wheel(svg, { deltaY: -100, ctrlKey: true });
    wheel(svg, { deltaY: 100, shiftKey: true });
    button.click();
    await frames(2);
    expect(rec.log).toEqual([]);
    expect(element.innerHTML).toBe("");
  });

  it("destroy cancels a render that was scheduled and a zoom that was animating", async () => {
    const { handle, element, svg } = mount();
    const rec = record(handle);
    handle.update({ height: 500 });
    handle.zoomTo(JUNE_WINDOW);
    handle.destroy();
    const transform = String(zoomTransform(svg));
    await new Promise((done) => setTimeout(done, 400));
    expect(rec.log).toEqual([]);
    expect(element.innerHTML).toBe("");
    expect(String(zoomTransform(svg))).toBe(transform);
  });

  // BUG (minor; src/timeline.ts destroy): TimelineHandle.destroy promises to remove "listeners",
  // but only the zoom listeners go: keydown on the svg and card, click/focusin on the items layer
  // and click on the toolbar buttons stay, so the detached nodes still act (preventDefault, relayout).
  it("after destroy, the detached nodes no longer handle keys", () => {
    const { handle, element, svg } = mount();
    const item = element.querySelector<SVGGElement>("g.cl-item")!;
    handle.destroy();
    expect(key(item, "ArrowRight").defaultPrevented).toBe(false);
    expect(key(svg, "+").defaultPrevented).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------

describe("bad data", () => {
  it.each([
    ["CSV without the columns", "not,a,timeline\n", ["csv-missing-column"]],
    ["an event with a number for a title and no date", { events: [{ title: 42 }] }, ["missing-start"]],
  ] as [string, unknown, string[]][])("%s: an empty timeline, no throw, diagnostics say why", (_, data, codes) => {
    const { handle, element, svg } = mount({ data });
    expect(element.querySelectorAll("g.cl-item")).toHaveLength(0);
    expect(handle.layout.items).toEqual([]);
    expect(handle.timeline.events).toEqual([]);
    for (const code of codes) expect(handle.diagnostics.map((d) => d.code)).toContain(code);
    expect(handle.diagnostics.some((d) => d.severity === "error")).toBe(true);
    // With nothing to focus, the svg itself takes the tab stop.
    expect(svg.getAttribute("tabindex")).toBe("0");
    expect(svg.getAttribute("viewBox")).toMatch(/^0 0 \d+ \d+$/);
  });

  it.each([
    ["a number", 42],
    ["null", null],
    ["broken JSON", '{"events": ['],
    ["an array", []],
    ["events that is not a list", { events: "x" }],
    ["an empty string", ""],
  ] as [string, unknown][])("%s: no throw, and keys and zoom on the empty timeline do not throw either", async (_, data) => {
    reduceMotion();
    const { handle, svg } = mount({ data });
    expect(handle.layout.items).toEqual([]);
    for (const k of ["ArrowRight", "ArrowLeft", "ArrowDown", "Home", "End", "Enter", "+", "-", "0", "Escape"]) key(svg, k);
    wheel(svg, { deltaY: -100, ctrlKey: true });
    wheel(svg, { deltaX: 100 });
    handle.zoomTo([0, DAY]);
    handle.select("x");
    await frames(1);
    expect(handle.layout.items).toEqual([]);
  });
});

describe("a broken axis", () => {
  it("draws the seed's break, and '+', '0' and update({ breaks }) keep the segments and the window honest", async () => {
    reduceMotion();
    const { handle, element, svg } = mount({ data: SEED_TEXT, breaks: "auto" });
    expect(element.querySelectorAll(".cl-break")).toHaveLength(1);
    expect(element.querySelector(".cl-break")!.getAttribute("aria-label")).toBe("20 years without events, left out of the axis");
    expect([...element.querySelectorAll(".cl-segment-caption")].map((c) => c.textContent)).toEqual(["1980 – 1988", "June 2008 – August 2008"]);
    expect(element.querySelector("desc")!.textContent).toContain("The axis is in 2 parts, each at its own scale");
    const extent = handle.layout.extent;
    expect(handle.layout.domain[0]).toBeCloseTo(extent[0], -3);
    expect(handle.layout.domain[1]).toBeCloseTo(extent[1], -3);
    // "+" zooms in around the focused event (in the visit's segment); "0" is the segmented view again.
    (element.querySelector('.cl-item[data-id="visit"]') as SVGGElement).focus();
    key(svg, "+");
    await frames(2);
    const zoomed = handle.layout.domain;
    expect(zoomed[1] - zoomed[0]).toBeLessThan(extent[1] - extent[0]);
    expect(zoomed[0]).toBeGreaterThan(extent[0]);
    key(svg, "0");
    await frames(2);
    expect(handle.layout.domain[0]).toBeCloseTo(extent[0], -3);
    expect(handle.layout.domain[1]).toBeCloseTo(extent[1], -3);
    // One linear scale on demand: no break, the whole extent with its margin.
    handle.update({ breaks: "none" });
    await frames(2);
    expect(element.querySelectorAll(".cl-break")).toHaveLength(0);
    expect(handle.layout.pieces).toBeUndefined();
  });

  it("new data opens on its own whole extent, from a broken axis to a linear one and back", async () => {
    reduceMotion();
    const { handle } = mount({ data: SEED_TEXT, breaks: "auto" });
    const rome = readFileSync(resolve(import.meta.dirname, "../../examples/deep-time/events.json"), "utf8");
    for (const data of [rome, SEED_TEXT]) {
      handle.update({ data });
      await frames(2);
      const { domain, extent } = handle.layout;
      expect(domain[0]).toBeCloseTo(extent[0], -3);
      expect(domain[1]).toBeCloseTo(extent[1], -3);
    }
    expect(handle.layout.segments).toHaveLength(2);
  });
});
