/**
 * Deep links: the visible window and the selected event in the page's URL hash
 * (`#cl=start,end,id`), so a shared link opens on the same view.
 *
 * @module
 */

/** The view a deep link names: `#cl=start,end[,event id]`, times in UTC ms. */
export function readHash(hash: string): { window?: [number, number]; id?: string } | undefined {
  const m = /(?:^#|&)cl=(-?\d+),(-?\d+)(?:,([^&]*))?/.exec(hash);
  if (!m) return undefined;
  const window: [number, number] = [Number(m[1]), Number(m[2])];
  const out: { window?: [number, number]; id?: string } = {};
  if (Number.isFinite(window[0]) && Number.isFinite(window[1]) && window[0] < window[1]) out.window = window;
  if (m[3]) {
    try {
      out.id = decodeURIComponent(m[3]);
    } catch {
      // A mangled id is no id: the link still opens on its window.
    }
  }
  return out;
}

/**
 * The hash for a view: `#cl=start,end` and the selected event's id when there is one.
 *
 * @example
 * ```ts
 * hashOf([0, 86400000], "visit"); // "#cl=0,86400000,visit"
 * ```
 */
export function hashOf(domain: readonly [number, number], selected: string | null): string {
  const [a, b] = domain.map((ms) => Math.round(ms));
  return `#cl=${a},${b}${selected ? `,${encodeURIComponent(selected)}` : ""}`;
}

/**
 * Write the view into the address once it settles: browsers throttle history updates made on
 * every frame of a zoom (and warn about it). Returns a function that writes later, and a stop.
 *
 * @example
 * ```ts
 * const hash = followHash(window, 200); hash.schedule(() => hashOf(domain, null));
 * ```
 */
export function followHash(win: Window | null, delay: number): { schedule(next: () => string): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule(next) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!win) return;
        const hash = next();
        if (win.location.hash !== hash) win.history.replaceState(win.history.state, "", hash);
      }, delay);
    },
    stop: () => clearTimeout(timer),
  };
}
