// The headingLevel option: the lists' headings and the card's title at the level the host page
// needs (its "Sources" one lower, at most h6), through every entry point — createTimeline,
// <cite-line heading-level>, the data-heading-level snippet, renderToString and renderPage — with
// the server's markup and the browser's agreeing, and anything but 1–6 refused.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { autoEmbed } from "../../src/embed/auto.js";
import { defineCiteLine } from "../../src/embed/element.js";
import { readOptions } from "../../src/options.js";
import { loadTimeline } from "../../src/load.js";
import { renderPage, renderToString } from "../../src/write/page.js";
import { createTimeline, type TimelineHandle, type TimelineOptions } from "../../src/view/timeline.js";

const DATA = { events: [{ id: "a", title: "A", start: "2008-06-07", sources: [{ publisher: "IRNA" }] }, { id: "b", title: "B", start: "2008-06-09" }] };
const { timeline: TIMELINE } = loadTimeline(DATA);

const handles: TimelineHandle[] = [];
beforeAll(() => {
  defineCiteLine();
});
afterEach(() => {
  for (const h of handles.splice(0)) h.destroy();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function mount(options: TimelineOptions = {}): { element: HTMLElement; handle: TimelineHandle } {
  const element = document.createElement("div");
  document.body.append(element);
  const handle = createTimeline(element, { timeline: TIMELINE, ...options });
  handles.push(handle);
  return { element, handle };
}

/** The tags of the lists' headings, and of the card's title and "Sources" (when there is a card). */
function headings(root: ParentNode): string[] {
  return [".cl-events > .cl-list-heading", ".cl-sources > .cl-list-heading", ".cl-card-title", ".cl-card-sources-title"].flatMap((s) => root.querySelector(s)?.localName ?? []);
}

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
const settle = () => new Promise((done) => setTimeout(done, 0));
// update() draws on the next frame (several changes in one frame make one render).
const frame = () => new Promise((done) => setTimeout(done, 40));

describe("createTimeline", () => {
  it.each([
    [undefined, ["h3", "h3", "h3", "h4"]],
    [1, ["h1", "h1", "h1", "h2"]],
    [2, ["h2", "h2", "h2", "h3"]],
    [6, ["h6", "h6", "h6", "h6"]],
  ] as const)("headingLevel %s: lists, card title and its Sources", (level, tags) => {
    const { element, handle } = mount(level === undefined ? {} : { headingLevel: level });
    expect(headings(element)).toEqual(tags.slice(0, 2));
    handle.select("a");
    expect(headings(element)).toEqual(tags);
  });

  it("update changes the levels in place: ids, text and the sections' labels stay", async () => {
    const { element, handle } = mount();
    handle.select("a");
    handle.update({ headingLevel: 5 });
    await frame();
    expect(headings(element)).toEqual(["h5", "h5", "h5", "h6"]);
    for (const section of element.querySelectorAll("section[aria-labelledby]")) {
      expect(element.ownerDocument.getElementById(section.getAttribute("aria-labelledby")!)!.localName).toBe("h5");
    }
    const card = element.querySelector(".cl-card")!;
    expect(element.ownerDocument.getElementById(card.getAttribute("aria-labelledby")!)!.textContent).toBe("A");
    expect(element.querySelector(".cl-events > h5")!.textContent).toBe("Events");
  });

  it.each([0, 7, 2.5, Number.NaN, "3", null])("refuses %s with a RangeError, drawing nothing", (bad) => {
    const element = document.createElement("div");
    expect(() => createTimeline(element, { timeline: TIMELINE, headingLevel: bad as number })).toThrow(RangeError);
    expect(element.childNodes).toHaveLength(0);
    const { handle, element: drawn } = mount();
    expect(() => handle.update({ headingLevel: bad as number })).toThrow(/headingLevel must be a whole number from 1 to 6/);
    expect(headings(drawn)).toEqual(["h3", "h3"]);
  });
});

describe("renderToString and renderPage", () => {
  it("write the level asked for; renderToString defaults to 3, as the browser does", () => {
    expect(headings(parse(renderToString(TIMELINE)))).toEqual(["h3", "h3"]);
    expect(headings(parse(renderToString(TIMELINE, { headingLevel: 1 })))).toEqual(["h1", "h1"]);
    expect(() => renderToString(TIMELINE, { headingLevel: 9 })).toThrow(RangeError);
    expect(() => renderPage(TIMELINE, { headingLevel: 0 })).toThrow(RangeError);
  });

  it("renderPage puts the lists under its own h1 title: h2 by default", () => {
    const page = parse(renderPage(TIMELINE));
    expect(page.querySelector("h1")!.textContent).toBe("Timeline");
    expect(headings(page)).toEqual(["h2", "h2"]);
    expect(headings(parse(renderPage(TIMELINE, { headingLevel: 4 })))).toEqual(["h4", "h4"]);
  });

  it.each([undefined, 1, 4, 6])("agree with createTimeline at headingLevel %s", (level) => {
    const options = level === undefined ? {} : { headingLevel: level };
    const { element } = mount(options);
    const served = parse(renderToString(TIMELINE, options));
    const lists = (root: ParentNode) => [...root.querySelectorAll(".cl-list-heading")].map((h) => `${h.localName} ${h.id.replace(/^[^-]+-/, "")} ${h.textContent}`);
    expect(lists(served)).toEqual(lists(element));
    expect(lists(served)).toHaveLength(2);
  });
});

describe("markup", () => {
  it("readOptions reads heading-level 1–6 and reports anything else", () => {
    expect(readOptions((n) => (n === "heading-level" ? " 2 " : null))).toEqual({ options: { headingLevel: 2 }, problems: [] });
    for (const bad of ["0", "7", "2.5", "h2", ""]) {
      const { options, problems } = readOptions((n) => (n === "heading-level" ? bad : null), (n) => `data-${n}`);
      expect(options).toEqual({});
      expect(problems).toEqual([`data-heading-level="${bad}" is not a heading level (a whole number from 1 to 6); it was ignored.`]);
    }
  });

  it("<cite-line heading-level> sets the level, and changing it updates the timeline in place", async () => {
    const element = document.createElement("cite-line");
    element.setAttribute("heading-level", "2");
    element.data = DATA;
    document.body.append(element);
    expect(element.state).toBe("ready");
    const handle = element.handle!;
    handle.select("a");
    expect(headings(element)).toEqual(["h2", "h2", "h2", "h3"]);
    element.setAttribute("heading-level", "4");
    expect(element.handle).toBe(handle);
    await frame();
    expect(headings(element)).toEqual(["h4", "h4", "h4", "h5"]);
    // A value it cannot read is a warning, and the level goes back to the default.
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    element.setAttribute("heading-level", "seven");
    expect(warn).toHaveBeenCalledWith('citeline: <cite-line> heading-level="seven" is not a heading level (a whole number from 1 to 6); it was ignored.');
    await frame();
    expect(headings(element)).toEqual(["h3", "h3", "h3", "h4"]);
  });

  it("the snippet's data-heading-level sets the level", async () => {
    vi.stubGlobal("fetch", vi.fn(() => Promise.resolve(new Response(JSON.stringify(DATA), { status: 200, headers: { "content-type": "application/json" } }))));
    const host = document.createElement("div");
    host.setAttribute("data-citeline", "events.json");
    host.setAttribute("data-heading-level", "5");
    document.body.append(host);
    const [embed] = autoEmbed();
    await settle();
    expect(embed!.state).toBe("ready");
    embed!.handle!.select("a");
    expect(headings(host)).toEqual(["h5", "h5", "h5", "h6"]);
  });
});
