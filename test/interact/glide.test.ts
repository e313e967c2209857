// @vitest-environment node
// The zoom's glide (src/interact/glide.ts), on frames and a clock run by hand, driven as d3-zoom
// drives a transition it is handed: its start once, its tween at each frame with the time eased
// one way from 0 to exactly 1, its end once; stopped, an interrupt and nothing more, and nothing at
// all when stopped before its first frame.
import type { Selection } from "d3-selection";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { glideOn, type Frames } from "../../src/interact/glide.js";

// Frames at 60 per second on a clock of their own.
function handFrames() {
  let clock = 1000;
  let queued: (() => void) | undefined;
  let next = 1;
  const frames: Frames = {
    request(callback) {
      queued = callback;
      return next++;
    },
    cancel() {
      queued = undefined;
    },
  };
  return {
    frames,
    now: () => clock,
    // Runs frames until none is asked for (or `most` have run); says how many ran.
    run(most = 1000) {
      let ran = 0;
      while (queued && ran < most) {
        clock += 1000 / 60;
        const callback = queued;
        queued = undefined;
        callback();
        ran++;
      }
      return ran;
    },
  };
}

// A glide over a stand-in element, with what d3-zoom's `schedule` registers on it, recorded.
function scheduled(duration = 300) {
  const hand = handFrames();
  const node = { id: "svg" };
  const selection = { node: () => node } as unknown as Selection<Element, unknown, null, undefined>;
  const glide = glideOn(selection, duration, hand.frames, hand.now);
  const seen: string[] = [];
  const times: number[] = [];
  glide.transition
    .on("start.zoom", function (this: unknown) {
      seen.push(this === node ? "start" : "start on another");
    })
    .on("interrupt.zoom end.zoom", () => void seen.push("over"))
    .tween("zoom", () => (t: number) => void times.push(t));
  return { glide, hand, seen, times };
}

describe("the zoom's glide", () => {
  it("starts at the next frame, tweens to exactly 1 after its duration and not before, and ends once", () => {
    const { hand, seen, times } = scheduled();
    expect(seen).toEqual([]);
    expect(hand.run()).toBe(18);
    expect(seen).toEqual(["start", "over"]);
    expect(times.at(-1)).toBe(1);
    expect(times.slice(0, -1).every((t) => t > 0 && t < 1)).toBe(true);
  });

  it("moves the eased time one way, for any duration", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (duration) => {
        const { hand, times } = scheduled(duration);
        hand.run();
        for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]!);
        expect(times.at(-1)).toBe(1);
      }),
      { numRuns: 100 },
    );
  });

  it("tweens nothing more once stopped, says it was interrupted, and a second stop does nothing", () => {
    const { glide, hand, seen, times } = scheduled();
    hand.run(5);
    glide.stop();
    glide.stop();
    expect(hand.run()).toBe(0);
    expect(times).toHaveLength(5);
    expect(seen).toEqual(["start", "over"]);
  });

  it("stopped before its first frame, neither starts nor ends", () => {
    const { glide, hand, seen, times } = scheduled();
    glide.stop();
    expect(hand.run()).toBe(0);
    expect(seen).toEqual([]);
    expect(times).toEqual([]);
  });
});
