import type { FuzzyDate, TimelineEvent } from "../types.js";
import { boundOf } from "./date.js";
import { EVENT_FIELDS, ERA_FIELDS, isRecord, LIMITS } from "./fields.js";
import type { ItemReader } from "./reader.js";
import { readSource, type SourceDraft } from "./source.js";

/** An event or era as read, before ids are final and references are checked: an event's fields, its sources still drafts. */
export interface ItemDraft extends Omit<TimelineEvent, "id" | "index" | "sources"> {
  id?: string;
  index?: number;
  sources: (string | SourceDraft)[];
}

const DEFAULT_IMPORTANCE = 50;

// Format characters (direction controls, zero-width spaces and joiners), other controls,
// separators and default-ignorable code points (variation selectors, the combining grapheme
// joiner, Hangul fillers) draw nothing: a title of only these would be an invisible
// event. A ZWJ emoji sequence keeps its emoji, so it is visible.
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Z}\p{Default_Ignorable_Code_Point}]/gu;

function visible(text: string): boolean {
  return text.replace(INVISIBLE, "") !== "";
}

/**
 * Read one event (or, with `kind: "era"`, one era). Returns undefined when it must be dropped;
 * the reader then holds the error that says why.
 */
export function readItem(raw: unknown, reader: ItemReader, kind: "event" | "era"): ItemDraft | undefined {
  if (!isRecord(raw)) {
    reader.report("not-an-object", undefined, { value: raw, detail: kind });
    return undefined;
  }
  const f = reader.known(raw, kind === "event" ? EVENT_FIELDS : ERA_FIELDS);
  const title = reader.text(f.title, "title", LIMITS.title);
  if (title === undefined && !reader.failed) reader.report("missing-title", "title", { detail: kind });
  else if (title !== undefined && !visible(title)) reader.report("missing-title", "title", { value: title, detail: kind });
  const id = reader.text(f.id, "id", LIMITS.id);
  const span = readSpan(f.start, f.end, reader);
  const draft: ItemDraft = {
    title: title ?? "",
    start: span?.start ?? { earliest: 0, latest: 0, precision: "instant", qualifier: "exact", edtf: "" },
    tags: [],
    importance: DEFAULT_IMPORTANCE,
    sources: readCitations(f.sources, reader),
  };
  if (id !== undefined) draft.id = id;
  const index = readIndex(f.index, reader);
  if (index !== undefined) draft.index = index;
  if (span?.end) draft.end = span.end;
  if (kind === "event") {
    const description = reader.text(f.description, "description", LIMITS.description);
    if (description !== undefined) draft.description = description;
    const group = reader.text(f.group, "group", LIMITS.id);
    if (group !== undefined) draft.group = group;
    const displayDate = reader.text(f.displayDate, "displayDate");
    if (displayDate !== undefined) draft.displayDate = displayDate;
    draft.tags = readTags(f.tags, reader);
    draft.importance = readImportance(f.importance, reader);
  }
  return reader.failed || span === undefined ? undefined : draft;
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

function readCitations(raw: unknown, reader: ItemReader): (string | SourceDraft)[] {
  if (raw === undefined || raw === null) return [];
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
