// The lists a page at a time: what the pager shows, where a select and a citation's number take
// it, where the focus goes, and that every entry is reachable through it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTimeline, type TimelineHandle } from "../../src/view/timeline.js";
import type { TimelineInput } from "../../src/types.js";

// 60 events a week apart in 2008, each citing its own source: three pages of each list.
const COUNT = 60;
const DATA: TimelineInput = {
  sources: Array.from({ length: COUNT }, (_, i) => ({ id: `s${i}`, publisher: `Paper ${i}` })),
  events: Array.from({ length: COUNT }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: new Date(Date.UTC(2008, 0, 1 + 7 * i)).toISOString().slice(0, 10), sources: [`s${i}`] })),
};

const mounted: { handle: TimelineHandle; element: HTMLElement }[] = [];
afterEach(() => mounted.splice(0).forEach(({ handle, element }) => (handle.destroy(), element.remove())));

function mount() {
  const element = document.createElement("div");
  document.body.append(element);
  const handle = createTimeline(element, { data: DATA });
  mounted.push({ handle, element });
  return { handle, element };
}

const ids = (el: Element, selector: string) => [...el.querySelectorAll(selector)].map((li) => li.getAttribute("data-id") ?? li.getAttribute("value"));
const pagerOf = (el: Element, list: "events" | "sources") => el.querySelector(`.cl-${list} .cl-pager`)!;
const click = (el: Element | null) => (el as HTMLElement).click();

describe("the lists, a page at a time", () => {
  it("shows the first 25 events and sources, with where the page is and a way on", () => {
    const { element } = mount();
    expect(ids(element, ".cl-list > li")).toEqual(Array.from({ length: 25 }, (_, i) => `e${i}`));
    expect(ids(element, ".cl-source-list > li")).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    const pager = pagerOf(element, "events");
    expect(pager.getAttribute("aria-label")).toBe("Pages of events");
    expect(pager.querySelector(".cl-pager-status")!.textContent).toBe("Events 1–25 of 60 in view");
    expect(pager.querySelector<HTMLButtonElement>(".cl-pager-prev")!.disabled).toBe(true);
    expect(pager.querySelector<HTMLButtonElement>(".cl-pager-next")!.disabled).toBe(false);
  });

  it("reaches every event through Next, keeping the focus on the pager, and comes back", () => {
    const { element } = mount();
    const seen: string[] = [];
    for (let page = 0; page < 3; page++) {
      seen.push(...(ids(element, ".cl-list > li") as string[]));
      if (page < 2) click(pagerOf(element, "events").querySelector(".cl-pager-next"));
    }
    expect(seen).toEqual(DATA.events.map((e) => e.id));
    expect(element.querySelector(".cl-list")!.getAttribute("start")).toBe("51");
    // On the last page Next is off, so the focus is on Previous.
    expect(document.activeElement).toBe(pagerOf(element, "events").querySelector(".cl-pager-prev"));
    expect(pagerOf(element, "events").querySelector(".cl-pager-status")!.textContent).toBe("Events 51–60 of 60 in view");
    click(pagerOf(element, "events").querySelector(".cl-pager-prev"));
    expect(ids(element, ".cl-list > li")[0]).toBe("e25");
    expect(document.activeElement).toBe(pagerOf(element, "events").querySelector(".cl-pager-prev"));
  });

  it("turns to the selected event and its source", () => {
    const { element, handle } = mount();
    handle.select("e41");
    expect(ids(element, ".cl-list > li")).toContain("e41");
    expect(element.querySelector(".cl-list > li.cl-selected")!.getAttribute("data-id")).toBe("e41");
    const cited = element.querySelector(".cl-source-list > li.cl-cited");
    expect(cited?.getAttribute("value")).toBe("42");
  });

  it("a citation's number goes to its source on another page, and gives it the focus", () => {
    const { element } = mount();
    click(pagerOf(element, "events").querySelector(".cl-pager-next"));
    const ref = element.querySelector('.cl-list > li[data-id="e30"] a.cl-cite-ref')!;
    expect(ref.textContent).toBe("[31]");
    expect(element.querySelector("#" + ref.getAttribute("href")!.slice(1))).toBeNull();
    click(ref);
    const target = element.querySelector("#" + ref.getAttribute("href")!.slice(1));
    expect(target).not.toBeNull();
    expect(document.activeElement).toBe(target);
    expect(pagerOf(element, "sources").querySelector(".cl-pager-status")!.textContent).toBe("Sources 26–50 of 60");
  });

  it("a zoom goes back to the first page of what is in view", () => {
    const { element, handle } = mount();
    click(pagerOf(element, "events").querySelector(".cl-pager-next"));
    handle.update({ window: [new Date(Date.UTC(2008, 0, 1)), new Date(Date.UTC(2008, 3, 1))] });
    // The new window is drawn in the next frame; a select draws at once.
    handle.select(null);
    expect(ids(element, ".cl-list > li")[0]).toBe("e0");
    expect(element.querySelectorAll(".cl-list > li").length).toBeLessThan(25);
    expect(pagerOf(element, "events")).toBeNull();
  });
});

describe("the lists while the window moves", () => {
  // No animation: each zoomTo is one window, drawn in the next frame.
  beforeEach(() => vi.stubGlobal("matchMedia", (query: string) => ({ matches: /reduce/.test(query), media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} })));
  afterEach(() => vi.unstubAllGlobals());
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

  it("a zoom frame draws the chart only; the lists catch up when the window rests", async () => {
    const { element, handle } = mount();
    const before = element.querySelector(".cl-lists");
    const entries = ids(element, ".cl-list > li");
    // Step by step, a frame each, as a wheel or a drag moves the window.
    for (const months of [9, 6, 4, 2]) {
      handle.zoomTo([Date.UTC(2008, 0, 1), Date.UTC(2008, months, 1)]);
      await frame();
      expect(handle.layout.domain[1]).toBe(Date.UTC(2008, months, 1));
      expect(element.querySelector(".cl-lists")).toBe(before);
    }
    expect(ids(element, ".cl-list > li")).toEqual(entries);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await frame();
    const settled = ids(element, ".cl-list > li");
    expect(settled.length).toBeLessThan(entries.length);
    expect(settled.every((id) => handle.timeline.events.find((e) => e.id === id)!.start.earliest < Date.UTC(2008, 2, 1))).toBe(true);
  });

  it("a choice during a move draws the lists at once", async () => {
    const { element, handle } = mount();
    handle.zoomTo([Date.UTC(2008, 0, 1), Date.UTC(2008, 6, 1)]);
    await frame();
    handle.select("e3");
    expect(element.querySelector(".cl-list > li.cl-selected")?.getAttribute("data-id")).toBe("e3");
  });
});
