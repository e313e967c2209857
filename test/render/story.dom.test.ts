// Story mode in jsdom: the slide as a region with its buttons, the toolbar's toggle, the keys
// (and which way they go when the buttons run right to left), the focus, the live region, the
// handle's `slide` event and `select`, the deep link, a TimelineJS file opening as a story, and the
// server writing the same slide the browser draws.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { slideWindow } from "../../src/scene/story.js";
import type { TimelineInput } from "../../src/types.js";
import type { TimelineEvents } from "../../src/view/timeline.js";
import { mount } from "./mount.js";
import { renderToString } from "../../src/write/html.js";
import { markupOf, parseHtml } from "../write/trees.js";

const SEED_TEXT = readFileSync(resolve(import.meta.dirname, "../../examples/seed-tehran-2008/events.json"), "utf8");
const SEED = JSON.parse(SEED_TEXT) as TimelineInput;
const TJS = readFileSync(resolve(import.meta.dirname, "../fixtures/timelinejs/maliki.json"), "utf8");

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.history.replaceState(null, "", "#");
});

// Every zoom at once, as under prefers-reduced-motion (zoom.ts asks matchMedia).
function reduceMotion(): void {
  vi.stubGlobal("matchMedia", (query: string) => ({ matches: /prefers-reduced-motion:\s*reduce/.test(query), media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }));
}

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise<void>((done) => requestAnimationFrame(() => done()));
};
const slideOf = (el: Element) => el.querySelector<HTMLElement>(".cl-slide")!;
const titleOf = (el: Element) => slideOf(el).querySelector(".cl-card-title, .cl-slide-heading")!.textContent;
const button = (el: Element, which: "prev" | "next") => slideOf(el).querySelector<HTMLButtonElement>(`.cl-slide-${which}`)!;
const status = (el: Element) => el.querySelector(".cl-status")!.textContent;
const key = (target: Element, k: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};
// The seed's titles in time order: the story's order, as the data gives none.
const events = loadTimeline(SEED_TEXT).timeline.events.map((e) => e.title);

