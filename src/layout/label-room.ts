/**
 * Where a label may go on a broken axis: within the segment its mark is in, never across a break
 * into years its event is not in ("Maliki aims to pass the pact this summer" drawn over the 1980s).
 *
 * @module
 */

/**
 * The pixels a label beside the marks from `from` to `to` may take: from the start of the segment
 * `from` lies in to the end of the one `to` lies in, within the plot, and to the plot's edge beyond
 * the first and the last segment. `segments` holds each segment's left and right edge in turn,
 * left to right (as laid out, before a mirror for time running right to left); without it the
 * whole plot is the room.
 *
 * @example
 * ```ts
 * labelRoom([12, 308], [20, 70, 88, 300], 180, 180); // [88, 308]
 * labelRoom([12, 308], [20, 70, 88, 300], 40, 40); // [12, 70]
 * ```
 */
export function labelRoom(plot: readonly [number, number], segments: readonly number[] | undefined, from: number, to: number): readonly [number, number] {
  // Every label on a linear axis asks: the plot itself, no array made.
  if (!segments) return plot;
  let left = plot[0];
  let right = plot[1];
  // Only a break bounds the room: before the first segment and after the last, the plot does. A
  // mark in a break (its edge, at most) takes the segments either side.
  for (let i = 2; i < segments.length; i += 2) if (segments[i]! <= from) left = segments[i]!;
  for (let i = segments.length - 3; i > 0; i -= 2) if (segments[i]! >= to) right = segments[i]!;
  return [Math.max(plot[0], left), Math.min(plot[1], right)];
}

/**
 * Whether a label from `from` to `to` px runs across a break: over the gap between two segments
 * (`segments` as for {@link labelRoom}). Such a label is drawn with a halo, over the zigzag.
 *
 * @example
 * ```ts
 * crossesBreak([20, 70, 88, 300], 60, 120); // true: the break runs from 70 to 88
 * crossesBreak([20, 70, 88, 300], 90, 200); // false
 * ```
 */
export function crossesBreak(segments: readonly number[] | undefined, from: number, to: number): boolean {
  if (!segments) return false;
  // By more than half a pixel: a label set at a segment's edge may stand a rounding error over it.
  for (let i = 1; i + 1 < segments.length; i += 2) if (from < segments[i + 1]! - 0.5 && to > segments[i]! + 0.5) return true;
  return false;
}

/**
 * Where a label from `x`, `width` px wide, goes so that the plot's edge does not cut it: against
 * that edge, whole, when it would run over it (an event just past the plot, laid out for panning,
 * read "ingrich refuses to…"; a disputed event whose marks fill the plot); `x` when it lies wholly
 * inside the plot or wholly past it.
 *
 * @example
 * ```ts
 * uncut(-30, 100, [12, 400], 6); // 18
 * uncut(350, 100, [12, 400], 6); // 294
 * uncut(-200, 100, [12, 400], 6); // -200: wholly past the edge, not drawn
 * ```
 */
export function uncut(x: number, width: number, plot: readonly [number, number], pad: number): number {
  const [left, right] = plot;
  if (x < left && x + width > left) return Math.max(left, Math.min(left + pad, right - width));
  if (x < right && x + width > right) return Math.max(left, right - pad - width);
  return x;
}
