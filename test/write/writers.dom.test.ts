// One scene, two writers: the string writer's markup and the DOM the patcher builds are the same
// nodes, attributes and text, for every kind of mark and every state a reader can reach (card
// open, source highlighted, list view), first written and patched from any other state.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutTimeline } from "../../src/layout/layout.js";
import type { TimelineLayout } from "../../src/layout/types.js";
import { en } from "../../src/messages/index.js";
import { firstInReadingOrder } from "../../src/scene/item-facts.js";
import { createListsCache } from "../../src/scene/lists.js";
import { h } from "../../src/scene/node.js";
import { onSlide, storyOf } from "../../src/scene/story.js";
import { timelineScene, type SceneState } from "../../src/scene/timeline.js";
import { wordsFor } from "../../src/scene/words.js";
import type { Timeline } from "../../src/types.js";
import { create, patch } from "../../src/write/dom.js";
import { toMarkup } from "../../src/write/string.js";
import { createTimeline } from "../../src/view/timeline.js";
import { renderToString } from "../../src/write/html.js";
import { CASES, DEEP_TIME, HOSTILE, SEED } from "./cases.js";
import { markupOf, parseHtml } from "./trees.js";

const NONE: ReadonlySet<string> = new Set();

/** The states a reader can reach in a timeline: untouched, an event chosen, a source shown, a cluster's list, the list view. */
function statesOf(timeline: Timeline, layout: TimelineLayout): [string, SceneState][] {
  const base: SceneState = { view: "chart", selected: null, focused: firstInReadingOrder(layout.items)?.id ?? null, highlighted: NONE, source: null, card: null, status: [], eventsPage: null, sourcesPage: null };
  const out: [string, SceneState][] = [["untouched", base]];
  const event = timeline.events.find((e) => e.sources.length > 0) ?? timeline.events[0];
  if (event) {
    const item = layout.items.find((i) => i.id === event.id);
    out.push(["an event's card", { ...base, selected: event.id, highlighted: new Set([event.id]), card: { kind: "event", id: event.id, x: item?.x0 ?? 10, y: item?.y ?? 10 }, focused: item?.id ?? base.focused }]);
  }
  const source = timeline.sources[0];
  if (source) {
    const citing = new Set(timeline.events.filter((e) => e.sources.includes(source.id)).map((e) => e.id));
    out.push(["a source's events", { ...base, source: source.number, highlighted: citing, status: [`${citing.size} events cite `, { user: source.publisher }, "."] }]);
  }
  const cluster = layout.items.find((i) => i.kind === "cluster");
  if (cluster?.kind === "cluster") out.push(["a cluster's list", { ...base, card: { kind: "list", members: cluster.members, x: cluster.x0, y: cluster.y } }]);
  out.push(["the list view", { ...base, view: "list" }]);
  // The story's title slide (or first event) and its second slide.
  out.push(["the story", onSlide(base, storyOf(timeline), 0)], ["the story's second slide", onSlide(base, storyOf(timeline), 1)]);
  out.push(["second pages", { ...base, eventsPage: 1, sourcesPage: 1 }]);
  return out;
}

function sceneOf(timeline: Timeline, layout: TimelineLayout, state: SceneState, inert = false) {
  return timelineScene(
    { layout, words: wordsFor(timeline, undefined), state, prefix: "tl", level: 3, theme: "light", title: "A timeline", pageSize: 25, inert, messages: en.chart, locale: undefined },
    createListsCache(),
  );
}

/** What the string writer wrote, read back by a parser, in the comparison's dialect. */
function parsedMarkup(html: string): string {
  return markupOf(parseHtml(html).body.firstElementChild!);
}

const ALL = CASES.flatMap(([name, timeline, options]) => {
  const layout = layoutTimeline(timeline, options);
  return statesOf(timeline, layout).map(([state, s]) => [`${name}: ${state}`, timeline, layout, s] as const);
});

