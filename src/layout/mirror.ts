/**
 * Time running right to left: the layout is worked out left to right and then mirrored, x ↦ width − x.
 * Packing into rows depends only on which intervals overlap, and a mirror keeps every overlap, so
 * rows, lanes and clusters are the same either way — what the property test holds — and there is
 * one packing to get right rather than two.
 *
 * @module
 */
import type { AxisLayout, EraLayout, ItemLayout, LabelLayout, OverviewLayout, Tick, TimelineLayout } from "./types.js";

/**
 * The layout with time running right to left: every horizontal position mirrored about the
 * drawing's centre, intervals kept in ascending order, the overview's bins reversed, and
 * `timeDirection: "rtl"` so the writers put labels on the other side of their marks. The plot is
 * centred (equal side margins), so the same window fills the same plot.
 *
 * @example
 * ```ts
 * const rtl = mirrorLayout(layoutTimeline(timeline, { width: 800 }));
 * rtl.items[0].x0 === 800 - ltr.items[0].x1; // true
 * ```
 */
export function mirrorLayout(layout: TimelineLayout): TimelineLayout {
  const w = layout.width;
  const mirrored: TimelineLayout = {
    ...layout,
    timeDirection: "rtl",
    axis: mirrorAxis(layout.axis, w),
    eras: layout.eras.map((e) => mirrorEra(e, w)),
    items: layout.items.map((d) => mirrorItem(d, w)),
  };
  if (layout.overview) mirrored.overview = mirrorOverview(layout.overview, w);
  if (layout.pieces) mirrored.pieces = { domain: layout.pieces.domain, range: layout.pieces.range.map((x) => w - x) };
  if (layout.segments) mirrored.segments = layout.segments.map((s) => ({ ...s, ...pair(s, w), captionX: s.captionX === null ? null : w - s.captionX }));
  if (layout.breaks) mirrored.breaks = layout.breaks.map((b) => ({ ...b, ...pair(b, w) }));
  return mirrored;
}

/** An interval [a, b] mirrored, still ascending. */
const span = (r: readonly [number, number], w: number): [number, number] => [w - r[1], w - r[0]];

// Something from x0 to x1 px, mirrored and still ascending.
function pair(r: { x0: number; x1: number }, w: number): { x0: number; x1: number } {
  return { x0: w - r.x1, x1: w - r.x0 };
}

function label(l: LabelLayout | null, w: number): LabelLayout | null {
  return l && { ...l, x: w - l.x - l.width };
}

// A tick's label runs from the tick away from it, in the direction time runs: `labelEnd` is its far end.
function tick(t: Tick, w: number): Tick {
  return { ...t, x: w - t.x, labelEnd: w - t.labelEnd };
}

function mirrorAxis(axis: AxisLayout, w: number): AxisLayout {
  return { ...axis, fine: axis.fine.map((t) => tick(t, w)), coarse: axis.coarse.map((t) => tick(t, w)) };
}

function mirrorEra(e: EraLayout, w: number): EraLayout {
  const [x0, x1] = span([e.x0, e.x1], w);
  return { ...e, x0, x1, label: label(e.label, w) };
}

function mirrorItem(d: ItemLayout, w: number): ItemLayout {
  const [x0, x1] = span([d.x0, d.x1], w);
  const base = { x0, x1, label: label(d.label, w) };
  switch (d.kind) {
    case "point":
      return {
        ...d,
        ...base,
        x: w - d.x,
        band: span(d.band, w),
        ...(d.set ? { set: { ...d.set, candidates: d.set.candidates.map((c) => span(c, w)) } } : {}),
        ...(d.accounts ? { accounts: d.accounts.map((a) => ({ ...a, band: span(a.band, w) })) } : {}),
      };
    case "span":
      return { ...d, ...base, bar: span(d.bar, w), startBand: span(d.startBand, w), endBand: span(d.endBand, w) };
    case "cluster": {
      // Its `span` is time, not pixels. Copied property by property, not spread: a spread would
      // read `members`, which a cluster lists only when first asked (see clusters.ts).
      const mirrored = Object.defineProperties({}, Object.getOwnPropertyDescriptors(d)) as typeof d;
      return Object.assign(mirrored, base, { x: w - d.x });
    }
  }
}

// Each strip's bins reversed once, so a right-to-left layout hands on the same list every time
// as a left-to-right one does.
const reversed = new WeakMap<readonly number[], readonly number[]>();

function mirrorOverview(o: OverviewLayout, w: number): OverviewLayout {
  let bins = reversed.get(o.bins);
  if (!bins) reversed.set(o.bins, (bins = Object.freeze([...o.bins].reverse())));
  const mirrored: OverviewLayout = { ...o, box: { ...o.box, x: w - o.box.x - o.box.width }, bins, window: span(o.window, w) };
  if (o.segments) mirrored.segments = o.segments.map((s) => span(s, w));
  return mirrored;
}
