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
import type { Locale } from "date-fns";
import { de } from "date-fns/locale/de";
import { enGB } from "date-fns/locale/en-GB";
import { enUS } from "date-fns/locale/en-US";
import { es } from "date-fns/locale/es";
import { fr } from "date-fns/locale/fr";
import { it } from "date-fns/locale/it";
import { nl } from "date-fns/locale/nl";
import { pt } from "date-fns/locale/pt";
import { formatDiagnostic } from "../diagnostics.js";
import { loadTimeline } from "../load.js";
import { renderPage, renderSvg } from "../write/page.js";
import type { InputFormat } from "../types.js";

/** What the command reads and writes, so that it runs in tests without a process of its own. */
export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Read a UTF-8 text file; rejects when it cannot. */
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  /** Directory that relative paths start from. */
  cwd: string;
}

/** The locales `--locale` knows, by BCP 47 tag. */
export const LOCALES: Readonly<Record<string, Locale>> = { "en-GB": enGB, "en-US": enUS, en: enGB, de, fr, es, it, nl, pt };

const FORMATS = ["auto", "json", "csv", "timelinejs"] as const;
const THEMES = ["light", "dark", "auto"] as const;
const DATE_FORMATS = ["DMY", "MDY"] as const;

const HELP = `Usage: citeline render <file> -o <out.html|out.svg> [options]

Render a timeline (JSON, CSV or TimelineJS) to a standalone HTML page or a static SVG.

Options:
  -o, --output <file>   Where to write: .html (page with the chart, event list and sources)
                        or .svg (the chart alone, with its stylesheet inlined)
  --width <px>          Width of the chart (default 800)
  --height <px>         Height of the chart (default 420)
  --locale <tag>        Dates in ${Object.keys(LOCALES).join(", ")} (default en-GB)
  --theme <name>        light, dark or auto (default light)
  --title <text>        Title of the chart and page (default the timeline's own)
  --heading-level <n>   Level of the Events and Sources headings, 1 to 6
                        (default 2, under the page's h1 title)
  --format <name>       auto, json, csv or timelinejs (default auto)
  --date-format <order> DMY or MDY: how to read all-numeric dates such as 7/6/2008
                        (default: refuse them as ambiguous)
  --strict              Exit 1, writing nothing, when the input has errors
  -h, --help            Show this help
  -v, --version         Show the version

Problems in the input go to stderr, one a line, with the row's line number for a CSV.
Exit status: 0 written, 1 errors with --strict, 2 usage error or input that cannot be read.
`;

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
    if (!(error instanceof UsageError) && !isArgError(error)) throw error;
    io.stderr.write(`citeline: ${(error as Error).message}\nRun "citeline --help" for usage.\n`);
    return 2;
  }
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: "string", short: "o" },
      width: { type: "string" },
      height: { type: "string" },
      locale: { type: "string" },
      theme: { type: "string" },
      title: { type: "string" },
      "heading-level": { type: "string" },
      format: { type: "string" },
      "date-format": { type: "string" },
      strict: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`citeline ${await version(io)}\n`);
    return 0;
  }
  const [command, file, ...rest] = positionals;
  if (command === undefined) throw new UsageError("no command given.");
  if (command !== "render") throw new UsageError(`unknown command "${command}"; the command is "render".`);
  if (file === undefined) throw new UsageError("no input file given.");
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}".`);
  if (values.output === undefined) throw new UsageError("no output file given (-o out.html or -o out.svg).");
  const kind = /\.svg$/i.test(values.output) ? "svg" : /\.html?$/i.test(values.output) ? "html" : undefined;
  if (!kind) throw new UsageError(`the output "${values.output}" must end in .html or .svg.`);
  const width = size("--width", values.width);
  const height = size("--height", values.height);
  const locale = localeOf(values.locale);
  const theme = oneOf("--theme", values.theme ?? "light", THEMES);
  const format: InputFormat = oneOf("--format", values.format ?? "auto", FORMATS);
  const headingLevel = level(values["heading-level"]);
  const dateFormat = values["date-format"] === undefined ? undefined : oneOf("--date-format", values["date-format"].toUpperCase(), DATE_FORMATS);

  let text: string;
  try {
    text = await io.readFile(resolve(io.cwd, file));
  } catch (error) {
    io.stderr.write(`citeline: cannot read ${file}: ${reason(error)}\n`);
    return 2;
  }
  let loaded: ReturnType<typeof loadTimeline>;
  try {
    loaded = loadTimeline(text, dateFormat === undefined ? { format } : { format, dateFormat });
  } catch (error) {
    // The loader reports bad input as diagnostics; anything it throws still means unreadable input.
    io.stderr.write(`citeline: cannot read ${file}: ${reason(error)}\n`);
    return 2;
  }
  const { timeline, diagnostics } = loaded;
  for (const d of diagnostics) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length > 0) io.stderr.write(`${file}: ${count(errors, "error")}, ${count(warnings, "warning")}.\n`);
  // An input that is not a timeline at all (bad JSON, no date column …) leaves nothing to draw.
  if (timeline.events.length === 0 && diagnostics.some((d) => d.severity === "error" && d.index === undefined)) {
    io.stderr.write(`citeline: cannot read ${file} as a timeline; nothing was written.\n`);
    return 2;
  }
  if (values.strict && errors > 0) {
    io.stderr.write(`citeline: --strict: ${count(errors, "error")} in ${file}; nothing was written.\n`);
    return 1;
  }

  const css = await stylesheet(io);
  if (css === "") io.stderr.write("citeline: warning: citeline's stylesheet was not found beside the command; the chart is unstyled.\n");
  const options = { width, height, locale, theme, css, headingLevel, ...(values.title === undefined ? {} : { title: values.title }) };
  const out = kind === "svg" ? renderSvg(timeline, options) : renderPage(timeline, options);
  try {
    await io.writeFile(resolve(io.cwd, values.output), out);
  } catch (error) {
    io.stderr.write(`citeline: cannot write ${values.output}: ${reason(error, "its folder does not exist")}\n`);
    return 2;
  }
  io.stdout.write(`Wrote ${values.output}: ${count(timeline.events.length, "event")}, ${count(timeline.sources.length, "source")}.\n`);
  return 0;
}

