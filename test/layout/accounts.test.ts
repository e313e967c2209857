// @vitest-environment node
// A disputed event in the layout: one item on one row, packed by the time its accounts cover,
// with a mark per account where the scale puts that account's date; its label and name say
// "disputed" in words, with each account's date and who gives it; mirrored when time runs right
// to left; counted once in the overview. (Random timelines with accounts also run through every
// layout property in properties.test.ts.)
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadTimeline } from "../../src/load.js";
import { ACCOUNT_MIN } from "../../src/layout/account-marks.js";
import { layoutTimeline } from "../../src/layout/layout.js";
import { timeScale } from "../../src/layout/scale.js";
import type { PointItem } from "../../src/layout/types.js";
import { languageOf } from "../../src/options.js";
import type { TimelineInput } from "../../src/types.js";

const SOURCES = [
  { id: "nyt", publisher: "The New York Times" },
  { id: "irna", publisher: "IRNA", via: "nyt" },
];
const INPUT: TimelineInput = {
  sources: SOURCES,
  events: [
    { id: "meet", title: "Maliki meets Ahmadinejad", accounts: [{ start: "2008-06-08", sources: ["irna"] }, { start: "2008-06-09", sources: ["nyt"] }] },
    { id: "visit", title: "Visit", start: "2008-06-07", end: "2008-06-09", sources: ["irna"] },
    { id: "talks", title: "Talks", start: "2008-06-06", sources: ["nyt"] },
  ],
};
const OPTIONS = { width: 1200, breaks: "none" as const };
const disputedItem = (l: ReturnType<typeof layoutTimeline>) => l.items.find((i) => i.id === "meet") as PointItem;

