/**
 * The month and weekday names `otherLanguageSpelling` reads, taken from the platform's `Intl`
 * (CLDR, in every browser and in Node) the first time a date needs them: no word list ships.
 *
 * @module
 */
import type { Calendar } from "../types.js";
import { calendarFormat } from "./calendar.js";
import { calendarDay, type OtherCalendar } from "./date-calendar-days.js";

/**
 * Where a month of another calendar is in `LanguageNames.months`: month `m` of the Solar Hijri
 * calendar is 100 + m, of the Hijri 200 + m (a Gregorian month is its own number).
 */
export const CALENDAR_MONTHS: Record<number, OtherCalendar> = { 100: "persian", 200: "islamic-umalqura" };

/** The scripts month names are read in: each has its own names, gathered when a date first needs them. */
export type NameScript = "latin" | "arabic" | "hebrew" | "cyrillic" | "greek" | "devanagari" | "bengali" | "gurmukhi" | "gujarati" | "oriya" | "tamil" | "telugu" | "kannada" | "malayalam" | "myanmar" | "khmer" | "lao" | "thai";

// The Unicode scripts of those besides Latin, by the name of each (`\p{Script=…}`).
const SCRIPT_NAMES: [NameScript, RegExp][] = [
  ["arabic", /\p{Script=Arabic}/u], ["hebrew", /\p{Script=Hebrew}/u], ["cyrillic", /\p{Script=Cyrillic}/u], ["greek", /\p{Script=Greek}/u],
  ["devanagari", /\p{Script=Devanagari}/u], ["bengali", /\p{Script=Bengali}/u], ["gurmukhi", /\p{Script=Gurmukhi}/u], ["gujarati", /\p{Script=Gujarati}/u],
  ["oriya", /\p{Script=Oriya}/u], ["tamil", /\p{Script=Tamil}/u], ["telugu", /\p{Script=Telugu}/u], ["kannada", /\p{Script=Kannada}/u],
  ["malayalam", /\p{Script=Malayalam}/u], ["myanmar", /\p{Script=Myanmar}/u], ["khmer", /\p{Script=Khmer}/u], ["lao", /\p{Script=Lao}/u],
  ["thai", /\p{Script=Thai}/u],
];

/**
 * The script a date's names are read in: its first letter's, Latin for any other (undefined with no letter).
 *
 * @example
 * ```ts
 * nameScriptOf("7 जून 2008"); // "devanagari"
 * ```
 */
export function nameScriptOf(text: string): NameScript | undefined {
  const first = /\p{L}/u.exec(text)?.[0];
  if (first === undefined) return undefined;
  return SCRIPT_NAMES.find(([, pattern]) => pattern.test(first))?.[0] ?? "latin";
}

