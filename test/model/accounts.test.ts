// @vitest-environment node
// Disputed events: `accounts` read from JSON and from spreadsheet rows that share an id, each with
// its own date and sources; the event covers them all; problems name the account (or its row);
// a source may contest another; and the loaded form saves and loads again unchanged.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { loadTimeline } from "../../src/load.js";
import type { TimelineInput } from "../../src/types.js";

const SOURCES = [
  { id: "nyt", publisher: "The New York Times" },
  { id: "irna", publisher: "IRNA", via: "nyt" },
];
const meeting = (accounts: unknown, more: Record<string, unknown> = {}) => ({ sources: SOURCES, events: [{ id: "meet", title: "Maliki meets Ahmadinejad", accounts, ...more }] });
const brief = (d: { severity: string; code: string; index?: number; line?: number; field?: string }) => [d.severity, d.code, d.index, d.line, d.field];

describe("accounts in native JSON", () => {
  it("reads each account's date and sources; the event covers them and cites them all, accounts first", () => {
    const { timeline, diagnostics } = loadTimeline(meeting([{ start: "2008-06-08", sources: ["irna"], description: "On the visit's second day." }, { start: "2008-06-09", sources: ["nyt", { publisher: "AP" }] }], { sources: ["nyt"] }));
    expect(diagnostics).toEqual([]);
    const [event] = timeline.events;
    expect(event!.start.edtf).toBe("2008-06-08");
    expect(event!.end?.edtf).toBe("2008-06-09");
    expect(event!.accounts!.map((a) => [a.start.edtf, a.sources, a.description])).toEqual([
      ["2008-06-08", ["irna"], "On the visit's second day."],
      ["2008-06-09", ["nyt", "ap"], undefined],
    ]);
    expect(event!.sources).toEqual(["irna", "nyt", "ap"]);
  });

  it("covers accounts given in any order and of any form: the earliest start, the latest end", () => {
    const { timeline } = loadTimeline(meeting([{ start: "2008-22?" }, { start: "2008-06", end: "2008-09-02" }, { start: "2008-05-30" }]));
    const [event] = timeline.events;
    expect([event!.start.edtf, event!.end?.edtf]).toEqual(["2008-05-30", "2008-09-02"]);
  });

  it("drops only a bad account, with a warning naming it; with none left and no date the event is dropped", () => {
    const one = loadTimeline(meeting([{ start: "2008-06-08" }, { start: "next week" }, "text"]));
    expect(one.timeline.events[0]!.accounts).toHaveLength(1);
    expect(one.diagnostics.map(brief)).toEqual([
      ["warning", "date-invalid", 0, undefined, "accounts[1].start"],
      ["warning", "not-an-object", 0, undefined, "accounts[2]"],
    ]);
    const none = loadTimeline(meeting([{ start: "soon" }]));
    expect(none.timeline.events).toEqual([]);
    expect(none.diagnostics.map(brief)).toContainEqual(["error", "missing-start", 0, undefined, "start"]);
  });

  it("names an unknown source inside an account by its place", () => {
    const { diagnostics, timeline } = loadTimeline(meeting([{ start: "2008-06-08", sources: ["irna", "afp"] }, { start: "2008-06-09" }]));
    expect(diagnostics.map(brief)).toEqual([["warning", "unknown-source", 0, undefined, "accounts[0].sources[1]"]]);
    expect(timeline.events[0]!.accounts![0]!.sources).toEqual(["irna"]);
  });

  it("reads the event's own date beside accounts as the first account, and says so", () => {
    const { timeline, diagnostics } = loadTimeline(meeting([{ start: "2008-06-09", sources: ["nyt"] }], { start: "2008-06-08", sources: ["irna"] }));
    expect(diagnostics.map(brief)).toEqual([["warning", "start-and-accounts", 0, undefined, "start"]]);
    expect(timeline.events[0]!.accounts!.map((a) => [a.start.edtf, a.sources])).toEqual([["2008-06-08", ["irna"]], ["2008-06-09", ["nyt"]]]);
  });

  it("resolves a source's `disputes`, and reports one naming no other source", () => {
    const { timeline, diagnostics } = loadTimeline({ sources: [...SOURCES, { id: "iraq", publisher: "Government of Iraq", disputes: "nyt" }, { id: "self", publisher: "Self", disputes: "self" }], events: [{ title: "x", start: "1980", sources: ["iraq", "self"] }] });
    expect(timeline.sources.find((s) => s.id === "iraq")?.disputes).toBe("nyt");
    expect(timeline.sources.find((s) => s.id === "self")?.disputes).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.field, d.value])).toEqual([["unknown-disputes", "disputes", "self"]]);
  });
});

