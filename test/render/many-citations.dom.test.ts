// An event that cites thousands of sources, or gives hundreds of accounts, keeps the lists and the
// card to a few hundred nodes: each shows the first ones and says how many more (the DOM budget,
// 1,500 elements in the container, holds for what a spreadsheet cites too).
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { en } from "../../src/messages/index.js";
import { cardNode } from "../../src/scene/card.js";
import type { SceneElement, SceneNode } from "../../src/scene/node.js";
import { wordsFor } from "../../src/scene/words.js";
import type { TimelineInput } from "../../src/types.js";
import { mount } from "./mount.js";

const click = (node: Element) => node.dispatchEvent(new MouseEvent("click", { bubbles: true }));
const sourcesOf = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, publisher: `Paper ${i}` }));

describe("many citations and accounts", () => {
  it("30 events each citing 2,000 sources: ten numbers an entry, 25 sources in the card, and how many more", () => {
    const sources = sourcesOf(2000);
    const data: TimelineInput = { events: Array.from({ length: 30 }, (_, k) => ({ id: `e${k}`, title: `Event ${k}`, start: `${2000 + k}`, sources: sources.map((s) => s.id) })), sources };
    const { element } = mount({ data });
    // Measured when written: 50,576 elements, 50,181 of them in the events list.
    expect(element.querySelectorAll("*").length).toBeLessThanOrEqual(1500);
    const entry = element.querySelector(".cl-events li.cl-entry")!;
    expect(entry.querySelectorAll("a.cl-cite-ref")).toHaveLength(10);
    expect(entry.querySelector(".cl-entry-cites .cl-more")!.textContent).toBe("and 1,990 more");
    click(element.querySelector("g.cl-item")!);
    const card = element.querySelector(".cl-card")!;
    expect(card.querySelectorAll(".cl-card-sources > li")).toHaveLength(25);
    expect(card.querySelector(":scope > .cl-more")!.textContent).toBe("and 1,975 more");
    expect(element.querySelectorAll("*").length).toBeLessThanOrEqual(1500);
  });

  it("three events each with 500 accounts: ten an entry, 25 in the card, and how many more; few accounts are all shown", () => {
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
    const card = element.querySelector(".cl-card")!;
    expect(card.querySelectorAll(".cl-account-entry")).toHaveLength(25);
    expect(card.querySelector(".cl-accounts > .cl-more")!.textContent).toBe("and 475 more");
  });

  it("300 events at one time: the card lists the first 25 to pick from, and how many more", () => {
    const { timeline } = loadTimeline({ events: Array.from({ length: 300 }, (_, k) => ({ id: `e${k}`, title: `Event ${k}`, start: "2008-06-08" })) });
    const members = timeline.events.map((e) => e.id);
    const card = cardNode({ card: { kind: "list", members, x: 0, y: 0 }, words: wordsFor(timeline, undefined), prefix: "t", level: 3, width: 800, messages: en.chart });
    const nodes = (n: SceneNode): SceneElement[] => (typeof n === "string" ? [] : [n, ...n.children.flatMap(nodes)]);
    const all = nodes(card);
    expect(all.filter((n) => n.attrs.class === "cl-card-pick")).toHaveLength(25);
    expect(all.find((n) => n.attrs.class === "cl-more")!.children).toEqual(["and 275 more"]);
    // Measured when written: 1,207 scene elements, an entry, a button and its words for each of the 300.
    expect(all.length).toBeLessThan(150);
  });
});
