// The robustness cases' work, run in a worker by isolate.ts (so that a hang can be killed): build a
// pathological input, load it, render it, and report what happened as plain data for the test to
// judge. Nothing here asserts; nothing here measures speed except for the record.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runCliIn } from "../cli/run.js";
import type { Diagnostic } from "../../src/diagnostics.js";
import { loadTimeline } from "../../src/load.js";
import { citationText } from "../../src/model/citation.js";
import { renderPage, renderSvg, renderToString } from "../../src/write/page.js";
import type { Timeline } from "../../src/types.js";

/** What a load and a render came to. */
export interface Summary {
  /** Events in the input (as the task built it). */
  input: number;
  loaded: number;
  eras: number;
  sources: number;
  /** Input positions neither loaded nor named by an error diagnostic: must be none. */
  missing: number[];
  /** Diagnostics by code. */
  codes: Record<string, number>;
  /** The first diagnostics, shortened. */
  first: Pick<Diagnostic, "code" | "severity" | "index" | "field" | "value" | "message">[];
  /** The longest value and message quoted by any diagnostic (previews must stay bounded). */
  longestValue: number;
  longestMessage: number;
  /** How many diagnostics. */
  diagnostics: number;
  /** Lengths of renderToString, renderSvg and renderPage output. */
  html: number;
  svg: number;
  page: number;
  /** Attribute values in the output that hold NaN or Infinity (broken geometry). */
  badNumbers: string[];
  /** Lone surrogates in the output (the SVG would not be well-formed XML). */
  loneSurrogates: number;
  ms: { load: number; render: number };
}

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function brief(d: Diagnostic): Summary["first"][number] {
  return { code: d.code, severity: d.severity, index: d.index, field: d.field, value: d.value?.slice(0, 120), message: d.message.slice(0, 400) };
}

interface Loaded {
  summary: Summary;
  timeline: Timeline;
  diagnostics: Diagnostic[];
}

/** Load `data` (and render it, unless `render` is false), and summarise; `input` is how many events it holds. */
export function summarize(data: unknown, input: number, render = true, format?: "csv" | "json" | "timelinejs"): Loaded {
  let t = performance.now();
  const { timeline, diagnostics } = loadTimeline(data, format ? { format } : {});
  const load = performance.now() - t;
  const loadedAt = new Set(timeline.events.map((e) => e.index));
  const named = new Set(diagnostics.filter((d) => d.severity === "error" && d.section === "events").map((d) => d.index));
  const missing: number[] = [];
  for (let i = 0; i < input; i++) if (!loadedAt.has(i) && !named.has(i)) missing.push(i);
  const codes: Record<string, number> = {};
  for (const d of diagnostics) codes[d.code] = (codes[d.code] ?? 0) + 1;
  t = performance.now();
  const html = render ? renderToString(timeline) : "";
  const svg = render ? renderSvg(timeline) : "";
  const page = render ? renderPage(timeline) : "";
  const renderMs = performance.now() - t;
  const badNumbers = [...svg.matchAll(/\s([\w-]+)="([^"]*(?:NaN|Infinity)[^"]*)"/g)].map((m) => `${m[1]}="${m[2]!.slice(0, 60)}"`).slice(0, 10);
  const summary: Summary = {
    input,
    loaded: timeline.events.length,
    eras: timeline.eras.length,
    sources: timeline.sources.length,
    missing: missing.slice(0, 20),
    diagnostics: diagnostics.length,
    codes,
    first: diagnostics.slice(0, 12).map(brief),
    longestValue: Math.max(0, ...diagnostics.map((d) => d.value?.length ?? 0)),
    longestMessage: Math.max(0, ...diagnostics.map((d) => d.message.length)),
    html: html.length,
    svg: svg.length,
    page: page.length,
    badNumbers,
    loneSurrogates: (html.match(LONE)?.length ?? 0) + (svg.match(LONE)?.length ?? 0) + (page.match(LONE)?.length ?? 0),
    ms: { load: Math.round(load), render: Math.round(renderMs) },
  };
  return { summary, timeline, diagnostics };
}

