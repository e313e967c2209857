// Odd input (issue 9): 10,000 unknown columns, dates at the ends of time and beyond, lone
// surrogates, bidi controls and titles with nothing visible. Each loads and renders or is named in
// a diagnostic; each case runs in a worker killed at its limit.
import { describe, expect, it } from "vitest";
import { runIsolated } from "./isolate.js";
import type { Summary } from "./tasks.js";

function expectAccounted(s: Summary, label: string): void {
  expect(s.missing, `${label}: input events neither loaded nor named in a diagnostic`).toEqual([]);
  expect(s.html, `${label}: renderToString wrote something`).toBeGreaterThan(0);
  expect(s.badNumbers, `${label}: no NaN or Infinity in the drawing`).toEqual([]);
  expect(s.loneSurrogates, `${label}: the output is well-formed (no lone surrogate)`).toBe(0);
}

describe("a sheet with 10,000 columns citeline does not read", () => {
  it("gives ONE diagnostic naming the first 20 and counting the rest, and the CLI prints it once", async () => {
    const r = await runIsolated("unknownColumns", { columns: 10_000 }, 60_000);
    expectAccounted(r, "10k columns");
    expect(r.loaded).toBe(3);
    expect(r.columnDiagnosticCount, JSON.stringify(r.columnDiagnostics.slice(0, 3))).toBe(1);
    const [one] = r.columnDiagnostics;
    for (let i = 1; i <= 20; i++) expect(one!.message, `names "Extra ${i}"`).toContain(`Extra ${i}"`);
    expect(one!.message).not.toContain("Extra 21");
    expect(one!.message).toMatch(/9,?980/);
    expect(r.cli.code).toBe(0);
    expect(r.cli.stderrLines, r.cli.stderr).toBeLessThanOrEqual(3);
  }, 70_000);
});

describe("extreme dates", () => {
  it("±8.64e15, beyond, Y-years, NaN, ±Infinity, -0 and invalid Dates: each loads or is named, quoting what was given", async () => {
    const r = await runIsolated("extremeDates", undefined, 30_000);
    expectAccounted(r, "extreme dates");
    const by = (input: string, end?: string) => r.outcome.find((o) => o.input === input && o.end === end)!;
    // The ends of what a Date holds are dates.
    expect(by("8640000000000000").loaded).not.toBeNull();
    expect(by("-8640000000000000").loaded).not.toBeNull();
    expect(by("-0").loaded).not.toBeNull();
    // Beyond them, or not numbers at all: an error that quotes the input as given (never "null").
    for (const [input, quoted] of [["NaN", "NaN"], ["Infinity", "Infinity"], ["-Infinity", "-Infinity"], ["8640000000000001", "8640000000000001"]]) {
      const o = by(input!);
      expect(o.loaded, input).toBeNull();
      expect(o.said.join(" "), input).toContain(`"${quoted}"`);
      expect(o.said.join(" "), input).not.toContain("null");
    }
    for (const end of ["NaN", "Infinity"]) expect(by('"2008"', end).said.join(" "), `end ${end}`).toContain(`"${end}"`);
    for (const o of r.outcome) expect(o.loaded !== null || o.said.some((s) => s.startsWith("error")), JSON.stringify(o)).toBe(true);
  }, 40_000);
});

describe("text that is not what it seems", () => {
  it("lone surrogates in every text field: loaded, and written out as well-formed text", async () => {
    const r = await runIsolated("loneSurrogates", undefined, 30_000);
    expectAccounted(r, "lone surrogates");
    expect(r.loaded).toBe(r.input);
  }, 40_000);

  it("a title with no visible character (zero-width, bidi controls, other default-ignorables) is missing; RTL text, controls around words and ZWJ emoji are kept as written", async () => {
    const r = await runIsolated("invisibleTitles", undefined, 30_000);
    expectAccounted(r, "invisible titles");
    const shown = r.outcome.filter((x) => !x.visible && (x.loaded !== null || !x.said.includes("error missing-title")));
    expect(shown.map((o) => `${o.input} → ${o.loaded === null ? o.said.join(", ") : "loaded"}`), "invisible titles that did not count as missing").toEqual([]);
    for (const o of r.outcome.filter((x) => x.visible)) expect(o.loaded, `${o.input} is kept as written`).not.toBeNull();
    expect(r.outcome.filter((x) => x.visible).map((o) => o.loaded)).toEqual(["مرحبا بالعالم", "שלום עולם", "👩‍👩‍👧 family", "\u202Eevil title \u202D more", "a\u200Bb", "🏳️‍🌈", "Zürich", "\u05D0\u202C"]);
    // Eras too, and the message speaks of an era.
    for (const era of r.eraOutcome) {
      expect(era.loaded).toBe(false);
      expect(era.said.join(" ")).toMatch(/missing-title/);
      expect(era.said.join(" ")).toMatch(/era/);
    }
  }, 40_000);
});
