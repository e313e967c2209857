/* global Citeline */
// One measured page for bench/browser.bench.mjs: the raw events, the first render to a settled
// frame, the zoom frames, the DOM and the heap (after a forced GC through the DevTools protocol).
import { heapSnapshot } from "../scripts/heap-snapshot.mjs";

/** Issue 11's budgets, in the units the table prints: ms, elements, MB (the bundle's is scripts/size.mjs's TARGET). */
export const BUDGETS = {
  load: { 100000: 300 },
  loadCold: { 100000: 300 },
  loadWarm: { 100000: 300 },
  layoutFirst: { 100000: 150 },
  layout: { 100000: 150 },
  firstRender: { 1000: 50, 10000: 120, 100000: 900 },
  frameP95: { 10000: 34, 100000: 50 },
  renderMedian: { 10000: 8 },
  elements: { all: 1500 },
  elementsZoomed: { all: 1500 },
  hydrateElements: { all: 1500 },
  heap: { 10000: 15 },
};

/** How long the `"later"` page waits between its settled first render and its zoom: a reader's look. */
export const LOOK_MS = 1000;

/**
 * Runs in the page: raw native events as a reader's data would come, half with epoch-ms dates
 * and half with ISO day strings, 30 % ranges, 8 groups, titles of 10–40 characters, over 50 years.
 * Deterministic (an LCG), so every run and size draws the same picture.
 */
export function rawEvents(count) {
  let seed = 42;
  const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const start = Date.UTC(1970, 0, 1);
  const span = 50 * 365.25 * 86_400_000;
  const words = ["talks", "minister", "visit", "pact", "protest", "vote", "report", "summit", "oil", "border", "court"];
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  const events = new Array(count);
  for (let i = 0; i < count; i++) {
    const t = start + Math.floor(random() * span);
    let title = `${i} `;
    const length = 10 + Math.floor(random() * 31);
    while (title.length < length) title += `${words[Math.floor(random() * words.length)]} `;
    title = title.slice(0, length).trimEnd().padEnd(10, "x");
    const epoch = i % 2 === 0;
    const e = { id: `e${i}`, title, start: epoch ? t : day(t), group: `g${i % 8}` };
    if (random() < 0.3) {
      const end = t + Math.floor(random() * 365) * 86_400_000;
      e.end = epoch ? end : day(end);
    }
    events[i] = e;
  }
  return { events, groups: Array.from({ length: 8 }, (_, g) => ({ id: `g${g}`, label: `Group ${g}` })) };
}

/**
 * Runs in the page: two animation frames, resolving with the second frame's own time (the rAF
 * timestamp, the frame's start) and the time its callback ran. Intervals between frame times are
 * whole frames; intervals between callback times add how late in its frame each callback ran,
 * which moves with whatever that frame ran first (the timeline's own render included) without a
 * frame being dropped. The zoom budget is on the first; the table prints both.
 */
function twoFrameTimes() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame((frame) => resolve([frame, performance.now()]))));
}

/** Runs in the page: two animation frames, to the time the second one's callback ran (a painted frame). */
async function twoFrames() {
  return (await window.twoFrameTimes())[1];
}

/**
 * Runs in the page: the end of the first two frames after which the container has not changed
 * since the last (`lastChange()`), with an idle callback in between that found nothing more to do
 * (deferred lists count).
 */
async function untilSettled(lastChange) {
  for (;;) {
    const seen = lastChange();
    const end = await window.twoFrames();
    await new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(resolve, { timeout: 200 }));
    if (lastChange() === seen) return end;
  }
}

/**
 * Runs in the page: `createTimeline(el, { data })`, timed from the call to the end of the first
 * two frames after which `el` has not changed (see `untilSettled`).
 */
async function createToSettled(el, data) {
  let changed;
  const observer = new MutationObserver(() => (changed = performance.now()));
  observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
  const t0 = performance.now();
  const handle = Citeline.createTimeline(el, { data });
  // What the call itself changed is over now: its records, delivered later as a microtask, would
  // otherwise read as a change after it and cost the measure a second round of frames.
  observer.takeRecords();
  changed = performance.now();
  const end = await window.untilSettled(() => changed);
  observer.disconnect();
  return { handle, time: end - t0 };
}

// What every measured page is given before it is measured (bench/peers-page.mjs gives it too).
export const PAGE_HELPERS = `window.rawEvents = ${rawEvents}; window.twoFrames = ${twoFrames}; window.twoFrameTimes = ${twoFrameTimes}; window.untilSettled = ${untilSettled}; window.createToSettled = ${createToSettled}; window.zoomWindows = ${zoomWindows}; window.quantile = ${quantile};`;

