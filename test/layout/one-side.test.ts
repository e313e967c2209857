// @vitest-environment node
// Dates known only from one side: EDTF's one-of set open at one end, `[..1760-12-03]` (on or
// before) and `[1760-12..]` (on or after), two of the specification's own examples. Read as the
// date written with its side, said so in words, saved as written; drawn as a mark at that date
// with a band of where it may be running on to the plot's edge that way, fading, as an open end
// of a span does, in either direction of time.
import { describe, expect, it } from "vitest";
import { describeDate, describeSpan, layoutTimeline, loadTimeline, renderToString, type PointItem, type SpanItem, type TimelineLayout } from "../../src/core.js";
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
    // An event of 1990 makes the extent reach back there, so the window stands (a window outside
    // the extent is pulled into it).
    const wide = { ...timeline, events: [...loadTimeline({ events: [{ id: "then", title: "Then", start: "1989-06" }] }).timeline.events, ...timeline.events] };
    const before = layoutTimeline(wide, { width: 800, domain: window("1990-01-01", "1990-02-01"), breaks: "none" });
    expect(before.domain).toEqual(window("1990-01-01", "1990-02-01"));
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

  describe("an end of a span known from one side", () => {
    const spans = loadTimeline({
      events: [
        { id: "began", title: "Began before 2000, ended 2004", start: "[..1999]", end: "2004" },
        { id: "ended", title: "Began 2001, ended after 2005", start: "2001", end: "[2006..]" },
        { id: "late", title: "Began on or after 2002, ended 2004", start: "[2002..]", end: "2004" },
        { id: "early", title: "Began 2001, ended on or before 2003", start: "2001", end: "[..2003]" },
      ],
    }).timeline;
    const spanOf = (layout: TimelineLayout, id: string) => layout.items.find((i): i is SpanItem => i.kind === "span" && i.id === id);
    const at = (layout: TimelineLayout, t: number) => layout.plot.x + ((t - layout.domain[0]) / (layout.domain[1] - layout.domain[0])) * layout.plot.width;

    it("runs its doubt to the plot's edge that way: a start on or before its date from the left edge, an end on or after from the right", () => {
      const layout = layoutTimeline(spans, { width: 1000, domain: window("1997-01-01", "2009-01-01"), breaks: "none" });
      const { x, width } = layout.plot;
      const began = spanOf(layout, "began")!;
      // It may have begun any time up to the end of 1999: its start band from the plot's edge.
      expect(began.startBand[0]).toBeLessThanOrEqual(x);
      expect(began.startBand[1]).toBeCloseTo(at(layout, Date.UTC(2000, 0, 1) - 1), 6);
      const ended = spanOf(layout, "ended")!;
      expect(ended.endBand[0]).toBeCloseTo(at(layout, Date.UTC(2006, 0, 1)), 6);
      expect(ended.endBand[1]).toBeGreaterThanOrEqual(x + width);
      // A start on or after 2002 may come as late as the end's band; an end on or before 2003 as
      // early as the start's.
      const late = spanOf(layout, "late")!;
      expect([late.startBand[0], late.startBand[1]]).toEqual([at(layout, Date.UTC(2002, 0, 1)), late.endBand[0]]);
      const early = spanOf(layout, "early")!;
      expect([early.endBand[0], early.endBand[1]]).toEqual([early.startBand[1], at(layout, Date.UTC(2004, 0, 1) - 1)]);
      expect(describeSpan(spans.events[0]!.start, spans.events[0]!.end)).toBe("on or before 1999 – 2004");
    });

    it("reaches on without limit that way: drawn in a window long before a start on or before its date, and long after an end on or after", () => {
      // Two more events make the timeline's extent reach 1990 and 2015, so the windows stand.
      const wide = { ...spans, events: [...spans.events, ...loadTimeline({ events: [{ id: "then", title: "Then", start: "1990" }, { id: "later", title: "Later", start: "2015" }] }).timeline.events] };
      const long = layoutTimeline(wide, { width: 1000, domain: window("1990-01-01", "1991-01-01"), breaks: "none" });
      expect(long.domain).toEqual(window("1990-01-01", "1991-01-01"));
      expect(long.items.filter((i) => i.kind === "span").map((i) => i.id)).toEqual(["began"]);
      const after = layoutTimeline(wide, { width: 1000, domain: window("2014-01-01", "2015-01-01"), breaks: "none" });
      expect(after.domain).toEqual(window("2014-01-01", "2015-01-01"));
      expect(after.items.filter((i) => i.kind === "span").map((i) => i.id)).toEqual(["ended"]);
    });
  });
});
