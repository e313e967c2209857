// @vitest-environment node
// The loader on input a newsroom or an attacker can produce: relay chains, repeated citations,
// deep nesting, invisible titles, many columns. Bounds on time are the robustness suite's; these
// check what is loaded and said.
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { readDate } from "../../src/model/date.js";
import { shorten } from "../../src/diagnostics.js";
import { citationText } from "../../src/model/citation.js";
import { MAX_VIA } from "../../src/model/source.js";
import type { SourceInput } from "../../src/types.js";

const event = (extra: object = {}) => ({ title: "Visit", start: "2008-06-07", ...extra });

describe("via chains", () => {
  it("an inline chain 3,000 deep is read without recursion and cut at 32 relays, with one diagnostic", () => {
    let source: SourceInput = { publisher: "P0" };
    for (let i = 1; i < 3000; i++) source = { publisher: `P${i}`, via: source };
    const { timeline, diagnostics } = loadTimeline({ events: [event({ sources: [source] })] });
    expect(timeline.events).toHaveLength(1);
    expect(timeline.sources).toHaveLength(MAX_VIA + 1);
    expect(diagnostics.map((d) => [d.code, d.severity, d.index])).toEqual([["via-too-deep", "warning", 0]]);
    expect(citationText(timeline, timeline.events[0]!.sources[0]!)?.via).toHaveLength(MAX_VIA);
  });

  it("shared sources naming each other 3,000 deep: every chain is cut to 32 relays, said once", () => {
    const sources = Array.from({ length: 3000 }, (_, i) => ({ id: `s${i}`, publisher: `P${i}`, ...(i < 2999 ? { via: `s${i + 1}` } : {}) }));
    const { timeline, diagnostics } = loadTimeline({ sources, events: [event({ sources: ["s0"] })] });
    expect(diagnostics.map((d) => d.code)).toEqual(["via-too-deep"]);
    const byId = new Map(timeline.sources.map((s) => [s.id, s]));
    for (const s of timeline.sources) {
      let depth = 0;
      for (let at = s.via; at !== undefined; at = byId.get(at)?.via) depth++;
      expect(depth).toBeLessThanOrEqual(MAX_VIA);
    }
    expect(citationText(timeline, "s0")?.via.length).toBeLessThanOrEqual(MAX_VIA);
  });

  it("a loop a → b → a is cut where it closes, and said", () => {
    const { timeline, diagnostics } = loadTimeline({ sources: [{ id: "a", publisher: "A", via: "b" }, { id: "b", publisher: "B", via: "a" }], events: [event({ sources: ["a"] })] });
    expect(diagnostics.map((d) => [d.code, d.value])).toEqual([["via-cycle", "a"]]);
    expect(citationText(timeline, "a")?.text).toBe("A, via B");
  });
});

describe("citations are evidence: only identical ones merge", () => {
  const cite = (quote: string, title = "Talks") => ({ publisher: "The New York Times", url: "https://www.nytimes.com/2008/06/09/world/09iraq.html", title, quote });

  it("the same document quoted differently by two events is two sources, each with its own quote", () => {
    const { timeline, diagnostics } = loadTimeline({ events: [event({ title: "A", sources: [cite("First passage.")] }), event({ title: "B", sources: [cite("Second passage.")] })] });
    expect(diagnostics).toEqual([]);
    expect(timeline.sources.map((s) => [s.number, s.quote])).toEqual([[1, "First passage."], [2, "Second passage."]]);
    const quoteOf = (title: string) => citationText(timeline, timeline.events.find((e) => e.title === title)!.sources[0]!)?.quote;
    expect([quoteOf("A"), quoteOf("B")]).toEqual(["First passage.", "Second passage."]);
  });

  it("a different title or author is a different citation too; an identical one merges into one number", () => {
    const { timeline } = loadTimeline({ events: [event({ title: "A", sources: [cite("Q")] }), event({ title: "B", sources: [cite("Q", "Another title")] }), event({ title: "C", sources: [cite("Q")] })] });
    expect(timeline.sources).toHaveLength(2);
    const [a, b, c] = ["A", "B", "C"].map((t) => timeline.events.find((e) => e.title === t)!.sources[0]);
    expect(a).toBe(c);
    expect(a).not.toBe(b);
  });

  it("an inline citation reusing a source's id with other details keeps the source and says what was ignored", () => {
    const { timeline, diagnostics } = loadTimeline({
      sources: [{ id: "nyt", publisher: "The New York Times", quote: "Original." }],
      events: [event({ sources: [{ id: "nyt", publisher: "The New York Times", quote: "Changed." }] })],
    });
    expect(timeline.sources.map((s) => s.quote)).toEqual(["Original."]);
    expect(diagnostics.map((d) => [d.code, d.index, d.field, d.value])).toEqual([["citation-differs", 0, "sources[0]", "nyt"]]);
    expect(diagnostics[0]?.message).toContain("quote");
  });
});

