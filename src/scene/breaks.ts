/**
 * A broken axis drawn: each break a zigzag across the lanes and the axis, with the time it leaves
 * out ("20 years") on the axis in a pill; each segment's caption under the axis ("1980 – 1988");
 * and on the overview strip, which keeps true linear time, the stretch each segment covers. A
 * change of scale is always seen, never only implied by the ticks.
 *
 * @module
 */
import type { BreakLayout, OverviewLayout, TimelineLayout } from "../layout/types.js";
import { SIZES } from "../layout/sizes.js";
import { h, num, type SceneElement, type SceneNode } from "./node.js";

// The zigzag's half-width and step, px.
const ZIG = 3;
const STEP = 6;
// The label's pill: its height, and its room on each side of the text, px.
const PILL = 14;
const PILL_PAD = 5;

/**
 * The breaks in view, drawn under the items (a label crossing a break stays readable). Each is an
 * image with its name ("20 years without events, left out of the axis"), so a screen reader
 * walking the chart meets it where it is.
 *
 * @example
 * ```ts
 * breaksNode(layout); // <g class="cl-breaks">…</g>, empty on a linear axis
 * ```
 */
export function breaksNode(layout: TimelineLayout): SceneElement {
  return h("g", { class: "cl-breaks" }, (layout.breaks ?? []).map((b) => breakNode(b, layout)));
}

function breakNode(b: BreakLayout, layout: TimelineLayout): SceneElement {
  const mid = (b.x0 + b.x1) / 2;
  const half = Math.max(2, (b.x1 - b.x0) / 2 - ZIG - 2);
  const bands = bandsOf(layout);
  return h(
    "g",
    { class: "cl-break", role: "img", "aria-label": b.name },
    [
      ...bands.map(([top, bottom]) => h("rect", { class: "cl-break-gap", x: b.x0, y: top, width: Math.max(0, b.x1 - b.x0), height: bottom - top })),
      h("path", { class: "cl-break-edge", d: bands.map(([top, bottom]) => zigzag(mid - half, top, bottom) + zigzag(mid + half, top, bottom)).join("") }),
    ],
    { key: `break-${b.start}` },
  );
}

/**
 * Each break's pill with the time it leaves out, "20 years", for the axis layer: drawn over the
 * axis line and the ticks beside the break, which the pill is wider than. The break itself (its
 * image and name) stays under the items; the pill repeats its name to the eye only.
 *
 * @example
 * ```ts
 * breakPills(layout); // [<g class="cl-break-tag"><rect class="cl-break-pill"/><text>20 years</text></g>]
 * ```
 */
export function breakPills(layout: TimelineLayout): SceneElement[] {
  const { x: left, width: room } = layout.plot;
  return (layout.breaks ?? []).map((b) => {
    const width = b.labelWidth + 2 * PILL_PAD;
    // Kept whole inside the plot: a break at its edge (a window zoomed to the segment beside it)
    // had half its pill cut off. It moves along the axis no more than that takes.
    const mid = Math.min(Math.max((b.x0 + b.x1) / 2, left + width / 2), Math.max(left + width / 2, left + room - width / 2));
    return h(
      "g",
      { class: "cl-break-tag" },
      [
        h("rect", { class: "cl-break-pill", x: mid - width / 2, y: layout.axis.y - PILL / 2, width, height: PILL, rx: PILL / 2 }),
        h("text", { class: "cl-break-label", x: mid, y: layout.axis.y + 4, "text-anchor": "middle" }, b.label),
      ],
      { key: `break-tag-${b.start}` },
    );
  });
}

// Where a break runs, top to bottom: each lane's rows (not its heading, whose name stays whole),
// then on down to the axis line, where the pill covers its end.
function bandsOf(layout: TimelineLayout): Array<[number, number]> {
  const bands: Array<[number, number]> = layout.lanes.map((l) => [l.y + l.height - l.rows * SIZES.row, l.y + l.height]);
  const last = layout.lanes[layout.lanes.length - 1];
  bands.push([last ? last.y + last.height : layout.plot.y, layout.axis.y]);
  return bands.filter(([top, bottom]) => bottom > top);
}

// A vertical zigzag at x from top to bottom, as path commands.
function zigzag(x: number, top: number, bottom: number): string {
  const steps = Math.max(1, Math.floor((bottom - top) / STEP));
  let d = `M${num(x)},${num(top)}`;
  for (let i = 1; i <= steps; i++) d += `L${num(x + (i % 2 === 1 ? ZIG : -ZIG))},${num(top + i * STEP)}`;
  return `${d}L${num(x)},${num(bottom)}`;
}

/**
 * Each segment's caption, under its part of the axis, where it fits.
 *
 * @example
 * ```ts
 * segmentCaptions(layout); // [<text class="cl-segment-caption">1980 – 1988</text>, …]
 * ```
 */
export function segmentCaptions(layout: TimelineLayout): SceneNode[] {
  const y = layout.axis.y + layout.axis.height - 4;
  return (layout.segments ?? []).flatMap((s) =>
    s.captionX === null ? [] : [h("text", { class: "cl-segment-caption", x: s.captionX, y, "text-anchor": "middle" }, s.label, { key: `segment-${s.start}` })],
  );
}

/**
 * On the overview strip, a bar under the stretch of true time each segment covers.
 *
 * @example
 * ```ts
 * overviewSegments(layout.overview!); // one <rect class="cl-overview-segment"> per segment
 * ```
 */
export function overviewSegments(o: OverviewLayout): SceneNode[] {
  return (o.segments ?? []).map(([a, b]) =>
    h("rect", { class: "cl-overview-segment", x: a, y: o.box.y + o.box.height - 3, width: Math.max(2, b - a), height: 3 }, [], { key: `segment-${a}` }),
  );
}
