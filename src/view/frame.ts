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

/**
 * Run `fn` once the page is idle (in a browser without idle callbacks, a moment later); returns
 * a function that cancels it.
 *
 * @example
 * ```ts
 * const cancel = whenIdle(document, () => warmUp()); // on destroy: cancel()
 * ```
 */
export function whenIdle(doc: Document, fn: () => void): () => void {
  const win = doc.defaultView;
  if (win?.requestIdleCallback) {
    const id = win.requestIdleCallback(fn, { timeout: 1000 });
    return () => win.cancelIdleCallback(id);
  }
  const timer = setTimeout(fn, 100);
  return () => clearTimeout(timer);
}
