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

/** A press under way: what it grabbed, which pointer, where it began (px), the selection then, and whether it has moved. */
interface Press {
  grip: Grip;
  id: number;
  x: number;
  from: [number, number];
  moved: boolean;
}

type Box = OverviewLayout["box"];

const within = (box: Box, x: number) => Math.min(box.x + box.width, Math.max(box.x, x));

// The selection `width` px wide that a press on the strip at `x` asks for: centred there, kept on the strip.
function centred(box: Box, x: number, width: number): [number, number] {
  const a = Math.min(box.x + box.width - width, Math.max(box.x, x - width / 2));
  return [a, a + width];
}

// The selection a press's pointer at `x` asks for: the selection moved, one edge moved (the
// other stays, and they swap when they cross), or a new one from where the press began.
function dragged(press: Press, box: Box, x: number): [number, number] {
  const { grip, from } = press;
  const dx = x - press.x;
  if (grip === "selection") return centred(box, (from[0] + from[1]) / 2 + dx, from[1] - from[0]);
  const fixed = grip === "overlay" ? within(box, press.x) : grip === "w" ? from[1] : from[0];
  const moving = within(box, grip === "overlay" ? x : (grip === "w" ? from[0] : from[1]) + dx);
  return [Math.min(fixed, moving), Math.max(fixed, moving)];
}

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
  const parts = brushParts(g);
  const { layer } = parts;
  // `wanted` is the window the layout last drew and `placed` whether the brush stands there: a
  // frame that does not move the window leaves the brush alone.
  const s: BrushState = { extent: [0, 1], rtl: false, shown: [0, 0], wanted: [0, 0], placed: false };

  const draw = (at: [number, number]) => {
    s.shown = at;
    parts.draw(at);
  };
  const place = () => {
    if (s.placed) return;
    s.placed = true;
    draw(s.wanted);
  };
  const report = (next: [number, number]) => {
    const sized: [number, number] = [next[0], Math.max(next[1], next[0] + LEAST)];
    s.placed = false;
    draw(sized);
    if (s.box) onWindow(brushedWindow(sized, s.box, s.extent, s.rtl));
  };
  listenForPresses(parts, s, report, place);

  return {
    update(overview, nextExtent, timeRtl = false) {
      s.extent = nextExtent;
      s.rtl = timeRtl;
      if (!overview) {
        layer.attr("display", "none");
        return;
      }
      layer.attr("display", null);
      const box = s.box;
      if (!box || box.x !== overview.box.x || box.width !== overview.box.width || box.y !== overview.box.y || box.height !== overview.box.height) {
        s.box = overview.box;
        parts.fit(overview.box);
        s.placed = false;
      }
      const [a, b] = overview.window;
      const next: [number, number] = [a, Math.max(b, a + LEAST)];
      if (next[0] !== s.wanted[0] || next[1] !== s.wanted[1]) {
        s.wanted = next;
        s.placed = false;
      }
      // Moving the brush under the reader's pointer would undo their drag.
      if (!s.press) place();
    },
    destroy() {
      layer.on(".brush", null);
      select(layer.node()).remove();
    },
  };
}

/** What a brush knows between events: the strip's box and the time it spans, the window shown, the press. */
interface BrushState {
  box?: Box;
  extent: readonly [number, number];
  rtl: boolean;
  shown: [number, number];
  press?: Press;
  wanted: [number, number];
  placed: boolean;
}

// A press on the strip: on the window it pans, on a handle it resizes, beside the window it brushes
// a new one, or, without moving, centres the window there. `report` draws and reports a window;
// `place` puts the brush back on the window the layout drew.
function listenForPresses(parts: BrushParts, s: BrushState, report: (next: [number, number]) => void, place: () => void): void {
  const { layer } = parts;
  layer.on("pointerdown.brush", (event: PointerEvent) => {
    if (!s.box || s.press || event.button !== 0 || event.ctrlKey) return;
    const target = event.target as Element;
    const grip = parts.gripOf(target);
    // No page scroll, text selection or pan of the chart under a press on the strip.
    event.preventDefault();
    event.stopPropagation();
    target.setPointerCapture?.(event.pointerId);
    s.press = { grip, id: event.pointerId, x: pointer(event, layer.node())[0], from: s.shown, moved: false };
  });
  layer.on("pointermove.brush", (event: PointerEvent) => {
    const press = s.press;
    if (!press || event.pointerId !== press.id) return;
    const x = pointer(event, layer.node())[0];
    if (!press.moved && Math.abs(x - press.x) < CLICK) return;
    press.moved = true;
    if (s.box) report(dragged(press, s.box, x));
  });
  layer.on("pointerup.brush pointercancel.brush", (event: PointerEvent) => {
    if (!s.press || event.pointerId !== s.press.id) return;
    const { grip, moved, from, x } = s.press;
    s.press = undefined;
    // A click beside the window centres the window there, as wide as it was.
    if (!moved && grip === "overlay" && event.type === "pointerup" && s.box) return report(centred(s.box, x, from[1] - from[0]));
    // Back to the window the layout drew: the frames drawn while the press held it were not followed.
    place();
  });
}

/** The brush's elements: what a press grabbed, a selection drawn, the strip they lie on. */
interface BrushParts {
  layer: Selection<SVGGElement, unknown, null, undefined>;
  gripOf(target: Element): Grip;
  draw(at: [number, number]): void;
  fit(box: Box): void;
}

// The brush's layer, as d3-brush draws one along x: an overlay over the strip, the selection, a
// handle at each of its edges, with d3-brush's classes and cursors.
function brushParts(g: Selection<SVGGElement, unknown, null, undefined>): BrushParts {
  const layer = g.append("g").attr("class", "cl-brush").attr("aria-hidden", "true").attr("fill", "none").attr("pointer-events", "all").style("touch-action", "none");
  const overlay = layer.append("rect").attr("class", "overlay").attr("cursor", "crosshair");
  const selection = layer.append("rect").attr("class", "selection").attr("cursor", "move");
  const [w, e] = (["w", "e"] as const).map((side) => layer.append("rect").attr("class", `handle handle--${side}`).attr("cursor", "ew-resize").attr("width", HANDLE));
  return {
    layer,
    gripOf: (target) => (target === selection.node() ? "selection" : target === w!.node() ? "w" : target === e!.node() ? "e" : "overlay"),
    draw([a, b]) {
      selection.attr("x", a).attr("width", b - a);
      w!.attr("x", a - HANDLE / 2);
      e!.attr("x", b - HANDLE / 2);
    },
    fit(box) {
      overlay.attr("x", box.x).attr("y", box.y).attr("width", box.width).attr("height", box.height);
      for (const part of [selection, w!, e!]) part.attr("y", box.y).attr("height", box.height);
    },
  };
}
