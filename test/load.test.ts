// @vitest-environment node
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { CitelineError, formatDiagnostic, loadTimeline, type Diagnostic, type Source, type Timeline, type TimelineEvent } from "../src/core.js";

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

const SEED_JSON = read("examples/seed-tehran-2008/events.json");
const SEED_CSV = read("examples/seed-tehran-2008/events.csv");
const BROKEN_CSV = read("test/fixtures/csv/broken.csv");
const TJS_JSON = read("test/fixtures/timelinejs/maliki.json");
const TJS_SHEET = read("test/fixtures/timelinejs/sheet.csv");

const SEED_ORDER = [
  "iran-iraq-war",
  "iran-opposes-pact",
  "militia-leader-detained",
  "pact-vote",
  "visit",
  "talks-mottaki-davoudi",
  "meets-ahmadinejad",
];

function sourceOf(t: Timeline, id: string | undefined): Source {
  const source = t.sources.find((s) => s.id === id);
  if (!source) throw new Error(`no source ${String(id)}`);
  return source;
}

/** The events as a reader sees them, with citations by publisher rather than by id. */
function eventsByPublisher(t: Timeline): unknown[] {
  return t.events.map((e) => ({
    id: e.id,
    title: e.title,
    start: e.start,
    end: e.end,
    group: e.group,
    description: e.description,
    importance: e.importance,
    displayDate: e.displayDate,
    sources: e.sources.map((id) => sourceOf(t, id).publisher),
  }));
}

