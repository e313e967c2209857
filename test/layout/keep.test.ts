// @vitest-environment node
// A layout given the one before it (`previous`, as the view passes it on every zoom) keeps what
// the reader was looking at: the events drawn before claim room first, in their rows.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { layoutTimeline } from "../../src/layout/layout.js";
import type { ItemLayout, TimelineLayout } from "../../src/layout/types.js";
import type { Timeline, TimelineInput } from "../../src/types.js";
// The bench's own data: what a reader's page hands over (see bench/browser-page.mjs).
import { rawEvents } from "../../bench/browser-page.mjs";

const seedJson = JSON.parse(readFileSync(new URL("../../examples/seed-tehran-2008/events.json", import.meta.url), "utf8")) as TimelineInput;
const load = (input: TimelineInput): Timeline => loadTimeline(input).timeline;
const DAY = 86_400_000;
const drawn = (l: TimelineLayout) => l.items.filter((i) => i.kind !== "cluster");
const ids = (items: ItemLayout[]) => new Set(items.map((i) => i.id));

/** The bench's 30 steps: 15 in toward one month about a point 60 % along, 15 out again. */
function benchWindows(extent: [number, number]): [number, number][] {
  const [a, b] = extent;
  const mid = a + (b - a) * 0.6;
  const halfAt = (k: number) => ((b - a) / 2) * Math.pow((30 * DAY) / (b - a), k);
  return Array.from({ length: 30 }, (_, s) => {
    const k = s < 15 ? (s + 1) / 15 : (29 - s) / 15;
    return [mid - halfAt(k), mid + halfAt(k)];
  });
}

/** Over the steps, how many items a step draws and how many of them the step before did not. */
function churn(timeline: Timeline, keep: boolean): { items: number; made: number; labels: number } {
  const size = { width: 1176, height: 600 };
  let prev = layoutTimeline(timeline, size);
  let items = 0;
  let made = 0;
  let labels = 0;
  for (const domain of benchWindows(prev.extent)) {
    const next = layoutTimeline(timeline, { ...size, domain, ...(keep ? { previous: prev } : {}) });
    const before = ids(prev.items);
    items += next.items.length;
    made += next.items.filter((i) => !before.has(i.id)).length;
    labels += drawn(next).filter((i) => i.label).length;
    prev = next;
  }
  return { items, made, labels };
}

