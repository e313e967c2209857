// @vitest-environment node
// Dates known only from one side: EDTF's one-of set open at one end, `[..1760-12-03]` (on or
// before) and `[1760-12..]` (on or after), two of the specification's own examples. Read as the
// date written with its side, said so in words, saved as written; drawn as a mark at that date
// with a band of where it may be running on to the plot's edge that way, fading, as an open end
// of a span does, in either direction of time.
import { describe, expect, it } from "vitest";
import { describeDate, layoutTimeline, loadTimeline, renderToString, type PointItem, type TimelineLayout } from "../../src/core.js";
import { readDate } from "../../src/model/date.js";

const load = (start: string) => loadTimeline({ events: [{ id: "talks", title: "Talks on the pact begin", start, sources: [{ publisher: "The New York Times" }] }, { id: "visit", title: "Visit", start: "2008-06-07" }] });
const pointOf = (layout: TimelineLayout, id = "talks") => layout.items.find((i): i is PointItem => i.kind === "point" && i.id === id);
const window = (from: string, to: string): [number, number] => [Date.parse(from), Date.parse(to)];

describe("a date known only from one side", () => {
  it("is read as the date written, with its side, and keeps its EDTF as written", () => {
    expect(readDate("[..1760-12-03]")).toMatchObject({ ok: true, date: { side: "before", precision: "day", qualifier: "exact", earliest: Date.UTC(1760, 11, 3), latest: Date.UTC(1760, 11, 4) - 1, edtf: "[..1760-12-03]" } });
    expect(readDate("[1760-12..]")).toMatchObject({ ok: true, date: { side: "after", precision: "month", earliest: Date.UTC(1760, 11, 1), latest: Date.UTC(1761, 0, 1) - 1, edtf: "[1760-12..]" } });
    expect(readDate("[..2008-06?]")).toMatchObject({ ok: true, date: { side: "before", qualifier: "uncertain", edtf: "[..2008-06?]" } });
    // Open among other members, or "all of" an open run: still refused, by name.
    expect(readDate("[1760-01,1760-12..]")).toMatchObject({ ok: false, code: "date-unsupported", reason: "open-set-member" });
    expect(readDate("{..1760}")).toMatchObject({ ok: false, code: "date-unsupported", reason: "open-set-member" });
  });

  it("says so in words, with how sure the date is", () => {
    const words = (text: string) => describeDate(load(text).timeline.events.find((e) => e.id === "talks")!.start);
    expect(words("[..1760-12-03]")).toBe("on or before 3 December 1760");
    expect(words("[1760-12..]")).toBe("on or after December 1760");
    expect(words("[..2008-06?]")).toBe("on or before June 2008 (uncertain)");
    expect(words("[2008-22..]")).toBe("on or after summer 2008");
  });

  it("loads back as it was saved", () => {
    const { timeline, diagnostics } = load("[..2008-03~]");
    expect(diagnostics).toEqual([]);
    const again = loadTimeline(JSON.stringify(timeline));
    expect(again.diagnostics).toEqual([]);
    expect(again.timeline).toEqual(timeline);
    expect(again.timeline.events.find((e) => e.id === "talks")!.start.edtf).toBe("[..2008-03~]");
  });

  it.each([
    ["[..2008-03]", "before", Date.UTC(2008, 3, 1) - 1],
    ["[2008-03..]", "after", Date.UTC(2008, 2, 1)],
  ] as const)("%s: its mark at the date's %s bound, its band running on to the plot's edge that way", (text, side, at) => {
    const { timeline } = load(text);
    for (const timeDirection of ["ltr", "rtl"] as const) {
      const layout = layoutTimeline(timeline, { width: 800, domain: window("2007-12-01", "2008-07-01"), timeDirection, breaks: "none" });
      const p = pointOf(layout)!;
      const { x, width } = layout.plot;
      const [d0, d1] = layout.domain;
      const ltr = x + ((at - d0) / (d1 - d0)) * width;
      const mark = timeDirection === "ltr" ? ltr : layout.width - ltr;
      expect(p.x).toBeCloseTo(mark, 6);
      expect(p.date.side).toBe(side);
      // Time left to right, "before" runs left; right to left, it runs right.
      const runsLeft = (side === "before") === (timeDirection === "ltr");
      if (runsLeft) expect(p.band).toEqual([Math.min(x, p.x - 28), p.x]);
      else expect(p.band).toEqual([p.x, Math.max(x + width, p.x + 28)]);
      expect(p.when).toBe(side === "before" ? "on or before March 2008" : "on or after March 2008");
    }
  });

  it("reaches on without limit: drawn in a window long before it, its label pinned into view, and in none after it", () => {
    const { timeline } = load("[..2008-03]");
    const before = layoutTimeline(timeline, { width: 800, domain: window("1990-01-01", "1990-02-01"), breaks: "none" });
    const p = pointOf(before)!;
    expect(p.x).toBeGreaterThan(before.plot.x + before.plot.width);
    // Its band reaches just past the plot's edge, not to a mark a million pixels away.
    expect(p.band[1]).toBeLessThanOrEqual(before.plot.x + before.plot.width + 28);
    expect(p.label?.pinned).toBe(true);
    expect(p.label!.x).toBeGreaterThanOrEqual(before.plot.x);
    const after = layoutTimeline(timeline, { width: 800, domain: window("2008-05-01", "2008-06-01"), breaks: "none" });
    expect(pointOf(after)).toBeUndefined();
  });

  it("is drawn as a ring over a hatched band that fades out toward the edge it runs to", () => {
    for (const [timeDirection, fade] of [["ltr", "fade-in"], ["rtl", "fade-out"]] as const) {
      const { timeline } = load("[..2008-03]");
      const svg = renderToString({ timeline, layout: layoutTimeline(timeline, { width: 800, domain: window("2007-12-01", "2008-07-01"), timeDirection, breaks: "none" }) }, { timeDirection });
      const item = /<g [^>]*data-id="talks"[^>]*>[\s\S]*?<\/g>/.exec(svg)![0];
      expect(item).toMatch(/class="[^"]*\bcl-banded\b[^"]*\bcl-side-before\b/);
      expect(item).toContain('class="cl-band-hatch"');
      expect(item).toMatch(new RegExp(`class="cl-band-fade"[^>]*fill="url\\(#[\\w-]+-${fade}\\)"`));
      expect(item).toContain('aria-label="Talks on the pact begin, on or before March 2008, 1 source"');
    }
    // A date known from both sides has no fade.
    expect(renderToString(load("2008-03").timeline, { width: 800 })).not.toContain("cl-band-fade");
  });
});
