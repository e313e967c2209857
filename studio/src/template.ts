/**
 * The blank template a reporter starts from: every column citeline reads for an event and its
 * sources, one example row per way of writing a date, and beside it a second sheet (its own CSV,
 * as a spreadsheet's second tab) saying what each column holds and how sources and via chains work.
 *
 * @module
 */
import { csvFormatRows } from "d3-dsv";

const COLUMNS = ["ID", "Title", "Start date", "End date", "Display date", "Description", "Group", "Importance", "Source", "Source title", "Source URL", "Source date", "Quote", "Kind", "Via", "Source 2", "Source 2 title", "Source 2 URL", "Source 2 date"];

// One row per date form; the sources show a plain citation, one relayed (Via) and a second source.
const ROWS: string[][] = [
  ["visit", "A known day, and a span of days", "2008-06-07", "2008-06-09", "", "Write days as YYYY-MM-DD.", "examples", "90", "IRNA", "Maliki arrives in Tehran", "https://example.org/irna", "2008-06-07", "", "state-media", "The New York Times", "The New York Times", "Iraqi leader in Tehran", "https://example.org/nyt", "2008-06-08"],
  ["month", "Known to the month", "2008-06", "", "", "A month is YYYY-MM: drawn as the whole month.", "examples", "60", "Reuters", "", "https://example.org/reuters", "2008-06", "", "news", "", "", "", "", ""],
  ["year", "Known to the year", "1988", "", "", "A year is YYYY.", "examples", "50", "Encyclopaedia", "", "", "", "", "encyclopedia", "", "", "", "", ""],
  ["season", "Summer (a season)", "2008-22", "", "summer 2008", "Seasons: YYYY-21 spring, -22 summer, -23 autumn, -24 winter.", "examples", "40", "Commentary", "", "", "", "", "commentary", "", "", "", "", ""],
  ["approximate", "Roughly June", "2008-06~", "", "", "~ after a date: approximate.", "examples", "40", "Commentary", "", "", "", "", "commentary", "", "", "", "", ""],
  ["uncertain", "Perhaps 8 June", "2008-06-08?", "", "", "? after a date: uncertain. ~? or % for both.", "examples", "40", "Commentary", "", "", "", "", "commentary", "", "", "", "", ""],
  ["years", "A span of years", "1980", "1988", "", "Start and end years.", "examples", "70", "Encyclopaedia", "", "", "", "", "encyclopedia", "", "", "", "", ""],
  ["ancient", "Before the common era", "-0753", "", "", "Year 0 is 1 BCE: -0753 is 754 BCE.", "examples", "30", "Encyclopaedia", "", "", "", "", "encyclopedia", "", "", "", "", ""],
];

const GUIDE: string[][] = [
  ["Column", "What it holds", "Example"],
  ["ID", "A short name for the event, unique in the sheet (optional; made from the title when empty).", "visit"],
  ["Title", "The headline: short. Required.", "Maliki arrives in Tehran"],
  ["Start date", "When it happened: YYYY-MM-DD, YYYY-MM or YYYY; ~ approximate, ? uncertain. Required.", "2008-06-07"],
  ["End date", "When it ended, for something that lasted.", "2008-06-09"],
  ["Display date", "How to write the date for readers, when the date alone says it badly.", "summer 2008"],
  ["Description", "A sentence or two.", ""],
  ["Group", "The lane it is drawn in.", "visit"],
  ["Importance", "0 to 100: whose label stays when there is little room.", "90"],
  ["Source", "Who says so: the publisher you cite. Every event should have one.", "IRNA"],
  ["Source title, Source URL, Source date, Quote", "The article cited, its address (https://), when it was published, and the words that support the event.", ""],
  ["Kind", "What kind of source: news, state-media, commentary, encyclopedia…", "state-media"],
  ["Via", "Who relayed the source to you, when you did not read it first-hand: IRNA via The New York Times. A via chain names each relay in turn.", "The New York Times"],
  ["Source 2, Source 2 title, Source 2 URL, Source 2 date", "A second source for the same event, with its own title, address and date (and Source 3, Source 4 … the same way).", "The New York Times"],
];

/**
 * The template sheet, as CSV text.
 *
 * @example
 * ```ts
 * loadTimeline(templateCsv()).diagnostics; // []
 * ```
 */
export function templateCsv(): string {
  return `${csvFormatRows([COLUMNS, ...ROWS])}\n`;
}

/**
 * The template's second sheet: each column, what it holds and an example, sources and via chains included.
 *
 * @example
 * ```ts
 * templateGuideCsv().split("\n")[0]; // "Column,What it holds,Example"
 * ```
 */
export function templateGuideCsv(): string {
  return `${csvFormatRows(GUIDE)}\n`;
}
