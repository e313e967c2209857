// The events by id (scene/words.ts `byId`): a first render that looks nothing up does not make
// them (50 ms at 100,000 events); the view makes them once the page is idle, so a reader's
// first choice finds them made; and a destroyed timeline makes nothing.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createTimeline } from "../../src/view/timeline.js";

// `steps`: the idle steps that made part of the map; `lookups`: whether the map was whole at each
// look-up (the first few before it is walk the events not yet in it; later ones make the rest).
const made = vi.hoisted(() => ({ steps: 0, lookups: [] as boolean[] }));
vi.mock("../../src/model/ids.js", async () => {
  const actual = await vi.importActual<typeof import("../../src/model/ids.js")>("../../src/model/ids.js");
  return {
    ...actual,
    indexIds: (...a: Parameters<typeof actual.indexIds>) => (made.steps++, actual.indexIds(...a)),
    eventById: (...a: Parameters<typeof actual.eventById>) => (made.lookups.push(actual.indexIds(a[0], 0)), actual.eventById(...a)),
  };
});

const DATA = { events: Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: `2008-06-${String(1 + (i % 28)).padStart(2, "0")}` })) };
const idle = () => new Promise((done) => setTimeout(done, 150));

afterEach(() => {
  document.body.replaceChildren();
  made.steps = 0;
  made.lookups = [];
});

describe("the events by id", () => {
  it("are made once the page is idle after the first render, not in it, and a choice then finds them made", async () => {
    const element = document.body.appendChild(document.createElement("div"));
    const handle = createTimeline(element, { data: DATA });
    expect(element.querySelectorAll("g.cl-item").length).toBeGreaterThan(0);
    expect(made).toEqual({ steps: 0, lookups: [] });
    await idle();
    expect(made).toEqual({ steps: 1, lookups: [] });
    const chosen: (string | undefined)[] = [];
    handle.on("select", ({ event }) => chosen.push(event?.title));
    handle.select("e3");
    expect(chosen).toEqual(["Event 3"]);
    expect(made.steps).toBe(1);
    expect(made.lookups.length).toBeGreaterThan(0);
    expect(made.lookups.every(Boolean)).toBe(true);
    handle.destroy();
  });

  it("are made at a choice before the page is idle; a timeline destroyed first makes none", async () => {
    const element = document.body.appendChild(document.createElement("div"));
    const handle = createTimeline(element, { data: DATA });
    handle.select("e5");
    expect(made.steps).toBe(0);
    expect(made.lookups[0]).toBe(false);
    const lookups = made.lookups.length;
    handle.destroy();
    const other = createTimeline(document.body.appendChild(document.createElement("div")), { data: DATA });
    other.destroy();
    await idle();
    expect(made.steps).toBe(0);
    expect(made.lookups.length).toBe(lookups);
  });
});
