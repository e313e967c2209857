// @vitest-environment node
// Shortening a label: the text itself when it fits, else a run of its whole code points, trimmed,
// with an ellipsis, that fits; never half of a surrogate pair; for any text, any width and a measure
// that is additive or not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateWidth, fitText, type Measure } from "../../src/layout/measure.js";

// A measure that is not a sum of its characters' widths (kerning, shaping): words cost extra.
const shaped: Measure = (text, size) => estimateWidth(text, size) + 3 * text.split(" ").length;

// Every cut a reader could be shown: the first k code points, trimmed, with an ellipsis.
const cuts = (text: string) => new Set([...text].map((_, k) => `${[...text].slice(0, k + 1).join("").trimEnd()}…`));

describe("fitText", () => {
  it("keeps whole code points: an emoji or a lone surrogate is never cut in half", () => {
    expect(fitText("Maliki's three-day visit to Tehran", 80, 12, estimateWidth)).toBe("Maliki's thr…");
    for (const text of ["Talks 😀😀😀😀😀 in Tehran", "ab\ud83dcdefghijklmnop"]) {
      for (let max = 10; max < 120; max += 7) {
        const short = fitText(text, max, 12, estimateWidth);
        if (short !== "" && short !== text) expect(cuts(text)).toContain(short);
      }
    }
  });

  it("gives the text when it fits, else a cut of it that fits, or nothing", () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 40 }), fc.constantFrom("Maliki's three-day visit to Tehran", "سفر سه‌روزه مالکی به تهران", "a    b   c"));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 400 }), fc.constantFrom(11, 12), fc.constantFrom(estimateWidth, shaped), (t, max, size, measure) => {
        const short = fitText(t, max, size, measure);
        if (measure(t, size) <= max) expect(short).toBe(t);
        else if (short !== "") {
          expect(cuts(t)).toContain(short);
          expect(measure(short, size)).toBeLessThanOrEqual(max);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
