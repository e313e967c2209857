/**
 * The words of the `citeline` command, in English: its help and what it prints. The help's lines
 * for the rendering options come from the options table (one sentence each, shared with
 * docs/options.md); the lines here are the command's own flags.
 *
 * @module
 */

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The command's words. Lines it prints end in a newline. */
export const cliEn = {
  /** The help: `options` is the flag lines, already laid out. */
  usage: (options: string) => `Usage: citeline render <file> -o <out.html|out.svg> [options]
       citeline studio [--port <n>] [--host <address>]   (the workbench in your browser; citeline studio --help)
       citeline draft <article.txt> [-o draft.json] [--published <date>]   (a first draft from an article; citeline draft --help)

Render a timeline (JSON, CSV or TimelineJS) to a standalone HTML page or a static SVG.

Options:
${options}
Problems in the input go to stderr, one a line, with the row's line number for a CSV.
Exit status: 0 written, 1 errors with --strict, 2 usage error or input that cannot be read.
`,
  /** The command's own flags, for the help. */
  flags: {
    output: "Where to write: .html (a page with the chart, the event list and the sources) or .svg (the chart alone, with its stylesheet inlined).",
    strict: "Exit 1, writing nothing, when the input has errors.",
    help: "Show this help.",
    version: "Show the version.",
  },
  version: (version: string) => `citeline ${version}\n`,
  unknownVersion: "unknown",
  /** A usage error, and where to read about usage. */
  usageError: (message: string) => `citeline: ${message}\nRun "citeline --help" for usage.\n`,
  noCommand: "no command given.",
  unknownCommand: (command: string) => `unknown command "${command}"; the commands are "render", "draft" and "studio".`,
  noInput: "no input file given.",
  unexpected: (argument: string) => `unexpected argument "${argument}".`,
  noOutput: "no output file given (-o out.html or -o out.svg).",
  outputKind: (output: string) => `the output "${output}" must end in .html or .svg.`,
  cannotRead: (file: string, why: string) => `citeline: cannot read ${file}: ${why}\n`,
  cannotWrite: (file: string, why: string) => `citeline: cannot write ${file}: ${why}\n`,
  notATimeline: (file: string) => `citeline: cannot read ${file} as a timeline; nothing was written.\n`,
  strict: (errors: number, file: string) => `citeline: --strict: ${count(errors, "error")} in ${file}; nothing was written.\n`,
  noStylesheet: "citeline: warning: citeline's stylesheet was not found beside the command; the chart is unstyled.\n",
  /** One diagnostic, as `formatDiagnostic` wrote it, after the file's name. */
  diagnostic: (file: string, line: string) => `${file}: ${line}\n`,
  tally: (file: string, errors: number, warnings: number) => `${file}: ${count(errors, "error")}, ${count(warnings, "warning")}.\n`,
  wrote: (output: string, events: number, sources: number) => `Wrote ${output}: ${count(events, "event")}, ${count(sources, "source")}.\n`,
  /** Why a file could not be read or written, by the system's error code. */
  reasons: { missing: "no such file", noFolder: "its folder does not exist", directory: "it is a directory", denied: "permission denied" },
} as const;
