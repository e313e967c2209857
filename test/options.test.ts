// @vitest-environment node
// One options table for every way of giving options: a value reads the same from `<cite-line>`
// attributes, `data-` attributes and `citeline` flags, and what text accepts the API accepts too;
// what is wrong is told the same way everywhere.
import { optionDoc } from "../src/options/docs.js";
import { languageOf } from "../src/options/language.js";
import { loadTimeline } from "../src/load.js";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { de } from "date-fns/locale/de";
import { enUS } from "date-fns/locale/en-US";
import { it as italian } from "date-fns/locale/it";
import { nl } from "date-fns/locale/nl";
import { pt } from "date-fns/locale/pt";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./cli/run.js";
import { describeDate } from "../src/model/date-words.js";
import { readDate } from "../src/model/date.js";
import {
  checkRenderOptions,
  checkTimelineOptions,
  LOCALES,
  OPTION_ATTRIBUTES,
  OPTION_FLAGS,
  OPTION_LIST,
  OPTIONS,
  readFlags,
  readOptions,
  type OptionName,
} from "../src/options.js";

const ROOT = resolve(import.meta.dirname, "..");

/** For each option: text that reads (and the value it reads as), text that does not, and API values refused. */
const SAMPLES: Record<OptionName, { good?: [string, unknown][]; bad?: string[]; badApi?: unknown[]; goodApi?: unknown[] }> = {
  height: { good: [["420", 420], ["300px", 300], [" 420.4 ", 420], ["4000", 4000]], bad: ["tall", "", "50", "4001", "NaN", "Infinity"], badApi: [50, 4001, NaN, Infinity, "420"] },
  locale: {
    // A regional tag is its language's locale under the tag asked for, so Intl writes that region's digits.
    good: [["it", italian], ["nl", nl], ["pt", pt], ["pt-BR", { ...pt, code: "pt-BR" }], ["en_US", enUS], ["de-AT", { ...de, code: "de-AT" }], ["en", LOCALES["en-GB"]]],
    bad: ["tlh", "", "xx-YY"],
    badApi: ["tlh", "", null, 3],
    goodApi: [italian, "it", "de-AT"],
  },
  theme: { good: [["light", "light"], ["dark", "dark"], [" auto ", "auto"]], bad: ["sepia", "Dark", ""], badApi: ["sepia", 1] },
  window: {
    good: [
      ["1980/1988", [Date.UTC(1980, 0, 1), Date.UTC(1988, 11, 31, 23, 59, 59, 999)]],
      ["1980–1988", [Date.UTC(1980, 0, 1), Date.UTC(1988, 11, 31, 23, 59, 59, 999)]],
      // start/end, each end in words, as the option's rule says it may be written.
      ["1 June 2008/31 July 2008", [Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 31, 23, 59, 59, 999)]],
    ],
    bad: ["1988/1980", "soon", "", "2008-06-01"],
    badApi: [[2, 1], [1], [NaN, 2], "1980/1988", [1, "2"]],
    goodApi: [[new Date("2008-06-01"), Date.UTC(2008, 8, 1)]],
  },
  breaks: {
    good: [["auto", "auto"], [" None ", "none"], ["1989/2007", [[Date.UTC(1989, 0, 1), Date.UTC(2007, 11, 31, 23, 59, 59, 999)]]], ["1989/1990,2001/2002", [[Date.UTC(1989, 0, 1), Date.UTC(1990, 11, 31, 23, 59, 59, 999)], [Date.UTC(2001, 0, 1), Date.UTC(2002, 11, 31, 23, 59, 59, 999)]]]],
    bad: ["sometimes", "", "2007/1989", "1989/2007,soon"],
    badApi: ["sometimes", [[2, 1]], [[1]], "1989/2007", [1, 2], [[NaN, 2]]],
    goodApi: ["none", [[new Date("1989-01-01"), Date.UTC(2007, 0, 1)]], []],
  },
  label: { good: [["The visit", "The visit"], ["  padded ", "padded"]], badApi: [3] },
  format: { good: [["auto", "auto"], ["json", "json"], ["csv", "csv"], ["timelinejs", "timelinejs"]], bad: ["xml", ""], badApi: ["xml"] },
  view: { good: [["chart", "chart"], ["list", "list"], ["story", "story"]], bad: ["grid", "Story", ""], badApi: ["grid", "slides"] },
  headingLevel: { good: [["1", 1], [" 2 ", 2], ["6", 6]], bad: ["0", "7", "2.5", "h2", ""], badApi: [0, 7, 2.5, NaN, "3", null] },
  width: { good: [["640", 640], ["800px", 800], ["20000", 20000]], bad: ["wide", "50", "20001"], badApi: [50, 20001, "640"] },
  title: { good: [["Maliki & Tehran", "Maliki & Tehran"]], badApi: [3] },
  dateFormat: { good: [["DMY", "DMY"], ["mdy", "MDY"]], bad: ["YMD"], badApi: ["dmy", "YMD", 1] },
  twoDigitYearsFrom: { good: [["1930", 1930], [" 1950 ", 1950], ["9900", 9900]], bad: ["30", "1930.5", "9901", "999", "nineteen", ""], badApi: [30, 1930.5, 9901, "1930", NaN], goodApi: [1000, 1930] },
  data: { goodApi: ["Title,Date\nA,2008\n", { events: [] }] },
  // Raw data (dates still text) is not a loaded timeline: drawn, it would fail deep in the layout.
  timeline: { badApi: [{}, "timeline", { events: [] }, { events: [{ title: "Visit", start: "2008" }], sources: [], groups: [], eras: [] }], goodApi: [{ events: [], sources: [], groups: [], eras: [] }] },
  overview: { badApi: ["yes", 0], goodApi: [false] },
  hash: { badApi: [1], goodApi: [true] },
  // A switch: the bare attribute (or flag) is on.
  media: { good: [["", true], ["true", true], ["media", true], ["false", false]], bad: ["yes", "on", "1"], badApi: ["true", 1], goodApi: [true, false] },
  measure: { badApi: ["canvas"], goodApi: [() => 0] },
  idPrefix: { badApi: ["1st", 'x"><script>', "", "a b"], goodApi: ["tehran", "tl-2_b"] },
  css: { badApi: [3], goodApi: [".citeline {}"] },
  messages: { badApi: ["Events", [], null, 3], goodApi: [{ chart: { eventsHeading: "Chronology" } }, {}] },
  calendar: {
    good: [["persian", "persian"], ["gregory", "gregory"], [" islamic-umalqura ", "islamic-umalqura"], ["islamic-civil", "islamic-civil"]],
    bad: ["jalali", "Persian", "islamic", ""],
    badApi: ["jalali", 1],
  },
  dir: { good: [["rtl", "rtl"], ["ltr", "ltr"]], bad: ["auto", "RTL", ""], badApi: ["auto", true] },
  timeDirection: { good: [["rtl", "rtl"], ["ltr", "ltr"]], bad: ["backwards", ""], badApi: ["up", 0] },
  // Never refused: a page falls back to en-GB (the hostile corpus passes markup here).
  lang: { goodApi: ["en-GB", "de", "en GB", "<en>"] },
};

