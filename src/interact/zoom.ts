import { select } from "d3-selection";
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import "d3-transition";

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
 * Attach d3-zoom to `svg`. Dragging pans; pinch, ctrl/cmd+wheel and double-click zoom; a
 * horizontal wheel or shift+wheel pans; a plain vertical wheel is left to the page, so an
 * article never gets stuck scrolling inside the timeline.
 */
export function attachZoom(svg: SVGSVGElement, initial: ZoomGeometry, onWindow: (domain: [number, number], byUser: boolean) => void): ZoomControl {
  let geometry = initial;
  const selection = select(svg);
  const reducedMotion = () => svg.ownerDocument.defaultView?.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

  // The transform is read against the whole extent: k = 1 shows everything.
  const toDomain = (t: ZoomTransform): [number, number] => {
    const { plotX, plotWidth, extent } = geometry;
    const ms = (px: number) => extent[0] + ((t.invertX(px) - plotX) / plotWidth) * (extent[1] - extent[0]);
    return [ms(plotX), ms(plotX + plotWidth)];
  };
  const toTransform = (domain: [number, number]): ZoomTransform => {
    const { plotX, plotWidth, extent } = geometry;
    const k = (extent[1] - extent[0]) / Math.max(1, domain[1] - domain[0]);
    const base = plotX + ((domain[0] - extent[0]) / (extent[1] - extent[0])) * plotWidth;
    return zoomIdentity.translate(plotX - k * base, 0).scale(k);
  };

  const behavior: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>()
    .filter((event: Event) => {
      if (event.type === "wheel") return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      if (event.type === "mousedown") return (event as MouseEvent).button === 0 && !(event.target as Element).closest?.(".cl-overview");
      return !(event as MouseEvent).ctrlKey || event.type === "touchstart";
    })
    .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      onWindow(toDomain(event.transform), event.sourceEvent != null);
    });
  configure();
  selection.call(behavior).on("dblclick.zoom", null);
  selection.on("dblclick.citeline", (event: MouseEvent) => {
    if ((event.target as Element).closest?.(".cl-item, .cl-overview")) return;
    const [x] = [event.offsetX];
    behavior.scaleBy(animated(), event.shiftKey ? 0.5 : 2, [x, 0]);
  });
  selection.on("wheel.citeline-pan", (event: WheelEvent) => {
    // A pinch or ctrl+wheel over the timeline zooms the timeline, even when it is already as far
    // out as it goes (d3-zoom then does nothing, and the browser would zoom the whole page).
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      return;
    }
    const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
    if (Math.abs(dx) <= Math.abs(event.shiftKey ? 0 : event.deltaY)) return;
    event.preventDefault();
    const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? geometry.plotWidth : 1;
    const k = transformOf().k;
    behavior.translateBy(selection, (-dx * scale) / k, 0);
  });

  function transformOf(): ZoomTransform {
    return (svg as SVGSVGElement & { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
  }

  function configure(): void {
    const { plotX, plotWidth, height, extent, minSpan } = geometry;
    const left = plotX;
    const right = plotX + plotWidth;
    behavior
      .extent([[left, 0], [right, height]])
      .translateExtent([[left, -Infinity], [right, Infinity]])
      .scaleExtent([1, Math.max(1, (extent[1] - extent[0]) / minSpan)]);
  }

  // When the running zoom animation ends: a new geometry waits for it (see setGeometry).
  let settleAt = 0;
  let deferred: ZoomGeometry | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function animated() {
    if (reducedMotion()) return selection;
    settleAt = performance.now() + DURATION;
    return selection.transition().duration(DURATION);
  }

  // Setting the transform now would stop a zoom animation where it stands: a resize a moment
  // after "+" (a scrollbar appearing) left the window unzoomed. So a new geometry waits until no
  // animation runs, checked again when the wait is over since another may have started.
  function settle(): void {
    const wait = settleAt - performance.now();
    if (wait > 0) {
      timer ??= setTimeout(() => {
        timer = undefined;
        settle();
      }, wait + 20);
      return;
    }
    const next = deferred;
    deferred = undefined;
    if (next) applyGeometry(next);
  }

  function applyGeometry(next: ZoomGeometry): void {
    const domain = toDomain(transformOf());
    geometry = next;
    configure();
    // Keep the same window across a resize: the transform is relative to the plot's pixels.
    behavior.transform(selection, toTransform(domain));
  }

  return {
    show(domain, animate = true) {
      const t = toTransform(domain);
      if (animate && !reducedMotion()) behavior.transform(animated(), t);
      else behavior.transform(selection, t);
    },
    scaleBy(factor, atX) {
      const x = atX === undefined ? geometry.plotX + geometry.plotWidth / 2 : Math.min(Math.max(atX, geometry.plotX), geometry.plotX + geometry.plotWidth);
      behavior.scaleBy(animated(), factor, [x, 0]);
    },
    setGeometry(next) {
      deferred = next;
      settle();
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer);
      selection.interrupt();
      selection.on(".zoom", null).on(".citeline", null).on(".citeline-pan", null);
    },
  };
}
