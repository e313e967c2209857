// @vitest-environment node
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadTimeline } from "../../src/load.js";
import { readDate } from "../../src/model/date.js";
import { describeSpan } from "../../src/model/date-words.js";

// Node re-reads TZ when it is assigned, so one process can load the same data in several zones.
const ZONES = ["UTC", "America/Los_Angeles", "Asia/Tehran", "Pacific/Kiritimati", "Australia/Lord_Howe"];
const original = process.env.TZ;
afterAll(() => {
  process.env.TZ = original;
});

function inZone<T>(zone: string, run: () => T): T {
  process.env.TZ = zone;
  return run();
}

const seedCsv = readFileSync(new URL("../../examples/seed-tehran-2008/events.csv", import.meta.url), "utf8");
const seedJson = readFileSync(new URL("../../examples/seed-tehran-2008/events.json", import.meta.url), "utf8");

describe("time zones", () => {
  it("the zone really changes between runs (so the checks below mean something)", () => {
    const offsets = ZONES.map((zone) => inZone(zone, () => new Date(Date.UTC(2008, 5, 8)).getTimezoneOffset()));
    expect(new Set(offsets).size).toBe(ZONES.length);
  });

  it.each(ZONES)("the seed loads to the same timeline in %s", (zone) => {
    const reference = inZone("UTC", () => [loadTimeline(seedCsv), loadTimeline(seedJson)]);
    const here = inZone(zone, () => [loadTimeline(seedCsv), loadTimeline(seedJson)]);
    expect(here).toEqual(reference);
    const words = inZone(zone, () => loadTimeline(seedJson).timeline.events.map((e) => describeSpan(e.start, e.end)));
    expect(words).toContain("8 June 2008");
    expect(words).toContain("7–9 June 2008");
    expect(words).toContain("summer 2008 (uncertain)");
  });

  it("everyday spellings read by date-fns give the same calendar day in every zone", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (when, zone) => {
          const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
          const text = `${when.getUTCDate()} ${months[when.getUTCMonth()]} ${String(when.getUTCFullYear()).padStart(4, "0")}`;
          const utc = inZone("UTC", () => readDate(text));
          const there = inZone(zone, () => readDate(text));
          return utc.ok && there.ok && there.date.earliest === utc.date.earliest && there.date.latest === utc.date.latest;
        },
      ),
      { seed: 1988, numRuns: 1000 },
    );
  });
});

describe("times without a zone", () => {
  it.each(ZONES)("are the wall-clock time as written, also in %s", (zone) => {
    const read = inZone(zone, () => readDate("2008-06-08T14:30:05.5"));
    const plain = inZone(zone, () => readDate("2008-06-08T14:30"));
    expect(read.ok && new Date(read.date.earliest).toISOString()).toBe("2008-06-08T14:30:05.500Z");
    expect(plain.ok && new Date(plain.date.earliest).toISOString()).toBe("2008-06-08T14:30:00.000Z");
  });
});
