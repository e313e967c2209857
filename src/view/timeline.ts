/**
 * `createTimeline`: the browser timeline. It holds the view's state, turns the reader's input
 * into the pure transitions of `state.ts`, and on every change lays out, builds the scene and
 * patches it into the page. Everything drawn comes from the scene; nothing here writes markup.
 *
 * @module
 */
import { select as d3Select } from "d3-selection";
import { attachBrush } from "../interact/brush.js";
import { attachZoom } from "../interact/zoom.js";
import { clampDomain, extentOf } from "../layout/layout.js";
import type { TimelineLayout } from "../layout/types.js";
import { exportPng, exportSvg } from "../write/export.js";
import { readHash, followHash, hashOf } from "./hash.js";
import { createRenderer } from "./render.js";
import { bindInput } from "./input.js";
import type { TimelineEvents, TimelineHandle, TimelineOptions } from "./types.js";
import { initialState, zoomed, type Effect, type Step, type ViewState } from "./state.js";
import { checked, initialWindow, loadFor } from "./options.js";

export type { TimelineEvents, TimelineHandle, TimelineOptions } from "./types.js";
export { readHash } from "./hash.js";

const HASH_DELAY = 200;
let instances = 0;

/**
 * Draw a timeline into `element` (which should be empty, or hold `renderToString` output to take
 * over), and return a handle to change and follow it.
 *
 * @example
 * ```ts
 * const tl = createTimeline(document.getElementById("timeline")!, { data: csvText, hash: true });
 * tl.on("select", ({ event }) => console.log(event?.title));
 * ```
 */
export function createTimeline(element: HTMLElement, initial: TimelineOptions = {}): TimelineHandle {
  const doc = element.ownerDocument;
  let options: TimelineOptions = { ...initial };
  // Checked before anything is drawn, so a bad value leaves the element as it was.
  checked(options);
  let { timeline, diagnostics } = loadFor(options);
  const linked = options.hash ? readHash(doc.defaultView?.location.hash ?? "") : undefined;
  let state: ViewState = initialState(linked?.window ? clampDomain(linked.window, extentOf(timeline)) : initialWindow(timeline, options), options.view);
  const listeners = new Map<keyof TimelineEvents, Set<(detail: never) => void>>();
  const emit = <K extends keyof TimelineEvents>(type: K, detail: TimelineEvents[K]) => listeners.get(type)?.forEach((fn) => (fn as (d: TimelineEvents[K]) => void)(detail));
  const hash = followHash(doc.defaultView, HASH_DELAY);

  const renderer = createRenderer(element, `cl${++instances}`, () => ({ timeline, options, state }), (layout, duration) => {
    if (options.hash) hash.schedule(() => hashOf(layout.domain, state.selected));
    emit("render", { layout, duration });
  }, () => (state = renderer.render(state)));
  const context = () => renderer.context();
  state = renderer.render(state);
  const svg = renderer.svg();
  const zoom = attachZoom(svg, renderer.zoomGeometry(), (next, byUser) => {
    // Setting the transform to where it already is (at creation, after a resize) is no zoom.
    const span = Math.max(1, state.domain[1] - state.domain[0]);
    if (Math.abs(next[0] - state.domain[0]) < span * 1e-9 && Math.abs(next[1] - state.domain[1]) < span * 1e-9) return;
    const step = zoomed(state, context(), next, byUser);
    state = step.state;
    renderer.schedule();
    emit("zoom", { domain: state.domain });
    run(step.effects);
  });
  renderer.onGeometry(() => zoom.setGeometry(renderer.zoomGeometry()));
  zoom.show(state.domain, false);
  const brush = attachBrush(d3Select(renderer.overview()), (next) => zoom.show(clampDomain(next, renderer.layout().extent), false));
  renderer.onDrawn((layout) => brush.update(layout.overview, layout.extent));
  brush.update(renderer.layout().overview, renderer.layout().extent);

  const input = bindInput(renderer.root(), {
    layout: () => renderer.layout(),
    state: () => state,
    context,
    apply: (step) => apply(step),
    zoomBy: (k, anchor) => zoom.scaleBy(k, anchor),
    showAll: () => zoom.show(renderer.layout().extent),
    toggleView: () => handle.update({ view: options.view === "list" ? "chart" : "list" }),
  });
  if (linked?.id && timeline.events.some((e) => e.id === linked.id)) input.select(linked.id);

  function apply(step: Step): void {
    state = renderer.render(step.state);
    run(step.effects);
  }

  function run(effects: readonly Effect[]): void {
    for (const effect of effects) {
      if (effect.type === "zoom") {
        zoom.show(effect.domain, effect.animate);
        // A jump (no animation) is drawn now, so what follows finds the new layout.
        if (!effect.animate) state = renderer.render(state);
      } else if (effect.type === "emit") {
        if (effect.event === "select") emit("select", { id: state.selected, event: state.selected === null ? null : (context().words.byId(state.selected) ?? null) });
        else emit("focus", { id: state.focused });
      } else {
        const step = renderer.focus(state, effect);
        if (step) apply(step);
      }
    }
  }

  const handle: TimelineHandle = {
    update(next) {
      checked(next);
      options = { ...options, ...next };
      if ("view" in next) state = { ...state, view: options.view ?? "chart" };
      if ("data" in next || "timeline" in next || "format" in next) {
        ({ timeline, diagnostics } = loadFor(options));
        // New data opens on its own window, with nothing chosen.
        const fresh = initialWindow(timeline, options);
        state = initialState(fresh, options.view);
        // The zoom is fitted to the new extent before it reports anything; the drawing waits for the frame.
        renderer.relayout(state.domain);
        zoom.show(fresh, false);
      } else if ("window" in next && next.window) {
        zoom.show(clampDomain([+next.window[0], +next.window[1]], renderer.layout().extent), false);
      }
      renderer.schedule();
    },
    zoomTo(target) {
      const layout = renderer.layout();
      if (typeof target !== "string") return zoom.show(clampDomain([+target[0], +target[1]], layout.extent));
      const event = context().words.byId(target);
      if (!event) return;
      const lo = event.start.earliest;
      const hi = (event.end ?? event.start).latest;
      const pad = Math.max((hi - lo) * 0.25, layout.minSpan);
      zoom.show([lo - pad, hi + pad]);
    },
    select(id) {
      input.select(id);
    },
    on(type, listener) {
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
    get layout(): TimelineLayout {
      return renderer.layout();
    },
    get timeline() {
      return timeline;
    },
    get diagnostics() {
      return diagnostics;
    },
    toSVG: () => exportSvg(renderer.svg()),
    toPNG: (o = {}) => exportPng(renderer.svg(), o.scale ?? 2),
    destroy() {
      input.destroy();
      hash.stop();
      zoom.destroy();
      brush.destroy();
      renderer.destroy();
      listeners.clear();
    },
  };
  return handle;
}