async function firstRenderInPage(count) {
  const el = document.getElementById("timeline");
  const { handle, time } = await window.createToSettled(el, window.rawEvents(count));
  window.handle = handle;
  return { firstRender: time, elements: el.querySelectorAll("*").length, markup: el.innerHTML };
}

/**
 * Runs in a fresh page: the first render of `count` events after a timeline of 1,000 was drawn to
 * a settled frame and destroyed in the same page. citeline's code has run once, so this is the
 * first render less what the engine pays for meeting the code the first time (parsing functions
 * lazily, running them in the interpreter before it optimises them): a page's second timeline.
 */
async function warmRenderInPage(count) {
  const el = document.getElementById("timeline");
  const warmUp = await window.createToSettled(el, window.rawEvents(1_000));
  warmUp.handle.destroy();
  await window.twoFrames();
  const { time } = await window.createToSettled(el, window.rawEvents(count));
  return { firstRenderWarm: time };
}

/**
 * Runs in a fresh page: what the reader of a server-rendered page waits for once the server's
 * markup (`renderToString`, made in Node with the same events and width) is painted: the script
 * taking it over, from `createTimeline` to a settled frame, and the elements it leaves.
 */
async function hydrateInPage([count, markup]) {
  const data = window.rawEvents(count);
  const el = document.getElementById("timeline");
  el.insertAdjacentHTML("afterbegin", markup);
  await window.twoFrames();
  const { time } = await window.createToSettled(el, data);
  return { hydrate: time, hydrateElements: el.querySelectorAll("*").length };
}

/**
 * Runs in a fresh page: the browser's own floor under a first render. Two animation frames with
 * nothing to draw, then the DOM citeline drew, put in as markup (no citeline code runs: parsing,
 * style, layout and paint only), each to the end of the second frame; then 30 steps of two frames
 * over that DOM, as the zoom takes, with nothing to redraw.
 */
async function floorInPage(markup) {
  const el = document.getElementById("timeline");
  await window.twoFrames();
  const t0 = performance.now();
  const idle = (await window.twoFrames()) - t0;
  const t1 = performance.now();
  el.innerHTML = markup;
  const drawn = (await window.twoFrames()) - t1;
  // Then the zoom's 30 steps of two frames with nothing to redraw: the frames this machine drops
  // on its own, the floor under the zoom's frame p95 (whose budget allows one step in 30 to miss).
  const frames = [];
  let last = await window.twoFrameTimes();
  for (let i = 0; i < 30; i++) {
    el.dataset.step = String(i);
    const now = await window.twoFrameTimes();
    frames.push(now[0] - last[0]);
    last = now;
  }
  frames.sort((a, b) => a - b);
  return { framesAlone: idle, markupAlone: drawn, stepsAloneP95: frames[Math.floor(0.95 * frames.length)] };
}

/**
 * Runs in a page: `loadTimeline` on the raw events made beforehand. No GC is forced before it: a
 * DevTools GC leaves V8's young generation at its smallest, and the next load then ran 50 % slower
 * through the many small collections of its regrowth, which no reader's page goes through.
 */
async function loadInPage() {
  const data = window.loadData;
  window.loadData = undefined;
  const t0 = performance.now();
  Citeline.loadTimeline(data);
  return performance.now() - t0;
}

// Runs in bench/navigate.html: the time from the start of navigation until the page has settled,
// less the time the bench took to make the data.
async function settledSinceNavigation() {
  const end = await window.untilSettled(() => window.benchChanged);
  return { navigate: end - window.benchMade };
}

/**
 * Runs in the page: the zoom's 30 windows over the extent [a, b] in UTC ms: 15 steps in,
 * geometrically, from the whole extent to one month around its point at 60 %, then 15 out. Both
 * browser benches zoom through these.
 */
export function zoomWindows([a, b]) {
  const mid = a + (b - a) * 0.6;
  const month = 30 * 86_400_000;
  const halfAt = (k) => ((b - a) / 2) * Math.pow(month / (b - a), k);
  return Array.from({ length: 30 }, (_, j) => {
    const k = j < 15 ? (j + 1) / 15 : (29 - j) / 15;
    return [mid - halfAt(k), mid + halfAt(k)];
  });
}

