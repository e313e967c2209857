import { dsvFormat } from "d3-dsv";
import { collapseUnknownColumns } from "./unknown-columns.js";
import { firstWords } from "./first-words.js";
import { datePartColumns, joinDate, type DateParts } from "./date-parts.js";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { mergeAccounts } from "./csv-accounts.js";
import { columnMeaning, normalizeHeader, type ColumnMeaning, type EventColumn, type SourceColumn } from "./columns.js";
import type { Origin, Parsed } from "./parsed.js";
import { htmlReady } from "./html-read.js";
import { htmlDescription } from "./csv-html.js";
import { imageMedia, type ImportedMedia } from "./media.js";
import { mediaSources } from "./timelinejs-media.js";
import { detectSeparator, SEPARATOR_WORDS, type Separator } from "./separator.js";
import { fromTimelineJsSheet } from "./timelinejs.js";
import { DATE_COLUMN, NO_NAME_IN_HEADER, saysTheSameAs, TITLE_COLUMN, unnamedColumn } from "../messages/details.js";

/**
 * A spreadsheet as rows of trimmed cells, with the file line each row starts on.
 *
 * @example
 * ```ts
 * const { columns, rows, lines } = readSheet(csvText);
 * ```
 */
export interface Sheet {
  /** Header cells as written (BOM removed, trimmed). */
  columns: string[];
  /** Data rows keyed by header, in file order; blank rows are kept so positions match the file. */
  rows: Record<string, string>[];
  /** File line (1-based) of each data row. */
  lines: number[];
  /** The separator the cells were split on: given, or detected from the first rows. */
  separator: Separator;
  /** Columns with no name in the header but something in their cells, by position (1-based). */
  unnamed: number[];
}

/**
 * Split spreadsheet text with d3-dsv. A byte-order mark, CRLF line ends, spaces around unquoted
 * cells and quoted cells spanning lines are all ordinary spreadsheet output and handled here. A
 * quote opens a quoted cell only straight after the separator (RFC 4180), as every spreadsheet
 * program writes it. The separator (`,` `;` or tab) is detected unless given (see separator.ts).
 *
 * @example
 * ```ts
 * readSheet("Title,Date\nVisit,2008-06-07\n");
 * // { columns: ["Title", "Date"], rows: [{ Title: "Visit", Date: "2008-06-07" }], lines: [2], separator: "," }
 * readSheet("\uFEFFTitle;Date\r\nVisit;07.06.2008\r\n").separator; // ";"
 * ```
 */
export function readSheet(text: string, separator?: Separator): Sheet {
  const clean = text.replace(/^\uFEFF/, "");
  const used = separator ?? detectSeparator(clean);
  const [header = [], ...body] = dsvFormat(used).parseRows(clean);
  const columns = header.map((h) => h.trim());
  const rows: Record<string, string>[] = [];
  const lines: number[] = [];
  const unnamed = new Set<number>();
  let line = 1 + newlines(header);
  for (const cells of body) {
    line += 1;
    const row: Record<string, string> = Object.create(null) as Record<string, string>;
    columns.forEach((column, i) => {
      const cell = (cells[i] ?? "").trim();
      if (column === "") {
        if (cell !== "") unnamed.add(i + 1);
      } else if (!(column in row)) row[column] = cell;
    });
    rows.push(row);
    lines.push(line);
    line += newlines(cells);
  }
  return { columns, rows, lines, separator: used, unnamed: [...unnamed].sort((a, b) => a - b) };
}

function newlines(cells: string[]): number {
  let n = 0;
  for (const cell of cells) for (const ch of cell) if (ch === "\n") n++;
  return n;
}

/**
 * Read a journalist's spreadsheet (CSV, or `;`- or tab-separated) into native-shaped data. Columns
 * are matched by name with common aliases (see columns.ts); a TimelineJS template sheet is
 * recognised and read as one. A separator other than the comma is said in a `csv-separator` warning.
 *
 * @example
 * ```ts
 * parseCsv("Headline,Date,Source\nVisit begins,2008-06-07,IRNA\n").data;
 * // { events: [{ title: "Visit begins", start: "2008-06-07", sources: [{ publisher: "IRNA" }] }], eras: [] }
 * ```
 */
