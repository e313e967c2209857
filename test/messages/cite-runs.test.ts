// @vitest-environment node
// A label's citation numbers: runs of three or more as a range, in the order given, and at most
// eight parts; in each language's digits and commas.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadTimeline } from "../../src/load.js";
import { layoutTimeline } from "../../src/layout/layout.js";
import { messagesOf } from "../../src/messages/index.js";
import { citeRuns, numbersFor } from "../../src/messages/numbers.js";
import { translationFor } from "../../src/options/locales.js";

describe("citeRuns", () => {
  it.each([
    [[1, 2, 3, 5], "1–3,5"],
    [[4, 3], "4,3"],
    [[1, 2], "1,2"],
    [[7], "7"],
    [[], ""],
    [[1, 2, 3, 2, 3, 4], "1–3,2–4"],
    [Array.from({ length: 300 }, (_, i) => i + 1), "1–300"],
    [[1, 3, 5, 7, 9, 11, 13, 15, 17, 19], "1,3,5,7,9,11,13,15,…"],
  ])("%j → %s", (numbers, written) => {
    expect(citeRuns(numbers, String, ",")).toBe(written);
  });

  it("names every number it does not cut, in order, each once", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 30 }), (numbers) => {
        const text = citeRuns(numbers, String, ",");
        if (text.endsWith("…")) return;
        const back = text === "" ? [] : text.split(",").flatMap((part) => {
          const [a, b] = part.split("–").map(Number);
          return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, i) => a! + i);
        });
        expect(back).toEqual(numbers);
      }),
      { seed: 20081209, numRuns: 300 },
    );
  });

  it("writes the language's digits and comma", () => {
    expect(messagesOf(translationFor("fa"), numbersFor("fa-IR")).layout.cites([1, 2, 3, 9])).toBe("۱–۳،۹");
    expect(messagesOf(translationFor("de"), numbersFor("de")).layout.cites([1, 2, 3, 9])).toBe("1–3,9");
  });

  it("an event citing 300 sources labels them 1–300", () => {
    const sources = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, publisher: `Paper ${i}` }));
    const { timeline } = loadTimeline({ events: [{ id: "e", title: "Widely reported", start: "2008-06-08", sources: sources.map((s) => s.id) }], sources });
    const item = layoutTimeline(timeline, { width: 800 }).items[0]!;
    expect(item.label?.cites).toBe("1–300");
  });
});
