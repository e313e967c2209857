// One measured page for bench/peers.bench.mjs: citeline and the timelines a newsroom would
// otherwise pick, each given the bench's same raw events in a fresh page of its own, through the
// call its own documentation shows, and timed alike: from the call (the mapping of the raw events
// to the library's own form included), or from navigation in a page that loads its files as tags,
// to the end of the two frames after its container's last change (see `untilQuiet`); then the
// same 30 zoom steps where the library can be told a window, or the heap after a forced GC.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { heapUsed, PAGE_HELPERS } from "./browser-page.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
// Where npm put a peer (some export no package.json to `require.resolve`).
const packageDir = (name) => join(root, "node_modules", name);

// Runs in the page: each library's call on the raw events, and how it is told a window [a, b] in
// UTC ms (none where the library has no such call). Each maps the raw events to its own form
// inside the timed call, as a page would: citeline reads them as they are.
const CREATE = {
  citeline: `(el, data) => Citeline.createTimeline(el, { data })`,
  // Items take epoch ms and ISO strings as they are. Left to fit its window itself (its default),
  // vis-timeline 8.5.4 draws the week around today first and the events' own window only at its
  // next redraw, which its once-a-second poll of the container's size brings (with `autoResize`
  // off, never); given the events' extent as `start` and `end`, its call alone took 2.2 s at 1k
  // against 0.2, so it keeps its default. The current-time line is off: it redraws on a timer, and
  // no other library here draws one.
  "vis-timeline": `(el, data) => new vis.Timeline(el, data.events.map((e) => ({ id: e.id, content: e.title, start: e.start, end: e.end, group: e.group })), data.groups.map((g) => ({ id: g.id, content: g.label })), { height: "600px", showCurrentTime: false })`,
  // One line a group, each event a segment of its line (a point as one of no length); it draws
  // no titles. Its animations are off, as reduced motion has citeline's.
  "timelines-chart": `(el, data) => {
    const lines = new Map(data.groups.map((g) => [g.id, { label: g.label, data: [] }]));
    for (const e of data.events) {
      const start = new Date(e.start);
      lines.get(e.group).data.push({ timeRange: [start, e.end === undefined ? start : new Date(e.end)], val: e.group });
    }
    return TimelinesChart()(el).width(1200).maxHeight(600).zQualitative(true).enableAnimations(false).data([{ group: "events", data: [...lines.values()] }]);
  }`,
  // A slide per event and the strip of markers under them (its form asks for the date's parts).
  timelinejs: `(el, data) => {
    const parts = (v) => { const d = new Date(v); return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }; };
    const events = data.events.map((e) => {
      const event = { unique_id: e.id, start_date: parts(e.start), text: { headline: e.title }, group: e.group };
      if (e.end !== undefined) event.end_date = parts(e.end);
      return event;
    });
    return new TL.Timeline(el, { events });
  }`,
};
const ZOOM = {
  citeline: `(h, a, b) => h.zoomTo([a, b])`,
  "vis-timeline": `(h, a, b) => h.setWindow(a, b, { animation: false })`,
  "timelines-chart": `(h, a, b) => h.zoomX([new Date(a), new Date(b)])`,
};

/** How long a container must stay unchanged for its last change to count as the last. */
export const QUIET_MS = 2000;

/** The libraries compared, each with its package and the files a script-tag page loads. */
export const PEERS = [
  { name: "citeline", files: ["dist/citeline.umd.min.js", "dist/style.css"] },
  { name: "vis-timeline", package: "vis-timeline", files: ["standalone/umd/vis-timeline-graph2d.min.js", "styles/vis-timeline-graph2d.min.css"] },
  { name: "timelines-chart", package: "timelines-chart", files: ["dist/timelines-chart.min.js"] },
  { name: "timelinejs", package: "@knight-lab/timelinejs", files: ["dist/js/timeline.js", "dist/css/timeline.css"] },
];

/** A library's installed version; citeline's is this checkout's, from its package.json. */
export async function versionOf(peer) {
  if (!peer.package) return JSON.parse(await readFile(join(root, "package.json"), "utf8")).version;
  return JSON.parse(await readFile(join(packageDir(peer.package), "package.json"), "utf8")).version;
}

/** The absolute paths of a peer's script-tag files. */
export function filesOf(peer) {
  return peer.files.map((f) => (peer.package ? join(packageDir(peer.package), f) : join(root, f)));
}

// Runs in the page: from here on, each change to `el` is timed, and so is the end of the two
// frames after it (`window.peerSettled`, set only while no later change has come).
function watchContainer(el) {
  const change = () => {
    const at = (window.peerChanged = performance.now());
    requestAnimationFrame(() => requestAnimationFrame(() => window.peerChanged === at && (window.peerSettled = performance.now())));
  };
  const observer = new MutationObserver(change);
  observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
  return () => {
    // What the call itself changed is over: its records would come later, as a microtask.
    observer.takeRecords();
    change();
    return observer;
  };
}

// Runs in the page: resolves with the end of the two frames after the container's last change,
// where the last is the one after which nothing changed for `quiet` ms. The main bench's
// `untilSettled` waits out two frames and an idle callback only, and a library may draw again
// later from a timer of its own (vis-timeline polls its container's size once a second).
async function untilQuiet(observer, quiet) {
  for (;;) {
    const seen = window.peerChanged;
    await new Promise((resolve) => setTimeout(resolve, quiet));
    await new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(resolve, { timeout: 200 }));
    if (window.peerChanged === seen && window.peerSettled > seen) break;
  }
  observer.disconnect();
  return window.peerSettled;
}