export function parseCsv(text: string): Parsed {
  const sheet = readSheet(text);
  const separator = separatorWarning(sheet.separator);
  if (isTimelineJsSheet(sheet.columns)) {
    const parsed = fromTimelineJsSheet(sheet.rows, sheet.columns, 2, sheet.lines);
    parsed.diagnostics.unshift(...separator);
    return { ...parsed, format: "timelinejs" };
  }
  const diagnostics: Diagnostic[] = [...separator];
  const { meanings, fields, parts, partColumns, textColumn } = readHeader(sheet, diagnostics);

  const data: { title?: string; description?: string; events: unknown[]; eras: unknown[] } = { events: [], eras: [] };
  const events: Origin[] = [];
  const eras: Origin[] = [];
  let dataRows = 0;
  const htmlColumns = new Set<string>();
  sheet.rows.forEach((row, index) => {
    const unread: [string, string][] = [];
    const item = readRow(row, meanings, unread);
    if (!item) return;
    if (partColumns.size > 0) joinParts(item, row, parts);
    const description = item.description;
    const html = htmlDescription(item);
    if (html === "read") htmlColumns.add(fields.description!);
    if (textColumn !== undefined && typeof item.description === "string") item.title = firstWords(item.description);
    dataRows++;
    const origin = { index, line: sheet.lines[index] ?? index + 2 };
    for (const [column, value] of unread) diagnostics.push(diagnostic("html-not-loaded", { section: "events", ...origin, field: column }, { value }));
    if (html === "waiting") diagnostics.push(diagnostic("html-text-not-loaded", { section: "events", ...origin, field: fields.description }, { value: description }));
    const written = item.type;
    const type = (written ?? "event").toLowerCase();
    delete item.type;
    if (type === "title") {
      if (typeof item.title === "string") data.title = item.title;
      if (typeof item.description === "string") data.description = item.description;
    } else if (type === "era") {
      data.eras.push(item);
      eras.push(origin);
    } else {
      if (type !== "event") diagnostics.push(diagnostic("csv-row-type", { section: "events", ...origin, field: fields.type }, { value: written ?? type }));
      data.events.push(item);
      events.push(origin);
    }
  });
  if (dataRows === 0) diagnostics.push(diagnostic("csv-empty", { section: "timeline" }));
  for (const column of htmlColumns) diagnostics.push(diagnostic("csv-html-text", { section: "timeline", line: 1, field: column }, { value: column }));
  mergeAccounts(data.events, events, fields, diagnostics);
  return { data, diagnostics: collapseUnknownColumns(diagnostics, 1), events, eras, fields, format: "csv" };
}

