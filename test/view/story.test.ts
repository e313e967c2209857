// @vitest-environment node
// Story mode's transitions, with no DOM: opening a story, going to a slide by each way a reader
// can (button, key, swipe, chart, list), the ends, the view's toggle, the card of an event the
// story does not tell, the opening state from options, format and deep link, and the link itself.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extentOf, layoutTimeline } from "../../src/layout/layout.js";
import { loadTimeline } from "../../src/load.js";
import { en } from "../../src/messages/index.js";
import { onSlide, slideEvent, slideWindow, storyHighlight, storyOf } from "../../src/scene/story.js";
import { wordsFor } from "../../src/scene/words.js";
import type { Timeline } from "../../src/types.js";
import { hashOf, readHash } from "../../src/view/hash.js";
import { openingState } from "../../src/view/opening.js";
import { activate, closeCard, initialState, select, zoomed, type Effect, type ViewContext, type ViewState } from "../../src/view/state.js";
import { storyGo, storyOpen, storyStep, type SlideMove } from "../../src/view/story.js";
import { setView } from "../../src/view/view-change.js";

const SEED_TEXT = readFileSync(new URL("../../examples/seed-tehran-2008/events.json", import.meta.url), "utf8");
const { timeline: seed } = loadTimeline(SEED_TEXT);
const DAY = 86_400_000;

function contextOf(timeline: Timeline, width = 800): ViewContext {
  return { layout: layoutTimeline(timeline, { width }), words: wordsFor(timeline, undefined), messages: en.chart, pageSize: 25 };
}

/** A state in the story at `slide`, as the view holds it. */
function inStory(ctx: ViewContext, slide = 0): ViewState {
  return storyOpen(initialState(ctx.layout.extent, "story"), ctx.words.timeline, slide, ctx.layout.extent);
}

const zoomOf = (effects: Effect[]) => effects.find((e): e is Extract<Effect, { type: "zoom" }> => e.type === "zoom");
const focusOf = (effects: Effect[]) => effects.filter((e) => e.type === "focus");
const text = (s: ViewState) => s.status.map((r) => (typeof r === "string" ? r : r.user)).join("");

describe("a story's slides", () => {
  it("are the title slide, then every event in time order, when the data gives no order", () => {
    const story = storyOf(seed);
    expect(story.intro).toBe(true);
    expect(story.ids).toEqual(seed.events.map((e) => e.id));
    expect(story.count).toBe(seed.events.length + 1);
    expect(slideEvent(story, 0)).toBeNull();
    expect(slideEvent(story, 1)).toBe("iran-iraq-war");
  });

  it("follow the data's order, and have no title slide when the timeline has no title or description", () => {
    const { timeline } = loadTimeline({ events: [{ id: "a", title: "A", start: "2000" }, { id: "b", title: "B", start: "2001" }], story: ["b", "a"] });
    const story = storyOf(timeline);
    expect([story.intro, story.ids, story.count]).toEqual([false, ["b", "a"], 2]);
    expect(slideEvent(story, 0)).toBe("b");
  });

  it("the chart highlights the cluster holding the slide's event where the event cannot be drawn apart", () => {
    const layout = layoutTimeline(seed, { width: 200, height: 200 });
    const { items } = layout;
    const words = wordsFor(seed);
    const cluster = items.find((i) => i.kind === "cluster");
    if (cluster?.kind !== "cluster") throw new Error("the seed at 200 px has a cluster");
    const member = cluster.members[0]!;
    expect([...storyHighlight(layout, new Set([member]), words)]).toEqual([member, cluster.id]);
    const alone = new Set([items.find((i) => i.kind !== "cluster")!.id]);
    expect(storyHighlight(layout, alone, words)).toBe(alone);
    // Only a cluster whose time covers the slide's event is asked for its members, so a slide's
    // zoom frames do not list every cluster's: none for an event drawn on its own.
    const reads: string[] = [];
    const watched = { ...layout, items: items.map((i) => (i.kind !== "cluster" ? i : Object.defineProperty({ ...i }, "members", { enumerable: true, get: () => (reads.push(i.id), i.members) }))) };
    expect(storyHighlight(watched, alone, words)).toBe(alone);
    expect(reads).toEqual([]);
    expect([...storyHighlight(watched, new Set([member]), words)]).toEqual([member, cluster.id]);
    expect(reads).toEqual([cluster.id]);
  });

  it("an empty timeline still has its title slide", () => {
    expect(storyOf(loadTimeline({ events: [] }).timeline)).toEqual({ ids: [], intro: true, count: 1 });
  });
});

