import type { Origin } from "../parse/parsed.js";
import type { Account, Era, FuzzyDate, TimelineEvent } from "../types.js";
import { coverOf, readAccounts, type AccountRead } from "./accounts.js";
import { blankEventFields, EVENT_FIELDS, ERA_FIELDS, isRecord, LIMITS, NO_STRINGS, UNRESOLVED, type EventFields } from "./fields.js";
import { readCitations, readSpan } from "./item-parts.js";
import type { ItemReader } from "./reader.js";
import { readMedia, type MediaRead } from "./media.js";
import type { SourceDraft } from "./source.js";
import { A_LIST_OF_WORDS, A_NUMBER_FROM_0_TO_100, A_WHOLE_NUMBER_FROM_0, TRUE_OR_FALSE } from "../messages/details.js";

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
  /** An event's accounts, each with the citations it gave, in the order given. */
  accounts?: AccountRead[];
}

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

// The one record every event's fields are read into: nothing read from it is kept but its values,
// so one serves a whole load. A load inside a load (a getter in the input that loads a timeline)
// gets records of its own, so that it never overwrites the fields of the event being read.
const fields = blankEventFields();
let reading = 0;

/**
 * Read one event (or, with `kind: "era"`, one era) found at `position` in the input. Returns
 * undefined when it must be dropped; the reader then holds the error that says why.
 */
export function readItem(raw: unknown, reader: ItemReader, kind: "event", position: number, origin?: Origin): ItemRead<TimelineEvent> | undefined;
export function readItem(raw: unknown, reader: ItemReader, kind: "era", position: number): ItemRead<Era> | undefined;
export function readItem(raw: unknown, reader: ItemReader, kind: "event" | "era", position: number, origin?: Origin): ItemRead<TimelineEvent | Era> | undefined {
  reading++;
  try {
    return readOne(raw, reader, kind, position, origin, reading === 1 ? blankEventFields(fields) : blankEventFields());
  } finally {
    reading--;
  }
}

function readOne(raw: unknown, reader: ItemReader, kind: "event" | "era", position: number, origin: Origin | undefined, record: EventFields): ItemRead<TimelineEvent | Era> | undefined {
  if (!isRecord(raw)) {
    reader.report("not-an-object", undefined, { value: raw, detail: kind });
    return undefined;
  }
  const f = kind === "event" ? reader.known(raw, EVENT_FIELDS, "", record) : reader.known(raw, ERA_FIELDS);
  const title = reader.text(f.title, "title", LIMITS.title);
  if (title === undefined && !reader.failed) reader.report("missing-title", "title", { detail: kind });
  else if (title !== undefined && !visible(title)) reader.report("missing-title", "title", { value: title, detail: kind });
  const id = reader.text(f.id, "id", LIMITS.id) ?? "";
  const accounts = f.accounts === undefined ? undefined : readAccounts(f.accounts, reader, origin?.accounts);
  // With accounts, the event's own date is optional: each account gives one.
  // A saved timeline writes the time its accounts cover as the event's own: that is no date of its own.
  const cover = accounts?.length ? coverOf(accounts.map((a) => a.account)) : undefined;
  const dated = !cover || (!isCover(f.start, f.end, cover) && f.start !== undefined && f.start !== null && f.start !== "");
  let span = dated ? readSpan(f.start, f.end, reader) : undefined;
  let citations = readCitations(f.sources, reader);
  if (accounts?.length) {
    // Its own date as well is one more account, the first, given by the event's own sources.
    if (span) {
      reader.report("start-and-accounts", "start", { value: f.start });
      // Its fields in the order readAccounts writes them, so a saved timeline reads the same.
      const account: Account = { start: span.start, sources: UNRESOLVED };
      if (span.end) account.end = span.end;
      accounts.unshift({ account, citations });
      citations = [];
    }
    // The cover again only when the event's own date joined the accounts.
    span = span === undefined && cover ? cover : coverOf(accounts.map((a) => a.account));
  }
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
  const draft = readDraft(f.draft, reader);
  if (reader.failed || span === undefined) return undefined;
  // One literal naming every field in one order, the optional ones added after in one order: all
  // events then share a few shapes, and the layout's per-event reads stay fast. (Building events
  // from a shared object by spreading gave each its own hidden class, and made every layout 5–10
  // times slower.)
  const event = eventOf(id, index, title ?? "", span, tags, importance, group, description === undefined && displayDate === undefined);
  if (description !== undefined) event.description = description;
  if (displayDate !== undefined) event.displayDate = displayDate;
  if (group !== undefined && event.group === undefined) event.group = group;
  if (media.media) event.media = media.media;
  if (draft) event.draft = true;
  const read: ItemRead<TimelineEvent> = media.credit === undefined ? { item: event, citations } : { item: event, citations, credit: media };
  if (accounts?.length) {
    event.accounts = accounts.map((a) => a.account);
    read.accounts = accounts;
  }
  return read;
}

