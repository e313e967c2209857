// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readDate } from "../../src/model/date.js";
import { describeSpan } from "../../src/model/date-words.js";
import { loadTimeline } from "../../src/load.js";

interface Example {
  edtf: string;
  level: number;
  feature: string;
  expect: string;
  words?: string;
}
// Every example the Library of Congress specification gives, with what citeline makes of it.
const { examples } = JSON.parse(readFileSync("test/fixtures/edtf/spec-examples.json", "utf8")) as { examples: Example[] };

describe("the EDTF specification's own examples", () => {
  it.each(examples.map((e) => [e.edtf, e] as const))("%s", (_text, example) => {
    const r = readDate(example.edtf);
    if (example.expect !== "read") {
      expect(r).toMatchObject({ ok: false, code: example.expect });
      return;
    }
    if (!r.ok) throw new Error(`${example.edtf}: ${r.code}`);
    expect(describeSpan(r.date, r.end)).toBe(example.words);
    expect(r.date.earliest).toBeLessThanOrEqual(r.date.latest);
    // The canonical text reads back to the same date: a saved timeline loads as it was.
    const again = readDate(r.end && !r.date.bound && !r.end.bound ? `${r.date.edtf}/${r.end.edtf}` : r.date.edtf);
    if (!r.end) expect(again).toMatchObject({ ok: true, date: r.date });
  });

  it("every example is read or refused by name, in one load, with its index", () => {
    const { timeline, diagnostics } = loadTimeline({ events: examples.map((e) => ({ title: e.feature, start: e.edtf })) });
    const refused = examples.flatMap((e, i) => (e.expect === "read" ? [] : [[i, e.expect]]));
    expect(diagnostics.map((d) => [d.index, d.code])).toEqual(refused);
    expect(timeline.events).toHaveLength(examples.length - refused.length);
    expect(examples.filter((e) => e.level === 2 && e.expect === "read").length).toBeGreaterThanOrEqual(15);
  });
});
