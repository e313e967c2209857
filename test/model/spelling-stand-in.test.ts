// The browser builds read EDTF without the readers of spellings (src/browser/date-spelling.ts):
// what the stand-in passes through unread must be exactly what the readers give back as written,
// or a page would read a date one way before `citeline-words.js` loads and another after.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayNeedSpelling, normalizeSpelling as standIn, readsAsWritten } from "../../src/browser/date-spelling.js";
import { loadTimeline } from "../../src/load.js";
import { normalizeSpelling } from "../../src/model/date-spelling.js";

const digits = (n: number) => fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((d) => d.join(""));
const mark = fc.constantFrom("", "", "?", "~", "%");
// The stand-in's own grammar, with months, days and times out of range too: the readers pass
// those on as written, for the EDTF reader to refuse.
const time = fc.tuple(digits(2), fc.option(digits(2)), fc.option(fc.tuple(digits(2), fc.option(fc.integer({ min: 1, max: 3 }).chain(digits)))), fc.constantFrom("", "Z", "+04:30", "-08:00", "-04", "+0430"))
  .map(([h, m, s, zone]) => `T${h}${m === null ? "" : `:${m}${s ? `:${s[0]}${s[1] ? `.${s[1]}` : ""}` : ""}`}${zone}`);
const end = fc.tuple(fc.constantFrom("", "-"), digits(4), fc.option(fc.tuple(fc.integer({ min: 1, max: 2 }).chain(digits), fc.option(fc.tuple(digits(2), fc.option(time))))), mark)
  .map(([sign, y, rest, q]) => `${sign}${y}${rest ? `-${rest[0]}${rest[1] ? `-${rest[1][0]}${rest[1][1] ?? ""}` : ""}` : ""}${q}`);
// Level 2's marks among digits, and any text of EDTF's characters.
const level2 = fc.array(fc.constantFrom(..."0123456789X-?~%SEYp"), { minLength: 1, maxLength: 14 }).map((c) => c.join(""));
const interval = fc.tuple(fc.oneof(end, level2, fc.constantFrom("..", "")), fc.oneof(end, level2, fc.constantFrom("..", "")), fc.constantFrom("/", "..")).map(([a, b, between]) => `${a}${between}${b}`);
const set = fc.tuple(fc.constantFrom("[", "{"), fc.array(fc.oneof(end, level2, fc.constantFrom("..", "1670..1672", "..1760-12")), { minLength: 1, maxLength: 4 }), fc.constantFrom(",", ", ", ",  "), fc.constantFrom("]", "}"))
  .map(([open, members, comma, close]) => `${open}${members.join(comma)}${close}`);
const edtfCharacters = fc.array(fc.constantFrom(..."0123456789X-/.?~%TZ:+[]{},YSEp "), { minLength: 1, maxLength: 20 }).map((c) => c.join(""));

describe("the browser builds' stand-in for the readers of spellings", () => {
  it("passes through unread only what the readers give back as written, with no warning", () => {
    fc.assert(
      fc.property(fc.oneof(end, interval, level2, set, edtfCharacters), fc.constantFrom("", " ", "\t", "\u00a0"), fc.constantFrom("", " ", "\n"), (text, before, after) => {
        if (!readsAsWritten(text)) return;
        expect(normalizeSpelling(text)).toEqual({ ok: true, edtf: text });
        expect(normalizeSpelling(text, { dateFormat: "DMY" })).toEqual({ ok: true, edtf: text });
        // A sheet's stray space around it, which the readers drop.
        expect(standIn(before + text + after)).toEqual(normalizeSpelling(before + text + after));
      }),
      { seed: 20081204, numRuns: 3000 },
    );
  });

  it("reads the EDTF of the seed, the specification's plain forms and level 2's marks as written", () => {
    const written = ["2008-06-07", "2008-06", "2008", "-0753", "2008-22", "2008-22?", "2008-06~", "2008-06-07T14:30", "2008-06-07T14:30:00.123Z", "1980/1988", "2008-06-07/2008-06-09", "../2008", "2008/..", "2008/", "156X-12-25", "2004?-06-~11", "Y-170000002", "1950S2", "20XX", "[]", "[1667,1668,1670..1672]", "{1960, 1961-12}", "[..1760-12-03]", "2004-06-~01/2004-06-~20", "2004-06-XX/2004-07-03"];
    expect(written.filter((text) => !readsAsWritten(text))).toEqual([]);
    for (const text of written) expect(standIn(text), text).toEqual({ ok: true, edtf: text });
  });

  it("reads every date a saved timeline writes as written, so a page loading one fetches no reader", () => {
    // Every form the loader reads, spelled ones included: what it saves of each is EDTF.
    const forms = ["2008-06-08", "476", "-44", "0", "2008-22?", "198X", "156X-12-25", "1950S2", "?2004-06-~11", "2008-06-08T14", "1985-04-12T23:20:30-04",
      "1980/1988", "1985-04-12/..", "../1985", "1985-04-12/", "[1667..1672,1680]", "{1667,1668}", "8 June 2008", "754 BCE", "1980–1988", "c. 1900", "early June 2008", "Y-12000", 1212800000000];
    const { timeline } = loadTimeline({ events: forms.map((start, i) => ({ title: `Event ${i}`, start, end: i % 5 === 0 ? ".." : undefined, source: { publisher: "IRNA", published: "8 June 2008" } })) });
    const written: string[] = [];
    JSON.stringify(timeline, (key, value: unknown) => {
      if (key === "edtf" && typeof value === "string") written.push(value);
      return value;
    });
    expect(written.length).toBeGreaterThan(forms.length);
    expect(written.filter((edtf) => edtf !== "" && !readsAsWritten(edtf))).toEqual([]);
  });

  it("says every other spelling waits for the readers, and an empty date is no date", () => {
    // "2019-20" and "3096-97" are the years 2019–2020 and 3096–3097 to the readers, not months
    // (the property test found the second passed through as written).
    const spelled = ["June 7, 2008", "7/6/2008", "1980–1988", "c. 1900", "early June 2008", "2008-6-8", "2008-06-07 14:30", "Summer 2008", "754 BCE", "20080607", "39603", "hello", "2008 -06", "2008-06-07T14:30:00.123456", "2019-20", "3096-97"];
    expect(spelled.filter((text) => readsAsWritten(text))).toEqual([]);
    for (const text of spelled) expect(standIn(text), text).toEqual({ ok: false, code: "words-not-loaded" });
    expect(standIn("  ")).toEqual({ ok: false, code: "date-invalid" });
    expect([mayNeedSpelling(spelled.slice(0, 1)), mayNeedSpelling(["2008-06-07", "", "1980/1988"])]).toEqual([true, false]);
  });
});
