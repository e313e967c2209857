// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { clusterWindow, layoutTimeline } from "../../src/layout/layout.js";
import { MAX_CLUSTERS } from "../../src/layout/clusters.js";
import { MAX_DEPTH } from "../../src/layout/lanes.js";
import { MAX_LANES } from "../../src/layout/gathered.js";
import { languageOf } from "../../src/options/language.js";
import { ITEM } from "../../src/layout/sizes.js";
import { estimateWidth } from "../../src/layout/measure.js";
import type { ClusterItem, ItemLayout, PointItem, SpanItem, TimelineLayout } from "../../src/layout/types.js";
import type { Timeline, TimelineInput } from "../../src/types.js";

const seedJson = JSON.parse(readFileSync(new URL("../../examples/seed-tehran-2008/events.json", import.meta.url), "utf8")) as TimelineInput;

function load(input: TimelineInput): Timeline {
  const { timeline, diagnostics } = loadTimeline(input);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`fixture did not load: ${JSON.stringify(errors)}`);
  return timeline;
}

const seed = load(seedJson);
const FULL = undefined;
const JUNE: [number, number] = [Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)];
const DAYS: [number, number] = [Date.UTC(2008, 5, 6), Date.UTC(2008, 5, 11)];
const WAR: [number, number] = [Date.UTC(1985, 0, 1), Date.UTC(1990, 0, 1)];
// Tall enough that every lane has a row per event: the item-by-item tests below look at items, not clusters.
const TALL = 640;

