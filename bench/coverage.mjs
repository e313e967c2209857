// How much of the script-tag bundle a reader's page runs (issue 11's weight): V8's block coverage
// of `citeline.umd.min.js` in a fresh page, for a first render of native JSON, for one of CSV, for
// a reader's first minute after the JSON one (zoom buttons, the wheel, an event opened, the keys,
// the list), and for a journalist's page (examples/csv-spreadsheet: the snippet, a published
// sheet's CSV fetched beside it). The bytes of the blocks that ran, gzipped together, are the least that any way
// of splitting this code into parts could send that page: every byte not counted here is a branch
// or a function that page never took, and still ships today.
//
//   node bench/coverage.mjs     # after `npm run build`: the four pages alone, in about 20 s
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serve } from "../scripts/serve.mjs";
import { CHROMIUM } from "../scripts/screenshot.mjs";
import { PAGE_HELPERS } from "./browser-page.mjs";

const BUNDLE = fileURLToPath(new URL("../dist/citeline.umd.min.js", import.meta.url));

/** Runs in the page: the bench's raw events written as a sheet (header, then a row each). */
function asSheet(count) {
  const { events } = window.rawEvents(count);
  const cell = (v) => (v === undefined ? "" : typeof v === "number" ? new Date(v).toISOString().slice(0, 10) : `"${String(v).replaceAll('"', '""')}"`);
  return ["id,title,start,end,group", ...events.map((e) => [e.id, e.title, e.start, e.end, e.group].map(cell).join(","))].join("\n");
}

/** Runs in the page: a first render of `count` events, JSON or a sheet, to a settled frame. */
async function firstRender([count, format]) {
  const data = format === "csv" ? asSheet(count) : window.rawEvents(count);
  const { handle } = await window.createToSettled(document.getElementById("timeline"), data);
  window.handle = handle;
}

/** Runs in the page: what a reader does first: zoom in and out, open an event, the keys, the list. */
async function aReadersMinute() {
  const el = document.getElementById("timeline");
  const click = (selector) => el.querySelector(selector)?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
  for (const selector of [".cl-zoom-in", ".cl-zoom-in", ".cl-zoom-out"]) {
    click(selector);
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  el.querySelector("svg")?.dispatchEvent(new WheelEvent("wheel", { bubbles: true, cancelable: true, deltaY: -120, clientX: 600, clientY: 200 }));
  await window.twoFrames();
  const item = el.querySelector("[data-id]");
  item?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
  await window.twoFrames();
  for (const key of ["ArrowRight", "ArrowLeft", "Escape"]) {
    document.activeElement?.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
    await window.twoFrames();
  }
  click(".cl-view");
  await window.untilSettled(() => 0);
}

/** The bytes of `code` in blocks that ran (`count > 0`), by V8's nested ranges: inner ranges win. */
export function ranBytes(code, functions) {
  const ran = new Uint8Array(code.length);
  for (const fn of functions) for (const r of fn.ranges) ran.fill(r.count > 0 ? 1 : 0, r.startOffset, r.endOffset);
  let text = "";
  for (let start = 0; start < code.length; ) {
    while (start < code.length && !ran[start]) start++;
    let end = start;
    while (end < code.length && ran[end]) end++;
    text += code.slice(start, end);
    start = end;
  }
  return text;
}

/** Runs in the page: resolves once the snippet's timeline has drawn and settled. */
async function snippetSettled() {
  const start = performance.now();
  while (!document.querySelector(".citeline:not([aria-busy]) .cl-svg")) {
    if (performance.now() - start > 10_000) throw new Error("coverage: the snippet's timeline did not draw in 10 s");
    await window.twoFrames();
  }
  await window.untilSettled(() => 0);
}

// The page at `path`, run by `run` in it (given `arg`), its bundle's coverage read after.
async function ranIn(browser, base, path, run, arg) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.startPreciseCoverage", { callCount: false, detailed: true });
    await page.addInitScript(`${PAGE_HELPERS}; window.asSheet = ${asSheet}; window.firstRender = ${firstRender}; window.aReadersMinute = ${aReadersMinute};`);
    await page.goto(`${base}/${path}`);
    await page.evaluate(run, arg);
    const { result } = await cdp.send("Profiler.takePreciseCoverage");
    const script = result.find((s) => s.url.endsWith("/citeline.umd.min.js"));
    if (!script) throw new Error("coverage: the bundle did not load");
    const code = readFileSync(BUNDLE, "utf8");
    const ran = ranBytes(code, script.functions);
    return { ran: ran.length, gzip: gzipSync(ran, { level: 9 }).length, all: code.length };
  } finally {
    await page.close();
  }
}

/** Runs in the page: the JSON page's first render, then a reader's first minute. */
async function renderAndMinute(count) {
  await window.firstRender([count, "json"]);
  await window.aReadersMinute();
}

/**
 * What of the bundle four pages run, each fresh: a first render of `count` native JSON events,
 * one of the same events as a sheet, the JSON page through a reader's first minute, and the
 * journalist's page of examples/csv-spreadsheet.
 *
 * @returns {Promise<{ json: Ran, csv: Ran, minute: Ran, snippet: Ran }>} Ran: `{ ran, gzip, all }` in bytes.
 */
export async function codeRun(browser, base, count = 1_000) {
  const page = "bench/page.html";
  return {
    json: await ranIn(browser, base, page, firstRender, [count, "json"]),
    csv: await ranIn(browser, base, page, firstRender, [count, "csv"]),
    minute: await ranIn(browser, base, page, renderAndMinute, count),
    snippet: await ranIn(browser, base, "examples/csv-spreadsheet/", snippetSettled, undefined),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await serve(0);
  const browser = await chromium.launch(CHROMIUM);
  try {
    const ran = await codeRun(browser, server.url);
    const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
    for (const [page, r] of Object.entries(ran)) console.log(`${page}: ${kb(r.ran)} of the bundle's ${kb(r.all)} ran, ${kb(r.gzip)} gzip`);
  } finally {
    await browser.close();
    server.close();
  }
}
