// Right to left (issue 12), as both writers draw it: the `dir` option (or the page's own direction
// in the browser, the locale's on the server) sets the root's `dir`; labels stand flush with their
// marks and are anchored by their own direction; lane names stand where reading starts; the card
// opens toward the reading start; and time runs the way `timeDirection` says, independently.
import { afterEach, describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import type { TimelineOptions } from "../../src/options.js";
import { SVG_ISOLATE } from "../../src/scene/markup.js";
import { createTimeline, type TimelineHandle } from "../../src/view/timeline.js";
import { renderPage, renderToString } from "../../src/write/page.js";

const { timeline: TIMELINE } = loadTimeline({
  groups: [{ id: "visit", label: "الزيارة" }],
  sources: [{ id: "nyt", publisher: "The New York Times", url: "https://www.nytimes.com/2008/06/08/world/middleeast/08iraq.html" }],
  events: [
    { id: "arrives", title: "المالكي يصل إلى طهران", start: "2008-06-07", group: "visit", sources: ["nyt"] },
    { id: "meets", title: "Meets Ahmadinejad", start: "2008-06-08", group: "visit", sources: ["nyt"] },
    { id: "visit", title: "زيارة", start: "2008-06-07", end: "2008-06-09", group: "visit" },
  ],
});

const handles: TimelineHandle[] = [];
afterEach(() => {
  for (const h of handles.splice(0)) h.destroy();
  document.body.replaceChildren();
});

function dom(options: Partial<TimelineOptions> = {}, pageDir?: "rtl"): HTMLElement {
  const element = document.createElement("div");
  if (pageDir) element.setAttribute("dir", pageDir);
  document.body.append(element);
  handles.push(createTimeline(element, { timeline: TIMELINE, window: [Date.UTC(2008, 5, 1), Date.UTC(2008, 5, 15)], ...options }));
  return element;
}

function ssr(options: Parameters<typeof renderToString>[1] = {}): HTMLElement {
  const element = document.createElement("div");
  element.append(new DOMParser().parseFromString(renderToString(TIMELINE, { width: 800, ...options }), "text/html").body.firstElementChild!);
  return element;
}

const title = (root: HTMLElement, id: string) => root.querySelector(`g.cl-item[data-id="${id}"] text.cl-title`)!;
const xOf = (g: Element) => Number(/translate\(([-\d.]+)/.exec(g.getAttribute("transform") ?? "")?.[1]);

describe("text direction", () => {
  it("left to right by default: no dir, labels anchored at their start on the left of their box", () => {
    for (const root of [dom(), ssr()]) {
      expect(root.querySelector(".citeline")!.hasAttribute("dir")).toBe(false);
      expect(title(root, "meets").hasAttribute("text-anchor")).toBe(false);
      expect(root.querySelector("svg.cl-svg")!.hasAttribute("direction")).toBe(false);
    }
  });

  it("dir rtl: the root says so, labels start at the box's right edge, lane names on the right", () => {
    for (const root of [dom({ dir: "rtl" }), ssr({ dir: "rtl" }), dom({}, "rtl")]) {
      expect(root.querySelector(".citeline")!.getAttribute("dir")).toBe("rtl");
      expect(root.querySelector("svg.cl-svg")!.getAttribute("direction")).toBe("rtl");
      // A right-to-left label reads from the right edge of its box (its start), both its lines
      // aligned there: the title's x is to the right of the mark, by more than its gap.
      expect(title(root, "arrives").hasAttribute("text-anchor")).toBe(false);
      expect(Number(title(root, "arrives").getAttribute("x"))).toBeGreaterThan(20);
      // The axis's labels still stand against their ticks, after them in time: anchored at their end.
      expect(root.querySelector(".cl-axis-fine .cl-tick text")!.getAttribute("text-anchor")).toBe("end");
      const lane = root.querySelector("text.cl-lane-label")!;
      const svg = root.querySelector("svg.cl-svg")!;
      expect(Number(lane.getAttribute("x"))).toBeGreaterThan(Number(svg.getAttribute("width")) / 2);
      expect(lane.getAttribute("unicode-bidi")).toBe(SVG_ISOLATE);
    }
  });

  it("the server writes the locale's direction, and a page of its own says it on <html>", () => {
    expect(ssr({ locale: "ar" }).querySelector(".citeline")!.getAttribute("dir")).toBe("rtl");
    expect(ssr({ locale: "ar", dir: "ltr" }).querySelector(".citeline")!.getAttribute("dir")).toBe("ltr");
    expect(renderPage(TIMELINE, { locale: "he" })).toMatch(/<html lang="he" dir="rtl">/);
    expect(renderPage(TIMELINE, {})).toMatch(/<html lang="en-GB">/);
  });

  it("the card opens toward the reading start: to the right of the item left to right, to its left right to left", () => {
    const left = (root: HTMLElement) => parseFloat((root.querySelector<HTMLElement>(".cl-card")!.style.left || "0").replace("px", ""));
    const open = (root: HTMLElement) => {
      (root.querySelector('g.cl-item[data-id="meets"]') as unknown as HTMLElement).dispatchEvent(new MouseEvent("click", { bubbles: true }));
      return root;
    };
    const ltr = open(dom());
    const rtl = open(dom({ dir: "rtl" }));
    const width = parseFloat(rtl.querySelector<HTMLElement>(".cl-card")!.style.width);
    const itemX = xOf(ltr.querySelector('g.cl-item[data-id="meets"]')!);
    // Left to right the card starts at the item's left edge; right to left it ends at its right edge.
    expect(left(ltr)).toBeLessThanOrEqual(itemX);
    expect(left(rtl) + width).toBeGreaterThanOrEqual(itemX);
    expect(left(rtl)).toBeLessThan(left(ltr));
  });
});

describe("time direction", () => {
  it("rtl time puts the earliest event on the right, labels before their marks, their lines starting at the left", () => {
    for (const root of [dom({ timeDirection: "rtl" }), ssr({ timeDirection: "rtl" })]) {
      const x = (id: string) => xOf(root.querySelector(`g.cl-item[data-id="${id}"]`)!);
      expect(x("arrives")).toBeGreaterThan(x("meets"));
      // English lines start at the box's left edge, before the mark; a tick's label stands before the tick.
      expect(title(root, "meets").hasAttribute("text-anchor")).toBe(false);
      expect(Number(title(root, "meets").getAttribute("x"))).toBeLessThan(0);
      expect(root.querySelector(".cl-axis-fine .cl-tick text")!.getAttribute("text-anchor")).toBe("end");
      expect(root.querySelector(".cl-axis-fine .cl-tick text")!.getAttribute("x")).toBe("-3");
    }
  });

  it("rtl text with rtl time: everything mirrored, so the right-to-left text is anchored at its start", () => {
    const root = ssr({ timeDirection: "rtl", dir: "rtl" });
    expect(title(root, "arrives").hasAttribute("text-anchor")).toBe(false);
    expect(root.querySelector(".cl-axis-fine .cl-tick text")!.getAttribute("text-anchor")).toBeNull();
  });
});
