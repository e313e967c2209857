/**
 * The `citeline` command: render a timeline file (JSON, CSV or TimelineJS) to a static SVG or a
 * standalone HTML page, printing the loader's diagnostics to stderr.
 *
 * ```sh
 * citeline render events.csv -o timeline.html --width 900 --locale en-GB --theme auto
 * ```
 *
 * Exit status: 0 when written (warnings and, without `--strict`, errors are only printed), 1 when
 * `--strict` and the input has errors, 2 on a usage error or input that cannot be read at all.
 *
 * @module
 */
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatDiagnostic } from "../diagnostics.js";
import { loadTimeline } from "../load.js";
import { cliEn as words } from "../messages/cli.js";
import { OPTION_FLAGS, readFlags, readingOptions } from "../options.js";
import { optionDoc } from "../options/docs.js";
import { renderPage, renderSvg } from "../write/page.js";
import { DraftUsageError, runDraft } from "./draft.js";
import { runStudio, StudioUsageError } from "./studio.js";

/** What the command reads and writes, so that it runs in tests without a process of its own. */
export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Read a UTF-8 text file; rejects when it cannot. */
  readFile(path: string): Promise<string>;
  /** A file's bytes, for input that may be in any encoding a spreadsheet is saved in. */
  readBytes(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  /** Directory that relative paths start from. */
  cwd: string;
}

// The command's own flags, then every rendering option that has a flag, from the options table.
const OWN = {
  output: { type: "string", short: "o" },
  strict: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;
// A flag with no placeholder is a switch (`--media`): given, it reads as the attribute's bare presence.
const FLAGS = Object.fromEntries(OPTION_FLAGS.map((o) => [o.flag[0].slice(2), { type: o.flag[1] === "" ? ("boolean" as const) : ("string" as const) }]));

// Help lines: the flag in a column of 22, its sentence wrapped to 96 characters beside it.
function helpLine(flag: string, sentence: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of sentence.split(" ")) {
    if (line && line.length + word.length + 1 > 72) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  // A flag too long for its column (and two spaces) has a line of its own, the sentence under it.
  const inColumn = flag.length <= 20;
  const head = inColumn ? "" : `  ${flag}\n`;
  return head + lines.map((text, i) => `  ${(i === 0 && inColumn ? flag : "").padEnd(22)}${text}\n`).join("");
}

/**
 * The command's help: its own flags, and one line per option flag with the sentence the options
 * table documents it with (the same as in docs/options.md).
 *
 * @example
 * ```ts
 * process.stdout.write(help());
 * ```
 */
export function help(): string {
  const flags = [
    helpLine("-o, --output <file>", words.flags.output),
    ...OPTION_FLAGS.map((o) => helpLine(`${o.flag[0]} ${o.flag[1]}`.trim(), optionDoc(o.name))),
    helpLine("--strict", words.flags.strict),
    helpLine("-h, --help", words.flags.help),
    helpLine("-v, --version", words.flags.version),
  ];
  return words.usage(flags.join(""));
}

class UsageError extends Error {}

/**
 * Run the command with `argv` (the arguments after `citeline`) and return the exit status.
 *
 * @example
 * ```ts
 * const code = await main(["render", "events.csv", "-o", "out.html"], nodeIO());
 * ```
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof StudioUsageError) && !(error instanceof DraftUsageError) && !isArgError(error)) throw error;
    io.stderr.write(words.usageError((error as Error).message));
    return 2;
  }
}

/** A render the command line asks for: the files, and the options read from the flags. */
interface Request {
  file: string;
  output: string;
  kind: "svg" | "html";
  strict: boolean;
  options: ReturnType<typeof readFlags>["options"];
}

async function run(argv: string[], io: CliIO): Promise<number> {
  // `citeline studio` serves the workbench until stopped (src/cli/studio.ts); it has flags of its own.
  if (argv[0] === "studio") return runStudio(argv.slice(1), io);
  // `citeline draft` drafts a timeline from an article's text (src/cli/draft.ts).
  if (argv[0] === "draft") return runDraft(argv.slice(1), io);
  const request = parse(argv);
  if (request === "help") {
    io.stdout.write(help());
    return 0;
  }
  if (request === "version") {
    io.stdout.write(words.version(await version(io)));
    return 0;
  }
  const { output, kind, options } = request;
  const loaded = await load(request, io);
  if (typeof loaded === "number") return loaded;
  const { timeline } = loaded;
  const css = await stylesheet(io);
  if (css === "") io.stderr.write(words.noStylesheet);
  // The locale picks the page's words, dates and digits together (see `languageOf`); the calendar
  // and the directions go with it.
  const { width, height, locale, theme, headingLevel, title, calendar, dir, timeDirection, breaks, media, view } = options;
  const render = { width, height, locale, theme, css, headingLevel, calendar, dir, timeDirection, breaks, media, view, ...(title === undefined ? {} : { title }) };
  const out = kind === "svg" ? renderSvg(timeline, render) : renderPage(timeline, render);
  try {
    await io.writeFile(resolve(io.cwd, output), out);
  } catch (error) {
    io.stderr.write(words.cannotWrite(output, reason(error, words.reasons.noFolder)));
    return 2;
  }
  io.stdout.write(words.wrote(output, timeline.events.length, timeline.sources.length));
  return 0;
}

// The command line, checked: a usage error is thrown, and every option is read by the options
// table's parsers, so `--locale it` reads exactly as `<cite-line locale="it">` does.
function parse(argv: string[]): Request | "help" | "version" {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { ...FLAGS, ...OWN } });
  if (values.help === true) return "help";
  if (values.version === true) return "version";
  const [command, file, ...rest] = positionals;
  if (command === undefined) throw new UsageError(words.noCommand);
  if (command !== "render") throw new UsageError(words.unknownCommand(command));
  if (file === undefined) throw new UsageError(words.noInput);
  if (rest.length > 0) throw new UsageError(words.unexpected(rest[0]!));
  const output = values.output;
  if (typeof output !== "string") throw new UsageError(words.noOutput);
  const kind = /\.svg$/i.test(output) ? "svg" : /\.html?$/i.test(output) ? "html" : undefined;
  if (!kind) throw new UsageError(words.outputKind(output));
  const { options, problems } = readFlags((flag) => {
    // parseArgs types only the flags it was given literally; the table's are strings or absent.
    const value = (values as Readonly<Record<string, unknown>>)[flag.slice(2)];
    return typeof value === "string" ? value : value === true ? "" : undefined;
  });
  if (problems[0] !== undefined) throw new UsageError(problems[0]);
  return { file, output, kind, strict: values.strict === true, options };
}

