// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { eventSlug, slug, unicodeSlug as generalSlug } from "../../src/slug.js";
import { eventById, eventsById, indexIds, uniqueId } from "../../src/model/ids.js";
import { loadTimeline } from "../../src/load.js";
import type { Diagnostic } from "../../src/diagnostics.js";

const RUNS = { seed: 64, numRuns: 5000 };

// Mostly ASCII, as titles are, with runs of separators, long words and the odd accent or script.
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."abcXYZ019 -_.,'()/:\t\n"), maxLength: 90 }),
  fc.string({ unit: "grapheme-ascii", maxLength: 90 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.tuple(fc.constantFrom("2008-06-02", "1980", "-0753", ""), fc.string({ maxLength: 70 })).map(([d, t]) => `${d} ${t}`),
  fc.constantFrom("", "---", "a".repeat(70), `${"a".repeat(63)} b`, `${"a".repeat(64)} b`, `x ${"b".repeat(62)} c`, "Élan vital", "Tehran تهران", "ＡＢＣ", `${"a".repeat(64)}é`, `${"a".repeat(65)}é`, `${"a".repeat(63)} İ`, `${"a".repeat(64)} ﬁ`, `${"a".repeat(63)}\u0301b`, `${"ab ".repeat(30)}Σ`),
);

describe("slugs for ids", () => {
  it("are those of the rule for any script, ASCII or not", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(slug(t)).toBe(generalSlug(t));
      }),
      RUNS,
    );
  });

  it("of an event are those of its day and title", () => {
    const edtf = fc.constantFrom("2008-06-02", "2008-06-02T14:30Z", "..", "", "-0753", "[1667,1668]", "2008-06-02T14:30:00.000Z", "é");
    fc.assert(
      fc.property(edtf, text, (e, t) => {
        expect(eventSlug(e, t)).toBe(generalSlug(`${e.split("T")[0] ?? ""} ${t}`));
      }),
      RUNS,
    );
  });

  it("give the first free id", () => {
    const taken = new Set(["a", "a-2"]);
    expect([uniqueId("a", taken), uniqueId("b", taken), uniqueId("", taken), uniqueId("a", taken)]).toEqual(["a-3", "b", "item", "a-4"]);
  });
});

describe("the events by id", () => {
  const timeline = (n: number) => loadTimeline({ events: Array.from({ length: n }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: 1_200_000_000_000 + i })) }).timeline;

  it("made a part at a time are the map made at once, and later look-ups find it made", () => {
    const t = timeline(12);
    const steps: boolean[] = [];
    for (let done = false; !done; ) steps.push((done = indexIds(t, 5)));
    expect(steps).toEqual([false, false, true]);
    const map = eventsById(t);
    expect([...map.keys()]).toEqual(t.events.map((e) => e.id));
    expect([...map.values()]).toEqual(t.events);
    expect(indexIds(t, 5)).toBe(true);
    expect(eventsById(t)).toBe(map);
  });

  it("looked up half made are finished then; a later repeated id wins, as in new Map(entries); none for none", () => {
    const t = timeline(7);
    expect(indexIds(t, 3)).toBe(false);
    expect(eventsById(t).size).toBe(7);
    const twice = { ...t, events: [t.events[0]!, { ...t.events[1]!, id: t.events[0]!.id }] };
    expect(indexIds(twice, 1)).toBe(false);
    expect(eventsById(twice).get(t.events[0]!.id)).toBe(twice.events[1]);
    const none = { ...t, events: [] };
    expect(indexIds(none, 0)).toBe(true);
    expect(eventsById(none).size).toBe(0);
  });
});

describe("an event looked up by id while the map is made a part at a time", () => {
  const base = loadTimeline({ events: [{ id: "x", title: "X", start: 1_200_000_000_000 }] }).timeline;
  const event = base.events[0]!;

  it("is the one the whole map finds, however much of it is made, repeats and unknown ids included", () => {
    // Ids from a small alphabet, so that repeats are common; a later one wins, as in new Map(entries).
    const ids = fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f"), { maxLength: 30 });
    fc.assert(
      fc.property(ids, fc.nat(31), fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f", "zz"), { minLength: 1, maxLength: 8 }), (given, part, asked) => {
        const t = { ...base, events: given.map((id, i) => ({ ...event, id, title: `T${i}` })) };
        const whole = new Map<string, (typeof t.events)[number]>(t.events.map((e) => [e.id, e]));
        indexIds(t, part);
        for (const id of asked) expect(eventById(t, id)).toBe(whole.get(id));
        expect(eventsById(t)).toEqual(whole);
      }),
      { seed: 64, numRuns: 500 },
    );
  });

  it("walks the events not yet made for the first few look-ups, then makes the rest", () => {
    const t = { ...base, events: Array.from({ length: 10 }, (_, i) => ({ ...event, id: `e${i}` })) };
    expect(indexIds(t, 2)).toBe(false);
    for (let i = 0; i < 4; i++) {
      expect(eventById(t, `e${9 - i}`)).toBe(t.events[9 - i]);
      expect(indexIds(t, 0)).toBe(false);
    }
    // The same id again is answered without a walk (a choice asks for its event five times).
    expect(eventById(t, "e6")).toBe(t.events[6]);
    expect(indexIds(t, 0)).toBe(false);
    expect(eventById(t, "e1")).toBe(t.events[1]);
    expect(indexIds(t, 0)).toBe(true);
    expect(eventById(t, "nope")).toBeUndefined();
  });
});

