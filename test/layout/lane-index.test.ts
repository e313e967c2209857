// @vitest-environment node
// The per-timeline lane index is built with typed arrays and numeric sorts for speed; these
// properties hold it to the plain definitions it replaced: each lane's events in priority order
// (importance first, then the earliest start, then the position given, then time order), their
// numbers at the same positions, and the busiest overlap of each lane.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadTimeline } from "../../src/load.js";
import { depthOf, gatheredGroups, laneEvents, laneList } from "../../src/layout/lane-events.js";
import { MAX_LANES } from "../../src/layout/gathered.js";
import { overlapDepth } from "../../src/layout/lanes.js";
import type { TimelineEvent } from "../../src/types.js";

const day = (n: number) => new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10);

const events = fc.array(
  fc.record({
    start: fc.integer({ min: 0, max: 40 }),
    length: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    group: fc.option(fc.constantFrom("a", "b", "c"), { nil: undefined }),
    importance: fc.option(fc.constantFrom(10, 50, 90), { nil: undefined }),
    index: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    month: fc.boolean(),
  }),
  { maxLength: 60 },
);

interface Drawn {
  start: number;
  length: number | undefined;
  group: string | undefined;
  importance: number | undefined;
  index: number | undefined;
  month: boolean;
}

function load(list: Drawn[]) {
  return loadTimeline({
    groups: [{ id: "a", label: "A" }, { id: "b", label: "B" }, { id: "c", label: "C" }],
    events: list.map((e, i) => ({
      title: `Event ${i}`,
      // Months and days mixed: equal earliest starts with different ends and precisions.
      start: e.month ? day(e.start).slice(0, 7) : day(e.start),
      ...(e.length === undefined ? {} : { end: day(e.start + 40 + e.length) }),
      ...(e.group === undefined ? {} : { group: e.group }),
      ...(e.importance === undefined ? {} : { importance: e.importance }),
      ...(e.index === undefined ? {} : { index: e.index }),
    })),
  }).timeline;
}

// The definition: a stable sort of the time order by importance, start and position.
function byPriority(all: TimelineEvent[], lane: string): TimelineEvent[] {
  return all
    .filter((e) => (e.group ?? "") === lane)
    .sort((a, b) => b.importance - a.importance || a.start.earliest - b.start.earliest || a.index - b.index);
}

// The definition: count what is open at every start.
function naiveDepth(intervals: [number, number][]): number {
  let most = 0;
  for (const [at] of intervals) most = Math.max(most, intervals.filter(([a, b]) => a <= at && at <= b).length);
  return most;
}

describe("the lane index", () => {
  it("orders each lane's events by priority, with their time ranks and dates at the same positions", () => {
    fc.assert(
      fc.property(events, (list) => {
        const timeline = load(list);
        for (const [lane, index] of laneEvents(timeline)) {
          expect(index.events).toEqual(byPriority(timeline.events, lane));
          index.events.forEach((e, i) => {
            expect(timeline.events[index.ranks[i]!]).toBe(e);
            expect(index.startEarliest[i]).toBe(e.start.earliest);
            expect(index.endLatest[i]).toBe((e.end ?? e.start).latest);
          });
        }
      }),
      { seed: 67, numRuns: 300 },
    );
  });

  it("gives each lane the depth of its busiest overlap", () => {
    fc.assert(
      fc.property(events, (list) => {
        const timeline = load(list);
        for (const lane of ["a", "b", "c", ""]) {
          const mine = timeline.events.filter((e) => (e.group ?? "") === lane).map((e): [number, number] => [e.start.earliest, (e.end ?? e.start).latest]);
          expect(depthOf(timeline, lane)).toBe(mine.length ? naiveDepth(mine) : 1);
        }
      }),
      { seed: 83, numRuns: 300 },
    );
  });

  it(`draws at most ${MAX_LANES} lanes: the groups past the first ${MAX_LANES - 1} share the last with the events without one, in priority order`, () => {
    const many = fc.record({ groups: fc.integer({ min: 1, max: 45 }), events: fc.array(fc.record({ start: fc.integer({ min: 0, max: 40 }), group: fc.option(fc.nat(60), { nil: undefined }), importance: fc.constantFrom(10, 50, 90) }), { maxLength: 80 }) });
    fc.assert(
      fc.property(many, ({ groups, events: list }) => {
        const declared = Array.from({ length: groups }, (_, g) => ({ id: `g${g}`, label: `Group ${g}` }));
        const timeline = loadTimeline({
          groups: declared,
          // A group past the declared ones is an unknown group: the loader says so and gives it a lane of its own.
          events: list.map((e, i) => ({ title: `Event ${i}`, start: day(e.start), importance: e.importance, ...(e.group === undefined ? {} : { group: `g${e.group % (groups + 2)}` }) })),
        }).timeline;
        const ungrouped = timeline.events.some((e) => e.group === undefined);
        const lanesWanted = timeline.groups.length + (ungrouped ? 1 : 0);
        const lanes = laneList(timeline);
        const gathered = gatheredGroups(timeline);
        expect(lanes.length).toBe(Math.max(1, Math.min(MAX_LANES, lanesWanted)));
        // Gathering happens exactly when there are more lanes than a drawing holds, and takes the groups past the first MAX_LANES − 1.
        expect(gathered === undefined).toBe(lanesWanted <= MAX_LANES);
        if (gathered) {
          expect([...gathered.keys()]).toEqual(timeline.groups.slice(MAX_LANES - 1).map((g) => g.id));
          expect(lanes.map((l) => l.id)).toEqual([...timeline.groups.slice(0, MAX_LANES - 1).map((g) => g.id), ""]);
          const more = gathered.size;
          expect(lanes.at(-1)!.label).toBe(`${ungrouped ? "Other events and " : ""}${more} more ${more === 1 ? "group" : "groups"}`);
        }
        // Every event is in exactly one lane, its own or the last, in the order the lane claims room.
        const laneOf = (e: TimelineEvent) => (e.group === undefined || gathered?.has(e.group) ? "" : e.group);
        const index = laneEvents(timeline);
        let total = 0;
        for (const [lane, { events: mine }] of index) {
          expect(lanes.some((l) => l.id === lane)).toBe(true);
          expect(mine).toEqual(timeline.events.filter((e) => laneOf(e) === lane).sort((a, b) => b.importance - a.importance || a.start.earliest - b.start.earliest || a.index - b.index));
          total += mine.length;
        }
        expect(total).toBe(timeline.events.length);
      }),
      { seed: 29, numRuns: 200 },
    );
  });

  it("counts intervals that only touch as overlapping, and stops on values that are not numbers", () => {
    expect(overlapDepth([0, 5], [5, 9])).toBe(2);
    expect(overlapDepth([0, 6], [5, 9])).toBe(1);
    expect(overlapDepth([Number.NaN, 1], [Number.NaN, 2])).toBe(1);
    expect(overlapDepth([], [])).toBe(0);
  });
});
