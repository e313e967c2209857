// createTimeline in the DOM (jsdom): the wheel, update and zoomTo.
import { describe, expect, it } from "vitest";
import { SEED_TEXT, JUNE_WINDOW, mount, reduceMotion, record, frames, waitFor, wheel, span, domIds, card, expectWindow, useMounts } from "./timeline-harness.js";

useMounts();

describe("wheel", () => {
  it("a plain vertical wheel is left to the page: no zoom, not prevented", async () => {
    const { handle, element, svg } = mount();
    const rec = record(handle);
    const before = handle.layout.domain;
    for (const target of [svg, element.querySelector("g.cl-item")!]) {
      for (const deltaY of [100, -100]) expect(wheel(target, { deltaY }).defaultPrevented).toBe(false);
      // Mostly vertical, with a little sideways drift: still a page scroll.
      expect(wheel(target, { deltaY: 100, deltaX: 5 }).defaultPrevented).toBe(false);
    }
    await frames(1);
    expect(rec.of("zoom")).toEqual([]);
    expect(handle.layout.domain).toEqual(before);
  });

  it("ctrl+wheel zooms: in on a negative deltaY, and is prevented", async () => {
    const { handle, svg } = mount();
    const rec = record(handle);
    const full = handle.layout.domain;
    const event = wheel(svg, { deltaY: -100, ctrlKey: true });
    expect(event.defaultPrevented).toBe(true);
    const domain = rec.of("zoom").at(-1)!.domain;
    expect(span(domain)).toBeLessThan(span(full) / 2);
    await frames(1);
    expect(handle.layout.domain).toEqual(domain);
    // and out again, never past the whole extent
    for (let i = 0; i < 5; i++) wheel(svg, { deltaY: 100, ctrlKey: true });
    const out = rec.of("zoom").at(-1)!.domain;
    expect(span(out)).toBeGreaterThan(span(domain));
    expect(span(out)).toBeLessThanOrEqual(span(full) * (1 + 1e-9));
  });

  it("meta+wheel (mac) zooms as ctrl does", () => {
    const { handle, svg } = mount();
    const rec = record(handle);
    expect(wheel(svg, { deltaY: -100, metaKey: true }).defaultPrevented).toBe(true);
    expect(span(rec.of("zoom").at(-1)!.domain)).toBeLessThan(span(handle.layout.extent));
  });

  it.each([
    ["shift+wheel", { deltaY: 100, shiftKey: true }],
    ["horizontal wheel", { deltaX: 100 }],
    ["horizontal wheel in lines", { deltaX: 3, deltaMode: 1 }],
  ] as [string, WheelEventInit][])("%s pans later in time, same span, and is prevented", (_, init) => {
    const { handle, svg } = mount({ data: SEED_TEXT, window: JUNE_WINDOW });
    const rec = record(handle);
    const before = handle.layout.domain;
    expect(wheel(svg, init).defaultPrevented).toBe(true);
    const after = rec.of("zoom").at(-1)!.domain;
    expect(after[0]).toBeGreaterThan(before[0]);
    expect(span(after)).toBeCloseTo(span(before), -3);
    // 100 px (or 3 lines × 16 px) of an 776 px plot
    const px = init.deltaMode === 1 ? 48 : 100;
    expect((after[0] - before[0]) / span(before)).toBeCloseTo(px / handle.layout.plot.width, 3);
  });

  it("shift+wheel with a negative delta pans earlier", () => {
    const { handle, svg } = mount({ data: SEED_TEXT, window: JUNE_WINDOW });
    const rec = record(handle);
    const before = handle.layout.domain;
    expect(wheel(svg, { deltaY: -100, shiftKey: true }).defaultPrevented).toBe(true);
    expect(rec.of("zoom").at(-1)!.domain[0]).toBeLessThan(before[0]);
  });
});