describe("the string and the patched DOM are the same markup", () => {
  it.each(ALL)("%s", (_name, timeline, layout, state) => {
    const scene = sceneOf(timeline, layout, state);
    const root = document.createElement("div");
    patch(root, scene);
    expect(markupOf(root)).toBe(parsedMarkup(toMarkup(scene)));
  });

  it("the cases cover points, spans, clusters, eras, fading ends, hatched bands, cards, lists and an empty chart", () => {
    const joined = ALL.map(([, timeline, layout, state]) => toMarkup(sceneOf(timeline, layout, state))).join("");
    for (const needle of ['data-kind="point"', 'data-kind="span"', 'data-kind="cluster"', 'class="cl-era"', "cl-banded", "cl-day-band", "cl-q-approximate", "cl-pinned", "cl-unsourced", '<tspan class="cl-cites"', "· no source", "cl-set cl-set-one-of", "cl-set-all-of", 'class="cl-candidate"', "cl-end-open", "cl-end-unknown", "cl-start-open", "cl-bound-unknown", 'class="cl-card-pick"', 'class="cl-card-sources"', "cl-source cl-highlighted", "cl-list-primary", 'class="cl-slide cl-slide-intro"', 'aria-roledescription="slide"', 'class="cl-slide-body"']) {
      expect(joined, needle).toContain(needle);
    }
    expect(joined).toMatch(/class="cl-fuzz cl-fuzz-start" x="[^"]*" width="[1-9]/);
  });
});

