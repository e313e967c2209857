/**
 * A zoom's glide on the page's animation frames, handed to d3-zoom where a d3 transition was:
 * d3-zoom's `transform` and `scaleBy` take "a selection or a transition" (d3-selection's
 * `TransitionLike`), and work out the glide themselves (its target, constrained, and van Wijk and
 * Nuij's smooth path to it). This runs what they schedule: their start, their tween at each frame
 * eased in and out as a d3 transition is, their end, or their interrupt when stopped. citeline
 * animates nothing else, and d3-transition's scheduler, tweens and easing for this one motion
 * weighed about 4 KB gzip on every page (src/browser/d3-transition-unused.ts).
 *
 * @module
 */
import type { BaseType, Selection, TransitionLike, ValueFn } from "d3-selection";

/** The animation frames a glide runs on: the page's own, or a test's. */
export interface Frames {
  request(callback: () => void): number;
  cancel(id: number): void;
}

/** A glide: what d3-zoom is handed, and a way to stop it. */
export interface Glide<E extends BaseType> {
  /** Hand it to d3-zoom's `transform` or `scaleBy` in place of a selection. */
  transition: TransitionLike<E, unknown>;
  /** Stop where it stands (a gesture took over, or another glide starts); idempotent. */
  stop(): void;
}

/**
 * A glide of `duration` ms over `selection`'s element, starting at the next frame, as a d3
 * transition starts at its next tick, and timed from now, as one is from its scheduling.
 *
 * @example
 * ```ts
 * const glide = glideOn(select(svg), 300, frames);
 * behavior.scaleBy(glide.transition, 2, [400, 0]);
 * glide.stop(); // a drag began
 * ```
 */
export function glideOn<E extends BaseType>(selection: Selection<E, unknown, null, undefined>, duration: number, frames: Frames, now: () => number = () => performance.now()): Glide<E> {
  const node = selection.node() as E;
  const listeners = new Map<string, ValueFn<E, unknown, void>>();
  let tweenOf: ValueFn<E, unknown, (t: number) => void> | undefined;
  const transition: TransitionLike<E, unknown> = {
    selection: () => selection,
    on(type: string, listener: ValueFn<E, unknown, void> | null) {
      // "start.zoom", "interrupt.zoom end.zoom": one listener per event type, as d3-zoom registers.
      for (const typename of type.split(" ")) {
        const name = typename.split(".")[0]!;
        if (listener) listeners.set(name, listener);
        else listeners.delete(name);
      }
      return transition;
    },
    tween(_name: string, tween: ValueFn<E, unknown, (t: number) => void> | null) {
      tweenOf = tween ?? undefined;
      return transition;
    },
  };
  const fire = (type: string) => listeners.get(type)?.call(node, undefined, 0, [node]);
  const begin = now();
  let started = false;
  let running = true;
  let tick: ((t: number) => void) | undefined;
  const step = () => {
    if (!started) {
      started = true;
      fire("start");
      tick = tweenOf?.call(node, undefined, 0, [node]);
    }
    const t = Math.min(1, (now() - begin) / Math.max(1, duration));
    tick?.(t >= 1 ? 1 : cubicInOut(t));
    if (t >= 1) {
      running = false;
      fire("end");
    } else if (running) id = frames.request(step);
  };
  let id = frames.request(step);
  return {
    transition,
    stop() {
      if (!running) return;
      running = false;
      frames.cancel(id);
      // Stopped before it started, it has nothing to end (a d3 transition is cancelled then).
      if (started) fire("interrupt");
    },
  };
}

// d3-ease's easeCubicInOut, a d3 transition's default easing.
function cubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}