describe("a disputed event's layout", () => {
  const { timeline } = loadTimeline(INPUT);
  const layout = layoutTimeline(timeline, OPTIONS);
  const item = disputedItem(layout);

  it("is one item with a mark per account, each where its date falls, with its citation numbers", () => {
    expect(layout.items.filter((i) => i.id === "meet")).toHaveLength(1);
    expect(item.kind).toBe("point");
    const scale = timeScale(layout.domain, [layout.plot.x, layout.plot.x + layout.plot.width]);
    expect(item.accounts!.map((a) => a.band)).toEqual(timeline.events.find((e) => e.id === "meet")!.accounts!.map((a) => [scale(a.start.earliest), scale(a.start.latest)]));
    const numbers = Object.fromEntries(timeline.sources.map((s) => [s.id, s.number]));
    expect(item.accounts!.map((a) => a.citations)).toEqual([[numbers.irna], [numbers.nyt]]);
    expect(item.accounts!.map((a) => a.cites)).toEqual([String(numbers.irna), String(numbers.nyt)]);
  });

  it("takes the room its accounts cover together, so no other item on its row reaches into it", () => {
    const [first, last] = [item.accounts![0]!.band[0], item.accounts!.at(-1)!.band[1]];
    expect(item.x0).toBeLessThanOrEqual(first);
    expect(item.x1).toBeGreaterThanOrEqual(last);
    for (const other of layout.items) {
      if (other.id === item.id || other.lane !== item.lane || other.row !== item.row) continue;
      expect(other.x1 <= item.x0 || other.x0 >= item.x1).toBe(true);
    }
  });

  it("says 'disputed' and each account's date in its label, and who gives each in its name", () => {
    expect(item.label?.sub).toBe("disputed: 8 June 2008 or 9 June 2008");
    expect(item.name).toBe("Maliki meets Ahmadinejad, disputed: 8 June 2008 (IRNA, via The New York Times) or 9 June 2008 (The New York Times), 2 sources");
  });

  it("says it in the reader's language", () => {
    const fr = languageOf({ locale: "fr" });
    const l = layoutTimeline(timeline, { ...OPTIONS, locale: fr.locale, words: fr.messages.layout, dates: fr.dates });
    expect(disputedItem(l).name).toMatch(/^Maliki meets Ahmadinejad, contesté\u202f: 8 juin 2008 \(IRNA, via The New York Times\) ou 9 juin 2008 \(The New York Times\)/);
  });

  it("gives accounts too close to tell apart one mark with all their numbers, and two again closer up", () => {
    // The seed's disputed start of the war: 4 and 22 September 1980, 18 days apart.
    const war = loadTimeline({
      sources: [{ id: "iraq", publisher: "Government of Iraq" }, { id: "eb", publisher: "Encyclopædia Britannica" }],
      events: [{ id: "war", title: "The war begins", accounts: [{ start: "1980-09-04", sources: ["iraq"] }, { start: "1980-09-22", sources: ["eb"] }] }, { title: "Ceasefire", start: "1988-08-20" }],
    }).timeline;
    const wide = (layoutTimeline(war, { width: 360, breaks: "none" }).items.find((i) => i.id === "war") as PointItem).accounts!;
    expect(wide.map((a) => [a.accounts, a.cites, a.citations])).toEqual([[[0, 1], "1,2", [1, 2]]]);
    // The mark covers both dates.
    const [a, b] = war.events.find((e) => e.id === "war")!.accounts!;
    const scale = (l: ReturnType<typeof layoutTimeline>) => timeScale(l.domain, [l.plot.x, l.plot.x + l.plot.width]);
    const whole = layoutTimeline(war, { width: 360, breaks: "none" });
    expect(wide[0]!.band).toEqual([scale(whole)(a!.start.earliest), scale(whole)(b!.start.latest)]);
    const close = (layoutTimeline(war, { width: 360, breaks: "none", domain: [Date.UTC(1980, 7, 25), Date.UTC(1980, 9, 10)] }).items.find((i) => i.id === "war") as PointItem).accounts!;
    expect(close.map((m) => [m.accounts, m.cites])).toEqual([[[0], "1"], [[1], "2"]]);
  });

  it("mirrors its marks when time runs right to left", () => {
    const rtl = disputedItem(layoutTimeline(timeline, { ...OPTIONS, timeDirection: "rtl" }));
    expect(rtl.accounts!.map((a) => a.band)).toEqual(item.accounts!.map((a) => [1200 - a.band[1], 1200 - a.band[0]]));
  });

  it("is counted once in the overview", () => {
    const single = loadTimeline({ events: [{ title: "x", accounts: [{ start: "2008-06-08" }, { start: "2008-06-09" }, { start: "2008-06-10" }] }] }).timeline;
    const bins = layoutTimeline(single, { ...OPTIONS, overview: true }).overview!.bins;
    expect(Math.max(...bins)).toBe(1);
  });

  it("keeps every account's mark inside its item, for any accounts (property)", () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { minLength: 2, maxLength: 5 }), fc.constantFrom(320, 800, 1200), (days, width) => {
        const t = loadTimeline({ events: [{ id: "d", title: "Disputed", accounts: days.map((start) => ({ start })) }, { title: "Other", start: days[0]! }] }).timeline;
        const d = layoutTimeline(t, { width, breaks: "none" }).items.find((i): i is PointItem => i.id === "d");
        if (!d) return; // in a cluster at this width
        // Every account is drawn, by exactly one mark, left to right, and no two marks touch.
        expect(d.accounts!.flatMap((a) => a.accounts).sort((a, b) => a - b)).toEqual(days.map((_, i) => i));
        for (const a of d.accounts!) {
          expect(a.band[0]).toBeGreaterThanOrEqual(d.x0 - 1e-6);
          expect(a.band[1]).toBeLessThanOrEqual(d.x1 + 1e-6);
        }
        d.accounts!.forEach((a, i) => {
          if (i === 0) return;
          const b = d.accounts![i - 1]!;
          const centre = (m: typeof a) => (m.band[0] + m.band[1]) / 2;
          const half = (m: typeof a) => Math.max(m.band[1] - m.band[0], ACCOUNT_MIN) / 2;
          expect(centre(a) - centre(b)).toBeGreaterThanOrEqual(half(a) + half(b) - 0.5);
        });
      }),
      { seed: 20080608, numRuns: 100 },
    );
  });
});
