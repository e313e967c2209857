import type { Era, FuzzyDate, TimelineEvent } from "../types.js";
import { boundOf } from "./date.js";
import { blankEventFields, EVENT_FIELDS, ERA_FIELDS, isRecord, LIMITS } from "./fields.js";
import type { ItemReader } from "./reader.js";
import { readMedia, type MediaRead } from "./media.js";
import { readSource, type SourceDraft } from "./source.js";

/**
 * An event or era as read: the item as it will load, but for its id ("" until ids are settled,
 * when none was given) and its sources (none until its citations are resolved), and the citations
 * it gave.
 */
export interface ItemRead<T extends TimelineEvent | Era> {
  item: T;
  citations: (string | SourceDraft)[];
  /** An event's media credit, to be entered among its sources once they are known. */
  credit?: MediaRead;
}

// What an item cites until its citations are resolved; never part of a loaded timeline.
const UNRESOLVED: string[] = [];

const DEFAULT_IMPORTANCE = 50;

// Format characters (direction controls, zero-width spaces and joiners), other controls,
// separators and default-ignorable code points (variation selectors, the combining grapheme
// joiner, Hangul fillers) draw nothing: a title of only these would be an invisible
// event. A ZWJ emoji sequence keeps its emoji, so it is visible.
const ALL_INVISIBLE = /^[\p{Cf}\p{Cc}\p{Z}\p{Default_Ignorable_Code_Point}]*$/u;

function visible(text: string): boolean {
  // A printable ASCII letter first (most titles) is enough: no need to test the rest.
  const first = text.charCodeAt(0);
  return (first > 0x20 && first < 0x7f) || !ALL_INVISIBLE.test(text);
}

/**
 * Read one event (or, with `kind: "era"`, one era) found at `position` in the input. Returns
 * undefined when it must be dropped; the reader then holds the error that says why.
 */
export function readItem(raw: unknown, reader: ItemReader, kind: "event", position: number): ItemRead<TimelineEvent> | undefined;
export function readItem(raw: unknown, reader: ItemReader, kind: "era", position: number): ItemRead<Era> | undefined;
export function readItem(raw: unknown, reader: ItemReader, kind: "event" | "era", position: number): ItemRead<TimelineEvent | Era> | undefined {
  if (!isRecord(raw)) {
    reader.report("not-an-object", undefined, { value: raw, detail: kind });
    return undefined;
  }
  const f = kind === "event" ? reader.known(raw, EVENT_FIELDS, "", blankEventFields()) : reader.known(raw, ERA_FIELDS);
  const title = reader.text(f.title, "title", LIMITS.title);
  if (title === undefined && !reader.failed) reader.report("missing-title", "title", { detail: kind });
  else if (title !== undefined && !visible(title)) reader.report("missing-title", "title", { value: title, detail: kind });
  const id = reader.text(f.id, "id", LIMITS.id) ?? "";
  const span = readSpan(f.start, f.end, reader);
  const citations = readCitations(f.sources, reader);
  const index = readIndex(f.index, reader) ?? position;
  if (kind === "era") {
    if (reader.failed || span === undefined) return undefined;
    const era: Era = { id, index, title: title ?? "", start: span.start, sources: UNRESOLVED };
    if (span.end) era.end = span.end;
    return { item: era, citations };
  }
  const description = reader.text(f.description, "description", LIMITS.description);
  const group = reader.text(f.group, "group", LIMITS.id);
  const displayDate = reader.text(f.displayDate, "displayDate");
  const tags = readTags(f.tags, reader);
  const importance = readImportance(f.importance, reader);
  const media = readMedia(f.media, reader);
  if (reader.failed || span === undefined) return undefined;
  // One literal naming every field in one order, the optional ones added after in one order: all
  // events then share a few shapes, and the layout's per-event reads stay fast. (Building events
  // from a shared object by spreading gave each its own hidden class, and made every layout 5–10
  // times slower.)
  const event: TimelineEvent = { id, index, title: title ?? "", start: span.start, tags, importance, sources: UNRESOLVED };
  if (span.end) event.end = span.end;
  if (description !== undefined) event.description = description;
  if (displayDate !== undefined) event.displayDate = displayDate;
  if (group !== undefined) event.group = group;
  if (media.media) event.media = media.media;
  return media.credit === undefined ? { item: event, citations } : { item: event, citations, credit: media };
}

