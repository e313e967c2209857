// @vitest-environment node
// The page stays light whatever the number of events: at 100,000 events (and 20,000 sources) the
// timeline's container holds at most 1,500 elements, lists included, after the first render, at
// a one-month zoom and in the list view; and the pager still reaches every event.
import { describe, expect, it } from "vitest";
import { browser, server, useChromium, watchErrors } from "./harness.js";

useChromium();

const BUDGET = 1_500;
const COUNT = 100_000;

describe("DOM size in Chromium", () => {
  it(`holds at most ${BUDGET} elements at ${COUNT.toLocaleString("en")} events, wherever the reader is`, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/bench/page.html`);
    const result = await page.evaluate(async (count) => {
      const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const rest = () => new Promise((resolve) => setTimeout(resolve, 400)).then(frames);
      // Events over 50 years in 8 groups, a third of them spans, one source for every five events.
      const start = Date.UTC(1970, 0, 1);
      const span = 50 * 365.25 * 86_400_000;
      const sources = Array.from({ length: count / 5 }, (_, i) => ({ id: `s${i}`, publisher: `Paper ${i}` }));
      const events = Array.from({ length: count }, (_, i) => {
        const t = start + ((i * 7919) % count) * (span / count);
        const e: Record<string, unknown> = { id: `e${i}`, title: `Event number ${i}`, start: i % 2 ? t : new Date(t).toISOString().slice(0, 10), group: `g${i % 8}`, sources: [`s${i % sources.length}`] };
        if (i % 3 === 0) e.end = t + 20 * 86_400_000;
        return e;
      });
      const el = document.getElementById("timeline")!;
      const handle = (window as unknown as { Citeline: typeof import("../../src/umd.js") }).Citeline.createTimeline(el, { data: { events, sources } });
      await frames();
      const count_ = () => el.querySelectorAll("*").length;
      const first = count_();
      const [a, b] = handle.layout.extent;
      const mid = a + (b - a) * 0.6;
      handle.zoomTo([mid - 15 * 86_400_000, mid + 15 * 86_400_000]);
      await rest();
      const month = count_();
      const inMonth = handle.layout.items.length;
      handle.update({ view: "list" });
      await rest();
      const list = count_();
      const status = el.querySelector(".cl-events .cl-pager-status")?.textContent ?? "";
      const entries = el.querySelectorAll(".cl-list > li").length;
      return { first, month, list, inMonth, status, entries, sourcesStatus: el.querySelector(".cl-sources .cl-pager-status")?.textContent ?? "" };
    }, COUNT);
    expect(errors).toEqual([]);
    expect(result.first).toBeLessThanOrEqual(BUDGET);
    expect(result.month).toBeLessThanOrEqual(BUDGET);
    expect(result.list).toBeLessThanOrEqual(BUDGET);
    expect(result.inMonth).toBeGreaterThan(0);
    // The list view holds every event, a page at a time, and says so.
    expect(result.entries).toBe(25);
    expect(result.status).toBe("Events 1–25 of 100,000");
    expect(result.sourcesStatus).toBe("Sources 1–25 of 20,000");
    await page.close();
  }, 120_000);

  // Each lane draws its heading and at least two rows whatever it holds: many groups, not many
  // events, made the page heavy (1,000 events in 20 groups drew 2,216 elements, 10,000 in 500
  // drew 34,311). Past ten lanes, groups share the last one. 300 events in 10 groups drew the most
  // measured then (1,326: a sparse lane's events mostly clusters of one), before those were drawn
  // as their events.
  it.each<[number, number]>([
    [300, 10],
    [1_000, 20],
    [10_000, 500],
  ])(`holds at most ${BUDGET} elements at %i events in %i groups`, async (count, groups) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/bench/page.html`);
    const result = await page.evaluate(
      async ([count, groups]: [number, number]) => {
        const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const rest = () => new Promise((resolve) => setTimeout(resolve, 400)).then(frames);
        const start = Date.UTC(1970, 0, 1);
        const span = 50 * 365.25 * 86_400_000;
        const events = Array.from({ length: count }, (_, i) => {
          const t = start + ((i * 7919) % count) * (span / count);
          const e: Record<string, unknown> = { id: `e${i}`, title: `Event number ${i}`, start: t, group: `g${i % groups}` };
          if (i % 3 === 0) e.end = t + 20 * 86_400_000;
          return e;
        });
        const el = document.getElementById("timeline")!;
        const data = { events, groups: Array.from({ length: groups }, (_, g) => ({ id: `g${g}`, label: `Group ${g}` })) };
        const handle = (window as unknown as { Citeline: typeof import("../../src/umd.js") }).Citeline.createTimeline(el, { data });
        await rest();
        const count_ = () => el.querySelectorAll("*").length;
        const first = count_();
        const lanes = [...el.querySelectorAll(".cl-lane-label")].map((t) => t.textContent);
        const [a, b] = handle.layout.extent;
        const mid = a + (b - a) * 0.6;
        handle.zoomTo([mid - 15 * 86_400_000, mid + 15 * 86_400_000]);
        await rest();
        return { first, month: count_(), lanes, events: handle.timeline.events.length };
      },
      [count, groups] as [number, number],
    );
    expect(errors).toEqual([]);
    expect(result.first).toBeLessThanOrEqual(BUDGET);
    expect(result.month).toBeLessThanOrEqual(BUDGET);
    expect(result.events).toBe(count);
    // Nine groups in lanes of their own; the tenth lane says how many it gathers.
    const own = Math.min(groups, 9);
    expect(result.lanes).toEqual([...Array.from({ length: own }, (_, g) => `Group ${g}`), ...(groups > 10 ? [`${groups - own} more groups`] : groups === 10 ? ["Group 9"] : [])]);
    await page.close();
  }, 120_000);

  // Ten full lanes drew a row of "+2" pills each and a dozen short-titled events each, side by
  // side: 1,793, 2,171 and 1,752 elements in the first three shapes, before a drawing held at
  // most MAX_CLUSTERS clusters and a row one event every ITEM_PITCH px; the fourth drew 1,637
  // with those, before a wider plot's pitch grew with it (itemPitch).
  it.each<[string, { precision: "year" | "month"; qualifier: string; sources: number; spans: number; zoomDays: number; width: number }]>([
    ["3,000 events known to the year, in 10 groups, first render", { precision: "year", qualifier: "", sources: 0, spans: 0, zoomDays: 0, width: 1200 }],
    ["3,000 events citing 50 sources, in 10 groups, ten years shown", { precision: "month", qualifier: "", sources: 50, spans: 0, zoomDays: 3650, width: 1200 }],
    ["3,000 doubtful months, a third spans, 40 sources, in 10 groups, ten years shown", { precision: "month", qualifier: "?", sources: 40, spans: 3, zoomDays: 3650, width: 1200 }],
    ["3,000 events citing 50 sources, in 10 groups, ten years shown 1,900 px wide", { precision: "month", qualifier: "", sources: 50, spans: 0, zoomDays: 3650, width: 1900 }],
  ])(`holds at most ${BUDGET} elements with ten full lanes: %s`, async (_, shape) => {
    const page = await browser.newPage({ viewport: { width: 1980, height: 800 } });
    // The zoom lands at once, whatever the machine's load: counted at the window asked for.
    await page.emulateMedia({ reducedMotion: "reduce" });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/bench/page.html`);
    const result = await page.evaluate(async (s) => {
      const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const rest = () => new Promise((resolve) => setTimeout(resolve, 400)).then(frames);
      const count = 3_000;
      const start = Date.UTC(1970, 0, 1);
      const span = 50 * 365.25 * 86_400_000;
      // Evenly over 50 years, lane by lane in turn, with titles of two or three letters.
      const events = Array.from({ length: count }, (_, i) => {
        const t = start + (i / count) * span;
        const date = new Date(t).toISOString().slice(0, s.precision === "year" ? 4 : 7) + s.qualifier;
        const e: Record<string, unknown> = { id: `e${i}`, title: `E${i % 100}`, start: date, group: `g${i % 10}` };
        if (s.spans && i % s.spans === 0) e.end = new Date(t + 20 * 86_400_000).toISOString().slice(0, 10);
        if (s.sources) e.sources = [{ publisher: `Paper ${i % s.sources}` }];
        return e;
      });
      const el = document.getElementById("timeline")!;
      el.style.width = `${s.width}px`;
      const handle = (window as unknown as { Citeline: typeof import("../../src/umd.js") }).Citeline.createTimeline(el, { data: { events } });
      await rest();
      if (s.zoomDays) {
        const [a, b] = handle.layout.extent;
        const mid = a + (b - a) * 0.6;
        handle.zoomTo([mid - (s.zoomDays / 2) * 86_400_000, mid + (s.zoomDays / 2) * 86_400_000]);
        await rest();
      }
      return { elements: el.querySelectorAll("*").length, clusters: el.querySelectorAll(".cl-cluster").length, lanes: handle.layout.lanes.length, events: handle.timeline.events.length };
    }, shape);
    expect(errors).toEqual([]);
    expect(result.events).toBe(3_000);
    expect(result.lanes).toBe(10);
    expect(result.clusters).toBeGreaterThan(10);
    expect(result.elements).toBeLessThanOrEqual(BUDGET);
    await page.close();
  }, 120_000);
});