const byId = (layout: TimelineLayout, id: string): ItemLayout => {
  const item = layout.items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id} in ${layout.items.map((i) => i.id).join(", ")}`);
  return item;
};
const isCluster = (i: ItemLayout): i is ClusterItem => i.kind === "cluster";
/** Every event id the layout shows, one by one or inside a cluster. */
const shown = (layout: TimelineLayout): string[] => layout.items.flatMap((i) => (isCluster(i) ? i.members : [i.id]));
const plotRight = (l: TimelineLayout) => l.plot.x + l.plot.width;

describe("layoutTimeline on the seed", () => {
  // [width, window, fine unit, coarse unit, coarse label at the left edge]
  const AXIS: [number, [number, number] | undefined, string, string, string][] = [
    [1280, FULL, "5 years", "decade", "1980s"],
    [1280, JUNE, "day", "month", "June 2008"],
    [1280, DAYS, "6 hours", "day", "6 June 2008"],
    [320, FULL, "decade", "century", "1900 – 1999"],
    [320, JUNE, "month", "year", "2008"],
    [320, DAYS, "day", "month", "June 2008"],
  ];

  // One linear scale (the broken axis has tests of its own, in breaks.test.ts).
  it.each(AXIS)("width %i, window %j: axis in %s under %s, left label %s", (width, domain, fineUnit, coarseUnit, left) => {
    const layout = layoutTimeline(seed, { width, breaks: "none", ...(domain ? { domain } : {}) });
    expect(layout.axis.fineUnit).toBe(fineUnit);
    expect(layout.axis.coarseUnit).toBe(coarseUnit);
    expect(layout.axis.coarse[0]?.label).toBe(left);
    // The left label sits at the left edge of the plot, or (full zoom at 1280) just after it.
    expect(layout.axis.coarse[0]!.x).toBeGreaterThanOrEqual(layout.plot.x);
    expect(layout.axis.coarse[0]!.x).toBeLessThan(layout.plot.x + 10);
    if (domain) expect(layout.domain).toEqual(domain);
  });

  it("pins the period containing the window's start even when no boundary of it is in view", () => {
    // 6–11 June at 320 px: no month starts in view, yet the reader must see "June 2008".
    const layout = layoutTimeline(seed, { width: 320, domain: DAYS });
    expect(layout.axis.coarse).toHaveLength(1);
    expect(layout.axis.coarse[0]).toMatchObject({ label: "June 2008", x: layout.plot.x, value: Date.UTC(2008, 5, 1) });
    // Days 6 to 10 (11 June sits on the right edge, where its label may be left out).
    expect(layout.axis.fine.map((t) => t.label).slice(0, 5)).toEqual(["6", "7", "8", "9", "10"]);
  });

  it.each([1280, 320])("width %i: every event that meets the window is shown, at the default height and a tall one", (width) => {
    for (const [domain, height] of [FULL, JUNE, DAYS, WAR].flatMap((d) => [[d, undefined], [d, TALL]] as const)) {
      const layout = layoutTimeline(seed, { width, ...(domain ? { domain } : {}), ...(height ? { height } : {}) });
      const [a, b] = layout.domain;
      const expected = seed.events.filter((e) => (e.end ?? e.start).latest >= a && e.start.earliest <= b).map((e) => e.id);
      expect(expected.length).toBeGreaterThan(0);
      const ids = shown(layout);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(expected.sort());
    }
  });

  it("shows all seven events at full zoom, each with its own item and label at 1280 px", () => {
    const layout = layoutTimeline(seed, { width: 1280, height: TALL });
    expect(layout.items.map((i) => i.kind).sort()).toEqual(["point", "point", "point", "span", "span", "span", "span"]);
    for (const item of layout.items) {
      const event = seed.events.find((e) => e.id === item.id)!;
      expect(item.label?.text).toBe(event.title);
      expect(item.lane).toBe(event.group);
    }
    expect(layout.lanes.map((l) => [l.id, l.label])).toEqual([
      ["visit", "Maliki in Tehran"],
      ["pact", "US–Iraq security pact"],
      ["history", "Background"],
    ]);
  });

  it.each([1280, 320])("width %i: the war's label is pinned inside the plot when the war starts left of the window", (width) => {
    const layout = layoutTimeline(seed, { width, domain: WAR, height: TALL });
    const war = byId(layout, "iran-iraq-war") as SpanItem;
    expect(war.kind).toBe("span");
    expect(war.bar[0]).toBeLessThan(layout.plot.x);
    expect(war.label).not.toBeNull();
    expect(war.label!.pinned).toBe(true);
    expect(war.label!.text).toBe("Iran–Iraq War");
    expect(war.label!.x).toBeGreaterThanOrEqual(layout.plot.x);
    expect(war.label!.x + war.label!.width).toBeLessThanOrEqual(plotRight(layout));
    // …and not pinned when the war starts in view.
    const full = byId(layoutTimeline(seed, { width, height: TALL }), "iran-iraq-war");
    expect(full.label?.pinned).toBe(false);
  });

  it("a label inside a bar starts after a start known only roughly, and fills a bar of known days", () => {
    // The story's fourth slide: the days around the visit, at 1248 px.
    const layout = layoutTimeline(seed, { width: 1248, domain: [Date.UTC(2008, 4, 28), Date.UTC(2008, 5, 15)], height: TALL });
    const opposes = byId(layout, "iran-opposes-pact") as SpanItem;
    // "1 June 2008 (approximate)": its start fades over the day, white text would vanish there.
    expect(opposes.start.qualifier).toBe("approximate");
    expect(opposes.labelInside).toBe(true);
    expect(opposes.label!.x).toBeGreaterThanOrEqual(opposes.startBand[1]);
    expect(opposes.label!.x + opposes.label!.width).toBeLessThanOrEqual(opposes.endBand[0]);
    // "7–9 June 2008", known to the day: no fade, so the label may start at the bar's start.
    const visit = byId(layout, "visit") as SpanItem;
    expect(visit.labelInside).toBe(true);
    expect(visit.label!.x).toBeLessThan(visit.startBand[1]);
  });

  it("a span known to the month at both ends, filling the view, has its label whole over its bar, not shortened beside it", () => {
    // Found by looking at Storybook's ranges: "June/July 2008" seen from June to July read "June/…"
    // in the margin, the bar having no sure part for the label and no room beside it.
    const events = [{ id: "jj", title: "Talks over June and July", start: "2008-06", end: "2008-07" }, { id: "before", title: "Before", start: "2006-01-01" }, { id: "after", title: "After", start: "2010-12-31" }];
    const { timeline } = loadTimeline({ events });
    for (const width of [1280, 320]) {
      const layout = layoutTimeline(timeline, { width, breaks: "none", domain: [Date.UTC(2008, 5, 1), Date.UTC(2008, 7, 1)] });
      const span = byId(layout, "jj") as SpanItem;
      expect(span.labelInside).toBe(false);
      expect(span.label).toMatchObject({ text: "Talks over June and July", over: true });
      const [left, right] = [Math.max(span.bar[0], layout.plot.x), Math.min(span.bar[1], plotRight(layout))];
      expect(span.label!.x).toBeGreaterThanOrEqual(left);
      expect(span.label!.x + span.label!.width).toBeLessThanOrEqual(right);
      // Seen whole, with room beside it, the label goes beside the bar as before.
      const wide = byId(layoutTimeline(timeline, { width, breaks: "none", domain: [Date.UTC(2007, 0, 1), Date.UTC(2009, 11, 31)] }), "jj");
      expect(wide.label?.over).toBeUndefined();
    }
  });

  it("shortens labels with an ellipsis at 320 px, never at 1280 px", () => {
    const narrow = layoutTimeline(seed, { width: 320, height: TALL, breaks: "none" });
    const wide = layoutTimeline(seed, { width: 1280, height: TALL, breaks: "none" });
    const shortened = narrow.items.filter((i) => i.label?.text.endsWith("…"));
    expect(shortened.map((i) => i.id).sort()).toEqual(
      // Labels may take three quarters of a phone's plot: only the longest three need shortening.
      ["iran-opposes-pact", "militia-leader-detained", "talks-mottaki-davoudi"].sort(),
    );
    for (const item of shortened) {
      const title = seed.events.find((e) => e.id === item.id)!.title;
      const text = item.label!.text;
      expect(title.startsWith(text.slice(0, -1))).toBe(true);
      expect(text.length).toBeLessThan(title.length + 1);
      // The label box holds both lines (the title and the date under it) and keeps to the cap.
      expect(item.label!.width).toBeGreaterThanOrEqual(estimateWidth(text, ITEM.fontSize) - 1e-9);
      expect(item.label!.width).toBeGreaterThanOrEqual(estimateWidth(item.label!.sub, ITEM.subFontSize) - 1e-9);
      expect(item.label!.width).toBeLessThanOrEqual(Math.max(80, narrow.plot.width * 0.75));
    }
    expect(wide.items.filter((i) => i.label?.text.includes("…"))).toEqual([]);
    // The accessible name keeps the whole title.
    expect(byId(narrow, "meets-ahmadinejad").name).toBe("Maliki meets President Ahmadinejad, 8 June 2008, 2 sources");
  });

  it("gives every item an accessible name: title, date in words, sources", () => {
    const layout = layoutTimeline(seed, { width: 1280, height: TALL });
    expect(byId(layout, "meets-ahmadinejad").name).toBe("Maliki meets President Ahmadinejad, 8 June 2008, 2 sources");
    expect(byId(layout, "visit").name).toBe("Maliki's three-day visit to Tehran, 7–9 June 2008, 1 source");
    expect(byId(layout, "pact-vote").name).toBe("Maliki aims to pass the security pact, summer 2008 (uncertain), 1 source");
    expect(byId(layout, "iran-iraq-war").name).toBe("Iran–Iraq War, 22 September 1980 – 20 August 1988, 2 sources");
    expect(byId(layout, "militia-leader-detained").name).toBe("US announces detention of a militia leader, June 2008 (approximate), 1 source");
    // A display date is shown, with the real date after it.
    expect(byId(layout, "talks-mottaki-davoudi").name).toBe(
      "Talks with Mottaki and Vice President Davoudi, During the visit, 7–9 June 2008 (7–9 June 2008), 1 source",
    );
    expect((byId(layout, "talks-mottaki-davoudi") as SpanItem).when).toBe("During the visit, 7–9 June 2008");
    const none = layoutTimeline(load({ events: [{ title: "Alone", start: "2008-06-08" }] }), { width: 600 });
    expect(none.items[0]!.name).toBe("Alone, 8 June 2008, no sources");
  });

  it("keeps each date's precision and qualifier on its item", () => {
    const layout = layoutTimeline(seed, { width: 1280, domain: JUNE, height: TALL });
    const militia = byId(layout, "militia-leader-detained") as PointItem;
    expect(militia.kind).toBe("point");
    expect(militia.date).toEqual({ precision: "month", qualifier: "approximate" });
    // A month-long band: all of June, the whole window.
    expect(militia.band[0]).toBeCloseTo(layout.plot.x, 6);
    expect(militia.band[1]).toBeCloseTo(plotRight(layout), 3);
    const meets = byId(layout, "meets-ahmadinejad") as PointItem;
    expect(meets.date).toEqual({ precision: "day", qualifier: "exact" });
    expect(meets.band[1] - meets.band[0]).toBeCloseTo(layout.plot.width / 30, 3);
    expect((byId(layout, "pact-vote") as PointItem).date).toEqual({ precision: "season", qualifier: "uncertain" });
    const opposes = byId(layout, "iran-opposes-pact") as SpanItem;
    expect(opposes.kind).toBe("span");
    expect(opposes.start).toEqual({ precision: "day", qualifier: "approximate" });
    expect(opposes.end).toEqual({ precision: "day", qualifier: "approximate" });
    expect(opposes.startBand[0]).toBeCloseTo(layout.plot.x, 6);
    expect(opposes.endBand[1] - opposes.endBand[0]).toBeCloseTo(layout.plot.width / 30, 3);
    expect(opposes.bar).toEqual([opposes.startBand[0], opposes.endBand[1]]);
  });

  it.each([1280, 320])("width %i: a point whose band reaches into the window but whose centre is outside gets a pinned label in the plot", (width) => {
    const layout = layoutTimeline(seed, { width, domain: DAYS, height: TALL });
    for (const id of ["militia-leader-detained", "pact-vote"]) {
      const item = byId(layout, id) as PointItem;
      expect(item.kind).toBe("point");
      expect(item.x).toBeGreaterThan(plotRight(layout)); // mid-June / mid-July: right of 6–11 June
      expect(item.band[0]).toBeLessThan(layout.plot.x);
      expect(item.label).not.toBeNull();
      expect(item.label!.pinned).toBe(true);
      expect(item.label!.x).toBeGreaterThanOrEqual(layout.plot.x);
      expect(item.label!.x + item.label!.width).toBeLessThanOrEqual(plotRight(layout));
      expect(item.x0).toBeLessThanOrEqual(item.label!.x);
      expect(item.x1).toBeGreaterThanOrEqual(item.label!.x + item.label!.width);
    }
    // A point in view is not pinned.
    expect(byId(layout, "meets-ahmadinejad").label?.pinned).toBe(false);
  });

  it("an event just left of the window, laid out for panning, shows its label whole at the plot's edge (TimelineJS's republican example)", () => {
    // Before, its label ran from its mark over the edge and was cut there: "ingrich refuses to…".
    const text = readFileSync(new URL("../fixtures/timelinejs3/examples-republican.json", import.meta.url), "utf8");
    const { timeline } = loadTimeline(text);
    const layout = layoutTimeline(timeline, { width: 780, domain: [Date.UTC(2012, 0, 20), Date.UTC(2012, 1, 5)], height: TALL });
    const gingrich = layout.items.find((i): i is PointItem => i.kind === "point" && i.label !== null && i.name.startsWith("Gingrich refuses"));
    expect(gingrich).toBeDefined();
    expect(gingrich!.x).toBeLessThan(layout.plot.x); // 19 January: before the window
    expect(gingrich!.label!.x).toBe(layout.plot.x + ITEM.labelPad);
    expect(gingrich!.label!.pinned).toBe(true);
    expect(gingrich!.label!.text.startsWith("Gingrich")).toBe(true);
    // Its place in the row is the label's, where it now stands.
    expect(gingrich!.x1).toBeGreaterThanOrEqual(gingrich!.label!.x + gingrich!.label!.width);
    // Marks in view keep their labels beside them.
    for (const item of layout.items) if (item.kind === "point" && item.x > layout.plot.x && item.x < plotRight(layout)) expect(item.label?.pinned).toBe(false);
  });

  it("is plain JSON and the same every time", () => {
    for (const width of [1280, 320]) {
      for (const [domain, height] of [FULL, JUNE, DAYS, WAR].flatMap((d) => [[d, undefined], [d, TALL]] as const)) {
        const options = { width, ...(domain ? { domain } : {}), ...(height ? { height } : {}) };
        const layout = layoutTimeline(seed, options);
        expect(JSON.parse(JSON.stringify(layout))).toStrictEqual(layout);
        expect(layoutTimeline(seed, options)).toStrictEqual(layout);
        // A fresh load of the same data gives the same layout too.
        expect(layoutTimeline(load(seedJson), options)).toStrictEqual(layout);
      }
    }
  });

  it("accepts Date objects and a reversed window", () => {
    const ms = layoutTimeline(seed, { width: 800, domain: JUNE });
    expect(layoutTimeline(seed, { width: 800, domain: [new Date(JUNE[0]), new Date(JUNE[1])] })).toStrictEqual(ms);
    expect(layoutTimeline(seed, { width: 800, domain: [JUNE[1], JUNE[0]] })).toStrictEqual(ms);
  });

  it("lays out an edited copy afresh: cached words and order never leak from one timeline object to another", () => {
    // A loaded Timeline is immutable (the caches are keyed by object, as d3 keys data): an editor
    // changes a copy, or loads again, and the copy must not be laid out from the original's caches.
    const timeline = load(seedJson);
    layoutTimeline(timeline, { width: 1280, height: TALL });
    const edited = structuredClone(timeline);
    const extra = load({ events: [{ id: "added", title: "Added later", start: "2008-06-10", group: "visit" }] }).events[0]!;
    edited.events.push(extra);
    edited.events.find((e) => e.id === "iran-iraq-war")!.importance = 0;
    edited.events.find((e) => e.id === "meets-ahmadinejad")!.title = "Maliki and Ahmadinejad meet";
    const after = layoutTimeline(edited, { width: 1280, domain: JUNE, height: TALL });
    const fresh = layoutTimeline(structuredClone(edited), { width: 1280, domain: JUNE, height: TALL });
    expect(shown(after)).toContain("added");
    expect(byId(after, "meets-ahmadinejad").label?.text).toBe("Maliki and Ahmadinejad meet");
    expect(after).toStrictEqual(fresh);
  });
});

describe("layoutTimeline and sources", () => {
  it("numbers each source once per timeline, however many zoom steps lay it out, and a copy afresh", () => {
    // A sheet with a link in every row: 2,000 sources. Each zoom step reads the same numbers,
    // made once (made on every layout, they cost a step 17 ms at 20,000 sources).
    const timeline = load({
      sources: Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}`, publisher: `Paper ${i}` })),
      events: Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: `20${10 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`, sources: [`s${1999 - i}`] })),
    });
    const first = layoutTimeline(timeline, { width: 1280 });
    const step = layoutTimeline(timeline, { width: 1280, domain: [Date.UTC(2012, 0, 1), Date.UTC(2013, 0, 1)], previous: first });
    expect(step.citations).toBe(first.citations);
    expect(Object.keys(first.citations)).toHaveLength(2000);
    for (const s of timeline.sources) expect(first.citations[s.id]).toBe(s.number);
    const item = step.items.find((d) => d.kind !== "cluster");
    const event = timeline.events.find((e) => e.id === item?.id);
    expect(item?.citations).toEqual([timeline.sources.find((s) => s.id === event?.sources[0])?.number]);
    // A copy (an editor's) is numbered from its own sources.
    const copy = structuredClone(timeline);
    copy.sources[0]!.number = 9999;
    expect(layoutTimeline(copy, { width: 1280 }).citations[copy.sources[0]!.id]).toBe(9999);
  });
});