describe("repeated ids in a timeline", () => {
  const repeats = (d: Diagnostic[]) => d.filter((x) => x.code === "duplicate-id").map((x) => [x.index, x.value, /already used by (\S+);/.exec(x.message)?.[1]]);

  it("in a long list (found by sorting) drop the later item and name the first, as in a short one", () => {
    const events = Array.from({ length: 20_001 }, (_, i) => ({ id: `e${i}`, title: `T${i}`, start: "2008-06-08" }));
    events[20_000]!.id = "e5";
    events.push({ id: "", title: "Made", start: "2008" }, { id: "e7", title: "Again", start: "2009" });
    const { timeline, diagnostics } = loadTimeline({ events });
    expect(repeats(diagnostics)).toEqual([
      [20_000, "e5", "events[5]"],
      [20_002, "e7", "events[7]"],
    ]);
    expect(timeline.events).toHaveLength(20_001);
    expect(timeline.events.find((e) => e.id === "e5")?.title).toBe("T5");
    expect(timeline.events.some((e) => e.id === "2008-made")).toBe(true);
  });

  it("drop the later item and name the first, for every repeat and every id", () => {
    const ids = ["a", "b", "a", "", "c", "b", "a", "c"];
    const { timeline, diagnostics } = loadTimeline({ events: ids.map((id, i) => ({ id, title: `T${i}`, start: `200${i}` })) });
    expect(repeats(diagnostics)).toEqual([
      [2, "a", "events[0]"],
      [5, "b", "events[1]"],
      [6, "a", "events[0]"],
      [7, "c", "events[4]"],
    ]);
    expect(timeline.events.map((e) => e.id)).toEqual(["a", "b", "2003-t3", "c"]);
  });

  it("name the first by its sheet row, and a made id never takes a given one", () => {
    const csv = "ID,Title,Date\n2003-t3,Given,2001\n,T3,2003\nx,A,2004\n2003-t3,Again,2005\nx,B,2006\n";
    const { timeline, diagnostics } = loadTimeline(csv, { format: "csv" });
    expect(repeats(diagnostics)).toEqual([
      [3, "2003-t3", "events[0]"],
      [4, "x", "events[2]"],
    ]);
    expect(timeline.events.map((e) => e.id)).toEqual(["2003-t3", "2003-t3-2", "x"]);
  });

  it("are found the same way in any order (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", "c", "d", ""), { maxLength: 30 }), (ids) => {
        const { diagnostics } = loadTimeline({ events: ids.map((id, i) => ({ id, title: `T${i}`, start: "2001" })) });
        const expected = ids.flatMap((id, i) => (id !== "" && ids.indexOf(id) < i ? [[i, id, `events[${ids.indexOf(id)}]`]] : []));
        expect(repeats(diagnostics)).toEqual(expected);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe("a timeline's events by id", () => {
  // Ids given, repeated, left out (made from the day and title, some the same) and clashing with a made one.
  const id = fc.oneof(fc.constantFrom("", "", "a", "b", "2008-visit", "2008-visit-2", "item"), fc.string({ maxLength: 6 }));
  const input = fc.array(fc.record({ id, title: fc.constantFrom("Visit", "Talks", ""), start: fc.constantFrom("2008", "2008-06-07", "", "x") }), { maxLength: 40 });

  it("hold every event under its own id, and nothing else; made once per timeline", () => {
    fc.assert(
      fc.property(input, (events) => {
        const { timeline } = loadTimeline({ events });
        const byId = eventsById(timeline);
        expect(byId.size).toBe(timeline.events.length);
        for (const e of timeline.events) expect(byId.get(e.id)).toBe(e);
        expect(eventsById(timeline)).toBe(byId);
      }),
      { seed: 64, numRuns: 500 },
    );
  });

  it("are a derived timeline's own", () => {
    const { timeline } = loadTimeline({ events: [{ title: "Visit", start: "2008-06-07" }, { title: "Talks", start: "2008-06-08" }] });
    expect(eventsById(timeline).size).toBe(2);
    const later = { ...timeline, events: timeline.events.slice(1) };
    expect([...eventsById(later).keys()]).toEqual(["2008-06-08-talks"]);
    expect(eventsById(later).get("2008-06-08-talks")).toBe(timeline.events[1]);
  });
});
