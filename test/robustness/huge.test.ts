// Huge input (issue 9, "Freezes"): a 10 MB spreadsheet where every row cites its own link, 50,000
// events with 50,000 sources, a 100,000-character title. Each loads and renders — or says why not —
// inside a worker that is killed at its time limit, so quadratic work fails the test instead of
// hanging the suite. The limits are leashes for a busy 2-core machine, not speed targets: speed is
// measured by `npm run bench`.
import { describe, expect, it } from "vitest";
import { runIsolated } from "./isolate.js";
import type { Summary } from "./tasks.js";

/** Nothing thrown (the worker answered), every input event loaded or named by an error, something drawn. */
function expectAccounted(s: Summary, label: string): void {
  expect(s.missing, `${label}: input events neither loaded nor named in a diagnostic`).toEqual([]);
  expect(s.html, `${label}: renderToString wrote something`).toBeGreaterThan(0);
  expect(s.badNumbers, `${label}: geometry`).toEqual([]);
  expect(s.longestValue, `${label}: diagnostics quote a bounded preview`).toBeLessThanOrEqual(200);
}

describe("huge input loads and renders, or reports, within a bound", () => {
  it("a 10 MB CSV (about 55,000 rows, each its own source URL): every row an event citing its own source", async () => {
    const r = await runIsolated("bigCsv", { mb: 10 }, 100_000);
    expect(r.bytes).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    expect(r.rows).toBeGreaterThan(50_000);
    expectAccounted(r, "10 MB CSV");
    expect(r.loaded).toBe(r.rows);
    // Each row's link is its own source: none merged away.
    expect(r.sources).toBe(r.rows);
  }, 110_000);

  it("the same 10 MB CSV through the CLI: exit 0, the page written, nothing on stderr", async () => {
    const r = await runIsolated("bigCsvCli", { mb: 10 }, 100_000);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderrLines).toBe(0);
    expect(r.written).toBeGreaterThan(10 * 1024 * 1024);
  }, 110_000);

  it("50,000 events with 50,000 distinct sources load and render", async () => {
    const r = await runIsolated("manySources", { n: 50_000 }, 100_000);
    expectAccounted(r, "50k sources");
    expect(r.loaded).toBe(50_000);
    expect(r.sources).toBe(50_000);
  }, 110_000);

  it("a 100,000-character title is named in a diagnostic (too long) and the rest of the timeline draws, in JSON and in a CSV", async () => {
    const r = await runIsolated("longTitle", { length: 100_000 }, 30_000);
    for (const [format, s] of Object.entries(r)) {
      expectAccounted(s, format);
      expect(s.loaded, format).toBe(2);
      expect(s.first.find((d) => d.index === 1)?.code, format).toBe("string-too-long");
      expect(s.longestMessage, `${format}: the message does not quote the whole title`).toBeLessThan(1_000);
    }
  }, 40_000);
});
