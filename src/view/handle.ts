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
import type { followHash } from "./hash.js";
import type { bindInput } from "./input.js";
import { checkTimelineOptions } from "../options.js";
import { openingState } from "./opening.js";
import { loadFor, openingView } from "./options.js";
import type { Renderer } from "./render.js";
import type { Step, ViewState } from "./state.js";
import { setView } from "./story.js";
import type { TimelineEvents, TimelineHandle, TimelineOptions } from "./types.js";

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
      const reload = "data" in next || "timeline" in next || "format" in next;
      if ("view" in next && !reload) ctl.apply(setView(ctl.state, ctl.renderer.context(), openingView(ctl.options, ctl.format)));
      if (reload) {
        ({ timeline: ctl.timeline, diagnostics: ctl.diagnostics, format: ctl.format } = loadFor(ctl.options));
        // New data opens on its own window (or its story's first slide), with nothing chosen; the
        // zoom is fitted to the new extent before it reports anything, and the drawing waits for the frame.
        const opening = openingState(ctl.timeline, ctl.options, ctl.format);
        ctl.state = opening;
        ctl.renderer.relayout(opening.domain);
        // Fitting the zoom to the new geometry keeps the old window and reports it: the new data
        // still opens on its own.
        ctl.state = opening;
        ctl.zoom.show(opening.domain, false);
      } else if ("window" in next && next.window) {
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
    toSVG: () => exportSvg(ctl.renderer.svg()),
    toPNG: (o = {}) => exportPng(ctl.renderer.svg(), o.scale ?? 2),
    destroy() {
      ctl.input.destroy();
      ctl.hash.stop();
      ctl.zoom.destroy();
      ctl.brush.destroy();
      ctl.renderer.destroy();
      ctl.listeners.clear();
    },
  };
}