// What every page of this bench is given, beside the main bench's helpers.
const PEER_HELPERS = `${PAGE_HELPERS} window.watchContainer = ${watchContainer}; window.untilQuiet = ${untilQuiet};`;

// Runs in the page: the call on `count` raw events, timed to a settled frame (see `untilQuiet`).
async function firstRender([count, create, quiet]) {
  const el = document.getElementById("timeline");
  const data = window.rawEvents(count);
  const make = (0, eval)(create);
  const called = window.watchContainer(el);
  const t0 = performance.now();
  window.peer = make(el, data);
  const settled = await window.untilQuiet(called(), quiet);
  let [a, b] = [Infinity, -Infinity];
  for (const e of data.events) {
    const s = new Date(e.start).getTime();
    const t = e.end === undefined ? s : new Date(e.end).getTime();
    if (s < a) a = s;
    if (t > b) b = t;
  }
  window.extent = [a, b];
  return { firstRender: settled - t0, elements: el.querySelectorAll("*").length };
}

// Runs in the page: the main bench's 30 windows (`zoomWindows`, over the events' extent), each
// told to the library at once and awaited with two frames, timed between frames.
async function zoom(zoomTo) {
  const el = document.getElementById("timeline");
  const to = (0, eval)(zoomTo);
  const frames = [];
  let elementsZoomed = 0;
  let last = await window.twoFrameTimes();
  const windows = window.zoomWindows(window.extent);
  for (let i = 1; i <= 30; i++) {
    to(window.peer, ...windows[i - 1]);
    const now = await window.twoFrameTimes();
    frames.push(now[0] - last[0]);
    last = now;
    if (i === 15) elementsZoomed = el.querySelectorAll("*").length;
  }
  return { frameMedian: window.quantile(frames, 0.5), frameP95: window.quantile(frames, 0.95), elementsZoomed };
}

// The page a reader would load: the library's files as tags, then a script that calls it on the
// data `addInitScript` made before any of the page's own scripts ran.
function navigationPage(peer) {
  const css = peer.files.filter((f) => f.endsWith(".css")).map((f) => `<link rel="stylesheet" href="/peers/${f}">`);
  const js = peer.files.filter((f) => !f.endsWith(".css")).map((f) => `<script src="/peers/${f}"></script>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${peer.name}: from navigation</title>${css.join("")}</head>
<body><div id="timeline" style="width: 1200px; height: 600px; overflow: auto"></div>${js.join("")}
<script>{ const el = document.getElementById("timeline"); const called = window.watchContainer(el); window.peer = (${CREATE[peer.name]})(el, window.benchData); window.peerObserver = called(); }</script>
</body></html>`;
}

/**
 * Open a fresh page with one library's script-tag files and measure it at `count` events: the
 * first render and its elements, then (`heap` false) the zoom, or (`heap` true) the JS heap after
 * a forced GC; or (`navigate` true) the time from navigation to a settled first render, the
 * library's files fetched, parsed and run, less the time the page took to make the data. A
 * library that has not settled within `timeout` ms is reported as such; `quiet` is how long its
 * container must stay unchanged (`QUIET_MS`; the tests shorten it).
 */
export async function measurePeer(browser, base, peer, count, { heap = false, navigate = false, timeout = 120_000, quiet = QUIET_MS } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
  // The peers' files come from node_modules, which the bench's server does not serve: each is
  // answered here, under /peers/, so a library that loads files beside itself (TimelineJS's
  // words) finds them there.
  const dir = peer.package ? packageDir(peer.package) : root;
  await page.route(`${base}/peers/**`, async (route) => {
    const path = join(dir, decodeURIComponent(new URL(route.request().url()).pathname.slice("/peers/".length)));
    if (!path.startsWith(dir)) return route.fulfill({ status: 404 });
    try {
      await route.fulfill({ path });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
  page.setDefaultTimeout(timeout);
  try {
    if (navigate) {
      await page.addInitScript(`${PEER_HELPERS} { const t = performance.now(); window.benchData = rawEvents(${Number(count)}); window.benchMade = performance.now() - t; }`);
      await page.route(`${base}/bench/peers-navigate.html`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: navigationPage(peer) }));
      await page.goto(`${base}/bench/peers-navigate.html`, { waitUntil: "load" });
      return await page.evaluate(async (quiet) => ({ navigate: (await window.untilQuiet(window.peerObserver, quiet)) - window.benchMade }), quiet);
    }
    await page.goto(`${base}/bench/peers.html`);
    await page.evaluate(PEER_HELPERS);
    for (const file of peer.files) {
      const url = `${base}/peers/${file}`;
      if (file.endsWith(".css")) await page.addStyleTag({ url });
      else await page.addScriptTag({ url });
    }
    const first = await page.evaluate(firstRender, [count, CREATE[peer.name], quiet]);
    if (heap) {
      return { ...first, heap: (await heapUsed(await page.context().newCDPSession(page))) / 2 ** 20 };
    }
    return ZOOM[peer.name] ? { ...first, ...(await page.evaluate(zoom, ZOOM[peer.name])) } : first;
  } catch (error) {
    return { failed: String(error.message ?? error).split("\n")[0] };
  } finally {
    await page.close();
  }
}
