/**
 * The public data types of citeline: what you write (`*Input`) and what the loader gives back
 * (`Timeline`, `TimelineEvent`, `Source`, `FuzzyDate`). This file is the reference for the
 * data format; `schema/timeline.schema.json` describes the same input shape for editors.
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
 * The kind of a source, used for labels and filtering. Free text is allowed; these are the usual ones.
 *
 * @example
 * ```ts
 * const irna: SourceInput = { publisher: "IRNA", kind: "state-media" };
 * ```
 */
export type SourceKind =
  | "news"
  | "state-media"
  | "government"
  | "commentary"
  | "encyclopedia"
  | "primary-document"
  | "academic"
  | "other"
  | (string & {});

/**
 * A citation: who says so, where and when. A source is not a link; `url` is optional.
 *
 * @example
 * ```json
 * { "id": "irna", "publisher": "IRNA", "kind": "state-media", "via": "nyt-2008-06-09" }
 * ```
 */
export interface SourceInput {
  /** Identifier that events use to cite this source. Generated from url or publisher+title when missing. */
  id?: string;
  /** A loaded timeline's citation number; ignored on loading, since numbers follow the order of citation. */
  number?: number;
  /** Title of the article, document or page. */
  title?: string;
  /** Who published it, e.g. "The New York Times", "IRNA". Required. */
  publisher: string;
  /** Author or authors, as one line. */
  author?: string;
  /** Where to read it. Only http(s) and mailto URLs are kept. */
  url?: string;
  /** When it was published. */
  published?: DateInput;
  /** When you read it (for web pages that change). */
  accessed?: DateInput;
  /** The excerpt that supports the claim. */
  quote?: string;
  /**
   * The source that relayed this one: "IRNA, via The New York Times" is IRNA with `via` naming the
   * Times. An id of another source, or an inline source.
   */
  via?: string | SourceInput;
  /** What sort of source it is: news, state-media, government, commentary, encyclopedia, primary-document, … */
  kind?: SourceKind;
}

/**
 * One dated event.
 *
 * @example
 * ```json
 * { "title": "Maliki meets Ahmadinejad", "start": "2008-06-08", "sources": ["irna"] }
 * ```
 */
export interface EventInput {
  /** Stable identifier; generated deterministically from start and title when missing. */
  id?: string;
  /**
   * Position in the input the event was first loaded from, as a loaded timeline writes it, so a
   * saved timeline keeps its order for events at the same time. Default: its position here.
   */
  index?: number;
  /** Short headline. Plain text. */
  title: string;
  /** When it happened or began. An EDTF interval here (`"1980/1988"`) sets both start and end. */
  start: DateInput;
  /** When it ended, for spans. Omit for a point in time. */
  end?: DateInput;
  /** Longer text. Plain text: markup is shown as written, never interpreted. */
  description?: string;
  /** Id of the group (lane) it belongs to. */
  group?: string;
  /** Free labels. */
  tags?: string[];
  /** Which labels survive when space is short: higher wins. A number from 0 to 100; default 50. */
  importance?: number;
  /** Citations: ids of shared sources, or sources written inline. */
  sources?: (string | SourceInput)[];
  /** Text shown instead of the formatted date, e.g. "Spring (reported later)". */
  displayDate?: string;
}

/**
 * A lane of related events.
 *
 * @example
 * ```json
 * { "id": "iraq", "label": "Iraq", "order": 1 }
 * ```
 */
export interface GroupInput {
  /** Identifier that events name in `group`. */
  id: string;
  /** Heading shown for the lane; defaults to the id. */
  label?: string;
  /** Sort key of the lane; lanes without one follow in the order written. */
  order?: number;
}

/**
 * A labelled background span, such as a war or a presidency.
 *
 * @example
 * ```json
 * { "title": "Iran–Iraq War", "start": "1980-09-22/1988-08-20", "sources": ["britannica"] }
 * ```
 */
export interface EraInput {
  /** Stable identifier; generated when missing. */
  id?: string;
  /** Position in the input the era was first loaded from (see {@link EventInput.index}). */
  index?: number;
  /** Label shown at the top of the band. */
  title: string;
  /** When it began. An EDTF interval here sets both ends. */
  start: DateInput;
  /** When it ended. */
  end?: DateInput;
  /** Citations for the era itself. */
  sources?: (string | SourceInput)[];
}

/**
 * The native input format, as JSON or as an object.
 *
 * @example
 * ```json
 * { "title": "Maliki in Tehran",
 *   "sources": [{ "id": "nyt", "publisher": "The New York Times" }],
 *   "events": [{ "title": "Visit begins", "start": "2008-06-07", "sources": ["nyt"] }] }
 * ```
 */
export interface TimelineInput {
  /** Address of the JSON Schema, so editors can check the file; the loader ignores it. */
  $schema?: string;
  /** Title of the timeline. */
  title?: string;
  /** One or two sentences that introduce it. */
  description?: string;
  /** The events. */
  events: EventInput[];
  /** Sources shared between events, cited by id. */
  sources?: SourceInput[];
  /** Lanes, in order. */
  groups?: GroupInput[];
  /** Background spans. */
  eras?: EraInput[];
}