/** Runs in the page: the value at `p` (0–1) of `list` sorted, as the bench's quantiles are read. */
function quantile(list, p) {
  return [...list].sort((x, y) => x - y)[Math.min(list.length - 1, Math.floor(p * list.length))];
}

async function zoomInPage() {
  const el = document.getElementById("timeline");
  const handle = window.handle;
  const durations = [];
  handle.on("render", ({ duration }) => durations.push(duration));
  const frames = [];
  const callbacks = [];
  let elementsZoomed = 0;
  let daysDeepest = 0;
  let last = await window.twoFrameTimes();
  const windows = window.zoomWindows(handle.layout.extent);
  for (let i = 1; i <= 30; i++) {
    handle.zoomTo(windows[i - 1]);
    const now = await window.twoFrameTimes();
    frames.push(now[0] - last[0]);
    callbacks.push(now[1] - last[1]);
    last = now;
    if (i === 15) {
      elementsZoomed = el.querySelectorAll("*").length;
      daysDeepest = (handle.layout.domain[1] - handle.layout.domain[0]) / 86_400_000;
    }
  }
  const q = window.quantile;
  // Where the dropped frames fall: in the first steps (the code not yet optimised) or later.
  const dropped = (list) => list.filter((f) => f > 40).length;
  return { frameMedian: q(frames, 0.5), frameP95: q(frames, 0.95), droppedEarly: dropped(frames.slice(0, 5)), droppedLate: dropped(frames.slice(5)), callbackP95: q(callbacks, 0.95), renderMedian: q(durations, 0.5), renderP95: q(durations, 0.95), elementsZoomed, daysDeepest };
}

async function cyclesInPage([count, cycles]) {
  const el = document.getElementById("timeline");
  for (let i = 0; i < cycles; i++) {
    const handle = Citeline.createTimeline(el, { data: window.rawEvents(count) });
    await window.twoFrames();
    handle.destroy();
  }
}

/** The JS heap in use after two forced GCs, in bytes, through a page's DevTools session. */
export async function heapUsed(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  return (await cdp.send("Runtime.getHeapUsage")).usedSize;
}

/**
 * The bytes of V8's compiled code in the heap (its snapshot's nodes of type "code"), which grows
 * while V8 goes on optimising what a page runs again and again, and is no object of the page's.
 */
async function codeBytes(cdp) {
  const { snapshot, nodes } = await heapSnapshot(cdp);
  const fields = snapshot.meta.node_fields;
  const [type, size] = [fields.indexOf("type"), fields.indexOf("self_size")];
  const code = snapshot.meta.node_types[0].indexOf("code");
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) if (nodes[i + type] === code) bytes += nodes[i + size];
  return bytes;
}

async function listenersOn(cdp, expression) {
  const { result } = await cdp.send("Runtime.evaluate", { expression });
  const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
  return listeners.length;
}

/**
 * Open a fresh page and measure one thing: `"render"` (first render, then 30 zoom steps that each
 * land at once, DOM), `"warm"` (the first render of a page's second timeline), `"later"` (the
 * same as `"render"`, its first step `LOOK_MS` after the settled frame),
 * `"glide"` (the same zoom steps as gliding zoomTo calls), `"heap"` (the JS
 * heap after a first render, after a forced GC), `"cycles"` (heap and listeners around `cycles`
 * create/destroy cycles, then the heap after as many again), `"load"` (loading `count` events,
 * cold and warm), `"navigate"` (from navigation to a settled first render, the bundle's loading
 * included), `"floor"` (the browser's own cost of the markup a render made, given as `count`) or
 * `"hydrate"` (taking over server markup; `count` is `[events, markup]`).
 */
