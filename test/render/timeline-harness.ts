// What the DOM tests of createTimeline share (timeline*.dom.test.ts): the seed and a weekly
// timeline, mounting and cleaning up, reduced motion, the handle's events, frames, keys, the wheel,
// and reading the drawn items.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, expect, vi } from "vitest";
import type { ClusterItem, ItemLayout } from "../../src/layout/types.js";
import { createTimeline, type TimelineEvents, type TimelineHandle, type TimelineOptions } from "../../src/view/timeline.js";
import type { TimelineInput } from "../../src/types.js";
// In vitest's jsdom environment `URL` is jsdom's, which node:fs refuses: read by path.
export const SEED_TEXT = readFileSync(resolve(import.meta.dirname, "../../examples/seed-tehran-2008/events.json"), "utf8");
export const SEED = JSON.parse(SEED_TEXT) as TimelineInput;
export const SEED_IDS = SEED.events.map((e) => e.id!);
export const DAY = 86_400_000;
export const JUNE_WINDOW: [number, number] = [Date.UTC(2008, 4, 25), Date.UTC(2008, 6, 1)];
// In this window, 640 px tall, every June event has an item of its own. Time order by where each
// is read from: the start of a bar, the middle of a mark's band (June~ is mid-June, summer later).
export const JUNE_ORDER = ["iran-opposes-pact", "visit", "talks-mottaki-davoudi", "meets-ahmadinejad", "militia-leader-detained", "pact-vote"];

// Five weekly events in June 2008 and one in 1990. 200 px tall (one lane of two rows), at full
// zoom some of the June ones are one cluster; a month wide, they have room.
export const WEEKLY_IDS = [1, 8, 15, 22, 29].map((d) => `june-${d}`);
export const WEEKLY: TimelineInput = {
  events: [{ id: "early", title: "Early", start: "1990-01-01" }, ...[1, 8, 15, 22, 29].map((d) => ({ id: `june-${d}`, title: `June ${d}`, start: `2008-06-${String(d).padStart(2, "0")}` }))],
};

const mounted: { handle: TimelineHandle; element: HTMLElement }[] = [];

export function mount(options: TimelineOptions = { data: SEED_TEXT }): { handle: TimelineHandle; element: HTMLElement; svg: SVGSVGElement } {
  const element = document.createElement("div");
  document.body.append(element);
  // One linear scale unless a test asks for breaks: these tests count spans and clusters on it
  // (the broken axis has tests of its own in timeline-life.dom.test.ts and breaks.test.ts).
  const handle = createTimeline(element, { breaks: "none", ...options });
  mounted.push({ handle, element });
  return { handle, element, svg: element.querySelector("svg")! };
}

/** Destroy and remove what each test mounted, and undo its stubs: call once at a file's top level. */
export function useMounts(): void {
  afterEach(() => {
    for (const { handle, element } of mounted.splice(0)) {
      handle.destroy();
      element.remove();
    }
    vi.unstubAllGlobals();
  });
}

/** Make the reader prefer reduced motion, so every zoom is instant (zoom.ts asks `matchMedia`). */
export function reduceMotion(): void {
  vi.stubGlobal("matchMedia", (query: string) => ({
    matches: /prefers-reduced-motion:\s*reduce/.test(query),
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  }));
}

/** Every event the handle emits, in order. */
export function record(handle: TimelineHandle) {
  const log: { type: keyof TimelineEvents; detail: unknown }[] = [];
  for (const type of ["select", "zoom", "focus", "render"] as const) handle.on(type, (detail) => log.push({ type, detail }));
  return {
    log,
    of: <K extends keyof TimelineEvents>(type: K) => log.filter((e) => e.type === type).map((e) => e.detail as TimelineEvents[K]),
    clear: () => void log.splice(0),
  };
}

export const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
export async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await frame();
}

/** Resolve with the first `type` event that satisfies `test`, or fail after `ms`. */
export function waitFor<K extends keyof TimelineEvents>(handle: TimelineHandle, type: K, test: (d: TimelineEvents[K]) => boolean, ms = 2000): Promise<TimelineEvents[K]> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      stop();
      fail(new Error(`no matching "${type}" event within ${ms} ms`));
    }, ms);
    const stop = handle.on(type, (d) => {
      if (!test(d)) return;
      clearTimeout(timer);
      stop();
      done(d);
    });
  });
}

export function key(target: Element, k: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

/** Press a key on whatever has focus (the element the reader would be on). */
export const press = (k: string) => key(document.activeElement!, k);

export function wheel(target: Element, init: WheelEventInit): WheelEvent {
  const event = new WheelEvent("wheel", { bubbles: true, cancelable: true, clientX: 400, clientY: 100, ...init });
  target.dispatchEvent(event);
  return event;
}

export const span = (d: [number, number]) => d[1] - d[0];
export const itemEl = (element: Element, id: string) => [...element.querySelectorAll("g.cl-item")].find((g) => g.getAttribute("data-id") === id) as (SVGGElement & HTMLOrSVGElement) | undefined;
export const domIds = (element: Element) => [...element.querySelectorAll("g.cl-item")].map((g) => g.getAttribute("data-id"));
export const isCluster = (i: ItemLayout): i is ClusterItem => i.kind === "cluster";
export const shown = (items: readonly ItemLayout[]) => items.flatMap((i) => (isCluster(i) ? i.members : [i.id]));
export const activeId = () => document.activeElement?.getAttribute("data-id") ?? null;
export const card = (element: Element) => element.querySelector<HTMLElement>(".cl-card")!;
/** Close to within a minute: the zoom transform goes through floating-point pixels. */
export const expectWindow = (actual: [number, number], expected: [number, number], tolerance = 60_000) => {
  expect(Math.abs(actual[0] - expected[0]), `start ${new Date(actual[0]).toISOString()} vs ${new Date(expected[0]).toISOString()}`).toBeLessThan(tolerance);
  expect(Math.abs(actual[1] - expected[1]), `end ${new Date(actual[1]).toISOString()} vs ${new Date(expected[1]).toISOString()}`).toBeLessThan(tolerance);
};

// ---------------------------------------------------------------------------------------------