describe("a layout keeps what the layout before it drew", () => {
  it("zooming the seed in toward the meeting keeps every event drawn that stays in view, in its row", () => {
    const seed = load(seedJson);
    const meeting = seed.events.find((e) => e.id === "meets-ahmadinejad")!.start.earliest;
    let prev = layoutTimeline(seed, { width: 800, breaks: "none" });
    let checked = 0;
    for (let half = (prev.extent[1] - prev.extent[0]) / 2; half > DAY; half /= 1.5) {
      const domain: [number, number] = [meeting - half, meeting + half];
      const next = layoutTimeline(seed, { width: 800, breaks: "none", domain, previous: prev });
      const now = new Map(next.items.map((i) => [i.id, i]));
      for (const item of drawn(prev)) {
        const e = seed.events.find((x) => x.id === item.id)!;
        if ((e.end ?? e.start).latest < domain[0] || e.start.earliest > domain[1]) continue;
        expect(now.get(item.id), `${item.id} at ±${Math.round(half / DAY)} days`).toMatchObject({ kind: item.kind, row: item.row, lane: item.lane });
        checked++;
      }
      prev = next;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("over the bench's 30 zoom steps at 10,000 events, half as many items are new in a step, with nearly as many titles", () => {
    const timeline = load(rawEvents(10_000));
    const fresh = churn(timeline, false);
    const kept = churn(timeline, true);
    // Measured when written: 2,258 of 3,572 items new without `previous` (63 %), 1,132 of 2,895 with it (39 %).
    // Since a row's clusters and events are spaced (MAX_CLUSTERS, ITEM_PITCH): 1,584 of 2,290 (69 %)
    // and 893 of 1,983 (45 %).
    expect(fresh.made / fresh.items).toBeGreaterThan(0.55);
    expect(kept.made).toBeLessThan(fresh.made * 0.6);
    expect(kept.made / kept.items).toBeLessThan(0.5);
    // They show a few titles fewer than fresh layouts (659 against 719; since, 695 against 753):
    // kept events hold their room.
    expect(kept.labels).toBeGreaterThan(fresh.labels * 0.85);
  });

  it("an event not drawn before comes in with its title, or joins the clusters' row (in a cluster, or alone there)", () => {
    const timeline = load(rawEvents(2_000));
    let prev = layoutTimeline(timeline, { width: 900 });
    let entered = 0;
    let alone = 0;
    for (const domain of benchWindows(prev.extent)) {
      const next = layoutTimeline(timeline, { width: 900, domain, previous: prev });
      const before = ids(prev.items);
      // A lane's clusters' row: its last, below its events' (a lane with clusters has two rows at least).
      const clustersRow = (lane: string, row: number) => {
        const { rows } = next.lanes.find((l) => l.id === lane)!;
        return rows >= 2 && row === rows - 1;
      };
      for (const item of drawn(next)) {
        if (before.has(item.id)) continue;
        entered++;
        if (item.label) continue;
        expect(clustersRow(item.lane, item.row), item.id).toBe(true);
        alone++;
      }
      prev = next;
    }
    expect(entered).toBeGreaterThan(100);
    expect(alone).toBeGreaterThan(0);
  });

  it("importance still comes first: an event kept gives way to a more important one", () => {
    // Two events five days apart in one lane of one row, which the whole timeline (2,000 days,
    // from a third event) cannot hold side by side.
    const at = (days: number) => new Date(Date.UTC(2008, 5, 8) + days * DAY).toISOString().slice(0, 10);
    const input = (importance: number): TimelineInput => ({
      events: [
        { id: "far", title: "Far", start: at(-2000) },
        { id: "early", title: "Early event with a title", start: at(-5), importance },
        { id: "late", title: "Late event with a title", start: at(0), importance: 5 },
      ],
    });
    const near: [number, number] = [Date.UTC(2008, 5, 8) - 2 * DAY, Date.UTC(2008, 5, 8) + DAY];
    // Which of the two has the row of events: the other stands alone in the clusters' row below.
    const pair = (l: TimelineLayout) => drawn(l).flatMap((i) => (i.id === "far" || i.row > 0 ? [] : [i.id]));
    // Too low for a second row of events (the lane grows by one for its cluster).
    const options = { width: 600, height: 60, overview: false, breaks: "none" as const };
    for (const [importance, shown] of [
      [5, "late"],
      [10, "early"],
    ] as const) {
      const timeline = load(input(importance));
      // Alone in the near window: "late" is drawn there, "early" is far outside it.
      const before = layoutTimeline(timeline, { ...options, domain: near });
      expect(drawn(before).map((i) => i.id)).toEqual(["late"]);
      const fresh = layoutTimeline(timeline, options);
      // Fresh, the earlier of two equals wins, and so does the more important.
      expect(pair(fresh)).toEqual(["early"]);
      const after = layoutTimeline(timeline, { ...options, previous: before });
      expect(pair(after), `importance ${importance}`).toEqual([shown]);
    }
  });

  it("keeps nothing from a layout of another timeline, or one read back from JSON", () => {
    const input = rawEvents(1_000);
    const timeline = load(input);
    const [a, b] = layoutTimeline(timeline, { width: 640 }).extent;
    const domain: [number, number] = [a + (b - a) * 0.4, a + (b - a) * 0.6];
    const fresh = layoutTimeline(timeline, { width: 640, domain });
    const before = layoutTimeline(timeline, { width: 640, domain: [a + (b - a) * 0.45, a + (b - a) * 0.5] });
    // That one does change the picture: the test below would otherwise prove nothing.
    expect(layoutTimeline(timeline, { width: 640, domain, previous: before })).not.toStrictEqual(fresh);
    const copy = load(input);
    expect(layoutTimeline(copy, { width: 640, domain, previous: before })).toStrictEqual(layoutTimeline(copy, { width: 640, domain }));
    expect(layoutTimeline(timeline, { width: 640, domain, previous: JSON.parse(JSON.stringify(before)) as TimelineLayout })).toStrictEqual(fresh);
  });
});

describe("rows kept below an empty one", () => {
  it("make the lane tall enough: Newton's experiments keep their third row, and the science lane keeps three", () => {
    // From the whole extent straight to two weeks of September 1666: Micrographia (the science
    // lane's second row) leaves the window, Newton's "one of 1665, 1666" keeps the third row. The
    // lane once counted only its rows with something in them (two) and drew Newton over the next
    // lane's heading. 560 px tall: at 500 the records lane's lease (a span begun on or before
    // 1664) takes the room the science lane's third row had, and Newton joins a cluster.
    const timeline = load(JSON.parse(readFileSync(new URL("../fixtures/dates/archive.json", import.meta.url), "utf8")) as TimelineInput);
    const before = layoutTimeline(timeline, { width: 1200, height: 560 });
    const domain: [number, number] = [Date.UTC(1666, 7, 25), Date.UTC(1666, 8, 12)];
    const after = layoutTimeline(timeline, { width: 1200, height: 560, domain, previous: before });
    const newton = after.items.find((i) => i.id.includes("newton"))!;
    const science = after.lanes.find((l) => l.id === newton.lane)!;
    expect(newton.row).toBe(before.items.find((i) => i.id === newton.id)!.row);
    expect(newton.row).toBe(2);
    expect(science.rows).toBe(3);
    expect(newton.y).toBeLessThan(science.y + science.height);
  });
});