// Languages whose dates are written day, month name, year (the weekday first or last), by script:
// a newsroom's own words, read wherever they are met. Arabic is named three ways: "يونيو" (Egypt,
// the Gulf), "حزيران" (Iraq, the Levant), "جوان" (the Maghreb). Then the months of other
// calendars and the tags that name them: the Solar Hijri in Iran's, Afghanistan's and English
// words, the Hijri in Arabic, Persian and English ("جمادى الآخرة", "Jumada II").
const LANGUAGES: Record<NameScript, { gregorian: string[]; other: [number, OtherCalendar, string[]][] }> = {
  latin: { gregorian: ["de", "fr", "es", "it", "pt", "nl", "tr", "da", "sv", "nb", "pl", "cs", "ro", "id", "sk", "sl", "sr-Latn", "bs", "et", "hu", "lt", "lv", "ca", "gl", "ms", "sw", "sq", "is", "af", "cy", "fil", "fi", "ga"], other: [[100, "persian", ["en"]], [200, "islamic-umalqura", ["en"]]] },
  arabic: { gregorian: ["ar", "ar-IQ", "ar-DZ", "fa-u-ca-gregory", "ckb", "ur"], other: [[100, "persian", ["fa", "fa-AF"]], [200, "islamic-umalqura", ["ar", "fa"]]] },
  hebrew: { gregorian: ["he"], other: [] },
  cyrillic: { gregorian: ["ru", "uk", "bg", "sr", "mk", "be", "kk"], other: [] },
  greek: { gregorian: ["el"], other: [] },
  // India's, Bangladesh's and Nepal's languages, and Myanmar's, Cambodia's and Laos's: a script each.
  devanagari: { gregorian: ["hi", "mr", "ne"], other: [] },
  bengali: { gregorian: ["bn", "as"], other: [] },
  gurmukhi: { gregorian: ["pa"], other: [] },
  gujarati: { gregorian: ["gu"], other: [] },
  oriya: { gregorian: ["or"], other: [] },
  tamil: { gregorian: ["ta"], other: [] },
  telugu: { gregorian: ["te"], other: [] },
  kannada: { gregorian: ["kn"], other: [] },
  malayalam: { gregorian: ["ml"], other: [] },
  myanmar: { gregorian: ["my"], other: [] },
  khmer: { gregorian: ["km"], other: [] },
  lao: { gregorian: ["lo"], other: [] },
  // Thai's months are the Gregorian ones; its years are most often the Buddhist era's (./date-thai.ts).
  thai: { gregorian: ["th"], other: [] },
};
/** The scripts a date-time's words are read in: those of month names, and the Chinese, Japanese and Korean ones. */
export type ClockScript = NameScript | "cjk";

// Regional forms that write a date-time otherwise than their language's first ("14 h 30",
// "2:30 p.m."), the languages whose dates other readers read (./date-units.ts, ./date-era.ts,
// ./date-vietnamese.ts), and two whose words around a time others write too: Croatian's "u"
// (Bosnian's, which Chromium has no data for) and Finnish's "klo" ("7.6.2008 klo 14.30").
const CLOCK_EXTRA: Partial<Record<ClockScript, string[]>> = { latin: ["en-US", "en-GB", "fr-CA", "es-MX", "pt-PT", "de-CH", "hr", "fi", "vi"], arabic: ["fa"], cjk: ["ja", "zh", "zh-TW", "ko"] };

/**
 * The languages whose words around a time (./date-clock-words.ts) are read in a script.
 *
 * @example
 * ```ts
 * clockLanguages("greek"); // ["el"]
 * ```
 */
export function clockLanguages(script: ClockScript): string[] {
  return [...(CLOCK_EXTRA[script] ?? []), ...(script === "cjk" ? [] : LANGUAGES[script].gregorian)];
}

// Shortenings in common use that are no prefix of the month's name (German "Mrz.", Dutch "mrt.").
const CONTRACTED: Record<string, number> = { mrz: 3, mrt: 3 };

/** Each name, or shortening, mapped to the one month (or weekday, Sunday 0) it names in every language. */
export interface LanguageNames {
  months: Map<string, number>;
  weekdays: Map<string, number>;
}

// Croatian names months as Polish and Czech name others ("lipanj" is June, Polish "lipiec" July;
// "listopad" October, their November), so its names are not among those read everywhere: Polish's
// "8 listopada 2008" is November. But of the languages written in Latin letters it is the one that
// ends a date with a point after the year, as Intl and its papers write "8. listopada 2008.", which
// Polish and Czech never do: a date written so is read by Croatian's names (October).
const CROATIAN = "hr";

const gathered = new Map<NameScript, LanguageNames>();

/**
 * A word as names are compared: lower case, without accents or vowel marks, one letter for
 * letters written two ways (Turkish "ı" and "i"; Arabic and Persian yeh and kaf), without the
 * zero-width joiners or tatweel, and without a final point (or Hebrew geresh: "פבר׳").
 *
 * @example
 * ```ts
 * plainWord("Févr."); // "fevr"
 * ```
 */
