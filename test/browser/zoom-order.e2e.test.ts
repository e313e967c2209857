// @vitest-environment node
// While the window moves, the DOM writer leaves the items it keeps where they stand and the window's
// rest puts them back in time order (src/write/dom.ts, `orderLater`): a move costs Chromium the
// node's style and layout anew. In the real (system) Chromium the picture a moving frame paints is
// the very one the window shows at rest, pixel for pixel, and at rest the items stand in the
// layout's order, which screen readers follow. Needs `npm run build` first.
import { describe, expect, it } from "vitest";
import { browser, server, useChromium, watchErrors } from "./harness.js";

useChromium();

const DAY = 86_400_000;

describe("a zoom's item order in Chromium", () => {
  it("paints the same picture while the window moves as at rest, and is in time order at rest", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/bench/page.html`);
    await page.evaluate(() => {
      // The window rests when this test says so: the lists' pace (src/view/pace.ts, 150 ms) is
      // held, however slow the machine is at taking a picture.
      const held = new Map<number, () => void>();
      const [set, clear] = [window.setTimeout.bind(window), window.clearTimeout.bind(window)];
      let next = 1e9;
      const timers = window as unknown as { rest(): void; setTimeout: unknown; clearTimeout: unknown };
      timers.setTimeout = (fn: () => void, ms?: number) => (ms === 150 ? (held.set(++next, fn), next) : set(fn, ms));
      timers.clearTimeout = (id: number) => (held.delete(id) ? undefined : clear(id));
      timers.rest = () => {
        const due = [...held.values()];
        held.clear();
        due.forEach((fn) => fn());
      };
      // 2,000 events over 20 years in 6 groups, a third of them spans, titles of every length.
      const start = Date.UTC(1990, 0, 1);
      const events = Array.from({ length: 2000 }, (_, i) => {
        const t = start + ((i * 7919) % 2000) * ((20 * 365 * 86_400_000) / 2000);
        const e: Record<string, unknown> = { id: `e${i}`, title: `Event ${i} ${"talks ".repeat(i % 5)}`.trim(), start: new Date(t).toISOString().slice(0, 10), group: `g${i % 6}` };
        if (i % 3 === 0) e.end = new Date(t + (i % 40) * 86_400_000).toISOString().slice(0, 10);
        return e;
      });
      const w = window as unknown as { Citeline: typeof import("../../src/umd.js"); handle: unknown };
      w.handle = w.Citeline.createTimeline(document.getElementById("timeline")!, { data: { events } });
    });
    const order = () =>
      page.evaluate(() => {
        const handle = (window as unknown as { handle: { layout: { items: { id: string }[] } } }).handle;
        return { drawn: [...document.querySelectorAll<SVGGElement>("g.cl-item")].map((g) => g.dataset.id), laidOut: handle.layout.items.map((d) => d.id) };
      });
    let outOfOrder = 0;
    for (const half of [2000, 900, 400, 180, 80, 35].map((d) => d * DAY)) {
      await page.evaluate(async (half) => {
        const handle = (window as unknown as { handle: { zoomTo(w: [number, number]): void } }).handle;
        const mid = Date.UTC(2001, 5, 1);
        handle.zoomTo([mid - half, mid + half]);
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }, half);
      const moving = await order();
      if (moving.drawn.join() !== moving.laidOut.join()) outOfOrder++;
      const painted = await page.locator("svg.cl-svg").screenshot();
      expect((await order()).drawn).toEqual(moving.drawn);
      await page.evaluate(async () => {
        (window as unknown as { rest(): void }).rest();
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      });
      const rested = await order();
      expect(rested.drawn).toEqual(rested.laidOut);
      expect((await page.locator("svg.cl-svg").screenshot()).equals(painted)).toBe(true);
    }
    // The moving frames did leave items out of order: this test saw the case it is about.
    expect(outOfOrder).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
