import { collapseUnknownColumns } from "./unknown-columns.js";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { own } from "./own.js";
import type { Origin, Parsed } from "./parsed.js";
import { readSlides } from "./timelinejs-slides.js";
import { saysTheSameAs } from "../messages/details.js";

/**
 * The TimelineJS Google-Sheets template, exported as CSV: each row made the slide it stands for,
 * then read like TimelineJS JSON (timelinejs-slides.ts).
 *
 * @module
 */

/**
 * The TimelineJS sheet template's columns, keyed by their name lower-cased without spaces, and the
 * alt text of a picture, which the template has no column for: a sheet may add one.
 */
/** The template's columns that hold a date or a part of one, start and end. */
export const SHEET_DATE_COLUMNS = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time"] as const;

const SHEET_COLUMNS = [
  ...SHEET_DATE_COLUMNS, "Display Date",
  "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background",
  "Media Alt", "Alt Text",
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
  ["media.url", "Media"],
  ["media.credit", "Media Credit"],
  ["media.caption", "Media Caption"],
  ["media.alt", "Alt Text"],
  ["media.alt", "Media Alt"],
];

/** Template column → the header as the sheet wrote it (the first, if written twice), and what is wrong with the header row. */
function readHeader(columns: string[], headerLine: number): { header: Map<SheetColumn, string>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const header = new Map<SheetColumn, string>();
  for (const name of columns) {
    const known = SHEET_KEYS.get(columnKey(name));
    const earlier = known === undefined ? undefined : header.get(known);
    if (known !== undefined && earlier === undefined) {
      header.set(known, name);
    } else if (name.trim() !== "") {
      const detail = earlier === undefined ? undefined : saysTheSameAs(earlier);
      diagnostics.push(diagnostic("csv-unknown-column", { section: "timeline", line: headerLine, field: name }, { value: name, detail }));
    }
  }
  for (const required of ["Year", "Headline"] as const) {
    if (!header.has(required)) {
      diagnostics.push(diagnostic("csv-missing-column", { section: "timeline", line: headerLine }, { detail: required, value: columns.join(", ") }));
    }
  }
  return { header, diagnostics: collapseUnknownColumns(diagnostics, headerLine) };
}

/** A row as the TimelineJS slide it stands for. */
function slideOf(cell: (column: SheetColumn) => string): Record<string, unknown> {
  const dateCells = (prefix: "" | "End "): Record<string, string> => ({
    year: cell(`${prefix}Year`),
    month: cell(`${prefix}Month`),
    day: cell(`${prefix}Day`),
    time: cell(`${prefix}Time`),
  });
  return {
    start_date: dateCells(""),
    end_date: dateCells("End "),
    text: { headline: cell("Headline"), text: cell("Text") },
    media: { url: cell("Media"), credit: cell("Media Credit"), caption: cell("Media Caption"), alt: cell("Media Alt") || cell("Alt Text") },
    group: cell("Group"),
    display_date: cell("Display Date"),
  };
}

/**
 * Read the rows of a TimelineJS Google-Sheets template (as parsed from CSV) into citeline's native
 * shape, unchecked: the model validates it.
 *
 * Headers are matched without regard to case or spaces (`End Year`, `endyear`, `END YEAR`). A row
 * whose Type is `title` gives the timeline's title (Headline) and description (Text) — only the
 * first such row, as in TimelineJS; later ones are read as events. Rows of Type `era` become eras;
 * all others become events (a Type other than `title`, `era` or `event` draws a `csv-row-type`
 * warning). Year/Month/Day/Time and End Year/… become EDTF strings (see `timelineJsDate`); the
 * Time cell may be `14:30` or `2:30 PM`. Media, Media Credit and Media Caption become sources as
 * in TimelineJS JSON. Rows with every cell blank are skipped.
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
 * // { data: { events: [{ title: "Talks", start: "2008-06-08T14:30" }] }, diagnostics: [],
 * //   events: [{ index: 0, line: 2 }], eras: [], fields: { title: "Headline", start: "Year" } }
 * ```
 */
export function fromTimelineJsSheet(rows: Record<string, string>[], columns: string[], firstLine = 2, lines?: number[]): Parsed {
  const { header, diagnostics } = readHeader(columns, firstLine - 1);
  const cellOf = (row: Record<string, string>) => (column: SheetColumn): string => {
    const name = header.get(column);
    const value = name === undefined ? undefined : own(row, name);
    return typeof value === "string" ? value.trim() : "";
  };

  let title: Record<string, unknown> | undefined;
  const slides: unknown[] = [];
  const eras: unknown[] = [];
  const slideOrigins: Origin[] = [];
  const eraOrigins: Origin[] = [];
  let nonBlank = 0;
  rows.forEach((row, index) => {
    const cell = cellOf(row);
    if (SHEET_COLUMNS.every((column) => cell(column) === "")) return;
    nonBlank++;
    const origin: Origin = { index, line: lines?.[index] ?? firstLine + index };
    const slide = slideOf(cell);
    const type = cell("Type").toLowerCase();
    if (type === "title" && title === undefined) {
      title = slide;
    } else if (type === "era") {
      eras.push(slide);
      eraOrigins.push(origin);
    } else {
      if (type !== "" && type !== "event" && type !== "title") {
        const typeColumn = header.get("Type");
        const at = { section: "events" as const, index, line: origin.line, ...(typeColumn === undefined ? {} : { field: typeColumn }) };
        diagnostics.push(diagnostic("csv-row-type", at, { value: cell("Type") }));
      }
      slides.push(slide);
      slideOrigins.push(origin);
    }
  });
  if (nonBlank === 0) diagnostics.push(diagnostic("csv-empty", { section: "timeline" }));

  const fields: Record<string, string> = {};
  for (const [field, column] of SHEET_FIELDS) {
    const name = header.get(column);
    if (name !== undefined) fields[field] = name;
  }
  const headlineField = header.get("Headline") ?? "Headline";
  const read = readSlides({ title, slides, eras: eras.length > 0 ? eras : undefined, slideOrigins, eraOrigins, headlineField });
  return { data: read.data, diagnostics: [...diagnostics, ...read.diagnostics], events: read.events, eras: read.eras, fields };
}
