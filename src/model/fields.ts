import type { EraInput, EventInput, GroupInput, SourceInput, TimelineInput } from "../types.js";
import { diagnostic, type Address, type Diagnostic } from "../diagnostics.js";

/**
 * The fields each input object may have. The compile-time checks below fail when these lists and
 * the types in types.ts drift apart, and a test holds the JSON Schema to the same lists.
 */
export const TIMELINE_FIELDS = ["$schema", "title", "description", "events", "sources", "groups", "eras"] as const;
export const EVENT_FIELDS = ["id", "title", "start", "end", "description", "group", "tags", "importance", "sources", "displayDate"] as const;
export const SOURCE_FIELDS = ["id", "title", "publisher", "author", "url", "published", "accessed", "quote", "via", "kind"] as const;
export const GROUP_FIELDS = ["id", "label", "order"] as const;
export const ERA_FIELDS = ["id", "title", "start", "end", "sources"] as const;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const fieldListsMatchTypes: [
  Same<(typeof TIMELINE_FIELDS)[number], keyof TimelineInput>,
  Same<(typeof EVENT_FIELDS)[number], keyof EventInput>,
  Same<(typeof SOURCE_FIELDS)[number], keyof SourceInput>,
  Same<(typeof GROUP_FIELDS)[number], keyof GroupInput>,
  Same<(typeof ERA_FIELDS)[number], keyof EraInput>,
] = [true, true, true, true, true];
void fieldListsMatchTypes;

/** Longest text each field may hold; longer is an error, since it is never a real headline or quote. */
export const LIMITS = { id: 200, title: 500, description: 20_000, quote: 5_000, text: 2_000, tags: 100 } as const;

// Keys that could reach an object's prototype if some later code copied them.
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

// Names people write for our fields, to suggest the right one.
const ALIASES: Record<string, string> = {
  date: "start", startdate: "start", start_date: "start", enddate: "end", end_date: "end",
  headline: "title", name: "title", text: "description", summary: "description", lane: "group",
  category: "group", source: "sources", display_date: "displayDate", displaydate: "displayDate",
  link: "url", href: "url", date_published: "published", publishedat: "published", relayedby: "via",
};

/**
 * Read the own keys of an input object, reporting forbidden and unknown ones, and return a
 * plain record holding only the known fields.
 */
export function knownFields(
  value: Record<string, unknown>,
  allowed: readonly string[],
  at: Address,
  diagnostics: Diagnostic[],
): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) {
      diagnostics.push(diagnostic("forbidden-key", { ...at, field: key }, { value: key }));
    } else if (allowed.includes(key)) {
      out[key] = value[key];
    } else {
      const lower = key.toLowerCase();
      const guess = ALIASES[lower] ?? allowed.find((f) => f.toLowerCase() === lower);
      diagnostics.push(diagnostic("unknown-field", { ...at, field: key }, { value: key, detail: guess }));
    }
  }
  return out;
}

/** True for a plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