describe("the patcher", () => {
  it("patched from any state to any other, the page is the new state's markup", () => {
    const pool = ALL.filter(([name]) => /^(seed, 800|seed, 320|clusters|fuzzy ends|open, unknown and set dates, 1280)/.test(name));
    fc.assert(
      fc.property(fc.array(fc.nat(pool.length - 1), { minLength: 2, maxLength: 6 }), (picks) => {
        const root = document.createElement("div");
        for (const i of picks) {
          const [, timeline, layout, state] = pool[i]!;
          const scene = sceneOf(timeline, layout, state);
          patch(root, scene);
          expect(markupOf(root)).toBe(parsedMarkup(toMarkup(scene)));
        }
      }),
      { numRuns: 40 },
    );
  });

  it("writing the same scene again changes nothing", () => {
    const [, timeline, layout, state] = ALL[0]!;
    const root = document.createElement("div");
    patch(root, sceneOf(timeline, layout, state));
    expect(patch(root, sceneOf(timeline, layout, state))).toBe(0);
  });

  it("moves keyed nodes rather than rewriting others, and leaves what another library drew", () => {
    const li = (id: string) => h("li", { "data-id": id }, id, { key: id });
    const root = document.createElement("div");
    patch(root, h("div", {}, [h("ul", {}, ["a", "b", "c"].map(li), { open: true })]));
    const ul = root.querySelector("ul")!;
    const [a, b, c] = [...ul.children];
    const foreign = ul.appendChild(document.createElement("span"));
    const changes = patch(root, h("div", {}, [h("ul", {}, ["c", "a", "b"].map(li), { open: true })]));
    expect(changes).toBe(1);
    expect([...ul.children]).toEqual([c, a, b, foreign]);
    patch(root, h("div", {}, [h("ul", {}, ["b"].map(li), { open: true })]));
    expect([...ul.children]).toEqual([b, foreign]);
  });

  it("moves only the nodes out of the new order: the longest run already in it stays", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(30), { minLength: 1, maxLength: 25 }), fc.uniqueArray(fc.nat(30), { maxLength: 25 }), (was, now) => {
        const li = (id: number) => h("li", {}, String(id), { key: String(id) });
        const root = document.createElement("div");
        patch(root, h("ul", {}, was.map(li)));
        const nodes = new Map([...root.children].map((n) => [n.textContent, n]));
        const kept = now.filter((id) => was.includes(id));
        const changes = patch(root, h("ul", {}, now.map(li)));
        expect([...root.children].map((n) => n.textContent)).toEqual(now.map(String));
        for (const n of root.children) if (nodes.has(n.textContent)) expect(n).toBe(nodes.get(n.textContent));
        // Each node that left is one removal, each new one an insertion, and of those kept only
        // the ones off the longest run in the old order move.
        const run = longestRun(kept.map((id) => was.indexOf(id)));
        expect(changes).toBe(was.length - kept.length + (now.length - kept.length) + (kept.length - run));
      }),
      { numRuns: 200 },
    );
  });

  it("on a moving window's frames leaves kept nodes where they stand, each node still written from its own scene, and puts them in order once it rests", () => {
    const ids = fc.uniqueArray(fc.nat(30), { maxLength: 20 });
    fc.assert(
      // The window often rests where it last moved to: the same items, in the order just asked for.
      fc.property(fc.array(fc.tuple(ids, fc.nat(3)), { minLength: 1, maxLength: 5 }), fc.option(ids), (moving, given) => {
        const rest = given ?? moving[moving.length - 1]![0];
        // Each write changes the text of every item, so a node patched with another's scene shows.
        const li = (id: number, n: number) => h("li", { "data-id": String(id) }, `${id}:${n}`, { key: String(id) });
        const root = document.createElement("div");
        patch(root, h("ul", {}, []));
        for (const [now, n] of moving) {
          const before = new Map([...root.children].map((node) => [node.getAttribute("data-id"), node]));
          const order = [...root.children];
          patch(root, h("ul", {}, now.map((id) => li(id, n))), { orderLater: true });
          // The nodes kept stand in the order they stood, and none was made again.
          const kept = [...root.children].filter((node) => before.get(node.getAttribute("data-id")) === node);
          expect(kept).toEqual(order.filter((node) => kept.includes(node)));
          expect(kept).toHaveLength(now.filter((id) => before.has(String(id))).length);
          expect(new Set([...root.children].map((node) => node.textContent))).toEqual(new Set(now.map((id) => `${id}:${n}`)));
        }
        const last = new Map([...root.children].map((node) => [node.getAttribute("data-id"), node]));
        patch(root, h("ul", {}, rest.map((id) => li(id, 9))));
        expect([...root.children].map((node) => node.textContent)).toEqual(rest.map((id) => `${id}:9`));
        // An item that stays keeps its node (and so the focus, were it there).
        for (const node of root.children) if (last.has(node.getAttribute("data-id"))) expect(node).toBe(last.get(node.getAttribute("data-id")));
      }),
      { numRuns: 200 },
    );
  });

  it("gives an element of a reuse group that no key matched the node of one that went, and only then makes one", () => {
    const pill = (id: string) => h("g", { "data-id": id }, [h("text", {}, id)], { key: id, reuse: "cluster" });
    const root = document.createElement("div");
    patch(root, h("div", {}, [pill("a"), pill("b"), h("p", {}, "x", { key: "p" })]));
    const [a, b, p] = [...root.children];
    patch(root, h("div", {}, [pill("b"), pill("c"), pill("d"), h("p", {}, "y", { key: "q" })]));
    // b keeps its node; c takes a's; d is new; a keyed element of no group is never reused.
    expect(root.children[0]).toBe(b);
    expect(root.children[1]).toBe(a);
    expect(root.children[1]!.getAttribute("data-id")).toBe("c");
    expect(root.children[1]!.textContent).toBe("c");
    expect(root.children[2]).not.toBe(p);
    expect(root.children[3]).not.toBe(p);
    expect(markupOf(root)).toBe(parsedMarkup(toMarkup(h("div", {}, [pill("b"), pill("c"), pill("d"), h("p", {}, "y", { key: "q" })]))));
  });

  it("marks the Story button busy and says so in the live region while story mode, pressed for, loads: the same in both writers", () => {
    const layout = layoutTimeline(SEED, { width: 800 });
    const [, state] = statesOf(SEED, layout)[0]!;
    const scene = (storyPending: boolean) =>
      timelineScene({ layout, words: wordsFor(SEED, undefined), state: { ...state, status: ["Zoomed in."] }, prefix: "tl", level: 3, theme: "light", title: "A timeline", pageSize: 25, inert: false, messages: en.chart, locale: undefined, storyPending }, createListsCache());
    const pending = create(document, scene(true));
    expect(pending.querySelector(".cl-story-view")!.getAttribute("aria-busy")).toBe("true");
    expect(pending.querySelector(".cl-status")!.textContent).toBe(en.chart.storyLoading);
    // Only the Story button waits; the chart and the other buttons still work.
    expect(pending.querySelectorAll("[aria-busy]")).toHaveLength(1);
    expect(pending.querySelector(".cl-zoom-in")!.hasAttribute("disabled")).toBe(false);
    expect(parsedMarkup(toMarkup(scene(true)))).toBe(markupOf(pending));
    const after = create(document, scene(false));
    expect(after.querySelector(".cl-story-view")!.hasAttribute("aria-busy")).toBe(false);
    expect(after.querySelector(".cl-status")!.textContent).toBe("Zoomed in.");
  });

  it("sets text as text and a style through the CSSOM", () => {
    const root = create(document, h("div", {}, [h("p", { title: '"><img src=x onerror=alert(1)>' }, "<b>not bold</b>", { style: { left: "4px" } })]));
    expect(root.querySelector("b, img")).toBeNull();
    expect(root.querySelector("p")!.textContent).toBe("<b>not bold</b>");
    expect((root.querySelector("p") as HTMLElement).style.left).toBe("4px");
  });

  it("adopts server markup in place: the same nodes, none removed or made", () => {
    for (const [name, timeline, layout] of ALL.filter(([n]) => n.endsWith("untouched"))) {
      const state = statesOf(timeline, layout)[0]![1];
      const host = document.createElement("div");
      host.innerHTML = toMarkup(sceneOf(timeline, layout, state, true));
      const before = [...host.querySelectorAll("*")];
      const observer = new MutationObserver(() => undefined);
      observer.observe(host, { childList: true, subtree: true, characterData: true });
      patch(host.firstElementChild!, sceneOf(timeline, layout, state), { adopt: true });
      const childChanges = observer.takeRecords().filter((r) => r.type === "childList");
      expect(childChanges, name).toEqual([]);
      expect([...host.querySelectorAll("*")], name).toEqual(before);
      expect(markupOf(host.firstElementChild!), name).toBe(parsedMarkup(toMarkup(sceneOf(timeline, layout, state))));
    }
  });
});

