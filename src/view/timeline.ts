import type { Locale } from "date-fns";
import { select } from "d3-selection";
import type { Diagnostic } from "../diagnostics.js";
import { anchorOf, keyAction } from "../interact/keys.js";
import { attachBrush } from "../interact/brush.js";
import { attachZoom, type ZoomControl } from "../interact/zoom.js";
import { ITEM } from "../layout/items.js";
import { clampDomain, clusterWindow, extentOf, layoutTimeline, reachesInto } from "../layout/layout.js";
import { estimateWidth, type Measure } from "../layout/measure.js";
import type { ItemLayout, TimelineLayout } from "../layout/types.js";
import { loadTimeline } from "../load.js";
import { citationText, type CitationText } from "../model/citation.js";
import { describeSpan, spanPrecisionWords } from "../model/date-words.js";
import { createCard, type Card } from "../render/card.js";
import { appendRuns } from "../render/citation.js";
import { exportPng, exportSvg } from "../render/export.js";
import { createLists, type ListEntry, type Lists } from "../render/list.js";
import { domId } from "../render/items.js";
import { headingLevels } from "../render/markup.js";
import { createSvg, drawLayout, type SvgParts } from "../render/svg.js";
import type { InputFormat, Timeline, TimelineEvent } from "../types.js";

/**
 * Options of {@link createTimeline}; every one can be changed later with `update`.
 *
 * @example
 * ```ts
 * import { de } from "date-fns/locale/de";
 * createTimeline(element, {
 *   data: csvText, height: 480, locale: de, theme: "auto", label: "Maliki in Tehran",
 *   window: [new Date("2008-06-01"), new Date("2008-07-01")], hash: true,
 * });
 * ```
 */
export interface TimelineOptions {
  /** The data: native JSON text or object, CSV text, or TimelineJS JSON. Read with `loadTimeline`. */
  data?: unknown;
  /** Format of `data`; default `auto`. */
  format?: InputFormat;
  /** An already loaded timeline, instead of `data`. */
  timeline?: Timeline;
  /** Height in px; default 420. The width follows the element. */
  height?: number;
  /** date-fns locale for axis labels and dates in words; default en-GB. */
  locale?: Locale;
  /** The window to show first, as UTC ms or Dates; default the whole timeline. */
  window?: [number | Date, number | Date];
  /** Accessible name of the chart; default the timeline's title. */
  label?: string;
  /** Show the overview strip; default true. */
  overview?: boolean;
  /** Colour theme: "light", "dark", or "auto" to follow the reader's system; default "light". */
  theme?: "light" | "dark" | "auto";
  /** Which view leads: the chart with the event list under it (default), or the list alone. */
  view?: "chart" | "list";
  /**
   * Keep the visible window and the selected event in the page's URL hash (`#cl=start,end,id`),
   * so a shared link opens on the same view. Off by default; one timeline per page should use it.
   */
  hash?: boolean;
  /** Text measure for labels; default the canvas in a browser, a width table elsewhere. */
  measure?: Measure;
  /**
   * Level of the "Events" and "Sources" headings and of the card's title, 1 to 6 (the card's
   * "Sources" is one lower); default 3. Choose the level that follows the page's own headings.
   * Anything else throws a RangeError.
   */
  headingLevel?: number;
}

/**
 * What each event of the handle passes to its listeners.
 *
 * @example
 * ```ts
 * handle.on("zoom", ({ domain }) => console.log(new Date(domain[0]), new Date(domain[1])));
 * handle.on("render", ({ duration }) => console.log(`drawn in ${duration} ms`));
 * ```
 */
export interface TimelineEvents {
  select: { id: string | null; event: TimelineEvent | null };
  zoom: { domain: [number, number] };
  focus: { id: string | null };
  /** After each render: the layout drawn, and how long layout and drawing took, ms. */
  render: { layout: TimelineLayout; duration: number };
}

