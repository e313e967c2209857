// @vitest-environment node
// A wide zoom over 100,000 events: nearly every event in reach has no room, and must be told so
// without a search of the rows. 17,000 events of the bench's first zoom step took the search
// (their centres stood in gaps no interval covers), enough to make the step drop frames; the
// layout was the same either way, so only counting the searches shows it. Not timed.
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { layoutTimeline } from "../../src/layout/layout.js";
import { Rows } from "../../src/layout/rows.js";
// The bench's own data and zoom: what a reader's page hands over (see bench/browser-page.mjs).
import { rawEvents, zoomWindows } from "../../bench/browser-page.mjs";

afterEach(() => vi.restoreAllMocks());

describe("a wide zoom over 100,000 events", () => {
  it("searches the rows for a few hundred events at each of the first steps, not thousands", () => {
    const { timeline } = loadTimeline(rawEvents(100_000));
    const size = { width: 1200, height: 600 };
    let layout = layoutTimeline(timeline, size);
    const windows = zoomWindows(layout.extent);
    const searches = vi.spyOn(Rows.prototype, "place");
    const overflowed = vi.spyOn(Rows.prototype, "overflowFull");
    for (const domain of windows.slice(0, 3)) {
      searches.mockClear();
      overflowed.mockClear();
      layout = layoutTimeline(timeline, { ...size, domain, previous: layout });
      const clustered = layout.items.reduce((n, item) => n + (item.kind === "cluster" ? item.members.length : 0), 0);
      // Most events are clustered, and told so in runs, not one search each.
      expect(clustered).toBeGreaterThan(10_000);
      expect(overflowed).toHaveBeenCalled();
      expect(searches.mock.calls.length).toBeLessThan(clustered / 20);
    }
  });
});
