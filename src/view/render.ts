/**
 * One timeline's drawing in the page: the root element (made, or taken over from server markup),
 * the layout (made again only when what it depends on changes), the scene, and the patch. It
 * also keeps the keyboard focus where the reader had it while the picture changes under it.
 *
 * @module
 */
import { layoutLoaded } from "../layout/layout.js";
import { estimateWidth, type Measure } from "../layout/measure.js";
import type { TimelineLayout } from "../layout/types.js";
import { languageOf, type Language } from "../options.js";
import type { ZoomGeometry } from "../interact/zoom.js";
import { domId } from "../scene/item-facts.js";
import { createListsCache } from "../scene/lists.js";
import { DEFAULT_HEADING_LEVEL } from "../scene/markup.js";
import { timelineScene } from "../scene/timeline.js";
import { prepareById, wordsFor, type Words } from "../scene/words.js";
import type { Timeline } from "../types.js";
import { patch } from "../write/dom.js";
import { frameScheduler, inIdleSteps, watchWidth } from "./frame.js";
import { mountRoot } from "./mount.js";
import { listsPace } from "./pace.js";
import { watchMedia } from "./media.js";
import { browserMeasure } from "./measure.js";
import { itemShowing } from "../scene/showing.js";
import { focus, settleFocus, type Effect, type Step, type ViewContext, type ViewState } from "./state.js";
import { focusInSlide } from "./story-input.js";
import type { TimelineOptions } from "./types.js";

const DEFAULT_WIDTH = 800;
// A page of each list: a screenful a reader can use, and a few hundred nodes at most.
const LIST_PAGE = 25;
// Events added to the map by id in one idle step: about 3 ms in a page whose code is cold.
const IDS_PER_STEP = 5_000;

/** What the renderer reads on every draw. */
export interface Current {
  timeline: Timeline;
  options: TimelineOptions;
  state: ViewState;
  /** A reader the data needs is loading (view/complete.ts). */
  loading?: boolean;
  /** Story mode, asked for, is still loading (view/handle.ts). */
  storyPending?: boolean;
}

/** A timeline's drawing: see {@link createRenderer}. */
export type Renderer = ReturnType<typeof createRenderer>;

/**
 * Set up the drawing of one timeline in `element`. Server markup in it (`renderToString`) is
 * adopted in place: the same width table measures here as on the server, so the layout, the
 * scene and the markup are the same, and no node is removed or made again.
 *
 * @example
 * ```ts
 * const renderer = createRenderer(element, "cl1", () => ({ timeline, options, state }), () => {});
 * state = renderer.render(state);
 * ```
 */
export function createRenderer(element: HTMLElement, fallbackPrefix: string, current: () => Current, drawn: (layout: TimelineLayout, duration: number) => void, redraw: () => void) {
  const doc = element.ownerDocument;
  const { root, prefix, served } = mountRoot(element, fallbackPrefix);
  let adopt = served;
  // Server markup was laid out with the width table: the same table here gives the same layout.
  const measure: Measure = current().options.measure ?? (served ? estimateWidth : browserMeasure(doc, root));
  const cache = createListsCache();
  const pageDir = directionKeeper(element, served ? root : null);
  const frames = frameScheduler(doc, redraw);
  const language = languageKeeper(current, () => frames.schedule());
  const width = watchWidth(element, DEFAULT_WIDTH, (w) => {
    const last = layouts.last();
    if (last && Math.round(w) !== last.width) frames.schedule();
  });
  const geometryListeners: (() => void)[] = [];
  const drawnListeners: ((layout: TimelineLayout) => void)[] = [];
  // A zoom frame redraws the chart only; the lists are drawn again once the window rests.
  const pace = listsPace(() => frames.schedule());
  // A picture that fails to load is drawn again as its alt text.
  const media = watchMedia(root, () => frames.schedule());
  // Words once per timeline and language, shared by the chart, the lists and the card.
  const words = () => wordsFor(current().timeline, language());

  const layouts = layoutKeeper(current, language, () => Math.round(width.current()), measure, () => geometryListeners.forEach((fn) => fn()));
  const { layoutFor, relayout } = layouts;
  const latest = () => layouts.last() ?? layoutFor(current().state.domain);
  const ids = idWarmer(doc, words);

  function render(given: ViewState): ViewState {
    const { options, timeline, loading, storyPending } = current();
    // Server markup, written with every reader, stays as it stands while one this page lacks
    // loads: a drawing of the partial read would take events off the page only to put them back.
    if (loading && adopt) return given;
    const started = performance.now();
    const before = layouts.last();
    const now = relayout(given.domain);
    const state = settleFocus(given, now, words(), before);
    const held = heldFocus(doc, root);
    const staleLists = pace.stale(state, options);
    patch(root, timelineScene({ ...sceneOptions(options, timeline, language()), dir: options.dir ?? pageDir(), layout: now, words: words(), state, prefix, staleLists, media: { load: options.media === true, failed: media.failed }, busy: loading ? language().messages.embed.loading : undefined, storyPending }, cache), { adopt, orderLater: staleLists });
    // Only server markup can hold a picture that failed before the listener was there: look once,
    // when taking it over, never on a zoom frame.
    if (adopt && options.media === true) media.sweep();
    adopt = false;
    if (held && state.focused && held.moved()) doc.getElementById(domId(prefix, state.focused))?.focus();
    drawnListeners.forEach((fn) => fn(now));
    drawn(now, performance.now() - started);
    ids.warm();
    return state;
  }

  return {
    render,
    relayout,
    /** Draw in the next frame, as the window moves: the lists wait until it rests. */
    schedule: () => {
      pace.moving();
      frames.schedule();
    },
    root: () => root,
    /** Whether the root is server markup, not yet taken over. */
    served: () => adopt,
    svg: () => root.querySelector<SVGSVGElement>("svg.cl-svg")!,
    overview: () => root.querySelector<SVGGElement>("g.cl-overview")!,
    layout: latest,
    context: (): ViewContext => ({ layout: latest(), words: words(), messages: language().messages.chart, pageSize: LIST_PAGE }),
    zoomGeometry: () => zoomGeometryOf(latest()),
    onGeometry: (fn: () => void) => void geometryListeners.push(fn),
    onDrawn: (fn: (layout: TimelineLayout) => void) => void drawnListeners.push(fn),
    /** Carry out a focus effect; an event's focus becomes a focus step on the item now holding it. */
    focus: (state: ViewState, effect: Extract<Effect, { type: "focus" }>): Step | undefined => moveFocus(root, prefix, layouts.last(), words(), state, effect),
    destroy() {
      ids.cancel();
      pace.cancel();
      frames.cancel();
      media.disconnect();
      width.disconnect();
      root.remove();
    },
  };
}

