// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadTimeline } from "../../src/load.js";
import { MAX_CLUSTERS } from "../../src/layout/clusters.js";
import { itemPitch } from "../../src/layout/lanes.js";
import { clusterWindow, extentOf, layoutTimeline, type LayoutOptions } from "../../src/layout/layout.js";
import { fuzzyEnd } from "../../src/layout/doubt.js";
import { estimateWidth } from "../../src/layout/measure.js";
import type { ClusterItem, ItemLayout, Tick, TimelineLayout } from "../../src/layout/types.js";
import type { DateInput, EventInput, Timeline, TimelineEvent, TimelineInput } from "../../src/types.js";

const RUNS = { seed: 20080608, numRuns: 300 };

// ---------------------------------------------------------------------------------------------
// Random native input: 1–80 events in up to three groups (and sometimes none), dates in every EDTF
// form the loader reads, at every precision, qualified or not, points and spans.

type Precision = "millennium" | "century" | "decade" | "year" | "season" | "month" | "day" | "minute" | "second" | "instant";
const PRECISIONS: Precision[] = ["millennium", "century", "decade", "year", "season", "month", "day", "minute", "second", "instant"];

/** A moment as calendar parts (UTC), from which a date of any precision containing it is written. */
interface Moment {
  y: number;
  mo: number; // 1–12
  d: number; // 1–28
  h: number;
  mi: number;
  s: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const year4 = (y: number) => (y < 0 ? `-${pad(-y, 4)}` : pad(y, 4));

function msOf(m: Moment): number {
  const d = new Date(0);
  d.setUTCFullYear(m.y, m.mo - 1, m.d);
  d.setUTCHours(m.h, m.mi, m.s, 0);
  return d.getTime();
}

function momentOf(ms: number): Moment {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: Math.min(28, d.getUTCDate()), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds() };
}

/** A date at `precision` that contains the moment, so an end written after its start is never before it. */
function write(m: Moment, precision: Precision, qualifier: string): DateInput {
  const q = qualifier;
  const ymd = `${year4(m.y)}-${pad(m.mo)}-${pad(m.d)}`;
  switch (precision) {
    case "millennium":
      return m.y >= 1000 && m.y <= 9999 ? `${Math.floor(m.y / 1000)}XXX` : year4(m.y) + q;
    case "century":
      return m.y >= 1000 && m.y <= 9999 ? `${Math.floor(m.y / 100)}XX` : year4(m.y) + q;
    case "decade":
      return m.y >= 1000 && m.y <= 9999 ? `${Math.floor(m.y / 10)}X` : year4(m.y) + q;
    case "year":
      return year4(m.y) + q;
    case "season": {
      // Northern meteorological seasons; a winter starts in December of its year.
      if (m.mo <= 2) return `${year4(m.y - 1)}-24${q}`;
      return `${year4(m.y)}-${[21, 21, 21, 22, 22, 22, 23, 23, 23, 24][m.mo - 3]}${q}`;
    }
    case "month":
      return `${year4(m.y)}-${pad(m.mo)}${q}`;
    case "day":
      return ymd + q;
    case "minute":
      return `${ymd}T${pad(m.h)}:${pad(m.mi)}Z`;
    case "second":
      return `${ymd}T${pad(m.h)}:${pad(m.mi)}:${pad(m.s)}Z`;
    case "instant":
      return msOf(m);
  }
}

// Where and how spread out a timeline is: deep time, antiquity, a few centuries, decades, one year.
const setting = fc.record({
  base: fc.constantFrom(-800, 1, 1500, 1980, 2008),
  spreadYears: fc.constantFrom(0, 1, 5, 30, 300),
});

// Uniform in [0, 1] (fc.double leans hard towards 0 and tiny subnormals, which would mean "never zoomed").
const fraction = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000);

