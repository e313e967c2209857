// Every example's data loads without a single diagnostic, and the node-ssr example runs against
// the built package (`npm test`'s pretest builds it) and writes a page that names every event.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic, loadTimeline } from "../src/core.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EXAMPLES = join(ROOT, "examples");
/** Data files that are broken on purpose, to show the diagnostics. */
const BROKEN = new Set(["examples/embed-snippet/broken.csv"]);

function dataFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "dist" ? [] : dataFiles(path);
    return /^events\.(json|csv)$/.test(entry.name) ? [relative(ROOT, path)] : [];
  });
}

const FILES = dataFiles(EXAMPLES).filter((f) => !BROKEN.has(f)).sort();

describe("the examples' data", () => {
  it("finds the data of every example that has its own", () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        "examples/seed-tehran-2008/events.json",
        "examples/seed-tehran-2008/events.csv",
        "examples/csv-spreadsheet/events.csv",
        "examples/deep-time/events.json",
      ]),
    );
  });

  it.each(FILES)("%s loads with zero diagnostics", (file) => {
    const { timeline, diagnostics } = loadTimeline(readFileSync(join(ROOT, file), "utf8"));
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(timeline.events.length).toBeGreaterThan(0);
    // Every event is cited.
    expect(timeline.events.filter((e) => e.sources.length === 0).map((e) => e.title)).toEqual([]);
  });

  it("deep-time's years BCE come out as BCE, with the traditional dates marked uncertain", () => {
    const { timeline } = loadTimeline(readFileSync(join(EXAMPLES, "deep-time/events.json"), "utf8"));
    const founding = timeline.events.find((e) => e.id === "founding")!;
    expect(founding.start.earliest).toBeLessThan(Date.UTC(-752, 0, 1) + 366 * 864e5);
    expect(founding.start.qualifier).toBe("uncertain");
    expect(timeline.eras.map((e) => e.title)).toEqual(["Kingdom", "Republic", "Empire"]);
  });
});

describe("examples/node-ssr/render.mjs", () => {
  const dir = mkdtempSync(join(tmpdir(), "citeline-ssr-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

  it.each([
    ["the seed CSV (its default)", undefined],
    ["the deep-time JSON", "examples/deep-time/events.json"],
  ])("writes a standalone page naming every event of %s, and prints its path", async (_, input) => {
    expect(existsSync(join(ROOT, "dist/core.js")), "run npm run build first").toBe(true);
    const out = join(dir, `${input ? "deep-time" : "seed"}.html`);
    const args = ["examples/node-ssr/render.mjs", input ?? "examples/seed-tehran-2008/events.csv", out];
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: ROOT });
    expect(stdout.trim()).toBe(out);
    expect(stderr).toBe("");
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("<svg");
    expect(html).not.toContain("<script");
    const { timeline } = loadTimeline(readFileSync(join(ROOT, input ?? "examples/seed-tehran-2008/events.csv"), "utf8"));
    const escaped = (t: string) => [t, escape(t), escape(t).replace(/'/g, "&#39;"), escape(t).replace(/'/g, "&#x27;"), escape(t).replace(/'/g, "&apos;")];
    for (const event of timeline.events) expect(escaped(event.title).some((t) => html.includes(t)), event.title).toBe(true);
  });

  it("reads the seed sheet saved as Excel's Unicode Text (UTF-16) as the same page, without a word", async () => {
    const seed = readFileSync(join(ROOT, "examples/seed-tehran-2008/events.csv"), "utf8");
    const input = join(dir, "seed-unicode.txt");
    writeFileSync(input, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, "utf16le")]));
    const out = join(dir, "seed-unicode.html");
    const { stderr } = await promisify(execFile)(process.execPath, ["examples/node-ssr/render.mjs", input, out], { cwd: ROOT });
    expect(stderr).toBe("");
    const html = readFileSync(out, "utf8");
    for (const event of loadTimeline(seed).timeline.events) expect(html.includes(escape(event.title).replace(/'/g, "&#39;")) || html.includes(escape(event.title)), event.title).toBe(true);
  });

  it("run without arguments, writes examples/node-ssr/out.html", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["examples/node-ssr/render.mjs"], { cwd: ROOT });
    expect(stdout.trim()).toBe(join(EXAMPLES, "node-ssr/out.html"));
    expect(readFileSync(join(EXAMPLES, "node-ssr/out.html"), "utf8")).toContain("Maliki meets President Ahmadinejad");
  });
});
