// @vitest-environment node
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { layoutTimeline, type LayoutOptions } from "../../src/layout/layout.js";
import { estimateWidth, type Measure } from "../../src/layout/measure.js";
import type { EventInput, Timeline } from "../../src/types.js";

// The layout keeps per-timeline arrays of numbers (slots) and reuses them from one layout to the
// next: nothing a layout returns may depend on what the slots held before.

function crowd(count: number, seed: number): Timeline {
  let a = seed;
  const random = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
  const events: EventInput[] = Array.from({ length: count }, (_, i) => {
    const start = Date.UTC(1990, 0, 1) + Math.floor(random() * 20 * 365) * 86_400_000;
    const event: EventInput = { id: `e${i}`, title: `Event ${i} of a crowded lane`, start, group: ["a", "b", "c"][i % 3]!, importance: Math.floor(random() * 100) };
    if (i % 4 === 0) event.end = start + Math.floor(random() * 400) * 86_400_000;
    if (i % 97 === 0) event.end = "..";
    return event;
  });
  return loadTimeline({ events }).timeline;
}

const WINDOWS: LayoutOptions[] = [{ width: 1280 }, { width: 320 }, { width: 800, domain: [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)] }];

describe("layout slots", () => {
  it("give the same layout whatever was laid out before, on this timeline or another", () => {
    const big = crowd(3000, 1);
    const small = crowd(200, 2);
    const first = WINDOWS.map((o) => JSON.stringify(layoutTimeline(big, o)));
    const firstSmall = WINDOWS.map((o) => JSON.stringify(layoutTimeline(small, o)));
    for (const [i, o] of [...WINDOWS].reverse().entries()) {
      expect(JSON.stringify(layoutTimeline(small, o))).toBe(firstSmall[WINDOWS.length - 1 - i]);
      expect(JSON.stringify(layoutTimeline(big, o))).toBe(first[WINDOWS.length - 1 - i]);
    }
  });

  it("are not shared with a layout made from inside a layout (a measure that lays out)", () => {
    const timeline = crowd(500, 3);
    const plain = JSON.stringify(layoutTimeline(timeline, { width: 1000 }));
    let depth = 0;
    const measure: Measure = (text, size) => {
      if (depth === 0) {
        depth++;
        layoutTimeline(timeline, { width: 400, domain: [Date.UTC(1995, 0, 1), Date.UTC(1996, 0, 1)] });
        depth--;
      }
      return estimateWidth(text, size);
    };
    expect(JSON.stringify(layoutTimeline(timeline, { width: 1000, measure }))).toBe(plain);
  });

  it("hold a lane listed twice in a timeline built by hand", () => {
    const timeline = crowd(300, 4);
    const twice: Timeline = { ...timeline, groups: [...timeline.groups, timeline.groups[0]!] };
    const layout = layoutTimeline(twice, { width: 900 });
    const members = (lane: string) => layout.items.filter((i) => i.lane === lane).flatMap((i) => (i.kind === "cluster" ? i.members : [i.id]));
    expect(members("a").length).toBe(2 * timeline.events.filter((e) => e.group === "a").length);
  });
});

