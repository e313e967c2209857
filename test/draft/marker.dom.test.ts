// A draft on the page (jsdom): the event's label and accessible name say "draft", its card and
// list entry say "Draft — check before publishing", and a line above the timeline counts the
// drafts; a checked event (no `draft`) says none of it, and neither does a timeline without drafts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { draftTimeline } from "../../src/draft/draft.js";
import { loadTimeline } from "../../src/load.js";
import { renderToString } from "../../src/write/page.js";
import type { TimelineInput } from "../../src/types.js";
import { mount } from "../render/mount.js";

const DATA: TimelineInput = {
  events: [
    { id: "meet", title: "Maliki meets Ahmadinejad", start: "2008-06-08", sources: [{ publisher: "IRNA" }], draft: true },
    { id: "visit", title: "Maliki's visit to Tehran", start: "2008-06-07", end: "2008-06-09", sources: [{ publisher: "IRNA" }] },
    { id: "pact", title: "Pact to be passed", start: "2008-22?", sources: [{ publisher: "Commentary" }], draft: true },
  ],
};

const item = (root: Element, id: string) => root.querySelector<SVGGElement>(`g.cl-item[data-id="${id}"]`)!;
const entry = (root: Element, id: string) => root.querySelector<HTMLLIElement>(`li.cl-entry[data-id="${id}"]`)!;
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, " ").trim();

describe("a draft event", () => {
  it("says 'draft' on its label's date line and in its accessible name", () => {
    const { element } = mount({ data: DATA, window: [Date.UTC(2008, 5, 1), Date.UTC(2008, 8, 1)] });
    expect(text(item(element, "meet").querySelector("text.cl-sub"))).toBe("8 June 2008 · draft");
    expect(item(element, "meet").getAttribute("aria-label")).toBe("Maliki meets Ahmadinejad, 8 June 2008, 1 source; draft, check before publishing");
    expect(text(item(element, "visit").querySelector("text.cl-sub"))).not.toContain("draft");
    expect(item(element, "visit").getAttribute("aria-label")).not.toContain("draft");
  });

  it("says 'Draft — check before publishing' in its card and its list entry", () => {
    const { element, handle } = mount({ data: DATA });
    expect(text(entry(element, "meet").querySelector(".cl-draft-note"))).toBe("Draft — check before publishing");
    expect(entry(element, "visit").querySelector(".cl-draft-note")).toBeNull();
    handle.select("meet");
    const card = element.querySelector(".cl-card")!;
    expect(text(card.querySelector(".cl-card-draft"))).toBe("Draft — check before publishing");
    handle.select("visit");
    expect(element.querySelector(".cl-card .cl-draft-note")).toBeNull();
  });

  it("is counted in a note above the timeline and in the chart's description", () => {
    const { element } = mount({ data: DATA });
    const note = element.querySelector(".citeline > p.cl-drafts")!;
    expect(note.getAttribute("role")).toBe("note");
    expect(text(note)).toBe("2 events are drafts — check before publishing");
    expect(element.querySelector("svg desc")!.textContent).toContain("2 events are drafts — check before publishing.");
  });

  it("is said in the reader's language", () => {
    const { element } = mount({ data: DATA, locale: "fr", window: [Date.UTC(2008, 5, 1), Date.UTC(2008, 8, 1)] });
    expect(text(element.querySelector("p.cl-drafts"))).toBe("2 événements sont des brouillons — à vérifier avant publication");
    expect(item(element, "meet").getAttribute("aria-label")).toMatch(/; brouillon, à vérifier avant publication$/);
    expect(text(entry(element, "meet").querySelector(".cl-draft-note"))).toBe("Brouillon — à vérifier avant publication");
  });

  it("leaves a timeline with no draft as it was: no note, no word", () => {
    const checked = { events: DATA.events.map((e) => ({ ...e, draft: false })) };
    const { element } = mount({ data: checked });
    expect(element.querySelector(".cl-drafts, .cl-draft-note")).toBeNull();
    expect(element.innerHTML).not.toMatch(/draft/i);
  });

  it("is drawn the same by the server: the drafted seed, written as HTML, carries every mark", () => {
    const article = readFileSync("test/fixtures/draft/tehran-visit-2008.txt", "utf8");
    const { timeline } = draftTimeline(article, { published: "2008-06-09", publisher: "Commentary" });
    const html = renderToString(loadTimeline(timeline).timeline, { width: 900 });
    const doc = new DOMParser().parseFromString(html, "text/html");
    expect(text(doc.querySelector("p.cl-drafts"))).toBe(`${timeline.events.length} events are drafts — check before publishing`);
    expect(doc.querySelectorAll("li.cl-entry .cl-draft-note")).toHaveLength(timeline.events.length);
    for (const g of doc.querySelectorAll("g.cl-item:not(.cl-cluster)")) expect(g.getAttribute("aria-label")).toMatch(/draft, check before publishing$/);
  });
});
