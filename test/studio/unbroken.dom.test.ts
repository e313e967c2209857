// The dates a problem's sentence asks a reporter to type stay on one line (studio/src/problems.ts):
// a narrow cell broke "2008-07-06" after its year. The sentence itself must come through whole,
// as text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unbroken } from "../../studio/src/problems.js";

const text = (parts: (Node | string)[]) => parts.map((p) => (typeof p === "string" ? p : p.textContent)).join("");
const kept = (parts: (Node | string)[]) => parts.filter((p): p is HTMLElement => typeof p !== "string").map((p) => p.textContent);

describe("unbroken", () => {
  it("keeps each date to type, and the form to type it in, in one unbreakable span", () => {
    expect(kept(unbroken("Write 2008-06-07 or 2008-07-06, whichever you mean."))).toEqual(["2008-06-07", "2008-07-06"]);
    expect(kept(unbroken('"07.06.2008" is ambiguous. Write it as YYYY-MM-DD.'))).toEqual(["YYYY-MM-DD"]);
    expect(kept(unbroken("Schreiben Sie das Datum als JJJJ-MM-TT."))).toEqual(["JJJJ-MM-TT"]);
    expect(kept(unbroken("Write 2008-06-07T14:30 if that is the date you mean."))).toEqual(["2008-06-07T14:30"]);
    expect(kept(unbroken("Write 2008-06-07/2008-06-09."))).toEqual(["2008-06-07/2008-06-09"]);
    // Arabic: the date isolated left to right, the isolate's marks around its span.
    const arabic = unbroken("اكتب \u20662008-06-07\u2069 أو \u20662008-07-06\u2069");
    expect(kept(arabic)).toEqual(["2008-06-07", "2008-07-06"]);
    for (const part of arabic) if (typeof part !== "string") expect((part as HTMLElement).className).toBe("studio-nowrap");
    // A word with one hyphen, or none, is left to break as words do.
    expect(kept(unbroken("A three-day visit, well known."))).toEqual([]);
  });

  it("gives back the sentence whole, as text: markup in it stays words", () => {
    expect(text(unbroken("<b>2008-06-07</b> <img src=x onerror=alert(1)>"))).toBe("<b>2008-06-07</b> <img src=x onerror=alert(1)>");
    for (const part of unbroken("<b>2008-06-07</b>")) if (typeof part !== "string") expect((part as HTMLElement).children.length).toBe(0);
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (s) => text(unbroken(s)) === s), { seed: 20080607, numRuns: 300 });
    fc.assert(fc.property(fc.array(fc.constantFrom("2008", "-", "06", "/", ":", "T", " ", "x", "YYYY", "é"), { maxLength: 20 }), (bits) => text(unbroken(bits.join(""))) === bits.join("")), { seed: 20080608, numRuns: 300 });
  });
});