const eventSpecWith = (precisions: readonly Precision[]) => fc.record({
  yearOffset: fraction,
  mo: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
  h: fc.integer({ min: 0, max: 23 }),
  mi: fc.integer({ min: 0, max: 59 }),
  s: fc.integer({ min: 0, max: 59 }),
  precision: fc.constantFrom(...precisions),
  qualifier: fc.constantFrom("", "", "", "~", "?", "%"),
  // A span: how far the end is after the start, and its own precision and qualifier.
  end: fc.option(
    fc.record({
      // In minutes: up to 3 hours, 90 days or 40 years.
      after: fc.oneof(fc.integer({ min: 0, max: 180 }), fc.integer({ min: 0, max: 90 * 1440 }), fc.integer({ min: 0, max: 40 * 366 * 1440 })).map((m) => m * 60_000),
      precision: fc.constantFrom(...precisions),
      qualifier: fc.constantFrom("", "", "~", "?", "%"),
      oneField: fc.boolean(),
    }),
    { freq: 3 },
  ),
  group: fc.constantFrom("g1", "g2", "g3", "g1", "g2", "g3", undefined),
  // Disputed (one event in four): a second account, this many minutes later (up to a year), at the same precision.
  dispute: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 366 * 1440 }).map((m) => m * 60_000) }),
  importance: fc.integer({ min: 0, max: 100 }),
  title: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ minLength: 1, maxLength: 90 }), fc.constantFrom("Maliki meets President Ahmadinejad", "Iran–Iraq War", "W", "漢字のタイトル")),
});

// Forms the loader reads on both sides of a one-field interval ("1980/1988-08"). Seasons and times
// there are refused as date-invalid (an edtf package limit): those spans are written with an `end`.
const INTERVAL_FORMS = new Set<Precision>(["year", "month", "day"]);

const inputWith = (precisions: readonly Precision[]) => fc.tuple(setting, fc.array(eventSpecWith(precisions), { minLength: 1, maxLength: 80 })).map(([where, specs]): TimelineInput => {
  const events = specs.map((spec, i): EventInput => {
    const start: Moment = { y: where.base + Math.floor(spec.yearOffset * (where.spreadYears + 0.999)), mo: spec.mo, d: spec.d, h: spec.h, mi: spec.mi, s: spec.s };
    const title = spec.title.trim() === "" ? `Event ${i}` : spec.title;
    const event: EventInput = { id: `e${i}`, title, start: write(start, spec.precision, spec.qualifier), importance: spec.importance };
    if (spec.group) event.group = spec.group;
    if (spec.end) {
      const end = momentOf(msOf(start) + spec.end.after);
      const endDate = write(end, spec.end.precision, spec.end.qualifier);
      if (spec.end.oneField && INTERVAL_FORMS.has(spec.precision) && INTERVAL_FORMS.has(spec.end.precision) && typeof event.start === "string" && typeof endDate === "string") {
        event.start = `${event.start}/${endDate}`;
      } else event.end = endDate;
    }
    if (spec.dispute !== null) {
      const other = write(momentOf(msOf(start) + spec.dispute), spec.precision, spec.qualifier);
      event.accounts = [{ start: event.start!, ...(event.end === undefined ? {} : { end: event.end }) }, { start: other }];
      delete event.start;
      delete event.end;
    }
    return event;
  });
  return { groups: [{ id: "g1", label: "First" }, { id: "g2", label: "Second" }, { id: "g3", label: "Third" }], events };
});
const inputArb = inputWith(PRECISIONS);

/** A zoom inside the extent: how much of it the window shows (1 down to 1e-9) and where. */
const zoomArb = fc.option(fc.record({ depth: fraction.map((f) => 7 * f), at: fraction }), { freq: 5 });

const caseWith = (input: fc.Arbitrary<TimelineInput>) => fc.record({
  input,
  width: fc.integer({ min: 320, max: 1600 }),
  height: fc.constantFrom(undefined, 200, 360, 640),
  zoom: zoomArb,
  overview: fc.boolean(),
  // Half the cases are drawn after another zoom (the layout before passed on, as the view does).
  before: fc.option(zoomArb, { freq: 2 }),
});
const caseArb = caseWith(inputArb);
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function load(input: TimelineInput): Timeline {
  return loadTimeline(input).timeline;
}

function windowOf(timeline: Timeline, zoom: Case["zoom"]): [number, number] | undefined {
  if (!zoom) return undefined;
  const [lo, hi] = extentOf(timeline);
  const span = (hi - lo) * 10 ** -zoom.depth;
  const a = lo + (hi - lo - span) * zoom.at;
  return [a, a + span];
}

