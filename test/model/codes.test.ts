// @vitest-environment node
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from "../../src/diagnostics.js";

const ok = { title: "Visit", start: "2008-06-07" };
const events = (...list: unknown[]) => ({ events: list });

// One input per diagnostic code, and the address the diagnostic must carry.
const CASES: [DiagnosticCode, unknown, Partial<Diagnostic>, { format?: "csv" | "json" | "timelinejs"; requireSources?: boolean }?][] = [
  ["json-syntax", '{"events": [', { section: "timeline" }],
  ["text-encoding", new Uint8Array([...new TextEncoder().encode("Title,Date\nCaf"), 0xe9, ...new TextEncoder().encode(",2008\n")]), { section: "timeline", value: "Windows-1252" }, { format: "csv" }],
  ["format-unknown", "{}", { section: "timeline", value: "yaml" }, { format: "yaml" as "json" }],
  ["input-not-object", 42, { section: "timeline" }],
  ["events-not-array", { events: "none" }, { section: "timeline", field: "events" }],
  ["list-not-array", { events: [], sources: "nyt" }, { section: "timeline", field: "sources" }],
  ["csv-empty", "Title,Date\n", { section: "timeline" }, { format: "csv" }],
  ["csv-title-from-text", ",date,content\n0,1984-01-09,First Scud-B missile test firing.\n", { section: "timeline", line: 1, field: "content", value: "content" }, { format: "csv" }],
  ["csv-html-text", 'Title,Date,Desc\nVisit,2008,"<p>Talks.</p>"\n', { section: "timeline", line: 1, field: "Desc", value: "Desc" }, { format: "csv" }],
  ["csv-missing-column", "Title,Notes\nVisit,x\n", { section: "timeline", line: 1 }, { format: "csv" }],
  ["csv-unknown-column", "Title,Date,Notes\nVisit,2008,x\n", { section: "timeline", line: 1, field: "Notes" }, { format: "csv" }],
  ["csv-row-type", "Type,Title,Date\nslide,Visit,2008\n", { section: "events", index: 0, line: 2, field: "Type" }, { format: "csv" }],
  ["csv-separator", "Title;Date\r\nVisit;2008\r\n", { section: "timeline", line: 1, value: ";" }, { format: "csv" }],
  ["timelinejs-missing-events", { title: {} }, { section: "timeline" }, { format: "timelinejs" }],
  ["not-an-object", events(ok, "just text"), { section: "events", index: 1 }],
  ["forbidden-key", '{"events": [{"title": "Visit", "start": "2008", "__proto__": {"x": 1}}]}', { section: "events", index: 0, field: "__proto__" }],
  ["unknown-field", events({ ...ok, headline: "x" }), { section: "events", index: 0, field: "headline" }],
  ["wrong-type", events({ title: 42n, start: "2008" }), { section: "events", index: 0, field: "title" }],
  ["wrong-type-ignored", events({ ...ok, tags: 5 }), { section: "events", index: 0, field: "tags" }],
  ["string-too-long", events({ ...ok, title: "x".repeat(501) }), { section: "events", index: 0, field: "title" }],
  ["missing-title", events(ok, { start: "2008" }), { section: "events", index: 1, field: "title" }],
  ["title-from-text", { events: [{ start_date: { year: 2008 }, text: { headline: "", text: "<p>Visit begins</p>" } }] }, { section: "events", index: 0, field: "text.headline", value: "Visit begins" }, { format: "timelinejs" }],
  ["missing-start", events({ title: "Visit" }), { section: "events", index: 0, field: "start" }],
  ["importance-range", events({ ...ok, importance: 150 }), { section: "events", index: 0, field: "importance" }],
  ["date-invalid", events({ title: "x", start: "next Tuesday" }), { section: "events", index: 0, field: "start" }],
  ["date-ambiguous", events({ title: "x", start: "03/04/2008" }), { section: "events", index: 0, field: "start", value: "03/04/2008" }],
  ["date-reinterpreted", events({ title: "x", start: "25/03/2008" }), { section: "events", index: 0, field: "start" }],
  ["date-out-of-range", events({ title: "x", start: 1e16 }), { section: "events", index: 0, field: "start" }],
  ["date-unsupported", events({ title: "x", start: "XXXX-12-XX" }), { section: "events", index: 0, field: "start" }],
  ["date-object-mismatch", events({ title: "x", start: { edtf: "2008", earliest: 0 } }), { section: "events", index: 0, field: "start" }],
  ["end-before-start", events({ title: "x", start: "1988", end: "1980" }), { section: "events", index: 0, field: "end" }],
  ["interval-and-end", events({ title: "x", start: "1980/1988", end: "1989" }), { section: "events", index: 0, field: "end" }],
  ["duplicate-id", events({ ...ok, id: "a" }, { ...ok, id: "a" }), { section: "events", index: 1, field: "id" }],
  ["unknown-group", { groups: [{ id: "visit" }], events: [{ ...ok, group: "pact" }] }, { section: "events", index: 0, field: "group" }],
  ["unknown-source", events({ ...ok, sources: ["nyt"] }), { section: "events", index: 0, field: "sources[0]" }],
  ["unknown-story-event", { events: [{ ...ok, id: "a" }], story: ["a", "b"] }, { section: "timeline", field: "story[1]", value: "b" }],
  ["duplicate-story-event", { events: [{ ...ok, id: "a" }], story: ["a", "a"] }, { section: "timeline", field: "story[1]", value: "a" }],
  ["unknown-via", { sources: [{ id: "irna", publisher: "IRNA", via: "nyt" }], events: [ok] }, { section: "sources", field: "via", value: "nyt" }],
  ["via-too-deep", { sources: Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, publisher: `P${i}`, ...(i < 39 ? { via: `s${i + 1}` } : {}) })), events: [ok] }, { section: "sources", field: "via" }],
  ["citation-differs", { sources: [{ id: "nyt", publisher: "NYT", quote: "A" }], events: [{ ...ok, sources: [{ id: "nyt", publisher: "NYT", quote: "B" }] }] }, { section: "events", index: 0, field: "sources[0]" }],
  ["csv-unknown-columns", `Title,Date,${Array.from({ length: 21 }, (_, i) => `X${i}`).join(",")}\nVisit,2008\n`, { section: "timeline", line: 1 }],
  ["unknown-disputes", { sources: [{ id: "nyt", publisher: "NYT", disputes: "irna" }], events: [{ ...ok, sources: ["nyt"] }] }, { section: "sources", field: "disputes", value: "irna" }],
  ["account-differs", "ID,Title,Date,Source,Group\nmeet,Meeting,2008-06-08,IRNA,visit\nmeet,Meeting,2008-06-09,NYT,pact\n", { section: "events", index: 1, line: 3, field: "Group", value: "meet" }, { format: "csv" }],
  ["start-and-accounts", events({ ...ok, accounts: [{ start: "2008-06-09" }] }), { section: "events", index: 0, field: "start" }],
  ["via-cycle", { sources: [{ id: "a", publisher: "A", via: "b" }, { id: "b", publisher: "B", via: "a" }], events: [ok] }, { section: "sources", field: "via" }],
  ["source-missing-publisher", { sources: [{ id: "nyt" }], events: [ok] }, { section: "sources", index: 0, field: "publisher" }],
  ["citation-missing-publisher", events({ ...ok, sources: [{ title: "Untitled" }] }), { section: "events", index: 0, field: "sources[0].publisher" }],
  ["missing-id", { groups: [{ label: "Visit" }], events: [ok] }, { section: "groups", index: 0, field: "id" }],
  ["url-unsafe", events({ ...ok, sources: [{ publisher: "X", url: "javascript:alert(1)" }] }), { section: "events", index: 0, field: "sources[0].url" }],
  ["unsourced", events(ok, { ...ok, id: "b", sources: [{ publisher: "IRNA" }] }), { section: "events", index: 0, field: "sources" }, { requireSources: true }],
  ["url-invalid", events({ ...ok, sources: [{ publisher: "X", url: "http://" }] }), { section: "events", index: 0, field: "sources[0].url" }],
  ["media-url-unsafe", events(ok, { ...ok, media: { url: "javascript:alert(1)", alt: "x" } }), { section: "events", index: 1, field: "media.url", value: "javascript:alert(1)" }],
  ["media-missing-url", events({ ...ok, media: { credit: "AP" } }), { section: "events", index: 0, field: "media.url" }],
  ["media-missing-alt", events({ ...ok, media: { url: "images/visit.jpg" } }), { section: "events", index: 0, field: "media.alt" }],
  ["media-missing-alt", "Title,Date,Image URL\nVisit,2008,images/visit.jpg\n", { section: "events", index: 0, line: 2, field: "media.alt" }, { format: "csv" }],
];

