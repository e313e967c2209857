/**
 * The sentence of every diagnostic, in English, keyed by its code. `src/diagnostics.ts` keeps each
 * code's severity and builds the diagnostic; the words live here so that they read consistently,
 * can be reviewed in one place, and a translation is a table of the same shape.
 *
 * @module
 */
import { own } from "./isolate.js";

/**
 * The loading option that would read a date that was refused: the hundred years of its two-digit
 * years (`twoDigitYearsFrom`), or the sheet's order of day and month (`dateFormat`).
 *
 * @example
 * ```ts
 * const option: LoadingOption = "dateFormat"; // "7/6/2008"
 * ```
 */
export type LoadingOption = "twoDigitYearsFrom" | "dateFormat";

/**
 * Why a date was refused, as a code every language can say in its own words, where the English
 * message says it in `detail`: a two-digit year, a day and month with no year, a time with no day
 * before it, a time zone's abbreviation, a time or a month or a day that is none, a weekday that
 * is not the date's, the year 0 of BC/AD counting, a range of one- or two-digit years, an interval
 * with no known end, a range that ends before it starts, one time named in two calendars, a day outside the Japanese era it is dated in; a set's member that is empty or no date,
 * "early", "mid" or "late" before what has no such part, a date object with no EDTF text. And,
 * for `date-unsupported`, the form citeline does not draw yet: a span, decade, century or time
 * marked approximate or uncertain, a year wholly unknown, a year before the common era with
 * unknown digits and a month or day, a set's member open at one end, a set of more than 100 dates.
 *
 * @example
 * ```ts
 * const reason: DateReason = "two-digit-year"; // "8-Jun-08"
 * ```
 */
export type DateReason =
  | "two-digit-year"
  | "day-without-year"
  | "time-needs-day"
  | "zone-abbreviation"
  | "not-a-time"
  | "no-month"
  | "no-day"
  | "weekday"
  | "no-year-0"
  | "short-years"
  | "needs-known-end"
  | "present-ends"
  | "backward-range"
  | "empty-set-member"
  | "set-member-form"
  | "part-needs-span"
  | "object-needs-edtf"
  | "qualified-span"
  | "no-known-year"
  | "bce-unknown-digits"
  | "open-set-member"
  | "set-too-large"
  | "two-calendars"
  | "not-in-era";

/** What a diagnostic's sentence is made from: the value already shortened to text. */
export interface DiagnosticParts {
  value?: string;
  detail?: string;
  field?: string;
  /** The date the value was read as, in EDTF (see `Diagnostic.readAs`): what a translation names where English has `detail`. */
  readAs?: string;
  /** Each date an ambiguous value could be, in EDTF (see `Diagnostic.readings`): what a translation names where English has `detail`. */
  readings?: readonly string[];
  /** Why a date was refused (see `Diagnostic.reason`): what a translation says where English has `detail`. */
  reason?: DateReason;
  /** The option that would read what was refused (see `Diagnostic.option`): what a translation names where English has `detail`. */
  option?: LoadingOption;
}

// What a sync load in a browser says of a cell in HTML before the HTML reader has loaded, and
// what of the row it left out.
const htmlWaits = (d: DiagnosticParts, left: string): string =>
  `"${own(d.value)}" holds HTML, which citeline in a browser (the script tag, or a bundled app) reads with a part it loads on demand, so ${left} was left out: call \`await Citeline.preload("html")\` first, or load it with \`await Citeline.loadTimelineAsync(data)\`. createTimeline, <cite-line>, [data-citeline] and createEmbed load that part themselves.`;