function optionsOf(timeline: Timeline, c: Case): LayoutOptions {
  const domain = windowOf(timeline, c.zoom);
  const options: LayoutOptions = { width: c.width, overview: c.overview, ...(c.height ? { height: c.height } : {}), ...(domain ? { domain } : {}) };
  if (c.before === null) return options;
  const before = windowOf(timeline, c.before);
  return { ...options, previous: layoutTimeline(timeline, { ...options, ...(before ? { domain: before } : { domain: undefined }) }) };
}

/** The case's timeline laid out as the case says (after the zoom before it, where it has one). */
function laidOut(c: Case): TimelineLayout {
  const timeline = load(c.input);
  return layoutTimeline(timeline, optionsOf(timeline, c));
}

/** Events, their ids, and the time each covers. */
const endOf = (e: TimelineEvent) => (e.end ?? e.start).latest;
const isCluster = (i: ItemLayout): i is ClusterItem => i.kind === "cluster";
const shownIds = (l: TimelineLayout) => l.items.flatMap((i) => (isCluster(i) ? i.members : [i.id]));

function fail(message: string, detail: unknown): never {
  throw new Error(`${message}\n${JSON.stringify(detail)}`);
}

function byRow(layout: TimelineLayout): Map<string, ItemLayout[]> {
  const rows = new Map<string, ItemLayout[]>();
  for (const item of layout.items) {
    const key = `${item.lane}\u0000${item.row}`;
    rows.set(key, [...(rows.get(key) ?? []), item]);
  }
  return rows;
}

const brief = (i: ItemLayout) => ({ id: i.id, kind: i.kind, lane: i.lane, row: i.row, x0: i.x0, x1: i.x1, label: i.label && { text: i.label.text, x: i.label.x, width: i.label.width } });

// ---------------------------------------------------------------------------------------------

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