// The events by id, which a drawing without a choice does not look up (scene/words.ts): made
// once the page is idle after the first drawing of new words, not in it, nor in a reader's first
// click; a part at a time (at 100,000 events, 50 ms in all), so no one task holds the page.
function idWarmer(doc: Document, words: () => Words): { warm(): void; cancel(): void } {
  let warmed: Words | undefined;
  let cancel = () => {};
  return {
    warm() {
      const w = words();
      if (w === warmed) return;
      warmed = w;
      cancel();
      cancel = inIdleSteps(doc, () => prepareById(w, IDS_PER_STEP));
    },
    cancel: () => cancel(),
  };
}

// An item of the chart holding the focus before a drawing, and whether the drawing took it off
// that node or gave the node to another item. Then the focus moves with the tab stop to the node
// of the item holding it, rather than falling to the page or staying on a node that names
// something else: the focused event left the view or joined a cluster, the node now stands for
// another cluster (a regrouped cluster takes over a node that went: `reuse` in scene/node.ts), or
// it was moved back into time order (a move takes the focus off a node).
function heldFocus(doc: Document, root: HTMLElement): { moved(): boolean } | undefined {
  const active = doc.activeElement;
  if (!active || !(root.querySelector(".cl-items")?.contains(active) ?? false)) return undefined;
  const stoodFor = active.getAttribute("data-id");
  return { moved: () => doc.activeElement !== active || active.getAttribute("data-id") !== stoodFor };
}

/**
 * The reader's language: dates, words and digits, one object while the options name the same.
 * In the script-tag bundle a language named before its file loaded is English until it has, and
 * then drawn again (`redraw`), once.
 */
function languageKeeper(current: () => Current, redraw: () => void): () => Language {
  const awaited = new WeakSet<Promise<void>>();
  return () => {
    const now = languageOf(current().options);
    if (now.loading && !awaited.has(now.loading)) {
      awaited.add(now.loading);
      void now.loading.then(redraw);
    }
    return now;
  };
}

/**
 * The page's direction, read once the element is in the document (before that it has no computed
 * style; attaching it changes its width, which draws again) and then kept: reading it on every
 * frame would force a style recalculation. The `dir` option overrides it, and `update({ dir })`
 * follows a page that changes its own. Server markup keeps the direction it was written in (from
 * its locale), so adopting it changes nothing.
 */
function directionKeeper(element: HTMLElement, served: HTMLElement | null): () => "ltr" | "rtl" | undefined {
  const written = served?.getAttribute("dir");
  const fallback = written === "rtl" || written === "ltr" ? written : undefined;
  let read: "ltr" | "rtl" | undefined;
  let known = false;
  return () => {
    if (!known && element.isConnected) {
      known = true;
      read = element.ownerDocument.defaultView?.getComputedStyle(element).direction === "rtl" ? "rtl" : fallback;
    }
    return known ? read : fallback;
  };
}

// What the scene reads from the options: the same for every draw until they change.
function sceneOptions(options: TimelineOptions, timeline: Timeline, language: Language) {
  const messages = language.messages.chart;
  const title = options.label ?? timeline.title ?? messages.defaultTitle;
  return { level: options.headingLevel ?? DEFAULT_HEADING_LEVEL, theme: options.theme ?? "light", title, pageSize: LIST_PAGE, inert: false, messages, locale: language.dates.locale, unsourced: language.messages.layout.unsourced };
}

