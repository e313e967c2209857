/**
 * The browser timeline's public types: its options, the events it emits, and its handle.
 *
 * @module
 */
import type { TimelineLayout } from "../layout/types.js";
import type { Diagnostic } from "../diagnostics.js";
import type { Timeline, TimelineEvent } from "../types.js";

export type { TimelineOptions } from "../options.js";
import type { TimelineOptions } from "../options.js";

/**
 * What each event of the handle passes to its listeners.
 *
 * @example
 * ```ts
 * handle.on("zoom", ({ domain }) => console.log(new Date(domain[0]), new Date(domain[1])));
 * handle.on("render", ({ duration }) => console.log(`drawn in ${duration} ms`));
 * handle.on("slide", ({ index, id }) => console.log(`slide ${index}`, id ?? "(title)"));
 * ```
 */
export interface TimelineEvents {
  select: { id: string | null; event: TimelineEvent | null };
  zoom: { domain: [number, number] };
  focus: { id: string | null };
  /** In the story view, a new slide: its index from 0 (the title slide, when there is one) and its event's id (null on the title slide). */
  slide: { index: number; id: string | null };
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
  /** Select an event and open its card (in the story view: go to its slide); `null` closes it. */
  select(id: string | null): void;
  /** Listen to an event; returns a function that stops listening. */
  on<K extends keyof TimelineEvents>(type: K, listener: (detail: TimelineEvents[K]) => void): () => void;
  /** The current layout. */
  readonly layout: TimelineLayout;
  /** The loaded timeline. */
  readonly timeline: Timeline;
  /** Problems found while loading `data`. */
  readonly diagnostics: Diagnostic[];
  /**
   * Settles when the data has been read with every part it needs. In a browser build a date that
   * names its month ("June 7, 2008") or an EDTF form beyond the fast path loads its reader first,
   * then the data is read and drawn again: read `diagnostics` after this. At once elsewhere.
   */
  readonly ready: Promise<void>;
  /** The drawing as a self-contained SVG document (styles as attributes, fonts named, not fetched). */
  toSVG(): string;
  /** The drawing as a PNG, `scale` times its CSS size (default 2). */
  toPNG(options?: { scale?: number }): Promise<Blob>;
  /** Remove everything this timeline added: nodes, listeners, observers. */
  destroy(): void;
}
