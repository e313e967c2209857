/**
 * How citeline reads the TimelineJS3 files in test/fixtures/timelinejs3 (Knight Lab's own
 * templates and examples): per file, the slides it holds, the events loaded, the slides dropped
 * (each named in an error), the diagnostics (errors, warnings) and the sources made. Run with `npx tsx scripts/timelinejs-report.ts`;
 * add `-v` to list every diagnostic.
 */
import { readdirSync, readFileSync } from "node:fs";
import { csvParse } from "d3-dsv";
import { formatDiagnostic, loadTimeline } from "../src/core.js";

const dir = new URL("../test/fixtures/timelinejs3/", import.meta.url);
const verbose = process.argv.includes("-v");

/** Slides (events) the file holds, as TimelineJS counts them: not the title slide, not eras. */
function slidesIn(name: string, text: string): number {
  if (name.endsWith(".json")) return ((JSON.parse(text) as { events?: unknown[] }).events ?? []).length;
  let titleSeen = false;
  return csvParse(text).filter((row) => {
    if (Object.values(row).every((cell) => (cell ?? "").trim() === "")) return false;
    const type = (row.Type ?? "").trim().toLowerCase();
    if (type === "era") return false;
    if (type === "title" && !titleSeen) return !(titleSeen = true);
    return true;
  }).length;
}

const rows: string[][] = [["file", "slides", "loaded", "dropped", "errors", "warnings", "sources"]];
for (const name of readdirSync(dir).filter((f) => /\.(json|csv)$/.test(f)).sort()) {
  const text = readFileSync(new URL(name, dir), "utf8");
  const { timeline, diagnostics } = loadTimeline(text);
  const errors = diagnostics.filter((d) => d.severity === "error");
  // Slides named in an error: one slide may have more than one (a bad start and a bad end).
  const dropped = new Set(errors.filter((d) => d.section === "events").map((d) => d.index)).size;
  const counts = [slidesIn(name, text), timeline.events.length, dropped, errors.length, diagnostics.length - errors.length, timeline.sources.length];
  rows.push([name, ...counts.map(String)]);
  if (verbose) for (const d of diagnostics) console.log(`${name}: ${formatDiagnostic(d)}`);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
const line = (r: string[]): string => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
console.log(line(rows[0]!));
console.log(`| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`);
for (const r of rows.slice(1)) console.log(line(r));