describe("the story view", () => {
  it("opens on the title slide: a region named by the timeline's title, Previous disabled, a way in", () => {
    const { element } = mount({ data: SEED_TEXT, view: "story" });
    const slide = slideOf(element);
    expect(slide.getAttribute("role")).toBe("region");
    expect(slide.getAttribute("aria-roledescription")).toBe("slide");
    expect(document.getElementById(slide.getAttribute("aria-labelledby")!)!.textContent).toBe(SEED.title);
    expect(document.getElementById(slide.getAttribute("aria-describedby")!)!.textContent).toMatch(/arrow keys/);
    expect(slide.querySelector(".cl-slide-description")!.textContent).toBe(SEED.description);
    expect(button(element, "prev").disabled).toBe(true);
    expect(button(element, "next").textContent).toBe("Start the story ›");
    expect(slide.querySelector(".cl-slide-position")!.textContent).toBe(`${SEED.events.length} events`);
    expect(element.querySelector(".citeline")!.classList.contains("cl-story-primary")).toBe(true);
    // The chart stays above, the card is not opened, and the story takes no focus as the page loads.
    expect(element.querySelector(".cl-stage svg.cl-svg")).not.toBeNull();
    expect(element.querySelector<HTMLElement>(".cl-card")!.hidden).toBe(true);
    expect(document.activeElement).toBe(document.body);
  });

  it("Next and Previous walk the story: the slide, the chart's highlight, the live region, the focus", async () => {
    reduceMotion();
    const { element, handle } = mount({ data: SEED_TEXT, view: "story" });
    const slides: TimelineEvents["slide"][] = [];
    handle.on("slide", (d) => slides.push(d));
    button(element, "next").focus();
    button(element, "next").click();
    await frames(2);
    expect(titleOf(element)).toBe("Iran–Iraq War");
    expect(slideOf(element).querySelector(".cl-slide-position")!.textContent).toBe(`1 of ${events.length}`);
    expect(status(element)).toBe(`Slide 1 of ${events.length}: Iran–Iraq War`);
    expect(document.activeElement).toBe(button(element, "next"));
    expect(slides).toEqual([{ index: 1, id: "iran-iraq-war" }]);
    // The chart zoomed to the event, and it alone is highlighted there.
    const war = handle.timeline.events[0]!;
    slideWindow(war, handle.layout.extent).forEach((ms, i) => expect(handle.layout.domain[i]).toBeCloseTo(ms, -1));
    expect([...element.querySelectorAll(".cl-item.cl-highlighted")].map((g) => g.getAttribute("data-id"))).toEqual(["iran-iraq-war"]);
    // The slide holds the card's content: the date in words, how well it is known, the citations.
    expect(slideOf(element).querySelector(".cl-card-when")!.textContent).toMatch(/1980/);
    expect(slideOf(element).querySelector(".cl-card-sources li")!.textContent).toMatch(/Britannica/);
    for (let i = 2; i <= events.length; i++) button(element, "next").click();
    await frames(2);
    expect(titleOf(element)).toBe(events[events.length - 1]);
    // Next is disabled at the end, and the focus went to Previous rather than to the page.
    expect(button(element, "next").disabled).toBe(true);
    expect(document.activeElement).toBe(button(element, "prev"));
    button(element, "prev").click();
    await frames(1);
    expect(titleOf(element)).toBe(events[events.length - 2]);
    expect(document.activeElement).toBe(button(element, "prev"));
  });

  it("→ and ← in the slide go on and back, Home and End to the ends, and the focus stays in the slide", async () => {
    reduceMotion();
    const { element } = mount({ data: SEED_TEXT, view: "story" });
    slideOf(element).focus();
    expect(key(slideOf(element), "ArrowRight").defaultPrevented).toBe(true);
    expect(key(document.activeElement!, "ArrowRight").defaultPrevented).toBe(true);
    expect(titleOf(element)).toBe(events[1]);
    expect(slideOf(element).contains(document.activeElement)).toBe(true);
    key(document.activeElement!, "ArrowLeft");
    expect(titleOf(element)).toBe(events[0]);
    key(document.activeElement!, "End");
    expect(titleOf(element)).toBe(events[events.length - 1]);
    key(document.activeElement!, "ArrowRight");
    expect(status(element)).toBe("This is the last slide.");
    key(document.activeElement!, "Home");
    expect(titleOf(element)).toBe(SEED.title);
    // Alt+← is the browser's Back: never taken.
    key(slideOf(element), "ArrowRight");
    expect(key(slideOf(element), "ArrowLeft", { altKey: true }).defaultPrevented).toBe(false);
    expect(titleOf(element)).toBe(events[0]);
    await frames(1);
  });

  it.each([
    ["a right-to-left page", { dir: "rtl" as const }],
    ["time running right to left", { timeDirection: "rtl" as const }],
  ])("on %s, → goes back and ← goes on, as the buttons run", (_name, options) => {
    reduceMotion();
    const { element } = mount({ data: SEED_TEXT, view: "story", ...options });
    // jsdom computes no style from dir: the test gives the computed direction the browser would.
    vi.spyOn(window, "getComputedStyle").mockImplementation((el) => ({ direction: el.closest("[dir=rtl]") ? "rtl" : "ltr" }) as CSSStyleDeclaration);
    key(slideOf(element), "ArrowLeft");
    expect(titleOf(element)).toBe(events[0]);
    key(slideOf(element), "ArrowRight");
    expect(titleOf(element)).toBe(SEED.title);
    if ("timeDirection" in options) expect(slideOf(element).querySelector(".cl-slide-nav")!.getAttribute("dir")).toBe("rtl");
  });

  it("the toolbar's Story button toggles the view, pressed while it leads", async () => {
    reduceMotion();
    const { element, handle } = mount({ data: SEED_TEXT });
    const toggle = element.querySelector<HTMLButtonElement>(".cl-story-view")!;
    expect([toggle.textContent, toggle.getAttribute("aria-pressed")]).toEqual(["Story", "false"]);
    expect(element.querySelector(".cl-slide")).toBeNull();
    toggle.click();
    await frames(1);
    expect(element.querySelector(".cl-story-view")!.getAttribute("aria-pressed")).toBe("true");
    expect(titleOf(element)).toBe(SEED.title);
    button(element, "next").click();
    element.querySelector<HTMLButtonElement>(".cl-story-view")!.click();
    await frames(1);
    expect(element.querySelector(".cl-slide")).toBeNull();
    expect(element.querySelectorAll(".cl-item.cl-highlighted")).toHaveLength(0);
    // From the list view, Story leads instead; List again leaves it.
    handle.update({ view: "list" });
    element.querySelector<HTMLButtonElement>(".cl-story-view")!.click();
    expect(element.querySelector(".cl-view")!.getAttribute("aria-pressed")).toBe("false");
    expect(element.querySelector(".cl-slide")).not.toBeNull();
  });

  it("select(id), an item's click and an event list entry go to that event's slide", async () => {
    reduceMotion();
    const { element, handle } = mount({ data: SEED_TEXT, view: "story" });
    const title = (id: string) => handle.timeline.events.find((e) => e.id === id)!.title;
    handle.select("visit");
    expect(titleOf(element)).toBe(title("visit"));
    await frames(2);
    // A pick from outside the slide moves the focus into it, so the reader hears it.
    expect(slideOf(element).contains(document.activeElement)).toBe(true);
    const item = [...element.querySelectorAll("g.cl-item")].find((g) => g.getAttribute("data-id") === "meets-ahmadinejad")!;
    item.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(titleOf(element)).toBe(title("meets-ahmadinejad"));
    // An entry of the event list too.
    const entry = [...element.querySelectorAll(".cl-list li")].find((li) => li.getAttribute("data-id") === "talks-mottaki-davoudi");
    entry?.querySelector<HTMLButtonElement>(".cl-entry-title")?.click();
    if (entry) expect(titleOf(element)).toBe(title("talks-mottaki-davoudi"));
    expect(element.querySelector<HTMLElement>(".cl-card")!.hidden).toBe(true);
  });

  it("update({ view }) enters and leaves the story", () => {
    reduceMotion();
    const { element, handle } = mount({ data: SEED_TEXT });
    handle.update({ view: "story" });
    expect(titleOf(element)).toBe(SEED.title);
    handle.update({ view: "chart" });
    expect(element.querySelector(".cl-slide")).toBeNull();
  });

  it("a TimelineJS file opens as a story on its title slide; view: chart keeps the chart", () => {
    const tjs = JSON.parse(TJS) as { title?: { text?: { headline?: string } } };
    const { element } = mount({ data: TJS });
    expect(element.querySelector(".cl-story-view")!.getAttribute("aria-pressed")).toBe("true");
    expect(titleOf(element)).toBe(tjs.title?.text?.headline);
    expect(mount({ data: TJS, view: "chart" }).element.querySelector(".cl-slide")).toBeNull();
  });

  it("with hash: the address keeps the slide, and a link with a slide opens the story there", async () => {
    reduceMotion();
    window.history.replaceState(null, "", `#cl=${Date.UTC(2008, 5, 5)},${Date.UTC(2008, 5, 12)},visit,5`);
    const { element, handle } = mount({ data: SEED_TEXT, hash: true });
    expect(titleOf(element)).toBe(handle.timeline.events.find((e) => e.id === "visit")!.title);
    button(element, "next").click();
    // The address is written once the view rests (browsers throttle history updates).
    await vi.waitFor(() => expect(window.location.hash).toMatch(/^#cl=-?\d+,-?\d+,talks-mottaki-davoudi,6$/), { timeout: 2000, interval: 50 });
  });
});

describe("the server writes the story's first slide", () => {
  // What differs is only what a script adds (as in the writers' test): enabled buttons, the
  // keys' promise, d3's additions.
  const scriptless = (markup: string) =>
    markup
      .replace(/ disabled=""/g, "")
      .replace(/ data-citeline-ssr=""/g, "")
      .replace(/ aria-describedby="[^"]*-slide-keys"/g, "")
      .replace(/ hidden=""/g, "")
      .replace(/ style="-webkit-tap-highlight-color: rgba\(0, 0, 0, 0\);"/g, "")
      .replace(/(<desc [^>]*>[^<]*?)\s*Use the arrow keys[^<]*/, "$1");

  it.each([
    ["with a title slide", SEED_TEXT],
    ["without one (zoomed to its first event)", JSON.stringify({ ...SEED, title: undefined, description: undefined })],
  ])("%s, as createTimeline draws it", (_name, data) => {
    const { element, handle } = mount({ data, view: "story" });
    const drawn = element.querySelector(".cl-slide")!;
    const prefix = element.querySelector("svg")!.getAttribute("aria-labelledby")!.replace(/-title$/, "");
    const served = parseHtml(renderToString(handle.timeline, { width: 800, idPrefix: prefix, view: "story" })).body.firstElementChild!;
    expect(scriptless(markupOf(served.querySelector(".cl-slide")!))).toBe(scriptless(markupOf(drawn)));
    // The same window, so the same chart.
    expect(served.querySelector("svg desc")!.textContent).toBe((element.querySelector("svg desc")?.textContent ?? "").replace(/\s*Use the arrow keys.*$/, ""));
    expect([...served.querySelectorAll(".cl-slide button")].every((b) => b.hasAttribute("disabled"))).toBe(true);
  });

  it("and a page that takes it over keeps every node", () => {
    const html = renderToString(loadTimeline(SEED_TEXT).timeline, { width: 800, view: "story" });
    const element = document.createElement("div");
    document.body.append(element);
    element.innerHTML = html;
    const before = [...element.querySelectorAll(".cl-slide *")];
    mount({ data: SEED_TEXT, view: "story" }, element);
    expect([...element.querySelectorAll(".cl-slide *")]).toEqual(before);
    expect(button(element, "next").disabled).toBe(false);
  });
});
