// What a reader feels, in the system Chromium: first render, zoom frames, DOM size and heap, for
// 1k, 10k and 100k raw events, each size run RUNS times interleaved; plus 100 create/destroy
// cycles and the bundle's weight. `node bench/browser.bench.mjs [sizes…]` after `npm run build`;
// prints one markdown table with the machine, medians and min–max, and each budget.
import os from "node:os";
import { chromium } from "playwright-core";
import { serve } from "../scripts/serve.mjs";
import { CHROMIUM } from "../scripts/screenshot.mjs";
import { appBundle, scriptTagPage, sizes, TARGET } from "../scripts/size.mjs";
import { BUDGETS, LOOK_MS, measurePage, rawEvents } from "./browser-page.mjs";
import { codeRun } from "./coverage.mjs";
import { nodeRun, serverMarkup } from "./node-run.mjs";
import { median, spread } from "./table.mjs";

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!SIZES.length) SIZES.push(1_000, 10_000, 100_000);
const RUNS = Number(process.env.RUNS ?? 3);
const CYCLES = 100;
// Server markup holds whole lists, for readers without a script: 0.5 MB at 1k events, 4.5 MB at
// 10k, 45 MB at 100k, which is no page to send; hydration is timed up to 10k.
const HYDRATE_MAX = 10_000;

const server = await serve(0);
const browser = await chromium.launch(CHROMIUM);
// What a server would send for each size, made once (0.6 s at 10k) rather than in every run.
const markups = new Map(SIZES.filter((n) => n <= HYDRATE_MAX).map((n) => [n, serverMarkup(rawEvents, n)]));
const results = new Map(SIZES.map((n) => [n, []]));
let cycles;
let ran;
try {
  // Interleaved: run r of every size before run r + 1 of any, so a noisy minute spreads over all.
  for (let r = 0; r < RUNS; r++) {
    for (const n of SIZES) {
      const { markup, ...render } = await measurePage(browser, server.url, "render", n);
      const later = await measurePage(browser, server.url, "later", n);
      const warm = await measurePage(browser, server.url, "warm", n);
      const glide = await measurePage(browser, server.url, "glide", n);
      const { heap } = await measurePage(browser, server.url, "heap", n);
      // The same DOM in another fresh page, with none of citeline's code: what any library drawing it would wait for.
      const floor = await measurePage(browser, server.url, "floor", markup);
      const load = await measurePage(browser, server.url, "load", n);
      const navigate = await measurePage(browser, server.url, "navigate", n);
      const hydrate = markups.has(n) ? await measurePage(browser, server.url, "hydrate", [n, markups.get(n)]) : {};
      results.get(n).push({ ...render, ...warm, ...later, ...glide, heap, ...floor, ...load, ...navigate, ...hydrate, ...nodeRun(rawEvents, n) });
    }
  }
  cycles = await measurePage(browser, server.url, "cycles", 1_000, CYCLES);
  ran = await codeRun(browser, server.url, 1_000);
} finally {
  await browser.close();
  server.close();
}

const fixed = (digits) => (v) => v.toFixed(digits);
const budgetOf = (key, n) => BUDGETS[key]?.[n] ?? BUDGETS[key]?.all;
const verdict = (key, n, value) => {
  const budget = budgetOf(key, n);
  return budget === undefined ? "" : value <= budget ? ` ✓ ≤ ${budget}` : ` ✗ > ${budget}`;
};
const ROWS = [
  ["load in Node (ms)", "load", 0],
  ["load in the page, first call in a fresh page (ms)", "loadCold", 0],
  ["load in the page, the fourth call in the same page (ms)", "loadWarm", 0],
  ["first layout in Node, whole extent, its lane index built (ms)", "layoutFirst", 1],
  ["later layouts in Node, whole extent (ms)", "layout", 1],
  ["first render (ms)", "firstRender", 0],
  ["first render of a page's second timeline (one of 1,000 drawn and destroyed first: the code has run once) (ms)", "firstRenderWarm", 0],
  ["a page from navigation to its settled first render, the bundle's loading included (ms)", "navigate", 0],
  ["taking over server markup (renderToString), from createTimeline to a settled frame (ms)", "hydrate", 0],
  ["elements after taking over server markup", "hydrateElements", 0],
  ["the browser alone: the same DOM as markup, to the second frame (ms)", "markupAlone", 0],
  ["the browser alone: two empty frames (ms)", "framesAlone", 0],
  ["the browser alone: 30 steps of two frames over the same DOM, nothing redrawn, p95 (ms)", "stepsAloneP95", 1],
  ["zoom frame median, between the frames' own times (ms)", "frameMedian", 1],
  ["zoom frame p95, between the frames' own times (ms)", "frameP95", 1],
  ["zoom steps that took more than two frames, of the first 5", "droppedEarly", 0],
  ["zoom steps that took more than two frames, of the other 25", "droppedLate", 0],
  ["zoom step p95, between the bench's callbacks (ms)", "callbackP95", 1],
  ["render callback median (ms)", "renderMedian", 2],
  ["render callback p95 (ms)", "renderP95", 2],
  [`the same zoom, its first step ${LOOK_MS / 1000} s after the settled frame: frame p95 (ms)`, "laterFrameP95", 1],
  [`the same zoom, ${LOOK_MS / 1000} s later: steps over two frames, of the first 5`, "laterDroppedEarly", 0],
  [`the same zoom, ${LOOK_MS / 1000} s later: steps over two frames, of the other 25`, "laterDroppedLate", 0],
  [`the same zoom, ${LOOK_MS / 1000} s later: render callback p95 (ms)`, "laterRenderP95", 2],
  ["gliding zoomTo, each glide cut after two frames: frame p95 (ms)", "glideFrameP95", 1],
  ["gliding zoomTo: steps over two frames, of the first 5", "glideDroppedEarly", 0],
  ["gliding zoomTo: steps over two frames, of the other 25", "glideDroppedLate", 0],
  ["gliding zoomTo: render callback median (ms)", "glideRenderMedian", 2],
  ["gliding zoomTo: days shown at step 15 (asked: 30)", "glideDaysDeepest", 0],
  ["elements after first render", "elements", 0],
  ["elements at one-month zoom", "elementsZoomed", 0],
  ["JS heap after first render (MB)", "heap", 1],
];

