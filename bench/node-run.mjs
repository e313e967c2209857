// The Node rows of bench/browser.bench.mjs: loading the same raw events with `loadTimeline`, and
// laying them out over their whole extent at the container's width, from the built dist/core.js:
// the first layout of the new timeline (which builds its lane index), then later ones (zooms).
import { performance } from "node:perf_hooks";
import { layoutTimeline, loadTimeline, renderToString } from "../dist/core.js";

const WIDTH = 1200;
const LAYOUTS = 5;

/** One run at `count` events: the load's time, the first layout's, and the median of LAYOUTS layouts after it. */
export function nodeRun(rawEvents, count) {
  const data = rawEvents(count);
  const t0 = performance.now();
  const { timeline } = loadTimeline(data);
  const load = performance.now() - t0;
  const t1 = performance.now();
  layoutTimeline(timeline, { width: WIDTH });
  const layoutFirst = performance.now() - t1;
  const times = [];
  for (let i = 0; i < LAYOUTS; i++) {
    const t = performance.now();
    layoutTimeline(timeline, { width: WIDTH });
    times.push(performance.now() - t);
  }
  return { load, layoutFirst, layout: times.sort((a, b) => a - b)[Math.floor(LAYOUTS / 2)] };
}

/** What a server sends for the same events at the container's width: `renderToString`'s markup. */
export function serverMarkup(rawEvents, count) {
  return renderToString(loadTimeline(rawEvents(count)).timeline, { width: WIDTH });
}
