// English numbers are written without Intl (a page's first Intl number format loads ICU's data, a
// cost an English first render does not need to pay): they must read exactly as Intl writes them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { englishCount, numbersFor } from "../../src/messages/numbers.js";
import { canonicalTag, LOCALE_TAGS } from "../../src/options/locale-tags.js";

const ENGLISH = ["en", "en-GB", "en-US"] as const;
const numbers = fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.maxSafeInteger().map((x) => -x), fc.double({ noNaN: true }), fc.constantFrom(0, -0, 999, 1000, -1000, 1e21, 2 ** 53, Infinity, -Infinity, NaN, 0.5, 1234.5678));

describe("English numbers without Intl", () => {
  it.each(ENGLISH)("%s counts and writes numbers as Intl does", (tag) => {
    const grouped = new Intl.NumberFormat(tag);
    const plain = new Intl.NumberFormat(tag, { useGrouping: false });
    const n = numbersFor(tag);
    fc.assert(
      fc.property(numbers, (x) => {
        expect(n.count(x)).toBe(grouped.format(x));
        expect(n.plain(x)).toBe(plain.format(x));
      }),
      { numRuns: 2000 },
    );
    expect(n.digits("+88 1990–91")).toBe("+88 1990–91");
  });

  it("groups by threes with commas, the sign before", () => {
    expect(englishCount(1990)).toBe("1,990");
    expect(englishCount(-1234567)).toBe("-1,234,567");
    expect(englishCount(999)).toBe("999");
  });

  it("leaves English that Intl groups otherwise to Intl", () => {
    expect(numbersFor("en-IN").count(100000)).toBe(new Intl.NumberFormat("en-IN").format(100000));
    expect(numbersFor("en-IN").count(100000)).toBe("1,00,000");
  });

  it("knows the tags of its own tables canonical, as Intl does", () => {
    for (const tag of LOCALE_TAGS) expect(canonicalTag(tag)).toBe(Intl.getCanonicalLocales(tag)[0]);
    expect(canonicalTag("en-gb")).toBe("en-GB");
  });

  it("writes the count in a plural phrase as it counts", () => {
    const forms = { one: "# event", other: "# events" };
    for (const tag of ENGLISH) {
      expect(numbersFor(tag).plural(1, forms)).toBe("1 event");
      expect(numbersFor(tag).plural(12345, forms)).toBe(`${new Intl.NumberFormat(tag).format(12345)} events`);
    }
  });
});

describe("lists in each language", () => {
  // Intl's data has no Sorani lists and wrote English's "or" between two Sorani readings.
  it.each(LOCALE_TAGS.filter((tag) => !tag.startsWith("en")))("%s joins a list in its own words, never English's", (tag) => {
    const n = numbersFor(canonicalTag(tag) ?? tag);
    for (const kind of ["and", "or"] as const) {
      const said = n.list(["⁦2008-06-07⁩", "⁦2008-07-06⁩", "⁦2008⁩"], kind);
      expect(said, kind).not.toMatch(/\b(?:and|or)\b/);
      expect(said).toContain("2008-06-07");
      expect(said).toContain("⁦2008⁩");
    }
  });

  it("writes Sorani's with its own words", () => {
    expect(numbersFor("ckb").list(["a", "b"], "or")).toBe("a یان b");
    expect(numbersFor("ckb").list(["a", "b", "c"], "and")).toBe("a، b و c");
    expect(numbersFor("ckb").list(["a"], "or")).toBe("a");
  });
});
