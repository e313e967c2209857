// A user's value quoted in a left-to-right sentence (English, French, German, Spanish, Turkish) is
// isolated where it holds right-to-left letters or a direction control, so that it reads in its
// own direction and cannot turn ours (test/browser/bidi.e2e.test.ts draws it in Chromium); a value
// of left-to-right text alone stays as written, so that the messages developers read and grep
// hold no invisible characters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diagnosticLine } from "../../src/embed/states.js";
import { loadTimeline } from "../../src/load.js";
import { isolated, own } from "../../src/messages/isolate.js";
import { languageOf } from "../../src/options/language.js";

const FSI = "\u2068";
const PDI = "\u2069";

describe("a user's value in a left-to-right sentence", () => {
  it("is isolated where it turns, and only there", () => {
    expect(own("Maliki")).toBe("Maliki");
    expect(own("2008-06-07")).toBe("2008-06-07");
    expect(own(undefined)).toBe("");
    for (const turning of ["ایرنا", "۳ روز پس از دیدار", "עיראק 2008", "\u202Eevil", "a\u200Fb", "\u2067x\u2069"]) expect(own(turning)).toBe(`${FSI}${turning}${PDI}`);
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

// The controls that open an isolate (LRI, RLI, FSI) and the one that closes it (PDI), as UAX #9
// pairs them: a PDI closes the innermost isolate open, and one with none open does nothing.
const OPENS = /[\u2066-\u2068]/;

describe("a value's own isolates", () => {
  it("never end ours: a stray PDI is left out, an isolate left open is closed inside the value", () => {
    // A stray PDI then an override: kept, the PDI ended our isolate and the override turned the rest of the sentence.
    expect(own("x\u2069\u202Eevil")).toBe(`${FSI}x\u202Eevil${PDI}`);
    expect(own("\u2069")).toBe(`${FSI}${PDI}`);
    expect(own("\u2067x")).toBe(`${FSI}\u2067x${PDI}${PDI}`);
    expect(isolated("Maliki")).toBe(`${FSI}Maliki${PDI}`);
    expect(isolated(undefined)).toBe(`${FSI}${PDI}`);
  });

  it("closes ours with its last character, and keeps every other character in order (property)", () => {
    const char = fc.constantFrom("a", "ب", " ", "\u202E", "\u202C", "\u200F", "\u2066", "\u2067", "\u2068", "\u2069");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }).map((cs) => cs.join("")), (value) => {
        for (const out of [isolated(value), own(value)]) {
          let depth = 0;
          let closedAt = -1;
          [...out].forEach((ch, i) => {
            if (OPENS.test(ch)) depth++;
            else if (ch === PDI && depth > 0 && --depth === 0 && closedAt < 0) closedAt = i;
          });
          if (out === value) expect(value).not.toMatch(/[\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069]/);
          else {
            expect(depth).toBe(0);
            expect(closedAt).toBe([...out].length - 1);
          }
          expect(out.replace(/[\u2066-\u2069]/g, "")).toBe(value.replace(/[\u2066-\u2069]/g, ""));
        }
      }),
    );
  });

  it("in the right-to-left languages' sentences as well", () => {
    const { diagnostics } = loadTimeline({ events: [{ title: "x", start: "x\u2069\u202Eevil" }] });
    for (const lang of ["ar", "fa", "he", "ckb"]) {
      const line = diagnosticLine(diagnostics[0]!, languageOf({ locale: lang }).messages);
      expect(line, lang).toContain(`${FSI}x\u202Eevil${PDI}`);
      expect(line, lang).not.toContain(`x${PDI}\u202E`);
    }
  });
});