/** The sources with ids replaced by publishers, so given and generated ids compare equal. */
function sourcesByPublisher(t: Timeline): unknown[] {
  return t.sources.map((s) => {
    const copy: Record<string, unknown> = { ...s, via: s.via === undefined ? undefined : sourceOf(t, s.via).publisher };
    delete copy.id;
    return copy;
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

describe("the seed story", () => {
  const json = loadTimeline(SEED_JSON);
  const csv = loadTimeline(SEED_CSV);

  it("loads from JSON and from CSV with no diagnostics at all", () => {
    expect(json.diagnostics).toEqual([]);
    expect(csv.diagnostics).toEqual([]);
  });

  it("gives the same seven events from both files", () => {
    expect(json.timeline.events).toHaveLength(7);
    expect(csv.timeline.events).toHaveLength(7);
    expect(csv.timeline.events.map((e) => e.title)).toEqual(json.timeline.events.map((e) => e.title));
    expect(csv.timeline.events.map((e) => [e.start, e.end])).toEqual(json.timeline.events.map((e) => [e.start, e.end]));
    expect(csv.timeline.events.map((e) => e.group)).toEqual(json.timeline.events.map((e) => e.group));
    expect(csv.timeline.groups.map((g) => [g.id, g.order])).toEqual(json.timeline.groups.map((g) => [g.id, g.order]));
    expect(json.timeline.groups.map((g) => g.id)).toEqual(["visit", "pact", "history"]);
  });

  it("cites the same sources, compared by publisher, with the same details and numbers", () => {
    // Ids differ (given in JSON, generated from the publisher in CSV); everything else matches.
    expect(json.timeline.sources.map((s) => s.id)).toEqual(["britannica", "commentary", "nyt", "irna"]);
    expect(csv.timeline.sources.map((s) => s.id)).not.toEqual(json.timeline.sources.map((s) => s.id));
    expect(eventsByPublisher(csv.timeline)).toEqual(eventsByPublisher(json.timeline));
    expect(sourcesByPublisher(csv.timeline)).toEqual(sourcesByPublisher(json.timeline));
  });

  it.each([
    ["JSON", json],
    ["CSV", csv],
  ])("%s: the meeting on 8 June cites IRNA, relayed by The New York Times", (_name, { timeline }) => {
    const meeting = timeline.events.find((e) => e.start.edtf === "2008-06-08");
    expect(meeting?.title).toBe("Maliki meets President Ahmadinejad");
    const cited = (meeting?.sources ?? []).map((id) => sourceOf(timeline, id));
    expect(cited.map((s) => s.publisher)).toEqual(["IRNA", "The New York Times"]);
    const irna = cited[0];
    expect(irna?.kind).toBe("state-media");
    expect(sourceOf(timeline, irna?.via).publisher).toBe("The New York Times");
    // …and the Times itself reports the commentary it leaned on.
    expect(sourceOf(timeline, sourceOf(timeline, irna?.via).via).publisher).toBe("Commentary on the visit");
  });

  it.each([
    ["JSON", json],
    ["CSV", csv],
  ])("%s: events are in time order, the 1980 war first", (_name, { timeline }) => {
    expect(timeline.events.map((e) => e.id)).toEqual(SEED_ORDER);
    expect(timeline.events[0]?.start.edtf).toBe("1980-09-22");
    for (let i = 1; i < timeline.events.length; i++) {
      const [a, b] = [timeline.events[i - 1] as TimelineEvent, timeline.events[i] as TimelineEvent];
      const order = a.start.earliest - b.start.earliest || (a.end?.latest ?? a.start.latest) - (b.end?.latest ?? b.start.latest) || a.index - b.index;
      expect(order).toBeLessThan(0);
    }
  });

  it.each([
    ["JSON", json],
    ["CSV", csv],
  ])("%s: sources are numbered 1..n in order of first citation along the sorted events", (_name, { timeline }) => {
    expect(timeline.sources.map((s) => s.number)).toEqual(timeline.sources.map((_, i) => i + 1));
    const firstCited = [...new Set([...timeline.events, ...timeline.eras].flatMap((e) => e.sources))];
    expect(timeline.sources.slice(0, firstCited.length).map((s) => s.id)).toEqual(firstCited);
    expect(timeline.sources.map((s) => s.publisher)).toEqual(["Encyclopædia Britannica", "Commentary on the visit", "The New York Times", "IRNA"]);
  });
});

describe("format detection", () => {
  const ONE = { title: "Visit begins", start: "2008-06-07" };
  const visit = (t: Timeline): unknown[] => t.events.map((e) => [e.title, e.start.edtf]);

  it("auto reads CSV text as CSV", () => {
    const { timeline, diagnostics } = loadTimeline("Title,Date\nVisit begins,2008-06-07\n");
    expect(diagnostics).toEqual([]);
    expect(visit(timeline)).toEqual([["Visit begins", "2008-06-07"]]);
  });

  it("auto reads native JSON text, with leading whitespace and a BOM", () => {
    const text = `\uFEFF  \n${JSON.stringify({ title: "T", events: [ONE] })}`;
    const { timeline, diagnostics } = loadTimeline(text);
    expect(diagnostics).toEqual([]);
    expect(timeline.title).toBe("T");
    expect(visit(timeline)).toEqual([["Visit begins", "2008-06-07"]]);
    expect(loadTimeline(text, { format: "json" })).toEqual(loadTimeline(text));
  });

  it("auto reads TimelineJS JSON text as TimelineJS", () => {
    const auto = loadTimeline(TJS_JSON);
    expect(auto.diagnostics).toEqual([]);
    expect(auto.timeline.title).toBe("Maliki in Tehran, June 2008");
    expect(auto.timeline.events.map((e) => e.id)).toContain("meets-ahmadinejad");
    // Headlines lose their markup: TimelineJS HTML is never passed through.
    expect(auto.timeline.events.find((e) => e.id === "meets-ahmadinejad")?.title).toBe("Maliki meets President Ahmadinejad");
    expect(loadTimeline(TJS_JSON, { format: "timelinejs" })).toEqual(auto);
    // The same object, already parsed, is detected too.
    expect(loadTimeline(JSON.parse(TJS_JSON))).toEqual(auto);
  });

  it("an explicit json format reads TimelineJS-shaped data as native, and reports what it cannot use", () => {
    const { timeline, diagnostics } = loadTimeline(TJS_JSON, { format: "json" });
    expect(timeline.events).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain("missing-title");
  });

  it("auto reads a plain object", () => {
    const { timeline, diagnostics } = loadTimeline({ events: [ONE] });
    expect(diagnostics).toEqual([]);
    expect(visit(timeline)).toEqual([["Visit begins", "2008-06-07"]]);
  });

  it("auto reads a bare array of events, as an object and as text", () => {
    const object = loadTimeline([ONE]);
    expect(object.diagnostics).toEqual([]);
    expect(visit(object.timeline)).toEqual([["Visit begins", "2008-06-07"]]);
    expect(loadTimeline(JSON.stringify([ONE]))).toEqual(object);
  });

  it("an explicit csv format reads JSON-looking text as CSV", () => {
    const text = "[Title],Date\nVisit begins,2008-06-07\n";
    expect(loadTimeline(text).diagnostics.map((d) => d.code)).toEqual(["json-syntax"]);
    const { timeline, diagnostics } = loadTimeline(text, { format: "csv" });
    expect(diagnostics).toEqual([]);
    expect(visit(timeline)).toEqual([["Visit begins", "2008-06-07"]]);
  });

  it.each([
    ["text", "Title,Date\nVisit begins,2008-06-07\n"],
    ["an object", { events: [ONE] }],
  ])("an unknown format on %s gives format-unknown and an empty timeline", (_name, input) => {
    const { timeline, diagnostics } = loadTimeline(input, { format: "xml" as never });
    expect(diagnostics.map((d) => [d.code, d.severity, d.value])).toEqual([["format-unknown", "error", "xml"]]);
    expect(timeline).toEqual({ events: [], sources: [], groups: [], eras: [] });
  });
});

describe("strict mode", () => {
  it("throws one CitelineError listing every diagnostic and naming each bad row", () => {
    const lenient = loadTimeline(BROKEN_CSV);
    const errors = lenient.diagnostics.filter((d) => d.severity === "error");
    expect(errors).toHaveLength(6);
    let thrown: unknown;
    try {
      loadTimeline(BROKEN_CSV, { strict: true });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CitelineError);
    expect(thrown).toBeInstanceOf(Error);
    const error = thrown as CitelineError;
    expect(error.name).toBe("CitelineError");
    expect(error.diagnostics).toEqual(lenient.diagnostics);
    expect(error.diagnostics.filter((d: Diagnostic) => d.severity === "error")).toEqual(errors);
    for (const d of errors) {
      expect(error.message).toContain(`events[${String(d.index)}] line ${String(d.line)}`);
      expect(error.message).toContain(formatDiagnostic(d));
    }
    // Warnings are in .diagnostics but the message is about errors.
    expect(error.message).not.toContain("csv-unknown-column");
  });

  it("does not throw when there are only warnings", () => {
    const text = "Title,Date,Notes\nVisit begins,2008-06-07,check\n";
    const result = loadTimeline(text, { strict: true });
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([["csv-unknown-column", "warning"]]);
    expect(result).toEqual(loadTimeline(text));
    expect(result.timeline.events).toHaveLength(1);
  });

  it("does not throw on the seed story", () => {
    expect(loadTimeline(SEED_JSON, { strict: true }).timeline.events).toHaveLength(7);
    expect(loadTimeline(SEED_CSV, { strict: true }).timeline.events).toHaveLength(7);
  });
});

describe("bad JSON", () => {
  it.each([
    ["truncated object", '{"events": ['],
    ["trailing comma", '[{"title": "Visit", "start": "2008-06-07"},]'],
    ["single quotes", "{'events': []}"],
  ])("%s: a json-syntax error and an empty timeline, never a throw", (_name, text) => {
    const { timeline, diagnostics } = loadTimeline(text);
    expect(diagnostics.map((d) => [d.code, d.severity, d.section])).toEqual([["json-syntax", "error", "timeline"]]);
    expect(timeline).toEqual({ events: [], sources: [], groups: [], eras: [] });
  });

  it("throws a CitelineError (and nothing else) in strict mode", () => {
    expect(() => loadTimeline('{"events": [', { strict: true })).toThrow(CitelineError);
  });
});

describe("results", () => {
  const inputs: [string, () => unknown][] = [
    ["seed JSON", () => SEED_JSON],
    ["seed CSV", () => SEED_CSV],
    ["broken CSV", () => BROKEN_CSV],
    ["TimelineJS JSON", () => TJS_JSON],
    ["TimelineJS sheet", () => TJS_SHEET],
    ["seed object", () => JSON.parse(SEED_JSON) as unknown],
  ];

  it.each(inputs)("%s: the timeline survives a JSON round trip unchanged", (_name, input) => {
    const { timeline } = loadTimeline(input());
    expect(timeline.events.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(timeline))).toStrictEqual(timeline);
  });

  it("events and eras without tags or sources share one frozen empty list each: a load of 100,000 makes none", () => {
    const { timeline } = loadTimeline({
      events: [
        { title: "Bare", start: "2008-06-07" },
        { title: "Bare too", start: 1_212_796_800_000 },
        { title: "Tagged and cited", start: "2008-06-08", tags: ["visit"], sources: [{ publisher: "IRNA" }] },
      ],
      eras: [{ title: "War", start: "1980", end: "1988" }],
    });
    const [a, b, c] = ["Bare", "Bare too", "Tagged and cited"].map((t) => timeline.events.find((e) => e.title === t)!);
    expect(a!.tags).toBe(b!.tags);
    expect(a!.sources).toBe(b!.sources);
    expect(timeline.eras[0]!.sources).toBe(a!.sources);
    expect(Object.isFrozen(a!.tags) && Object.isFrozen(a!.sources)).toBe(true);
    expect(() => a!.tags.push("x")).toThrow(TypeError);
    // Lists with something in them are the event's own.
    expect(c!.tags).toEqual(["visit"]);
    expect(c!.sources).toHaveLength(1);
    expect(Object.isFrozen(c!.tags) || Object.isFrozen(c!.sources)).toBe(false);
  });

  it.each(inputs)("%s: loading twice gives the same result", (_name, input) => {
    expect(loadTimeline(input())).toStrictEqual(loadTimeline(input()));
  });

  it.each([
    ["native object", () => JSON.parse(SEED_JSON) as unknown],
    ["TimelineJS object", () => JSON.parse(TJS_JSON) as unknown],
    ["bare array of events", () => (JSON.parse(SEED_JSON) as { events: unknown[] }).events],
    [
      "object with inline sources and vias",
      () => ({
        events: [
          {
            title: "Meeting",
            start: "2008-06-08",
            tags: ["visit", "visit"],
            sources: [{ publisher: "IRNA", via: { publisher: "The New York Times", url: "https://www.nytimes.com/a" } }, { publisher: "The New York Times", url: "https://www.nytimes.com/a", title: "Article" }],
          },
        ],
      }),
    ],
  ])("%s: loading a deep-frozen input neither throws nor changes the result", (_name, input) => {
    const expected = loadTimeline(input());
    const frozen = deepFreeze(input());
    const snapshot = structuredClone(frozen);
    let result: ReturnType<typeof loadTimeline> | undefined;
    expect(() => {
      result = loadTimeline(frozen);
    }).not.toThrow();
    expect(result).toStrictEqual(expected);
    expect(frozen).toStrictEqual(snapshot);
    expect(result?.timeline.events.length).toBeGreaterThan(0);
  });
});
