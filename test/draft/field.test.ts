// @vitest-environment node
// `draft: true` on an event: read by the loader (anything but a boolean is reported and ignored),
// kept in the normal form, allowed by the JSON Schema; and a draft of the seed, as a file, is
// valid against the schema the editors check it with.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { draftTimeline } from "../../src/draft/draft.js";
import { loadTimeline } from "../../src/load.js";

const event = (extra: Record<string, unknown>) => ({ events: [{ title: "Visit", start: "2008-06-07", sources: [{ publisher: "IRNA" }], ...extra }] });
const schema = JSON.parse(readFileSync("schema/timeline.schema.json", "utf8")) as object;
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

describe("an event's draft mark", () => {
  it("is kept when true, and absent when false or not given", () => {
    expect(loadTimeline(event({ draft: true })).timeline.events[0]!.draft).toBe(true);
    expect("draft" in loadTimeline(event({ draft: false })).timeline.events[0]!).toBe(false);
    expect("draft" in loadTimeline(event({})).timeline.events[0]!).toBe(false);
  });

  it.each([["yes"], [1], ["true"], [{}]])("is reported and ignored when it is %j", (value) => {
    const { timeline, diagnostics } = loadTimeline(event({ draft: value }));
    expect(timeline.events).toHaveLength(1);
    expect("draft" in timeline.events[0]!).toBe(false);
    expect(diagnostics).toEqual([expect.objectContaining({ code: "wrong-type-ignored", severity: "warning", section: "events", index: 0, field: "draft" })]);
    expect(diagnostics[0]!.message).toBe("`draft` must be true or false; it was ignored.");
  });

  it("survives saving and loading again, and a checked event (the mark removed) loads as checked", () => {
    const first = loadTimeline(event({ draft: true })).timeline;
    const again = loadTimeline(JSON.stringify(first));
    expect(again.diagnostics).toEqual([]);
    expect(again.timeline).toEqual(first);
    const checked = JSON.parse(JSON.stringify(first)) as { events: { draft?: boolean }[] };
    delete checked.events[0]!.draft;
    expect(loadTimeline(checked).timeline.events[0]!.draft).toBeUndefined();
  });

  it("is in the JSON Schema as a boolean", () => {
    expect(validate(event({ draft: true }))).toBe(true);
    expect(validate(event({ draft: "yes" }))).toBe(false);
  });

  it("is valid in a drafted file, loaded or not", () => {
    const { timeline } = draftTimeline(readFileSync("test/fixtures/draft/tehran-visit-2008.txt", "utf8"), { published: "2008-06-09", publisher: "Commentary" });
    expect(validate(timeline), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(JSON.stringify(loadTimeline(timeline).timeline)))).toBe(true);
  });
});