// Read and load the input, printing its diagnostics; an exit status when nothing can be written.
async function load(request: Request, io: CliIO): Promise<ReturnType<typeof loadTimeline> | number> {
  const { file, options } = request;
  let loaded: ReturnType<typeof loadTimeline>;
  try {
    const bytes = await io.readBytes(resolve(io.cwd, file));
    try {
      loaded = loadTimeline(bytes, { format: "auto", ...readingOptions(options) });
    } catch (error) {
      // The loader reports bad input as diagnostics; anything it throws still means unreadable input.
      io.stderr.write(words.cannotRead(file, reason(error)));
      return 2;
    }
  } catch (error) {
    io.stderr.write(words.cannotRead(file, reason(error)));
    return 2;
  }
  const { timeline, diagnostics } = loaded;
  for (const d of diagnostics) io.stderr.write(words.diagnostic(file, formatDiagnostic(d)));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  if (diagnostics.length > 0) io.stderr.write(words.tally(file, errors, diagnostics.length - errors));
  // An input that is not a timeline at all (bad JSON, no date column …) leaves nothing to draw.
  if (timeline.events.length === 0 && diagnostics.some((d) => d.severity === "error" && d.index === undefined)) {
    io.stderr.write(words.notATimeline(file));
    return 2;
  }
  if (request.strict && errors > 0) {
    io.stderr.write(words.strict(errors, file));
    return 1;
  }
  return loaded;
}

function reason(error: unknown, missing: string = words.reasons.missing): string {
  const e = error as NodeJS.ErrnoException;
  const { directory, denied } = words.reasons;
  return e.code === "ENOENT" ? missing : e.code === "EISDIR" ? directory : e.code === "EACCES" ? denied : (e.message ?? String(error));
}

// parseArgs reports unknown options and missing values with these codes.
function isArgError(error: unknown): boolean {
  return typeof error === "object" && error !== null && String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS_");
}

// Beside the built dist/cli.js sit dist/style.css and ../package.json; beside src/cli/cli.ts
// (tests, tsx) the stylesheet is ../write/theme.css and the package two folders up.
async function firstReadable(io: CliIO, candidates: string[]): Promise<string | undefined> {
  for (const relative of candidates) {
    try {
      return await io.readFile(fileURLToPath(new URL(relative, import.meta.url)));
    } catch {
      // try the next place
    }
  }
  return undefined;
}

// Beside the sources, theme.css imports its parts (./theme/*.css): each is written in its place, as
// the build does (scripts/stylesheet.mjs), so that the page needs nothing else.
const PART_IMPORT = /^@import "\.\/([\w/-]+\.css)";$/gm;

async function stylesheet(io: CliIO): Promise<string> {
  const built = await firstReadable(io, ["./style.css"]);
  if (built !== undefined) return built;
  const index = (await firstReadable(io, ["../write/theme.css"])) ?? "";
  const parts = await Promise.all([...index.matchAll(PART_IMPORT)].map((m) => firstReadable(io, [`../write/${m[1]!}`])));
  return index.replace(PART_IMPORT, () => (parts.shift() ?? "").trimEnd());
}

async function version(io: CliIO): Promise<string> {
  for (const relative of ["../package.json", "../../package.json"]) {
    const text = await firstReadable(io, [relative]);
    try {
      const pkg = JSON.parse(text ?? "") as { name?: string; version?: string };
      if (pkg.name === "citeline" && pkg.version) return pkg.version;
    } catch {
      // not this one
    }
  }
  return words.unknownVersion;
}

/** The real process: its streams, the file system and working directory. */
export function nodeIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path, "utf8"),
    readBytes: (path) => readFile(path),
    writeFile: (path, text) => writeFile(path, text, "utf8"),
    cwd: process.cwd(),
  };
}

/** Run with the process's arguments and set its exit code: what `bin/citeline.js` calls. */
export async function cli(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), nodeIO());
}
