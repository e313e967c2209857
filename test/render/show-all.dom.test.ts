// "Show all" after exploring is the picture the page loaded with: the same events drawn, in the
// same rows, whatever the zoom kept on the way.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TimelineInput } from "../../src/types.js";
import type { TimelineHandle } from "../../src/view/timeline.js";
import { mount } from "./mount.js";

const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 1);

// 600 events over two years in three groups: at the whole extent most are in clusters.
function dense(): TimelineInput {
  let seed = 11;
  const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
  return { events: Array.from({ length: 600 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: new Date(START + Math.floor(random() * 730) * DAY).toISOString().slice(0, 10), group: `g${i % 3}` })) };
}

afterEach(() => vi.unstubAllGlobals());

const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
const picture = (handle: TimelineHandle) => handle.layout.items.map((d) => `${d.id}@${d.row}`).sort();
const drawn = (element: HTMLElement) => [...element.querySelectorAll("g.cl-item")].map((g) => g.getAttribute("data-id")).sort();

describe("Show all", () => {
  it("after zooming in and out and panning, draws what the page loaded with", async () => {
    // Every zoom lands at once (zoom.ts asks `matchMedia`), one render per step.
    vi.stubGlobal("matchMedia", (query: string) => ({ matches: /prefers-reduced-motion:\s*reduce/.test(query), media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }));
    const { handle, element } = mount({ data: dense(), breaks: "none", height: 400 });
    await frame();
    const first = handle.layout;
    const loaded = picture(handle);
    const loadedNodes = drawn(element);
    const [a, b] = handle.layout.extent;
    for (const [from, to] of [[0.5, 0.7], [0.55, 0.6], [0.2, 0.9], [0.1, 0.95], [0, 0.99]]) {
      handle.zoomTo([a + (b - a) * from!, a + (b - a) * to!]);
      await frame();
    }
    // Zooming out to nearly all keeps what was drawn: not the picture of the load.
    expect(picture(handle)).not.toEqual(loaded);
    element.querySelector<HTMLButtonElement>(".cl-reset")!.click();
    await frame();
    await frame();
    expect(handle.layout.domain).toEqual(handle.layout.extent);
    expect(picture(handle)).toEqual(loaded);
    expect(drawn(element)).toEqual(loadedNodes);
    // Drawn again from the layout the page loaded with, not laid out anew.
    expect(handle.layout).toBe(first);
  });

  it("lays the whole extent out anew once anything but the window changed", async () => {
    vi.stubGlobal("matchMedia", (query: string) => ({ matches: /prefers-reduced-motion:\s*reduce/.test(query), media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }));
    const { handle, element } = mount({ data: dense(), breaks: "none", height: 400 });
    await frame();
    const first = handle.layout;
    const [a, b] = handle.layout.extent;
    handle.zoomTo([a + (b - a) * 0.4, a + (b - a) * 0.6]);
    await frame();
    handle.update({ height: 300 });
    await frame();
    element.querySelector<HTMLButtonElement>(".cl-reset")!.click();
    await frame();
    await frame();
    expect(handle.layout.domain).toEqual(handle.layout.extent);
    expect(handle.layout).not.toBe(first);
    expect(handle.layout.height).toBeLessThan(first.height);
  });
});
