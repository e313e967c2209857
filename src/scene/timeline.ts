/**
 * The whole timeline as one scene: toolbar, chart with its card, the live region, and the lists.
 * The browser patches it into the page on every frame; the server writes it as HTML. Both get
 * it from here, so what a reader sees before and after the script is the same markup.
 *
 * @module
 */
import type { Locale } from "date-fns";
import type { TimelineLayout } from "../layout/types.js";
import type { Messages } from "../messages/index.js";
import { saySpan } from "../model/date-words.js";
import { cardNode, type CardState } from "./card.js";
import { chartNode } from "./chart.js";
import { draftCount, draftsLine } from "./draft.js";
import { firstInReadingOrder } from "./item-facts.js";
import { runNodes } from "./citation.js";
import { listsNode, type ListsCache, type ListsState } from "./lists.js";
import type { Run } from "./markup.js";
import type { MediaView } from "./media.js";
import { h, type SceneElement, type SceneNode } from "./node.js";
import { slideNode } from "./slide.js";
import { clampSlide, storyHighlight, storyOf } from "./story.js";
import type { Words } from "./words.js";

/** What the reader has chosen: the part of a view's state the picture shows. */
export interface SceneState extends ListsState {
  focused: string | null;
  card: CardState | null;
  /** What the live region says (our words and the user's). */
  status: readonly Run[];
  /** The story's slide shown (in the story view; see `scene/story.ts`). */
  slide?: number | null;
}

/**
 * The state of a timeline nobody has touched (as the server draws it): nothing chosen, the tab
 * stop on the first item in reading order.
 *
 * @example
 * ```ts
 * timelineScene({ ...input, state: settledFocus(layout) }, createListsCache());
 * ```
 */
export function settledFocus(layout: TimelineLayout): SceneState {
  return { view: "chart", selected: null, focused: firstInReadingOrder(layout.items, layout.timeDirection === "rtl")?.id ?? null, highlighted: new Set(), source: null, card: null, status: [], eventsPage: null, sourcesPage: null };
}

/** Everything a timeline's scene is made from. */
export interface TimelineSceneInput {
  layout: TimelineLayout;
  words: Words;
  state: SceneState;
  prefix: string;
  /** Level of the lists' headings and the card's title. */
  level: number;
  theme: "light" | "dark" | "auto";
  /** The chart's accessible name. */
  title: string;
  /** Entries per page of each list (Infinity: whole lists, as the server writes them). */
  pageSize: number;
  /** Server output, before (or without) a script: marked so, its buttons inert. */
  inert: boolean;
  /** The lists as last drawn (the window is moving, nothing else changed). */
  staleLists?: boolean;
  messages: Messages["chart"];
  locale: Locale | undefined;
  /**
   * Text direction, written as `dir` on the root when given: labels, lists, card and toolbar
   * follow it. Without it the root inherits the page's (and the chart's labels read left to right).
   */
  dir?: "ltr" | "rtl" | undefined;
  /** The layout's "no source" note on a date line, so the scene keeps the date (the user's) apart from it. */
  unsourced?: (when: string) => string;
  /** How events' pictures are shown (the `media` option, and which failed to load); default in words. */
  media?: MediaView;
  /**
   * What the status line says while a reader the data needs loads (view/complete.ts): the root is
   * `aria-busy`, the toolbar's buttons are disabled, and the stylesheet hides the chart and the
   * lists, which hold only part of the data.
   */
  busy?: string | undefined;
  /**
   * Story mode, pressed for, is still loading (a browser build loads it on demand): the Story
   * button is `aria-busy` and the status line says so, the chart still working meanwhile.
   */
  storyPending?: boolean | undefined;
}

/**
 * The `<div class="citeline">` of a timeline in a state.
 *
 * @example
 * ```ts
 * const scene = timelineScene({ layout, words: wordsFor(timeline, undefined), state, prefix: "tl", level: 3, theme: "light", title: "Maliki in Tehran", pageSize: 25, inert: false, messages: en.chart, locale: undefined }, createListsCache());
 * ```
 */
