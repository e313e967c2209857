/**
 * What marks a draft (an event not yet checked by a person, `draft: true`): a line in the event's
 * card and list entry, and one above the timeline counting them. Said in words, so that it reads
 * without colour and is heard by a screen reader; the chart's label and accessible name say it too
 * (the layout measures them, `layout/items.ts`).
 *
 * @module
 */
import type { Messages } from "../messages/index.js";
import type { Timeline, TimelineEvent } from "../types.js";
import { h, type SceneNode } from "./node.js";

/**
 * "Draft — check before publishing" for a draft event, in its card (`cl-card-draft`) or list entry
 * (`cl-entry-draft`); nothing for a checked one.
 *
 * @example
 * ```ts
 * draftNote({ ...event, draft: true }, en.chart, "cl-card-draft"); // [<p class="cl-draft-note cl-card-draft">]
 * ```
 */
export function draftNote(event: TimelineEvent, m: Pick<Messages["chart"], "draftNote">, cls: string): SceneNode[] {
  return event.draft ? [h("p", { class: `cl-draft-note ${cls}` }, m.draftNote)] : [];
}

/** How many of a timeline's events are drafts (counted once per timeline). */
export function draftCount(timeline: Timeline): number {
  let count = counted.get(timeline);
  if (count === undefined) counted.set(timeline, (count = timeline.events.reduce((n, e) => n + (e.draft ? 1 : 0), 0)));
  return count;
}

const counted = new WeakMap<Timeline, number>();

/**
 * The line above a timeline with drafts in it: "3 events are drafts — check before publishing",
 * as a note (`role="note"`); nothing when every event has been checked.
 *
 * @example
 * ```ts
 * draftsLine(timeline, en.chart); // [<p class="cl-drafts" role="note">]
 * ```
 */
export function draftsLine(timeline: Timeline, m: Pick<Messages["chart"], "draftsNote">): SceneNode[] {
  const n = draftCount(timeline);
  return n > 0 ? [h("p", { class: "cl-drafts", role: "note" }, m.draftsNote(n))] : [];
}
