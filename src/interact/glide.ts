/**
 * A zoom's glide to a new transform on the page's animation frames, as a d3 transition of the zoom
 * glides it: van Wijk and Nuij's smooth zoom and pan (d3-interpolate's `interpolateZoom`, which
 * d3-zoom's own transitions use), eased in and out. citeline animates nothing else, and
 * d3-transition's scheduler, tweens and easing for this one motion weighed about 4 KB gzip on
 * every page (src/browser/d3-transition-unused.ts).
 *
 * @module
 */
import { interpolateZoom } from "d3-interpolate";
import { zoomIdentity, type ZoomTransform } from "d3-zoom";

/** The animation frames a glide runs on: the page's own, or a test's. */
export interface Frames {
  request(callback: () => void): number;
  cancel(id: number): void;
}

/** Where a glide goes and how. */
export interface GlideSpec {
  from: ZoomTransform;
  to: ZoomTransform;
  /** The pixel the glide is centred on, [x, y]: where the reader zoomed, or the view's centre. */
  point: [number, number];
  /** The view's larger side, px: the unit of the smooth zoom's path. */
  size: number;
  /** How long the glide takes, ms. */
  duration: number;
}

/** A glide under way. */
export interface Glide {
  /** Stop where it stands (a gesture took over, or another glide starts); idempotent. */
  stop(): void;
}

/**
 * Glide from `spec.from` to `spec.to`, handing `set` each frame's transform and, last, `spec.to`
 * itself (as d3-zoom's tween does, so no rounding is left at the end).
 *
 * @example
 * ```ts
 * const glide = glideZoom({ from: zoomTransform(svg), to, point: [400, 0], size: 800, duration: 300 }, (t) => behavior.transform(selection, t), window);
 * glide.stop(); // a drag began
 * ```
 */
export function glideZoom(spec: GlideSpec, set: (transform: ZoomTransform) => void, frames: Frames, now: () => number = () => performance.now()): Glide {
  const { from, to, point, size, duration } = spec;
  const path = interpolateZoom([...from.invert(point), size / from.k], [...to.invert(point), size / to.k]);
  // Timed from the call, as a d3 transition is from its scheduling: the first frame is already
  // a frame's time into the glide, not a frame spent drawing the window it starts from.
  const start = now();
  let id = 0;
  let running = true;
  const step = () => {
    const t = Math.min(1, (now() - start) / Math.max(1, duration));
    if (t >= 1) {
      running = false;
      set(to);
      return;
    }
    const [x, y, w] = path(cubicInOut(t));
    const k = size / w;
    set(zoomIdentity.translate(point[0] - x * k, point[1] - y * k).scale(k));
    if (running) id = frames.request(step);
  };
  id = frames.request(step);
  return {
    stop() {
      if (!running) return;
      running = false;
      frames.cancel(id);
    },
  };
}

// d3-ease's easeCubicInOut, a d3 transition's default easing.
function cubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}
