// Timelines that together draw every kind of mark: the seed (points, spans, vague dates), a
// TimelineJS file with an era, a cluster, fading ends, open/unknown/set dates, deep time, the
// hostile corpus and nothing at all. Shared by the writers' tests.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { LayoutOptions } from "../../src/layout/layout.js";
import { loadTimeline } from "../../src/load.js";
import type { Timeline, TimelineInput } from "../../src/types.js";

export const read = (path: string) => readFileSync(resolve(import.meta.dirname, "../..", path), "utf8");
const load = (input: unknown) => loadTimeline(input).timeline;

export const SEED = load(read("examples/seed-tehran-2008/events.csv"));
export const SEED_JSON = load(read("examples/seed-tehran-2008/events.json"));
export const MALIKI = load(read("test/fixtures/timelinejs/maliki.json"));
export const ARCHIVE = load(read("test/fixtures/dates/archive.json"));
export const DEEP_TIME = load(read("examples/deep-time/events.json"));
export const HOSTILE = load(read("test/fixtures/hostile/hostile.json"));
export const EMPTY = load({ events: [] });
// Disputed accounts: a date two sources give differently (examples/disputed), as JSON.
export const DISPUTED = load(read("examples/disputed/events.json"));
// Five weekly events in June 2008 and one in 1990: at full zoom in a short chart, a cluster.
export const WEEKLY = load({
  events: [{ id: "early", title: "Early", start: "1990-01-01" }, ...[1, 8, 15, 22, 29].map((d) => ({ id: `june-${d}`, title: `June ${d}`, start: `2008-06-${String(d).padStart(2, "0")}` }))],
} satisfies TimelineInput);
// Spans whose ends are known only roughly (fading ends), an era, and a point known to the year.
export const FUZZY = load({
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

export const CASES: [string, Timeline, LayoutOptions][] = [
  ["seed, 800 px", SEED, { width: 800 }],
  ["seed, 320 px", SEED, { width: 320 }],
  ["seed, 800 px, one linear scale", SEED, { width: 800, breaks: "none" }],
  ["seed, 800 px, time right to left (broken axis mirrored)", SEED, { width: 800, timeDirection: "rtl" }],
  ["seed, June 2008 at 1280 px", SEED, { width: 1280, height: 640, domain: [Date.UTC(2008, 4, 25), Date.UTC(2008, 6, 1)] }],
  ["seed JSON, two days", SEED_JSON, { width: 700, domain: [Date.UTC(2008, 5, 7), Date.UTC(2008, 5, 9)] }],
  ["TimelineJS with an era", MALIKI, { width: 900 }],
  ["clusters", WEEKLY, { width: 600, height: 200 }],
  ["fuzzy ends, an era, two lanes", FUZZY, { width: 800, domain: [Date.UTC(1989, 0, 1), Date.UTC(1998, 0, 1)] }],
  ["fuzzy, without the overview", FUZZY, { width: 800, overview: false }],
  ["open, unknown and set dates, 1280 px", ARCHIVE, { width: 1280, height: 640 }],
  ["open, unknown and set dates, 320 px", ARCHIVE, { width: 320, height: 640 }],
  ["open, unknown and set dates, zoomed into 1666", ARCHIVE, { width: 900, domain: [Date.UTC(1666, 0, 1), Date.UTC(1667, 0, 1)] }],
  ["deep time", DEEP_TIME, { width: 1000 }],
  ["hostile corpus", HOSTILE, { width: 1280, height: 900 }],
  ["nothing at all", EMPTY, { width: 800 }],
  ["disputed accounts, zoomed to September 1980", DISPUTED, { width: 900, breaks: "none", domain: [Date.UTC(1980, 7, 25), Date.UTC(1980, 9, 10)] }],
  ["disputed accounts, time right to left", DISPUTED, { width: 600, timeDirection: "rtl" }],
];
