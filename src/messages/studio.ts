/**
 * The workbench's words (`citeline studio`, `dist/studio/index.html`), in English, with the fix for
 * each diagnostic code a reporter can act on. The workbench alone imports this file and its
 * translations (`./fr-studio.ts`, …): none of it is in the library's bundles.
 *
 * @module
 */
import type { Numbers } from "./numbers.js";
import type { Words } from "./words.js";

/** What a fix is made from: the value as written, its column, and for an ambiguous date the ways to write each reading. */
export interface FixParts {
  value?: string | undefined;
  field?: string | undefined;
  /** Each date the value could be, in EDTF (`2008-06-07`, `2008-07-06`; see `Diagnostic.readings`): an ambiguous date's readings, or the date a refused one may name. */
  choices?: readonly string[] | undefined;
  /** The date the value was read as, in EDTF (see `Diagnostic.readAs`). */
  readAs?: string | undefined;
  /** Whether the cell holds a date or a part of one (a start, a source's date, TimelineJS's "Year"). */
  date?: boolean | undefined;
  /** The setting for the whole sheet that also fixes it: its order of day and month, or the hundred years of its two-digit years. */
  sheetWide?: "order" | "century" | undefined;
}

type Fix = (d: FixParts, n: Numbers) => string;


// The fix, by diagnostic code, for the codes a reporter fixes in a cell; the others say enough.
const fixesEn = {
  "date-ambiguous": (d, n) => (d.choices && d.choices.length > 1 ? `Write ${n.list(d.choices, "or")}, whichever you mean.` : "Write the date as YYYY-MM-DD."),
  "date-invalid": () => "Write the date as YYYY-MM-DD (2008-06-07), YYYY-MM or YYYY; add ~ when it is approximate, ? when uncertain.",
  "date-reinterpreted": (d) => (d.readAs ? `Write ${d.readAs} if that is the date you mean, else the date you mean as YYYY-MM-DD.` : "Write the date as YYYY-MM-DD to be sure it is read as you mean."),
  "date-out-of-range": () => "Check the year: it may have a digit too many.",
  "date-unsupported": () => "Write a form citeline draws (2008-06-07, 197X, 1970~/1979~), and say the rest in Description.",
  "missing-title": () => "Write a short headline in this cell.",
  // A start written but not known ("Unknown", "N/A"): as much as is known draws it; nothing does not.
  "missing-start": (d) => (d.value === undefined ? "Write when it happened in this cell, e.g. 2008-06-07, 2008-06 or 2008." : "If its date is known only roughly, write as much as is known: 1920~ (about 1920) or 192X (the 1920s). A row with no date at all is not drawn."),
  "end-before-start": () => "Swap the start and end dates, or correct the one that is wrong.",
  "csv-unknown-column": () => "Rename the column to one citeline reads (see the template), or leave it: it is ignored.",
  "csv-unknown-columns": () => "Rename these columns to ones citeline reads (see the template), or leave them: they are ignored.",
  "csv-missing-column": () => "Add the column to the header row (see the template).",
  "csv-separator": () => "Nothing to do: the workbench reads it, and the sheet it saves uses commas.",
  "string-too-long": (d) => (d.date ? "Write only the date here, e.g. 2008-06-07; a long text belongs in Description." : "Shorten it; a long text belongs in Description."),
  "duplicate-id": () => "Give each row its own ID.",
  "url-unsafe": () => "Use a web address starting with https://.",
  "url-invalid": () => "Write the whole address, starting with https://.",
  "unsourced": () => "Name who reports it in Source (and whoever relayed it in Via).",
  "source-missing-publisher": () => "Name the publisher in Source.",
  "citation-missing-publisher": () => "Name the publisher in Source.",
  "importance-range": () => "Write a number from 0 to 100.",
  "wrong-type-ignored": () => "Nothing to do if the cell is meant to be empty: it is read so. Else write what the message asks for.",
  "unknown-group": () => "Check the group's spelling, or leave it: it gets a lane of its own.",
} satisfies Record<string, Fix>;

