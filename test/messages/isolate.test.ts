// A user's value quoted in a left-to-right sentence (English, French, German, Spanish, Turkish) is
// isolated where it holds right-to-left letters or a direction control, so that it reads in its
// own direction and cannot turn ours (test/browser/bidi.e2e.test.ts draws it in Chromium); a value
// of left-to-right text alone stays as written, so that the messages developers read and grep
// hold no invisible characters.
import { describe, expect, it } from "vitest";
import { diagnosticLine } from "../../src/embed/states.js";
import { loadTimeline } from "../../src/load.js";
import { own } from "../../src/messages/isolate.js";
import { languageOf } from "../../src/options/language.js";

const FSI = "\u2068";
const PDI = "\u2069";

describe("a user's value in a left-to-right sentence", () => {
  it("is isolated where it turns, and only there", () => {
    expect(own("Maliki")).toBe("Maliki");
    expect(own("2008-06-07")).toBe("2008-06-07");
    expect(own(undefined)).toBe("");
    for (const turning of ["ایرنا", "۳ روز پس از دیدار", "עיראק 2008", "\u202Eevil", "a\u200Fb", "\u2067x"]) expect(own(turning)).toBe(`${FSI}${turning}${PDI}`);
  });

  it("in English's message and every left-to-right language's sentence", () => {
    const { diagnostics } = loadTimeline({ groups: [{ id: "a", label: "A" }], events: [{ title: "x", start: "۳ روز پس از دیدار" }, { title: "y", start: "soon" }, { title: "z", start: "2008", group: "ایران" }] });
    const [persian, latin, group] = diagnostics;
    expect(persian?.message).toContain(`"${FSI}۳ روز پس از دیدار${PDI}"`);
    expect(group?.message).toContain(`"${FSI}ایران${PDI}"`);
    expect(latin?.message).toContain('"soon"');
    expect(latin?.message).not.toMatch(/[\u2066-\u2069]/);
    for (const lang of ["fr", "de", "es", "tr"]) {
      const words = languageOf({ locale: lang }).messages;
      expect(diagnosticLine(persian!, words), lang).toContain(`${FSI}۳ روز پس از دیدار${PDI}`);
      expect(diagnosticLine(latin!, words), lang).not.toMatch(/[\u2066-\u2069]/);
    }
  });
});
