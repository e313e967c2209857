// citeline beside the timelines a newsroom would otherwise pick (issue 11: "faster and lighter than
// vis-timeline, timelines-chart and TimelineJS"), in the system Chromium, each given the bench's
// raw events in fresh pages of its own (bench/peers-page.mjs says how each is called and timed).
// `npm run bench:peers` builds first; `node bench/peers.bench.mjs [sizes…]` runs some sizes.
// Prints one markdown table with the machine, medians and min–max, and the weight of each
// library's script-tag page. The peers are devDependencies at exact versions.
import { readFile } from "node:fs/promises";
import os from "node:os";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serve } from "../scripts/serve.mjs";
import { CHROMIUM } from "../scripts/screenshot.mjs";
import { filesOf, measurePeer, PEERS, QUIET_MS, versionOf } from "./peers-page.mjs";
import { spread } from "./table.mjs";

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!SIZES.length) SIZES.push(1_000, 10_000, 100_000);
const RUNS = Number(process.env.RUNS ?? 3);
// At 100k vis-timeline takes about 95 s to its first settled frame and its zoom about 40 s more,
// so that size runs once unless RUNS_100K says otherwise.
const RUNS_100K = Number(process.env.RUNS_100K ?? 1);
// TimelineJS makes a slide per event: 19,253 elements and 4 s at 1k, 190,255 and 35 s at 10k.
// At 100k it would make about 1.9 million; it is not run there.
const LARGEST = { timelinejs: 10_000 };
const runsOf = (n) => (n >= 100_000 ? RUNS_100K : RUNS);
// From navigation, up to 10k: at 100k the files' loading is a small part of vis-timeline's 83–97 s.
const NAVIGATE_MAX = 10_000;

const server = await serve(0);
const browser = await chromium.launch(CHROMIUM);
const results = new Map();
const key = (peer, n) => `${peer.name} ${n}`;
try {
  // Interleaved: run r of every library and size before run r + 1 of any.
  for (let r = 0; r < RUNS; r++) {
    for (const n of SIZES) {
      if (r >= runsOf(n)) continue;
      for (const peer of PEERS) {
        if (n > (LARGEST[peer.name] ?? Infinity)) continue;
        const render = await measurePeer(browser, server.url, peer, n);
        // The heap in a page of its own, after a forced GC, as the main bench takes it.
        const { heap, failed } = await measurePeer(browser, server.url, peer, n, { heap: true });
        // And a page a reader loads: from navigation, the library's files fetched, parsed and run.
        const navigated = n <= NAVIGATE_MAX ? await measurePeer(browser, server.url, peer, n, { navigate: true }) : {};
        const run = { ...render, heap, navigate: navigated.navigate, failed: render.failed ?? failed ?? navigated.failed };
        results.set(key(peer, n), [...(results.get(key(peer, n)) ?? []), run]);
        process.stderr.write(`${peer.name} ${n}: ${run.failed ?? `${Math.round(run.firstRender)} ms`}\n`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

const grouped = (digits) => (v) => v.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ROWS = [
  ["first render, from the call to a settled frame (ms)", "firstRender", 0],
  ["a page from navigation to its settled first render, the library's files loaded (ms)", "navigate", 0],
  ["elements in the container after first render", "elements", 0],
  ["zoom frame median, 30 steps toward one month and back (ms)", "frameMedian", 1],
  ["zoom frame p95 (ms)", "frameP95", 1],
  ["elements at one-month zoom", "elementsZoomed", 0],
  ["JS heap after first render, after a forced GC (MB)", "heap", 1],
];
const cell = (peer, n, field, digits) => {
  const runs = results.get(key(peer, n));
  if (!runs) return "—";
  if (runs.some((r) => r.failed)) return `failed: ${runs.find((r) => r.failed).failed}`;
  const values = runs.map((r) => r[field]);
  return values.some((v) => v === undefined) ? "—" : spread(values, grouped(digits));
};

const versions = await Promise.all(PEERS.map(versionOf));
console.log(`\nChromium ${browser.version()}, ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; container 1200 × 600 px; settled: ${QUIET_MS} ms without a change; ${SIZES.map((n) => `${n.toLocaleString("en")}: ${runsOf(n)} run${runsOf(n) > 1 ? "s" : ""}`).join(", ")}, interleaved: median (min–max)\n`);
console.log(`| measure | events | ${PEERS.map((p, i) => `${p.name} ${versions[i]}`).join(" | ")} |`);
console.log(`| --- | ---: | ${PEERS.map(() => "---:").join(" | ")} |`);
// A measure's label on its first size only, and no line for a size no library was measured at.
for (const [label, field, digits] of ROWS) {
  const lines = SIZES.map((n) => [n, PEERS.map((p) => cell(p, n, field, digits))]).filter(([, cells]) => cells.some((c) => c !== "—"));
  lines.forEach(([n, cells], i) => console.log(`| ${i === 0 ? label : ""} | ${n.toLocaleString("en")} | ${cells.join(" | ")} |`));
}
// What a script-tag page loads for each, gzipped at level 9 as scripts/size.mjs does.
const weights = await Promise.all(PEERS.map(async (p) => (await Promise.all(filesOf(p).map(async (f) => gzipSync(await readFile(f), { level: 9 }).length))).reduce((a, b) => a + b, 0)));
console.log(`| a script-tag page's JS and CSS, gzip (KB) | — | ${weights.map((w) => (w / 1000).toFixed(1)).join(" | ")} |`);
console.log(`\nFiles: ${PEERS.map((p) => `${p.name}: ${p.files.join(" + ")}`).join("; ")}.`);