describe("layoutTimeline and long titles", () => {
  it("shortens a label to the room it has at each width and zoom, the same as a first layout would", () => {
    // Each event's shortened label is kept for the width it was shortened to; a narrower screen or
    // a label's squeezed room is another width and another cut.
    const long = "The prime minister's three-day visit to Tehran, his meeting with the president and the pact";
    const timeline = load({ events: Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, title: `${i} ${long}`.slice(0, 40 + (i % 7) * 9), start: `2008-0${1 + (i % 9)}-${10 + (i % 18)}`, group: `g${i % 3}` })) });
    const windows: ([number, number] | undefined)[] = [undefined, [Date.UTC(2008, 0, 1), Date.UTC(2008, 3, 1)], [Date.UTC(2008, 5, 1), Date.UTC(2008, 5, 20)]];
    for (const width of [1280, 320, 800, 320, 1280]) {
      for (const domain of windows) {
        const options = { width, height: 640, ...(domain ? { domain } : {}) };
        expect(layoutTimeline(timeline, options)).toStrictEqual(layoutTimeline(structuredClone(timeline), options));
      }
    }
    expect(layoutTimeline(timeline, { width: 320, height: 640 }).items.some((d) => d.label?.text.endsWith("…"))).toBe(true);
  });
});

describe("layoutTimeline on other timelines", () => {
  it("lays out an empty timeline: an axis, one empty lane, no items", () => {
    const layout = layoutTimeline(load({ events: [] }), { width: 800 });
    expect(layout.items).toEqual([]);
    expect(layout.lanes).toHaveLength(1);
    expect(layout.axis.fine.length).toBeGreaterThan(1);
    expect(layout.axis.coarse.length).toBeGreaterThan(0);
    expect(layout.domain).toEqual(layout.extent);
    expect(layout.overview?.bins.every((b) => b === 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(layout))).toStrictEqual(layout);
    // Zooming an empty timeline does not throw either.
    expect(() => layoutTimeline(load({ events: [] }), { width: 320, domain: [0, 1] })).not.toThrow();
  });

  it("draws at most MAX_LANES lanes: the groups past them share the last, each event's name saying its group", () => {
    // 30 groups of four events a year apart (one a span), and two events without a group.
    const groups = Array.from({ length: 30 }, (_, g) => ({ id: `g${g}`, label: `Group ${g}` }));
    const events: TimelineInput["events"] = groups.flatMap((g, i) => Array.from({ length: 4 }, (_, k) => ({ id: `${g.id}-${k}`, title: `${g.label} event ${k}`, start: `${1990 + k * 5 + (i % 5)}-03-01`, ...(k === 1 ? { end: `${1991 + k * 5 + (i % 5)}-03-01` } : {}), group: g.id })));
    events.push({ id: "loose-1", title: "No group", start: "1995-06-01" }, { id: "loose-2", title: "No group either", start: "2004-06-01" });
    const timeline = load({ groups, events });
    const layout = layoutTimeline(timeline, { width: 1200, height: 600 });
    expect(layout.lanes.map((l) => l.id)).toEqual([...groups.slice(0, MAX_LANES - 1).map((g) => g.id), ""]);
    const more = groups.length - (MAX_LANES - 1);
    expect(layout.lanes.at(-1)!.label).toBe(`Other events and ${more} more groups`);
    expect(layout.lanes.at(-1)!.gathered).toEqual(groups.slice(MAX_LANES - 1).map((g) => g.id));
    expect(layout.lanes.slice(0, -1).every((l) => l.gathered === undefined)).toBe(true);
    // Every event is drawn once, in its group's lane or, past the first MAX_LANES − 1 groups, in the last.
    expect(shown(layout).sort()).toEqual(events.map((e) => e.id!).sort());
    const gathered = (id: string) => !id.startsWith("g") || Number(id.slice(1, id.indexOf("-"))) >= MAX_LANES - 1;
    for (const item of layout.items) {
      const ids = isCluster(item) ? item.members : [item.id];
      for (const id of ids) expect(item.lane, id).toBe(gathered(id) ? "" : id.slice(0, id.indexOf("-")));
    }
    // A gathered event's accessible name says its group: the lane's heading only counts them.
    const drawn = layout.items.filter((i): i is PointItem | SpanItem => !isCluster(i));
    const mine = drawn.filter((i) => gathered(i.id) && !i.id.startsWith("loose"));
    expect(mine.length).toBeGreaterThan(0);
    for (const i of mine) expect(i.name).toMatch(new RegExp(`, Group ${i.id.slice(1, i.id.indexOf("-"))}$`, "u"));
    const own = drawn.filter((i) => !gathered(i.id));
    expect(own.length).toBeGreaterThan(0);
    for (const i of own) expect(i.name).not.toMatch(/, Group \d+$/u);
    // An event without a group is named as any other, in that lane or in a lane of its own.
    const june = layoutTimeline(timeline, { width: 1200, height: 2000, domain: [Date.UTC(1995, 4, 1), Date.UTC(1995, 6, 1)] });
    expect(june.items.find((i) => i.id === "loose-1")).toMatchObject({ lane: "", name: "No group, 1 June 1995, no sources" });
    // In another language, in its words.
    const de = layoutTimeline(timeline, { width: 1200, height: 600, words: languageOf({ locale: "de" }).messages.layout });
    expect(de.lanes.at(-1)!.label).toBe(`Sonstige Ereignisse und ${more} weitere Gruppen`);
  });

  it("draws a cluster of one as its event in the clusters' row, with its title where that fits", () => {
    // Ten lanes of one row of events each (the height holds no more), two events in each: talks, then a visit.
    const groups = Array.from({ length: 10 }, (_, g) => ({ id: `c${g}`, label: `Country ${g}` }));
    const events: TimelineInput["events"] = groups.flatMap((g, i) => [
      { id: `${g.id}-talks`, title: `Talks with ${g.label}`, start: `2008-0${1 + (i % 9)}-01`, group: g.id },
      { id: `${g.id}-visit`, title: `Envoy in ${g.label}`, start: `2008-0${2 + (i % 8)}-10`, end: `2008-0${2 + (i % 8)}-14`, group: g.id },
    ]);
    const layout = layoutTimeline(load({ groups, events }), { width: 320 });
    expect(layout.lanes[0]!.rows).toBe(2);
    // Nothing is a cluster of one: each visit the talks' label left no room for stands below, as itself.
    expect(layout.items.filter(isCluster)).toEqual([]);
    const visit = byId(layout, "c0-visit") as SpanItem;
    expect(visit).toMatchObject({ kind: "span", row: 1, lane: "c0" });
    expect(visit.label?.text).toBe("Envoy in Country 0");
    expect(byId(layout, "c0-talks")).toMatchObject({ row: 0 });
  });

  it("holds at most MAX_CLUSTERS clusters, each row its share: a cluster takes in its neighbours within its reach", () => {
    // Ten lanes of 300 events each, six a year in each lane over 50 years, known to the year: each
    // row of clusters held 25 pills of "+11" and "+12", 250 in all (1,793 elements in Chromium).
    const events: TimelineInput["events"] = Array.from({ length: 3000 }, (_, i) => ({ id: `e${i}`, title: `E${i % 100}`, start: String(1970 + Math.floor(i / 60)), group: `g${i % 10}` }));
    const timeline = load({ events });
    const layout = layoutTimeline(timeline, { width: 1200, height: 600 });
    const clusters = layout.items.filter(isCluster);
    expect(layout.lanes).toHaveLength(10);
    expect(clusters.length).toBeLessThanOrEqual(MAX_CLUSTERS + layout.lanes.length);
    const share = Math.floor(MAX_CLUSTERS / layout.lanes.length);
    for (const lane of layout.lanes) {
      const own = clusters.filter((c) => c.lane === lane.id).sort((a, b) => a.x0 - b.x0);
      expect(own.length, lane.id).toBeGreaterThan(1);
      expect(own.length, lane.id).toBeLessThanOrEqual(share + 1);
      // Pills apart, each wide enough for the years it holds: no one pill across the lane.
      own.forEach((c, k) => k > 0 && expect(c.x0).toBeGreaterThan(own[k - 1]!.x1));
      expect(Math.max(...own.map((c) => c.x1 - c.x0))).toBeLessThan(layout.plot.width / 4);
    }
    // Every event is still shown exactly once.
    expect(shown(layout).sort()).toEqual(timeline.events.map((e) => e.id).sort());
    // With few lanes a row's share is more than fits: pills only merge where they would touch.
    const one = layoutTimeline(load({ events: events.map((e) => ({ id: e.id, title: e.title, start: e.start })) }), { width: 1200, height: 600 });
    const pills = one.items.filter(isCluster).sort((a, b) => a.x0 - b.x0);
    expect(pills.length).toBeGreaterThan(share + 1);
  });

  it("lays out a timeline of one event", () => {
    const timeline = load({ events: [{ title: "Maliki meets President Ahmadinejad", start: "2008-06-08" }] });
    const layout = layoutTimeline(timeline, { width: 800 });
    expect(layout.items).toHaveLength(1);
    const item = layout.items[0] as PointItem;
    expect(item).toMatchObject({ kind: "point", id: timeline.events[0]!.id, lane: "", row: 0 });
    expect(item.label?.text).toBe("Maliki meets President Ahmadinejad");
    expect(item.x).toBeGreaterThan(layout.plot.x);
    expect(item.x).toBeLessThan(plotRight(layout));
    expect(layout.domain[0]).toBeLessThan(Date.UTC(2008, 5, 8));
    expect(layout.domain[1]).toBeGreaterThan(Date.UTC(2008, 5, 9));
    expect(layout.axis.fine.length).toBeGreaterThan(0);
  });

  it("keeps a fine tick on the axis when the window's one tick is too near its right edge for its label", () => {
    // Found by `npm run test:explore` (FC_SEED=640040580): "2XXX" at 320 px, zoomed to 2500–3025,
    // ticked every 500 years. The tick at 3000 has no room for its label, and the fine row was empty.
    const timeline = load({ events: [{ id: "e0", title: "Maliki meets President Ahmadinejad", start: "2XXX" }] });
    const layout = layoutTimeline(timeline, { width: 320, domain: [16_725_227_668_258, 33_294_884_310_821] });
    expect(layout.axis.fineUnit).toBe("500 years");
    expect(layout.axis.fine.map((t) => [t.x, t.label])).toEqual([[layout.plot.x, "2500"]]);
  });

  it("merges 200 events at the same instant into clusters whose counts add up", () => {
    const events = Array.from({ length: 200 }, (_, i) => ({ id: `e${i}`, title: `Event number ${i}`, start: "2008-06-08T12:00:00Z" }));
    for (const width of [320, 800, 1600]) {
      const layout = layoutTimeline(load({ events }), { width });
      const clusters = layout.items.filter(isCluster);
      expect(clusters.length).toBeGreaterThan(0);
      for (const c of clusters) {
        expect(c.label?.text).toBe(`+${c.members.length}`);
        expect(c.members.length).toBeGreaterThan(1);
        // Known to the second: the whole second from 12:00:00.000 to 12:00:00.999.
        expect(c.span).toEqual([Date.UTC(2008, 5, 8, 12), Date.UTC(2008, 5, 8, 12) + 999]);
        expect(c.name).toContain(`${c.members.length} events`);
      }
      const singles = layout.items.filter((i) => !isCluster(i)).length;
      expect(singles + clusters.reduce((n, c) => n + c.members.length, 0)).toBe(200);
      const ids = shown(layout);
      expect(new Set(ids).size).toBe(200);
    }
  });

  it("writes BCE years on the axis of a deep-time timeline, never year 0 or a minus sign", () => {
    const timeline = load({ events: [{ title: "Founding of Rome", start: "-0753" }, { title: "Roman Republic founded", start: "-0509" }] });
    for (const width of [1280, 320]) {
      const layout = layoutTimeline(timeline, { width });
      const labels = [...layout.axis.fine, ...layout.axis.coarse].map((t) => t.label);
      expect(layout.axis.fine.length).toBeGreaterThan(1);
      // A year, or a period before year 1 given by its first and last years.
      for (const label of labels) {
        expect(label).toMatch(/^[1-9]\d* BCE( – [1-9]\d* BCE)?$/);
      }
      expect(layout.items.map((i) => i.name)).toEqual(["Founding of Rome, 754 BCE, no sources", "Roman Republic founded, 510 BCE, no sources"]);
    }
    // Across the era boundary: "5 BCE" then "1" then "5" (test/layout/era-years.test.ts), and no "0 BCE" or "0".
    const across = layoutTimeline(load({ events: [{ title: "a", start: "-0050" }, { title: "b", start: "0030" }] }), { width: 1280 });
    const labels = [...across.axis.fine, ...across.axis.coarse].map((t) => t.label);
    expect(labels).toContain("5 BCE");
    expect(labels.some((l) => l.endsWith(" BCE"))).toBe(true);
    expect(labels.some((l) => /^\d+s?$/.test(l))).toBe(true);
    for (const label of labels) {
      expect(label).not.toMatch(/^-|^0|^0 BCE$/);
    }
  });

  it("the coarse label pinned at the left names a period in view, not a year before the window (BCE)", () => {
    // Before year 1 a decade was labelled by its first year ("751 BCE"), which reads as one year.
    // Pinned at the left edge of a window on 745–742 BCE, it names a year that is not in view.
    const timeline = load({ events: [{ title: "Founding of Rome", start: "-0753" }, { title: "Republic", start: "-0509" }, { title: "c", start: "0030" }] });
    const year = (edtf: string) => loadTimeline({ events: [{ title: "x", start: edtf }] }).timeline.events[0]!.start.earliest;
    for (const [from, to] of [["-0744", "-0741"], ["0002", "0008"]] as const) {
      const layout = layoutTimeline(timeline, { width: 320, domain: [year(from), year(to)] });
      const left = layout.axis.coarse[0]!;
      expect(left.x).toBe(layout.plot.x);
      // A label that names a single year must name one that the window shows.
      const single = /^(\d+)( BCE)?$/.exec(left.label);
      if (single) {
        const astronomical = single[2] ? 1 - Number(single[1]) : Number(single[1]);
        const start = new Date(layout.domain[0]).getUTCFullYear();
        const end = new Date(layout.domain[1]).getUTCFullYear();
        expect(astronomical, `pinned "${left.label}" for ${from}–${to}`).toBeGreaterThanOrEqual(start);
        expect(astronomical, `pinned "${left.label}" for ${from}–${to}`).toBeLessThanOrEqual(end);
      }
    }
  });

  it("ticks in hours and minutes for a window of a few hours", () => {
    const timeline = load({
      events: [
        { title: "Arrives", start: "2008-06-08T14:30Z" },
        { title: "Talks", start: "2008-06-08T15:10Z" },
        { title: "Leaves", start: "2008-06-08T16:45:30Z" },
      ],
    });
    const threeHours: [number, number] = [Date.UTC(2008, 5, 8, 14), Date.UTC(2008, 5, 8, 17)];
    const wide = layoutTimeline(timeline, { width: 1280, domain: threeHours });
    expect(wide.axis.fineUnit).toBe("15 minutes");
    expect(wide.axis.fine.map((t) => t.label).slice(0, 5)).toEqual(["14:00", "14:15", "14:30", "14:45", "15:00"]);
    expect(wide.axis.coarseUnit).toBe("day");
    expect(wide.axis.coarse.map((t) => t.label)).toEqual(["8 June 2008"]);
    expect(shown(wide).length).toBe(3);
    const narrow = layoutTimeline(timeline, { width: 320, domain: threeHours });
    expect(narrow.axis.fineUnit).toBe("hour");
    expect(narrow.axis.fine.map((t) => t.label).slice(0, 3)).toEqual(["14:00", "15:00", "16:00"]);
    // Shorter than the minimum span: widened to two hours around its centre, in 5-minute ticks.
    const tiny = layoutTimeline(timeline, { width: 1280, domain: [Date.UTC(2008, 5, 8, 14, 20), Date.UTC(2008, 5, 8, 14, 50)] });
    expect(tiny.domain[1] - tiny.domain[0]).toBe(tiny.minSpan);
    expect(tiny.axis.fineUnit).toBe("5 minutes");
    for (const t of tiny.axis.fine) expect(t.label).toMatch(/^\d\d:\d[05]$/);
  });

  it("uses the measure it is given", () => {
    // One lane, one row: two events 8 hours apart, about 200 px (more than ITEM_PITCH apart).
    // The important one is on the right; with real widths the other one's label would run into its
    // mark, so it loses its label. With a measure of 0 labels take no room, and both keep theirs.
    const timeline = load({
      events: [
        { id: "a", title: "A long title that needs plenty of room", start: "2008-06-08T18:00Z", importance: 90 },
        { id: "b", title: "Another long title that needs a great deal of room, more than the gap", start: "2008-06-08T10:00Z", importance: 10 },
      ],
    });
    const options = { width: 800, height: 80, overview: false } as const;
    const real = layoutTimeline(timeline, options);
    expect(real.lanes).toEqual([expect.objectContaining({ rows: 1 })]);
    expect(byId(real, "a").label).not.toBeNull();
    expect(byId(real, "b").label).toBeNull();

    const measure = vi.fn(() => 0);
    const zero = layoutTimeline(timeline, { ...options, measure });
    expect(measure).toHaveBeenCalled();
    expect(zero.items.map((i) => [i.id, i.kind])).toEqual([["b", "point"], ["a", "point"]]);
    for (const item of zero.items) {
      expect(item.label).not.toBeNull();
      expect(item.label!.width).toBe(0);
    }
    for (const t of [...zero.axis.fine, ...zero.axis.coarse]) expect(t.labelEnd).toBe(t.x + 3);
  });

  it("never draws a cluster over an item in a lane that has a single row", () => {
    // Same two events, the important one on the left now: the other's mark is under its label, so
    // it overflows. With one row there is no row left for the cluster, yet it must not cover the label.
    const timeline = load({
      events: [
        { id: "a", title: "A long title that needs plenty of room", start: "2008-06-08T12:00Z", importance: 90 },
        { id: "b", title: "Another long title that needs room", start: "2008-06-08T14:00Z", importance: 10 },
      ],
    });
    const layout = layoutTimeline(timeline, { width: 800, height: 80, overview: false });
    expect(shown(layout).sort()).toEqual(["a", "b"]);
    const byRow = new Map<string, ItemLayout[]>();
    for (const item of layout.items) byRow.set(`${item.lane}/${item.row}`, [...(byRow.get(`${item.lane}/${item.row}`) ?? []), item]);
    for (const row of byRow.values()) {
      const sorted = [...row].sort((p, q) => p.x0 - q.x0);
      for (let k = 1; k < sorted.length; k++) {
        const [p, q] = [sorted[k - 1]!, sorted[k]!];
        expect(q.x0, `${q.id} [${q.x0}, ${q.x1}] overlaps ${p.id} [${p.x0}, ${p.x1}] in row ${p.row}`).toBeGreaterThanOrEqual(p.x1);
      }
    }
  });

  it("names a cluster in good English, whatever its size", () => {
    // At the default height the seed zoomed to June leaves single events over: "+1" clusters.
    for (const width of [1280, 320]) {
      for (const domain of [FULL, JUNE, DAYS]) {
        const layout = layoutTimeline(seed, { width, ...(domain ? { domain } : {}) });
        for (const c of layout.items.filter(isCluster)) {
          const n = c.members.length;
          expect(c.name).toMatch(new RegExp(`^${n} event${n === 1 ? "" : "s"}[, ]`));
        }
      }
    }
  });

  it("says which month is in view when zoomed to most of a month on a narrow screen", () => {
    // 3–28 June at 320 px: days do not fit, months do, but no month starts in the window, so the
    // fine row is empty and the only label is the coarse "2008".
    for (const width of [320, 400]) {
      const layout = layoutTimeline(seed, { width, domain: [Date.UTC(2008, 5, 3), Date.UTC(2008, 5, 28)] });
      const labels = [...layout.axis.fine, ...layout.axis.coarse].map((t) => t.label);
      expect(labels.some((l) => l.startsWith("Jun")), `width ${width}: axis labels ${JSON.stringify(labels)}`).toBe(true);
      expect(layout.axis.fine.length, `width ${width}: fine ticks`).toBeGreaterThan(0);
    }
  });

  it("events sharing a day beyond the rows a lane keeps stay clustered, and the cluster asks to be listed", () => {
    // Nine reports dated 8 June 2008 in one lane: no zoom pulls apart events with the same date, and
    // a lane keeps at most MAX_DEPTH rows for them. Zoomed to the cluster, it is still there, and
    // clusterWindow says "list them" rather than zooming forever.
    const timeline = load({
      events: [
        ...Array.from({ length: 9 }, (_, i) => ({ id: `d${i}`, title: `Same-day report ${i}`, start: "2008-06-08" })),
        { id: "before", title: "Before", start: "2008-06-01" },
        { id: "after", title: "After", start: "2008-06-20" },
      ],
    });
    const layout = layoutTimeline(timeline, { width: 800 });
    const cluster = layout.items.filter(isCluster).find((c) => c.members.every((m) => m.startsWith("d")))!;
    expect(cluster).toBeDefined();
    const closer = layoutTimeline(timeline, { width: 800, domain: clusterWindow(cluster, layout) ?? cluster.span });
    const again = closer.items.filter(isCluster);
    expect(again.length).toBe(1);
    expect(closer.items.filter((i) => !isCluster(i) && i.id.startsWith("d")).length + again[0]!.members.length).toBe(9);
    expect(closer.lanes[0]!.rows).toBe(MAX_DEPTH);
    expect(clusterWindow(again[0]!, closer)).toBeNull();
  });
});

describe("eras", () => {
  it("carry their sources: numbers after the label and in the accessible name", () => {
    const timeline = load({
      sources: [{ id: "b", publisher: "Encyclopædia Britannica" }],
      eras: [{ title: "Iran–Iraq War", start: "1980-09-22", end: "1988-08-20", sources: ["b"] }],
      events: [{ title: "Visit", start: "2008-06-07", sources: ["b"] }],
    });
    const layout = layoutTimeline(timeline, { width: 1280 });
    const era = layout.eras[0]!;
    expect(era.citations).toEqual([1]);
    expect(era.label?.cites).toBe("1");
    expect(era.name).toBe("Iran–Iraq War, 22 September 1980 – 20 August 1988, source 1");
  });
});