/**
 * The handle {@link createTimeline} returns.
 *
 * @example
 * ```ts
 * const handle = createTimeline(element, { data: csvText });
 * handle.select(handle.timeline.events[0]?.id ?? null);
 * const svg = handle.toSVG();
 * handle.destroy();
 * ```
 */
export interface TimelineHandle {
  /** Change options; several calls in one frame make one relayout and one render. */
  update(options: Partial<TimelineOptions>): void;
  /** Show a window (UTC ms or Dates) or an event (by id). */
  zoomTo(target: [number | Date, number | Date] | string): void;
  /** Select an event and open its card; `null` closes it. */
  select(id: string | null): void;
  /** Listen to an event; returns a function that stops listening. */
  on<K extends keyof TimelineEvents>(type: K, listener: (detail: TimelineEvents[K]) => void): () => void;
  /** The current layout. */
  readonly layout: TimelineLayout;
  /** The loaded timeline. */
  readonly timeline: Timeline;
  /** Problems found while loading `data`. */
  readonly diagnostics: Diagnostic[];
  /** The drawing as a self-contained SVG document (styles as attributes, fonts named, not fetched). */
  toSVG(): string;
  /** The drawing as a PNG, `scale` times its CSS size (default 2). */
  toPNG(options?: { scale?: number }): Promise<Blob>;
  /** Remove everything this timeline added: nodes, listeners, observers. */
  destroy(): void;
}

const DEFAULT_WIDTH = 800;
const LIST_LIMIT = 500;
const HASH_DELAY = 200;
let instances = 0;

/**
 * Draw a zoomable, accessible SVG timeline into `element`.
 *
 * @example
 * ```ts
 * import { createTimeline } from "citeline";
 * const tl = createTimeline(document.querySelector("#timeline")!, { data: csvText, height: 420 });
 * tl.on("select", ({ event }) => console.log(event?.title));
 * tl.zoomTo([Date.UTC(2008, 5, 1), Date.UTC(2008, 8, 1)]);
 * ```
 */
