// Run by test/layout/zoom-deopt.test.ts under `node --trace-deopt`: a first layout of COUNT
// synthetic events (the bench's), then the bench's first five zoom steps, printing "STEPS" between
// the two so the test reads only what the zoom deoptimised.
import { layoutTimeline, loadTimeline } from "../../dist/core.js";
import { rawEvents, zoomWindows } from "../../bench/browser-page.mjs";

const { timeline } = loadTimeline(rawEvents(Number(process.env.COUNT)));
let layout = layoutTimeline(timeline, { width: 1200 });
console.log("STEPS");
for (const domain of zoomWindows(layout.extent).slice(0, 5)) layout = layoutTimeline(timeline, { width: 1200, domain, previous: layout });
