/**
 * Every option citeline takes, described once: its API name, its markup attribute and command-line
 * flag (if it has them), its type, how it is read from text and how an API value is checked. The
 * readers (`./read.ts`), the checkers (`./check.ts`), the command's help and docs/options.md all
 * work from this table, so an option cannot be read one way in `<cite-line>` and another on the
 * command line. The sentence that documents each is `./docs.ts`'s, which no page carries.
 *
 * @module
 */
import { optionsEn, type OptionRule } from "../messages/options.js";
import { readDate } from "../model/date.js";
import { isLoadedTimeline } from "../model/loaded-timeline.js";
import { localeKey } from "./locale-tags.js";
import { LOCALE_TAGS, localeFor } from "./locales.js";
import type { Calendar } from "../types.js";
import type { BreaksOption } from "../layout/segments.js";
import type { RenderPageOptions, TimelineOptions } from "./types.js";
import type { LoadOptions } from "../types.js";

/**
 * Every option of every entry point, by its API name: those of `createTimeline` and of
 * `renderPage` (which has all of `renderToString`'s), and the command's `dateFormat`, which it
 * passes to `loadTimeline`.
 */
export interface AnyOptions extends TimelineOptions, RenderPageOptions {}

/** An option's API name. */
export type OptionName = keyof AnyOptions;

/**
 * Who takes an option: `createTimeline` (and `update`), `renderToString` and `renderSvg`,
 * `renderPage` (and `renderSvg`'s stylesheet), or the loader.
 */
export type OptionUse = "timeline" | "render" | "page" | "load";

/** One option, described once. */
export interface OptionSpec<K extends OptionName = OptionName> {
  /** The API name, as `createTimeline` and `renderToString` take it. */
  readonly name: K;
  /** The markup attribute of `<cite-line>` (and, with `data-`, of `[data-citeline]`). */
  readonly attribute?: string;
  /** The command-line flag, with its placeholder for the help: `["--height", "<px>"]`. */
  readonly flag?: readonly [flag: string, placeholder: string];
  /** The TypeScript type, as docs/options.md shows it. */
  readonly type: string;
  readonly uses: readonly OptionUse[];
  /** How a wrong value is told. */
  readonly rule: OptionRule;
  /** Read from an attribute's or a flag's text (already trimmed); undefined when it cannot be. */
  readonly parse?: (text: string) => AnyOptions[K] | undefined;
  /** Whether an API value is allowed (undefined, the default, always is). */
  readonly check?: (value: unknown) => boolean;
  /** Blank text means "not given" rather than a wrong value (free text such as a label). */
  readonly blankIsAbsent?: boolean;
}

/** The height and width options' ranges and defaults, px. */
export const HEIGHT = { min: 120, max: 4000, fallback: 420 } as const;
/** See {@link HEIGHT}. */
export const WIDTH = { min: 120, max: 20000, fallback: 800 } as const;
const THEMES = ["light", "dark", "auto"] as const;
const VIEWS = ["chart", "list", "story"] as const;
const FORMATS = ["auto", "json", "csv", "timelinejs"] as const;
const DATE_FORMATS = ["DMY", "MDY"] as const;
/** The first years a two-digit year's hundred can start at: each ends by 9999. */
export const FIRST_YEARS = { min: 1000, max: 9900 } as const;
const isFirstYear = (value: unknown) => typeof value === "number" && Number.isInteger(value) && value >= FIRST_YEARS.min && value <= FIRST_YEARS.max;
const DIRECTIONS = ["ltr", "rtl"] as const;
const CALENDARS: readonly Calendar[] = ["gregory", "persian", "islamic-umalqura", "islamic-civil"];
const KNOWN: string[] = [...LOCALE_TAGS];
const m = optionsEn;

const inRange = (range: { min: number; max: number }) => (value: unknown) => typeof value === "number" && value >= range.min && value <= range.max;

// "420", "420px", " 420.4 ": pixels, rounded; anything else (or out of range) is not a size.
const pixels = (range: { min: number; max: number }) => (text: string) => {
  const px = Number(text.replace(/px$/i, ""));
  return text !== "" && inRange(range)(px) ? Math.round(px) : undefined;
};