/** Read one option's text as markup attribute (both spellings) and as flag, where it has them. */
function readAll(name: OptionName, text: string) {
  const spec = OPTIONS[name];
  const attribute = spec.attribute;
  const plain = attribute ? readOptions((n) => (n === attribute ? text : null)) : undefined;
  const data = attribute ? readOptions((n) => (n === attribute ? text : null), (n) => `data-${n}`) : undefined;
  const flag = spec.flag ? readFlags((f) => (f === spec.flag![0] ? text : undefined)) : undefined;
  return { plain, data, flag };
}

/** The API's verdict on one value: undefined when accepted, the RangeError's message when not. */
function api(name: OptionName, value: unknown): string | undefined {
  const uses = OPTIONS[name].uses;
  try {
    if (uses.includes("timeline")) checkTimelineOptions({ [name]: value });
    if (uses.includes("render") || uses.includes("page")) checkRenderOptions({ [name]: value });
    // The loader's own entry: loadTimeline checks its options as the others check theirs.
    // (An unknown format there is the diagnostic format-unknown, test/load.test.ts.)
    if (uses.includes("load") && name !== "format") loadTimeline("Title,Date\nA,2008\n", { [name]: value });
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(RangeError);
    return (error as Error).message;
  }
}

describe("the options table", () => {
  it("has samples for every option, so a new option comes with its checks", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(OPTIONS).sort());
  });

  it("names each attribute and flag once, and OPTION_ATTRIBUTES is its attributes in order", () => {
    const attributes = OPTION_LIST.flatMap((o) => (o.attribute ? [o.attribute] : []));
    expect(attributes).toEqual([...OPTION_ATTRIBUTES]);
    expect(new Set(attributes).size).toBe(attributes.length);
    const flags = OPTION_FLAGS.map((o) => o.flag[0]);
    expect(new Set(flags).size).toBe(flags.length);
    for (const o of OPTION_LIST) expect(optionDoc(o.name), o.name).toMatch(/^[A-Z].*\.$/);
  });

  it("describes exactly the fields of TimelineOptions, RenderStringOptions and RenderPageOptions", () => {
    const source = readFileSync(join(ROOT, "src/options/types.ts"), "utf8");
    const fields = (name: string) => {
      const body = new RegExp(`export interface ${name}(?: extends \\w+)? \\{([\\s\\S]*?)\\n\\}`).exec(source)?.[1] ?? "";
      return [...body.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]!);
    };
    const by = (...uses: string[]) => OPTION_LIST.filter((o) => o.uses.some((u) => uses.includes(u))).map((o) => o.name);
    expect(fields("TimelineOptions").sort()).toEqual(by("timeline").sort());
    expect([...fields("RenderStringOptions"), ...fields("RenderPageOptions")].sort()).toEqual(by("render", "page").sort());
  });
});

