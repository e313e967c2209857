/**
 * `citeline draft`: a first draft of a timeline from a news article's text, as native JSON, with
 * what could not be dated on stderr.
 *
 * ```sh
 * citeline draft article.txt --published 2008-06-09 --publisher "The New York Times" -o draft.json
 * ```
 *
 * @module
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { diagnostic, formatDiagnostic } from "../diagnostics.js";
import { draftTimeline, type DraftOptions } from "../draft/draft.js";
import { cliDraftEn as words } from "../messages/cli-draft.js";
import { cliEn } from "../messages/cli.js";
import { decodeText } from "../parse/decode.js";
import type { CliIO } from "./cli.js";

/** A mistake in how `citeline draft` was called: the command prints it with the usage hint, exit 2. */
export class DraftUsageError extends Error {}

const FLAGS = {
  output: { type: "string", short: "o" },
  published: { type: "string" },
  publisher: { type: "string" },
  title: { type: "string" },
  url: { type: "string" },
  locale: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Run `citeline draft` with its arguments (those after `draft`) and return the exit status: 0 when
 * drafted (whatever could not be dated is only reported), 2 on a usage error or a file that cannot
 * be read or written.
 *
 * @example
 * ```ts
 * const code = await runDraft(["article.txt", "--published", "2008-06-09", "-o", "draft.json"], nodeIO());
 * ```
 */
export async function runDraft(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: FLAGS });
  if (values.help === true) {
    io.stdout.write(words.help);
    return 0;
  }
  const [file, ...rest] = positionals;
  if (file === undefined) throw new DraftUsageError(words.noInput);
  if (rest.length > 0) throw new DraftUsageError(words.unexpected(rest[0]!));
  let text: string;
  try {
    // An article saved from a Western Windows editor is Windows-1252, and UTF-16 from some: read in
    // the encoding it is in, as the loader reads a sheet, and said where that is a guess.
    const decoded = decodeText(await io.readBytes(resolve(io.cwd, file)));
    text = decoded.text;
    if (decoded.encoding === "windows-1252") io.stderr.write(cliEn.diagnostic(file, formatDiagnostic(diagnostic("text-encoding", { section: "timeline" }, { value: "Windows-1252" }))));
  } catch (error) {
    io.stderr.write(cliEn.cannotRead(file, reason(error)));
    return 2;
  }
  const options: DraftOptions = {};
  for (const key of ["published", "publisher", "title", "url", "locale"] as const) if (values[key] !== undefined) options[key] = values[key];
  const { timeline, diagnostics } = draftTimeline(text, options);
  if (diagnostics.some((d) => d.field === "published")) throw new DraftUsageError(words.badPublished(values.published ?? ""));
  for (const d of diagnostics) io.stderr.write(cliEn.diagnostic(file, formatDiagnostic(d)));
  const json = `${JSON.stringify(timeline, null, 2)}\n`;
  if (values.output === undefined) {
    io.stdout.write(json);
    return 0;
  }
  try {
    await io.writeFile(resolve(io.cwd, values.output), json);
  } catch (error) {
    io.stderr.write(cliEn.cannotWrite(values.output, reason(error, cliEn.reasons.noFolder)));
    return 2;
  }
  io.stdout.write(words.wrote(values.output, timeline.events.length, diagnostics.length));
  return 0;
}

function reason(error: unknown, missing: string = cliEn.reasons.missing): string {
  const e = error as NodeJS.ErrnoException;
  const { directory, denied } = cliEn.reasons;
  return e.code === "ENOENT" ? missing : e.code === "EISDIR" ? directory : e.code === "EACCES" ? denied : (e.message ?? String(error));
}