export async function measurePage(browser, base, mode, count, cycles = 0) {
  // The zoom's page prefers reduced motion from its start, as a reader's page with that setting
  // does: switched on between the first render and the zoom (as the bench did before), the media
  // change restyled the whole document in the first zoom step (8.6–14 ms of UpdateLayoutTree in a
  // trace at 10k), which no reader's page goes through.
  const reducedMotion = mode === "render" || mode === "later" || mode === "warm" ? "reduce" : "no-preference";
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion });
  // The DevTools session only where a GC is forced or listeners are counted.
  const cdp = mode === "heap" || mode === "cycles" ? await page.context().newCDPSession(page) : undefined;
  try {
    if (mode !== "navigate") {
      await page.goto(`${base}/bench/page.html`);
      await page.evaluate(PAGE_HELPERS);
    }
    if (mode === "floor") return await page.evaluate(floorInPage, count);
    if (mode === "hydrate") return await page.evaluate(hydrateInPage, count);
    if (mode === "warm") return await page.evaluate(warmRenderInPage, count);
    if (mode === "navigate") {
      // The raw events are made before the document's scripts run, and their making is timed so
      // that it can be taken off: what is left is the page's own wait, bundle and all.
      await page.addInitScript(`${PAGE_HELPERS}
        { const t = performance.now(); window.benchData = rawEvents(${Number(count)}); window.benchMade = performance.now() - t; }`);
      await page.goto(`${base}/bench/navigate.html`, { waitUntil: "load" });
      return await page.evaluate(settledSinceNavigation);
    }
    if (mode === "load") {
      // The first call in a fresh page (the loader's code not yet compiled or optimised: what a
      // reader's page pays), then the fourth, the engine warm: the loader's own speed in the browser's V8.
      const times = [];
      for (let i = 0; i < 4; i++) {
        await page.evaluate((n) => (window.loadData = window.rawEvents(n)), count);
        times.push(await page.evaluate(loadInPage));
      }
      return { loadCold: times[0], loadWarm: times[3] };
    }
    if (mode === "cycles") {
      // Twenty cycles first, so what stays for good (the canvas measure's widths, code V8 has
      // compiled and optimised by then) is in the baseline; one cycle leaves V8 still warming up.
      await page.evaluate(cyclesInPage, [1_000, 20]);
      const heapBefore = await heapUsed(cdp);
      const codeBefore = await codeBytes(cdp);
      await page.evaluate(cyclesInPage, [count, cycles]);
      const heapAfter = await heapUsed(cdp);
      // What of the growth is V8's compiled code: a snapshot's diff of 100 cycles at 1k showed it
      // 45–57 KB of the 115–144 KB grown, the rest V8's own weak lists and Blink's performance
      // entries, and no object of the timeline's.
      const codeAfter = await codeBytes(cdp);
      const listeners = { windowListeners: await listenersOn(cdp, "window"), documentListeners: await listenersOn(cdp, "document") };
      // The same number of cycles again: a leak grows the heap as much each time, an engine still
      // optimising what the cycles run grows it less and less (see docs/performance.md, "The session
      // of 4 December, from 11:59").
      await page.evaluate(cyclesInPage, [count, cycles]);
      const heapNext = await heapUsed(cdp);
      const codeNext = await codeBytes(cdp);
      return { heapBefore, heapAfter, codeGrowth: codeAfter - codeBefore, heapNext, codeNextGrowth: codeNext - codeAfter, ...listeners };
    }
    const first = await page.evaluate(firstRenderInPage, count);
    if (mode === "heap") return { heap: (await heapUsed(cdp)) / 2 ** 20 };
    // No GC is forced before the zoom frames (the heap has a page of its own): a forced GC left the
    // next frames' allocations to a young generation at its smallest, as with loads, and the major
    // GC that followed sooner doubled the zoom's p95 at 100k, which no reader's page goes through.
    if (mode === "glide") {
      // zoomTo as a page with motion has it: each step starts a 300 ms glide, which the next step
      // interrupts two frames later, so the zoom trails its targets (how far depends on the frames'
      // timing) and never reaches one month.
      const glide = await page.evaluate(zoomInPage);
      return { glideFrameP95: glide.frameP95, glideDroppedEarly: glide.droppedEarly, glideDroppedLate: glide.droppedLate, glideRenderMedian: glide.renderMedian, glideDaysDeepest: glide.daysDeepest };
    }
    if (mode === "later") {
      // The same zoom as a reader's who looks at the picture for a second before zooming (the
      // budget's row keeps the first step right away). While the browser's own popup shared each
      // page's first second (scripts/screenshot.mjs), the first steps took twice as long right away
      // as a second later; without it the two read alike at 1k and 10k, and at 100k the later one
      // pays for a marking of the old generation that V8 began in the pause (docs/performance.md).
      await page.waitForTimeout(LOOK_MS);
      const later = await page.evaluate(zoomInPage);
      return { laterFrameP95: later.frameP95, laterDroppedEarly: later.droppedEarly, laterDroppedLate: later.droppedLate, laterRenderP95: later.renderP95 };
    }
    // Each zoomTo lands at once (the page prefers reduced motion), as a wheel or pinch step does:
    // one render per step, at the very window asked for, one month at step 15.
    const zoom = await page.evaluate(zoomInPage);
    return { ...first, ...zoom };
  } finally {
    await cdp?.detach().catch(() => {});
    await page.close();
  }
}
