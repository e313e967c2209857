import { select, type Selection } from "d3-selection";
import { zoom as d3zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import { baseScale, type Pieces } from "../layout/pieces.js";
import { timeScale, type TimeScale } from "../layout/scale.js";
import { glideOn, type Frames, type Glide } from "./glide.js";

/** The geometry zooming needs: where the plot is, and the time it can show. */
export interface ZoomGeometry {
  /** Left edge and width of the plot, px. */
  plotX: number;
  plotWidth: number;
  /** Height of the drawing, px. */
  height: number;
  /** The whole extent, UTC ms: the limit of zooming out. */
  extent: [number, number];
  /** Shortest window, ms: the limit of zooming in. */
  minSpan: number;
  /** Time runs right to left: the extent's start is on the right, and every gesture follows. */
  rtl?: boolean;
  /**
   * A broken axis's map at zoom 1 (`layout.pieces`): zooming stretches and moves its pixels, so
   * each segment keeps its own scale as the reader zooms into it, and "Show all" (scale 1) is the
   * segmented view again.
   */
  pieces?: Pieces;
}

/** Zoom and pan on one SVG, reported as time windows. */
export interface ZoomControl {
  /** Show a window (UTC ms), animated unless `animate` is false or the reader prefers reduced motion. */
  show(domain: [number, number], animate?: boolean): void;
  /** Zoom by `factor` (2 = twice as close) around `atX` px, or the centre. */
  scaleBy(factor: number, atX?: number): void;
  /** The geometry changed (a resize, new data). */
  setGeometry(geometry: ZoomGeometry): void;
  /** Remove every listener. */
  destroy(): void;
}

const DURATION = 300;

/**
 * The map a zoom transform applies to: the whole extent onto the plot, so that scale 1 shows
 * everything (and, the overview strip spanning the plot's width, the overview's map too).
 *
 * @example
 * ```ts
 * zoomBase(geometry).invert(geometry.plotX); // geometry.extent[0]
 * ```
 */
export function zoomBase(geometry: ZoomGeometry): TimeScale {
  if (geometry.pieces) return baseScale(geometry.pieces);
  const left = geometry.plotX;
  const right = geometry.plotX + geometry.plotWidth;
  // Reversed when time runs right to left: d3-zoom works in pixels, so dragging, pinching and the
  // wheel then move through time the other way with no other change.
  return timeScale(geometry.extent, geometry.rtl ? [right, left] : [left, right]);
}

/**
 * The window a zoom transform shows, UTC ms: the base map rescaled by the transform, read at the
 * plot's edges.
 *
 * @example
 * ```ts
 * zoomWindow(zoomTransform(svg), geometry); // [start, end]
 * ```
 */
export function zoomWindow(transform: ZoomTransform, geometry: ZoomGeometry): [number, number] {
  // The base map with its pixels moved by the transform (d3's rescaleX would move a piecewise
  // map's joins in time instead), read at the plot's edges.
  const base = zoomBase(geometry);
  const shown = base.copy().range(base.range().map((x) => transform.applyX(x)));
  const left = shown.invert(geometry.plotX);
  const right = shown.invert(geometry.plotX + geometry.plotWidth);
  return geometry.rtl ? [right, left] : [left, right];
}

/**
 * The zoom transform that shows `domain` (UTC ms) across the plot; the inverse of {@link zoomWindow}.
 *
 * @example
 * ```ts
 * zoomWindow(transformFor([a, b], geometry), geometry); // ≈ [a, b]
 * ```
 */
export function transformFor(domain: readonly [number, number], geometry: ZoomGeometry): ZoomTransform {
  const base = zoomBase(geometry);
  const k = geometry.plotWidth / Math.max(1e-9, Math.abs(base(domain[1]) - base(domain[0])));
  // The instant that lands on the plot's left edge: the window's start, or its end when time runs right to left.
  return zoomIdentity.translate(geometry.plotX - k * base(geometry.rtl ? domain[1] : domain[0]), 0).scale(k);
}

/**
 * Attach d3-zoom to `svg`. Dragging pans; pinch, ctrl/cmd+wheel and double-click zoom; a
 * horizontal wheel or shift+wheel pans; a plain vertical wheel is left to the page, so an
 * article never gets stuck scrolling inside the timeline.
 *
 * @example
 * ```ts
 * const zoom = attachZoom(svg, { plotX: 12, plotWidth: 776, height: 420, extent, minSpan }, (domain) => redraw(domain));
 * zoom.show([Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)]);
 * ```
 */
export function attachZoom(svg: SVGSVGElement, initial: ZoomGeometry, onWindow: (domain: [number, number], byUser: boolean) => void): ZoomControl {
  let geometry = initial;
  const selection = select(svg);
  // One query list, read live: a new one per zoom step evaluated the query again every time.
  const motion = svg.ownerDocument.defaultView?.matchMedia?.("(prefers-reduced-motion: reduce)");
  const reducedMotion = () => motion?.matches ?? false;
  const frames = framesOf(svg);
  let glide: Glide<SVGSVGElement> | undefined;
  const behavior: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>()
    .filter(startsZoom)
    .on("start.citeline zoom.citeline", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      // A drag, pinch or wheel takes over from a glide, as it interrupts a d3 transition. A wheel
      // joins the glide's gesture (d3-zoom starts none while one is under way), so its first
      // step, not a start, is where it shows.
      if (event.sourceEvent != null) glide?.stop();
    })
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      onWindow(zoomWindow(event.transform, geometry), event.sourceEvent != null);
    });
  configure(behavior, geometry);
  selection.call(behavior).on("dblclick.zoom", null);
  selection.on("dblclick.citeline", (event: MouseEvent) => {
    if ((event.target as Element).closest?.(".cl-item, .cl-overview")) return;
    behavior.scaleBy(animated(), event.shiftKey ? 0.5 : 2, [event.offsetX, 0]);
  });
  selection.on("wheel.citeline-pan", (event: WheelEvent) => wheelPan(event, behavior, selection, geometry.plotWidth));

  // Keep the same window across a resize: the transform is relative to the plot's pixels.
  const settling = new Settling((next) => {
    const domain = zoomWindow(zoomTransform(svg), geometry);
    geometry = next;
    configure(behavior, geometry);
    behavior.transform(selection, transformFor(domain, geometry));
  });

  // What d3-zoom is handed to go somewhere: a glide it works out and the page's frames run
  // (stopping any glide under way, as a new d3 transition interrupts the last), or, when the
  // reader prefers reduced motion, the selection itself, so that it lands at once.
  function animated() {
    glide?.stop();
    glide = undefined;
    if (!frames || reducedMotion()) return selection;
    settling.animating(DURATION);
    glide = glideOn(selection, DURATION, frames);
    return glide.transition;
  }

  return {
    show(domain, animate = true) {
      const t = transformFor(domain, geometry);
      if (animate) behavior.transform(animated(), t);
      else {
        glide?.stop();
        behavior.transform(selection, t);
      }
    },
    scaleBy(factor, atX) {
      const x = atX === undefined ? geometry.plotX + geometry.plotWidth / 2 : Math.min(Math.max(atX, geometry.plotX), geometry.plotX + geometry.plotWidth);
      behavior.scaleBy(animated(), factor, [x, 0]);
    },
    setGeometry(next) {
      settling.defer(next);
    },
    destroy() {
      settling.cancel();
      glide?.stop();
      selection.on(".zoom", null).on(".citeline", null).on(".citeline-pan", null);
    },
  };
}