describe("layout properties", () => {
  it("the generator makes timelines worth testing", () => {
    // Most generated events load, and the cases include clusters, spans, pinned labels and BCE years.
    const seen = { events: 0, loaded: 0, clusters: 0, spans: 0, pinned: 0, bce: 0, hidden: 0 };
    fc.assert(
      fc.property(caseArb, (c) => {
        const timeline = load(c.input);
        seen.events += c.input.events.length;
        seen.loaded += timeline.events.length;
        const layout = layoutTimeline(timeline, optionsOf(timeline, c));
        seen.clusters += layout.items.filter(isCluster).length;
        seen.spans += layout.items.filter((i) => i.kind === "span").length;
        seen.pinned += layout.items.filter((i) => i.label?.pinned).length;
        seen.hidden += layout.items.filter((i) => i.label === null).length;
        seen.bce += layout.axis.coarse.filter((t) => t.label.endsWith("BCE")).length;
      }),
      { ...RUNS, numRuns: 200 },
    );
    expect(seen.loaded / seen.events).toBeGreaterThan(0.95);
    // Unlabelled marks are the rarest: 6–17 in 200 cases over six random seeds (`npm run
    // test:explore`), so they are asked for often enough to be tested, not ten times.
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThan(what === "hidden" ? 3 : 10);
  });

  it("in each lane and row, items and their labels never overlap", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const timeline = load(c.input);
        const layout = layoutTimeline(timeline, optionsOf(timeline, c));
        for (const row of byRow(layout).values()) {
          const items = [...row].sort((p, q) => p.x0 - q.x0);
          for (const item of items) {
            if (!(item.x0 <= item.x1)) fail("an item ends before it starts", brief(item));
            // The label is part of what the item occupies.
            if (item.label && (item.label.x < item.x0 - 1e-6 || item.label.x + item.label.width > item.x1 + 1e-6)) fail("a label outside its item's extent", brief(item));
          }
          for (let k = 1; k < items.length; k++) {
            if (items[k]!.x0 < items[k - 1]!.x1) fail("two items overlap in one row", [brief(items[k - 1]!), brief(items[k]!)]);
          }
          const labels = items.flatMap((i) => (i.label ? [{ id: i.id, ...i.label }] : [])).sort((p, q) => p.x - q.x);
          for (let k = 1; k < labels.length; k++) {
            if (labels[k]!.x < labels[k - 1]!.x + labels[k - 1]!.width) fail("two labels overlap in one row", [labels[k - 1], labels[k]]);
          }
        }
      }),
      RUNS,
    );
  });

  it("every item lies inside its lane, in one of the rows the lane has (kept ones after a zoom too)", () => {
    let kept = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const timeline = load(c.input);
        const options = optionsOf(timeline, c);
        if (options.previous) kept++;
        const layout = layoutTimeline(timeline, options);
        const lanes = new Map(layout.lanes.map((l) => [l.id, l]));
        for (const item of layout.items) {
          const lane = lanes.get(item.lane);
          if (!lane) fail("an item in no lane", brief(item));
          if (item.row >= lane.rows) fail("an item in a row its lane does not have", { item: brief(item), rows: lane.rows });
          if (item.y < lane.y || item.y > lane.y + lane.height) fail("an item outside its lane's box", { item: brief(item), y: item.y, lane: [lane.y, lane.height] });
        }
      }),
      RUNS,
    );
    expect(kept).toBeGreaterThan(50);
  });

  it("a label inside a span lies on its sure part, never over an end of doubt (the label is in the bar's text colour); one laid over it (no room beside, nor a sure part) lies on the bar, in view", () => {
    let inside = 0;
    let doubtful = 0;
    let over = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const timeline = load(c.input);
        const layout = layoutTimeline(timeline, optionsOf(timeline, c));
        const [left, right] = [layout.plot.x, layout.plot.x + layout.plot.width];
        const runsOff = (label: { x: number; width: number }, from: number, to: number) => label.x < from - 1e-6 || label.x + label.width > to + 1e-6;
        for (const item of layout.items) {
          if (item.kind !== "span" || !item.label) continue;
          if (item.label.over) {
            over++;
            if (item.labelInside) fail("a label both inside and over its span", brief(item));
            if (runsOff(item.label, Math.max(item.bar[0], left), Math.min(item.bar[1], right))) fail("a label over a span runs off its bar or the plot", { ...brief(item), bar: item.bar });
          }
          if (!item.labelInside) continue;
          inside++;
          // Where the scene draws a fade (the same rule), the label starts after it or ends before.
          const fadeIn = fuzzyEnd(item.startBand, item.start);
          const fadeOut = fuzzyEnd(item.endBand, item.end);
          if (fadeIn || fadeOut) doubtful++;
          const from = Math.max(fadeIn ? item.startBand[1] : item.bar[0], left);
          const to = Math.min(fadeOut ? item.endBand[0] : item.bar[1], item.bar[1], right);
          if (runsOff(item.label, from, to)) fail("a label inside a span runs over an end of doubt", { ...brief(item), startBand: item.startBand, endBand: item.endBand, bar: item.bar });
        }
      }),
      RUNS,
    );
    // Labels inside were checked, some of them on spans with an end known only roughly (44–80
    // inside in 300 cases over nine random seeds of `npm run test:explore`), and labels over their
    // spans (71 in 300 cases at the default seed).
    expect(inside).toBeGreaterThan(20);
    expect(doubtful).toBeGreaterThan(5);
    expect(over).toBeGreaterThan(10);
  });

  it("no event's label is cut by the plot's edge: each lies whole inside the plot, or wholly past it", () => {
    // Found by looking: at 30–50 % of TimelineJS's republican example, an event just left of the
    // window read "ingrich refuses to get personal…" at the plot's left edge.
    let cut = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const layout = laidOut(c);
        const [left, right] = [layout.plot.x, layout.plot.x + layout.plot.width];
        for (const item of layout.items) {
          const l = item.kind === "cluster" ? null : item.label;
          if (!l) continue;
          const [from, to] = [l.x, l.x + l.width];
          if ((from < left - 1e-6 && to > left + 1e-6) || (from < right - 1e-6 && to > right + 1e-6)) {
            cut++;
            fail("a label cut by the plot's edge", { ...brief(item), plot: [left, right], item });
          }
        }
      }),
      RUNS,
    );
    expect(cut).toBe(0);
  });

  it("every event in the window is shown exactly once, and nothing far outside it is", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const timeline = load(c.input);
        const layout = layoutTimeline(timeline, optionsOf(timeline, c));
        const [a, b] = layout.domain;
        // layout.ts keeps events within 5% of the window's width on either side, so that marks do
        // not pop in at the edge while panning; beyond that nothing may appear.
        const pad = (b - a) * 0.05;
        const ids = shownIds(layout);
        const counts = new Map<string, number>();
        for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
        const byId = new Map(timeline.events.map((e) => [e.id, e]));
        for (const [id, n] of counts) {
          const e = byId.get(id);
          if (!e) fail("an item that is no event", id);
          if (n !== 1) fail("an event shown more than once", { id, n });
          if (endOf(e).valueOf() < a - pad || e.start.earliest > b + pad) fail("an event far outside the window is shown", { id, start: e.start, end: e.end, domain: layout.domain });
        }
        for (const e of timeline.events) {
          if (endOf(e) >= a && e.start.earliest <= b && !counts.has(e.id)) fail("an event in the window is missing", { id: e.id, start: e.start, end: e.end, domain: layout.domain });
        }
        for (const item of layout.items) {
          if (isCluster(item)) {
            for (const m of item.members) if ((byId.get(m)!.group ?? "") !== item.lane) fail("a cluster member from another lane", { cluster: item.id, m });
            if (item.label?.text !== `+${item.members.length}`) fail("a cluster's label is not its count", brief(item));
          } else if ((byId.get(item.id)!.group ?? "") !== item.lane) fail("an item in the wrong lane", brief(item));
        }
      }),
      RUNS,
    );
  });

  /** Zooms to each cluster's span and checks that the same cluster does not come back. */
  // Follow what a reader does: activate the cluster holding an event, again and again. Each step
  // must zoom closer, and within a few steps the event stands on its own, or its cluster asks to be
  // listed (its members share their dates) — never an endless zoom.
  function zoomSplits(c: Case): { zoomed: number; split: number } {
    const timeline = load(c.input);
    const options = optionsOf(timeline, c);
    const layout = layoutTimeline(timeline, options);
    let zoomed = 0;
    let split = 0;
    for (const cluster of layout.items.filter(isCluster)) {
      const member = cluster.members[0]!;
      let current = layout;
      for (let step = 0; ; step++) {
        const holder = current.items.find((i) => i.id === member || (isCluster(i) && i.members.includes(member)));
        if (!holder) fail("an event in the window vanished after zooming to its cluster", { member, domain: current.domain });
        if (!isCluster(holder)) {
          split++;
          break;
        }
        const target = clusterWindow(holder, current);
        if (target === null) break;
        if (step >= 12) fail("activating a cluster keeps zooming without ever splitting it", { member, domain: current.domain, width: c.width });
        if (target[1] - target[0] >= current.domain[1] - current.domain[0]) fail("activating a cluster did not zoom in", { target, domain: current.domain });
        current = layoutTimeline(timeline, { ...options, domain: target, previous: current });
        zoomed++;
      }
    }
    return { zoomed, split };
  }

  it("a cluster's span covers the time of its members", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const timeline = load(c.input);
        const layout = layoutTimeline(timeline, optionsOf(timeline, c));
        const byId = new Map(timeline.events.map((e) => [e.id, e]));
        for (const cluster of layout.items.filter(isCluster)) {
          for (const e of cluster.members.map((id) => byId.get(id)!)) {
            if (cluster.span[0] > e.start.earliest || cluster.span[1] < endOf(e)) fail("a cluster's span misses a member", { span: cluster.span, member: [e.id, e.start, e.end] });
          }
          const times = cluster.members.map((id) => byId.get(id)!.start.earliest);
          if (times.some((t, k) => k > 0 && t < times[k - 1]!)) fail("cluster members out of time order", cluster.members);
        }
      }),
      RUNS,
    );
  });

  it("zooming to a cluster's span splits it, or leaves it to be listed (never an endless zoom)", () => {
    let zoomed = 0;
    let split = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = zoomSplits(c);
        zoomed += r.zoomed;
        split += r.split;
      }),
      RUNS,
    );
    expect(zoomed).toBeGreaterThan(20);
    expect(split).toBeGreaterThan(10);
  });

  it("is deterministic and does not depend on the machine's time zone", () => {
    const zones = ["America/Los_Angeles", "Asia/Tehran"];
    // The zone really changes (so that the comparison below means something).
    const offsets = zones.map((zone) => ((process.env.TZ = zone), new Date(Date.UTC(2008, 5, 8)).getTimezoneOffset()));
    expect(offsets[0]).not.toBe(offsets[1]);
    fc.assert(
      fc.property(caseArb, (c) => {
        const [first, second] = zones.map((zone) => {
          process.env.TZ = zone;
          const timeline = load(c.input);
          const options = optionsOf(timeline, c);
          const layout = layoutTimeline(timeline, options);
          expect(layoutTimeline(timeline, options)).toStrictEqual(layout);
          return layout;
        });
        expect(second).toStrictEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toStrictEqual(first);
      }),
      { ...RUNS, numRuns: 200 },
    );
    process.env.TZ = originalTz;
  });

  it("keeps no state between zooms: A, then B, then A gives A again", () => {
    fc.assert(
      fc.property(caseArb, zoomArb, (c, other) => {
        const timeline = load(c.input);
        const options = optionsOf(timeline, c);
        const a = layoutTimeline(timeline, options);
        const domainB = windowOf(timeline, other);
        layoutTimeline(timeline, { ...options, ...(domainB ? { domain: domainB } : { domain: undefined }), width: Math.max(320, c.width - 200) });
        expect(layoutTimeline(timeline, options)).toStrictEqual(a);
        // …and the same as a fresh copy of the timeline laid out once (after its own layout
        // before, when there is one: a layout of another timeline is not kept from).
        const copy = structuredClone(timeline);
        expect(layoutTimeline(copy, optionsOf(copy, c))).toStrictEqual(a);
      }),
      { ...RUNS, numRuns: 200 },
    );
  });

  it("axis labels stay apart from their neighbours in each row", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const timeline = load(c.input);
        const layout = layoutTimeline(timeline, optionsOf(timeline, c));
        const { fine, coarse } = layout.axis;
        if (coarse.length === 0) fail("no coarse ticks", layout.axis);
        for (const row of [fine, coarse]) {
          for (const t of row) {
            // The axis is set at 11 px (layout.ts passes fontSize 11 to axisTicks).
            if (t.labelEnd < t.x + estimateWidth(t.label, 11) - 1e-9) fail("a tick's label end is short of its text", t);
            if (t.label === "" || /^-|^0 BCE$|^0$/.test(t.label)) fail("a tick label with a minus sign or year 0", t);
            if (t.labelEnd > layout.width || t.x < 0) fail("a tick label runs off the drawing", { tick: t, width: layout.width });
          }
          const sorted: Tick[] = [...row].sort((p, q) => p.x - q.x);
          for (let k = 1; k < sorted.length; k++) {
            if (sorted[k]!.x <= sorted[k - 1]!.labelEnd) fail("two axis labels touch or overlap", [sorted[k - 1], sorted[k]]);
          }
        }
      }),
      RUNS,
    );
  });

  it("the fine row of the axis always has a tick in view", () => {
    // Otherwise the reader sees only the coarse label ("2008") and cannot tell which month is shown.
    fc.assert(
      fc.property(caseArb, (c) => {
        const timeline = load(c.input);
        const layout = layoutTimeline(timeline, optionsOf(timeline, c));
        if (layout.axis.fine.length === 0) fail("no fine ticks", { domain: layout.domain, width: layout.width, axis: layout.axis });
      }),
      RUNS,
    );
  });

  it("holds at most MAX_CLUSTERS clusters, a lane's row its share, with many lanes and events", () => {
    // Up to fourteen groups (ten lanes) of up to 1,500 events at one precision, the dense case the
    // generator above never reaches: each row of clusters gets its share of them.
    const many = fc.record({
      groups: fc.integer({ min: 1, max: 14 }),
      count: fc.integer({ min: 50, max: 1500 }),
      precision: fc.constantFrom<Precision>("year", "month", "day", "instant"),
      spreadYears: fc.constantFrom(1, 10, 50, 300),
      width: fc.integer({ min: 320, max: 1600 }),
      zoom: zoomArb,
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      // Events spread evenly over the groups, or most in the first few (lanes dense and sparse side by side).
      skewed: fc.boolean(),
    });
    let made = 0;
    fc.assert(
      fc.property(many, (m) => {
        let a = m.seed;
        const random = () => ((a = (a * 16807) % 2147483647) / 2147483647);
        const events: EventInput[] = Array.from({ length: m.count }, (_, i) => ({ id: `e${i}`, title: `E${i}`, start: write(momentOf(Date.UTC(1970, 0, 1) + random() * m.spreadYears * 365 * 86_400_000), m.precision, ""), group: `g${m.skewed ? Math.floor(random() ** 3 * m.groups) : i % m.groups}` }));
        const timeline = load({ events });
        const domain = windowOf(timeline, m.zoom);
        const layout = layoutTimeline(timeline, { width: m.width, height: 600, ...(domain ? { domain } : {}) });
        const share = Math.floor(MAX_CLUSTERS / layout.lanes.length);
        for (const lane of layout.lanes) {
          const own = layout.items.filter((i) => isCluster(i) && i.lane === lane.id).length;
          if (own > share + 1) fail("a lane holds more than its share of clusters", { lane: lane.id, own, share });
          made += own;
        }
        if (layout.items.filter(isCluster).length > MAX_CLUSTERS + layout.lanes.length) fail("more clusters than MAX_CLUSTERS", m);
      }),
      { ...RUNS, numRuns: 60 },
    );
    // Clusters were made. (Merged only where pills would touch, as before MAX_CLUSTERS, the 25th
    // run broke the bound: twelve groups of 168 events over 300 years, 1,516 px wide.)
    expect(made).toBeGreaterThan(300);
  });

  it("a row of events holds one at most every itemPitch px (ITEM_PITCH, or an eighth of a wide plot), whatever its titles' lengths", () => {
    // Short titles ("W", a dozen characters) are half the cases' titles: without the pitch (0
    // px), the 33rd case already drew two events of a row closer.
    let pairs = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const layout = laidOut(c);
        const pitch = itemPitch(layout.plot.width);
        for (const row of byRow(layout).values()) {
          // In a clusters' row too, among the events drawn alone between the clusters.
          const starts = row.filter((i) => !isCluster(i)).map((i) => i.x0).sort((a, b) => a - b);
          for (let k = 1; k < starts.length; k++) {
            if (starts[k]! - starts[k - 1]! < pitch) fail("two events of a row closer than the pitch", row.map(brief));
            pairs++;
          }
        }
      }),
      RUNS,
    );
    // Many rows held more than one event.
    expect(pairs).toBeGreaterThan(20);
  });

  it("an event drawn alone in a clusters' row keeps its pitch past a cluster after it (found by `npm run test:explore`)", () => {
    // FC_SEED=1537409709, shrunk: e0 drawn alone at 19 px, a "+1" at 49 px, then e2 drawn alone
    // from 79 px, 60 px after e0 where the pitch is 150 (the cluster restarted the count).
    const input: TimelineInput = {
      groups: [{ id: "g1", label: "First" }, { id: "g2", label: "Second" }, { id: "g3", label: "Third" }],
      events: [
        { id: "e0", title: "Event 0", start: "-0800", importance: 0, group: "g2" },
        { id: "e1", title: "Event 1", start: "-0795", importance: 0, group: "g2", end: "-0795" },
        { id: "e2", title: "Maliki meets President Ahmadinejad", start: "-0763", importance: 0, group: "g2", end: "-0763" },
        { id: "e3", title: "Maliki meets President Ahmadinejad", start: "-0793", importance: 1, group: "g2" },
        { id: "e4", title: "Event 4", start: "-0800", importance: 0 },
      ],
    };
    const timeline = load(input);
    const layout = layoutTimeline(timeline, optionsOf(timeline, { input, width: 320, height: 360, zoom: null, overview: true, before: null }));
    const row = layout.items.filter((i) => i.lane === "g2" && i.row === 1);
    expect(row.some(isCluster)).toBe(true);
    const starts = row.filter((i) => !isCluster(i)).map((i) => i.x0).sort((a, b) => a - b);
    for (let k = 1; k < starts.length; k++) expect(starts[k]! - starts[k - 1]!).toBeGreaterThanOrEqual(itemPitch(layout.plot.width));
    // Every event is still shown, as itself or in a cluster.
    expect(shownIds(layout).sort()).toEqual(["e0", "e1", "e2", "e3", "e4"]);
  });
});
