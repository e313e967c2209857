// The robustness harness itself: a task that never ends is terminated at its limit and fails, and
// one that throws fails with what it threw — so a hang or a crash in the cases fails them, quickly.
import { describe, expect, it } from "vitest";
import { runIsolated } from "./isolate.js";

describe("runIsolated", () => {
  it("terminates a task that never ends, and fails", async () => {
    await expect(runIsolated("spin", undefined, 2_000)).rejects.toThrow(/spin did not finish within 2,000 ms/);
  }, 15_000);

  it("fails with the error a task threw", async () => {
    await expect(runIsolated("overflow", undefined, 10_000)).rejects.toThrow(/RangeError: Maximum call stack size exceeded/);
  }, 15_000);
});