// The event's object with its end and, when `groupNow` (nothing comes between them), its group in
// the literal: a field added later goes to a second object V8 makes for the overflow (40 bytes
// more per event, and one more allocation, at 100,000 events). The fields keep one order however
// the event is made, so a saved timeline reads the same.
function eventOf(id: string, index: number, title: string, span: { start: FuzzyDate; end?: FuzzyDate }, tags: string[], importance: number, group: string | undefined, groupNow: boolean): TimelineEvent {
  const { start, end } = span;
  const sources = UNRESOLVED;
  if (group === undefined || !groupNow) return end ? { id, index, title, start, tags, importance, sources, end } : { id, index, title, start, tags, importance, sources };
  return end ? { id, index, title, start, tags, importance, sources, end, group } : { id, index, title, start, tags, importance, sources, group };
}

// A saved timeline's positions keep ties in the order they were first loaded in.
function readIndex(raw: unknown, reader: ItemReader): number | undefined {
  if (raw === undefined || raw === null || raw === "") return undefined;
  if (typeof raw === "number" && Number.isSafeInteger(raw) && raw >= 0) return raw;
  reader.report("wrong-type-ignored", "index", { value: raw, detail: A_WHOLE_NUMBER_FROM_0 });
  return undefined;
}

// A draft is marked only by `true`: anything else that is not `false` is a mistake worth saying.
function readDraft(raw: unknown, reader: ItemReader): boolean {
  if (raw === undefined || raw === null || raw === false) return false;
  if (raw === true) return true;
  reader.report("wrong-type-ignored", "draft", { value: raw, detail: TRUE_OR_FALSE });
  return false;
}

function readTags(raw: unknown, reader: ItemReader): string[] {
  if (raw === undefined || raw === null) return NO_STRINGS;
  const list = typeof raw === "string" ? raw.split(/[;,]/) : Array.isArray(raw) ? (raw as unknown[]) : undefined;
  if (!list || !list.every((t) => typeof t === "string")) {
    reader.report("wrong-type-ignored", "tags", { value: raw, detail: A_LIST_OF_WORDS });
    return [];
  }
  const tags = list.map((t, i) => reader.text(t, `tags[${i}]`, LIMITS.tags));
  return [...new Set(tags.filter((t): t is string => t !== undefined))];
}

function readImportance(raw: unknown, reader: ItemReader): number {
  if (raw === undefined || raw === null || raw === "") return DEFAULT_IMPORTANCE;
  const value = typeof raw === "string" ? Number(raw.trim()) : raw;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    reader.report("wrong-type-ignored", "importance", { value: raw, detail: A_NUMBER_FROM_0_TO_100 });
    return DEFAULT_IMPORTANCE;
  }
  if (value < 0 || value > 100) {
    reader.report("importance-range", "importance", { value: raw });
    return Math.min(100, Math.max(0, value));
  }
  return value;
}

// Whether a start and end as written (EDTF text, or a saved date's `edtf`) name the cover.
function isCover(start: unknown, end: unknown, cover: { start: FuzzyDate; end?: FuzzyDate }): boolean {
  return edtfOf(start) === cover.start.edtf && edtfOf(end) === cover.end?.edtf;
}

function edtfOf(raw: unknown): string | undefined {
  if (typeof raw === "string") return raw.trim();
  return isRecord(raw) && typeof raw.edtf === "string" ? raw.edtf : undefined;
}