describe("storyGo", () => {
  const ctx = contextOf(seed);

  it.each(seed.events.map((e, i) => [i + 1, e.id] as const))("slide %i zooms to %s, highlights it, and says where the reader is", (slide, id) => {
    const { state, effects } = storyGo(inStory(ctx), ctx, slide, "button");
    const event = seed.events.find((e) => e.id === id)!;
    expect([state.view, state.slide, state.selected, [...state.highlighted], state.card]).toEqual(["story", slide, id, [id], null]);
    expect(text(state)).toBe(`Slide ${slide} of ${seed.events.length}: ${event.title}`);
    // The title is the user's text, isolated from ours.
    expect(state.status[1]).toEqual({ user: event.title });
    const zoom = zoomOf(effects)!;
    expect(zoom).toEqual({ type: "zoom", domain: slideWindow(event, ctx.layout.extent), animate: true });
    // The whole event in the window, the window inside the timeline.
    expect(zoom.domain[0]).toBeLessThanOrEqual(event.start.earliest);
    expect(zoom.domain[1]).toBeGreaterThanOrEqual((event.end ?? event.start).latest);
    expect(zoom.domain[0]).toBeGreaterThanOrEqual(ctx.layout.extent[0]);
    expect(zoom.domain[1]).toBeLessThanOrEqual(ctx.layout.extent[1]);
    expect(effects.filter((e) => e.type === "emit")).toEqual([{ type: "emit", event: "slide" }, { type: "emit", event: "select" }]);
  });

  it("a day's event is shown a few days wide, not across the decades", () => {
    const visit = seed.events.find((e) => e.id === "meets-ahmadinejad")!;
    const [a, b] = slideWindow(visit, ctx.layout.extent);
    expect(b - a).toBeGreaterThan(2 * DAY);
    expect(b - a).toBeLessThan(4 * DAY);
  });

  it("the title slide shows the whole timeline and chooses nothing", () => {
    const { state, effects } = storyGo(inStory(ctx, 3), ctx, 0, "button");
    expect([state.slide, state.selected, state.highlighted.size]).toEqual([0, null, 0]);
    expect(zoomOf(effects)!.domain).toEqual(ctx.layout.extent);
    expect(text(state)).toBe(`Introduction: ${seed.title}`);
  });

  it.each<[SlideMove, Effect[]]>([
    ["button", [{ type: "focus", to: "slide-button", button: "next" }]],
    ["key", [{ type: "focus", to: "slide" }]],
    ["pick", [{ type: "focus", to: "slide" }]],
    ["swipe", []],
    ["chart", []],
  ])("moved by %s, the focus goes where the reader is", (how, focus) => {
    expect(focusOf(storyGo(inStory(ctx, 1), ctx, 2, how).effects)).toEqual(focus);
  });

  it("the previous button keeps the focus on the previous button", () => {
    expect(focusOf(storyGo(inStory(ctx, 3), ctx, 2, "button").effects)).toEqual([{ type: "focus", to: "slide-button", button: "prev" }]);
  });

  it("stops at the ends: nothing moves, and a key, a swipe or a button says so", () => {
    const last = seed.events.length;
    for (const how of ["key", "swipe", "button"] as const) {
      const past = storyStep(inStory(ctx, last), ctx, 1, how);
      expect(past.effects).toEqual([]);
      expect(past.state.slide).toBe(last);
      expect(text(past.state)).toBe("This is the last slide.");
      const before = storyStep(inStory(ctx, 0), ctx, -1, how);
      expect([before.effects, before.state.slide, text(before.state)]).toEqual([[], 0, "This is the first slide."]);
    }
  });

  it("keeps any walk inside the story, on the slide's event, with it alone highlighted (property)", () => {
    const { timeline } = loadTimeline({
      title: "Random",
      events: Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, title: `E${i}`, start: `${1990 + ((i * 7) % 30)}-0${1 + (i % 9)}-1${i % 10}` })),
    });
    const rctx = contextOf(timeline, 640);
    const story = storyOf(timeline);
    const move = fc.oneof(fc.constant<1 | -1>(1), fc.constant<1 | -1>(-1), fc.integer({ min: -5, max: 20 }));
    fc.assert(
      fc.property(fc.array(move, { maxLength: 30 }), (moves) => {
        let state = inStory(rctx);
        for (const m of moves) {
          const step = m === 1 || m === -1 ? storyStep(state, rctx, m, "key") : storyGo(state, rctx, m, "pick");
          state = step.state;
          expect(state.slide).toBeGreaterThanOrEqual(0);
          expect(state.slide).toBeLessThan(story.count);
          const id = slideEvent(story, state.slide!);
          expect(state.selected).toBe(id);
          expect([...state.highlighted]).toEqual(id === null ? [] : [id]);
          const zoom = zoomOf(step.effects);
          if (zoom && id !== null) {
            const event = timeline.events.find((e) => e.id === id)!;
            expect(zoom.domain[0]).toBeLessThanOrEqual(event.start.earliest);
            expect(zoom.domain[1]).toBeGreaterThanOrEqual((event.end ?? event.start).latest);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("the story among the other choices", () => {
  const ctx = contextOf(seed);

  it("choosing an event the story tells (from the list, the chart or the API) goes to its slide", () => {
    const fromList = select(inStory(ctx), ctx, "visit");
    expect([fromList.state.slide, fromList.state.selected, fromList.state.card]).toEqual([5, "visit", null]);
    const item = ctx.layout.items.find((i) => i.id === "iran-iraq-war")!;
    const fromChart = activate(inStory(ctx), ctx, item);
    expect(fromChart.state.slide).toBe(1);
    // From the chart, the focus stays on the item.
    expect(focusOf(fromChart.effects)).toEqual([]);
  });

  it("an event the story does not tell opens its card; closing it goes back to the slide's event", () => {
    const { timeline } = loadTimeline({ ...JSON.parse(SEED_TEXT), story: ["visit", "meets-ahmadinejad"] });
    const sctx = contextOf(timeline);
    const onVisit = storyGo(inStory(sctx), sctx, 1, "button").state;
    const card = select(onVisit, sctx, "iran-iraq-war").state;
    expect([card.slide, card.selected, card.card?.kind]).toEqual([1, "iran-iraq-war", "event"]);
    const closed = closeCard(card, sctx).state;
    expect([closed.slide, closed.selected, [...closed.highlighted], closed.card]).toEqual([1, "visit", ["visit"], null]);
  });

  it("a zoom or a pan by the reader keeps the slide and its highlight", () => {
    const state = storyGo(inStory(ctx), ctx, 5, "button").state;
    const moved = zoomed(state, ctx, [Date.UTC(2008, 0, 1), Date.UTC(2009, 0, 1)], true);
    expect([moved.state.slide, moved.state.selected, [...moved.state.highlighted]]).toEqual([5, "visit", ["visit"]]);
  });

  it("the toggle starts the story at its first slide, or at the chosen event's, and leaving it lets the slide go", () => {
    const chart = initialState(ctx.layout.extent);
    const fresh = setView(chart, ctx, "story");
    expect([fresh.state.view, fresh.state.slide, fresh.state.selected]).toEqual(["story", 0, null]);
    expect(focusOf(fresh.effects)).toEqual([]);
    const chosen = setView({ ...chart, selected: "visit" }, ctx, "story");
    expect([chosen.state.slide, chosen.state.selected]).toEqual([5, "visit"]);
    const back = setView(chosen.state, ctx, "chart");
    expect([back.state.view, back.state.slide, back.state.selected, back.state.highlighted.size, back.state.status]).toEqual(["chart", null, null, 0, []]);
    expect(back.state.domain).toEqual(chosen.state.domain);
    expect(setView(chosen.state, ctx, "list").state.view).toBe("list");
    expect(setView(chart, ctx, "chart").state).toBe(chart);
  });
});

describe("opening", () => {
  const tjs = { title: { text: { headline: "Maliki in Tehran", text: "<p>Three days in June.</p>" } }, events: [{ start_date: { year: 2008, month: 6, day: 7 }, text: { headline: "Visit begins" } }, { start_date: { year: 1980, month: 9, day: 22 }, text: { headline: "War begins" } }] };

  it("a TimelineJS file opens in the story, on its title slide; the view option wins", () => {
    const { timeline, format } = loadTimeline(tjs);
    expect(format).toBe("timelinejs");
    const opened = openingState(timeline, {}, format);
    expect([opened.view, opened.slide, opened.selected]).toEqual(["story", 0, null]);
    expect(timeline.title).toBe("Maliki in Tehran");
    expect(timeline.description).toBe("Three days in June.");
    expect(openingState(timeline, { view: "chart" }, format).view).toBe("chart");
    expect(openingState(seed, {}, "json").view).toBe("chart");
    expect(openingState(seed, {}, "csv").slide).toBeNull();
  });

  it("a story without a title slide opens zoomed to its first event, with nothing announced", () => {
    const { timeline } = loadTimeline({ events: [{ id: "a", title: "A", start: "2008-06-07" }, { id: "b", title: "B", start: "1980" }] });
    const opened = openingState(timeline, { view: "story" }, "json");
    expect([opened.slide, opened.selected, opened.status]).toEqual([0, "b", []]);
    expect(opened.domain).toEqual(slideWindow(timeline.events[0], extentOf(timeline)));
  });

  it("a link naming a slide opens the story there, whatever the view option; a link to an event opens the story at its slide", () => {
    const linked = readHash("#cl=0,1,,4");
    expect(linked).toEqual({ window: [0, 1], slide: 4 });
    const opened = openingState(seed, { view: "chart" }, "json", linked);
    expect([opened.view, opened.slide, opened.selected]).toEqual(["story", 4, slideEvent(storyOf(seed), 4)]);
    const byId = openingState(seed, { view: "story" }, "json", readHash("#cl=0,1,visit"));
    expect([byId.slide, byId.selected]).toEqual([5, "visit"]);
  });

  it("opens on the server's state: the same choices as onSlide", () => {
    const opened = openingState(seed, { view: "story" }, "json");
    expect(opened).toEqual(onSlide(initialState(opened.domain, "chart"), storyOf(seed), 0));
  });
});

describe("deep links", () => {
  it("hashOf and readHash round-trip the window, the event and the slide", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -8e15, max: 8e15 }),
        fc.integer({ min: 1, max: 1e12 }),
        fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: null }),
        fc.option(fc.nat(5000), { nil: null }),
        (start, span, id, slide) => {
          const hash = hashOf([start, start + span], id, slide);
          const read = readHash(hash)!;
          expect(read.window).toEqual([start, start + span]);
          expect(read.id).toBe(id ?? undefined);
          expect(read.slide).toBe(slide ?? undefined);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads links written before slides, and leaves other fragments alone", () => {
    expect(readHash("#cl=10,20,visit")).toEqual({ window: [10, 20], id: "visit" });
    expect(readHash("#cl=10,20")).toEqual({ window: [10, 20] });
    expect(readHash("#intro&cl=10,20,,0")).toEqual({ window: [10, 20], slide: 0 });
    expect(readHash("#cl=10,20,a%2Cb,3")).toEqual({ window: [10, 20], id: "a,b", slide: 3 });
    expect(readHash("#other")).toBeUndefined();
    expect(hashOf([10, 20], null, 0)).toBe("#cl=10,20,,0");
    expect(hashOf([10, 20], "visit")).toBe("#cl=10,20,visit");
  });
});
