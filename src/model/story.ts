/**
 * The order of story mode, as the data gives it (`story: [ids]`): each entry must name an event
 * that loaded, once. What does not is reported and skipped, and the rest of the story stands.
 *
 * @module
 */
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { TimelineEvent } from "../types.js";

/**
 * The story's event ids, checked against the loaded events; undefined when the data gives no
 * story, or none of its entries names an event (the story is then every event in time order).
 *
 * @example
 * ```ts
 * readStory(["visit", "nope", "visit"], timeline.events, diagnostics);
 * // ["visit"], with `unknown-story-event` for "nope" and `duplicate-story-event` for the repeat
 * ```
 */
export function readStory(value: unknown, events: readonly TimelineEvent[], diagnostics: Diagnostic[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    diagnostics.push(diagnostic("list-not-array", { section: "timeline", field: "story" }, { value }));
    return undefined;
  }
  const known = new Set(events.map((e) => e.id));
  const told = new Set<string>();
  (value as unknown[]).forEach((id, i) => {
    const at = { section: "timeline" as const, field: `story[${i}]` };
    // An event dropped for an error of its own is not in the story either: its own diagnostic says why.
    if (typeof id !== "string" || !known.has(id)) diagnostics.push(diagnostic("unknown-story-event", at, { value: id }));
    else if (told.has(id)) diagnostics.push(diagnostic("duplicate-story-event", at, { value: id }));
    else told.add(id);
  });
  return told.size > 0 ? [...told] : undefined;
}
