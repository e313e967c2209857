// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadTimeline } from "../../src/load.js";
import { CitelineError } from "../../src/diagnostics.js";

const RUNS = { seed: 424242, numRuns: 1000 };

// Events that are sometimes right and often wrong in the ways real data is wrong.
const messyEvent = fc.oneof(
  { weight: 4, arbitrary: fc.record(
    {
      id: fc.oneof(fc.constantFrom("a", "b", "c"), fc.string({ maxLength: 6 }), fc.integer()),
      title: fc.oneof(fc.string({ maxLength: 30 }), fc.constant(""), fc.integer(), fc.constant(null)),
      start: fc.oneof(
        fc.constantFrom("2008-06-08", "2008-06", "1980", "2008-22?", "03/04/2008", "-0753", "1980/1988", "2008/..", "junk", ""),
        fc.integer({ min: -1e16, max: 1e16 }),
        fc.date(),
      ),
      end: fc.constantFrom("2008-06-09", "1970", "1980/1988", "x", undefined),
      group: fc.constantFrom("visit", "pact", "nowhere", undefined),
      sources: fc.array(fc.oneof(fc.constantFrom("nyt", "irna", "ghost"), fc.record({ publisher: fc.string({ maxLength: 8 }), url: fc.constantFrom("https://example.com/a", "javascript:x", "") }, { requiredKeys: [] })), { maxLength: 3 }),
      tags: fc.oneof(fc.array(fc.string({ maxLength: 5 })), fc.string(), fc.integer()),
      importance: fc.oneof(fc.integer({ min: -50, max: 150 }), fc.string({ maxLength: 3 })),
    },
    { requiredKeys: [] },
  ) },
  { weight: 1, arbitrary: fc.jsonValue() },
);

const messyTimeline = fc.record({
  events: fc.array(messyEvent, { maxLength: 12 }),
  sources: fc.constant([{ id: "nyt", publisher: "The New York Times" }, { id: "irna", publisher: "IRNA", via: "nyt" }]),
  groups: fc.constant([{ id: "visit" }, { id: "pact" }]),
});

describe("loader properties", () => {
  it("never throws on arbitrary JSON text or values", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), fc.jsonValue(), fc.string(), messyTimeline), (input) => {
        const { timeline, diagnostics } = loadTimeline(input);
        return Array.isArray(timeline.events) && Array.isArray(diagnostics);
      }),
      RUNS,
    );
  });

  it("in strict mode throws nothing but CitelineError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), messyTimeline), (input) => {
        try {
          loadTimeline(input, { strict: true });
          return true;
        } catch (error) {
          return error instanceof CitelineError && error.diagnostics.some((d) => d.severity === "error");
        }
      }),
      RUNS,
    );
  });

  it("accounts for every input event: loaded, or dropped with an error naming its index", () => {
    fc.assert(
      fc.property(messyTimeline, (input) => {
        const { timeline, diagnostics } = loadTimeline(input);
        const loaded = new Set(timeline.events.map((e) => e.index));
        const dropped = new Set(diagnostics.filter((d) => d.section === "events" && d.severity === "error").map((d) => d.index));
        expect(timeline.events.length).toBe(loaded.size);
        for (let i = 0; i < input.events.length; i++) {
          if (loaded.has(i) === dropped.has(i)) throw new Error(`event ${i} is ${loaded.has(i) ? "both loaded and dropped" : "lost"}`);
        }
        return loaded.size + dropped.size === input.events.length;
      }),
      RUNS,
    );
  });

  it("is deterministic and gives unique ids, in time order", () => {
    fc.assert(
      fc.property(messyTimeline, (input) => {
        const a = loadTimeline(input);
        expect(loadTimeline(input)).toEqual(a);
        const ids = a.timeline.events.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        const starts = a.timeline.events.map((e) => e.start.earliest);
        expect(starts).toEqual([...starts].sort((x, y) => x - y));
        const numbers = a.timeline.sources.map((s) => s.number);
        expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      }),
      { ...RUNS, numRuns: 300 },
    );
  });
});
