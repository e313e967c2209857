import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { slug } from "../slug.js";
import { htmlToText } from "./html-text.js";
import type { Origin, Parsed } from "./parsed.js";

/**
 * Importers for TimelineJS3 (Knight Lab): its JSON format and its Google-Sheets template. Both give
 * native-shaped data, unchecked: the model validates it and reports problems in the user's terms.
 *
 * What is kept: headlines and text (HTML turned into plain text), dates (turned into EDTF at the
 * precision written), `unique_id`, `group`, `display_date`, eras, the title slide, and the media
 * credit as an inline source. What has no place in citeline and is dropped: the media itself,
 * thumbnails, `background`, `autolink`, `scale`, and an era's `text.text`.
 *
 * @module
 */

/** Native field name → how TimelineJS JSON names it, for diagnostics. */
const JSON_FIELDS: Record<string, string> = {
  id: "unique_id",
  title: "text.headline",
  start: "start_date",
  end: "end_date",
  description: "text.text",
  group: "group",
  displayDate: "display_date",
  sources: "media.credit",
};

// ---------------------------------------------------------------------------------------------
// Dates

const DATE_PARTS = ["year", "month", "day", "hour", "minute", "second", "millisecond"] as const;
type DatePart = (typeof DATE_PARTS)[number];

// Upper bound of each part after the year (all are at least 0, month and day at least 1).
const PART_RANGE: Record<Exclude<DatePart, "year">, [number, number]> = {
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
  millisecond: [0, 999],
};

/**
 * Turn a TimelineJS date into an EDTF string at the precision written. Used for JSON date objects
 * (`{ year, month?, day?, hour?, minute?, second?, millisecond? }`, numbers or numeric strings)
 * and for spreadsheet cells, which arrive as the same object with the Time cell, unparsed, in
 * `time` (`"14:30"`, `"2:30 PM"`, `"1430"`, `"14:30:05.5"`).
 *
 * - year → `"2008"`; + month → `"2008-06"`; + day → `"2008-06-08"`; + any time →
 *   `"2008-06-08T14:30Z"` (UTC, the wall-clock time as written; seconds, and `.250` for milliseconds, when they are
 *   given). A time that is all zeros (`hour: 0, minute: 0`) is dropped, as TimelineJS shows such a
 *   date without a time. Years are zero-padded to four digits; beyond ±9999 they take EDTF's `Y`
 *   prefix.
 * - Negative years: TimelineJS documents that "BCE years should be negative numbers" and labels
 *   year `-551` as "551 BCE" (Language.js `era_labels.negative_year`, which formats
 *   `Math.abs(year)` with a "BCE" suffix). So `-N` means N BCE, in historical numbering with no year
 *   0, and becomes astronomical EDTF `-(N-1)`: `-551` → `"-0550"`, `-1` → `"0000"`. (TimelineJS
 *   itself places the marker with `Date#setFullYear(-551)`, i.e. astronomically, one year earlier
 *   than its own label; the label and the documentation are what authors wrote to.) Year `0`, which
 *   TimelineJS labels "0" and places at astronomical 0, stays `"0000"` (1 BCE).
 * - Not a date object (a string, a number): returned as it is, for the model's date reader.
 * - Nothing written (no date, or all parts absent or blank): `undefined`.
 * - A year alone that is not a whole number (`"1980s"`, `"c. 1850"`): returned as written, trimmed.
 * - Any other part that is not a whole number in range, a gap (a day without a month, a time
 *   without a day) or a time that cannot be read: the parts as written, e.g.
 *   `"year 2008, month June, day 8"`, which the date reader reports as unreadable, never a guess.
 *
 * @example
 * ```ts
 * timelineJsDate({ year: "2008", month: "6", day: "8", hour: 14, minute: 30 }); // "2008-06-08T14:30Z"
 * timelineJsDate({ year: -551 });                                              // "-0550" (551 BCE)
 * timelineJsDate({ year: "2008", month: "6", time: "2:30 PM" });               // "year 2008, month 6, time 2:30 PM"
 * ```
 */
