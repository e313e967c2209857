/**
 * Dates as you write them (`DateInput`) and as a loaded timeline holds them (`FuzzyDate`): how
 * precisely each is known, and how sure.
 *
 * @module
 */

/**
 * A date as you may write it.
 *
 * - A string in EDTF (ISO 8601-2, Library of Congress): `"2008-06-08"` (a day), `"2008-06"` (all of
 *   June), `"1980"` (a year), `"476"` (the year 476: years may have one to four digits), `"198X"`
 *   (the 1980s), `"19XX"` (1900–1999), `"2008-22"` (summer 2008), `"2008-06~"` (approximately
 *   June), `"1984?"` (uncertain), `"2004?-06-11"` (only the year uncertain), `"1950S2"` (1950 to two
 *   significant digits: 1900–1999), `"1980-09-22/1988-08-20"` (an interval in one field),
 *   `"1985-04-12/.."` (from 12 April 1985 on), `"1985-04-12/"` (end unknown), `"[1667,1668]"`
 *   (one of these), `"{1667,1668}"` (all of these), `"-0753"` (754 BCE: astronomical numbering,
 *   where year 0 is 1 BCE), `"2008-06-08T14:30"` (a wall-clock time), `"1985-04-12T23:20:30-04:00"`
 *   (a time in its zone).
 * - A few unambiguous spellings people type: `"8 June 2008"`, `"June 8, 2008"`, `"June 2008"`,
 *   `"754 BCE"`, `"1980–1988"`.
 * - A JavaScript `Date` or epoch milliseconds: an exact instant.
 * - A date object as a loaded timeline holds it ({@link FuzzyDate}), or any object with its
 *   `edtf`: the `edtf` text is what is read, so a saved timeline loads back as it was.
 *
 * Ambiguous input such as `"03/04/2008"` is rejected with a hint, never guessed.
 *
 * @example
 * ```ts
 * const dates: DateInput[] = ["2008-06-08", "2008-22?", "-0753", "8 June 2008", Date.UTC(2008, 5, 8), new Date(), { edtf: "2008-06" }];
 * ```
 */
export type DateInput = string | number | Date | DateObject;

/**
 * A date written as an object: a {@link FuzzyDate} from a loaded timeline, or just `{ edtf }`.
 * Only `edtf` (and `precision: "instant"` for exact moments) is read; bounds that disagree with it
 * are reported.
 *
 * @example
 * ```ts
 * const saved: DateObject = { edtf: "2008-06~" };
 * ```
 */
export type DateObject = Partial<FuzzyDate> & { edtf: string };

/**
 * How finely a date is known. `instant` is an exact moment given as a `Date` or epoch ms.
 *
 * @example
 * ```ts
 * const r = readDate("198X");
 * if (r.ok) console.log(r.date.precision); // "decade"
 * ```
 */
export type Precision =
  | "millennium"
  | "century"
  | "decade"
  | "year"
  | "season"
  | "month"
  | "day"
  | "hour"
  | "minute"
  | "second"
  | "instant";

/**
 * Whether a date is stated as fact, as roughly right (`~`), as doubtful (`?`), or both (`%`).
 *
 * @example
 * ```ts
 * const r = readDate("1984?");
 * if (r.ok) console.log(r.date.qualifier); // "uncertain"
 * ```
 */
export type Qualifier = "exact" | "approximate" | "uncertain" | "approximate-uncertain";

/**
 * A date that carries how well it is known. Bounds are UTC epoch milliseconds, both inclusive:
 * `2008-06` is `earliest` = 1 June 2008 00:00:00.000 UTC, `latest` = 30 June 2008 23:59:59.999 UTC.
 * A calendar date is a calendar date everywhere: it is never shifted into the viewer's time zone.
 *
 * @example
 * ```ts
 * const june: FuzzyDate = {
 *   earliest: Date.UTC(2008, 5, 1), latest: Date.UTC(2008, 6, 1) - 1,
 *   precision: "month", qualifier: "approximate", edtf: "2008-06~",
 * };
 * describeDate(june); // "June 2008 (approximate)"
 * ```
 */
export interface FuzzyDate {
  /** First millisecond the date may refer to (UTC epoch ms). */
  earliest: number;
  /** Last millisecond the date may refer to (UTC epoch ms, inclusive). */
  latest: number;
  /** The unit the date is known to. */
  precision: Precision;
  /** Whether the date is exact, approximate, uncertain or both. */
  qualifier: Qualifier;
  /**
   * The date in canonical EDTF at the precision it is known, e.g. `"2008-06~"`,
   * `"2008-06-08T14:30"`; for instants an ISO 8601 timestamp. `".."` for an open end, `""` for an
   * unknown one.
   */
  edtf: string;
  /**
   * The zone a time was written in, as minutes east of UTC (`-240` for `-04:00`, `0` for `Z`).
   * Absent for dates and for times written without a zone (wall-clock times, read as written).
   * The bounds are always the true instant; words show the time as written, in its zone.
   */
  offset?: number;
  /** Which parts of the date carry their own qualifier (`"2004?-06-~11"`: the year uncertain, the day approximate). */
  parts?: PartQualifiers;
  /**
   * An end of an interval that is not a date: `"open"` (`1985/..`: it goes on) or `"unknown"`
   * (`1985/`: it ended, no one says when). Its bounds are those of the other end.
   */
  bound?: "open" | "unknown";
  /** For `[a,b]` (`"one-of"`: one of these dates) and `{a,b}` (`"all-of"`): each date, as written. */
  set?: DateSet;
  /**
   * For a date known only from one side, EDTF's one-of set open at one end: `"before"` for
   * `[..1760-12-03]` (on or before 3 December 1760), `"after"` for `[1760-12..]` (on or after
   * December 1760). Its bounds are those of the date written; the date reaches on without limit
   * the other way.
   */
  side?: "before" | "after";
  /** For a year with significant digits (`"1950S2"`): the estimate, 1950, within its bounds (1900–1999). */
  estimate?: number;
}

/**
 * Qualifiers of single parts of a date (EDTF level 2).
 *
 * @example
 * ```ts
 * const r = readDate("2004?-06-~11");
 * if (r.ok) r.date.parts; // { year: "uncertain", day: "approximate" }
 * ```
 */
export interface PartQualifiers {
  year?: Qualifier;
  month?: Qualifier;
  day?: Qualifier;
}

/**
 * A set of dates: one of them (`[1667,1668]`) or all of them (`{1667,1668}`).
 *
 * @example
 * ```ts
 * const r = readDate("[1667,1668]");
 * if (r.ok) r.date.set?.dates.map((d) => d.edtf); // ["1667", "1668"]
 * ```
 */
export interface DateSet {
  kind: "one-of" | "all-of";
  /** The candidates, in the order written; a range `1667..1672` is one candidate. */
  dates: FuzzyDate[];
}

/**
 * A calendar dates can be shown in (the data itself is always Gregorian EDTF): Gregorian, Solar
 * Hijri as used in Iran (`persian`), and the Hijri calendar by the Umm al-Qura tables or by
 * arithmetic (`islamic-civil`). The names are Intl's (`Intl.DateTimeFormat`'s `calendar`).
 *
 * @example
 * ```ts
 * const calendar: Calendar = "persian";
 * createTimeline(element, { data, locale: "fa-IR", calendar }); // 7 June 2008 reads "۱۸ خرداد ۱۳۸۷"
 * ```
 */
export type Calendar = "gregory" | "persian" | "islamic-umalqura" | "islamic-civil";
