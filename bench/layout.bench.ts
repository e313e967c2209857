/**
 * Load and layout benchmark: how long `loadTimeline` takes on 1k, 10k and 100k events, and
 * `layoutTimeline` on those timelines, for the whole extent and for a one-year window, at 1280 px.
 *
 *   npx tsx bench/layout.bench.ts            # all sizes
 *   npx tsx bench/layout.bench.ts 1000 10000 # some sizes
 *
 * The data is deterministic (a seeded generator): 5 groups, dates over 50 years (1975–2024) in
 * every common EDTF form, 70% points and 30% spans, importance 0–100. Loading (parsing the dates,
 * ids, sources) is timed on its own (the median of several loads), then each layout is warmed up
 * and timed N times; the table gives the first (cold) call, the median and the 95th percentile,
 * and the heap in use afterwards.
 *
 * A second input, "native", is what an app hands `loadTimeline` from its own data: 8 groups (not
 * declared), half the dates epoch ms and half ISO days, 30% ranges, titles of 10–40 characters, no
 * ids or sources. Its load is timed several times in a row (each on a fresh copy of the input).
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import { runInNewContext } from "node:vm";
import v8 from "node:v8";
import type { LayoutOptions } from "../src/layout/layout.js";
import type { EventInput, Timeline, TimelineInput } from "../src/types.js";

// The built bundle, as users run it (`npm run bench` builds first), typed by the source. The path
// is a variable so that linting and type-checking do not need a build.
const bundle: string = "../dist/core.js";
const { layoutTimeline, loadTimeline } = (await import(bundle)) as typeof import("../src/core.js");

// A collectable heap gives steadier heap numbers; `npx tsx` runs node without --expose-gc.
v8.setFlagsFromString("--expose-gc");
const gc = (globalThis.gc ?? runInNewContext("gc")) as () => void;

/** mulberry32: small, fast and the same everywhere. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_YEAR = 1975;
const YEARS = 50;
const GROUPS = ["politics", "economy", "security", "diplomacy", "society"];
const WORDS = ["talks", "minister", "visit", "agreement", "protest", "election", "report", "summit", "sanctions", "border", "oil", "court", "parliament", "statement", "strike"];

const pad = (n: number) => String(n).padStart(2, "0");

function syntheticInput(count: number, seed = 2008): TimelineInput {
  const random = rng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const range = Date.UTC(FIRST_YEAR + YEARS, 0, 1) - start;
  const write = (ms: number, kind: number): string => {
    const d = new Date(ms);
    const ymd = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    // Mostly days, then months, years, approximate days and minutes.
    if (kind < 0.55) return ymd;
    if (kind < 0.75) return ymd.slice(0, 7);
    if (kind < 0.85) return ymd.slice(0, 4);
    if (kind < 0.93) return `${ymd}~`;
    return `${ymd}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}Z`;
  };
  const events: EventInput[] = [];
  for (let i = 0; i < count; i++) {
    const at = start + random() * range;
    const title = Array.from({ length: 2 + int(7) }, () => pick(WORDS)).join(" ");
    const event: EventInput = {
      id: `e${i}`,
      title: title[0]!.toUpperCase() + title.slice(1),
      start: write(at, random()),
      group: pick(GROUPS),
      importance: int(101),
      sources: [pick(["wire", "paper", "ministry"])],
    };
    if (random() < 0.3) {
      // Spans from a day to a few years, skewed short.
      const length = 86_400_000 * Math.exp(random() * Math.log(3 * 365));
      event.end = write(Math.min(at + length, start + range - 1), random() < 0.8 ? 0 : 0.6);
    }
    events.push(event);
  }
  return {
    title: `Synthetic, ${count} events`,
    sources: [
      { id: "wire", publisher: "A wire service" },
      { id: "paper", publisher: "A newspaper" },
      { id: "ministry", publisher: "A ministry", kind: "government" },
    ],
    groups: GROUPS.map((id, order) => ({ id, order })),
    events,
  };
}

const NATIVE_GROUPS = ["iraq", "iran", "usa", "un", "oil", "army", "press", "courts"];

// Dates from 1975 to 2024 at day precision: epoch ms at midnight UTC, or the same day as ISO text.
function nativeInput(count: number, seed = 2008): TimelineInput {
  const random = rng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const first = Date.UTC(FIRST_YEAR, 0, 1) / 86_400_000;
  const days = Date.UTC(FIRST_YEAR + YEARS, 0, 1) / 86_400_000 - first;
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const events: EventInput[] = [];
  for (let i = 0; i < count; i++) {
    const day = first + int(days);
    const numeric = i % 2 === 0;
    const end = random() < 0.3 ? Math.min(first + days - 1, day + 1 + int(400)) : undefined;
    let title = WORDS[int(WORDS.length)]!;
    const length = 10 + int(31);
    while (title.length < length) title += ` ${WORDS[int(WORDS.length)]!}`;
    title = title.slice(0, length).trimEnd();
    const event: EventInput = { title: title[0]!.toUpperCase() + title.slice(1), start: numeric ? day * 86_400_000 : iso(day), group: NATIVE_GROUPS[i % NATIVE_GROUPS.length]! };
    if (end !== undefined) event.end = numeric ? end * 86_400_000 : iso(end);
    events.push(event);
  }
  return { events };
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const median = (sorted: number[]) => (sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2);

interface Row {
  events: number;
  window: string;
  items: number;
  clusters: number;
  cold: number;
  median: number;
  p95: number;
  runs: number;
  heapMB: number;
}

function timeLayout(timeline: Timeline, options: LayoutOptions, warmup: number, runs: number): Omit<Row, "events" | "window" | "heapMB"> {
  let t = performance.now();
  let layout = layoutTimeline(timeline, options);
  const cold = performance.now() - t;
  for (let i = 0; i < warmup; i++) layoutTimeline(timeline, options);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    layout = layoutTimeline(timeline, options);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    items: layout.items.length,
    clusters: layout.items.filter((i) => i.kind === "cluster").length,
    cold,
    median: median(times),
    p95: quantile(times, 0.95),
    runs,
  };
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [1_000, 10_000, 100_000];
// [warm-up, timed runs] by size.
const plan = (n: number): [number, number] => (n <= 1_000 ? [20, 200] : n <= 10_000 ? [10, 60] : [3, 15]);

interface Load {
  input: string;
  events: number;
  loaded: number;
  build: number;
  load: number;
  runs: number;
  heapMB: number;
}

// Loads `make()` `runs` times (a fresh input each time, made outside the timing); the median time.
function timeLoad(name: string, n: number, make: () => TimelineInput, runs: number): { load: Load; timeline: Timeline } {
  const times: number[] = [];
  const t = performance.now();
  let input = make();
  const build = performance.now() - t;
  // The timeline of the last load only: each is dropped before the next, so the heap it holds is its own.
  const held: ReturnType<typeof loadTimeline>[] = [];
  let heapMB = 0;
  for (let i = 0; i < runs; i++) {
    if (i > 0) input = make();
    held.length = 0;
    gc();
    const before = process.memoryUsage().heapUsed;
    times.push(loadInto(held, input));
    gc();
    heapMB = mb(process.memoryUsage().heapUsed - before);
  }
  const { timeline, diagnostics } = held[0]!;
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`${errors.length} events did not load, e.g. ${JSON.stringify(errors[0])}`);
  times.sort((a, b) => a - b);
  return { load: { input: name, events: n, loaded: timeline.events.length, build, load: median(times), runs, heapMB }, timeline };
}

// Loads into `held` and says how long it took, ms. A function of its own, so that no stale
// reference to a timeline stays behind in the caller's frame.
function loadInto(held: ReturnType<typeof loadTimeline>[], input: TimelineInput): number {
  const t = performance.now();
  held.push(loadTimeline(input));
  return performance.now() - t;
}

const loads: Load[] = [];
const rows: Row[] = [];
// Loads timed per size: a single cold load is mostly the JIT warming up.
const loadRuns = (n: number) => (n <= 10_000 ? 7 : 5);
for (const n of SIZES) {
  const size = n % 1000 === 0 ? `${n / 1000}k` : String(n);
  loads.push(timeLoad(`load ${size} native (epoch-ms + ISO day)`, n, () => nativeInput(n), loadRuns(n)).load);
}
for (const n of SIZES) {
  const { load, timeline } = timeLoad("synthetic (every EDTF form, sources, ids)", n, () => syntheticInput(n), loadRuns(n));
  loads.push(load);

  const [warmup, runs] = plan(n);
  const windows: [string, LayoutOptions][] = [
    ["full extent", { width: 1280 }],
    ["1 year (2000)", { width: 1280, domain: [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)] }],
  ];
  for (const [name, options] of windows) {
    const result = timeLayout(timeline, options, warmup, runs);
    gc();
    rows.push({ events: n, window: name, ...result, heapMB: mb(process.memoryUsage().heapUsed) });
  }
}

const cpus = os.cpus();
console.log(`## layoutTimeline benchmark\n`);
console.log(`Machine: ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${mb(os.totalmem()).toFixed(0)} MB RAM, ${os.platform()} ${os.release()}, Node ${process.version}\n`);
console.log("### Loading (loadTimeline: dates, ids, sources)\n");
console.log("| input | events | generate input (ms) | loadTimeline, median (ms) | runs | µs / event | heap held by the timeline (MB) |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const l of loads) console.log(`| ${l.input} | ${l.events.toLocaleString("en")} | ${ms(l.build)} | ${ms(l.load)} | ${l.runs} | ${((l.load * 1000) / l.events).toFixed(1)} | ${l.heapMB.toFixed(1)} |`);
console.log("\n### Layout at 1280 px\n");
console.log("| events | window | items | clusters | first call (ms) | median (ms) | p95 (ms) | runs | heap used after (MB) |");
console.log("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(`| ${r.events.toLocaleString("en")} | ${r.window} | ${r.items} | ${r.clusters} | ${ms(r.cold)} | ${ms(r.median)} | ${ms(r.p95)} | ${r.runs} | ${r.heapMB.toFixed(1)} |`);
}
console.log("\nFirst call: the first layout of a freshly loaded timeline (fills the per-timeline priority order and the per-event text caches). Median and p95: after warm-up, as when zooming.");
