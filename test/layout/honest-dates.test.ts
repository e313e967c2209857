// @vitest-environment node
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { loadTimeline } from "../../src/load.js";
import { layoutTimeline } from "../../src/layout/layout.js";
import type { ItemLayout, PointItem, SpanItem } from "../../src/layout/types.js";

const ARCHIVE = loadTimeline(readFileSync("test/fixtures/dates/archive.json", "utf8")).timeline;
const byTitle = (items: ItemLayout[], id: string) => items.find((i) => i.id.includes(id));

describe("open, unknown and many-valued dates on the chart", () => {
  for (const [name, options] of [
    ["the whole timeline", { width: 1280, height: 640 }],
    ["one year", { width: 1280, height: 640, domain: [Date.UTC(1666, 0, 1), Date.UTC(1667, 0, 1)] as [number, number] }],
    ["a phone", { width: 320, height: 640 }],
  ] as const) {
    it(`an open end runs to the plot's right edge and fades there: ${name}`, () => {
      const layout = layoutTimeline(ARCHIVE, options);
      const right = layout.plot.x + layout.plot.width;
      const society = byTitle(layout.items, "royal-society") as SpanItem;
      expect(society.end.bound).toBe("open");
      expect(society.bar[1]).toBeGreaterThanOrEqual(right);
      expect(society.endBand[1] - society.endBand[0]).toBeGreaterThan(20);
      expect(society.name).toContain("from 28 November 1660 on");
    });
  }

  it("an open start runs from the plot's left edge", () => {
    const layout = layoutTimeline(ARCHIVE, { width: 1280, height: 640 });
    const bakery = byTitle(layout.items, "pudding-lane") as SpanItem;
    expect([bakery.start.bound, bakery.bar[0] <= layout.plot.x, bakery.name]).toEqual(["open", true, "A bakery on Pudding Lane, until 2 September 1666, 1 source"]);
  });

  it("an unknown end is a short stub after the start, said in words", () => {
    const layout = layoutTimeline(ARCHIVE, { width: 1280, height: 640 });
    const book = byTitle(layout.items, "micrographia") as SpanItem;
    expect(book.end.bound).toBe("unknown");
    expect(book.bar[1] - book.startBand[1]).toBeGreaterThan(10);
    expect(book.bar[1]).toBeLessThan(layout.plot.x + layout.plot.width / 2 + 200);
    expect(book.label?.sub).toBe("January 1665 – end unknown");
  });

  it("a set is one mark per candidate on one row, with its label beside them all", () => {
    const layout = layoutTimeline(ARCHIVE, { width: 1280, height: 640 });
    const newton = byTitle(layout.items, "prism") as PointItem;
    expect(newton.set?.kind).toBe("one-of");
    const [first, second] = newton.set?.candidates ?? [];
    expect(first![1]).toBeLessThanOrEqual(second![0] + 0.5);
    expect(newton.label!.x).toBeGreaterThan(second![1]);
    expect(newton.name).toBe("Newton's prism experiments, one of 1665, 1666, 1 source");
    const pepys = byTitle(layout.items, "pepys") as PointItem;
    expect([pepys.set?.kind, pepys.set?.candidates.length]).toEqual(["all-of", 3]);
  });

  it("nothing overlaps on a row and every event is drawn or clustered", () => {
    for (const width of [320, 800, 1280]) {
      const layout = layoutTimeline(ARCHIVE, { width, height: 640 });
      const seen = new Set(layout.items.flatMap((i) => (i.kind === "cluster" ? i.members : [i.id])));
      expect(seen.size).toBe(ARCHIVE.events.length);
      const rows = new Map<string, ItemLayout[]>();
      for (const i of layout.items) rows.set(`${i.lane}/${i.row}`, [...(rows.get(`${i.lane}/${i.row}`) ?? []), i]);
      for (const row of rows.values()) {
        const sorted = [...row].sort((a, b) => a.x0 - b.x0);
        sorted.slice(1).forEach((item, k) => expect(item.x0).toBeGreaterThanOrEqual(sorted[k]!.x1 - 0.5));
      }
    }
  });
});