export function plainWord(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFD")
    // Accents and vowel marks go, but not the vowel signs of India's and South-East Asia's scripts,
    // which are their words' vowels ("जून", June; "जन" would be no word).
    .replace(BRAHMIC.test(word) ? /\u200c|\u200d/gu : /\p{M}|\u200c|\u200d|\u0640/gu, "")
    .replace(/ı/g, "i")
    .replace(/[\u064a\u0649]/g, "\u06cc")
    .replace(/\u0643/g, "\u06a9")
    .replace(/[.\u05f3']$/, "");
}

const BRAHMIC = /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Lao}\p{Script=Thai}]/u;

/**
 * Each weekday's name, long and short, in lower case, as `Intl` writes it alone in the languages
 * `tags`, mapped to its day (Sunday 0): for the readers whose dates name no month (Chinese,
 * Japanese and Korean's units, Vietnamese's numbered months).
 *
 * @example
 * ```ts
 * weekdayNames(["vi"]).get("thứ bảy"); // 6
 * ```
 */
export function weekdayNames(tags: readonly string[]): Map<string, number> {
  const names = new Map<string, number | null>();
  // As written, in lower case: these readers compare the words with their accents ("thứ bảy").
  for (const tag of tags) enterWeekdays(names, tag, false, (word) => word.toLowerCase());
  return known(names);
}

// A name (or shortening) of two months is no month: `null` marks it so.
function enter(map: Map<string, number | null>, word: string, value: number): void {
  const had = map.get(word);
  map.set(word, had === undefined || had === value ? value : null);
}

// A month's names: in a date, alone and with its year alone, long and short, and the long names' shortenings from three
// letters ("févr", "sept"; of two, most name several months). In a date, with the letters a
// language writes onto it: Hebrew "ביוני" (in June), Kurdish "حوزەیرانی".
const MONTH_FORMS = [
  { day: "numeric", month: "long", year: "numeric" },
  { month: "long" },
  // Alone before a year: Greek's month is named otherwise than alone ("Ιανουάριος 2001", "Ιανουαρίου").
  { month: "long", year: "numeric" },
  { day: "numeric", month: "short", year: "numeric" },
] as const;