describe("values in messages", () => {
  it("quote NaN and Infinity as given, not as null", () => {
    const { diagnostics } = loadTimeline({ events: [event({ start: Number.NaN }), event({ start: Number.POSITIVE_INFINITY })] });
    expect(diagnostics.map((d) => d.value)).toEqual(["NaN", "Infinity"]);
    expect(diagnostics[0]?.message).toMatch(/^"NaN" is not a date/);
  });

  it("preview arrays 10,000 deep, cyclic objects and huge arrays in bounded work", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(shorten(deep)).toBe(`${"[".repeat(79)}…`);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(shorten(cyclic)).toBe('{"a":1,"self":[Circular]}');
    expect(shorten(new Array(1_000_000).fill(7)).length).toBe(80);
    expect(shorten({ when: new Date(Number.NaN), n: -0, big: 10n })).toBe('{"when":Invalid Date,"n":0,"big":10n}');
  });

  it("a document nested 10,000 deep, as text or inside events, is reported, not thrown", () => {
    const text = `${"[".repeat(10_000)}1${"]".repeat(10_000)}`;
    for (const input of [text, `{"events": [${text}]}`]) {
      const { timeline, diagnostics } = loadTimeline(input);
      expect(timeline.events).toEqual([]);
      expect(diagnostics[0]).toMatchObject({ code: "not-an-object", section: "events", index: 0 });
    }
  });
});

describe("titles", () => {
  it("a title of only invisible or direction-control characters is missing, said as such", () => {
    const { timeline, diagnostics } = loadTimeline({ events: [event({ title: "\u200B\u202E\u2066\u200D" }), event({ title: "\u00A0\u3000" }), event({ title: "👩‍👩‍👧" }), event({ title: "زيارة المالكي" })] });
    expect(timeline.events.map((e) => e.title).sort()).toEqual(["زيارة المالكي", "👩‍👩‍👧"].sort());
    expect(diagnostics.map((d) => [d.code, d.index])).toEqual([["missing-title", 0], ["missing-title", 1]]);
    expect(diagnostics[0]?.message).toContain("no visible character");
  });

  it("an era's missing title names the era, not an event", () => {
    const { diagnostics } = loadTimeline({ events: [event()], eras: [{ start: "1980/1988" }] });
    expect(diagnostics[0]).toMatchObject({ code: "missing-title", section: "eras", index: 0 });
    expect(diagnostics[0]?.message).toContain("every era needs a label");
    expect(diagnostics[0]?.message).not.toContain("event");
  });
});

describe("many columns", () => {
  it("10,000 unknown columns make one diagnostic naming 20 and counting the rest; a few keep one each", () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `Extra ${i}`);
    const csv = `Title,Date,${names.join(",")}\nVisit,2008-06-07,${names.map(() => "x").join(",")}\n`;
    const { timeline, diagnostics } = loadTimeline(csv);
    expect(timeline.events).toHaveLength(1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "csv-unknown-columns", severity: "warning", line: 1 });
    expect(diagnostics[0]?.message).toContain('"Extra 19", and 9,980 more');
    expect(diagnostics[0]?.message).not.toContain('"Extra 20"');
    expect(loadTimeline("Title,Date,Foo\nVisit,2008\n").diagnostics.map((d) => [d.code, d.field])).toEqual([["csv-unknown-column", "Foo"]]);
  });

  it("20,000 citations with one slug get distinct ids", () => {
    const events = Array.from({ length: 20_000 }, (_, i) => event({ title: `E${i}`, sources: [{ publisher: "Agency", quote: `q${i}` }] }));
    const { timeline } = loadTimeline({ events });
    expect(new Set(timeline.sources.map((s) => s.id)).size).toBe(20_000);
  });
});