describe("clusters at a wide zoom", () => {
  // Large clusters put their members in time order through a bit set over ranks, small ones by a
  // sort: both must list each event once, in the timeline's order.
  it("list every member once, in time order, however many they hold", () => {
    const timeline = crowd(6000, 5);
    const rank = new Map(timeline.events.map((e, i) => [e.id, i]));
    const all = [];
    for (const options of [{ width: 320 }, { width: 1280 }, { width: 1280, domain: [Date.UTC(2000, 0, 1), Date.UTC(2000, 3, 1)] as [number, number] }]) {
      const layout = layoutTimeline(timeline, options);
      const clusters = layout.items.flatMap((i) => (i.kind === "cluster" ? [i] : []));
      all.push(...clusters);
      for (const c of clusters) {
        const ranks = c.members.map((id) => rank.get(id)!);
        expect(ranks, c.id).toEqual([...ranks].sort((a, b) => a - b));
        expect(new Set(ranks).size, c.id).toBe(ranks.length);
        expect(c.id).toBe(`cluster:${c.lane}:${c.members[0]}`);
      }
      if (options.domain) continue;
      const shown = layout.items.flatMap((i) => (i.kind === "cluster" ? i.members : [i.id])).sort();
      expect(shown).toEqual(timeline.events.map((e) => e.id).sort());
    }
    // Both ways of ordering were taken.
    expect(Math.max(...all.map((c) => c.members.length))).toBeGreaterThan(500);
    expect(all.some((c) => c.members.length > 1 && c.members.length < 64)).toBe(true);
  });

  // A cluster lists its members when first asked: what it lists must not depend on when that is,
  // nor on what was laid out in between (the slots are reused), nor on how it is read.
  it("list the same members when first read later, after other layouts, mirrored or as JSON", () => {
    const timeline = crowd(6000, 6);
    const other = crowd(900, 7);
    const wide = { width: 1280 } as const;
    const listed = (l: ReturnType<typeof layoutTimeline>) => l.items.flatMap((i) => (i.kind === "cluster" ? [[i.id, i.members]] : []));
    const now = listed(layoutTimeline(timeline, wide));
    const later = layoutTimeline(timeline, wide);
    for (const options of WINDOWS) {
      layoutTimeline(timeline, options);
      layoutTimeline(other, options);
    }
    expect(listed(later)).toEqual(now);
    const cluster = later.items.find((i) => i.kind === "cluster")!;
    expect(cluster.kind === "cluster" && cluster.members).toBe(cluster.kind === "cluster" && cluster.members);
    const json = JSON.parse(JSON.stringify(layoutTimeline(timeline, wide))) as typeof later;
    expect(listed(json)).toEqual(now);
    const rtl = layoutTimeline(timeline, { ...wide, timeDirection: "rtl" });
    expect(listed(rtl).sort()).toEqual([...now].sort());
    expect(now.length).toBeGreaterThan(3);
  });
});

describe("clusters beside a mark far off the plot", () => {
  // A point known only to its millennium, seen an hour wide, has its centre billions of px away;
  // with 400 more important events overflowing beside it, the clusters' count per pixel column
  // reached up to it (43 s and gigabytes of memory), where the packing counted only the columns
  // where a plot can be.
  it("count only the plot's columns, and keep far marks apart in time order", () => {
    const hour = Date.UTC(1000, 0, 1, 12);
    // Both far to the right, centred on 1500 and on 1050, and listed in that order (their starts tie).
    const events: EventInput[] = [
      { id: "millennium", title: "Known to its millennium", start: "1XXX", importance: 1 },
      { id: "century", title: "Known to its century", start: "10XX", importance: 1 },
    ];
    for (let i = 0; i < 400; i++) events.push({ id: `m${i}`, title: `Minute ${i}`, start: hour + (i % 60) * 60_000, importance: 5 });
    const { timeline } = loadTimeline({ events });
    const layout = layoutTimeline(timeline, { width: 1200, domain: [hour, hour + 3_600_000] });
    const holding = (id: string) => layout.items.find((item) => (item.kind === "cluster" ? item.members.includes(id) : item.id === id))!;
    // Each in a place of its own, hundreds of millions of px right of the plot, the century's first: taken in
    // the order they were listed, they were one cluster.
    expect(holding("millennium")).not.toBe(holding("century"));
    expect(holding("century").x0).toBeGreaterThan(1e8);
    expect(holding("millennium").x0).toBeGreaterThan(holding("century").x1);
    // Every event is shown once, drawn or in one cluster.
    const shown = layout.items.flatMap((item) => (item.kind === "cluster" ? item.members : [item.id]));
    expect(shown.sort()).toEqual(events.map((e) => e.id!).sort());
  });
});