/** The workbench in English. */
export const studioEn = {
  title: "citeline workbench",
  tagline: "Drop a spreadsheet, fix what the problems table says, preview it, copy the embed. Nothing leaves this computer.",
  language: "Language",
  dataHeading: "Your data",
  dropHere: "Drop a CSV, TSV, JSON or TimelineJS file here",
  chooseFile: "Choose a file…",
  pasteLabel: "Or paste cells copied from a spreadsheet (or a file's text) here",
  template: "Download a blank template (CSV)",
  readingLegend: "How the sheet writes dates",
  orderLegend: "Day and month",
  orderShown: "As its dates show",
  orderDMY: "Day first (7/6/2008 is 7 June)",
  orderMDY: "Month first (7/6/2008 is July 6)",
  centuryLabel: "Two-digit years (5/31/17) are from",
  centuryHelp: "The first of the hundred years they fall in: 1930 reads 17 as 2017 and 78 as 1978. Left empty, they are refused.",
  centuryInvalid: "Write a whole year from 1000 to 9900, or leave it empty.",
  sheetWide: {
    order: "Or choose the sheet's order of day and month under “How the sheet writes dates”.",
    century: "Or, where every date of the sheet falls in one hundred years, give the first of them under “How the sheet writes dates”.",
  },
  reading: (name: string) => `Showing ${name}.`,
  pasted: "the pasted text",
  previewHeading: "Preview",
  widthLabel: "Width",
  allWidths: "All four side by side",
  pixels: (n: Numbers, px: number) => `${n.plain(px)} px`,
  themeLabel: "Theme",
  light: "Light",
  dark: "Dark",
  previewAt: (n: Numbers, px: number) => `Preview at ${n.plain(px)} px`,
  drawn: (n: Numbers, events: number) => n.plural(events, { one: "# event drawn.", other: "# events drawn." }),
  nothingYet: "Nothing to show yet: drop a file or paste cells above.",
  /** A file or cells were given, and no row of them could be read. */
  nothingRead: "Nothing to draw: no row could be read. The problems below say why.",
  problemsHeading: "Problems",
  noProblems: "No problems: every row was read.",
  problemCount: (n: Numbers, errors: number, warnings: number) =>
    `${n.plural(errors, { one: "# error", other: "# errors" })}, ${n.plural(warnings, { one: "# warning", other: "# warnings" })}.`,
  unsourced: (n: Numbers, events: number) => n.plural(events, { one: "# event cites nothing.", other: "# events cite nothing." }),
  rowColumn: "Row",
  columnColumn: "Column",
  valueColumn: "As written",
  problemColumn: "What is wrong",
  fixColumn: "How to fix it",
  error: "Error",
  warning: "Warning",
  header: "Header",
  wholeFile: "Whole file",
  item: (n: Numbers, index: number) => `Item ${n.plain(index)}`,
  showCell: (row: string, column: string) => `Show ${row}${column ? `, ${column}` : ""} in the sheet`,
  sheetHeading: "The sheet",
  sheetCaption: "Your data. Edit any cell: the problems and the preview follow as you type.",
  addRow: "Add a row",
  textLabel: "The file's text: edit it here",
  publishHeading: "Publish",
  filesAt: "Where citeline's files are on your site",
  filesAtHelp: "The folder holding citeline.umd.min.js, style.css and locales/ (the package's dist folder).",
  formInline: "<cite-line> with the data inside",
  formSrc: "<cite-line> reading your uploaded file",
  formSnippet: "The data-citeline snippet",
  formIframe: "<iframe>, for a CMS that only allows iframes",
  needsInline: "Needs citeline.umd.min.js and style.css on your site. The data is inside the tag: nothing else to upload. Best for small timelines.",
  inlineLarge: (n: Numbers, kb: number) => `Your data is ${n.count(kb)} KB: upload it as a file and use one of the next forms instead.`,
  needsFile: (file: string) => `Needs ${file} uploaded beside the article (download the sheet below), and citeline.umd.min.js and style.css on your site.`,
  needsPage: "Needs timeline.html (download the page below) uploaded to your site; the page needs no other file.",
  copy: "Copy",
  copied: "Copied.",
  copyFallback: "This page may not write to the clipboard: the code is selected, press Ctrl+C (⌘C on a Mac).",
  downloadsHeading: "Downloads",
  downloadSheet: (file: string) => `The sheet as you fixed it (${file})`,
  downloadPage: "A self-contained page (timeline.html)",
  needsNothing: "Opens anywhere with no other file: for an iframe, for the archive, for print.",
  downloadSvg: "The chart as a picture (SVG)",
  downloadPng: "The chart as a picture (PNG)",
  pictureUse: "For print and social media: the chart alone.",
  fixes: fixesEn,
};

/** The workbench's words in one language: English's shape, with its strings widened. */
export type StudioWords = Words<Omit<typeof studioEn, "fixes">> & { readonly fixes: { readonly [K in keyof typeof fixesEn]: Fix } };

/** A translation of the workbench. */
export type StudioTranslation = StudioWords;

/**
 * The fix for a diagnostic code in `words`, or undefined for a code with none.
 *
 * @example
 * ```ts
 * fixFor(studioEn, "date-ambiguous", { choices: ["2008-06-07", "2008-07-06"] }, numbersFor("en-GB"));
 * // "Write 2008-06-07 or 2008-07-06, whichever you mean."
 * ```
 */
export function fixFor(words: StudioWords, code: string, parts: FixParts, n: Numbers): string | undefined {
  // A date refused with the date it may name (an Excel day number, a day that exists only in the
  // other order) is fixed as a date read otherwise is: write that date, if it is the one meant.
  if (code === "date-invalid" && parts.choices?.length) return fixFor(words, "date-reinterpreted", { ...parts, readAs: n.list(parts.choices, "or") }, n);
  // A date read one way that may mean another ("2021-22": summer 2021, or the years) is fixed as
  // an ambiguous one is: write the one meant. "Write 2021-22 if that is the date you mean" named
  // the cell's own text.
  if (code === "date-reinterpreted" && (parts.choices?.length ?? 0) > 1) return fixFor(words, "date-ambiguous", parts, n);
  const fix = (words.fixes as Readonly<Record<string, Fix | undefined>>)[code]?.(parts, n);
  return fix && parts.sheetWide ? `${fix} ${words.sheetWide[parts.sheetWide]}` : fix;
}