describe("one value, read the same from attribute, data- attribute and flag", () => {
  it.each(Object.keys(SAMPLES) as OptionName[])("%s", (name) => {
    const spec = OPTIONS[name];
    const { good = [], bad = [] } = SAMPLES[name];
    for (const [text, value] of good) {
      const { plain, data, flag } = readAll(name, text);
      for (const read of [plain, data, flag]) {
        if (!read) continue;
        expect(read.problems, `${name} ${text}`).toEqual([]);
        expect((read.options as Record<string, unknown>)[name], `${name} ${text}`).toEqual(value);
      }
      // What text reads as, the API accepts.
      expect(api(name, value), `${name} ${text}`).toBeUndefined();
    }
    for (const text of bad) {
      const { plain, data, flag } = readAll(name, text);
      if (plain && data) {
        expect(plain.options).toEqual({});
        expect(plain.problems).toEqual([`${spec.attribute}="${text}" ${spec.rule.isNot}; it was ignored.`]);
        expect(data.problems).toEqual([`data-${spec.attribute}="${text}" ${spec.rule.isNot}; it was ignored.`]);
      }
      if (flag) {
        expect(flag.options).toEqual({});
        expect(flag.problems).toEqual([`${spec.flag![0]} must be ${spec.rule.text}; got "${text}".`]);
      }
    }
  });

  it("blank free text is no value at all, not a wrong one", () => {
    expect(readOptions((n) => (n === "label" ? "  " : null))).toEqual({ options: {}, problems: [] });
    expect(readFlags((f) => (f === "--title" ? "" : undefined))).toEqual({ options: {}, problems: [] });
  });
});

