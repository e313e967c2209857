/**
 * A story: the timeline told one event at a time. Its slides in order (the title slide first when
 * the timeline has a title or a description, then the data's `story` order, or every event in time
 * order), the window each slide shows, and the choices a slide makes in a state. Plain data,
 * shared by the browser's transitions and the server, so both open a story on the same slide.
 *
 * @module
 */
import { clampDomain, SIZES } from "../layout/layout.js";
import type { TimelineLayout } from "../layout/types.js";
import type { Timeline, TimelineEvent } from "../types.js";
import { itemShowing } from "./showing.js";
import type { SceneState } from "./timeline.js";
import type { Words } from "./words.js";

/** A timeline's story: its slides, in order. */
export interface Story {
  /** The events, one a slide, in the story's order. */
  readonly ids: readonly string[];
  /** Slide 0 is the title slide: the timeline's title and description, and a way in. */
  readonly intro: boolean;
  /** Slides in all, the title slide included. */
  readonly count: number;
}

const stories = new WeakMap<Timeline, Story>();
const NONE: ReadonlySet<string> = new Set();

/**
 * The story of a timeline, made once per timeline.
 *
 * @example
 * ```ts
 * storyOf(timeline); // { ids: ["iran-iraq-war", …], intro: true, count: 8 }
 * ```
 */
export function storyOf(timeline: Timeline): Story {
  let story = stories.get(timeline);
  if (!story) {
    const ids = timeline.story ?? timeline.events.map((e) => e.id);
    // A timeline with nothing to tell still has a slide: its title, saying it has no events.
    const intro = Boolean(timeline.title || timeline.description) || ids.length === 0;
    story = { ids, intro, count: ids.length + (intro ? 1 : 0) };
    stories.set(timeline, story);
  }
  return story;
}

/**
 * The event a slide shows, or null for the title slide.
 *
 * @example
 * ```ts
 * slideEvent(storyOf(timeline), 0); // null: the title slide
 * ```
 */
export function slideEvent(story: Story, index: number): string | null {
  return story.intro && index === 0 ? null : (story.ids[index - (story.intro ? 1 : 0)] ?? null);
}

/**
 * The slide showing an event, or -1 when the story does not tell it.
 *
 * @example
 * ```ts
 * slideOf(storyOf(timeline), "visit"); // 5
 * ```
 */
export function slideOf(story: Story, id: string): number {
  const at = story.ids.indexOf(id);
  return at < 0 ? -1 : at + (story.intro ? 1 : 0);
}

/**
 * A slide's number among the event slides, from 1 (the title slide is not counted).
 *
 * @example
 * ```ts
 * eventNumber(storyOf(timeline), 1); // 1 with a title slide at 0
 * ```
 */
export function eventNumber(story: Story, index: number): number {
  return index + (story.intro ? 0 : 1);
}

/**
 * A slide index kept inside the story.
 *
 * @example
 * ```ts
 * clampSlide(story, 99); // story.count - 1
 * ```
 */
export function clampSlide(story: Story, index: number): number {
  return Math.min(Math.max(0, Math.round(Number.isFinite(index) ? index : 0)), Math.max(0, story.count - 1));
}

/**
 * The window a slide shows: the whole extent for the title slide; for an event, the event in
 * about the middle two fifths, so what came just before and after is in view too.
 *
 * @example
 * ```ts
 * slideWindow(visit, layout.extent); // a few days around 7–9 June 2008
 * ```
 */
export function slideWindow(event: TimelineEvent | undefined, extent: [number, number]): [number, number] {
  if (!event) return [extent[0], extent[1]];
  const from = event.start.earliest;
  const end = (event.end ?? event.start).latest;
  // An open end ("1985/..") reaches on without limit: the slide shows where it starts.
  const to = Number.isFinite(end) && end >= from ? end : from;
  const pad = Math.max((to - from) * 0.75, SIZES.minSpan);
  return clampDomain([from - pad, to + pad], extent);
}

/**
 * The window a story opens on: its first slide's, or undefined when that is the title slide (which
 * shows the timeline's opening window).
 *
 * @example
 * ```ts
 * openingWindow(timelineWithoutTitle, extentOf(timelineWithoutTitle)); // around its first event
 * ```
 */
export function openingWindow(timeline: Timeline, extent: [number, number]): [number, number] | undefined {
  const id = slideEvent(storyOf(timeline), 0);
  return id === null ? undefined : slideWindow(timeline.events.find((e) => e.id === id), extent);
}

/**
 * What the chart highlights in the story: the slide's event, or the cluster holding it when it
 * could not be drawn apart at this zoom (the reader still sees where the slide is). Found with
 * `itemShowing`, which asks only the clusters whose time covers the event for their members: a
 * slide's animated zoom draws this in every frame.
 *
 * @example
 * ```ts
 * storyHighlight(layout, new Set(["visit"]), words); // Set {"visit"}, or {"visit", "cluster:visit:visit"}
 * ```
 */
export function storyHighlight(layout: TimelineLayout, highlighted: ReadonlySet<string>, words: Pick<Words, "byId">): ReadonlySet<string> {
  const holders: string[] = [];
  for (const id of highlighted) {
    const item = itemShowing(layout, id, words);
    if (item && item.id !== id) holders.push(item.id);
  }
  return holders.length === 0 ? highlighted : new Set([...highlighted, ...holders]);
}

/**
 * A state on a slide: the story leads, the slide's event is the one chosen and highlighted (none
 * on the title slide), and nothing else is (no card, no source).
 *
 * @example
 * ```ts
 * onSlide(state, storyOf(timeline), 1).selected; // the first event's id
 * ```
 */
export function onSlide<S extends SceneState>(s: S, story: Story, index: number): S {
  const slide = clampSlide(story, index);
  const id = slideEvent(story, slide);
  return { ...s, view: "story", slide, selected: id, highlighted: id === null ? NONE : new Set([id]), card: null, source: null, eventsPage: null, sourcesPage: null };
}