// What each header column means (its field, or a source's), the date parts beside a Year column
// and the text column titles are made from, each column not read said in `diagnostics`.
function readHeader(sheet: Sheet, diagnostics: Diagnostic[]): Header {
  const meanings = new Map<string, ColumnMeaning>();
  const fields: Record<string, string> = {};
  const claimed = new Map<string, string>();
  // A column with no name but values (a pandas index, a note beside the table) is said, not lost.
  for (const at of sheet.unnamed) {
    diagnostics.push(diagnostic("csv-unknown-column", { section: "timeline", line: 1, field: unnamedColumn(at) }, { value: unnamedColumn(at), detail: NO_NAME_IN_HEADER }));
  }
  // Month and Day beside a Year column are parts of its date, not columns of their own.
  const parts = datePartColumns(sheet.columns);
  const partColumns = new Set([...Object.values(parts.start), ...Object.values(parts.end)]);
  for (const column of sheet.columns) {
    if (column === "" || partColumns.has(column)) continue;
    const meaning = columnMeaning(column);
    const key = meaning.kind === "event" ? meaning.field : meaning.kind === "source" ? `${meaning.slot} ${meaning.field}` : "";
    const earlier = claimed.get(key);
    if (meaning.kind === "unknown" || earlier !== undefined) {
      const detail = earlier === undefined ? undefined : saysTheSameAs(earlier);
      diagnostics.push(diagnostic("csv-unknown-column", { section: "timeline", line: 1, field: column }, { value: column, detail }));
      continue;
    }
    claimed.set(key, column);
    meanings.set(column, meaning);
    if (meaning.kind === "event") fields[meaning.field] = column;
    else fields[sourcePath(meaning.slot, meaning.field)] = column;
    const picture = meaning.kind === "source" && meaning.slot === 1 ? MEDIA_PATHS[meaning.field] : undefined;
    if (picture !== undefined) fields[picture] = column;
  }
  // The parts go with the Year column only where it is the date (a Date column beside it wins).
  for (const [key, year] of [["start", "year"], ["end", "end year"]] as const) {
    if (normalizeHeader(fields[key] ?? "") === year) continue;
    for (const column of Object.values(parts[key])) diagnostics.push(diagnostic("csv-unknown-column", { section: "timeline", line: 1, field: column }, { value: column }));
    parts[key] = {};
  }
  // No title column but a text one (a desk's "content", a scraper's "text"): each title is made
  // from its text's first words, as for a TimelineJS slide with a blank headline, and said once.
  const textColumn = fields.title === undefined ? fields.description : undefined;
  if (textColumn !== undefined) diagnostics.push(diagnostic("csv-title-from-text", { section: "timeline", line: 1, field: textColumn }, { value: textColumn }));
  for (const [needed, names] of [["title", TITLE_COLUMN], ["start", DATE_COLUMN]] as const) {
    if (fields[needed] === undefined && !(needed === "title" && textColumn !== undefined)) {
      diagnostics.push(diagnostic("csv-missing-column", { section: "timeline", line: 1 }, { detail: names, value: sheet.columns.join(", ") }));
    }
  }
  return { meanings, fields, parts, partColumns, textColumn };
}

interface Header {
  meanings: Map<string, ColumnMeaning>;
  fields: Record<string, string>;
  parts: DateParts;
  partColumns: Set<string>;
  textColumn: string | undefined;
}

// A row's Year with its Month and Day, as one date for the date reader (see date-parts.ts).
function joinParts(item: Row, row: Record<string, string>, parts: DateParts): void {
  const cell = (column: string | undefined) => (column === undefined ? "" : (row[column] ?? ""));
  if (item.start !== undefined) item.start = joinDate(item.start, cell(parts.start.month), cell(parts.start.day));
  if (item.end !== undefined) item.end = joinDate(item.end, cell(parts.end.month), cell(parts.end.day));
}

// Said, not silent: a sheet that is not what the file name claims is worth knowing about, and if
// the detection was wrong this is the message that explains the columns that follow.
function separatorWarning(separator: Separator): Diagnostic[] {
  if (separator === ",") return [];
  return [diagnostic("csv-separator", { section: "timeline", line: 1 }, { value: separator === "\t" ? "tab" : separator, detail: SEPARATOR_WORDS[separator] })];
}

// Where a source column's value sits in the data, for diagnostics: `Via URL` → `sources[0].via.url`.
function sourcePath(slot: number, field: SourceColumn): string {
  const relay: Partial<Record<SourceColumn, string>> = { via: "publisher", viaUrl: "url", viaTitle: "title", viaPublished: "published" };
  const inRelay = relay[field];
  return `sources[${slot - 1}].${inRelay === undefined ? field : `via.${inRelay}`}`;
}

// The first slot's Media columns, as the fields of the event's picture they fill (for messages).
const MEDIA_PATHS: Partial<Record<SourceColumn, string>> = { media: "media.url", mediaAlt: "media.alt", mediaCredit: "media.credit", mediaCaption: "media.caption" };