describe("update", () => {
  it("two data updates in a row make one render, showing the second", async () => {
    const { handle, element } = mount();
    await frames(2);
    const rec = record(handle);
    handle.update({ data: { events: [{ id: "one", title: "First data", start: "2001" }] } });
    handle.update({ data: { events: [{ id: "two", title: "Second data", start: "2002" }, { id: "three", title: "More", start: "2003" }] } });
    await frames(3);
    expect(rec.of("render")).toHaveLength(1);
    expect(domIds(element).sort()).toEqual(["three", "two"]);
    expect(element.textContent).not.toContain("First data");
    expect(handle.timeline.events.map((e) => e.title)).toEqual(["Second data", "More"]);
    expect(handle.layout.items.map((i) => i.id).sort()).toEqual(["three", "two"]);
  });

  it("new data closes the card and drops the selection", async () => {
    const { handle, element } = mount();
    handle.select("visit");
    handle.update({ data: { events: [{ id: "visit", title: "Other visit", start: "2001" }] } });
    await frames(1);
    expect(card(element).hidden).toBe(true);
    expect(element.querySelector(".cl-selected")).toBeNull();
  });

  it("update({ height }) changes the svg's height and viewBox", async () => {
    const { handle, svg } = mount();
    handle.update({ height: 500 });
    await frames(1);
    expect(svg.getAttribute("height")).toBe("500");
    expect(svg.getAttribute("viewBox")).toBe("0 0 800 500");
    expect(handle.layout.height).toBe(500);
  });

  // BUG (src/timeline.ts, render): a height change is seen by render() as a geometry change, so it
  // calls zoom.setGeometry, whose behavior.transform emits a "zoom" (same domain) that schedules a
  // second render on the next frame. Observed: 2 renders and 1 "zoom" for one update({ height }).
  it("update({ height }) makes one render", async () => {
    const { handle } = mount();
    await frames(2);
    const rec = record(handle);
    handle.update({ height: 500 });
    await frames(3);
    expect(rec.of("render")).toHaveLength(1);
  });

  it("window and label in the same frame: one render", async () => {
    const { handle } = mount();
    await frames(2);
    const rec = record(handle);
    handle.update({ window: JUNE_WINDOW });
    handle.update({ label: "June" });
    await frames(3);
    expect(rec.of("render")).toHaveLength(1);
    expectWindow(handle.layout.domain, JUNE_WINDOW);
  });
});

describe("zoomTo", () => {
  it('zoomTo("visit") narrows the window around the visit', async () => {
    reduceMotion();
    const { handle, element } = mount({ data: SEED_TEXT, height: 640 });
    const rec = record(handle);
    handle.zoomTo("visit");
    const visit = handle.timeline.events.find((e) => e.id === "visit")!;
    const lo = visit.start.earliest;
    const hi = visit.end!.latest;
    const pad = Math.max((hi - lo) * 0.25, handle.layout.minSpan);
    expectWindow(rec.of("zoom").at(-1)!.domain, [lo - pad, hi + pad]);
    await frames(1);
    expectWindow(handle.layout.domain, [lo - pad, hi + pad]);
    expect(domIds(element)).toContain("visit");
  });

  it("zoomTo([a, b]) with Dates or numbers, in either order, clamped to the data", async () => {
    reduceMotion();
    const { handle } = mount();
    const rec = record(handle);
    handle.zoomTo([new Date(JUNE_WINDOW[0]), new Date(JUNE_WINDOW[1])]);
    expectWindow(rec.of("zoom").at(-1)!.domain, JUNE_WINDOW);
    handle.zoomTo([Date.UTC(1985, 0, 1), Date.UTC(1986, 0, 1)]);
    expectWindow(rec.of("zoom").at(-1)!.domain, [Date.UTC(1985, 0, 1), Date.UTC(1986, 0, 1)]);
    handle.zoomTo([JUNE_WINDOW[1], JUNE_WINDOW[0]]);
    expectWindow(rec.of("zoom").at(-1)!.domain, JUNE_WINDOW);
    // Before the data: the same span, moved inside the extent.
    handle.zoomTo([Date.UTC(1900, 0, 1), Date.UTC(1901, 0, 1)]);
    const clamped = rec.of("zoom").at(-1)!.domain;
    expect(Math.abs(clamped[0] - handle.layout.extent[0])).toBeLessThan(60_000);
    expect(span(clamped)).toBeCloseTo(Date.UTC(1901, 0, 1) - Date.UTC(1900, 0, 1), -5);
    // Narrower than an hour: widened to the shortest window.
    handle.zoomTo([Date.UTC(2008, 5, 8, 12), Date.UTC(2008, 5, 8, 12, 1)]);
    expect(span(rec.of("zoom").at(-1)!.domain)).toBeCloseTo(handle.layout.minSpan, -4);
    await frames(1);
  });

  it("zoomTo an unknown id does nothing", async () => {
    reduceMotion();
    const { handle } = mount();
    await frames(2);
    const rec = record(handle);
    handle.zoomTo("no-such-event");
    await frames(1);
    expect(rec.log).toEqual([]);
  });

  it("zoomTo animates when motion is allowed and ends on the window", async () => {
    const { handle } = mount();
    const rec = record(handle);
    const done = waitFor(handle, "zoom", (z) => Math.abs(z.domain[0] - JUNE_WINDOW[0]) < 60_000 && Math.abs(z.domain[1] - JUNE_WINDOW[1]) < 60_000);
    handle.zoomTo(JUNE_WINDOW);
    expect(rec.of("zoom").length).toBeLessThanOrEqual(1); // not there yet
    await done;
    expect(rec.of("zoom").length).toBeGreaterThan(2);
  });
});

// ---------------------------------------------------------------------------------------------
