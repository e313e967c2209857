// Work done while the page is idle, a step at a time (view/frame.ts `inIdleSteps`): as many steps
// as the idle time holds and at least one, then on at the next idle time, until a step says done.
import { afterEach, describe, expect, it, vi } from "vitest";
import { inIdleSteps } from "../../src/view/frame.js";

type Idle = (deadline: { timeRemaining(): number; didTimeout: boolean }) => void;
const win = window as unknown as { requestIdleCallback?: (fn: Idle, o?: object) => number; cancelIdleCallback?: (id: number) => void };

afterEach(() => {
  vi.restoreAllMocks();
  delete win.requestIdleCallback;
  delete win.cancelIdleCallback;
  vi.useRealTimers();
});

// Idle callbacks run by hand, each with a clock that loses `cost` ms a step from `room`.
function idlePage() {
  const queued = new Map<number, Idle>();
  let next = 1;
  win.requestIdleCallback = (fn) => (queued.set(next, fn), next++);
  win.cancelIdleCallback = (id) => void queued.delete(id);
  const spent = { ms: 0 };
  vi.spyOn(performance, "now").mockImplementation(() => spent.ms);
  return {
    spent,
    queued,
    run(room: number) {
      const [id, fn] = [...queued][0]!;
      queued.delete(id);
      const start = spent.ms;
      fn({ timeRemaining: () => Math.max(0, room - (spent.ms - start)), didTimeout: false });
    },
  };
}

describe("steps while the page is idle", () => {
  it("take as many steps as the idle time holds, at least one, up to 10 ms, then go on at the next idle time until done", () => {
    const page = idlePage();
    const taken: number[] = [];
    let count = 0;
    inIdleSteps(document, () => {
      page.spent.ms += 3;
      taken.push(++count);
      return count === 9;
    });
    expect(taken).toEqual([]);
    page.run(10); // 10, 7, 4 ms left before each step: three steps, then 1 left
    expect(taken).toEqual([1, 2, 3]);
    page.run(0); // no room: one step all the same
    expect(taken).toEqual([1, 2, 3, 4]);
    page.run(50); // room for 15 steps, but 10 ms is four
    expect(taken).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    page.run(50);
    expect(taken).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(page.queued.size).toBe(0);
  });

  it("cancelled between idle times take no more steps", () => {
    const page = idlePage();
    let count = 0;
    const cancel = inIdleSteps(document, () => (page.spent.ms += 20, ++count, false));
    page.run(5);
    expect(count).toBe(1);
    cancel();
    expect(page.queued.size).toBe(0);
  });

  it("without idle callbacks take a step a moment later, one at a time", () => {
    vi.useFakeTimers();
    let count = 0;
    const cancel = inIdleSteps(document, () => ++count === 3);
    expect(count).toBe(0);
    vi.advanceTimersByTime(100);
    expect(count).toBe(1);
    vi.advanceTimersByTime(250);
    expect(count).toBe(3);
    vi.advanceTimersByTime(1000);
    expect(count).toBe(3);
    cancel();
  });
});