type Row = Partial<Record<EventColumn, string>> & { sources?: Record<string, unknown>[]; media?: ImportedMedia };

// The columns read as TimelineJS reads its media, HTML allowed.
const MEDIA_CELLS = new Set<SourceColumn>(["media", "mediaAlt", "mediaCredit", "mediaCaption"]);

// One data row to a native event; undefined for a row with nothing in it. A slot's Media cells
// are left out, each cell with markup put in `unread` as [column, value], while the HTML reader
// has not loaded (in a browser bundle, until `preload("html")`).
function readRow(row: Record<string, string>, meanings: Map<string, ColumnMeaning>, unread: [string, string][]): Row | undefined {
  const item: Row = {};
  const slots = new Map<number, Partial<Record<SourceColumn, string>>>();
  const waiting = new Set<number>();
  let empty = true;
  for (const [column, meaning] of meanings) {
    const cell = row[column] ?? "";
    if (cell === "") continue;
    empty = false;
    if (meaning.kind === "event") item[meaning.field] = cell;
    else if (meaning.kind === "source") {
      const slot = slots.get(meaning.slot) ?? {};
      slot[meaning.field] = cell;
      slots.set(meaning.slot, slot);
      if (MEDIA_CELLS.has(meaning.field) && !htmlReady(cell)) {
        unread.push([column, cell]);
        waiting.add(meaning.slot);
      }
    }
  }
  if (empty) return undefined;
  for (const slot of waiting) {
    const cells = slots.get(slot)!;
    for (const field of MEDIA_CELLS) delete cells[field];
    if (Object.keys(cells).length === 0) slots.delete(slot);
  }
  const sources = [...slots.entries()].sort(([a], [b]) => a - b).flatMap(([, cells]) => toSource(cells, item));
  if (sources.length > 0) item.sources = sources;
  return item;
}

// One slot's cells as sources: its own source, then what its Media columns cite, read as a
// TimelineJS sheet reads them. A caption with no credit or link to go with is the row's words, so
// it joins the description rather than be dropped.
function toSource(cells: Partial<Record<SourceColumn, string>>, item: Row): Record<string, unknown>[] {
  const { via, viaUrl, viaTitle, viaPublished, media, mediaCredit, mediaCaption, mediaAlt, ...own } = cells;
  const hasMedia = media !== undefined || mediaCredit !== undefined || mediaCaption !== undefined || mediaAlt !== undefined;
  const sources: Record<string, unknown>[] = [];
  if (!hasMedia || Object.keys(own).length > 0 || via !== undefined || viaUrl !== undefined || viaTitle !== undefined || viaPublished !== undefined) {
    const source: Record<string, unknown> = { ...own };
    if (via !== undefined || viaUrl !== undefined) {
      const relay: Record<string, string> = {};
      if (via !== undefined) relay.publisher = via;
      if (viaUrl !== undefined) relay.url = viaUrl;
      if (viaTitle !== undefined) relay.title = viaTitle;
      if (viaPublished !== undefined) relay.published = viaPublished;
      source.via = relay;
    }
    sources.push(source);
  }
  if (!hasMedia) return sources;
  // A picture is shown as well as cited; an alt text says the link is one. One picture per event.
  const picture = item.media ?? imageMedia({ url: media, alt: mediaAlt, credit: mediaCredit, caption: mediaCaption }, mediaAlt !== undefined);
  if (picture) item.media = picture;
  const cited = mediaSources({ url: media, credit: mediaCredit, caption: mediaCaption });
  if (cited.note !== undefined) item.description = item.description === undefined ? cited.note : `${item.description}\n\n${cited.note}`;
  return [...sources, ...(cited.sources as Record<string, unknown>[])];
}

function isTimelineJsSheet(columns: string[]): boolean {
  const names = new Set(columns.map((c) => c.toLowerCase().trim()));
  return names.has("year") && names.has("headline");
}
