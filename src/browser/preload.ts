/**
 * The browser builds' loader (swapped in for src/preload.ts): what only some pages need — the
 * TimelineJS reader, the EDTF reader, the HTML reader, the page writer, story mode, the locales
 * other than English — is a part
 * of its own, imported on demand by ./part-import.ts. The script-tag bundle imports each from the
 * file beside itself (`citeline-timelinejs.js`, `locales/fr.js`); the ESM build for browsers
 * imports the chunk an app's bundler split off (./part-import-esm.ts).
 *
 * @module
 */
import type { Locale } from "date-fns";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { Translation } from "../messages/index.js";
import { loadTimeline } from "../load.js";
import { loadEn } from "../messages/load.js";
import type { LoadResult } from "../model/model.js";
import { LOCALE_TAGS, localeKey } from "../options/locale-tags.js";
import { decodeText, isBytes, loadable } from "../parse/decode.js";
import { parseInput } from "../parse/detect.js";
import { PARTS } from "../parts.js";
import type { InputFormat, LoadOptions } from "../types.js";
import { edtfLoaded, installEdtf, mayNeedEdtf } from "./date-level2.js";
import { installSpelling, mayNeedSpelling, spellingLoaded } from "./date-spelling.js";
import { htmlLoaded, htmlReady, installHtml } from "./html-on-demand.js";
import { installLocale, LOCALES, setLocaleLoader } from "./locales.js";
import { installPage } from "./page-document.js";
import { importPart } from "./part-import.js";
import { eventParts } from "../scene/card.js";
import { clampSlide, eventNumber, onSlide, slideEvent, slideOf, slideWindow, storyOf } from "../scene/story.js";
import { installStory, storyLoaded, type StoryPart } from "./story-on-demand.js";
import type { StoryLent } from "./story-lent.js";
import { installTimelineJs, timelineJsLoaded, type TimelineJsReaders } from "./timelinejs.js";
import type { readHtml } from "../parse/html-read.js";

const loading = new Map<string, Promise<void>>();

/** See src/preload.ts: here each part is imported once. */
export function preload(...parts: string[]): Promise<void> {
  const unknown = parts.filter((part) => !PARTS.includes(part) && localeKey(part) === undefined);
  if (unknown.length > 0) return Promise.reject(new RangeError(loadEn.unknownPart(unknown, LOCALE_TAGS)));
  const load = (part: string) => (LOADERS[part] ?? (() => loadLocale(localeKey(part)!)))();
  return Promise.all(parts.map(load)).then(() => undefined);
}

/**
 * See src/preload.ts. A date that needs the EDTF reader and that `partsFor`'s cheap look missed
 * is found by loading: then the reader is loaded and the input read again (only then, so plain
 * input is read once). So are a date written other than as EDTF and a Media cell with HTML that
 * the look missed.
 */
export async function loadTimelineAsync(bytesOrInput: unknown, options: LoadOptions = {}): Promise<LoadResult> {
  // A file's bytes are read once, here, where their encoding is certain (see `loadable`).
  const input = isBytes(bytesOrInput) ? loadable(bytesOrInput).data : bytesOrInput;
  const parts = partsFor(input, options.format);
  if (parts.length > 0) await preload(...parts);
  const result = loadTimeline(input, options);
  const missing = missingParts(result.diagnostics);
  if (missing.length === 0) return result;
  await preload(...missing);
  return loadTimeline(input, options);
}

/**
 * See src/preload.ts: the parts a load's diagnostics say it lacked ("edtf-not-loaded"), that
 * have not loaded since.
 */
export function missingParts(diagnostics: readonly Diagnostic[]): string[] {
  const codes = new Set(diagnostics.map((d) => d.code));
  const lacked = (code: Diagnostic["code"], part: string, loaded: () => boolean) => (codes.has(code) && !loaded() ? [part] : []);
  return [
    ...lacked("timelinejs-not-loaded", "timelinejs", timelineJsLoaded),
    ...lacked("edtf-not-loaded", "edtf", edtfLoaded),
    ...lacked("words-not-loaded", "words", spellingLoaded),
    ...lacked("html-not-loaded", "html", htmlLoaded),
    ...lacked("html-text-not-loaded", "html", htmlLoaded),
  ];
}

/**
 * The parts reading `input` needs that have not loaded: `"timelinejs"`, `"edtf"`, `"words"` and `"html"`. For the
 * TimelineJS importer, a cheap look first (the keys TimelineJS JSON has, a sheet's Year and
 * Headline columns), then the parse itself only for input that passes it, so native JSON and CSV
 * are read once. For the EDTF reader, a look for its marks in the text (see `mayNeedEdtf`); for the
 * readers of spellings, for a date that is not EDTF among an object's dates, a sheet's first rows'
 * or a JSON file's first dates (see `mayNeedSpelling`).
 */
