/**
 * The DOM events an embed dispatches on its host: the timeline's own events, renamed
 * `citeline-*`, and the embed's `citeline-load` and `citeline-error`.
 *
 * @module
 */
import type { Diagnostic } from "../diagnostics.js";
import type { Timeline } from "../types.js";
import type { TimelineEvents, TimelineHandle } from "../view/timeline.js";

/**
 * The DOM events an embed dispatches on its host, all bubbling (and composed), with these
 * `detail`s: the timeline's own events under `citeline-` names, plus `citeline-load` and
 * `citeline-error`.
 *
 * @example
 * ```ts
 * const el = document.querySelector("cite-line") as CiteLineElement;
 * el.addEventListener("citeline-load", (e) => console.log(e.detail.timeline.events.length, e.detail.diagnostics));
 * el.addEventListener("citeline-error", (e) => console.warn(e.detail.message));
 * ```
 */
export interface CiteLineEventMap {
  "citeline-select": CustomEvent<TimelineEvents["select"]>;
  "citeline-zoom": CustomEvent<TimelineEvents["zoom"]>;
  "citeline-focus": CustomEvent<TimelineEvents["focus"]>;
  "citeline-slide": CustomEvent<TimelineEvents["slide"]>;
  "citeline-render": CustomEvent<TimelineEvents["render"]>;
  /** The data loaded and the timeline is drawn; `diagnostics` lists what was dropped or reinterpreted. */
  "citeline-load": CustomEvent<{ handle: TimelineHandle; timeline: Timeline; diagnostics: Diagnostic[] }>;
  /**
   * The data could not be fetched, had no event to draw, or reading or drawing it threw; `message`
   * is what the reader sees, `error` the exception thrown, if one was.
   */
  "citeline-error": CustomEvent<{ message: string; diagnostics: Diagnostic[]; error?: unknown }>;
}

const TIMELINE_EVENTS = ["select", "zoom", "focus", "slide", "render"] as const;

/** Dispatch one of the embed's events on `host`, bubbling out of any shadow root it sits in. */
export function dispatch<K extends keyof CiteLineEventMap>(host: HTMLElement, type: K, detail: CiteLineEventMap[K]["detail"]): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Re-dispatch the timeline's events on `host` as `citeline-*`; returns what stops it. */
export function forwardEvents(handle: TimelineHandle, host: HTMLElement): () => void {
  const offs = TIMELINE_EVENTS.map((type) => handle.on(type, (detail) => dispatch(host, `citeline-${type}`, detail as never)));
  return () => {
    for (const off of offs) off();
  };
}