// The page's animation frames (none outside a window: then every move lands at once).
function framesOf(svg: SVGSVGElement): Frames | undefined {
  const view = svg.ownerDocument.defaultView;
  if (!view?.requestAnimationFrame) return undefined;
  return { request: (callback) => view.requestAnimationFrame(callback), cancel: (id) => view.cancelAnimationFrame(id) };
}

// Which events d3-zoom handles: the wheel only with ctrl/cmd (a pinch), drags with the main button
// outside the overview (the brush has those), touches always.
function startsZoom(event: Event): boolean {
  if (event.type === "wheel") return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
  if (event.type === "mousedown") return (event as MouseEvent).button === 0 && !(event.target as Element).closest?.(".cl-overview");
  return !(event as MouseEvent).ctrlKey || event.type === "touchstart";
}

function configure(behavior: ZoomBehavior<SVGSVGElement, unknown>, geometry: ZoomGeometry): void {
  const { plotX, plotWidth, height } = geometry;
  const left = plotX;
  const right = plotX + plotWidth;
  behavior
    .extent([[left, 0], [right, height]])
    .translateExtent([[left, -Infinity], [right, Infinity]])
    .scaleExtent([1, Math.max(1, deepest(geometry))]);
}

// How far zooming goes: until the shortest window fills the plot, in the segment where time is
// most spread out at scale 1 (on a linear axis, the extent over the shortest window).
function deepest(geometry: ZoomGeometry): number {
  const { pieces, extent, minSpan, plotWidth } = geometry;
  if (!pieces) return (extent[1] - extent[0]) / minSpan;
  let k = 1;
  for (let i = 0; i + 1 < pieces.domain.length; i += 2) {
    const px = Math.abs(pieces.range[i + 1]! - pieces.range[i]!);
    k = Math.max(k, (plotWidth * (pieces.domain[i + 1]! - pieces.domain[i]!)) / Math.max(1e-9, px * minSpan));
  }
  return k;
}

function wheelPan(event: WheelEvent, behavior: ZoomBehavior<SVGSVGElement, unknown>, selection: Selection<SVGSVGElement, unknown, null, undefined>, plotWidth: number): void {
  // A pinch or ctrl+wheel over the timeline zooms the timeline, even when it is already as far
  // out as it goes (d3-zoom then does nothing, and the browser would zoom the whole page).
  if (event.ctrlKey || event.metaKey) {
    event.preventDefault();
    return;
  }
  const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
  if (Math.abs(dx) <= Math.abs(event.shiftKey ? 0 : event.deltaY)) return;
  event.preventDefault();
  const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? plotWidth : 1;
  const { k } = zoomTransform(selection.node()!);
  behavior.translateBy(selection, (-dx * scale) / k, 0);
}

// Setting the transform now would stop a zoom animation where it stands: a resize a moment after
// "+" (a scrollbar appearing) left the window unzoomed. So a new geometry waits until no animation
// runs, checked again when the wait is over since another may have started.
class Settling {
  private settleAt = 0;
  private deferred: ZoomGeometry | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly apply: (geometry: ZoomGeometry) => void) {}

  /** An animation of `duration` ms starts now. */
  animating(duration: number): void {
    this.settleAt = performance.now() + duration;
  }

  /** Apply `geometry` once no animation runs (at once when none does). */
  defer(geometry: ZoomGeometry): void {
    this.deferred = geometry;
    this.settle();
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
  }

  private settle(): void {
    const wait = this.settleAt - performance.now();
    if (wait > 0) {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.settle();
      }, wait + 20);
      return;
    }
    const next = this.deferred;
    this.deferred = undefined;
    if (next) this.apply(next);
  }
}