describe("createTimeline and renderToString write the same markup", () => {
  // The seed, deep-time and hostile stories' data. In jsdom the timeline is 800 px wide and
  // measures with the width table, as the server does. What differs is only what a script adds:
  // the server's buttons are disabled and its root marked data-citeline-ssr, its description does
  // not promise the keys, and d3 adds the brush's layer and the zoom's tap-highlight style.
  const inert = (el: Element) => el.classList.contains("cl-brush");
  const scriptless = (markup: string) =>
    markup
      .replace(/ disabled=""/g, "")
      .replace(/ data-citeline-ssr=""/g, "")
      .replace(/ style="-webkit-tap-highlight-color: rgba\(0, 0, 0, 0\);"/g, "")
      .replace(/(<desc [^>]*>[^<]*?)\s*Use the arrow keys[^<]*/, "$1");

  it.each([
    ["seed", SEED],
    ["deep time", DEEP_TIME],
    ["hostile corpus", HOSTILE],
  ] as const)("%s", (_name, timeline) => {
    const element = document.createElement("div");
    document.body.append(element);
    const handle = createTimeline(element, { timeline });
    try {
      const drawn = element.querySelector(".citeline")!;
      const prefix = drawn.querySelector("svg")!.getAttribute("aria-labelledby")!.replace(/-title$/, "");
      const served = parseHtml(renderToString(timeline, { width: 800, idPrefix: prefix })).body.firstElementChild!;
      expect(handle.layout.width).toBe(800);
      // The browser shows a page of each list with a pager, the server whole lists (readers without
      // a script have no pager): the same entries as far as the page goes, and the rest the same.
      const pages = (root: Element) => [...root.querySelectorAll(".cl-list, .cl-source-list")].map((ol) => [...ol.children].map((li) => markupOf(li)));
      const [shown, whole] = [pages(drawn), pages(served)];
      shown.forEach((entries, i) => expect(entries.map(scriptless)).toEqual(whole[i]!.slice(0, entries.length).map(scriptless)));
      const paged = whole.some((entries, i) => entries.length > shown[i]!.length);
      expect(drawn.querySelectorAll(".cl-pager").length > 0).toBe(paged);
      const withoutLists = (root: Element) => {
        const copy = root.cloneNode(true) as Element;
        copy.querySelectorAll(".cl-list, .cl-source-list, .cl-pager").forEach((el) => el.remove());
        return copy;
      };
      expect(scriptless(markupOf(withoutLists(drawn), false, inert))).toBe(scriptless(markupOf(withoutLists(served))));
    } finally {
      handle.destroy();
      element.remove();
    }
  });
});

// The length of the longest increasing run in a list of distinct numbers (quadratic, plainly).
function longestRun(list: readonly number[]): number {
  const best = list.map(() => 1);
  for (let i = 0; i < list.length; i++) for (let j = 0; j < i; j++) if (list[j]! < list[i]!) best[i] = Math.max(best[i]!, best[j]! + 1);
  return Math.max(0, ...best);
}
