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
import { clampDomain } from "../layout/layout.js";
import { completeLoad, partsLacked } from "./complete.js";
import { handleOf, reloadData, type Controller } from "./handle.js";
import { followHash, hashOf, readHash, type Linked } from "./hash.js";
import { bindInput } from "./input.js";
import { apiEn } from "../messages/api.js";
import { checkTimelineOptions } from "../options.js";
import { openingState } from "./opening.js";
import { loadFor } from "./options.js";
import { createRenderer } from "./render.js";
import { zoomed, type Effect, type Step } from "./state.js";
import type { TimelineEvents, TimelineHandle, TimelineOptions } from "./types.js";

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
  // From JavaScript the commonest mistakes are a selector for the element, and null from a
  // look-up that ran before the page held it: say so, not "cannot read ownerDocument of null".
  if (!isElement(element)) throw new TypeError(apiEn.notAnElement(element));
  const doc = element.ownerDocument;
  // Checked before anything is drawn, so a bad value leaves the element as it was.
  const options = checkTimelineOptions({ ...initial }) as TimelineOptions;
  const { timeline, diagnostics, format } = loadFor(options);
  const linked = options.hash ? readHash(doc.defaultView?.location.hash ?? "") : undefined;
  const listeners = new Map<keyof TimelineEvents, Set<(detail: never) => void>>();
  const hash = followHash(doc.defaultView, HASH_DELAY);
  const ctl = {
    options,
    timeline,
    diagnostics,
    format,
    state: openingState(timeline, options, format, linked),
    listeners,
    hash,
    loads: 0,
    loading: partsLacked({ diagnostics, options, format }, linked).length > 0,
    destroyed: false,
    ready: Promise.resolve(),
    emit: <K extends keyof TimelineEvents>(type: K, detail: TimelineEvents[K]) => listeners.get(type)?.forEach((fn) => (fn as (d: TimelineEvents[K]) => void)(detail)),
  } as Controller;
  ctl.renderer = createRenderer(element, `cl${++instances}`, () => ctl, (layout, duration) => {
    // A busy drawing (a reader or story mode still loading) is no place to link to: the link
    // the page opened with stays until the whole read is drawn.
    if (ctl.options.hash && !ctl.loading) hash.schedule(() => hashOf(layout.domain, ctl.state.selected, ctl.state.view === "story" ? ctl.state.slide : null));
    ctl.emit("render", { layout, duration });
  }, () => (ctl.state = ctl.renderer.render(ctl.state)));
  ctl.state = ctl.renderer.render(ctl.state);
  ctl.zoom = attachZoom(ctl.renderer.svg(), ctl.renderer.zoomGeometry(), (next, byUser) => onZoom(ctl, next, byUser));
  ctl.renderer.onGeometry(() => ctl.zoom.setGeometry(ctl.renderer.zoomGeometry()));
  ctl.zoom.show(ctl.state.domain, false);
  ctl.brush = attachBrush(d3Select(ctl.renderer.overview()), (next) => ctl.zoom.show(clampDomain(next, ctl.renderer.layout().extent), false));
  ctl.renderer.onDrawn((layout) => ctl.brush.update(layout.overview, layout.extent, layout.timeDirection === "rtl"));
  // Over server markup kept while a reader loads, the brush waits for the whole read's drawing.
  if (!(ctl.loading && ctl.renderer.served())) ctl.brush.update(ctl.renderer.layout().overview, ctl.renderer.layout().extent, ctl.renderer.layout().timeDirection === "rtl");
  ctl.apply = (step) => apply(ctl, step);
  ctl.input = bindInput(ctl.renderer.root(), {
    layout: () => ctl.renderer.layout(),
    state: () => ctl.state,
    context: () => ctl.renderer.context(),
    apply: (step) => ctl.apply(step),
    zoomBy: (k, anchor) => ctl.zoom.scaleBy(k, anchor),
    showAll: () => ctl.zoom.show(ctl.renderer.layout().extent),
    toggleView: (view) => handle.update({ view: ctl.state.view === view ? "chart" : view }),
  });
  const handle = handleOf(ctl);
  selectLinked(ctl, linked);
  ctl.ready = completeLoad(ctl, (reread) => {
    reloadData(ctl, linked, reread);
    selectLinked(ctl, linked);
  }, linked);
  return handle;
}

// A story opens on its linked slide already, and takes no focus as the page loads.
function selectLinked(ctl: Controller, linked: Linked | undefined): void {
  if (linked?.id && ctl.state.view !== "story" && ctl.timeline.events.some((e) => e.id === linked.id)) ctl.input.select(linked.id);
}

function onZoom(ctl: Controller, next: [number, number], byUser: boolean): void {
  const { domain } = ctl.state;
  // Setting the transform to where it already is (at creation, after a resize) is no zoom.
  const span = Math.max(1, domain[1] - domain[0]);
  if (Math.abs(next[0] - domain[0]) < span * 1e-9 && Math.abs(next[1] - domain[1]) < span * 1e-9) return;
  const step = zoomed(ctl.state, ctl.renderer.context(), next, byUser);
  ctl.state = step.state;
  ctl.renderer.schedule();
  ctl.emit("zoom", { domain: ctl.state.domain });
  run(ctl, step.effects);
}

// A reader's choice: the new state is drawn at once (a select must show its card now), then its
// effects are carried out on the drawn page.
function apply(ctl: Controller, step: Step): void {
  ctl.state = ctl.renderer.render(step.state);
  run(ctl, step.effects);
}

function run(ctl: Controller, effects: readonly Effect[]): void {
  for (const effect of effects) {
    if (effect.type === "zoom") {
      ctl.zoom.show(effect.domain, effect.animate);
      // A jump (no animation) is drawn now, so what follows finds the new layout.
      if (!effect.animate) ctl.state = ctl.renderer.render(ctl.state);
    } else if (effect.type === "emit") {
      const { selected, focused } = ctl.state;
      if (effect.event === "select") ctl.emit("select", { id: selected, event: selected === null ? null : (ctl.renderer.context().words.byId(selected) ?? null) });
      else if (effect.event === "slide") ctl.emit("slide", { index: ctl.state.slide ?? 0, id: selected });
      else ctl.emit("focus", { id: focused });
    } else {
      const step = ctl.renderer.focus(ctl.state, effect);
      if (step) apply(ctl, step);
    }
  }
}

function isElement(value: unknown): value is HTMLElement {
  return typeof value === "object" && value !== null && (value as Node).nodeType === 1 && (value as Node).ownerDocument !== null;
}