export function createTimeline(element: HTMLElement, initial: TimelineOptions = {}): TimelineHandle {
  const doc = element.ownerDocument;
  const prefix = `cl${++instances}`;
  let options: TimelineOptions = { ...initial };
  // Checked before anything is drawn, so a bad value leaves the element as it was.
  const { main: level } = headingLevels(options.headingLevel);
  let { timeline, diagnostics } = load(options);
  const linked = options.hash ? readHash(doc.defaultView?.location.hash ?? "") : undefined;
  let domain: [number, number] = linked?.window ? clampDomain(linked.window, extentOf(timeline)) : initialWindow(timeline, options);
  let selected: string | null = null;
  let focused: string | null = null;
  let highlighted: ReadonlySet<string> = new Set();
  let frame = 0;
  const listeners = new Map<keyof TimelineEvents, Set<(detail: never) => void>>();
  const emit = <K extends keyof TimelineEvents>(type: K, detail: TimelineEvents[K]) =>
    listeners.get(type)?.forEach((fn) => (fn as (d: TimelineEvents[K]) => void)(detail));

  const root = select(element).append("div").attr("class", "citeline").attr("data-theme", options.theme ?? "light");
  const toolbar = root.append("div").attr("class", "cl-toolbar").attr("role", "toolbar").attr("aria-label", "Timeline zoom");
  const stage = root.append("div").attr("class", "cl-stage");
  const status = root.append("p").attr("class", "cl-status").attr("aria-live", "polite");
  const parts: SvgParts = createSvg(stage.node()!, prefix);
  const card: Card = createCard(stage.node()!, prefix, () => closeCard(), level);
  // The source whose events are highlighted (from the sources list), or null.
  let sourceShown: number | null = null;
  let hashTimer: ReturnType<typeof setTimeout> | undefined;
  // The words of the list, worked out once per timeline and locale: the list is redrawn as the
  // window moves, but an event's entry and the sources never change with it.
  let words: { timeline: Timeline; locale: Locale | undefined; entries: Map<TimelineEvent, ListEntry>; sources: CitationText[] } | undefined;
  let drawnKey = "";
  const lists: Lists = createLists(root.append("div").attr("class", "cl-lists").node()!, prefix, (id) => selectEvent(id), (n) => highlightSource(n), level);
  // Server-rendered markup (renderToString) in the element is taken over: the same width table
  // measures here as on the server, so the layout is the same and the swap, made before the
  // browser paints, shows no jump.
  const served = element.querySelector<HTMLElement>(":scope > .citeline[data-citeline-ssr]");
  const measure = options.measure ?? (served ? estimateWidth : browserMeasure(doc, root.node()!));

  let observedWidth: number | undefined;
  let layout = computeLayout();
  const zoom: ZoomControl = attachZoom(parts.svg.node()!, zoomGeometry(), (next, byUser) => {
    // Setting the transform to where it already is (at creation, after a resize) is no zoom.
    const span = Math.max(1, domain[1] - domain[0]);
    if (Math.abs(next[0] - domain[0]) < span * 1e-9 && Math.abs(next[1] - domain[1]) < span * 1e-9) return;
    domain = next;
    scheduleRender();
    emit("zoom", { domain });
    if (byUser && selected !== null) selectEvent(null);
  });
  zoom.show(domain, false);
  const brush = attachBrush(parts.overview, (next) => zoom.show(clampDomain(next, layout.extent), false));

  for (const [name, text, act] of [
    ["zoom-out", "−", () => zoom.scaleBy(0.5)],
    ["zoom-in", "+", () => zoom.scaleBy(2)],
    ["reset", "Show all", () => zoom.show(layout.extent)],
    ["view", "List", () => handle.update({ view: options.view === "list" ? "chart" : "list" })],
  ] as const) {
    toolbar
      .append("button")
      .attr("type", "button")
      .attr("class", `cl-button cl-${name}`)
      // Symbols get a name in words; buttons with words are named by them (WCAG 2.5.3, label in name).
      .attr("aria-label", name === "zoom-in" ? "Zoom in" : name === "zoom-out" ? "Zoom out" : null)
      .text(text)
      .on("click", act);
  }

  parts.items
    .on("click", (event: MouseEvent) => {
      const item = itemAt(event.target);
      if (item) activate(item);
    })
    .on("focusin", (event: FocusEvent) => {
      const item = itemAt(event.target);
      if (item && item.id !== focused) {
        focused = item.id;
        render();
        emit("focus", { id: focused });
      }
    });
  parts.svg.on("keydown", (event: KeyboardEvent) => onKey(event));
  card.root.on("keydown", (event: KeyboardEvent) => {
    if (event.key === "Escape") closeCard();
  });

  const resize = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(() => {
    observedWidth = element.clientWidth || DEFAULT_WIDTH;
    if (Math.round(observedWidth) !== layout.width) scheduleRender();
  });
  resize?.observe(element);
  render(false);
  served?.remove();
  if (linked?.id && timeline.events.some((e) => e.id === linked.id)) selectEvent(linked.id);

  function load(o: TimelineOptions): { timeline: Timeline; diagnostics: Diagnostic[] } {
    if (o.timeline) return { timeline: o.timeline, diagnostics: [] };
    return loadTimeline(o.data ?? { events: [] }, { format: o.format ?? "auto" });
  }

  // Reading clientWidth on every render forced a layout right after the card and lists changed
  // (most of select()'s time); the observer says when the width changes, so it is read then.
  function widthOf(): number {
    return observedWidth ?? (element.clientWidth || DEFAULT_WIDTH);
  }

  function computeLayout(): TimelineLayout {
    return layoutTimeline(timeline, {
      width: Math.round(widthOf()),
      height: options.height,
      domain,
      locale: options.locale,
      measure,
      overview: options.overview,
    });
  }

  function zoomGeometry() {
    return { plotX: layout.plot.x, plotWidth: layout.plot.width, height: layout.height, extent: layout.extent, minSpan: layout.minSpan };
  }

  function scheduleRender(): void {
    if (frame) return;
    const win = doc.defaultView;
    const run = () => {
      frame = 0;
      render();
    };
    frame = win?.requestAnimationFrame ? win.requestAnimationFrame(run) : (setTimeout(run, 16) as unknown as number);
  }

  function render(fresh = true): void {
    const started = performance.now();
    const before = layout;
    if (fresh) layout = computeLayout();
    // Only a new width or extent changes what a zoom transform means; resetting it otherwise would
    // cut short a zoom animation in progress.
    if (before.width !== layout.width || before.plot.x !== layout.plot.x || before.extent[0] !== layout.extent[0] || before.extent[1] !== layout.extent[1]) {
      zoom.setGeometry(zoomGeometry());
    }
    if (!layout.items.some((i) => i.id === focused)) focused = firstInOrder(layout.items)?.id ?? null;
    const title = options.label ?? timeline.title ?? "Timeline";
    const itemsNode = parts.items.node();
    const hadFocus = itemsNode?.contains(doc.activeElement) ?? false;
    drawLayout(parts, layout, { selected, focused, highlighted }, { title, description: describe() });
    // The focused event left the view (or joined a cluster): focus moves with the tab stop rather
    // than falling back to the page.
    if (hadFocus && !itemsNode?.contains(doc.activeElement) && focused) {
      (doc.getElementById(domId(prefix, focused)) as (SVGGElement & { focus(): void }) | null)?.focus();
    }
    drawLists();
    parts.svg.attr("tabindex", layout.items.length === 0 ? 0 : null);
    brush?.update(layout.overview, layout.extent);
    root.attr("data-theme", options.theme ?? "light");
    if (options.hash) scheduleHash();
    emit("render", { layout, duration: performance.now() - started });
  }

  function describe(): string {
    const n = timeline.events.length;
    const from = describeSpan(
      { earliest: layout.domain[0], latest: layout.domain[0], precision: "day", qualifier: "exact", edtf: "" },
      { earliest: layout.domain[1], latest: layout.domain[1], precision: "day", qualifier: "exact", edtf: "" },
      { locale: options.locale },
    );
    return `${n} event${n === 1 ? "" : "s"}, ${timeline.sources.length} source${timeline.sources.length === 1 ? "" : "s"}. Showing ${from}. Use the arrow keys to move between events, Enter to open one, plus and minus to zoom.`;
  }

  function itemAt(target: EventTarget | null): ItemLayout | undefined {
    const node = (target as Element | null)?.closest?.(".cl-item");
    const id = node?.getAttribute("data-id");
    return id == null ? undefined : layout.items.find((i) => i.id === id);
  }

  function activate(item: ItemLayout): void {
    if (item.kind !== "cluster") return selectEvent(item.id);
    const target = clusterWindow(item, layout);
    if (target) {
      zoom.show(target);
      status.text(`Zoomed in to ${item.members.length} events.`);
      return;
    }
    // Zooming cannot pull these apart (they share their dates): list them instead.
    const members = item.members.flatMap((id) => timeline.events.find((e) => e.id === id) ?? []);
    card.openList(
      `${members.length} events at the same time`,
      members.map((e) => ({ id: e.id, title: e.title, when: e.displayDate ?? describeSpan(e.start, e.end, { locale: options.locale }) })),
      (id) => selectEvent(id),
      item.x0,
      item.y + 18,
      layout.width,
    );
    (card.root.select(".cl-card-pick").node() as HTMLButtonElement | null)?.focus();
  }

  function wordsOf(): NonNullable<typeof words> {
    if (!words || words.timeline !== timeline || words.locale !== options.locale) {
      const locale = options.locale;
      words = { timeline, locale, entries: new Map(), sources: timeline.sources.flatMap((s) => citationText(timeline, s.id, { locale }) ?? []) };
    }
    return words;
  }

  function entryOf(e: TimelineEvent, cache: Map<TimelineEvent, ListEntry>, citedBy: Map<string, number>): ListEntry {
    let entry = cache.get(e);
    if (!entry) {
      entry = {
        id: e.id,
        title: e.title,
        when: e.displayDate ?? describeSpan(e.start, e.end, { locale: options.locale }),
        datetime: e.end ? `${e.start.edtf}/${e.end.edtf}` : e.start.edtf,
        precision: spanPrecisionWords(e.start, e.end),
        ...(e.description ? { description: e.description } : {}),
        citations: e.sources.map((id) => citedBy.get(id) ?? 0),
      };
      cache.set(e, entry);
    }
    return entry;
  }

  // The list follows the window: the events in view, in time order (at most LIST_LIMIT of them, so
  // the page stays light whatever the number of events); the sources list has every source.
  // It is redrawn only when what it shows changes, not on every frame of a zoom.
  function drawLists(): void {
    const [from, to] = layout.domain;
    // With the chart hidden, the list is the whole timeline.
    const inView = options.view === "list" ? timeline.events : timeline.events.filter((e) => reachesInto(e, from, to));
    const shown = inView.slice(0, LIST_LIMIT);
    const key = [options.view, selected, sourceShown, [...highlighted].join(" "), inView.length, ...shown.map((e) => e.id)].join("\u0000");
    if (key === drawnKey && words?.timeline === timeline && words.locale === options.locale) return;
    drawnKey = key;
    const { entries, sources } = wordsOf();
    const citedBy = new Map(timeline.sources.map((s) => [s.id, s.number]));
    const selectedEvent = timeline.events.find((e) => e.id === selected);
    lists.draw(shown.map((e) => entryOf(e, entries, citedBy)), sources, {
      selected,
      highlighted,
      cited: new Set(selectedEvent?.sources.map((id) => citedBy.get(id) ?? 0) ?? []),
      inView: new Set(shown.map((e) => e.id)),
      source: sourceShown,
    });
    root.classed("cl-list-primary", options.view === "list");
    root.select(".cl-view").attr("aria-pressed", options.view === "list" ? "true" : "false");
    if (inView.length > LIST_LIMIT) status.text(`The list shows the first ${LIST_LIMIT} of ${inView.length} events in view; zoom in for the rest.`);
  }

  // The address follows the view once it settles: browsers throttle history updates made on every
  // frame of a zoom (and warn about it).
  function scheduleHash(): void {
    clearTimeout(hashTimer);
    hashTimer = setTimeout(writeHash, HASH_DELAY);
  }

  function writeHash(): void {
    const win = doc.defaultView;
    if (!win) return;
    const [a, b] = layout.domain.map((ms) => Math.round(ms));
    const next = `#cl=${a},${b}${selected ? `,${encodeURIComponent(selected)}` : ""}`;
    if (win.location.hash !== next) win.history.replaceState(win.history.state, "", next);
  }

  // Choosing a source highlights every event that cites it, in the chart and in the list.
  function highlightSource(n: number | null): void {
    sourceShown = n;
    const source = timeline.sources.find((s) => s.number === n);
    highlighted = new Set(source ? timeline.events.filter((e) => e.sources.includes(source.id)).map((e) => e.id) : selected ? [selected] : []);
    render(false);
    status.text("");
    // The publisher is the user's text, isolated so it cannot reorder the sentence around it.
    if (source) appendRuns(status.node()!, [`${highlighted.size} event${highlighted.size === 1 ? "" : "s"} cite `, { user: source.publisher }, "."]);
  }

  function selectEvent(id: string | null): void {
    const event = id === null ? undefined : timeline.events.find((e) => e.id === id);
    selected = event ? event.id : null;
    // Choosing an event ends a source's highlight: one highlight at a time.
    sourceShown = null;
    highlighted = new Set(selected ? [selected] : []);
    if (!event) {
      card.close();
    } else {
      const item = layout.items.find((i) => i.id === event.id);
      const x = item ? item.x0 : layout.plot.x;
      const y = item ? item.y + ITEM.barHeight / 2 + 6 : layout.plot.y;
      card.open(
        {
          id: event.id,
          title: event.title,
          when: event.displayDate ?? describeSpan(event.start, event.end, { locale: options.locale }),
          precision: spanPrecisionWords(event.start, event.end),
          ...(event.description ? { description: event.description } : {}),
          citations: event.sources.flatMap((s) => citationText(timeline, s, { locale: options.locale }) ?? []),
        },
        x,
        y,
        layout.width,
      );
      (card.root.select("button").node() as HTMLButtonElement | null)?.focus();
    }
    render();
    emit("select", { id: selected, event: event ?? null });
  }

  function closeCard(): void {
    const id = card.openId;
    selectEvent(null);
    if (!id) return;
    // Back to the event, or to the cluster now holding it, or else to the timeline's tab stop.
    const item = layout.items.find((i) => i.id === id || (i.kind === "cluster" && i.members.includes(id)));
    const target = item?.id ?? focused;
    if (target) focusItem(target);
    else parts.svg.node()?.focus();
  }

  function focusItem(id: string): void {
    focused = id;
    render();
    const node = doc.getElementById(domId(prefix, id)) as (SVGGElement & { focus(): void }) | null;
    node?.focus();
    emit("focus", { id });
  }

  function onKey(event: KeyboardEvent): void {
    const action = keyAction(event.key, layout.items, layout.lanes, focused);
    if (action.type === "none") return;
    event.preventDefault();
    switch (action.type) {
      case "focus":
        return focusItem(action.id);
      case "open": {
        const item = layout.items.find((i) => i.id === action.id);
        if (item) activate(item);
        return;
      }
      case "close":
        return closeCard();
      case "zoom": {
        // Zoom around the focused event, so it stays in view and keeps the focus.
        const item = layout.items.find((i) => i.id === focused);
        return zoom.scaleBy(action.factor, item ? anchorOf(item) : undefined);
      }
      case "reset":
        return zoom.show(layout.extent);
      case "beyond":
        return goBeyond(action.direction, action.from);
    }
  }

  // The next event in time past the edge of the view: pan to it, keeping the zoom, and focus it.
  function goBeyond(direction: 1 | -1, from: string | null): void {
    const current = layout.items.find((i) => i.id === from);
    const x = current ? anchorOf(current) : direction > 0 ? layout.plot.x : layout.plot.x + layout.plot.width;
    const at = layout.domain[0] + ((x - layout.plot.x) / layout.plot.width) * (layout.domain[1] - layout.domain[0]);
    const inView = new Set(layout.items.flatMap((i) => (i.kind === "cluster" ? i.members : [i.id])));
    const candidates = timeline.events.filter((e) => !inView.has(e.id) && (direction > 0 ? e.start.earliest > at : e.start.earliest < at));
    const next = direction > 0 ? candidates[0] : candidates[candidates.length - 1];
    if (!next) {
      status.text(direction > 0 ? "That is the last event." : "That is the first event.");
      return;
    }
    const span = layout.domain[1] - layout.domain[0];
    const mid = (next.start.earliest + (next.end ?? next.start).latest) / 2;
    zoom.show(clampDomain([mid - span / 2, mid + span / 2], layout.extent), false);
    render();
    const item = layout.items.find((i) => i.id === next.id || (i.kind === "cluster" && i.members.includes(next.id)));
    if (item) focusItem(item.id);
  }

  const handle: TimelineHandle = {
    update(next) {
      if ("headingLevel" in next) {
        const { main } = headingLevels(next.headingLevel);
        lists.setHeadingLevel(main);
        card.setHeadingLevel(main);
      }
      options = { ...options, ...next };
      if ("data" in next || "timeline" in next || "format" in next) {
        ({ timeline, diagnostics } = load(options));
        selected = null;
        card.close();
        // New data opens on its own window: keep it aside, since re-fitting the zoom to the new
        // extent reports the old window (clamped) through the zoom callback first.
        const fresh = initialWindow(timeline, options);
        domain = fresh;
        layout = computeLayout();
        zoom.setGeometry(zoomGeometry());
        domain = fresh;
        zoom.show(fresh, false);
        layout = computeLayout();
      } else if ("window" in next && next.window) {
        zoom.show(clampDomain([+next.window[0], +next.window[1]], layout.extent), false);
      }
      scheduleRender();
    },
    zoomTo(target) {
      if (typeof target === "string") {
        const event = timeline.events.find((e) => e.id === target);
        if (!event) return;
        const lo = event.start.earliest;
        const hi = (event.end ?? event.start).latest;
        const pad = Math.max((hi - lo) * 0.25, layout.minSpan);
        zoom.show([lo - pad, hi + pad]);
      } else {
        zoom.show(clampDomain([+target[0], +target[1]], layout.extent));
      }
    },
    select(id) {
      selectEvent(id);
    },
    on(type, listener) {
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
    get layout() {
      return layout;
    },
    get timeline() {
      return timeline;
    },
    get diagnostics() {
      return diagnostics;
    },
    toSVG() {
      return exportSvg(parts.svg.node()!);
    },
    toPNG(o = {}) {
      return exportPng(parts.svg.node()!, o.scale ?? 2);
    },
    destroy() {
      const win = doc.defaultView;
      parts.items.on("click", null).on("focusin", null);
      parts.svg.on("keydown", null);
      card.root.on("keydown", null);
      lists.destroy();
      root.selectAll("button").on("click", null);
      if (frame) win?.cancelAnimationFrame?.(frame);
      clearTimeout(hashTimer);
      resize?.disconnect();
      zoom.destroy();
      brush.destroy();
      root.remove();
      listeners.clear();
    },
  };
  return handle;
}


/** The view a deep link names: `#cl=start,end[,event id]`, times in UTC ms. */
export function readHash(hash: string): { window?: [number, number]; id?: string } | undefined {
  const m = /(?:^#|&)cl=(-?\d+),(-?\d+)(?:,([^&]*))?/.exec(hash);
  if (!m) return undefined;
  const window: [number, number] = [Number(m[1]), Number(m[2])];
  const out: { window?: [number, number]; id?: string } = {};
  if (Number.isFinite(window[0]) && Number.isFinite(window[1]) && window[0] < window[1]) out.window = window;
  if (m[3]) {
    try {
      out.id = decodeURIComponent(m[3]);
    } catch {
      // A mangled id is no id: the link still opens on its window.
    }
  }
  return out;
}

function initialWindow(timeline: Timeline, options: TimelineOptions): [number, number] {
  const extent = extentOf(timeline);
  return options.window ? clampDomain([+options.window[0], +options.window[1]], extent) : extent;
}

function firstInOrder(items: readonly ItemLayout[]): ItemLayout | undefined {
  return [...items].sort((a, b) => anchorOf(a) - anchorOf(b) || a.y - b.y)[0];
}

// In a browser, measure with the real font through a canvas; elsewhere (jsdom, Node) fall back
// to the width table, which jsdom's missing canvas would otherwise turn into console errors.
// Widths are summed per character, each measured once: measureText on every label cost more than
// the rest of the layout for large timelines, and kerning changes a label by a pixel or two.
function browserMeasure(doc: Document, root: HTMLElement): Measure {
  const win = doc.defaultView;
  if (!win || /jsdom/i.test(win.navigator.userAgent)) return estimateWidth;
  const context = doc.createElement("canvas").getContext("2d");
  if (!context) return estimateWidth;
  const family = win.getComputedStyle(root).fontFamily || "sans-serif";
  // Titles are semi-bold: measuring everything at that weight never under-measures.
  context.font = `600 ${REFERENCE_SIZE}px ${family}`;
  const widths = new Map<string, number>();
  return (text, size) => {
    let total = 0;
    for (const ch of text) {
      let w = widths.get(ch);
      if (w === undefined) {
        w = context.measureText(ch).width;
        widths.set(ch, w);
      }
      total += w;
    }
    return (total * size) / REFERENCE_SIZE;
  };
}

const REFERENCE_SIZE = 100;
