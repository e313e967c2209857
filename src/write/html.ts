/**
 * The scene written as text, with no DOM: `renderToString` (the timeline as an HTML fragment)
 * and `renderSvg` (the chart as a standalone SVG document). The markup is the one a browser's
 * `createTimeline` patches into the page for the same layout, so a script can take it over
 * without drawing anything again.
 *
 * @module
 */
import { extentFor, layoutLoaded } from "../layout/layout.js";
import type { TimelineLayout } from "../layout/types.js";
import { directionOf, languageOf } from "../options.js";
import { createListsCache } from "../scene/lists.js";
import { DEFAULT_HEADING_LEVEL } from "../scene/markup.js";
import { h, num, type SceneElement } from "../scene/node.js";
import { onSlide, openingWindow, storyOf } from "../scene/story.js";
import { settledFocus, timelineScene } from "../scene/timeline.js";
import { wordsFor } from "../scene/words.js";
import { checkRenderOptions, type RenderPageOptions, type RenderStringOptions } from "../options.js";
import { checkLoaded } from "../model/loaded-timeline.js";
import type { Timeline } from "../types.js";
import { toMarkup } from "./string.js";

/**
 * What to render: a loaded timeline (laid out here), or a timeline with a layout already made.
 *
 * @example
 * ```ts
 * const layout = layoutTimeline(timeline, { width: 640, domain: [Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)] });
 * renderToString({ timeline, layout }); // draws this window, not the whole extent
 * ```
 */
export type RenderInput = Timeline | { timeline: Timeline; layout: TimelineLayout };

const SVG_NS = "http://www.w3.org/2000/svg";
const DEFAULT_WIDTH = 800;

export type { RenderPageOptions, RenderStringOptions } from "../options.js";

/** A timeline prepared for writing: its layout and its scene. */
export interface Prepared {
  timeline: Timeline;
  layout: TimelineLayout;
  title: string;
  theme: "light" | "dark" | "auto";
  scene: SceneElement;
  /** The direction the markup is written in (undefined: left to right, no attribute). */
  dir: "ltr" | "rtl" | undefined;
}

/**
 * Lay out (unless a layout is given) and build the scene, with the options checked.
 *
 * @example
 * ```ts
 * const { scene } = prepare(timeline, { width: 640 });
 * ```
 */
export function prepare(input: RenderInput, options: RenderStringOptions, caller = "renderToString"): Prepared {
  // Raw data is the likeliest mistake from JavaScript: say to load it, before anything else fails.
  checkLoaded(caller, input);
  const given = "layout" in input && "timeline" in input;
  const timeline = given ? input.timeline : input;
  // Checked first: a wrong locale or messages is a RangeError, never a failure inside the layout.
  checkRenderOptions(options);
  // The reader's language picks the dates, the words and the digits together.
  const language = languageOf(options);
  const words = { locale: language.locale, words: language.messages.layout, dates: language.dates };
  // A story opens on its first slide, zoomed to its event as the browser opens it.
  const opening = options.view === "story" && !given ? openingWindow(timeline, extentFor(timeline, options.breaks)) : undefined;
  const layout = given ? input.layout : layoutLoaded(timeline, { width: options.width ?? DEFAULT_WIDTH, height: options.height, ...words, calendar: options.calendar, timeDirection: options.timeDirection, breaks: options.breaks, ...(opening ? { domain: opening } : {}) });
  const prefix = options.idPrefix ?? "citeline";
  const theme = options.theme ?? "light";
  const level = options.headingLevel ?? DEFAULT_HEADING_LEVEL;
  const messages = language.messages.chart;
  const title = options.title ?? timeline.title ?? messages.defaultTitle;
  const settled = settledFocus(layout);
  const state = options.view === "story" ? onSlide(settled, storyOf(timeline), 0) : { ...settled, view: options.view ?? "chart" };
  // The `dir` option, else the language's own (right to left for Arabic, Persian, Hebrew…).
  const dir = options.dir ?? (directionOf(language.tag) === "rtl" ? "rtl" : undefined);
  const scene = timelineScene(
    { layout, words: wordsFor(timeline, language), state, prefix, level, theme, title, pageSize: Infinity, inert: true, messages, locale: language.dates.locale, dir, unsourced: language.messages.layout.unsourced, media: { load: options.media === true } },
    createListsCache(),
  );
  return { timeline, layout, title, theme, scene, dir };
}

/** The chart's `<svg>` in a prepared scene. */
export function chartOf(scene: SceneElement): SceneElement {
  const stage = scene.children.find((c): c is SceneElement => typeof c === "object" && c.attrs.class === "cl-stage");
  return stage!.children[0] as SceneElement;
}

/**
 * A timeline as an HTML fragment, with no DOM: `<div class="citeline" data-citeline-ssr>` holding
 * the toolbar (inert until a script takes over), the static SVG chart, the event list in time
 * order and the numbered sources: the markup `createTimeline` draws for the same layout. It reads
 * and prints without JavaScript; style it with `citeline/style.css`.
 *
 * @example
 * ```ts
 * import { loadTimeline, renderToString } from "citeline/core";
 * const { timeline } = loadTimeline(csvText);
 * const html = renderToString(timeline, { width: 800, theme: "auto" });
 * ```
 */
export function renderToString(input: RenderInput, options: RenderStringOptions = {}): string {
  return toMarkup(prepare(input, options).scene);
}

/**
 * A timeline as a standalone SVG document: the chart alone, inside an outer `<svg class="citeline">`
 * that carries the theme and an inline `<style>` (pass `citeline/style.css` as `css`), so it
 * renders the same in a browser tab or an `<img>`.
 *
 * @example
 * ```ts
 * writeFileSync("timeline.svg", renderSvg(timeline, { css: readFileSync("node_modules/citeline/dist/style.css", "utf8") }));
 * ```
 */
export function renderSvg(input: RenderInput, options: RenderPageOptions = {}): string {
  const p = prepare(input, options, "renderSvg");
  const { width, height } = p.layout;
  const chart = chartOf(p.scene);
  const inner = h(chart.tag, { x: 0, y: 0, ...chart.attrs }, chart.children);
  // CDATA keeps the stylesheet's `>` and quotes as written; "]]>" cannot occur in it then.
  const style = options.css ? `<style><![CDATA[\n${options.css.replaceAll("]]>", "]]]]><![CDATA[>")}\n]]></style>` : "";
  const outer = h("svg", { xmlns: SVG_NS, class: "citeline", "data-theme": p.theme, width, height, viewBox: `0 0 ${num(width)} ${num(height)}` });
  const open = toMarkup(outer).replace(/\/>$/, ">");
  return `<?xml version="1.0" encoding="UTF-8"?>\n${open}${style}${toMarkup(inner, true)}</svg>\n`;
}
