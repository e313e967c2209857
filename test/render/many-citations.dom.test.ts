// An event that cites thousands of sources, or gives hundreds of accounts, keeps the lists and the
// card to a few hundred nodes: an entry shows the first ten and says how many more, the card 25 at
// a time with a pager that reaches every one (the DOM budget, 1,500 elements in the container,
// holds for what a spreadsheet cites too).
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { en } from "../../src/messages/index.js";
import { cardNode, eventParts } from "../../src/scene/card.js";
import type { SceneElement, SceneNode } from "../../src/scene/node.js";
import { wordsFor } from "../../src/scene/words.js";
import type { TimelineInput } from "../../src/types.js";
import { mount } from "./mount.js";

const click = (node: Element) => node.dispatchEvent(new MouseEvent("click", { bubbles: true }));
const pagerOf = (element: HTMLElement, list: string) => element.querySelector<HTMLElement>(`.cl-card .cl-pager[data-list="${list}"]`)!;
// Press a card pager's button `times` times, as a reader would, the pager drawn anew each time.
function turn(element: HTMLElement, list: string, button: "prev" | "next", times = 1): void {
  for (let i = 0; i < times; i++) click(pagerOf(element, list).querySelector(`.cl-pager-${button}`)!);
}
const sourcesOf = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, publisher: `Paper ${i}` }));

