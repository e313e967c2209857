/**
 * What an embed says about problems, and to whom: the reader gets one sentence in place of the
 * timeline (never a stack), the editor the console, once per problem.
 *
 * @module
 */
import { formatDiagnostic, type Diagnostic } from "../diagnostics.js";
import { embedEn } from "../messages/embed.js";

/** Report problems with markup once per embed, as console warnings (never to the reader). */
export function warnMarkup(problems: readonly string[], seen: Set<string>): void {
  for (const problem of problems) {
    if (seen.has(problem)) continue;
    seen.add(problem);
    console.warn(embedEn.markup(problem));
  }
}

/** One console warning for a timeline drawn despite problems in its data, each on its own line. */
export function warnDiagnostics(diagnostics: readonly Diagnostic[], where: string, listed: boolean): void {
  if (diagnostics.length === 0) return;
  console.warn(embedEn.problemsIn(diagnostics.length, where, listed), ...diagnostics.map((d) => `\n  ${formatDiagnostic(d)}`));
}

/**
 * An exception as a sentence for the reader: its message (never a stack), shortened when long;
 * `unexpected` (in the reader's words) for one whose message cannot even be turned into text.
 */
export function messageOf(thrown: unknown, unexpected: string = embedEn.unexpected): string {
  let text: string;
  try {
    text = thrown instanceof Error ? String(thrown.message) : String(thrown);
  } catch {
    // Something whose conversion to text throws in turn: no detail to give.
    text = unexpected;
  }
  const short = text.length > 300 ? `${text.slice(0, 299)}…` : text;
  return /[.!?…]$/.test(short) ? short : `${short}.`;
}
