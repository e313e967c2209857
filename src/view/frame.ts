/**
 * One draw per frame, however many changes ask for one; and the element's width, read when it
 * changes rather than on every draw (reading it forces a layout of the page).
 *
 * @module
 */

/**
 * A frame scheduler: `schedule()` asks for `run` on the next animation frame, once.
 *
 * @example
 * ```ts
 * const frames = frameScheduler(document, () => draw()); frames.schedule(); frames.schedule(); // one draw
 * ```
 */
export function frameScheduler(doc: Document, run: () => void): { schedule(): void; cancel(): void } {
  let frame = 0;
  const win = doc.defaultView;
  return {
    schedule() {
      if (frame) return;
      const go = () => {
        frame = 0;
        run();
      };
      frame = win?.requestAnimationFrame ? win.requestAnimationFrame(go) : (setTimeout(go, 16) as unknown as number);
    },
    cancel() {
      if (frame) win?.cancelAnimationFrame?.(frame);
      frame = 0;
    },
  };
}

/**
 * The element's width, px, followed by a ResizeObserver; `changed` is called with each new width.
 *
 * @example
 * ```ts
 * const width = watchWidth(element, 800, () => frames.schedule()); width.current();
 * ```
 */
export function watchWidth(element: HTMLElement, fallback: number, changed: (width: number) => void): { current(): number; disconnect(): void } {
  let observed: number | undefined;
  const resize = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(() => {
    observed = element.clientWidth || fallback;
    changed(observed);
  });
  resize?.observe(element);
  return {
    current: () => observed ?? (element.clientWidth || fallback),
    disconnect: () => resize?.disconnect(),
  };
}

/** Below this many ms of idle time left, a step waits for the next idle time. */
const STEP_ROOM = 4;
/**
 * Steps stop after this many ms of one idle time: a page with nothing to do gives 50 ms at a time,
 * and a reader's key or click waits for the steps filling it.
 */
const STEP_SLICE = 10;

/**
 * Run `step` while the page is idle until it returns true, a step at a time: as many steps as the
 * idle time holds, up to about 10 ms and at least one each time, then on at the next idle time (in
 * a browser without idle callbacks, a step a moment later). Returns a function that cancels what is left.
 *
 * @example
 * ```ts
 * const cancel = inIdleSteps(document, () => indexIds(timeline, 5_000)); // on destroy: cancel()
 * ```
 */
export function inIdleSteps(doc: Document, step: () => boolean): () => void {
  const win = doc.defaultView;
  let cancel = () => {};
  const run = (left: () => number) => {
    const began = performance.now();
    do if (step()) return;
    while (left() >= STEP_ROOM && performance.now() - began < STEP_SLICE);
    later();
  };
  const later = () => {
    if (win?.requestIdleCallback) {
      const id = win.requestIdleCallback((deadline) => run(() => deadline.timeRemaining()), { timeout: 1000 });
      cancel = () => win.cancelIdleCallback(id);
    } else {
      const timer = setTimeout(() => run(() => 0), 100);
      cancel = () => clearTimeout(timer);
    }
  };
  later();
  return () => cancel();
}