/** English, one sentence (or two) per diagnostic code. */
export const diagnosticsEn = {
  // Whole input
  "json-syntax": (d) => `The JSON could not be read: ${d.detail}.`,
  "text-encoding": (d) =>
    d.value
      ? `The file is not UTF-8 text, so it was read as ${d.value}, as Excel on Windows saves a plain "CSV". If a letter looks wrong, save the sheet as "CSV UTF-8" instead.`
      : `Characters of this text were lost before citeline read it (shown as "�"): it was read as UTF-8, but ${d.detail === "utf-16" ? 'it is UTF-16 (Excel\'s "Unicode Text")' : "it is not"}. Load the file itself, or save it as "CSV UTF-8".`,
  "format-unknown": (d) => `Unknown input format "${own(d.value)}". Use json, csv, timelinejs or auto.`,
  "input-not-object": () => "The input must be a timeline object with an events array.",
  "events-not-array": () => "`events` must be an array of events.",
  "list-not-array": (d) => `\`${d.field}\` must be an array; it was ignored.`,
  "csv-empty": () => "The spreadsheet has no data: nothing below its header in the columns citeline reads.",
  "csv-separator": (d) => `The spreadsheet's cells are separated by ${d.detail}, not commas; it was read that way.`,
  "csv-missing-column": (d) => `The spreadsheet has no ${d.detail} column. Its header row names: ${own(d.value)}.`,
  "csv-title-from-text": (d) => `The spreadsheet has no title (or headline) column, so each event's title was made from the first words of its "${own(d.value)}" column.`,
  "csv-html-text": (d) =>
    `Column "${own(d.value)}" holds HTML, so its cells were read as a page shows them: the words kept, the markup left out, and each link cited as a source of its row.`,
  "csv-unknown-column": (d) => `Column "${own(d.value)}" is not one citeline reads; it was ignored.${d.detail ? ` ${d.detail}` : ""}`,
  "csv-unknown-columns": (d) => `These columns are not ones citeline reads and were ignored: ${d.detail}.`,
  "csv-row-type": (d) => `Row type "${own(d.value)}" is not known; the row was read as an event.`,
  "html-not-loaded": (d) => htmlWaits(d, "this row's media"),
  "html-text-not-loaded": (d) => htmlWaits(d, "this cell"),
  "timelinejs-missing-events": () => "This TimelineJS file has no `events` array.",
  "timelinejs-not-loaded": () =>
    "This is TimelineJS data, which citeline in a browser (the script tag, or a bundled app) reads with a part it loads on demand: call `await Citeline.preload(\"timelinejs\")` first, or load it with `await Citeline.loadTimelineAsync(data)`. createTimeline, <cite-line>, [data-citeline] and createEmbed load that part themselves.",
  // Shape of one item
  "not-an-object": (d) => `This ${d.detail} is not an object, so it was dropped.`,
  "forbidden-key": (d) => `The key "${own(d.value)}" is not allowed in data and was ignored.`,
  "unknown-field": (d) => `Unknown field "${own(d.value)}" was ignored.${d.detail ? ` Did you mean "${d.detail}"?` : ""}`,
  "wrong-type": (d) => `\`${d.field}\` must be ${d.detail}.`,
  "wrong-type-ignored": (d) => `\`${d.field}\` must be ${d.detail}; it was ignored.`,
  "string-too-long": (d) => `\`${d.field}\` is ${d.detail}; shorten it.`,
  "missing-title": (d) => `${d.value === undefined ? "The title is missing" : "The title has no visible character (only spaces, invisible or direction-control characters), so it counts as missing"}: ${d.detail === "era" ? "every era needs a label for its band" : "every event needs a short headline"}.`,
  "title-from-text": (d) => `The headline is blank, so the title "${own(d.value)}" was made from the slide's ${d.detail}.`,
  "missing-start": () => "The start date is missing: every event needs one.",
  "importance-range": () => "`importance` must be a number from 0 to 100; it was clamped.",
  // Dates
  "date-invalid": (d) => `"${own(d.value)}" is not a date citeline can read.${d.detail ? ` ${d.detail}` : ""} Write dates as EDTF, e.g. 2008-06-08, 2008-06, 1980, 2008-22 (summer), 2008-06~ (approximate).`,
  "date-ambiguous": (d) =>
    `"${own(d.value)}" is ambiguous: it could be ${d.detail}. ${/Hijri/.test(d.detail ?? "") ? "Write it as YYYY-MM-DD (Gregorian), or with its month's name (18 Khordad 1387, ۱۸ خرداد ۱۳۸۷)." : /Buddhist/.test(d.detail ?? "") ? "Write the one you mean as YYYY-MM-DD (Gregorian)." : d.option === "dateFormat" ? 'Write it as YYYY-MM-DD, or load the sheet with dateFormat "DMY" or "MDY" (date-format in markup).' : "Write the one you mean."}`,
  // Read as EDTF says, with what else it may mean ("2021-22"): no other way to write it in EDTF.
  "date-reinterpreted": (d) => `"${own(d.value)}" was read as ${d.detail}.${/EDTF's/.test(d.detail ?? "") ? "" : " Write it as EDTF (such as YYYY-MM-DD) to be sure."}`,
  "date-out-of-range": (d) => `"${own(d.value)}" is outside the range citeline can draw (about 270,000 years either side of 1970).`,
  "date-object-mismatch": (d) => `This date object's bounds do not match its EDTF text "${d.detail}"; the text was read and the bounds ignored.`,
  "date-unsupported": (d) => `"${own(d.value)}" uses ${d.detail}, which citeline does not draw yet.`,
  "edtf-not-loaded": (d) =>
    `"${own(d.value)}" is an EDTF date that citeline in a browser (the script tag, or a bundled app) reads with a part it loads on demand: call \`await Citeline.preload("edtf")\` first, or load with \`await Citeline.loadTimelineAsync(data)\`. createTimeline, <cite-line>, [data-citeline] and createEmbed load that part themselves.`,
  "words-not-loaded": (d) =>
    `"${own(d.value)}" is not EDTF; in a browser, dates written other ways ("June 7, 2008", "7/6/2008", "1980–1988") are read with a part loaded on demand: call \`await Citeline.preload("words")\` first, or load with \`await Citeline.loadTimelineAsync(data)\`. createTimeline and the embeds load it themselves.`,
  "end-before-start": (d) => `The end (${own(d.value)}) is before the start (${d.detail}).`,
  "interval-and-end": () => "The start is already an interval with its own end, and an end was given too: keep one.",
  // References
  "duplicate-id": (d) => `The id "${own(d.value)}" is already used by ${d.detail}; ids must be unique.`,
  "unknown-group": (d) => `Group "${own(d.value)}" is not among the timeline's groups; it was added as a new lane.`,
  "unknown-source": (d) => `Source "${own(d.value)}" is not among the timeline's sources; the citation was dropped.`,
  "unknown-story-event": (d) => `Story entry "${own(d.value)}" names no event of the timeline; it was skipped.`,
  "duplicate-story-event": (d) => `Event "${own(d.value)}" is already in the story; this repeat was skipped.`,
  "unknown-via": (d) => `\`via\` names "${own(d.value)}", which is not among the timeline's sources; it was ignored.`,
  "unknown-disputes": (d) => `\`disputes\` names "${own(d.value)}", which is not another of the timeline's sources; it was ignored.`,
  "account-differs": (d) => `This row gives another account of event "${own(d.value)}" (the same id); what it gives for ${d.detail ?? d.field ?? ""} differs from the first row and was ignored. Give the row its own id if it is another event.`,
  "start-and-accounts": () => "This event gives its own date and accounts; its date was read as the first account, citing the event's own sources.",
  "via-too-deep": (d) => `A \`via\` chain is longer than ${d.detail} relays, so it was cut there${d.value ? ` (at ${own(d.value)})` : ""}.`,
  "citation-differs": (d) => `Source "${own(d.value)}" is cited here with other details (${d.detail}) than where it is defined; those were kept and these ignored. Give this citation its own id to keep both.`,
  "via-cycle": (d) => `\`via\` forms a loop (${d.detail}); the link back was dropped.`,
  "source-missing-publisher": () => "A source needs a publisher (who says so); this one has none and was dropped.",
  "citation-missing-publisher": () => "This citation names no publisher (who says so), so it was dropped.",
  "missing-id": () => "A group needs an id that events can name.",
  "unsourced": () => "This event cites no source. Every claim should say who reports it.",
  "url-unsafe": (d) => `The link "${own(d.value)}" is not an http(s) or mailto URL; it was dropped.`,
  "url-invalid": (d) => `"${own(d.value)}" is not a valid URL; it was dropped.`,
  // Media
  "media-url-unsafe": (d) =>
    `The image address "${own(d.value)}" was refused${d.detail ? `: ${d.detail}` : ""}. Only http(s) addresses and addresses on the page's own site (images/photo.jpg) are shown; the image was dropped and its credit kept as a source.`,
  "media-missing-url": () => "This media has no `url`, so there is no image to show; its credit was kept as a source.",
  "media-missing-alt": () => 'This image has no `alt` text, so readers who cannot see it learn nothing from it: it is shown as decorative. Say what it shows in `alt`, or write `"alt": ""` for a purely decorative image.',
  // Drafting from an article: `value` is the sentence, `detail` the date expression in it
  "draft-unresolved-date": (d) =>
    `"${own(d.detail)}" in the sentence "${own(d.value)}" counts from the day the article was written, which is not known, so no event was made from it. Give the publication date (\`published\`, or --published).`,
  "draft-unanchored-date": (d) => `"${own(d.detail)}" in the sentence "${own(d.value)}" counts from a day the text does not name (or date) just before it, so no event was made from it. Date it yourself.`,
  "draft-undated-span": (d) =>
    `"${own(d.detail)}" in the sentence "${own(d.value)}" says how long, not when: write its real dates. (Where it is the sentence's only date and the article's date is known, its draft event has an unknown start and ends, uncertain, at the article's date.)`,
  "draft-date-from-context": (d) => `"${own(d.detail)}" in the sentence "${own(d.value)}" names no date of its own; it was dated from the text before it. Check that date.`,
  "draft-language": (d) => `Dates in "${own(d.value)}" cannot be read (chrono-node has no reader for that language), so the text was read as English.`,
} satisfies Record<string, (d: DiagnosticParts) => string>;
