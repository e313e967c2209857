// Deep input (issue 9, "Crashes"): arrays nested 10,000 deep as the document, as the events and
// inside fields; a `via` chain 3,000 deep, inline and by id; cycles. Nothing may overflow the stack:
// the loader reads iteratively, quotes values with a bounded preview, cuts `via` chains at a depth
// limit with a diagnostic, and breaks cycles with one. Each case runs in a worker killed at its limit.
import { describe, expect, it } from "vitest";
import { runIsolated } from "./isolate.js";
import type { Summary } from "./tasks.js";

/** The depth the issue asks `via` chains to be cut at ("say 32"). */
const VIA_LIMIT = 32;

function expectAccounted(s: Summary, label: string): void {
  expect(s.missing, `${label}: input events neither loaded nor named in a diagnostic`).toEqual([]);
  expect(s.longestValue, `${label}: values are quoted with a bounded preview`).toBeLessThanOrEqual(200);
  expect(s.longestMessage, `${label}: messages stay readable`).toBeLessThan(2_000);
  expect(s.html, `${label}: renderToString wrote something`).toBeGreaterThan(0);
}

describe("nesting 10,000 deep", () => {
  it("as the document, as the events and inside every kind of field: reported, never a stack overflow", async () => {
    const r = await runIsolated("deepArrays", { depth: 10_000 }, 60_000);
    for (const [name, s] of Object.entries(r)) {
      expectAccounted(s, name);
      // Something says what was wrong with the deep part.
      expect(s.diagnostics, `${name}: a diagnostic`).toBeGreaterThan(0);
    }
    expect(r["one event, among good ones"]?.loaded).toBe(2);
    for (const name of ["in tags", "in sources", "in a source's via", "as the eras"]) expect(r[name]?.loaded, `${name}: the event itself loads`).toBe(1);
  }, 70_000);
});

describe("via chains and cycles", () => {
  it(`a via chain 3,000 deep, inline and by id: loads, cut at ${VIA_LIMIT} relays with a diagnostic`, async () => {
    const r = await runIsolated("viaChain", { depth: 3_000 }, 60_000);
    for (const [name, s] of Object.entries(r)) {
      expectAccounted(s, name);
      expect(s.loaded, name).toBe(1);
      expect(s.viaDiagnostics.length, `${name}: the cut is said`).toBeGreaterThan(0);
      expect(s.relays, `${name}: relays printed for the citation`).toBeLessThanOrEqual(VIA_LIMIT);
      expect(s.relays, `${name}: relays printed for the citation`).toBeGreaterThan(0);
    }
  }, 70_000);

  it("cycles (a → b → a by id, a source its own relay, an object that is its own via, objects a → b → a) are broken with a diagnostic", async () => {
    const r = await runIsolated("viaCycle", undefined, 30_000);
    for (const [name, s] of Object.entries(r)) {
      expectAccounted(s, name);
      expect(s.loaded, name).toBe(1);
      expect(s.codes["via-cycle"] ?? 0, `${name}: via-cycle`).toBeGreaterThan(0);
      expect(s.relays, name).toBeLessThanOrEqual(VIA_LIMIT);
    }
  }, 40_000);

  it("the CLI reads the 3,000-deep chain and the 10,000-deep document: exit 0 (written, with diagnostics), never a crash", async () => {
    const r = await runIsolated("viaCli", { depth: 3_000 }, 60_000);
    expect(r.chain.code, r.chain.stderr).toBe(0);
    expect(r.chain.written).toBeGreaterThan(0);
    expect(r.chain.stderr).toMatch(/via/);
    // A document with no event to draw is written all the same (an empty timeline) or refused as unreadable (2): never 1.
    expect([0, 2], r.deep.stderr).toContain(r.deep.code);
    expect(r.deep.stderrLines).toBeLessThan(10);
  }, 70_000);
});