export function timelineJsDate(date: unknown): unknown {
  if (blank(date)) return undefined;
  if (!isRecord(date)) return date;
  const raw: Partial<Record<DatePart | "time", unknown>> = {};
  for (const part of [...DATE_PARTS, "time"] as const) {
    const value = own(date, part);
    if (!blank(value)) raw[part] = typeof value === "string" ? value.trim() : value;
  }
  if (Object.keys(raw).length === 0) return undefined;

  const asWritten = (): string =>
    Object.entries(raw)
      .map(([part, value]) => `${part} ${typeof value === "string" ? value : JSON.stringify(value)}`)
      .join(", ");

  // A lone year that is not a number is kept as written: it may be something the reader knows.
  const year = raw.year === undefined ? undefined : wholeNumber(raw.year);
  if (year === undefined) {
    return typeof raw.year === "string" && Object.keys(raw).length === 1 ? raw.year : asWritten();
  }

  const parts: Partial<Record<DatePart, number>> = { year };
  for (const part of DATE_PARTS.slice(1) as Exclude<DatePart, "year">[]) {
    if (raw[part] === undefined) continue;
    const n = wholeNumber(raw[part]);
    const [min, max] = PART_RANGE[part];
    if (n === undefined || n < min || n > max) return asWritten();
    parts[part] = n;
  }
  if (raw.time !== undefined) {
    const time = typeof raw.time === "string" ? parseTime(raw.time) : undefined;
    if (time === undefined) return asWritten();
    Object.assign(parts, time);
  }

  // Each part needs the one above it: no day without a month, no minutes without an hour.
  let precision = 0;
  for (let i = 1; i < DATE_PARTS.length; i++) {
    if (parts[DATE_PARTS[i] as DatePart] === undefined) continue;
    if (parts[DATE_PARTS[i - 1] as DatePart] === undefined) return asWritten();
    precision = i;
  }
  // TimelineJS treats a zero time part as not given (TLDate.findBestFormat tests each part for
  // truthiness): `hour: 0, minute: 0` is shown as a day, so it is read as one here.
  if (!parts.hour && !parts.minute && !parts.second && !parts.millisecond) {
    delete parts.hour;
    delete parts.minute;
    delete parts.second;
    delete parts.millisecond;
    precision = Math.min(precision, 2);
  }
  if (parts.millisecond === 0) delete parts.millisecond;

  const astronomical = year < 0 ? year + 1 : year;
  if (Math.abs(astronomical) > 9999) {
    // EDTF writes long years as Y-numbers, at year precision only.
    return precision === 0 ? `Y${astronomical}` : asWritten();
  }
  let text = `${astronomical < 0 ? "-" : ""}${pad(Math.abs(astronomical), 4)}`;
  if (parts.month !== undefined) text += `-${pad(parts.month, 2)}`;
  if (parts.day !== undefined) text += `-${pad(parts.day, 2)}`;
  if (parts.hour !== undefined) {
    // Seconds only when written, so "14:30" stays known to the minute.
    text += `T${pad(parts.hour, 2)}:${pad(parts.minute ?? 0, 2)}`;
    if (parts.second !== undefined || parts.millisecond !== undefined) text += `:${pad(parts.second ?? 0, 2)}`;
    if (parts.millisecond !== undefined) text += `.${pad(parts.millisecond, 3)}`;
    text += "Z";
  }
  return text;
}

/**
 * Read a spreadsheet Time cell the way TimelineJS does: `"14:30"`, `"14.30"`, `"1430"`,
 * `"14:30:05"`, `"14:30:05.25"`, `"2:30 PM"`, `"2 p.m."`, `"12 AM"` (midnight). Undefined when it
 * cannot be read, or when an AM/PM hour is not from 1 to 12.
 */
