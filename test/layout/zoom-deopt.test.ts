// @vitest-environment node
// A wide zoom's layout loops over every event in reach, and its first steps run before V8 has
// compiled it all: a loop V8 compiled while it ran (on-stack replacement) must not be followed,
// in the same function, by code that had not yet run, or V8 throws that compiled code away there
// at every later call (see src/layout/extremes.ts). Before each hot loop had a function of its
// own, the five steps below threw away `pack`'s and `clusters`' code dozens of times. Not timed:
// this counts what Node's V8 reports, on the built dist/ (`npm test` builds first).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const built = existsSync(new URL("../../dist/core.js", import.meta.url));
const SCRIPT = fileURLToPath(new URL("./zoom-deopt.mjs", import.meta.url));

describe.runIf(built)("a wide zoom's first steps in V8", () => {
  it("never throw the same compiled code away again and again", () => {
    // V8 compiles on the main thread here, so what it compiles, and when, is the same in every
    // run: with its background compiler, whether a loop's code is ready before the first call's
    // loop ends depends on the machine's load, and the code before this change threw its code away
    // again and again in one run of two.
    const flags = ["--trace-deopt", "--no-concurrent-osr", "--no-concurrent-recompilation"];
    const out = execFileSync(process.execPath, [...flags, SCRIPT], { env: { ...process.env, COUNT: "100000" }, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
    const steps = out.slice(out.indexOf("STEPS\n"));
    expect(out).toContain("STEPS\n");
    // Code compiled, thrown away, and compiled again afresh is V8 learning what a zoom step does
    // that a first layout did not (a new optimisation id each time); the same code (one id) thrown
    // away at every call is the loop compiled while it ran, re-entered at each call.
    const byCode = new Map<string, number>();
    for (const [, name, id] of steps.matchAll(/\[bailout \(kind: deopt-[^)]*\): begin\. deoptimizing [^<]*<JSFunction (\S+) [^>]*>, [^,]*, opt id (\d+)/g)) byCode.set(`${name} (opt id ${id})`, (byCode.get(`${name} (opt id ${id})`) ?? 0) + 1);
    expect(byCode.size).toBeGreaterThan(0);
    expect([...byCode].filter(([, count]) => count > 1)).toEqual([]);
  }, 60_000);
});