describe("accounts in a spreadsheet: rows that share an id", () => {
  const sheet = [
    "ID,Title,Date,Description,Source,Group",
    "visit,Visit,2008-06-07/2008-06-09,Three days,IRNA,visit",
    "meet,Maliki meets Ahmadinejad,2008-06-08,On the second day,IRNA,visit",
    "meet,Maliki meets Ahmadinejad,2008-06-09,On Monday,The New York Times,visit",
    "",
  ].join("\n");

  it("become one event with an account per row, each row's date, words and source", () => {
    const { timeline, diagnostics } = loadTimeline(sheet);
    expect(diagnostics).toEqual([]);
    const meet = timeline.events.find((e) => e.id === "meet")!;
    expect(timeline.events).toHaveLength(2);
    expect(meet.accounts!.map((a) => [a.start.edtf, a.description, a.sources.map((id) => timeline.sources.find((s) => s.id === id)?.publisher)])).toEqual([
      ["2008-06-08", "On the second day", ["IRNA"]],
      ["2008-06-09", "On Monday", ["The New York Times"]],
    ]);
    expect(meet.description).toBeUndefined();
  });

  it("name the row and column of a problem in one account, and keep the rest", () => {
    const { timeline, diagnostics } = loadTimeline(`${sheet}meet,,the 10th,?,AFP,pact\n`);
    expect(timeline.events.find((e) => e.id === "meet")!.accounts).toHaveLength(2);
    expect(diagnostics.map(brief)).toEqual([
      ["warning", "account-differs", 3, 5, "Group"],
      ["warning", "date-invalid", 3, 5, "Date"],
    ]);
  });

  it("stay a repeated id when a row has another title: a copied row is another event", () => {
    const { diagnostics, timeline } = loadTimeline(`${sheet}meet,Maliki arrives in Tehran,2008-06-07,First day,IRNA,visit\n`);
    expect(diagnostics.map(brief)).toEqual([["error", "duplicate-id", 3, 5, "ID"]]);
    expect(timeline.events.find((e) => e.id === "meet")!.accounts).toHaveLength(2);
  });

  it("stay a repeated id when a row says the same again", () => {
    const { diagnostics } = loadTimeline(`${sheet}meet,Maliki meets Ahmadinejad,2008-06-08,On the second day,IRNA,visit\n`);
    expect(diagnostics.map(brief)).toEqual([["error", "duplicate-id", 3, 5, "ID"]]);
  });

  it("load as the JSON example does, the disputed example's two forms", () => {
    const json = loadTimeline(JSON.parse(readFileSync("examples/disputed/events.json", "utf8")) as TimelineInput);
    const csv = loadTimeline(readFileSync("examples/disputed/events.csv", "utf8"));
    expect(json.diagnostics).toEqual([]);
    expect(csv.diagnostics).toEqual([]);
    const dates = (t: typeof json.timeline) => t.events.map((e) => [e.id, e.start.edtf, e.accounts?.map((a) => a.start.edtf)]);
    expect(dates(csv.timeline)).toEqual(dates(json.timeline));
  });
});

describe("a disputed event is the normal form of its input", () => {
  it("saves and loads again unchanged, with no diagnostics, from JSON and from a sheet", () => {
    for (const input of [meeting([{ start: "2008-06-08", sources: ["irna"] }, { start: "../2008-06-09", sources: ["nyt"] }], { sources: ["nyt"] }), "ID,Title,Date,Source\nm,Meets,2008-06-08,IRNA\nm,Meets,2008-06-09,NYT\n"]) {
      const first = loadTimeline(input).timeline;
      const again = loadTimeline(JSON.stringify(first));
      expect(again.diagnostics).toEqual([]);
      expect(again.timeline).toEqual(first);
    }
  });
});
