// Run a robustness task (test/robustness/tasks.ts) in a worker thread with a hard time limit: a
// task that hangs (quadratic work on a huge sheet, an endless loop on a cycle) is terminated and the
// test fails with "did not finish", instead of hanging the suite. A task that throws fails the test
// with the error it threw (a RangeError from deep recursion, say). The limit is a leash, not a
// speed target: it is set well above what the work needs on a busy machine.
import { Worker } from "node:worker_threads";
import type { TaskName, Tasks } from "./tasks.js";

/** What a task returns, by name. */
export type Result<K extends TaskName> = Awaited<ReturnType<Tasks[K]>>;

/**
 * Run `task(arg)` in a fresh worker; resolve with its result, reject with what it threw, or
 * terminate it and reject when it has not finished within `limitMs`.
 */
export function runIsolated<K extends TaskName>(task: K, arg: Parameters<Tasks[K]>[0], limitMs: number): Promise<Result<K>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./worker.mjs", import.meta.url), {
      workerData: { task, arg },
      // Room for 55,000 rows and their markup; a runaway allocation still ends the worker, not the
      // suite. The stack is a main thread's (V8's default, about 1 MB), not a worker's larger 4 MB:
      // a recursion that overflows in a browser tab or in the CLI must overflow here too.
      resourceLimits: { maxOldGenerationSizeMb: 3072, stackSizeMb: 1 },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`${task} did not finish within ${limitMs.toLocaleString("en")} ms: the worker was terminated (a hang, or work that grows too fast)`))), limitMs);
    worker.on("message", (message: { ok: true; value: Result<K> } | { ok: false; error: string }) =>
      finish(() => (message.ok ? resolve(message.value) : reject(new Error(`${task} threw: ${message.error}`)))),
    );
    worker.on("error", (error) => finish(() => reject(new Error(`${task} crashed its worker: ${error.stack ?? String(error)}`))));
    worker.on("exit", (code) => finish(() => reject(new Error(`${task} ended its worker (exit code ${code}) without an answer`))));
  });
}
