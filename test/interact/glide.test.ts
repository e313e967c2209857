// @vitest-environment node
// The zoom's glide (src/interact/glide.ts), on frames and a clock run by hand: it ends exactly
// where it was sent, a zoom about a point keeps that point's time under it all the way, the scale
// changes one way only, and a stopped glide sets nothing more.
import fc from "fast-check";
import { zoomIdentity, type ZoomTransform } from "d3-zoom";
import { describe, expect, it } from "vitest";
import { glideZoom, type Frames } from "../../src/interact/glide.js";

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

const at = (x: number, k: number) => zoomIdentity.translate(x, 0).scale(k);

describe("the zoom's glide", () => {
  it("lands on the very transform asked for, after its duration and not before", () => {
    const hand = handFrames();
    const seen: ZoomTransform[] = [];
    const to = at(-1234.5, 3.7);
    glideZoom({ from: at(0, 1), to, point: [400, 210], size: 800, duration: 300 }, (t) => seen.push(t), hand.frames, hand.now);
    const ran = hand.run();
    expect(ran).toBe(18);
    expect(seen.at(-1)).toBe(to);
    expect(seen.slice(0, -1).every((t) => t !== to && Math.abs(t.k - to.k) > 1e-9)).toBe(true);
  });

  it("keeps the time under the point where the reader zoomed, and moves the scale one way", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 1e6, noNaN: true }), fc.double({ min: -0.9, max: 3, noNaN: true }), fc.double({ min: 12, max: 788, noNaN: true }), (k0, power, px) => {
        const factor = 2 ** (power >= 0 ? Math.max(power, 0.1) : Math.min(power, -0.1));
        const from = at(-k0 * 100, k0);
        const point: [number, number] = [px, 0];
        const [time] = from.invert(point);
        const to = at(px - time * k0 * factor, k0 * factor);
        const hand = handFrames();
        const seen: ZoomTransform[] = [];
        glideZoom({ from, to, point, size: 800, duration: 300 }, (t) => seen.push(t), hand.frames, hand.now);
        hand.run();
        let k = from.k;
        for (const t of seen) {
          expect(Math.abs(t.invert(point)[0] - time)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(time)));
          expect(factor > 1 ? t.k >= k * (1 - 1e-12) : t.k <= k * (1 + 1e-12)).toBe(true);
          k = t.k;
        }
        expect(seen.at(-1)).toBe(to);
      }),
      { numRuns: 200 },
    );
  });

  it("sets nothing more once stopped, and a second stop does nothing", () => {
    const hand = handFrames();
    const seen: ZoomTransform[] = [];
    const glide = glideZoom({ from: at(0, 1), to: at(-800, 2), point: [400, 0], size: 800, duration: 300 }, (t) => seen.push(t), hand.frames, hand.now);
    hand.run(5);
    glide.stop();
    glide.stop();
    expect(hand.run()).toBe(0);
    expect(seen).toHaveLength(5);
  });
});
