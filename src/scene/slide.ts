/**
 * A story's slide as a scene: a region (`aria-roledescription="slide"`) holding the previous and
 * next buttons with where the slide is ("3 of 12"), and the card's content for the slide's event
 * (its date in words, title, how well the date is known, description and citations), or, on the
 * title slide, the timeline's title and description and the way in. The browser and the server
 * write the same slide; the live region announcing a change is the timeline's own.
 *
 * @module
 */
import type { Messages } from "../messages/index.js";
import { eventParts } from "./card.js";
import type { MediaView } from "./media.js";
import { h, type SceneElement, type SceneNode } from "./node.js";
import { eventNumber, slideEvent, type Story } from "./story.js";
import type { Words } from "./words.js";

/** What a slide is drawn from. */
export interface SlideInput {
  story: Story;
  /** The slide shown. */
  slide: number;
  words: Words;
  prefix: string;
  /** Level of the slide's title; its "Sources" is one lower. */
  level: number;
  /** Width of the timeline, px. */
  width: number;
  messages: Messages["chart"];
  /** The title slide's heading when the timeline has no title of its own: the chart's name. */
  title: string;
  /** Server output before a script: the buttons are inert, and the keys are not promised. */
  inert: boolean;
  /**
   * Time runs right to left: the buttons follow it (previous on the right), as the arrow keys and a
   * swipe do. Otherwise they follow the text's direction.
   */
  timeRtl?: boolean;
  /** How the event's picture is shown (the `media` option), as in the card. */
  media?: MediaView | undefined;
}

/**
 * The `<section class="cl-slide" role="region">` of a story.
 *
 * @example
 * ```ts
 * slideNode({ story: storyOf(timeline), slide: 1, words, prefix: "tl", level: 3, width: 800, messages: en.chart, title: "Maliki in Tehran", inert: false });
 * ```
 */
export function slideNode(input: SlideInput): SceneElement {
  const { story, slide, prefix, messages: m } = input;
  const id = slideEvent(story, slide);
  const event = id === null ? undefined : input.words.byId(id);
  const body = event
    ? eventParts(event, { card: null, words: input.words, prefix, level: input.level, width: input.width, messages: m, part: "slide", media: input.media })
    : titleParts(input);
  return h(
    "section",
    {
      class: event ? "cl-slide" : "cl-slide cl-slide-intro",
      id: `${prefix}-slide`,
      role: "region",
      "aria-roledescription": m.slideRole,
      "aria-labelledby": `${prefix}-slide-title`,
      "aria-describedby": input.inert ? null : `${prefix}-slide-keys`,
      // Focus can be put here (after a key press took the focused link away) but it is no tab stop.
      tabindex: -1,
      "data-event": event?.id ?? null,
    },
    [
      nav(input),
      // Keyed by the event: a new slide is new content, not the old one rewritten in place.
      h("div", { class: "cl-slide-body" }, body, { key: event?.id ?? "intro" }),
      // Written by the server too, hidden until a script makes the keys work: taking it over adds no node.
      h("p", { class: "cl-slide-keys", id: `${prefix}-slide-keys`, hidden: input.inert }, m.slideKeys),
    ],
  );
}

// Previous, where the slide is, next. The arrows are bidi-mirrored characters: they point the way
// the buttons lead in either direction.
function nav(input: SlideInput): SceneElement {
  const { story, slide, messages: m } = input;
  const intro = story.intro && slide === 0;
  const last = slide >= story.count - 1;
  const button = (which: "prev" | "next", text: SceneNode[], disabled: boolean) =>
    h("button", { type: "button", class: `cl-button cl-slide-${which}`, disabled: input.inert || disabled }, text);
  const arrow = (glyph: string) => h("span", { class: "cl-slide-arrow", "aria-hidden": "true" }, glyph);
  const position = intro ? m.eventsCount(story.ids.length) : m.slidePosition(eventNumber(story, slide), story.ids.length);
  return h("div", { class: "cl-slide-nav", role: "group", "aria-label": m.storyNav, dir: input.timeRtl ? "rtl" : null }, [
    button("prev", [arrow("‹"), " ", m.previousSlide], slide <= 0),
    // The nav runs the way time does; its words keep their own language's order ("4 of 7").
    h("p", { class: "cl-slide-position", dir: "auto" }, position),
    button("next", [intro ? m.startStory : m.nextSlide, " ", arrow("›")], last),
  ]);
}

// The title slide: the timeline's title and introduction.
function titleParts(input: SlideInput): SceneNode[] {
  const { timeline } = input.words;
  return [
    h(`h${input.level}`, { class: "cl-slide-heading", id: `${input.prefix}-slide-title` }, [h("bdi", {}, timeline.title ?? input.title)]),
    ...(timeline.description ? [h("p", { class: "cl-slide-description", dir: "auto" }, timeline.description)] : []),
  ];
}