// Each month of a language and calendar: `at(m)` is a day in month m. One format per form, from
// calendar.ts's cache (making one costs far more than using it: made per month, the names took
// 200 ms to gather).
function enterMonths(months: Map<string, number | null>, tag: string, calendar: Calendar, at: (m: number) => number, offset: number, shortenings = months): void {
  for (const options of MONTH_FORMS) {
    const format = calendarFormat(tag, calendar, options);
    for (let m = 1; m <= 12; m++) {
      const parts = format.formatToParts(at(m));
      const i = parts.findIndex((p) => p.type === "month");
      const before = parts[i - 1]?.type === "literal" ? (/\p{L}+$/u.exec(parts[i - 1]!.value)?.[0] ?? "") : "";
      const after = parts[i + 1]?.type === "literal" ? (/^\p{L}+/u.exec(parts[i + 1]!.value)?.[0] ?? "") : "";
      const name = plainWord(parts[i]?.value ?? "");
      // Catalan writes "of" onto a month that begins with a vowel in a date ("1 d’ag. del 2008"),
      // and not alone ("ag. del 2008"): two letters, no shortening of "agost" read otherwise.
      const elided = /^d[’']/.test(name) ? [name.slice(2)] : [];
      for (const word of new Set([name, plainWord(before + name + after), ...elided])) {
        enter(months, word, offset + m);
        if (options.month === "long") for (let end = 3; end < word.length; end++) enter(shortenings, word.slice(0, end), offset + m);
      }
    }
  }
}

/**
 * The names of one script, gathered the first time a date written in it needs them (Intl's data
 * for each language is loaded then: tens of milliseconds for all, so only one script's).
 *
 * @example
 * ```ts
 * languageNames("latin").months.get("juni"); // 6
 * ```
 */
export function languageNames(script: NameScript): LanguageNames {
  const had = gathered.get(script);
  if (had) return had;
  const months = new Map<string, number | null>();
  // A month's name as a language writes it is read before another's shortening: Welsh writes
  // June "Meh", which begins "Mehr" too (the Solar Hijri month, in English).
  const shortenings = new Map<string, number | null>();
  const weekdays = new Map<string, number | null>();
  const { gregorian, other } = LANGUAGES[script];
  for (const tag of gregorian) {
    enterMonths(months, tag, "gregory", (m) => Date.UTC(2001, m - 1, 15), 0, shortenings);
    // In Latin letters only Finnish writes a weekday otherwise in a date: the other 32 languages
    // write it alike (the property tests read each one's weekday in a date), and their names are
    // the most to gather.
    enterWeekdays(weekdays, tag, script !== "latin" || tag === "fi");
  }
  for (const [offset, calendar, tags] of other) {
    const days = Array.from({ length: 12 }, (_, m) => calendarDay(calendar, calendar === "persian" ? 1380 : 1429, m + 1, 15)!);
    for (const tag of tags) enterMonths(months, tag, calendar, (m) => days[m - 1]!, offset, shortenings);
  }
  if (script === "latin") for (const [word, m] of Object.entries(CONTRACTED)) enter(months, word, m);
  for (const [word, m] of shortenings) if (!months.has(word)) months.set(word, m);
  const names: LanguageNames = { months: known(months), weekdays: known(weekdays) };
  gathered.set(script, names);
  return names;
}

let croatianNames: LanguageNames | undefined;

/**
 * The Latin script's names for a date with a point after its year, as Croatian ends one ("8.
 * listopada 2008."): Croatian's own where they differ (see `CROATIAN`), gathered the first time
 * such a date is read.
 *
 * @example
 * ```ts
 * pointedNames().months.get("listopada"); // 10 (Polish's and Czech's November elsewhere)
 * ```
 */
export function pointedNames(): LanguageNames {
  if (croatianNames) return croatianNames;
  const { months, weekdays } = languageNames("latin");
  const croatian = new Map<string, number | null>();
  const croatianDays = new Map<string, number | null>();
  enterMonths(croatian, CROATIAN, "gregory", (m) => Date.UTC(2001, m - 1, 15), 0);
  enterWeekdays(croatianDays, CROATIAN, false);
  croatianNames = { months: new Map([...months, ...known(croatian)]), weekdays: new Map([...weekdays, ...known(croatianDays)]) };
  return croatianNames;
}

// A map's names that name one month or weekday.
function known(map: Map<string, number | null>): Map<string, number> {
  return new Map([...map].filter((e): e is [string, number] => e[1] !== null && e[0] !== ""));
}

// A language's weekdays, long and short, alone (1 July 2001 was a Sunday). Where a short name is
// also a month's ("mar." is Spanish Tuesday and March), the month is read, and the date then does
// not read. With `inDate`, also as a date writes one, where a language spells it otherwise than
// alone: Khmer's Monday, "ចន្ទ" alone, "ច័ន្ទ" in a date; Finnish's "perjantaina", on Friday;
// Thai's "วันเสาร์ที่" (Saturday the …), with the letters a date writes onto it.
function enterWeekdays(weekdays: Map<string, number | null>, tag: string, inDate: boolean, wordOf = plainWord): void {
  for (const weekday of ["long", "short"] as const) {
    const format = calendarFormat(tag, "gregory", { weekday });
    for (let d = 0; d < 7; d++) enter(weekdays, wordOf(format.format(Date.UTC(2001, 6, 1 + d))), d);
  }
  const format = inDate ? calendarFormat(tag, "gregory", { weekday: "long", day: "numeric", month: "long", year: "numeric" }) : undefined;
  for (let d = 0; format && d < 7; d++) {
    const parts = format.formatToParts(Date.UTC(2001, 6, 1 + d));
    const i = parts.findIndex((p) => p.type === "weekday");
    const part = parts[i]?.value;
    if (part === undefined) continue;
    enter(weekdays, plainWord(part), d);
    const after = parts[i + 1]?.type === "literal" ? (/^[\p{L}\p{M}]+/u.exec(parts[i + 1]!.value)?.[0] ?? "") : "";
    if (after !== "") enter(weekdays, plainWord(part + after), d);
  }
}