describe("a load inside a load", () => {
  it("a getter in the input that loads another timeline leaves the event being read as it was given", () => {
    // The loader reads every event's fields into one record; a load started from inside a read
    // (here, from a getter on the title) must not write into it.
    const inner = { events: [{ title: "Inner", start: "1999-01-01", group: "inner", description: "Inner text" }] };
    const sneaky = {
      start: "2008-06-07",
      get title() {
        loadTimeline(inner);
        return "Outer";
      },
      group: "outer",
      description: "Outer text",
    };
    const { timeline, diagnostics } = loadTimeline({ events: [sneaky, event({ title: "After" })] });
    expect(diagnostics).toEqual([]);
    const outer = timeline.events.find((e) => e.title === "Outer");
    expect([outer?.start.edtf, outer?.group, outer?.description]).toEqual(["2008-06-07", "outer", "Outer text"]);
    expect(timeline.events.find((e) => e.title === "After")?.group).toBeUndefined();
  });
});

describe("dates that would take the readers of words thousands of calls deep", () => {
  // Each reader of words reads a part of the text and hands the rest on ("c. c. 1900": an
  // approximate "c. 1900"), so that thousands of parts threw RangeError (the call stack) out of
  // loadTimeline, and a page's createTimeline with it.
  const HOSTILE = ["c. ".repeat(5000) + "1900", "2003" + " -".repeat(10_000), "since ".repeat(3000) + "2003", "early ".repeat(5000) + "2008", "2003 to present".repeat(2000)];

  it("refuses each as too long, with its index and field, and loads the rest", () => {
    const events = [...HOSTILE.map((start) => event({ start })), event(), ...HOSTILE.map((end) => event({ end }))];
    // Under the limit of a date's length (a set of a hundred dates with their times), the readers of words refuse it.
    const under = "c. ".repeat(1300) + "1900";
    const { timeline, diagnostics } = loadTimeline({ events });
    expect(timeline.events.map((e) => e.index)).toEqual([HOSTILE.length]);
    expect(diagnostics.map((d) => [d.code, d.index, d.field])).toEqual([
      ...HOSTILE.map((_, i) => ["string-too-long", i, "start"]),
      ...HOSTILE.map((_, i) => ["string-too-long", HOSTILE.length + 1 + i, "end"]),
    ]);
    expect(diagnostics[0]?.message).toBe("`start` is 15,004 characters long, more than the 4,000 allowed; shorten it.");
    expect(loadTimeline({ events: [event({ start: under })] }).diagnostics.map((d) => [d.code, d.index, d.field])).toEqual([["date-invalid", 0, "start"]]);
  });

  it("reads the longest a date in words may be to its end, whatever it repeats", () => {
    for (const part of ["c. ", " -", "since ", "early ", "from ", "(", "2003–", "in ", "on ", "? – ", "unknown–", "June 2008–"]) {
      const start = `${part.repeat(Math.floor((200 - 4) / part.length))}2008`;
      expect(start.length).toBeLessThanOrEqual(200);
      expect(() => loadTimeline({ events: [event({ start })] })).not.toThrow();
    }
  });

  it("hands a long set of dates to the EDTF reader, and EDTF's characters repeated thousands of times never throw", () => {
    const set = `[${Array.from({ length: 100 }, (_, i) => `2008-06-07T14:${String(i % 60).padStart(2, "0")}:00Z`).join(", ")}]`;
    expect(set.length).toBeLessThanOrEqual(4000);
    expect(loadTimeline({ events: [event({ start: set })] }).diagnostics.map((d) => d.code)).not.toContain("string-too-long");
    for (const part of ["[", "{", "-", "..", "/", "~", "?", "X", "1,"]) {
      const start = part.repeat(Math.floor(3999 / part.length));
      expect(() => loadTimeline({ events: [event({ start })] }), part).not.toThrow();
    }
  });

  it("refuses long blank text as no date", () => {
    expect(readDate(" ".repeat(300))).toMatchObject({ ok: false, code: "date-invalid" });
  });

  it("refuses a date object's EDTF of that length, as a window or an account's date would be", () => {
    const { diagnostics } = loadTimeline({ events: [event({ start: { edtf: "c. ".repeat(5000) + "1900" } })] });
    expect(diagnostics.map((d) => d.code)).toEqual(["date-invalid"]);
  });
});
