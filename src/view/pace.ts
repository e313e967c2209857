/**
 * The lists' pace: while the window moves, a frame draws the chart only and the lists wait until
 * the window has rested, so a zoom frame does no work a reader cannot see yet.
 *
 * @module
 */
import type { ViewState } from "./state.js";
import type { TimelineOptions } from "./types.js";

// How long the window must rest before the lists catch up with it, ms: longer than the gap
// between a wheel's or a drag's frames, short enough to feel immediate.
const SETTLE = 150;

/** See {@link listsPace}. */
export interface ListsPace {
  /** The next draw is a move of the window. */
  moving(): void;
  /** Whether this draw may keep the lists as last drawn; if so, a draw is asked for once the window rests. */
  stale(state: ViewState, options: TimelineOptions): boolean;
  cancel(): void;
}

/**
 * Pace the lists of one timeline: `redraw` is asked for when the window has rested.
 *
 * @example
 * ```ts
 * const pace = listsPace(() => frames.schedule());
 * pace.moving(); pace.stale(state, options); // true while nothing but the window changed
 * ```
 */
export function listsPace(redraw: () => void): ListsPace {
  let moving = false;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let drawnFor: { state: ViewState; options: TimelineOptions } | undefined;
  return {
    moving: () => void (moving = true),
    stale(state, options) {
      const stale = moving && drawnFor !== undefined && drawnFor.options === options && sameChoices(drawnFor.state, state);
      moving = false;
      if (!stale) {
        drawnFor = { state, options };
        return false;
      }
      clearTimeout(settle);
      settle = setTimeout(() => ((settle = undefined), redraw()), SETTLE);
      return true;
    },
    cancel: () => clearTimeout(settle),
  };
}

// Whether the lists show the same choices in two states (the window aside).
function sameChoices(a: ViewState, b: ViewState): boolean {
  return a.selected === b.selected && a.highlighted === b.highlighted && a.source === b.source && a.view === b.view && a.eventsPage === b.eventsPage && a.sourcesPage === b.sourcesPage;
}
