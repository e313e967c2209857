/**
 * The words of the embeds (`<cite-line>` and `[data-citeline]`), in English: the loading state,
 * the failure the reader sees in place of the timeline, and the editor's notes. `where` is a data
 * URL already quoted (`"events.csv"`), or "the data" for data given directly.
 *
 * @module
 */
import { LOADING } from "./loading.js";

const count = (n: number, word: string) => (n === 0 ? "" : `${n} ${word}${n === 1 ? "" : "s"}`);
const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The embeds' words. */
export const embedEn = {
  loading: LOADING.en,
  failed: "The timeline could not be shown.",
  /** How data given directly (not by URL) is named in the sentences below. */
  theData: "the data",
  noData: "No data was given: the embed needs the address of a JSON or CSV file.",
  invalidAddress: (where: string) => `${where} is not a valid web address.`,
  notWebAddress: (where: string) => `${where} is not a web address: only http and https addresses are fetched.`,
  requestFailed: (where: string) => `The request for ${where} failed: the network may be down, or the site holding the data does not allow this page to read it.`,
  notFound: (where: string, status: string) => `${where} was not found (the server answered ${status}).`,
  serverAnswered: (status: string, where: string) => `The server answered ${status} for ${where}.`,
  cutShort: (where: string) => `The data at ${where} could not be read to the end.`,
  webPage: (where: string) =>
    `${where} is a web page, not data (JSON or CSV). For a Google Sheet, use File › Share › Publish to web, choose "Comma-separated values (.csv)", and use that link.`,
  notLoaded: (where: string, reason: string) => `The data at ${where} could not be loaded: ${reason}.`,
  notDrawn: (where: string, why: string) => `${capital(where)} could not be read or drawn: ${why}`,
  optionsNotApplied: (why: string) => `The timeline's options could not be applied: ${why}`,
  /** An exception whose message cannot even be turned into text. */
  unexpected: "an unexpected error",
  noEventRead: (where: string, errors: number) => `No event in ${where} could be read: ${count(errors, "problem")} ${errors === 1 ? "was" : "were"} found in the data.`,
  noEvents: (where: string) => `${capital(where)} has no events.`,
  forTheEditor: (errors: number, warnings: number) => `For the editor: ${[count(errors, "error"), count(warnings, "warning")].filter(Boolean).join(" and ")} in the data`,
  andMore: (n: number) => `… and ${n} more.`,
  /** Where a diagnostic points, as `formatDiagnostic` writes it: "events[3] line 5, start". */
  diagnosticPlace: (section: string, index: number | undefined, line: number | undefined, field: string | undefined) =>
    `${index === undefined ? section : `${section}[${index}]`}${line === undefined ? "" : ` line ${line}`}${field === undefined ? "" : `, ${field}`}`,
  /** One diagnostic in the editor's list under the timeline, as `formatDiagnostic` writes it. */
  diagnosticLine: (place: string, severity: "error" | "warning", code: string, message: string) => `${place}: ${severity} ${code}: ${message}`,
  /** The console's one warning about a timeline drawn despite problems in its data. */
  problemsIn: (n: number, where: string, listed: boolean) =>
    `citeline: ${n} problem${n === 1 ? "" : "s"} in ${where}${listed ? "" : " (the debug attribute, or data-debug, lists them under the timeline)"}:`,
  /** A console warning about markup (an attribute citeline could not read). */
  markup: (problem: string) => `citeline: ${problem}`,
} as const;