function readSpan(rawStart: unknown, rawEnd: unknown, reader: ItemReader): { start: FuzzyDate; end?: FuzzyDate } | undefined {
  if (rawStart === undefined || rawStart === null || (typeof rawStart === "string" && rawStart.trim() === "")) {
    reader.report("missing-start", "start");
    return undefined;
  }
  const start = reader.date(rawStart, "start");
  const end = reader.date(rawEnd, "end");
  if (!start) return undefined;
  if (start.end && end) {
    reader.report("interval-and-end", "end", { value: rawEnd });
    return undefined;
  }
  let first = start.date;
  let last = start.end ?? end?.end ?? end?.date;
  // An end given on its own as open (`end: ".."`, or a saved timeline's `{ bound: "open" }`)
  // takes the bounds of the other end, as it does inside an interval.
  if (!start.end) {
    if (first.bound) {
      if (!last || last.bound) {
        reader.report("date-invalid", "start", { value: rawStart, detail: "An interval needs at least one known end." });
        return undefined;
      }
      first = boundOf(first.bound, last);
    }
    if (last?.bound) last = boundOf(last.bound, first);
  }
  // Only an end that is surely earlier is wrong: "June 2008" may end within "8 June 2008"'s month.
  if (last && !last.bound && !first.bound && last.latest < first.earliest) {
    reader.report("end-before-start", start.end ? "start" : "end", { value: last.edtf, detail: first.edtf });
    return undefined;
  }
  return last ? { start: first, end: last } : { start: first };
}

// A saved timeline's positions keep ties in the order they were first loaded in.
function readIndex(raw: unknown, reader: ItemReader): number | undefined {
  if (raw === undefined || raw === null || raw === "") return undefined;
  if (typeof raw === "number" && Number.isSafeInteger(raw) && raw >= 0) return raw;
  reader.report("wrong-type-ignored", "index", { value: raw, detail: "a whole number from 0" });
  return undefined;
}

// Citations are read, resolved and dropped: an item that gives none can share this empty list.
const NO_CITATIONS: (string | SourceDraft)[] = [];

function readCitations(raw: unknown, reader: ItemReader): (string | SourceDraft)[] {
  if (raw === undefined || raw === null) return NO_CITATIONS;
  const list = Array.isArray(raw) ? (raw as unknown[]) : typeof raw === "string" || isRecord(raw) ? [raw] : undefined;
  if (!list) {
    reader.report("wrong-type-ignored", "sources", { value: raw, detail: "a list of source ids or source objects" });
    return [];
  }
  const out: (string | SourceDraft)[] = [];
  list.forEach((item, i) => {
    if (typeof item === "string" || typeof item === "number") {
      const id = reader.text(item, `sources[${i}]`, LIMITS.id);
      if (id !== undefined) out.push(id);
    } else {
      const source = readSource(item, reader.softened(), `sources[${i}].`, true);
      if (source) out.push(source);
    }
  });
  return out;
}

function readTags(raw: unknown, reader: ItemReader): string[] {
  if (raw === undefined || raw === null) return [];
  const list = typeof raw === "string" ? raw.split(/[;,]/) : Array.isArray(raw) ? (raw as unknown[]) : undefined;
  if (!list || !list.every((t) => typeof t === "string")) {
    reader.report("wrong-type-ignored", "tags", { value: raw, detail: "a list of words" });
    return [];
  }
  const tags = list.map((t, i) => reader.text(t, `tags[${i}]`, LIMITS.tags));
  return [...new Set(tags.filter((t): t is string => t !== undefined))];
}

function readImportance(raw: unknown, reader: ItemReader): number {
  if (raw === undefined || raw === null || raw === "") return DEFAULT_IMPORTANCE;
  const value = typeof raw === "string" ? Number(raw.trim()) : raw;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    reader.report("wrong-type-ignored", "importance", { value: raw, detail: "a number from 0 to 100" });
    return DEFAULT_IMPORTANCE;
  }
  if (value < 0 || value > 100) {
    reader.report("importance-range", "importance", { value: raw });
    return Math.min(100, Math.max(0, value));
  }
  return value;
}
