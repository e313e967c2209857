/**
 * The handle `createTimeline` returns: what a page can ask of a timeline (change its options,
 * zoom, select, listen, export, destroy), each in terms of the controller's parts.
 *
 * @module
 */
import type { Diagnostic } from "../diagnostics.js";
import type { OverviewBrush } from "../interact/brush.js";
import type { ZoomControl } from "../interact/zoom.js";
import { clampDomain } from "../layout/layout.js";
import type { ReadFormat, Timeline } from "../types.js";
import { exportPng, exportSvg } from "../write/export.js";
import { completeLoad } from "./complete.js";
import type { Linked } from "./hash.js";
import type { followHash } from "./hash.js";
import type { bindInput } from "./input.js";
import { loadEn } from "../messages/load.js";
import { checkTimelineOptions, READING_OPTIONS } from "../options.js";
import { preload, storyToLoad } from "../preload.js";
import { openingState } from "./opening.js";
import { openingView } from "../options.js";
import { loadFor } from "./options.js";
import type { Renderer } from "./render.js";
import type { Step, ViewState } from "./state.js";
import type { TimelineEvents, TimelineHandle, TimelineOptions } from "./types.js";
import { setView } from "./view-change.js";

/** One timeline's live parts: what it shows, how it draws, how it listens. */
export interface Controller {
  options: TimelineOptions;
  timeline: Timeline;
  diagnostics: Diagnostic[];
  /** The format the data was read as (a TimelineJS file opens in the story). */
  format?: ReadFormat | undefined;
  state: ViewState;
  renderer: Renderer;
  zoom: ZoomControl;
  brush: OverviewBrush;
  input: ReturnType<typeof bindInput>;
  hash: ReturnType<typeof followHash>;
  listeners: Map<keyof TimelineEvents, Set<(detail: never) => void>>;
  emit<K extends keyof TimelineEvents>(type: K, detail: TimelineEvents[K]): void;
  apply(step: Step): void;
  /** Settles when the data has been read with every part it needs (./complete.ts). */
  ready: Promise<void>;
  /** How many times the data has been read: a completion for an earlier read is dropped. */
  loads: number;
  /**
   * A reader the last read lacked is loading (./complete.ts): server markup stays as it stands
   * meanwhile, and a drawing of the partial read is marked busy, its chart and lists hidden.
   */
  loading: boolean;
  /** Story mode, asked for by a press or `update`, is still loading: the chart stays meanwhile. */
  storyPending?: boolean;
  destroyed: boolean;
}

/**
 * Read the options' data again and open it as new data: on its own window (or its story's first
 * slide, or the window and event `linked` names), with nothing chosen; then load what the read
 * lacked, if anything (./complete.ts). With `reread` false the data already read is opened again
 * so: story mode, loaded, changes how it opens but not what was read.
 *
 * @example
 * ```ts
 * ctl.options = { ...ctl.options, data: csvText };
 * reloadData(ctl);
 * ```
 */
export function reloadData(ctl: Controller, linked?: Linked, reread = true): void {
  if (reread) ({ timeline: ctl.timeline, diagnostics: ctl.diagnostics, format: ctl.format } = loadFor(ctl.options));
  ctl.loads++;
  // The zoom is fitted to the new extent before it reports anything, and the drawing waits for the frame.
  const opening = openingState(ctl.timeline, ctl.options, ctl.format, linked);
  ctl.state = opening;
  ctl.renderer.relayout(opening.domain);
  // Fitting the zoom to the new geometry keeps the old window and reports it: the new data
  // still opens on its own.
  ctl.state = opening;
  ctl.zoom.show(opening.domain, false);
  ctl.ready = completeLoad(ctl, (again) => reloadData(ctl, linked, again), linked);
}

// The view the options now name. Story mode, in a browser build, may still be to load: the view
// changes once it has (if the options still name it), and `ready` settles then.
function changeView(ctl: Controller): void {
  const to = () => ctl.apply(setView(ctl.state, ctl.renderer.context(), openingView(ctl.options, ctl.format)));
  if (openingView(ctl.options, ctl.format) !== "story" || !storyToLoad()) {
    // Another view chosen meanwhile: the Story button no longer waits, though the part may still come.
    ctl.storyPending = false;
    return to();
  }
  const wanted = () => !ctl.destroyed && openingView(ctl.options, ctl.format) === "story";
  // The Story button says it is busy, and the live region what it waits for, until then.
  ctl.storyPending = true;
  const done = () => {
    ctl.storyPending = false;
    if (!ctl.destroyed) ctl.renderer.schedule();
  };
  const story = preload("story").then(
    () => {
      done();
      if (wanted()) to();
    },
    (error: unknown) => {
      done();
      console.warn(loadEn.storyLeftOut(error instanceof Error ? error.message : String(error)));
    },
  );
  // A reader still loading for the data is waited for too.
  ctl.ready = Promise.all([ctl.ready, story]).then(() => undefined);
}

/**
 * The handle of a controller.
 *
 * @example
 * ```ts
 * const handle = handleOf(ctl); handle.update({ theme: "dark" });
 * ```
 */
export function handleOf(ctl: Controller): TimelineHandle {
  return {
    update(next) {
      checkTimelineOptions(next);
      ctl.options = { ...ctl.options, ...next };
      const reload = "data" in next || "timeline" in next || READING_OPTIONS.some((name) => name in next);
      if ("view" in next && !reload) changeView(ctl);
      if (reload) reloadData(ctl);
      else if ("window" in next && next.window) {
        ctl.zoom.show(clampDomain([+next.window[0], +next.window[1]], ctl.renderer.layout().extent), false);
      }
      ctl.renderer.schedule();
    },
    zoomTo(target) {
      const layout = ctl.renderer.layout();
      if (typeof target !== "string") return ctl.zoom.show(clampDomain([+target[0], +target[1]], layout.extent));
      const event = ctl.renderer.context().words.byId(target);
      if (!event) return;
      const lo = event.start.earliest;
      const hi = (event.end ?? event.start).latest;
      const pad = Math.max((hi - lo) * 0.25, layout.minSpan);
      ctl.zoom.show([lo - pad, hi + pad]);
    },
    select: (id) => ctl.input.select(id),
    on(type, listener) {
      const set = ctl.listeners.get(type) ?? new Set();
      ctl.listeners.set(type, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
    get layout() {
      return ctl.renderer.layout();
    },
    get timeline() {
      return ctl.timeline;
    },
    get diagnostics() {
      return ctl.diagnostics;
    },
    get ready() {
      return ctl.ready;
    },
    toSVG: () => exportSvg(ctl.renderer.svg()),
    toPNG: (o = {}) => exportPng(ctl.renderer.svg(), o.scale ?? 2),
    destroy() {
      ctl.destroyed = true;
      ctl.input.destroy();
      ctl.hash.stop();
      ctl.zoom.destroy();
      ctl.brush.destroy();
      ctl.renderer.destroy();
      ctl.listeners.clear();
    },
  };
}