// The layout, made again only when its inputs change (a select or a focus changes no geometry);
// `geometry` is told when a new width or extent changes what a zoom transform means.
function layoutKeeper(current: () => Current, language: () => Language, width: () => number, measure: Measure, geometry: () => void) {
  let layout: TimelineLayout | undefined;
  let inputs: unknown[] = [];
  // The whole extent's layout, kept while all but the window stays the same: "Show all", or a zoom
  // out to the end, draws it again without laying out every event anew.
  let whole: { layout: TimelineLayout; inputs: unknown[] } | undefined;
  const layoutFor = (domain: [number, number]): TimelineLayout => {
    const { timeline, options } = current();
    const w = width();
    const lang = language();
    const rest = [timeline, w, options.height, lang, options.overview, options.calendar, options.timeDirection, options.breaks];
    const next = [domain[0], domain[1], ...rest];
    if (layout && next.every((v, i) => v === inputs[i])) return layout;
    inputs = next;
    if (whole && wholeExtent(whole.layout, domain) && rest.every((v, i) => v === whole!.inputs[i])) return (layout = whole.layout);
    const words = { locale: lang.locale, words: lang.messages.layout, dates: lang.dates };
    // The layout before is passed on: a zoom keeps the events the reader was looking at. The whole
    // extent is drawn afresh, so "Show all" is always the picture the page loaded with (and the
    // server drew), however the reader explored before.
    const previous = layout && !wholeExtent(layout, domain) ? { previous: layout } : {};
    layout = layoutLoaded(timeline, { width: w, height: options.height, domain, ...words, measure, overview: options.overview, calendar: options.calendar, timeDirection: options.timeDirection, breaks: options.breaks, ...previous });
    if (wholeExtent(layout, domain)) whole = { layout, inputs: rest };
    return layout;
  };
  const relayout = (domain: [number, number]): TimelineLayout => {
    const before = layout;
    const now = layoutFor(domain);
    if (before && !sameGeometry(before, now)) geometry();
    return now;
  };
  return { layoutFor, relayout, last: () => layout };
}

// A zoom transform read back gives the extent give or take a rounding.
function wholeExtent(layout: TimelineLayout, [from, to]: [number, number]): boolean {
  const [a, b] = layout.extent;
  const slack = (b - a) * 1e-9;
  return from <= a + slack && to >= b - slack;
}

function sameGeometry(a: TimelineLayout, b: TimelineLayout): boolean {
  const same = (p: readonly number[] = [], q: readonly number[] = []) => p.length === q.length && p.every((v, i) => v === q[i]);
  return a.width === b.width && a.plot.x === b.plot.x && a.extent[0] === b.extent[0] && a.extent[1] === b.extent[1] && a.timeDirection === b.timeDirection && same(a.pieces?.domain, b.pieces?.domain) && same(a.pieces?.range, b.pieces?.range);
}

/**
 * What the zoom behaviour needs of a layout: the plot, the height, the extent and the shortest span.
 *
 * @example
 * ```ts
 * zoom.setGeometry(zoomGeometryOf(layout));
 * ```
 */
export function zoomGeometryOf(l: TimelineLayout): ZoomGeometry {
  return { plotX: l.plot.x, plotWidth: l.plot.width, height: l.height, extent: l.extent, minSpan: l.minSpan, rtl: l.timeDirection === "rtl", ...(l.pieces ? { pieces: l.pieces } : {}) };
}

// Focus into the card (its first choice, else its close button), onto the chart, an item, or the
// item now holding an event (which is a focus step of its own: the tab stop moves there).
function moveFocus(root: HTMLElement, prefix: string, layout: TimelineLayout | undefined, words: Words, state: ViewState, effect: Extract<Effect, { type: "focus" }>): Step | undefined {
  if (effect.to === "card") root.querySelector<HTMLElement>(".cl-card .cl-card-pick, .cl-card .cl-card-close")?.focus();
  else if (effect.to === "chart") root.querySelector<SVGSVGElement>("svg.cl-svg")?.focus();
  else if (effect.to === "item") root.ownerDocument.getElementById(domId(prefix, effect.id))?.focus();
  else if (effect.to === "source") root.ownerDocument.getElementById(`${prefix}-source-${effect.n}`)?.focus();
  else if (effect.to === "slide" || effect.to === "slide-button") focusInSlide(root, effect);
  else if (effect.to === "page") {
    const other = effect.button === "prev" ? "next" : "prev";
    const pager = root.querySelector(`.cl-pager[data-list="${effect.list}"]`);
    const target = pager?.querySelector<HTMLButtonElement>(`.cl-pager-${effect.button}:not(:disabled)`) ?? pager?.querySelector<HTMLButtonElement>(`.cl-pager-${other}`);
    target?.focus();
  }
  else if (effect.to === "event") {
    const item = layout && itemShowing(layout, effect.id, words);
    if (item) return focus(state, item.id);
  }
  return undefined;
}
