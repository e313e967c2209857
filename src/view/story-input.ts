/**
 * Story mode's own input: the arrow keys (and Home, End) while the focus is in the slide, a swipe
 * across the slide, and where the focus goes on a new slide. The way the buttons lead decides the
 * way the keys and a swipe go: on a right-to-left page, or with time running right to left,
 * → goes back. There is no wheel or scroll listener and nothing is prevented but the keys handled:
 * the story never takes the page's scroll (`touch-action: pan-y` leaves vertical swipes to it).
 *
 * @module
 */
import type { Effect, Step, ViewContext, ViewState } from "./state.js";
import { storyGo, storyStep } from "./story.js";

/** What story input needs from the timeline. */
export interface StoryInputHost {
  state(): ViewState;
  context(): ViewContext;
  apply(step: Step): void;
}

// A swipe: this far across (px), and more across than down.
const SWIPE = 40;

// Whether "next" is to the left: the slide's buttons run right to left.
function backwards(slide: Element): boolean {
  const nav = slide.querySelector(".cl-slide-nav") ?? slide;
  return nav.ownerDocument.defaultView?.getComputedStyle(nav).direction === "rtl";
}

/**
 * Handle a key pressed in the slide: ← → the previous or next slide (the other way round when the
 * buttons run right to left), Home and End the first and last. Returns whether it was one of these.
 *
 * @example
 * ```ts
 * root.addEventListener("keydown", (e) => { if ((e.target as Element).closest(".cl-slide")) slideKey(e, host); });
 * ```
 */
export function slideKey(event: KeyboardEvent, host: StoryInputHost): boolean {
  const slide = (event.target as Element | null)?.closest?.(".cl-slide");
  // Alt+← is the browser's Back, and the others belong to the page or the reader's tools.
  if (!slide || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const state = host.state();
  const ctx = host.context();
  let step: Step;
  if (event.key === "ArrowRight" || event.key === "ArrowLeft") step = storyStep(state, ctx, (event.key === "ArrowRight") !== backwards(slide) ? 1 : -1, "key");
  else if (event.key === "Home") step = storyGo(state, ctx, 0, "key");
  else if (event.key === "End") step = storyGo(state, ctx, Number.MAX_SAFE_INTEGER, "key");
  else return false;
  event.preventDefault();
  host.apply(step);
  return true;
}

/**
 * Listen for swipes across the slide (a touch or a pen; a mouse drag selects text, as it should):
 * across by more than 40 px and more across than down is the next or previous slide. Passive
 * listeners that never prevent anything, so vertical scrolling is the page's. Returns a stop.
 *
 * @example
 * ```ts
 * const stop = bindSwipe(root, host); // later: stop()
 * ```
 */
export function bindSwipe(root: HTMLElement, host: StoryInputHost): () => void {
  let start: { id: number; x: number; y: number; slide: Element } | undefined;
  const down = (event: PointerEvent) => {
    const slide = (event.target as Element | null)?.closest?.(".cl-slide");
    start = slide && event.isPrimary && event.pointerType !== "mouse" ? { id: event.pointerId, x: event.clientX, y: event.clientY, slide } : undefined;
  };
  const up = (event: PointerEvent) => {
    if (!start || event.pointerId !== start.id) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    const { slide } = start;
    start = undefined;
    if (Math.abs(dx) <= SWIPE || Math.abs(dx) <= Math.abs(dy) * 2 || host.state().view !== "story") return;
    // A finger moving left pulls the next slide in from the right (the other way round in right to left).
    host.apply(storyStep(host.state(), host.context(), dx < 0 !== backwards(slide) ? 1 : -1, "swipe"));
  };
  const cancel = () => void (start = undefined);
  const passive = { passive: true } as const;
  root.addEventListener("pointerdown", down, passive);
  root.addEventListener("pointerup", up, passive);
  root.addEventListener("pointercancel", cancel, passive);
  return () => {
    root.removeEventListener("pointerdown", down);
    root.removeEventListener("pointerup", up);
    root.removeEventListener("pointercancel", cancel);
  };
}

/**
 * Carry out a slide's focus effect: keep the focus in the slide (on the slide itself when what had
 * it is gone with the old slide), or on the button pressed, or the other one once that is disabled.
 *
 * @example
 * ```ts
 * focusInSlide(root, { type: "focus", to: "slide-button", button: "next" });
 * ```
 */
export function focusInSlide(root: HTMLElement, effect: Extract<Effect, { to: "slide" | "slide-button" }>): void {
  const slide = root.querySelector<HTMLElement>(".cl-slide");
  if (!slide) return;
  if (effect.to === "slide") {
    if (!slide.contains(root.ownerDocument.activeElement)) slide.focus();
    return;
  }
  const other = effect.button === "prev" ? "next" : "prev";
  (slide.querySelector<HTMLButtonElement>(`.cl-slide-${effect.button}:not(:disabled)`) ?? slide.querySelector<HTMLButtonElement>(`.cl-slide-${other}`))?.focus();
}
