/**
 * Deep links: the visible window, the selected event and the story's slide in the page's URL hash
 * (`#cl=start,end,id,slide`), so a shared link opens on the same view.
 *
 * @module
 */

/** What a deep link names. */
export interface Linked {
  /** The window, UTC ms. */
  window?: [number, number];
  /** The selected event's id. */
  id?: string;
  /** The story's slide, from 0 (the title slide, when the story has one): the link opens the story there. */
  slide?: number;
}

/**
 * The view a deep link names: `#cl=start,end[,event id[,slide]]`, times in UTC ms. The id is
 * percent-encoded (so it holds no comma); a link into a story's title slide has an empty id.
 *
 * @example
 * ```ts
 * readHash("#cl=0,86400000,visit,5"); // { window: [0, 86400000], id: "visit", slide: 5 }
 * ```
 */
export function readHash(hash: string): Linked | undefined {
  const m = /(?:^#|&)cl=(-?\d+),(-?\d+)(?:,([^&,]*)(?:,(\d{1,9}))?)?/.exec(hash);
  if (!m) return undefined;
  const window: [number, number] = [Number(m[1]), Number(m[2])];
  const out: Linked = {};
  if (Number.isFinite(window[0]) && Number.isFinite(window[1]) && window[0] < window[1]) out.window = window;
  if (m[4]) out.slide = Number(m[4]);
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
 * The hash for a view: `#cl=start,end`, the selected event's id when there is one, and the
 * story's slide in the story view.
 *
 * @example
 * ```ts
 * hashOf([0, 86400000], "visit"); // "#cl=0,86400000,visit"
 * hashOf([0, 86400000], null, 0); // "#cl=0,86400000,,0": a story's title slide
 * ```
 */
export function hashOf(domain: readonly [number, number], selected: string | null, slide: number | null = null): string {
  const [a, b] = domain.map((ms) => Math.round(ms));
  const id = selected ? encodeURIComponent(selected) : "";
  return `#cl=${a},${b}${slide !== null ? `,${id},${slide}` : id ? `,${id}` : ""}`;
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