/**
 * A source after loading: merged, numbered and with only a safe link.
 *
 * @example
 * ```ts
 * for (const s of timeline.sources) console.log(`[${s.number}] ${s.publisher}`, s.url ?? "");
 * ```
 */
export interface Source {
  /** Identifier, given or generated. */
  id: string;
  /** Citation number, from 1, in order of first citation along the timeline. */
  number: number;
  /** Title of the article or document. */
  title?: string;
  /** Who published it. */
  publisher: string;
  /** Author line. */
  author?: string;
  /** An http(s) or mailto URL; anything else was dropped with a diagnostic. */
  url?: string;
  /** When it was published. */
  published?: FuzzyDate;
  /** When it was read. */
  accessed?: FuzzyDate;
  /** The supporting excerpt. */
  quote?: string;
  /** Id of the source that relayed this one. */
  via?: string;
  /** What sort of source it is. */
  kind?: SourceKind;
}

/**
 * An event after loading.
 *
 * @example
 * ```ts
 * for (const e of timeline.events) console.log(e.id, e.title, describeDate(e.start), e.sources.length);
 * ```
 */
export interface TimelineEvent {
  /** Identifier, given or generated; unique in the timeline. */
  id: string;
  /** Position of the event in the input (array index, or data row from 0 in CSV). */
  index: number;
  /** Headline. */
  title: string;
  /** When it happened or began. */
  start: FuzzyDate;
  /** When it ended; absent for a point in time. */
  end?: FuzzyDate;
  /** Longer text. */
  description?: string;
  /** Id of its group. */
  group?: string;
  /** Free labels. */
  tags: string[];
  /** Label priority, 0 to 100. */
  importance: number;
  /** Ids of the sources it cites, in the order written. */
  sources: string[];
  /** Text shown instead of the formatted date. */
  displayDate?: string;
}

/**
 * A lane after loading.
 *
 * @example
 * ```ts
 * timeline.groups.map((g) => g.label); // ["Iraq", "Iran"]
 * ```
 */
export interface Group {
  /** Identifier. */
  id: string;
  /** Heading. */
  label: string;
  /** Position from 0, after sorting by `order`. */
  order: number;
}

/**
 * A background span after loading.
 *
 * @example
 * ```ts
 * timeline.eras.map((era) => `${era.title}: ${describeSpan(era.start, era.end ?? era.start)}`);
 * ```
 */
export interface Era {
  /** Identifier. */
  id: string;
  /** Position of the era in the input. */
  index: number;
  /** Label. */
  title: string;
  /** When it began. */
  start: FuzzyDate;
  /** When it ended. */
  end?: FuzzyDate;
  /** Ids of the sources it cites. */
  sources: string[];
}

/**
 * A loaded timeline: events in time order, sources numbered once, every reference checked.
 *
 * @example
 * ```ts
 * const { timeline } = loadTimeline(csvText);
 * console.log(timeline.title, timeline.events.length, timeline.sources.length);
 * ```
 */
export interface Timeline {
  /** Title. */
  title?: string;
  /** Introduction. */
  description?: string;
  /** Events sorted by start, then end, then input position. */
  events: TimelineEvent[];
  /** Every source, sorted by citation number. */
  sources: Source[];
  /** Lanes in display order. */
  groups: Group[];
  /** Background spans sorted by start. */
  eras: Era[];
}

/**
 * The input formats `loadTimeline` reads. `auto` looks at the content.
 *
 * @example
 * ```ts
 * loadTimeline(text, { format: "csv" });
 * ```
 */
export type InputFormat = "json" | "csv" | "timelinejs" | "auto";

/**
 * Options for `loadTimeline`.
 *
 * @example
 * ```ts
 * const { timeline, diagnostics } = loadTimeline(text, { format: "auto", requireSources: true });
 * loadTimeline(text, { strict: true }); // throws a CitelineError if any event has an error
 * ```
 */
export interface LoadOptions {
  /** Input format; default `"auto"`. */
  format?: InputFormat;
  /** Throw a `CitelineError` listing every error instead of dropping bad events. Default false. */
  strict?: boolean;
  /** Warn (`unsourced`) about every event that cites no source, for editors who want every claim sourced. */
  requireSources?: boolean;
  /**
   * How to read all-numeric dates such as `7/6/2008` for the whole input: `"DMY"` (7 June 2008)
   * or `"MDY"` (July 6, 2008). Without it such dates are refused as ambiguous, never guessed.
   */
  dateFormat?: DateFormat;
}

/**
 * The order of day and month in all-numeric dates (`7/6/2008`), for a whole sheet.
 *
 * @example
 * ```ts
 * loadTimeline(europeanCsv, { dateFormat: "DMY" });
 * ```
 */
export type DateFormat = "DMY" | "MDY";