/** The summary alone, to post back. */
const plain = (loaded: Loaded): Summary => loaded.summary;

const pad = (n: number) => String(n).padStart(2, "0");
const day = (i: number) => `${2000 + (i % 20)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
const WORDS = ["minister", "visit", "talks", "agreement", "protest", "report", "summit", "border", "court", "statement"];

/** A newsroom spreadsheet of at least `bytes`, each row citing a source with a link of its own. */
export function bigSheet(bytes: number): { text: string; rows: number } {
  const lines = ["Title,Date,Source,Source URL,Source Title,Quote"];
  let size = lines[0]!.length + 1;
  let i = 0;
  while (size < bytes) {
    const w = (k: number) => WORDS[(i * 7 + k) % WORDS.length];
    const line = `Event ${i}: ${w(1)} ${w(2)} ${w(3)},${day(i)},Publisher ${i % 997},https://news.example.org/${2000 + (i % 20)}/story-${i},"${w(4)} ${w(5)}, ${w(6)}","They said the ${w(7)} and ${w(8)} would go ahead."`;
    lines.push(line);
    size += line.length + 1;
    i++;
  }
  return { text: lines.join("\n") + "\n", rows: i };
}

/** `n` events, each citing a source of its own (its own link): as many sources as events. */
export function manySources(n: number): Record<string, unknown> {
  return {
    title: `${n} events, ${n} sources`,
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i} ${WORDS[i % WORDS.length]}`,
      start: day(i),
      sources: [{ publisher: `Publisher ${i % 500}`, title: `Story ${i}`, url: `https://news.example.org/story/${i}` }],
    })),
  };
}

/** `[[[…]]]`, `depth` deep, as text (never through a recursive stringify). */
export const nestedText = (depth: number, inner = "") => "[".repeat(depth) + inner + "]".repeat(depth);