export function timelineScene(input: TimelineSceneInput, cache: ListsCache): SceneElement {
  const { layout, state, prefix, messages: m } = input;
  const chart = chartNode({
    layout,
    prefix,
    view: { selected: state.selected, focused: state.focused, highlighted: state.view === "story" ? storyHighlight(layout, state.highlighted, input.words) : state.highlighted },
    title: input.title,
    description: describe(input),
    itemsLabel: m.itemsInView(layout.items.length),
    roleDescription: m.roleDescription,
    roles: { event: m.eventRole, cluster: m.clusterRole },
    textRtl: input.dir === "rtl",
    ...(input.unsourced ? { unsourced: input.unsourced } : {}),
  });
  const card = cardNode({ card: state.card, words: input.words, prefix, level: input.level, width: layout.width, messages: m, rtl: input.dir === "rtl", media: input.media });
  const story = state.view === "story" ? storyOf(input.words.timeline) : undefined;
  const slide = story ? slideNode({ story, slide: clampSlide(story, state.slide ?? 0), words: input.words, prefix, level: input.level, width: layout.width, messages: m, title: input.title, inert: input.inert, timeRtl: layout.timeDirection === "rtl", media: input.media }) : undefined;
  return h(
    "div",
    { class: rootClass(state.view, layout.width), dir: input.dir ?? null, "data-theme": input.theme, "data-citeline-ssr": input.inert, "aria-busy": input.busy === undefined ? null : "true" },
    [
      ...draftsLine(input.words.timeline, m),
      toolbar(input),
      h("div", { class: "cl-stage" }, [chart, card]),
      ...(slide ? [slide] : []),
      h("p", { class: "cl-status", "aria-live": "polite" }, status(input)),
      listsNode({ layout, words: input.words, prefix, level: input.level, state, pageSize: input.pageSize, inert: input.inert, messages: m, stale: input.staleLists, media: input.media }, cache),
    ],
  );
}

// Symbols get a name in words; buttons with words are named by them (WCAG 2.5.3, label in name).
// Inert in server output, and while busy: they would zoom or turn a partial read, hidden.
function toolbar(input: TimelineSceneInput): SceneElement {
  const m = input.messages;
  const disabled = input.inert || input.busy !== undefined;
  const button = (name: string, text: string, label: string | null, pressed?: boolean, busy?: boolean) =>
    h("button", { type: "button", class: `cl-button cl-${name}`, "aria-label": label, "aria-pressed": pressed === undefined ? null : String(pressed), "aria-busy": busy ? "true" : null, disabled }, text);
  return h("div", { class: "cl-toolbar", role: "toolbar", "aria-label": m.toolbarLabel }, [
    button("zoom-out", "−", m.zoomOut),
    button("zoom-in", "+", m.zoomIn),
    button("reset", m.showAll, null),
    button("story-view", m.storyView, null, input.state.view === "story", input.storyPending === true),
    button("view", m.listView, null, input.state.view === "list"),
  ]);
}

// What the live region says: the load under way, else the state's last announcement.
function status(input: TimelineSceneInput): SceneNode[] | string {
  if (input.busy !== undefined) return input.busy;
  return input.storyPending ? input.messages.storyLoading : runNodes(input.state.status);
}

function describe(input: TimelineSceneInput): string {
  const { layout, words, messages: m } = input;
  const day = (ms: number) => ({ earliest: ms, latest: ms, precision: "day" as const, qualifier: "exact" as const, edtf: "" });
  const showing = saySpan(day(layout.domain[0]), day(layout.domain[1]), words.dates);
  const parts = layout.segments ? ` ${m.axisParts(layout.segments.map((s) => s.label))}` : "";
  const drafts = draftCount(words.timeline);
  const text = m.describe(words.timeline.events.length, words.timeline.sources.length, showing) + parts + (drafts > 0 ? ` ${m.draftsNote(drafts)}.` : "");
  // The keys work only once a script runs; a static page does not promise them.
  return input.inert ? text : `${text} ${m.keysHelp}`;
}

// The view that leads, and how narrow the timeline is: the lists stack (under 640 px) and their
// entries put the date above the title (under 480 px) by the timeline's own width, so a narrow
// column of a wide page lays them out as a phone does (the stylesheet's media queries see only
// the window).
function rootClass(view: string | undefined, width: number): string {
  const lead = view === "list" ? " cl-list-primary" : view === "story" ? " cl-story-primary" : "";
  return `citeline${lead}${width <= 480 ? " cl-narrow cl-narrowest" : width <= 640 ? " cl-narrow" : ""}`;
}
