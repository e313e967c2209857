import { brushX, type BrushBehavior, type D3BrushEvent } from "d3-brush";
import { select, type Selection } from "d3-selection";
import { overviewScale } from "../layout/scale.js";
import type { OverviewLayout } from "../layout/types.js";

/** The brush on the overview strip: dragging it pans the window, its handles resize it. */
export interface OverviewBrush {
  /** Follow the layout: place the brush over the visible window (without reporting it back). */
  update(overview: OverviewLayout | undefined, extent: [number, number], rtl?: boolean): void;
  destroy(): void;
}

/**
 * The window a brush selection on the overview strip stands for: its pixels read through the
 * overview's map, the whole extent onto the strip.
 *
 * @example
 * ```ts
 * brushedWindow(layout.overview.window, layout.overview.box, layout.extent); // ≈ layout.domain
 * brushedWindow(rtlLayout.overview.window, rtlLayout.overview.box, rtlLayout.extent, true); // ≈ rtlLayout.domain
 * ```
 */
export function brushedWindow(selection: readonly [number, number], box: OverviewLayout["box"], extent: readonly [number, number], rtl = false): [number, number] {
  const strip = overviewScale(extent, box, rtl);
  const a = strip.invert(selection[0]);
  const b = strip.invert(selection[1]);
  return a <= b ? [a, b] : [b, a];
}

/**
 * Put a d3-brush on the overview strip. Brushed pixels become a time window through the whole
 * extent, which the strip spans; `onWindow` gets it while the reader drags.
 */
export function attachBrush(g: Selection<SVGGElement, unknown, null, undefined>, onWindow: (domain: [number, number]) => void): OverviewBrush {
  const layer = g.append("g").attr("class", "cl-brush").attr("aria-hidden", "true");
  let box: OverviewLayout["box"] | undefined;
  let extent: readonly [number, number] = [0, 1];
  let rtl = false;
  let dragging = false;
  // Where the brush was last put: a frame that does not move the window leaves the brush alone.
  let placed = "";
  const behavior: BrushBehavior<unknown> = brushX<unknown>()
    .on("start", (event: D3BrushEvent<unknown>) => {
      dragging = event.sourceEvent != null;
    })
    .on("brush end", (event: D3BrushEvent<unknown>) => {
      // Only the reader's drags move the timeline; our own `move` calls have no source event.
      if (event.type === "end") dragging = false;
      if (!event.sourceEvent || !event.selection) return;
      const [a, b] = event.selection as [number, number];
      onWindow(box ? brushedWindow([a, b], box, extent, rtl) : [0, 0]);
    });

  return {
    update(overview, nextExtent, timeRtl = false) {
      extent = nextExtent;
      rtl = timeRtl;
      if (!overview) {
        layer.attr("display", "none");
        return;
      }
      layer.attr("display", null);
      if (!box || box.x !== overview.box.x || box.width !== overview.box.width || box.y !== overview.box.y) {
        box = overview.box;
        behavior.extent([[box.x, box.y], [box.x + box.width, box.y + box.height]]);
        layer.call(behavior);
        placed = "";
      }
      // Moving the brush under the reader's pointer would end their drag.
      if (dragging) return;
      const [a, b] = overview.window;
      const at = `${a} ${b}`;
      if (at === placed) return;
      placed = at;
      behavior.move(layer, [a, Math.max(b, a + 2)]);
    },
    destroy() {
      layer.on(".brush", null);
      select(layer.node()).remove();
    },
  };
}