const isOneOf =
  <T extends string>(choices: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === "string" && (choices as readonly string[]).includes(value);

const oneOf =
  <T extends string>(choices: readonly T[]) =>
  (text: string): T | undefined =>
    isOneOf(choices)(text) ? text : undefined;

const isText = (value: unknown) => typeof value === "string";
const isBoolean = (value: unknown) => typeof value === "boolean";
// A switch in markup: present (`<cite-line media>`, `media="media"`) or "true" is on, "false" off.
const readSwitch = (name: string) => (text: string) => (text === "" || text === "true" || text === name ? true : text === "false" ? false : undefined);
const isTime = (value: unknown) => (typeof value === "number" || value instanceof Date) && Number.isFinite(+value);
const isHeadingLevel = (value: unknown) => typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 6;

/**
 * A window written as two dates, `start/end`, each in any form citeline reads (EDTF and everyday
 * spellings): `2008-06-01/2008-09-01`, `1980/1988` (the start of 1980 to the end of 1988).
 *
 * @example
 * ```ts
 * readWindow("1980/1988"); // [Date.UTC(1980, 0, 1), Date.UTC(1988, 11, 31, 23, 59, 59, 999)]
 * readWindow("1988/1980"); // undefined
 * ```
 */
export function readWindow(text: string): [number, number] | undefined {
  const read = readDate(text.trim());
  if (!read.ok || !read.end || read.end.latest <= read.date.earliest) return undefined;
  return [read.date.earliest, read.end.latest];
}

/**
 * Axis breaks as written in markup or on the command line: `auto`, `none`, or empty stretches as
 * windows separated by commas (`1989/2007,2009/2010`).
 *
 * @example
 * ```ts
 * readBreaks("none");      // "none"
 * readBreaks("1989/2007"); // [[Date.UTC(1989, 0, 1), Date.UTC(2007, 11, 31, 23, 59, 59, 999)]]
 * ```
 */
export function readBreaks(text: string): BreaksOption | undefined {
  const word = text.trim().toLowerCase();
  if (word === "auto" || word === "none") return word;
  const windows = text.split(",").map(readWindow);
  return windows.length > 0 && windows.every((w) => w !== undefined) ? windows : undefined;
}

function isBreaks(value: unknown): boolean {
  if (value === "auto" || value === "none") return true;
  return Array.isArray(value) && value.every((w) => Array.isArray(w) && w.length === 2 && w.every(isTime) && +(w[0] as number) < +(w[1] as number));
}

/**
 * The table: every option, keyed by its API name (the type makes each name appear exactly once).
 * The options markup reads come first, in the order `<cite-line>` observes its attributes.
 */
export const OPTIONS: { readonly [K in OptionName]: OptionSpec<K> } = {
  height: {
    name: "height", attribute: "height", flag: ["--height", "<px>"], type: "number", uses: ["timeline", "render", "page"],
    rule: m.rules.pixels(m.nouns.height, HEIGHT.min, HEIGHT.max),
    parse: pixels(HEIGHT), check: inRange(HEIGHT),
  },
  locale: {
    name: "locale", attribute: "locale", flag: ["--locale", "<tag>"], type: "Locale", uses: ["timeline", "render", "page"],
    rule: m.rules.locale(KNOWN),
    parse: localeFor,
    check: (value) => (typeof value === "string" ? localeKey(value) !== undefined : typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string"),
  },
  theme: {
    name: "theme", attribute: "theme", flag: ["--theme", "<name>"], type: THEMES.map((t) => `"${t}"`).join(" | "), uses: ["timeline", "render", "page"],
    rule: m.rules.choice(m.nouns.theme, THEMES), parse: oneOf(THEMES), check: isOneOf(THEMES),
  },
  window: {
    name: "window", attribute: "window", type: "[number | Date, number | Date]", uses: ["timeline"], rule: m.rules.window,
    parse: readWindow, check: (value) => Array.isArray(value) && value.length === 2 && value.every(isTime) && +(value[0] as number) < +(value[1] as number),
  },
  breaks: {
    name: "breaks", attribute: "breaks", flag: ["--breaks", "<auto|none|start/end,…>"], type: '"auto" | "none" | Array<[number | Date, number | Date]>', uses: ["timeline", "render", "page"],
    rule: m.rules.breaks, parse: readBreaks, check: isBreaks,
  },
  label: {
    name: "label", attribute: "label", type: "string", uses: ["timeline"], rule: m.rules.text,
    parse: (text) => text, check: isText, blankIsAbsent: true,
  },
  format: {
    name: "format", attribute: "format", flag: ["--format", "<name>"], type: FORMATS.map((f) => `"${f}"`).join(" | "), uses: ["timeline", "load"],
    rule: m.rules.choice(m.nouns.format, FORMATS), parse: oneOf(FORMATS), check: isOneOf(FORMATS),
  },
  view: {
    name: "view", attribute: "view", flag: ["--view", "<chart|list|story>"], type: VIEWS.map((v) => `"${v}"`).join(" | "), uses: ["timeline", "render"],
    rule: m.rules.choice(m.nouns.view, VIEWS), parse: oneOf(VIEWS), check: isOneOf(VIEWS),
  },
  headingLevel: {
    name: "headingLevel", attribute: "heading-level", flag: ["--heading-level", "<n>"], type: "number", uses: ["timeline", "render", "page"],
    rule: m.rules.headingLevel, parse: (text) => (/^[1-6]$/.test(text) ? Number(text) : undefined), check: isHeadingLevel,
  },
  calendar: {
    name: "calendar", attribute: "calendar", flag: ["--calendar", "<name>"], type: CALENDARS.map((c) => `"${c}"`).join(" | "), uses: ["timeline", "render", "page"],
    rule: m.rules.choice(m.nouns.calendar, CALENDARS), parse: oneOf(CALENDARS), check: isOneOf(CALENDARS),
  },
  dir: {
    name: "dir", attribute: "dir", flag: ["--dir", "<ltr|rtl>"], type: DIRECTIONS.map((d) => `"${d}"`).join(" | "), uses: ["timeline", "render", "page"],
    rule: m.rules.choice(m.nouns.dir, DIRECTIONS), parse: oneOf(DIRECTIONS), check: isOneOf(DIRECTIONS),
  },
  timeDirection: {
    name: "timeDirection", attribute: "time-direction", flag: ["--time-direction", "<ltr|rtl>"], type: DIRECTIONS.map((d) => `"${d}"`).join(" | "), uses: ["timeline", "render", "page"],
    rule: m.rules.choice(m.nouns.timeDirection, DIRECTIONS), parse: oneOf(DIRECTIONS), check: isOneOf(DIRECTIONS),
  },
  media: {
    // The flag is a switch: it takes no value (see the command's flags).
    name: "media", attribute: "media", flag: ["--media", ""], type: "boolean", uses: ["timeline", "render", "page"],
    rule: m.rules.boolean, parse: readSwitch("media"), check: isBoolean,
  },
  width: {
    name: "width", flag: ["--width", "<px>"], type: "number", uses: ["render", "page"],
    rule: m.rules.pixels(m.nouns.width, WIDTH.min, WIDTH.max),
    parse: pixels(WIDTH), check: inRange(WIDTH),
  },
  title: {
    name: "title", flag: ["--title", "<text>"], type: "string", uses: ["render", "page"], rule: m.rules.text,
    parse: (text) => text, check: isText, blankIsAbsent: true,
  },
  dateFormat: {
    name: "dateFormat", attribute: "date-format", flag: ["--date-format", "<order>"], type: DATE_FORMATS.map((f) => `"${f}"`).join(" | "), uses: ["timeline", "load"],
    rule: m.rules.choice(m.nouns.dateFormat, DATE_FORMATS),
    parse: (text) => oneOf(DATE_FORMATS)(text.toUpperCase()), check: isOneOf(DATE_FORMATS),
  },
  twoDigitYearsFrom: {
    name: "twoDigitYearsFrom", attribute: "two-digit-years-from", flag: ["--two-digit-years-from", "<year>"], type: "number", uses: ["timeline", "load"],
    rule: m.rules.firstYear(FIRST_YEARS.min, FIRST_YEARS.max),
    parse: (text) => (/^\d{4}$/.test(text) && isFirstYear(Number(text)) ? Number(text) : undefined), check: isFirstYear,
  },
  data: { name: "data", type: "unknown", uses: ["timeline"], rule: m.rules.text },
  timeline: {
    name: "timeline", type: "Timeline", uses: ["timeline"], rule: m.rules.timeline,
    check: isLoadedTimeline,
  },
  overview: { name: "overview", type: "boolean", uses: ["timeline"], rule: m.rules.boolean, check: isBoolean },
  hash: { name: "hash", type: "boolean", uses: ["timeline"], rule: m.rules.boolean, check: isBoolean },
  measure: { name: "measure", type: "Measure", uses: ["timeline"], rule: m.rules.measure, check: (value) => typeof value === "function" },
  idPrefix: {
    name: "idPrefix", type: "string", uses: ["render", "page"], rule: m.rules.idPrefix,
    check: (value) => typeof value === "string" && /^[A-Za-z][A-Za-z0-9_-]*$/.test(value),
  },
  messages: {
    name: "messages", type: "MessagesOverride", uses: ["timeline", "render", "page"], rule: m.rules.messages,
    check: (value) => typeof value === "object" && value !== null && !Array.isArray(value),
  },
  css: { name: "css", type: "string", uses: ["page"], rule: m.rules.text, check: isText },
  lang: {
    // Not refused: a tag that is not one falls back to en-GB, as a page must have a language.
    name: "lang", type: "string", uses: ["page"], rule: m.rules.lang,
  },
};

/**
 * The table as a list, in its order.
 *
 * @example
 * ```ts
 * OPTION_LIST.filter((o) => o.flag).map((o) => o.flag![0]); // ["--height", "--locale", …]
 * ```
 */
export const OPTION_LIST: readonly OptionSpec[] = Object.values(OPTIONS);

/** The options that say how data is read (the loader's: format, dateFormat, twoDigitYearsFrom): a new value reads it again. */
export const READING_OPTIONS = OPTION_LIST.filter((o) => o.uses.includes("load")).map((o) => o.name as "format" | "dateFormat" | "twoDigitYearsFrom");

/**
 * The options of `options` that say how data is read, those given: what `createTimeline` and the
 * command hand `loadTimeline`.
 *
 * @example
 * ```ts
 * readingOptions({ height: 420, dateFormat: "DMY" }); // { dateFormat: "DMY" }
 * ```
 */
export function readingOptions(options: Partial<AnyOptions>): Pick<LoadOptions, "format" | "dateFormat" | "twoDigitYearsFrom"> {
  const picked: Record<string, unknown> = {};
  for (const name of READING_OPTIONS) if (options[name] !== undefined) picked[name] = options[name];
  return picked;
}
