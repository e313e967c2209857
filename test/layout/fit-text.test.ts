// @vitest-environment node
// Shortening a label: the longest run of whole code points that fits with its ellipsis, the same
// as cutting the text's `[...text]` array would give (the plain definition below), for any text,
// any width and a measure that is additive or not. A zoom step shortens each long title again, so
// the cut is found on the string itself, with no array of characters made for it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateWidth, fitText, type Measure } from "../../src/layout/measure.js";

function plainFit(text: string, max: number, size: number, measure: Measure): string {
  if (measure(text, size) <= max) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join("").trimEnd()}…`, size) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? "" : `${chars.slice(0, lo).join("").trimEnd()}…`;
}

// A measure that is not a sum of its characters' widths (kerning, shaping): words cost extra.
const shaped: Measure = (text, size) => estimateWidth(text, size) + 3 * text.split(" ").length;

describe("fitText", () => {
  it("keeps whole code points: an emoji or a lone surrogate is never cut in half", () => {
    expect(fitText("Talks 😀😀😀😀😀 in Tehran", 60, 12, estimateWidth)).toBe(plainFit("Talks 😀😀😀😀😀 in Tehran", 60, 12, estimateWidth));
    expect(fitText("ab\ud83dcdefghijklmnop", 40, 12, estimateWidth)).toBe(plainFit("ab\ud83dcdefghijklmnop", 40, 12, estimateWidth));
    expect(fitText("Maliki's three-day visit to Tehran", 80, 12, estimateWidth)).toBe("Maliki's thr…");
  });

  it("is the plain definition's cut for any text, width and measure", () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 40 }), fc.constantFrom("Maliki's three-day visit to Tehran", "سفر سه‌روزه مالکی به تهران", "a    b   c"));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 400 }), fc.constantFrom(11, 12), fc.constantFrom(estimateWidth, shaped), (t, max, size, measure) => {
        expect(fitText(t, max, size, measure)).toBe(plainFit(t, max, size, measure));
      }),
      { numRuns: 2000 },
    );
  });
});