function size(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 120 || n > 20000) throw new UsageError(`${name} must be a whole number of px from 120 to 20000; got "${value}".`);
  return n;
}

function level(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-6]$/.test(value.trim())) throw new UsageError(`--heading-level must be a whole number from 1 to 6; got "${value}".`);
  return Number(value.trim());
}

function localeOf(tag: string | undefined): Locale | undefined {
  if (tag === undefined) return undefined;
  const key = Object.keys(LOCALES).find((k) => k.toLowerCase() === tag.replace("_", "-").toLowerCase());
  if (key === undefined) throw new UsageError(`unknown locale "${tag}"; citeline knows ${Object.keys(LOCALES).join(", ")}.`);
  return LOCALES[key];
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${name} must be one of ${allowed.join(", ")}; got "${value}".`);
  return value as T;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function reason(error: unknown, missing = "no such file"): string {
  const e = error as NodeJS.ErrnoException;
  return e.code === "ENOENT" ? missing : e.code === "EISDIR" ? "it is a directory" : e.code === "EACCES" ? "permission denied" : (e.message ?? String(error));
}

// parseArgs reports unknown options and missing values with these codes.
function isArgError(error: unknown): boolean {
  return typeof error === "object" && error !== null && String((error as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS_");
}

// Beside the built dist/cli.js sit dist/style.css and ../package.json; beside src/cli/cli.ts
// (tests, tsx) the stylesheet is ../render/theme.css and the package two folders up.
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

async function stylesheet(io: CliIO): Promise<string> {
  return (await firstReadable(io, ["./style.css", "../render/theme.css"])) ?? "";
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
  return "unknown";
}

/** The real process: its streams, the file system and working directory. */
export function nodeIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path, "utf8"),
    writeFile: (path, text) => writeFile(path, text, "utf8"),
    cwd: process.cwd(),
  };
}

/** Run with the process's arguments and set its exit code: what `bin/citeline.js` calls. */
export async function cli(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), nodeIO());
}
