import type { AccountInput, EraInput, EventInput, GroupInput, MediaInput, SourceInput, TimelineInput } from "../types.js";

/**
 * The fields each input object may have. The compile-time checks below fail when these lists and
 * the types in types.ts drift apart, and a test holds the JSON Schema to the same lists.
 */
export const TIMELINE_FIELDS = ["$schema", "title", "description", "events", "sources", "groups", "eras", "story"] as const;
export const EVENT_FIELDS = ["id", "index", "title", "start", "end", "description", "group", "tags", "importance", "sources", "displayDate", "media", "accounts", "draft"] as const;
export const SOURCE_FIELDS = ["id", "number", "title", "publisher", "author", "url", "published", "accessed", "quote", "via", "kind", "disputes"] as const;
export const GROUP_FIELDS = ["id", "label", "order"] as const;
export const ERA_FIELDS = ["id", "index", "title", "start", "end", "sources"] as const;
export const MEDIA_FIELDS = ["url", "alt", "credit", "caption", "source"] as const;
export const ACCOUNT_FIELDS = ["start", "end", "description", "sources"] as const;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const fieldListsMatchTypes: [
  Same<(typeof TIMELINE_FIELDS)[number], keyof TimelineInput>,
  Same<(typeof EVENT_FIELDS)[number], keyof EventInput>,
  Same<(typeof SOURCE_FIELDS)[number], keyof SourceInput>,
  Same<(typeof GROUP_FIELDS)[number], keyof GroupInput>,
  Same<(typeof ERA_FIELDS)[number], keyof EraInput>,
  Same<(typeof MEDIA_FIELDS)[number], keyof MediaInput>,
  Same<(typeof ACCOUNT_FIELDS)[number], keyof AccountInput>,
] = [true, true, true, true, true, true, true];
void fieldListsMatchTypes;

/** Every event field, as `ItemReader.known` fills it for one event. */
export type EventFields = Record<(typeof EVENT_FIELDS)[number], unknown>;

/**
 * A record of every event field, unset: what `ItemReader.known` fills for each event. A literal,
 * so that it has one shape; given `record`, that record is emptied and returned instead, so that
 * a load of 100,000 events can read them all through one.
 *
 * @example
 * ```ts
 * blankEventFields().title; // undefined
 * ```
 */
export function blankEventFields(record?: EventFields): EventFields {
  if (!record) return { id: undefined, index: undefined, title: undefined, start: undefined, end: undefined, description: undefined, group: undefined, tags: undefined, importance: undefined, sources: undefined, displayDate: undefined, media: undefined, accounts: undefined, draft: undefined };
  // Named stores, one shape: a loop over the names would be a keyed store of many keys, slower
  // than the allocation it saves.
  record.id = record.index = record.title = record.start = record.end = record.description = record.group = undefined;
  record.tags = record.importance = record.sources = record.displayDate = record.media = record.accounts = record.draft = undefined;
  return record;
}

/**
 * The empty list every loaded event or era without tags or sources holds: one, frozen (a loaded
 * timeline is never changed), so that 100,000 events make no list each for the young
 * generation to copy.
 */
export const NO_STRINGS = Object.freeze([]) as unknown as string[];

/** What an item or account cites until its citations are resolved; never part of a loaded timeline. */
export const UNRESOLVED = Object.freeze([]) as unknown as string[];

/** Longest text each field may hold; longer is an error, since it is never a real headline or quote. */
export const LIMITS = { id: 200, title: 500, description: 20_000, quote: 5_000, text: 2_000, tags: 100, date: 4_000 } as const;

/** True for a plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
