/**
 * The README's main command (`npm start`): load the seed story from its spreadsheet and show
 * the timeline citeline builds from it (from events.json, then the same story from events.csv) — events in time order with their dates in words and
 * numbered citations, the sources list, and every diagnostic. Pass another file to try yours:
 * `npm start -- path/to/events.csv`. `npm run demo -- --draft [article.txt]` shows a timeline
 * drafted from an article, reviewed and published instead (scripts/demo-draft.ts).
 */
import { readFileSync } from "node:fs";
import { describeDate, describeSpan, formatDiagnostic, loadTimeline, type Source } from "../src/core.js";
import { demoDraft } from "./demo-draft.js";

if (process.argv[2] === "--draft") {
  demoDraft(process.argv.slice(3));
  process.exit(0);
}

const seed = (name: string) => new URL(`../examples/seed-tehran-2008/${name}`, import.meta.url).pathname;
const file = process.argv[2] ?? seed("events.json");
const { timeline, diagnostics } = loadTimeline(readFileSync(file, "utf8"));
const byId = new Map(timeline.sources.map((s) => [s.id, s]));

function citation(source: Source): string {
  const parts = [source.publisher, source.title, source.published && describeDate(source.published)].filter(Boolean);
  let text = parts.join(", ");
  for (let via = source.via && byId.get(source.via); via; via = via.via ? byId.get(via.via) : undefined) text += `, via ${via.publisher}`;
  return text + (source.url ? ` <${source.url}>` : "") + (source.quote ? `\n      “${source.quote}”` : "");
}

console.log(`\n${timeline.title ?? file}\n${"=".repeat((timeline.title ?? file).length)}`);
if (timeline.description) console.log(timeline.description);
for (const group of timeline.groups.length ? timeline.groups : [{ id: undefined, label: "Events" }]) {
  console.log(`\n${group.label}`);
  for (const e of timeline.events.filter((e) => e.group === group.id)) {
    const when = e.displayDate ?? describeSpan(e.start, e.end);
    const cites = e.sources.map((id) => `[${byId.get(id)?.number}]`).join("");
    console.log(`  ${when.padEnd(44)} ${e.title} ${cites}`);
    console.log(`  ${"".padEnd(44)} ${e.start.edtf}${e.end ? ` / ${e.end.edtf}` : ""} · ${e.start.precision}, ${e.start.qualifier}`);
  }
}
console.log("\nSources");
for (const s of timeline.sources) console.log(`  ${s.number}. ${citation(s)}`);
console.log(`\n${timeline.events.length} events, ${timeline.sources.length} sources, ${diagnostics.length} diagnostics`);
for (const d of diagnostics) console.log(`  ${formatDiagnostic(d)}`);

if (process.argv[2] === undefined) {
  const csv = loadTimeline(readFileSync(seed("events.csv"), "utf8"));
  const same = JSON.stringify(csv.timeline.events.map((e) => [e.id, e.start, e.end])) === JSON.stringify(timeline.events.map((e) => [e.id, e.start, e.end]));
  console.log(`\nThe spreadsheet version, events.csv: ${csv.timeline.events.length} events, ${csv.timeline.sources.length} sources, ${csv.diagnostics.length} diagnostics${same ? ", the same events and dates" : ", DIFFERENT from events.json"}.`);
}