describe("the API checks every option the same way", () => {
  it.each(Object.keys(SAMPLES) as OptionName[])("%s", (name) => {
    const spec = OPTIONS[name];
    const { badApi = [], goodApi = [] } = SAMPLES[name];
    for (const value of goodApi) expect(api(name, value)).toBeUndefined();
    for (const value of badApi) expect(api(name, value), String(value)).toMatch(new RegExp(`^${name} must be ${escape(spec.rule.value)}; got .+\\.$`));
    // Undefined is the default, always allowed.
    expect(api(name, undefined)).toBeUndefined();
  });

  it("keeps today's wording for the messages tests and users know", () => {
    expect(() => checkRenderOptions({ idPrefix: "1st" })).toThrow(new RangeError('idPrefix must be a letter followed by letters, digits, "-" or "_"; got "1st".'));
    expect(() => checkRenderOptions({ theme: "sepia" as "dark" })).toThrow(new RangeError('theme must be "light", "dark" or "auto"; got "sepia".'));
    expect(() => checkTimelineOptions({ headingLevel: 9 })).toThrow(new RangeError("headingLevel must be a whole number from 1 to 6; got 9."));
    expect(() => checkTimelineOptions({ headingLevel: "3" as unknown as number })).toThrow('headingLevel must be a whole number from 1 to 6; got "3".');
    expect(() => checkTimelineOptions({ height: 50 })).toThrow("height must be a number of pixels from 120 to 4000; got 50.");
    expect(() => checkTimelineOptions({ window: [2, 1] })).toThrow("window must be two times (UTC ms or Dates), the start before the end; got an array.");
  });

  it("checks each entry point's own options, and returns them as given", () => {
    const options = { height: 480, theme: "dark" as const, view: "list" as const };
    expect(checkTimelineOptions(options)).toBe(options);
    // idPrefix is renderToString's, not createTimeline's; label is createTimeline's (the server's is title).
    expect(() => checkTimelineOptions({ idPrefix: "1st" } as never)).not.toThrow();
    expect(() => checkRenderOptions({ label: 42 } as never)).not.toThrow();
    // view is both's: the server writes a story's first slide too.
    expect(() => checkRenderOptions({ view: "grid" } as never)).toThrow('view must be "chart", "list" or "story"; got "grid".');
  });
});

describe("locales", () => {
  it("one table for markup and the command line: it, nl and pt read in both", () => {
    for (const [tag, locale] of [["it", italian], ["nl", nl], ["pt", pt]] as const) {
      expect(readOptions((n) => (n === "locale" ? tag : null)).options.locale).toBe(locale);
      expect(readOptions((n) => (n === "locale" ? tag : null), (n) => `data-${n}`).options.locale).toBe(locale);
      expect(readFlags((f) => (f === "--locale" ? tag : undefined)).options.locale).toBe(locale);
    }
    const june = readDate("2008-06");
    if (!june.ok) throw new Error("2008-06 reads");
    const read = readOptions((n) => (n === "locale" ? "it" : null)).options.locale;
    expect(describeDate(june.date, languageOf({ locale: read }).dates)).toBe("giugno 2008");
  });
});

describe("the command refuses what markup reports, in the same words", () => {
  const dir = mkdtempSync(join(tmpdir(), "citeline-options-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = runCli;

  // A switch (`--media`) takes no value: what would follow it is an argument of its own.
  it.each(OPTION_FLAGS.filter((o) => o.flag[1] !== "").flatMap((o) => (SAMPLES[o.name].bad ?? []).map((bad) => [o.flag[0], bad] as const)))("%s %j", async (flag, bad) => {
    const spec = OPTION_FLAGS.find((o) => o.flag[0] === flag)!;
    const r = await run("render", "examples/seed-tehran-2008/events.csv", "-o", join(dir, "x.html"), flag, bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`citeline: ${flag} must be ${spec.rule.text}; got "${bad}".\nRun "citeline --help" for usage.\n`);
  });

  it("--media is a switch: given, the page shows the pictures (and may load them); a value after it is refused", async () => {
    const data = join(dir, "media.json");
    writeFileSync(data, JSON.stringify({ events: [{ title: "Visit", start: "2008-06-07", media: { url: "images/visit.jpg", alt: "Steps", credit: "IRNA" } }] }));
    const on = join(dir, "on.html");
    const off = join(dir, "off.html");
    expect(await run("render", data, "-o", on, "--media")).toMatchObject({ code: 0 });
    expect(await run("render", data, "-o", off)).toMatchObject({ code: 0 });
    expect(readFileSync(on, "utf8")).toMatch(/<img class="cl-media-img" alt="Steps" [^>]*src="images\/visit.jpg">/);
    expect(readFileSync(on, "utf8")).toContain("img-src &#39;self&#39; https: http:");
    expect(readFileSync(off, "utf8")).not.toContain("<img");
    expect(readFileSync(off, "utf8")).toContain("Image: <bdi>Steps</bdi>");
    expect((await run("render", data, "-o", on, "--media", "yes")).code).toBe(2);
  });

  it("--locale it renders in Italian, as locale=\"it\" does", async () => {
    const out = join(dir, "it.svg");
    expect(await run("render", "examples/seed-tehran-2008/events.csv", "-o", out, "--locale", "it")).toMatchObject({ code: 0 });
    expect(readFileSync(out, "utf8")).toContain("giugno 2008");
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