function parseTime(text: string): Partial<Record<"hour" | "minute" | "second" | "millisecond", number>> | undefined {
  let rest = text.trim();
  let period: "a" | "p" | undefined;
  const suffix = /\s*([ap])\.?\s*m\.?$/i.exec(rest);
  if (suffix) {
    period = (suffix[1] as string).toLowerCase() as "a" | "p";
    rest = rest.slice(0, suffix.index).trim();
  }
  const match = /^(\d{1,2})(?:(?::|\.)(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?)?$/.exec(rest) ?? /^(\d{1,2})(\d{2})$/.exec(rest);
  if (!match) return undefined;
  let hour = Number(match[1]);
  if (period) {
    if (hour < 1 || hour > 12) return undefined;
    if (period === "a" && hour === 12) hour = 0;
    else if (period === "p" && hour !== 12) hour += 12;
  }
  const time: Partial<Record<"hour" | "minute" | "second" | "millisecond", number>> = { hour };
  if (match[2] !== undefined) time.minute = Number(match[2]);
  if (match[3] !== undefined) time.second = Number(match[3]);
  // A fraction of a second: ".5" is 500 ms, ".25" is 250 ms.
  if (match[4] !== undefined) time.millisecond = Number(match[4].padEnd(3, "0"));
  if (hour > 23 || (time.minute ?? 0) > 59 || (time.second ?? 0) > 59) return undefined;
  return time;
}

/** A whole number from a number or a numeric string (spaces and thousands commas ignored, as TimelineJS does). */
function wholeNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const cleaned = value.replace(/[\s,]+/g, "");
  if (!/^-?\d+$/.test(cleaned)) return undefined;
  const n = Number(cleaned);
  return Number.isSafeInteger(n) ? n : undefined;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

// ---------------------------------------------------------------------------------------------
// Slides

/** Group ids in first-seen order, one per distinct group label. */
class Groups {
  private readonly ids = new Map<string, string>();
  private readonly taken = new Set<string>();
  readonly list: { id: string; label: string }[] = [];

  /** The id for a group label; `undefined` for none. Anything not text is passed on for the model to report. */
  id(value: unknown): unknown {
    if (typeof value === "number" && Number.isFinite(value)) value = String(value);
    if (typeof value !== "string") return value ?? undefined;
    const label = value.trim();
    if (label === "") return undefined;
    let id = this.ids.get(label);
    if (id === undefined) {
      const base = slug(label) || "group";
      id = base;
      for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
      this.taken.add(id);
      this.ids.set(label, id);
      this.list.push({ id, label });
    }
    return id;
  }
}

/** HTML text → plain text; numbers become text; blank → undefined; anything else is passed on as is. */
function plain(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return value;
  const text = htmlToText(value);
  return text === "" ? undefined : text;
}

/**
 * The inline source a media credit names. `"IRNA via The New York Times"` (or `"IRNA, via …"`)
 * is IRNA relayed by the Times; the link, which is where the reader finds it, goes to the relay.
 */
function creditSource(media: unknown): unknown {
  if (!isRecord(media)) return undefined;
  const credit = plain(own(media, "credit"));
  if (typeof credit !== "string") return undefined;
  const rawUrl = own(media, "url");
  const url = typeof rawUrl === "string" && /^https?:\/\/\S+$/i.test(rawUrl.trim()) ? rawUrl.trim() : undefined;
  // A blockquote as media is the excerpt itself, so it is the quote. A caption says what the media
  // shows, which names the cited item better than it supports the claim: it becomes the title.
  const quote = typeof rawUrl === "string" && /^\s*<blockquote\b/i.test(rawUrl) ? plain(rawUrl) : undefined;
  const caption = plain(own(media, "caption"));

  const source: Record<string, unknown> = {};
  const via = /^(.+?),?\s+via\s+(.+)$/is.exec(credit);
  if (via) {
    source.publisher = (via[1] as string).trim();
    const relay: Record<string, unknown> = { publisher: (via[2] as string).trim() };
    if (url !== undefined) relay.url = url;
    source.via = relay;
  } else {
    source.publisher = credit;
    if (url !== undefined) source.url = url;
  }
  if (typeof quote === "string") source.quote = quote;
  if (typeof caption === "string") source.title = caption;
  return source;
}

/** Text of a slide: `text.headline` and `text.text`, as plain text. */
function slideText(slide: Record<string, unknown>): { headline: unknown; text: unknown } {
  const text = own(slide, "text");
  if (!isRecord(text)) return { headline: undefined, text: undefined };
  return { headline: plain(own(text, "headline")), text: plain(own(text, "text")) };
}

/** The slide's own `display_date`, else its start date's (with the end date's, when it has one). */
function displayDate(slide: Record<string, unknown>): unknown {
  const own_ = plain(own(slide, "display_date"));
  if (own_ !== undefined) return own_;
  const start = own(slide, "start_date");
  const end = own(slide, "end_date");
  const from = isRecord(start) ? plain(own(start, "display_date")) : undefined;
  if (typeof from !== "string") return undefined;
  const to = isRecord(end) ? plain(own(end, "display_date")) : undefined;
  return typeof to === "string" ? `${from} – ${to}` : from;
}

/** One TimelineJS slide as a native event. Anything not an object is passed on for the model to report. */
function eventFrom(slide: unknown, groups: Groups): unknown {
  if (!isRecord(slide)) return slide;
  const event: Record<string, unknown> = {};
  const text = slideText(slide);
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) event[key] = value;
  };
  const id = own(slide, "unique_id");
  set("id", typeof id === "number" && Number.isFinite(id) ? String(id) : blank(id) ? undefined : id);
  set("title", text.headline);
  set("start", timelineJsDate(own(slide, "start_date")));
  set("end", timelineJsDate(own(slide, "end_date")));
  set("description", text.text);
  set("group", groups.id(own(slide, "group")));
  set("displayDate", displayDate(slide));
  const source = creditSource(own(slide, "media"));
  if (source !== undefined) event.sources = [source];
  return event;
}

