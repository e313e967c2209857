/* global Citeline */
// First render and zoom frames in the system Chromium, for 1k and 10k synthetic events.
// `node bench/browser.bench.mjs` (after `npm run build`); prints a markdown table.
import os from "node:os";
import { chromium } from "playwright-core";
import { serve } from "../scripts/serve.mjs";
import { CHROMIUM } from "../scripts/screenshot.mjs";

const SIZES = [1_000, 10_000];
const server = await serve(0);
const browser = await chromium.launch(CHROMIUM);
const rows = [];
try {
  for (const n of SIZES) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
    await page.goto(`${server.url}/bench/page.html`);
    const result = await page.evaluate(async (count) => {
      // The same deterministic generator as bench/layout.bench.ts: events over 50 years in 5 lanes.
      let seed = 42;
      const random = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
      const start = Date.UTC(1970, 0, 1);
      const span = 50 * 365.25 * 86_400_000;
      const events = Array.from({ length: count }, (_, i) => {
        const t = start + random() * span;
        const e = { id: `e${i}`, title: `Event ${i} ${"x".repeat(Math.floor(random() * 20))}`, start: new Date(t).toISOString().slice(0, 10), group: `g${i % 5}`, importance: Math.floor(random() * 100) };
        if (random() < 0.3) e.end = new Date(t + random() * 365 * 86_400_000).toISOString().slice(0, 10);
        return e;
      });
      const groups = [0, 1, 2, 3, 4].map((g) => ({ id: `g${g}`, label: `Lane ${g}` }));
      const { timeline } = Citeline.loadTimeline({ events, groups });
      const el = document.getElementById("timeline");
      const t0 = performance.now();
      const handle = Citeline.createTimeline(el, { timeline, height: 480 });
      document.body.getBoundingClientRect(); // force style and layout of the new nodes
      const firstRender = performance.now() - t0;
      const nodes = el.querySelectorAll("*").length;
      // Zoom in step by step towards one year and back out, one render per frame, as a reader
      // zooming would cause; each render's own layout+draw time, and whole frame intervals.
      const durations = [];
      const frames = [];
      handle.on("render", ({ duration }) => durations.push(duration));
      const [a, b] = handle.layout.extent;
      const mid = a + (b - a) * 0.6;
      let last = performance.now();
      for (let i = 0; i <= 60; i++) {
        const k = i <= 30 ? i / 30 : (60 - i) / 30;
        const half = ((b - a) / 2) * Math.pow(0.02, k);
        handle.zoomTo([mid - half, mid + half]);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      const q = (list, p) => [...list].sort((x, y) => x - y)[Math.min(list.length - 1, Math.floor(p * list.length))];
      return { firstRender, nodes, renderMedian: q(durations, 0.5), renderP95: q(durations, 0.95), renders: durations.length, items: handle.layout.items.length };
    }, n);
    rows.push({ n, ...result });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const version = (await browser.version?.()) ?? "";
console.log(`\nChromium ${version} (${CHROMIUM.executablePath}), ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, 1280 px wide, 480 px high\n`);
console.log("| events | first render (ms) | DOM nodes | zoom render median (ms) | zoom render p95 (ms) | renders |");
console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) console.log(`| ${r.n.toLocaleString("en")} | ${r.firstRender.toFixed(1)} | ${r.nodes} | ${r.renderMedian.toFixed(2)} | ${r.renderP95.toFixed(2)} | ${r.renders} |`);