export function partsFor(bytesOrInput: unknown, format: InputFormat = "auto"): string[] {
  // A file's bytes are looked at as the text the loader will read them as.
  const input = isBytes(bytesOrInput) ? decodeText(bytesOrInput).text : bytesOrInput;
  // An object's dates are gathered once, for both looks.
  const dates = typeof input === "string" ? undefined : datesOf(input);
  const edtf = !edtfLoaded() && mayNeedEdtf(dates?.join(" ") ?? (input as string)) ? ["edtf"] : [];
  const words = !spellingLoaded() && mayNeedSpelling(dates ?? textDates(input as string, format)) ? ["words"] : [];
  const importer = timelineJsFor(input, format);
  // The TimelineJS reader brings the HTML reader with it.
  return [...importer, ...edtf, ...words, ...(importer.length > 0 ? [] : htmlFor(input, format))];
}

// A spreadsheet with a Media, credit, caption or alt column in its header and markup somewhere (a
// cheap look, so that a sheet with "Q&A" in a title is not read twice), then read to see whether a
// Media cell holds the markup.
function htmlFor(input: unknown, format: InputFormat): string[] {
  if (htmlLoaded() || typeof input !== "string" || format === "json" || format === "timelinejs" || htmlReady(input)) return [];
  if (format === "auto" && /^\s*[[{]/.test(input)) return [];
  const lineEnd = input.indexOf("\n");
  const header = input.slice(0, lineEnd > 0 ? lineEnd : 8192);
  if (!/media|credit|caption|image|photo|picture|\balt\b/i.test(header)) return [];
  return parseInput(input, format).diagnostics.some((d) => d.code === "html-not-loaded") ? ["html"] : [];
}

// The dates a text writes, for the look for spellings other than EDTF: a sheet's first rows are
// read (a sheet writes a column's dates alike) and a JSON file's "start", "end" and "date" values
// taken from its beginning; the text around them (a title, a display date) is no date. A spelled
// date further on is caught after the load (`missingParts`).
function textDates(text: string, format: InputFormat): string[] {
  if (format === "json" || format === "timelinejs" || (format === "auto" && /^\s*[[{]/.test(text))) {
    return Array.from(text.slice(0, LOOKED_AT.jsonChars).matchAll(JSON_DATE), (m) => m[1] ?? "");
  }
  let end = -1;
  for (let line = 0; line <= LOOKED_AT.sheetRows && end < text.length; line++) {
    end = text.indexOf("\n", end + 1);
    if (end < 0) end = text.length;
  }
  return datesOf(parseInput(text.slice(0, end), format).data);
}
const LOOKED_AT = { sheetRows: 50, jsonChars: 65_536 };
const JSON_DATE = /"(?:start|end|date)"\s*:\s*"([^"\\]*)"/g;

// An object's dates, for the looks for dates (what a page hands createEmbed): only its events' and
// eras' dates, not the whole object through JSON, which would cost a large timeline a pass over
// every title at start-up. A date under another name is caught after the load (`missingParts`).
function datesOf(input: unknown): string[] {
  if (typeof input !== "object" || input === null) return [];
  const dates: string[] = [];
  const top = input as { events?: unknown; eras?: unknown };
  for (const list of [top.events, top.eras]) {
    if (!Array.isArray(list)) continue;
    for (const item of list as unknown[]) {
      if (typeof item !== "object" || item === null) continue;
      const { start, end } = item as { start?: unknown; end?: unknown };
      for (const date of [start, end]) {
        const text = typeof date === "object" && date !== null ? (date as { edtf?: unknown }).edtf : date;
        if (typeof text === "string") dates.push(text);
      }
    }
  }
  return dates;
}

function timelineJsFor(input: unknown, format: InputFormat): string[] {
  if (timelineJsLoaded()) return [];
  if (typeof input === "string" && format !== "timelinejs") {
    const head = input.slice(0, 8192);
    const maybe = /^\s*[[{]/.test(input) ? /"(start_date|text)"/.test(input) : /year/i.test(head) && /headline/i.test(head);
    if (!maybe) return [];
  }
  return parseInput(input, format).diagnostics.some((d) => d.code === "timelinejs-not-loaded") ? ["timelinejs"] : [];
}

/** The tag, when it names a locale citeline has that has not loaded yet. */
export function localeToLoad(tag: string | null | undefined): string | undefined {
  const key = tag == null ? undefined : localeKey(tag);
  return key !== undefined && LOCALES[key] === undefined ? tag!.trim() : undefined;
}

/** See src/preload.ts: until `citeline-story.js` has loaded. */
export function storyToLoad(): boolean {
  return !storyLoaded();
}

/** See src/preload.ts: until `citeline-words.js` has loaded. */
export function spellingToLoad(): boolean {
  return !spellingLoaded();
}

// The TimelineJS reader carries the HTML reader it reads slides with: a sheet's Media cells are
// read with it too.
function loadImporter(): Promise<void> {
  return once("citeline-timelinejs.js", (module, url) => {
    const readers = module as Partial<TimelineJsReaders> & { readHtml?: unknown; lendDiagnostic?: unknown };
    if (typeof readers.fromTimelineJs !== "function" || typeof readers.fromTimelineJsSheet !== "function" || typeof readers.readHtml !== "function" || typeof readers.lendDiagnostic !== "function") throw new Error(loadEn.partNotLoaded(url, loadEn.notCitelines));
    (readers.lendDiagnostic as (builder: typeof diagnostic) => void)(diagnostic);
    installTimelineJs(readers as TimelineJsReaders);
    if (!htmlLoaded()) installHtml(readers.readHtml as typeof readHtml);
  });
}

function loadHtml(): Promise<void> {
  return once("citeline-html.js", (module, url) => {
    const reader = (module as { readHtml?: unknown }).readHtml;
    if (typeof reader !== "function") throw new Error(loadEn.partNotLoaded(url, loadEn.notCitelines));
    installHtml(reader as typeof readHtml);
  });
}

function loadEdtf(): Promise<void> {
  return once("citeline-edtf.js", (module, url) => {
    const reader = (module as { readLevel2?: unknown }).readLevel2;
    if (typeof reader !== "function") throw new Error(loadEn.partNotLoaded(url, loadEn.notCitelines));
    installEdtf(reader as Parameters<typeof installEdtf>[0]);
  });
}

function loadWords(): Promise<void> {
  return once("citeline-words.js", (module, url) => {
    const { normalizeSpelling: reader, orderSeen: orderOf } = module as { normalizeSpelling?: unknown; orderSeen?: unknown };
    if (typeof reader !== "function") throw new Error(loadEn.partNotLoaded(url, loadEn.notCitelines));
    installSpelling(reader as Parameters<typeof installSpelling>[0], typeof orderOf === "function" ? (orderOf as Parameters<typeof installSpelling>[1]) : undefined);
  });
}

// Story mode, lent the bundle's story reading and card content (see ./story-lent.ts).
function loadStory(): Promise<void> {
  return once("citeline-story.js", (module, url) => {
    const story = module as Partial<StoryPart> & { lendStory?: unknown };
    if (typeof story.slideNode !== "function" || typeof story.lendStory !== "function") throw new Error(loadEn.partNotLoaded(url, loadEn.notCitelines));
    (story.lendStory as (from: StoryLent) => void)({ storyOf, slideEvent, slideOf, eventNumber, clampSlide, slideWindow, onSlide, eventParts });
    installStory(story as StoryPart);
  });
}

function loadPage(): Promise<void> {
  return once("citeline-page.js", (module, url) => {
    const writer = (module as { pageDocument?: unknown }).pageDocument;
    if (typeof writer !== "function") throw new Error(loadEn.partNotLoaded(url, loadEn.notCitelines));
    installPage(writer as Parameters<typeof installPage>[0]);
  });
}

// A locale's file holds its date-fns locale and, for a language citeline translates, its words.
function loadLocale(key: string): Promise<void> {
  if (LOCALES[key] !== undefined) return Promise.resolve();
  return once(`locales/${key}.js`, (module, url) => {
    const { locale, messages } = module as { locale?: Locale; messages?: unknown };
    const words = messages === undefined || typeof messages === "function";
    if (typeof locale?.code !== "string" || typeof locale.localize !== "object" || !words) throw new Error(loadEn.partNotLoaded(url, loadEn.notCitelines));
    installLocale(key, locale, messages as Translation | undefined);
  });
}

const LOADERS: Readonly<Record<string, () => Promise<void>>> = { timelinejs: loadImporter, edtf: loadEdtf, words: loadWords, html: loadHtml, page: loadPage, story: loadStory };

// A locale named from the API (`createTimeline(el, { locale: "fa" })`) loads through here too.
setLocaleLoader(loadLocale);

// One import per file, shared by every caller; a failed one may be tried again.
function once(file: string, install: (module: unknown, url: string) => void): Promise<void> {
  let pending = loading.get(file);
  if (!pending) {
    pending = importPart(file).then(({ module, url }) => install(module, url));
    pending.catch(() => loading.delete(file));
    loading.set(file, pending);
  }
  return pending;
}