const version = browser.version();
console.log(`\nChromium ${version}, ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; container 1200 × 600 px; ${RUNS} runs per size, interleaved: median (min–max); ✓/✗ against issue 11's budgets\n`);
console.log(`| measure | ${SIZES.map((n) => `${n.toLocaleString("en")} events`).join(" | ")} |`);
console.log(`| --- | ${SIZES.map(() => "---:").join(" | ")} |`);
for (const [label, key, digits] of ROWS) {
  const cells = SIZES.map((n) => {
    const values = results.get(n).map((r) => r[key]);
    if (values.some((v) => v === undefined)) return "—";
    return spread(values, fixed(digits)) + verdict(key, n, median(values));
  });
  console.log(`| ${label} | ${cells.join(" | ")} |`);
}
// One reading of the heap across a hundred cycles: where it went, by how much, and how much of
// that was V8's compiled code (both hundreds are printed alike).
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
const kb = (bytes) => (bytes / 1000).toFixed(1);
const grown = (before, after, code) => {
  const percent = ((after - before) / before) * 100;
  return { percent, text: `${mb(after)} MB (${percent >= 0 ? "+" : ""}${percent.toFixed(1)} %`, code: `V8's compiled code ${kb(code)} of ${kb(after - before)} KB` };
};
const first = grown(cycles.heapBefore, cycles.heapAfter, cycles.codeGrowth);
const next = grown(cycles.heapAfter, cycles.heapNext, cycles.codeNextGrowth);
const listenersLeft = cycles.windowListeners + cycles.documentListeners;
console.log(`\n${CYCLES} create/destroy cycles (1,000 events): heap ${mb(cycles.heapBefore)} → ${first.text}${first.percent <= 5 ? " ✓ ≤ 5 %" : " ✗ > 5 %"}; of the growth, ${first.code}), listeners left on window ${cycles.windowListeners}, on document ${cycles.documentListeners}${listenersLeft === 0 ? " ✓" : " ✗"}`);
console.log(`the ${CYCLES} cycles after those: heap → ${next.text}; ${next.code})`);

const files = await sizes();
const page = await scriptTagPage();
console.log("\n| dist file | minified (KB) | gzip (KB) |\n| --- | ---: | ---: |");
for (const f of files) console.log(`| ${f.file} | ${kb(f.min)} | ${kb(f.gzip)} |`);
const verdictKb = page.gzip <= TARGET ? `✓ ≤ ${kb(TARGET)}` : `✗ > ${kb(TARGET)}`;
console.log(`\nA script-tag page with native JSON or CSV data loads ${page.files.map((f) => f.file).join(" + ")}: ${kb(page.gzip)} KB gzip ${verdictKb} KB (KB = 1,000 bytes)`);
const css = page.files.find((f) => f.file.endsWith(".css"))?.gzip ?? 0;
const ranKb = (r) => `${kb(r.gzip)} KB (${kb(r.gzip + css)} with the stylesheet${r.gzip + css <= TARGET ? "" : ` ✗ > ${kb(TARGET)}`})`;
console.log(`Of the bundle, the code a page runs (V8's block coverage, those bytes gzipped together: the least that any split of this code into parts could send that page): a first render of 1,000 native JSON events ${ranKb(ran.json)}; of the same events as a sheet ${ranKb(ran.csv)}; the JSON page through a reader's first minute (zoom buttons, the wheel, an event opened, the keys, the list) ${ranKb(ran.minute)}; a journalist's page, examples/csv-spreadsheet (the snippet and a published sheet's CSV) ${ranKb(ran.snippet)}`);
const app = await appBundle();
console.log(`An app bundling citeline for the web (dist/citeline.browser.js, bundled by rollup with its dependencies, minified) loads ${kb(app.upFront)} KB gzip before it draws, style.css included; ${app.parts.length} chunks load on demand, ${kb(Math.min(...app.parts.map((p) => p.gzip)))}–${kb(Math.max(...app.parts.map((p) => p.gzip)))} KB gzip each`);
