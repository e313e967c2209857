// The worker of test/robustness/isolate.ts: registers tsx (a worker does not inherit the test
// runner's TypeScript loader), runs one task of tasks.ts and posts its result or what it threw.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { tasks } = await import("./tasks.ts");
try {
  const value = await tasks[workerData.task](workerData.arg);
  parentPort.postMessage({ ok: true, value });
} catch (error) {
  parentPort.postMessage({ ok: false, error: error instanceof Error ? `${error.name}: ${error.message}\n${(error.stack ?? "").split("\n").slice(1, 8).join("\n")}` : String(error) });
}