/** One TimelineJS era as a native era. */
function eraFrom(era: unknown): unknown {
  if (!isRecord(era)) return era;
  const out: Record<string, unknown> = {};
  const headline = slideText(era).headline;
  if (headline !== undefined) out.title = headline;
  const start = timelineJsDate(own(era, "start_date"));
  if (start !== undefined) out.start = start;
  const end = timelineJsDate(own(era, "end_date"));
  if (end !== undefined) out.end = end;
  return out;
}

/** The native timeline object: title slide, events, eras and the groups the events named. */
function timeline(title: unknown, slides: readonly unknown[], eras: unknown): Record<string, unknown> {
  const groups = new Groups();
  const data: Record<string, unknown> = {};
  if (isRecord(title)) {
    const text = slideText(title);
    if (text.headline !== undefined) data.title = text.headline;
    if (text.text !== undefined) data.description = text.text;
  }
  data.events = slides.map((slide) => eventFrom(slide, groups));
  if (eras !== undefined) data.eras = Array.isArray(eras) ? eras.map(eraFrom) : eras;
  if (groups.list.length > 0) data.groups = groups.list;
  return data;
}

/**
 * Read a TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html) into
 * citeline's native shape, unchecked: the model validates it.
 *
 * Each slide becomes an event: `unique_id` → `id`, `text.headline` → `title` and `text.text` →
 * `description` (HTML made plain text), `start_date`/`end_date` → EDTF strings at the precision
 * written (see `timelineJsDate` in src/parse/timelinejs.ts), `display_date` → `displayDate`, `group` → a group id,
 * `media.credit` → an inline source. The title slide gives the timeline's title and description;
 * `eras` become eras; the distinct groups become `groups`, in first-seen order.
 *
 * If `json` is not an object with an `events` array, the result holds no events and a
 * `timelinejs-missing-events` diagnostic.
 *
 * @example
 * ```ts
 * fromTimelineJs({ events: [{ start_date: { year: 2008, month: 6, day: 8 },
 *   text: { headline: "Maliki meets <b>Ahmadinejad</b>" },
 *   media: { url: "https://www.nytimes.com/…", credit: "IRNA via The New York Times" } }] }).data;
 * // { events: [{ title: "Maliki meets Ahmadinejad", start: "2008-06-08",
 * //   sources: [{ publisher: "IRNA", via: { publisher: "The New York Times", url: "https://www.nytimes.com/…" } }] }] }
 * ```
 */