/** The same as a value, built without recursion. */
function nestedValue(depth: number): unknown[] {
  let value: unknown[] = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

/** `{"a":{"a":…}}`, `depth` deep, as text. */
const nestedObjectText = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

/** A source relayed `depth` times, written inline (each `via` an object in the one before). */
export function inlineChain(depth: number): Record<string, unknown> {
  let source: Record<string, unknown> = { publisher: `Relay ${depth - 1}`, url: `https://relay.example.org/${depth - 1}` };
  for (let i = depth - 2; i >= 0; i--) source = { publisher: i === 0 ? "Origin" : `Relay ${i}`, url: `https://relay.example.org/${i}`, via: source };
  return source;
}

/** The same chain as JSON text, without a recursive stringify. */
function inlineChainText(depth: number): string {
  let open = "";
  for (let i = 0; i < depth; i++) open += `{"publisher":"${i === 0 ? "Origin" : `Relay ${i}`}","url":"https://relay.example.org/${i}"${i < depth - 1 ? ',"via":' : ""}`;
  return `{"events":[{"title":"Relayed ${depth} times","start":"2008-06-08","sources":[${open}${"}".repeat(depth)}]}]}`;
}

/** The chain as shared sources, each naming the next by id. */
export function sharedChain(depth: number): Record<string, unknown> {
  return {
    sources: Array.from({ length: depth }, (_, i) => ({ id: `s${i}`, publisher: `Relay ${i}`, ...(i < depth - 1 ? { via: `s${i + 1}` } : {}) })),
    events: [{ title: `Relayed ${depth} times, by id`, start: "2008-06-08", sources: ["s0"] }],
  };
}

interface ViaOutcome extends Summary {
  /** Publishers followed from the event's first source, as the citation prints them. */
  relays: number;
  /** `via` spans in renderToString's output. */
  viaSpans: number;
  /** Diagnostics about `via`. */
  viaDiagnostics: Summary["first"];
}

function viaOutcome(data: unknown): ViaOutcome {
  const s = summarize(data, 1);
  const first = s.timeline.events[0]?.sources[0];
  const citation = first === undefined ? undefined : citationText(s.timeline, first);
  const html = renderToString(s.timeline);
  return {
    ...plain(s),
    relays: citation?.via.length ?? -1,
    viaSpans: html.split("cl-cite-via").length - 1,
    viaDiagnostics: s.diagnostics.filter((d) => /via/.test(d.code)).slice(0, 10).map(brief),
  };
}

async function runCli(name: string, text: string, ext: "html" | "svg"): Promise<{ code: number; stdoutLines: number; stderrLines: number; stderr: string; written: number }> {
  const dir = mkdtempSync(join(tmpdir(), "citeline-robust-"));
  try {
    const file = join(dir, name);
    writeFileSync(file, text);
    const { code, stdout, stderr } = await runCliIn(dir, "render", file, "-o", join(dir, `out.${ext}`));
    let written = 0;
    try {
      written = readFileSync(join(dir, `out.${ext}`), "utf8").length;
    } catch {
      // Nothing written.
    }
    const lines = (t: string) => t.split("\n").filter(Boolean).length;
    return { code, stdoutLines: lines(stdout), stderrLines: lines(stderr), stderr: stderr.slice(0, 2000), written };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each task: an input, loaded and rendered, summarised. */
export const tasks = {
  /** For isolate.test.ts: work that never ends. */
  spin(): number {
    const counter = new Int32Array(1);
    for (;;) Atomics.add(counter, 0, 1);
  },

  /** For isolate.test.ts: a stack overflow. */
  overflow(): number {
    const down = (n: number): number => down(n + 1) + 1;
    return down(0);
  },

  /** A CSV of `mb` megabytes, every row its own source URL. */
  bigCsv({ mb }: { mb: number }) {
    const { text, rows } = bigSheet(mb * 1024 * 1024);
    return { bytes: text.length, rows, ...plain(summarize(text, rows)) };
  },

  /** The same sheet through the CLI, to an HTML page. */
  async bigCsvCli({ mb }: { mb: number }) {
    const { text, rows } = bigSheet(mb * 1024 * 1024);
    return { rows, ...(await runCli("big.csv", text, "html")) };
  },

  /** `n` events with `n` distinct sources. */
  manySources({ n }: { n: number }) {
    return plain(summarize(manySources(n), n));
  },

  /** A title (and, in a second input, a CSV cell) `length` characters long among ordinary events. */
  longTitle({ length }: { length: number }) {
    const long = `${"Very long headline ".repeat(Math.ceil(length / 19)).slice(0, length)}`;
    const json = { events: [{ title: "Before", start: "2008-06-01" }, { title: long, start: "2008-06-02" }, { title: "After", start: "2008-06-03" }] };
    const csv = `Title,Date\nBefore,2008-06-01\n"${long}",2008-06-02\nAfter,2008-06-03\n`;
    return { json: plain(summarize(json, 3)), csv: plain(summarize(csv, 3)) };
  },

  /** Arrays (and objects) nested `depth` deep: as the document, as the events, inside fields. */
  deepArrays({ depth }: { depth: number }) {
    const variants: Record<string, [unknown, number]> = {
      "document as text": [nestedText(depth), 0],
      "document as a value": [nestedValue(depth), 0],
      "object document as text": [nestedObjectText(depth), 0],
      "events as text": [`{"events":${nestedText(depth)}}`, 1],
      "events as a value": [{ events: nestedValue(depth) }, 1],
      "one event, among good ones": [`{"events":[{"title":"Good","start":"2008"},${nestedText(depth - 2)},{"title":"Also good","start":"2009"}]}`, 3],
      "in a title": [`{"events":[{"title":${nestedText(depth)},"start":"2008"}]}`, 1],
      "in the start date": [`{"events":[{"title":"x","start":${nestedObjectText(depth)}}]}`, 1],
      "in tags": [`{"events":[{"title":"x","start":"2008","tags":${nestedText(depth)}}]}`, 1],
      "in sources": [`{"events":[{"title":"x","start":"2008","sources":${nestedText(depth)}}]}`, 1],
      "in a source's via": [`{"events":[{"title":"x","start":"2008","sources":[{"publisher":"P","via":${nestedText(depth)}}]}]}`, 1],
      "as the eras": [`{"events":[{"title":"x","start":"2008"}],"eras":${nestedText(depth)}}`, 1],
      "as TimelineJS events": [`{"events":${nestedText(depth)},"title":{"text":{"headline":"t"}}}`, 1],
    };
    return Object.fromEntries(Object.entries(variants).map(([name, [data, n]]) => [name, plain(summarize(data, n))]));
  },

  /** A `via` chain `depth` deep: inline objects, inline JSON text, shared sources by id. */
  viaChain({ depth }: { depth: number }) {
    return {
      "inline objects": viaOutcome({ events: [{ title: `Relayed ${depth} times`, start: "2008-06-08", sources: [inlineChain(depth)] }] }),
      "inline JSON text": viaOutcome(inlineChainText(depth)),
      "shared sources by id": viaOutcome(sharedChain(depth)),
      "shared sources by id, as JSON text": viaOutcome(JSON.stringify(sharedChain(depth))),
    };
  },

  /** Cycles: a → b → a by id, a source relayed by itself, and an object that is its own `via`. */
  viaCycle() {
    const self: Record<string, unknown> = { publisher: "Itself" };
    self.via = self;
    const a: Record<string, unknown> = { publisher: "A", url: "https://a.example.org/" };
    const b: Record<string, unknown> = { publisher: "B", url: "https://b.example.org/", via: a };
    a.via = b;
    return {
      "a → b → a by id": viaOutcome({ sources: [{ id: "a", publisher: "A", via: "b" }, { id: "b", publisher: "B", via: "a" }], events: [{ title: "Cycle", start: "2008", sources: ["a"] }] }),
      "a → a by id": viaOutcome({ sources: [{ id: "a", publisher: "A", via: "a" }], events: [{ title: "Self", start: "2008", sources: ["a"] }] }),
      "an object that is its own via": viaOutcome({ events: [{ title: "Self object", start: "2008", sources: [self] }] }),
      "objects a → b → a": viaOutcome({ events: [{ title: "Object cycle", start: "2008", sources: [a] }] }),
    };
  },

  /** The via chain and the cycle through the CLI (its documented codes: 0 written, 2 unreadable). */
  async viaCli({ depth }: { depth: number }) {
    return {
      chain: await runCli("chain.json", inlineChainText(depth), "html"),
      deep: await runCli("deep.json", nestedText(10_000), "html"),
    };
  },

  /** A sheet with `columns` columns citeline does not read, and the CLI's stderr for it. */
  async unknownColumns({ columns }: { columns: number }) {
    const names = Array.from({ length: columns }, (_, i) => `Extra ${i + 1}`);
    const text = `Title,Date,${names.join(",")}\n` + ["First", "Second", "Third"].map((t, i) => `${t},2008-06-0${i + 1},${names.map((_, k) => k).join(",")}`).join("\n") + "\n";
    const s = summarize(text, 3);
    return {
      ...plain(s),
      columnDiagnostics: s.diagnostics.filter((d) => /column/.test(d.code)).slice(0, 30).map((d) => ({ ...brief(d), message: d.message.slice(0, 2000) })),
      columnDiagnosticCount: s.diagnostics.filter((d) => /column/.test(d.code)).length,
      cli: await runCli("wide.csv", text, "svg"),
    };
  },

  /** Dates at and beyond the ends of what a Date holds, Y-years, NaN, infinities, -0. */
  extremeDates() {
    const starts: unknown[] = [
      8.64e15, -8.64e15, 8.64e15 + 1, -8.64e15 - 1, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity, -0, 0,
      "Y170000002", "Y-170000002", "Y2008", "Y-2008", "Y17E7", "Y-17E7", "+275760-09-13", "-271821-04-20", "275760-09-14", "NaN", "Infinity", "-0", "-0000",
      new Date(NaN), new Date(8.64e15), new Date(-8.64e15), "9999-12-31T23:59:59.999Z", "-9999",
    ];
    const events = starts.map((start, i) => ({ title: `Date case ${i}`, start }));
    const ends = [Infinity, NaN, -Infinity, 8.64e15, -8.64e15].map((end, i) => ({ title: `End case ${i}`, start: "2008", end }));
    const s = summarize({ events: [...events, ...ends] }, events.length + ends.length);
    const outcome = [...events, ...ends].map((e, i) => {
      const loaded = s.timeline.events.find((x) => x.index === i);
      const said = s.diagnostics.filter((d) => d.section === "events" && d.index === i).map((d) => `${d.severity} ${d.code} ${JSON.stringify(d.value)}`);
      return { input: typeof e.start === "number" || e.start instanceof Date ? String(e.start instanceof Date ? `Date(${e.start.getTime()})` : Object.is(e.start, -0) ? "-0" : e.start) : JSON.stringify(e.start), end: "end" in e ? String(e.end) : undefined, loaded: loaded ? `${loaded.start.edtf}${loaded.end ? `/${loaded.end.edtf}` : ""}` : null, said };
    });
    return { ...plain(s), outcome };
  },

  /** Lone surrogates in every text field and a link. */
  loneSurrogates() {
    const texts = ["\uD800", "a\uDC00b", "x\uD800\uD800y", "\uDBFF", "ok \uD83D\uDE00 pair", "\uDFFF\uD800"];
    const events = texts.map((t, i) => ({
      title: t,
      start: `2008-06-${pad(i + 1)}`,
      description: t,
      displayDate: t,
      group: t,
      tags: [t],
      sources: [{ publisher: t, title: t, author: t, quote: t, url: `https://example.org/${i}/${t}` }],
    }));
    const s = summarize({ title: "\uD800", events, eras: [{ title: "\uDC00", start: "2008" }] }, events.length);
    return { ...plain(s), titles: s.timeline.events.map((e) => e.title) };
  },

  /** Titles with no visible character (missing), and right-to-left text, controls and ZWJ emoji (kept). */
  invisibleTitles() {
    // Bidi controls, zero-width characters and the rest of Unicode's default-ignorable code points
    // (a combining grapheme joiner, a variation selector, tag characters, Hangul fillers…).
    const invisible = [
      "\u202E", "\u200B\u200B", "\u200D", "\u2066\u2069", "\uFEFF", " \u200F ", "\u061C", "\u202A\u202C", "\u2060", "\u00AD",
      "\u034F", "\u180E", "\u3164", "\u115F", "\uFE0F", "\u17B4", "\uFFA0", "\u{E0041}\u{E0042}", "\u{1D173}", "\u3000\u200B",
    ];
    const visible = ["مرحبا بالعالم", "שלום עולם", "👩‍👩‍👧 family", "\u202Eevil title \u202D more", "a\u200Bb", "🏳️‍🌈", "Zürich", "\u05D0\u202C"];
    const events = [...invisible, ...visible].map((title, i) => ({ title, start: `2008-06-${pad(i + 1)}` }));
    const eras = invisible.slice(0, 3).map((title, i) => ({ title, start: `${2000 + i}` }));
    const s = summarize({ events, eras }, events.length);
    const outcome = events.map((e, i) => {
      const loaded = s.timeline.events.find((x) => x.index === i);
      return { input: [...e.title].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(" "), visible: i >= invisible.length, loaded: loaded?.title ?? null, said: s.diagnostics.filter((d) => d.section === "events" && d.index === i).map((d) => `${d.severity} ${d.code}`) };
    });
    const eraOutcome = eras.map((_, i) => ({ loaded: s.timeline.eras.some((x) => x.index === i), said: s.diagnostics.filter((d) => d.section === "eras" && d.index === i).map((d) => `${d.severity} ${d.code}: ${d.message}`) }));
    return { ...plain(s), outcome, eraOutcome };
  },
};

export type Tasks = typeof tasks;
export type TaskName = keyof Tasks;
