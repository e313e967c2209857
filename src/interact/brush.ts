import { pointer, select, type Selection } from "d3-selection";
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

// Width of a handle, px, centred on the selection's edge (d3-brush's size).
const HANDLE = 6;
// The least width a selection is drawn with, px: a window of minutes on a strip of decades is still one to grab.
const LEAST = 2;
// A press that moves less than this, px, is a click.
const CLICK = 3;

/** What a press on the brush grabbed: the strip around the selection, the selection, or one of its edges. */
type Grip = "overlay" | "selection" | "w" | "e";

/**
 * A brush on the overview strip, as d3-brush draws one along x (an overlay, the selection and a
 * handle at each edge, with its classes and cursors), moved by pointer events: dragging the
 * selection pans the window, a handle resizes it, a drag beside it brushes a new window, and a
 * click there centres the window on it. `onWindow` gets the time window while the reader drags.
 *
 * @example
 * ```ts
 * const brush = attachBrush(select(overviewGroup), (domain) => zoom.show(domain, false));
 * brush.update(layout.overview, layout.extent);
 * ```
 */
export function attachBrush(g: Selection<SVGGElement, unknown, null, undefined>, onWindow: (domain: [number, number]) => void): OverviewBrush {
  const layer = g.append("g").attr("class", "cl-brush").attr("aria-hidden", "true").attr("fill", "none").attr("pointer-events", "all").style("touch-action", "none");
  const overlay = layer.append("rect").attr("class", "overlay").attr("cursor", "crosshair");
  const selection = layer.append("rect").attr("class", "selection").attr("cursor", "move");
  const handles = (["w", "e"] as const).map((side) => layer.append("rect").attr("class", `handle handle--${side}`).attr("cursor", "ew-resize").attr("width", HANDLE));
  let box: OverviewLayout["box"] | undefined;
  let extent: readonly [number, number] = [0, 1];
  let rtl = false;
  let shown: [number, number] = [0, 0];
  // A press under way: what it grabbed, where it began, and the selection then.
  let press: { grip: Grip; id: number; x: number; from: [number, number]; moved: boolean } | undefined;
  // The window the layout last drew, and where the brush was last put there: a frame that does
  // not move the window leaves the brush alone.
  let wanted: [number, number] = [0, 0];
  let wantedAt = "";
  let placed = "";

  const draw = ([a, b]: [number, number]) => {
    shown = [a, b];
    selection.attr("x", a).attr("width", b - a);
    handles[0]!.attr("x", a - HANDLE / 2);
    handles[1]!.attr("x", b - HANDLE / 2);
  };
  const place = () => {
    if (wantedAt === placed) return;
    placed = wantedAt;
    draw(wanted);
  };
  const clamp = (x: number) => (box ? Math.min(box.x + box.width, Math.max(box.x, x)) : x);

  // The selection a press's pointer at `x` asks for.
  const dragged = (x: number): [number, number] => {
    const { grip, from } = press!;
    const dx = x - press!.x;
    if (grip === "selection") {
      const width = from[1] - from[0];
      const a = Math.min(box!.x + box!.width - width, Math.max(box!.x, from[0] + dx));
      return [a, a + width];
    }
    const fixed = grip === "overlay" ? clamp(press!.x) : grip === "w" ? from[1] : from[0];
    const moving = clamp(grip === "overlay" ? x : (grip === "w" ? from[0] : from[1]) + dx);
    return [Math.min(fixed, moving), Math.max(fixed, moving)];
  };
  const report = (next: [number, number]) => {
    const sized: [number, number] = [next[0], Math.max(next[1], next[0] + LEAST)];
    draw(sized);
    if (box) onWindow(brushedWindow(sized, box, extent, rtl));
  };

  layer.on("pointerdown.brush", (event: PointerEvent) => {
    if (!box || press || event.button !== 0 || event.ctrlKey) return;
    const target = event.target as Element;
    const grip: Grip = target === selection.node() ? "selection" : target === handles[0]!.node() ? "w" : target === handles[1]!.node() ? "e" : "overlay";
    // No page scroll, text selection or pan of the chart under a press on the strip.
    event.preventDefault();
    event.stopPropagation();
    target.setPointerCapture?.(event.pointerId);
    press = { grip, id: event.pointerId, x: pointer(event, layer.node())[0], from: shown, moved: false };
  });
  layer.on("pointermove.brush", (event: PointerEvent) => {
    if (!press || event.pointerId !== press.id) return;
    const x = pointer(event, layer.node())[0];
    if (!press.moved && Math.abs(x - press.x) < CLICK) return;
    press.moved = true;
    report(dragged(x));
  });
  layer.on("pointerup.brush pointercancel.brush", (event: PointerEvent) => {
    if (!press || event.pointerId !== press.id) return;
    const { grip, moved, from, x } = press;
    press = undefined;
    // A click beside the window centres the window there, as wide as it was.
    if (!moved && grip === "overlay" && event.type === "pointerup" && box) {
      const width = from[1] - from[0];
      const a = Math.min(box.x + box.width - width, Math.max(box.x, x - width / 2));
      return report([a, a + width]);
    }
    // Back to the window the layout drew: the frames drawn while the press held it were not followed.
    placed = "";
    place();
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
      if (!box || box.x !== overview.box.x || box.width !== overview.box.width || box.y !== overview.box.y || box.height !== overview.box.height) {
        box = overview.box;
        overlay.attr("x", box.x).attr("y", box.y).attr("width", box.width).attr("height", box.height);
        for (const part of [selection, ...handles]) part.attr("y", box.y).attr("height", box.height);
        placed = "";
      }
      const [a, b] = overview.window;
      wanted = [a, Math.max(b, a + LEAST)];
      wantedAt = `${a} ${b}`;
      // Moving the brush under the reader's pointer would undo their drag.
      if (!press) place();
    },
    destroy() {
      layer.on(".brush", null);
      select(layer.node()).remove();
    },
  };
}