export function fromTimelineJs(json: unknown): Parsed {
  const events = isRecord(json) ? own(json, "events") : undefined;
  if (!isRecord(json) || !Array.isArray(events)) {
    return { data: { events: [] }, diagnostics: [diagnostic("timelinejs-missing-events", { section: "timeline" })] };
  }
  return {
    data: timeline(own(json, "title"), events, own(json, "eras")),
    diagnostics: [],
    fields: { ...JSON_FIELDS },
  };
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet

/** The TimelineJS sheet template's columns, keyed by their name lower-cased without spaces. */
const SHEET_COLUMNS = [
  "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
  "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background",
] as const;
type SheetColumn = (typeof SHEET_COLUMNS)[number];

const columnKey = (name: string): string => name.toLowerCase().replace(/\s+/g, "");
const SHEET_KEYS = new Map<string, SheetColumn>(SHEET_COLUMNS.map((c) => [columnKey(c), c]));

/** Native field name → the template column it comes from. */
const SHEET_FIELDS: [string, SheetColumn][] = [
  ["title", "Headline"],
  ["start", "Year"],
  ["end", "End Year"],
  ["description", "Text"],
  ["group", "Group"],
  ["displayDate", "Display Date"],
  ["sources", "Media Credit"],
];

/**
 * Read the rows of a TimelineJS Google-Sheets template (as parsed from CSV) into citeline's native
 * shape, unchecked: the model validates it.
 *
 * Headers are matched without regard to case or spaces (`End Year`, `endyear`, `END YEAR`). A row
 * whose Type is `title` gives the timeline's title (Headline) and description (Text) — only the
 * first such row, as in TimelineJS; later ones are read as events. Rows of Type `era` become eras;
 * all others become events (a Type other than `title`, `era` or `event` draws a `csv-row-type`
 * warning). Year/Month/Day/Time and End Year/… become EDTF strings (see `timelineJsDate` in src/parse/timelinejs.ts);
 * the Time cell may be `14:30` or `2:30 PM`. Rows with every cell blank are skipped.
 *
 * `events` and `eras` in the result give each item's data row (from 0) and line (`firstLine` +
 * row: the header is line 1); `fields` names the column behind each native field, for messages.
 *
 * @example
 * ```ts
 * fromTimelineJsSheet(
 *   [{ Year: "2008", Month: "6", Day: "8", Time: "2:30 PM", Headline: "Talks", Type: "" }],
 *   ["Year", "Month", "Day", "Time", "Headline", "Type"],
 * );
 * // { data: { events: [{ title: "Talks", start: "2008-06-08T14:30Z" }] }, diagnostics: [],
 * //   events: [{ index: 0, line: 2 }], eras: [], fields: { title: "Headline", start: "Year" } }
 * ```
 */
export function fromTimelineJsSheet(rows: Record<string, string>[], columns: string[], firstLine = 2, lines?: number[]): Parsed {
  const diagnostics: Diagnostic[] = [];
  const headerLine = firstLine - 1;
  // Template column → the header as the sheet wrote it (the first, if written twice).
  const header = new Map<SheetColumn, string>();
  for (const name of columns) {
    const known = SHEET_KEYS.get(columnKey(name));
    const earlier = known === undefined ? undefined : header.get(known);
    if (known !== undefined && earlier === undefined) {
      header.set(known, name);
    } else if (name.trim() !== "") {
      const detail = earlier === undefined ? undefined : `It says the same as "${earlier}".`;
      diagnostics.push(diagnostic("csv-unknown-column", { section: "timeline", line: headerLine, field: name }, { value: name, detail }));
    }
  }
  for (const required of ["Year", "Headline"] as const) {
    if (!header.has(required)) {
      diagnostics.push(
        diagnostic("csv-missing-column", { section: "timeline", line: headerLine }, { detail: required, value: columns.join(", ") }),
      );
    }
  }

  const cell = (row: Record<string, string>, column: SheetColumn): string => {
    const name = header.get(column);
    const value = name === undefined ? undefined : own(row, name);
    return typeof value === "string" ? value.trim() : "";
  };
  const dateCells = (row: Record<string, string>, prefix: "" | "End "): Record<string, string> => ({
    year: cell(row, `${prefix}Year`),
    month: cell(row, `${prefix}Month`),
    day: cell(row, `${prefix}Day`),
    time: cell(row, `${prefix}Time`),
  });

  let title: Record<string, unknown> | undefined;
  const slides: unknown[] = [];
  const eras: unknown[] = [];
  const eventOrigins: Origin[] = [];
  const eraOrigins: Origin[] = [];
  let nonBlank = 0;

  rows.forEach((row, index) => {
    if (SHEET_COLUMNS.every((column) => cell(row, column) === "")) return;
    nonBlank++;
    const origin: Origin = { index, line: lines?.[index] ?? firstLine + index };
    const slide: Record<string, unknown> = {
      start_date: dateCells(row, ""),
      end_date: dateCells(row, "End "),
      text: { headline: cell(row, "Headline"), text: cell(row, "Text") },
      media: { url: cell(row, "Media"), credit: cell(row, "Media Credit"), caption: cell(row, "Media Caption") },
      group: cell(row, "Group"),
      display_date: cell(row, "Display Date"),
    };
    const type = cell(row, "Type").toLowerCase();
    if (type === "title" && title === undefined) {
      title = slide;
    } else if (type === "era") {
      eras.push(slide);
      eraOrigins.push(origin);
    } else {
      if (type !== "" && type !== "event" && type !== "title") {
        const typeColumn = header.get("Type");
        diagnostics.push(
          diagnostic(
            "csv-row-type",
            { section: "events", index, line: origin.line, ...(typeColumn === undefined ? {} : { field: typeColumn }) },
            { value: cell(row, "Type") },
          ),
        );
      }
      slides.push(slide);
      eventOrigins.push(origin);
    }
  });

  if (nonBlank === 0) diagnostics.push(diagnostic("csv-empty", { section: "timeline" }));

  const fields: Record<string, string> = {};
  for (const [field, column] of SHEET_FIELDS) {
    const name = header.get(column);
    if (name !== undefined) fields[field] = name;
  }
  return {
    data: timeline(title, slides, eras.length > 0 ? eras : undefined),
    diagnostics,
    events: eventOrigins,
    eras: eraOrigins,
    fields,
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An own property only: nothing is read through the prototype chain (`__proto__`, `constructor`). */
function own(value: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