describe("diagnostic codes", () => {
  it("every code has a case here", () => {
    // Only the browser bundles say these (before their TimelineJS, EDTF or HTML reader has loaded):
    // test/script-tag.test.ts and test/browser/on-demand.e2e.test.ts check them.
    // Drafting from an article says the draft-* codes (draftTimeline, not a load): test/draft checks them.
    const everywhere = Object.keys(DIAGNOSTIC_CODES).filter((code) => !code.endsWith("-not-loaded") && !code.startsWith("draft-"));
    expect(new Set(CASES.map(([code]) => code))).toEqual(new Set(everywhere));
  });

  it.each(CASES)("%s", (code, input, where, options) => {
    const { diagnostics } = loadTimeline(input, options);
    const found = diagnostics.find((d) => d.code === code);
    expect(found, JSON.stringify(diagnostics)).toBeDefined();
    expect(found).toMatchObject({ ...where, severity: DIAGNOSTIC_CODES[code] });
    expect(found?.message.length).toBeGreaterThan(10);
    expect(found?.message).not.toMatch(/undefined|\[object/);
  });

  it("a value in a message is cut to 80 characters", () => {
    const { diagnostics } = loadTimeline(events({ title: "x", start: `${"9".repeat(200)}` }));
    expect(diagnostics[0]?.value).toHaveLength(80);
  });

  it("errors drop only their own event; warnings keep it", () => {
    const { timeline, diagnostics } = loadTimeline(
      events(ok, { title: "x", start: "03/04/2008" }, { ...ok, title: "Kept", sources: [{ publisher: "X", url: "javascript:alert(1)" }] }),
    );
    expect(timeline.events.map((e) => e.title)).toEqual(["Visit", "Kept"]);
    expect(diagnostics.map((d) => [d.code, d.index])).toEqual([["date-ambiguous", 1], ["url-unsafe", 2]]);
    expect(timeline.sources).toEqual([{ id: "x", number: 1, publisher: "X" }]);
  });

  it("an error inside an inline citation drops that part of the citation, not the event", () => {
    const { timeline, diagnostics } = loadTimeline(
      events({ ...ok, sources: [{ publisher: "IRNA", published: "next week", title: "x".repeat(600), via: { publisher: "NYT", published: "03/04/2008" } }] }),
    );
    expect(timeline.events).toHaveLength(1);
    expect(timeline.sources.map((s) => [s.publisher, s.published, s.title, s.via])).toEqual([["IRNA", undefined, undefined, "nyt"], ["NYT", undefined, undefined, undefined]]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.field])).toEqual([
      ["string-too-long", "warning", "sources[0].title"],
      ["date-invalid", "warning", "sources[0].published"],
      ["date-ambiguous", "warning", "sources[0].via.published"],
    ]);
    expect(diagnostics.every((d) => d.message.endsWith("Only this part of the citation was dropped."))).toBe(true);
  });

  it("__proto__ in data never reaches a prototype", () => {
    const { timeline } = loadTimeline('{"events": [{"title": "Visit", "start": "2008", "__proto__": {"polluted": true}}], "__proto__": {"polluted": true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(timeline.events[0])).toBe(Object.prototype);
    expect((timeline.events[0] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
