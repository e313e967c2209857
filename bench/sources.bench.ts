/**
 * Sources benchmark (issue 9, "Freezes"): timelines where every event cites a source of its own,
 * the shape of a newsroom spreadsheet with a link per row, which once made loading and every
 * selection quadratic in the number of sources.
 *
 * - Node: `loadTimeline` and `renderToString` for 50,000 events with 50,000 distinct sources.
 * - Chromium (system): `handle.select(id)` — the card opening, and the redraw it causes — for
 *   timelines with 6, 549 and 5,000 distinct sources, and a click on a source's "Show its events".
 *
 *   npx tsx bench/sources.bench.ts             # both
 *   npx tsx bench/sources.bench.ts node        # Node only
 *   npx tsx bench/sources.bench.ts browser     # Chromium only
 *
 * Figures, not assertions: the robustness tests (test/robustness/) hold the limits.
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import { chromium } from "playwright-core";
import { serve } from "../scripts/serve.mjs";
import { CHROMIUM } from "../scripts/screenshot.mjs";

// The built bundle, as users run it (`npm run bench` builds first), typed by the source.
const bundle: string = "../dist/core.js";
const { layoutTimeline, loadTimeline, renderToString } = (await import(bundle)) as typeof import("../src/core.js");

const pad = (n: number) => String(n).padStart(2, "0");
const day = (i: number) => `${2000 + (i % 20)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;

/** `events` events; event i cites source i % `sources`, each source with a link of its own. */
function input(events: number, sources: number) {
  return {
    title: `${events} events, ${sources} sources`,
    events: Array.from({ length: events }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      start: day(i),
      sources: [{ publisher: `Publisher ${i % sources}`, title: `Story ${i % sources}`, url: `https://news.example.org/story/${i % sources}` }],
    })),
  };
}

/** The median layout of the browser bench's 30 zoom steps (15 in toward one month, 15 out), each laid out from the one before. */
function zoomLayout(timeline: Parameters<typeof layoutTimeline>[0]): number {
  const first = layoutTimeline(timeline, { width: 1280, height: 600 });
  const [a, b] = first.extent;
  const mid = a + (b - a) * 0.6;
  const halfAt = (k: number) => ((b - a) / 2) * Math.pow((30 * 86_400_000) / (b - a), k);
  let previous = first;
  const times: number[] = [];
  for (let i = 1; i <= 30; i++) {
    const k = i <= 15 ? i / 15 : (30 - i) / 15;
    const t = performance.now();
    previous = layoutTimeline(timeline, { width: 1280, height: 600, domain: [mid - halfAt(k), mid + halfAt(k)], previous });
    times.push(performance.now() - t);
  }
  return quantile(times, 0.5);
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const quantile = (list: number[], q: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
};

const which = process.argv[2];
const cpus = os.cpus();
console.log(`## Sources benchmark\n`);
console.log(`Machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 20)} MB RAM, Node ${process.version}\n`);

if (which !== "browser") {
  console.log("### Node: every event its own source\n");
  console.log("| events | sources | loadTimeline (ms) | renderToString (ms) | output (MB) | a zoom step's layout, median of 30 (ms) |");
  console.log("|---:|---:|---:|---:|---:|---:|");
  for (const n of [5_000, 50_000]) {
    const data = input(n, n);
    let t = performance.now();
    const { timeline, diagnostics } = loadTimeline(data);
    const load = performance.now() - t;
    if (diagnostics.length > 0) throw new Error(`unexpected diagnostics: ${diagnostics[0]!.message}`);
    t = performance.now();
    const html = renderToString(timeline);
    const render = performance.now() - t;
    console.log(`| ${n.toLocaleString("en")} | ${timeline.sources.length.toLocaleString("en")} | ${ms(load)} | ${ms(render)} | ${(html.length / 2 ** 20).toFixed(1)} | ${ms(zoomLayout(timeline))} |`);
  }
  console.log();
}

if (which !== "node") {
  const server = await serve(0);
  const browser = await chromium.launch(CHROMIUM);
  const rows: { events: number; sources: number; create: number; select: number[]; painted: number[]; source: number[] }[] = [];
  try {
    for (const [events, sources, samples] of [[549, 6, 30], [549, 549, 30], [5_000, 5_000, 12], [50_000, 50_000, 8]] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
      // tsx compiles with esbuild's keepNames, whose `__name` helper a function sent to the page calls.
      await page.addInitScript("window.__name = (f) => f");
      await page.goto(`${server.url}/bench/page.html`);
      const result = await page.evaluate(
        async ({ data, samples }) => {
          interface Handle {
            timeline: { events: { id: string }[] };
            select(id: string | null): void;
          }
          const C = (window as unknown as { Citeline: { createTimeline(e: HTMLElement, o: object): Handle } }).Citeline;
          const el = document.getElementById("timeline")!;
          const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          let t = performance.now();
          const handle = C.createTimeline(el, { data, height: 480 });
          document.body.getBoundingClientRect();
          const create = performance.now() - t;
          await frame();
          // select(id): the call itself, which opens the card and redraws chart and lists.
          const select: number[] = [];
          // And to the painted frame: the call, then the browser's style, layout and paint of the
          // frame it changed (read when a task after that frame's rAF runs).
          const painted: number[] = [];
          const ids = handle.timeline.events.map((e) => e.id);
          for (let k = 0; k < samples; k++) {
            const id = ids[Math.floor(((k + 0.5) / samples) * ids.length)]!;
            await frame();
            t = performance.now();
            handle.select(id);
            select.push(performance.now() - t);
            document.body.getBoundingClientRect();
            painted.push(performance.now() - t);
            await frame();
          }
          handle.select(null);
          await frame();
          // A source's "Show its events" in the sources list.
          const source: number[] = [];
          for (let k = 0; k < Math.min(samples, 10); k++) {
            const buttons = el.querySelectorAll<HTMLButtonElement>(".cl-source-list .cl-source-events");
            const button = buttons[Math.floor(((k + 0.5) / Math.min(samples, 10)) * buttons.length)];
            if (!button) break;
            t = performance.now();
            button.click();
            source.push(performance.now() - t);
            await frame();
          }
          return { create, select, painted, source };
        },
        { data: input(events, sources), samples },
      );
      rows.push({ events, sources, ...result });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`### Chromium ${browser.version()}: select() and "Show its events", 1280 px wide\n`);
  console.log("| events | sources | createTimeline (ms) | select() median (ms) | select() p95 (ms) | select() max (ms) | select() with style and layout, median (ms) | show a source's events, median (ms) | samples |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(
      `| ${r.events.toLocaleString("en")} | ${r.sources.toLocaleString("en")} | ${ms(r.create)} | ${ms(quantile(r.select, 0.5))} | ${ms(quantile(r.select, 0.95))} | ${ms(Math.max(...r.select))} | ${ms(quantile(r.painted, 0.5))} | ${r.source.length ? ms(quantile(r.source, 0.5)) : "–"} | ${r.select.length} |`,
    );
  }
  console.log("\nA frame at 60 Hz is 16.7 ms. select() is timed synchronously: opening the card and patching the chart and lists (no relayout: a select changes no geometry). With style and layout: the same call, then the browser's style and layout of the page it changed (forced by reading a box), before paint.");
}
