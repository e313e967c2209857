// Running the command in-process, as the tests do: its exit code and what it wrote to stderr.
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { main, type CliIO } from "../../src/cli/cli.js";

export const ROOT = resolve(import.meta.dirname, "../..");

/** Run `citeline …argv` from the repository's root. */
export async function runCli(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const io: CliIO = {
    stdout: { write: () => true },
    stderr: { write: (t: string) => (stderr += t) },
    readFile: (path) => readFile(path, "utf8"),
    writeFile: (path, text) => writeFile(path, text, "utf8"),
    cwd: ROOT,
  };
  return { code: await main(argv, io), stderr };
}
