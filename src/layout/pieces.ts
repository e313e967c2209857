/**
 * A broken axis as one map from time to pixels: d3's piecewise (polylinear) scale, one linear
 * piece per segment and one across each break, so every segment has a scale of its own and the
 * whole stays one continuous, invertible d3 scale that zooming, the brush and the keys read like
 * any other. Zooming moves and stretches the pixels (as d3-zoom does a linear scale's), never
 * where the pieces meet in time.
 *
 * @module
 */
import { scaleLinear } from "d3-scale";
import type { TimeScale } from "./scale.js";
import type { Segment } from "./segments.js";

/**
 * The map of a broken axis at zoom 1: the instants where pieces meet and their pixels.
 *
 * @example
 * ```ts
 * const { domain, range } = layoutTimeline(seed, { width: 1280 }).pieces!;
 * // domain: [war start, war end, visit start, visit end] (UTC ms); range: [12, ≈289, ≈317, 1268] (px)
 * ```
 */
export interface Pieces {
  /** UTC ms, increasing: each segment's start and end. */
  domain: number[];
  /** Pixels of those instants across the plot, in the direction time runs. */
  range: number[];
}

/** Width of a break on the axis, px (less on a narrow plot). */
export const BREAK_WIDTH = 28;

/**
 * Lay segments across the plot [left, right] px: a break's width between each two, and the rest
 * shared by how many events each holds, none below half an equal share, so a lone era keeps
 * room for its label beside a crowded week.
 *
 * @example
 * ```ts
 * piecesOf(segmentsOf(seed, "auto"), [12, 1188]);
 * // { domain: [war start, war end, visit start, visit end], range: [12, ≈300, ≈328, 1188] }
 * ```
 */
export function piecesOf(segments: readonly Segment[], [left, right]: readonly [number, number]): Pieces {
  const gap = Math.min(BREAK_WIDTH, (right - left) * 0.06);
  const room = right - left - gap * (segments.length - 1);
  const total = segments.reduce((n, s) => n + Math.max(1, s.count), 0);
  const least = 0.5 / segments.length;
  const raw = segments.map((s) => Math.max(least, Math.max(1, s.count) / total));
  const sum = raw.reduce((a, b) => a + b, 0);
  const domain: number[] = [];
  const range: number[] = [];
  let x = left;
  segments.forEach((s, k) => {
    const width = (raw[k]! / sum) * room;
    domain.push(s.start, s.end);
    range.push(x, k === segments.length - 1 ? right : x + width);
    x += width + gap;
  });
  return { domain, range };
}

/**
 * The map of the pieces at zoom 1.
 *
 * @example
 * ```ts
 * baseScale(pieces)(pieces.domain[0]!); // pieces.range[0]
 * ```
 */
export function baseScale(pieces: Pieces): TimeScale {
  return scaleLinear().domain(pieces.domain).range(pieces.range);
}

/**
 * The map that shows the window [start, end] across the pixels `span` (the plot's edges, in the
 * direction time runs): the base map with its pixels stretched and moved so that the window's
 * ends land on the span's. The instants where pieces meet stay put.
 *
 * @example
 * ```ts
 * const x = windowScale(pieces, [Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)], [12, 1188]);
 * x(Date.UTC(2008, 5, 1)); // 12
 * ```
 */
export function windowScale(pieces: Pieces, [start, end]: readonly [number, number], [from, to]: readonly [number, number]): TimeScale {
  const base = baseScale(pieces);
  const u = base(start);
  const v = base(end);
  const k = (to - from) / (v - u || 1);
  return base.copy().range(pieces.range.map((r) => from + (r - u) * k));
}