describe("many citations and accounts", () => {
  it("30 events each citing 2,000 sources: ten numbers an entry, and the card 25 at a time, its pager reaching the last", () => {
    const sources = sourcesOf(2000);
    const data: TimelineInput = { events: Array.from({ length: 30 }, (_, k) => ({ id: `e${k}`, title: `Event ${k}`, start: `${2000 + k}`, sources: sources.map((s) => s.id) })), sources };
    const { element } = mount({ data });
    // Measured when written: 50,576 elements, 50,181 of them in the events list.
    expect(element.querySelectorAll("*").length).toBeLessThanOrEqual(1500);
    const entry = element.querySelector(".cl-events li.cl-entry")!;
    expect(entry.querySelectorAll("a.cl-cite-ref")).toHaveLength(10);
    expect(entry.querySelector(".cl-entry-cites .cl-more")!.textContent).toBe("and 1,990 more");
    click(element.querySelector("g.cl-item")!);
    const numbers = () => Array.from(element.querySelectorAll(".cl-card .cl-card-sources > li"), (li) => Number(li.getAttribute("value")));
    expect(numbers()).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    const pager = pagerOf(element, "card-sources");
    expect(pager.getAttribute("aria-label")).toBe("Pages of this event's sources");
    expect(pager.querySelector(".cl-pager-status")!.textContent).toBe("Sources 1–25 of 2,000");
    expect(pager.querySelector<HTMLButtonElement>(".cl-pager-prev")!.disabled).toBe(true);
    expect(element.querySelectorAll(".cl-card .cl-more")).toHaveLength(0);
    turn(element, "card-sources", "next");
    expect(numbers()).toEqual(Array.from({ length: 25 }, (_, i) => i + 26));
    expect(pagerOf(element, "card-sources").querySelector(".cl-pager-status")!.textContent).toBe("Sources 26–50 of 2,000");
    // The focus stays on the pager, and the card on the same event.
    expect(element.ownerDocument.activeElement?.classList.contains("cl-pager-next")).toBe(true);
    expect(element.querySelector(".cl-card")!.getAttribute("data-event")).toBe("e0");
    turn(element, "card-sources", "next", 78);
    expect(numbers()).toEqual(Array.from({ length: 25 }, (_, i) => i + 1976));
    expect(pagerOf(element, "card-sources").querySelector<HTMLButtonElement>(".cl-pager-next")!.disabled).toBe(true);
    // At the last page the focus moves to the other button, which still turns.
    expect(element.ownerDocument.activeElement?.classList.contains("cl-pager-prev")).toBe(true);
    expect(element.querySelectorAll("*").length).toBeLessThanOrEqual(1500);
    turn(element, "card-sources", "prev");
    expect(numbers()[0]).toBe(1951);
  });

  it("three events each with 500 accounts: ten an entry, the card 25 at a time with a pager; few accounts are all shown", () => {
    const sources = sourcesOf(500);
    const accounts = (k: number, n: number) => Array.from({ length: n }, (_, i) => ({ start: `${2000 + k}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`, sources: [`s${i}`] }));
    const data: TimelineInput = { events: [...[0, 1, 2].map((k) => ({ id: `e${k}`, title: `Event ${k}`, group: `g${k}`, accounts: accounts(k, 500) })), { id: "few", title: "Few", group: "g3", accounts: accounts(5, 3) }], sources };
    const { element } = mount({ data });
    // Measured when written: 9,290 elements, 9,029 of them in the events list.
    expect(element.querySelectorAll("*").length).toBeLessThanOrEqual(1500);
    const entry = element.querySelector('.cl-events li.cl-entry[data-id="e0"]')!;
    expect(entry.querySelectorAll(".cl-account-entry")).toHaveLength(10);
    expect(entry.querySelector(".cl-accounts > .cl-more")!.textContent).toBe("and 490 more");
    expect(entry.querySelector(".cl-accounts-title")!.textContent).toBe("Disputed: 500 accounts");
    // Its date says the first four accounts and how many more, in the list and in its name on the chart.
    expect(entry.querySelector(".cl-entry-when")!.textContent).toBe("disputed: 1 January 2000 or 2 February 2000 or 3 March 2000 or 4 April 2000 or 496 more");
    const name = element.querySelector('g.cl-item[data-id="e0"]')!.getAttribute("aria-label")!;
    expect(name).toContain("4 April 2000 (Paper 3) or 496 more");
    expect(name).not.toContain("5 May 2000");
    const few = element.querySelector('.cl-events li.cl-entry[data-id="few"]')!;
    expect(few.querySelector(".cl-entry-when")!.textContent).toBe("disputed: 1 January 2005 or 2 February 2005 or 3 March 2005");
    expect(few.querySelectorAll(".cl-account-entry")).toHaveLength(3);
    expect(few.querySelector(".cl-more")).toBeNull();
    click(element.querySelector('g.cl-item[data-id="e0"]')!);
    const shown = () => Array.from(element.querySelectorAll(".cl-card .cl-account-entry .cl-account-by bdi"), (b) => b.textContent);
    expect(shown()).toEqual(Array.from({ length: 25 }, (_, i) => `Paper ${i}`));
    expect(element.querySelector(".cl-card .cl-accounts > .cl-more")).toBeNull();
    expect(pagerOf(element, "card-accounts").querySelector(".cl-pager-status")!.textContent).toBe("Accounts 1–25 of 500");
    turn(element, "card-accounts", "next", 19);
    expect(shown()).toEqual(Array.from({ length: 25 }, (_, i) => `Paper ${i + 475}`));
    expect(pagerOf(element, "card-accounts").querySelector(".cl-pager-status")!.textContent).toBe("Accounts 476–500 of 500");
    // Each list turns on its own: the sources the accounts cite are still at their first page.
    expect(pagerOf(element, "card-sources").querySelector(".cl-pager-status")!.textContent).toBe("Sources 1–25 of 500");
    expect(element.querySelectorAll("*").length).toBeLessThanOrEqual(1500);
    // Another event's card opens at its first page.
    click(element.querySelector(".cl-card-close")!);
    click(element.querySelector('g.cl-item[data-id="e1"]')!);
    expect(pagerOf(element, "card-accounts").querySelector(".cl-pager-status")!.textContent).toBe("Accounts 1–25 of 500");
  });

  it("a timeline that cites nothing says so under Sources, where an empty list said nothing", () => {
    const { element } = mount({ data: { events: [{ id: "a", title: "A", start: "2008" }] } });
    const sources = element.querySelector(".cl-sources")!;
    expect(sources.querySelector("ol")).toBeNull();
    expect(sources.querySelector(".cl-source-list.cl-unsourced-note")!.textContent).toBe("No source given");
  });

  it("a story's slide, which has no pager, shows the first 25 accounts and sources and how many more", () => {
    const sources = sourcesOf(60);
    const accounts = Array.from({ length: 40 }, (_, i) => ({ start: `2001-01-${String(1 + (i % 28)).padStart(2, "0")}`, sources: [`s${i}`] }));
    const { timeline } = loadTimeline({ events: [{ id: "a", title: "A", accounts }, { id: "b", title: "B", start: "2002", sources: sources.map((s) => s.id) }], sources });
    const words = wordsFor(timeline, undefined);
    const nodes = (n: SceneNode): SceneElement[] => (typeof n === "string" ? [] : [n, ...n.children.flatMap(nodes)]);
    const slide = (id: string) => eventParts(words.byId(id)!, { card: null, words, prefix: "t", level: 3, width: 800, messages: en.chart, part: "slide" }).flatMap(nodes);
    const a = slide("a");
    expect(a.filter((n) => n.attrs.class === "cl-account-entry")).toHaveLength(25);
    expect(a.find((n) => n.attrs.class === "cl-more")!.children).toEqual(["and 15 more"]);
    expect(a.some((n) => n.attrs.class === "cl-pager")).toBe(false);
    const b = slide("b");
    expect(b.filter((n) => n.tag === "li")).toHaveLength(25);
    expect(b.find((n) => n.attrs.class === "cl-more")!.children).toEqual(["and 35 more"]);
  });

  it("300 events at one time: the card lists 25 to pick from a page, its pager reaching the last", () => {
    const { timeline } = loadTimeline({ events: Array.from({ length: 300 }, (_, k) => ({ id: `e${k}`, title: `Event ${k}`, start: "2008-06-08" })) });
    const members = timeline.events.map((e) => e.id);
    const draw = (page?: number) => cardNode({ card: { kind: "list", members, x: 0, y: 0, ...(page === undefined ? {} : { pages: { "card-events": page } }) }, words: wordsFor(timeline, undefined), prefix: "t", level: 3, width: 800, messages: en.chart });
    const nodes = (n: SceneNode): SceneElement[] => (typeof n === "string" ? [] : [n, ...n.children.flatMap(nodes)]);
    const all = nodes(draw());
    const picks = (list: SceneElement[]) => list.filter((n) => n.attrs.class === "cl-card-pick").map((n) => n.attrs["data-id"]);
    expect(picks(all)).toEqual(members.slice(0, 25));
    expect(all.find((n) => n.attrs.class === "cl-pager-status")!.children).toEqual(["Events 1–25 of 300"]);
    expect(all.find((n) => n.attrs.class === "cl-pager")!.attrs["aria-label"]).toBe("Pages of these events");
    const last = nodes(draw(11));
    expect(picks(last)).toEqual(members.slice(275));
    expect(last.find((n) => n.attrs.class === "cl-pager-status")!.children).toEqual(["Events 276–300 of 300"]);
    // A page past the last (the members changed since) shows the last.
    expect(picks(nodes(draw(40)))).toEqual(members.slice(275));
    // Measured when written: 1,207 scene elements, an entry, a button and its words for each of the 300.
    expect(all.length).toBeLessThan(150);
  });
});
