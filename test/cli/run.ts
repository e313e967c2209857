// Running the command in-process, as the tests do: its exit code and what it printed.
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { main, type CliIO } from "../../src/cli/cli.js";

export const ROOT = resolve(import.meta.dirname, "../..");

/** Run `citeline …argv` in `cwd`, collecting what it prints. */
export async function runCliIn(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    readFile: (path) => readFile(path, "utf8"),
    readBytes: (path) => readFile(path),
    writeFile: (path, text) => writeFile(path, text, "utf8"),
    cwd,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Run `citeline …argv` from the repository's root. */
export function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCliIn(ROOT, ...argv);
}
