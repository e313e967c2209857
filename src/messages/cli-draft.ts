/**
 * The words of `citeline draft`, in English (the command speaks to whoever runs it; the draft's
 * own words are in the article's language, from the chart's messages).
 *
 * @module
 */

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** What `citeline draft` prints. Lines end in a newline. */
export const cliDraftEn = {
  help: `Usage: citeline draft <article.txt> [-o draft.json] [--published <date>] [options]

Draft a timeline from a news article's text: every date in it (found by chrono-node) becomes an
event at the precision its words give, quoting its sentence and marked as a draft ("draft": true)
until you have checked it. Relative dates ("on Sunday", "this summer") count from the
publication date, or from a dateline at the head of the text ("BAGHDAD, June 9 —").

Options:
  -o, --output <file>   Where to write the draft (native JSON); without it, standard output.
  --published <date>    When the article was published, as EDTF (2008-06-09).
  --publisher <name>    Who published it: the publisher of every event's citation.
  --title <text>        The article's title: the timeline's and every citation's.
  --url <address>       Where to read the article (http or https).
  --locale <tag>        The article's language (default en); en-GB reads 9/6/2008 as 9 June.
  -h, --help            Show this help.

What could not be dated goes to stderr, one line each, naming its sentence (text[n]).
Exit status: 0 drafted, 2 usage error or a file that cannot be read or written.
`,
  wrote: (output: string, events: number, warnings: number) => `Wrote ${output}: ${count(events, "draft event")}, ${count(warnings, "warning")}.\n`,
  badPublished: (value: string) => `--published "${value}" is not a date citeline can read; write it as EDTF, such as 2008-06-09.`,
  unexpected: (argument: string) => `unexpected argument "${argument}".`,
  noInput: "no article given: citeline draft <article.txt>.",
} as const;
