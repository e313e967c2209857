/**
 * Pictures that fail to load: never a broken-image icon. One listener on the timeline's root (an
 * image's `error` does not bubble, so it listens while the event travels down) notes the address
 * and asks for a redraw, and the scene draws that picture as its alt text, its credit kept. A
 * picture of server markup may have failed before the script ran, with no event left to hear:
 * `sweep`, run once when that markup is taken over, finds those.
 *
 * @module
 */

const IMAGES = "img.cl-media-img";

/** The failed addresses, and what stops the watching. */
export interface MediaWatch {
  /** Addresses (as written in `src`) that failed to load in this page. */
  readonly failed: ReadonlySet<string>;
  /** Note the pictures in `root` that already failed (server markup adopted before the script ran). */
  sweep(): void;
  /** Stop listening. */
  disconnect(): void;
}

/**
 * Watch the pictures drawn in `root`; `changed` is called (once per new failure) to draw again.
 *
 * @example
 * ```ts
 * const media = watchMedia(root, () => frames.schedule());
 * patch(root, timelineScene({ ...input, media: { load: true, failed: media.failed } }, cache));
 * media.sweep();
 * ```
 */
export function watchMedia(root: HTMLElement, changed: () => void): MediaWatch {
  const failed = new Set<string>();
  const fail = (img: HTMLImageElement): void => {
    const src = img.getAttribute("src");
    if (src === null || failed.has(src)) return;
    failed.add(src);
    // Hidden at once, so no broken icon shows for the frame before the redraw replaces it.
    img.hidden = true;
    changed();
  };
  const onError = (event: Event): void => {
    const target = event.target as Element | null;
    if (target?.matches?.(IMAGES) && root.contains(target)) fail(target as HTMLImageElement);
  };
  root.addEventListener("error", onError, true);
  return {
    failed,
    sweep() {
      // Loaded and nothing to show: the load ended in an error before anyone listened.
      for (const img of root.querySelectorAll<HTMLImageElement>(IMAGES)) if (img.complete && img.naturalWidth === 0 && img.naturalHeight === 0 && img.getAttribute("src")) fail(img);
    },
    disconnect: () => root.removeEventListener("error", onError, true),
  };
}
