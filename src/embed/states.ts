/**
 * What an embed shows in place of the timeline while there is none: the loading state, a readable
 * failure, and the data's diagnostics listed for the editor, all in the reader's language. All
 * text goes in as text.
 *
 * @module
 */
import type { Diagnostic } from "../diagnostics.js";
import { en, type Messages } from "../messages/index.js";

const MAX_LISTED = 200;

/** The words the embed's states say: its own, and the diagnostics' sentences. */
export type StateWords = Pick<Messages, "embed" | "diagnostics">;

/** Replace what `box` shows with the loading state: `<p class="cl-loading" role="status">`. */
export function showLoading(box: HTMLElement, loading: string = en.embed.loading): void {
  const doc = box.ownerDocument;
  const p = doc.createElement("p");
  p.className = "cl-loading";
  p.setAttribute("role", "status");
  p.textContent = loading;
  box.replaceChildren(p);
}

/**
 * Replace what `box` shows with a failure: `<div class="cl-error" role="alert">` with the
 * message, and the diagnostics (if any) in a `<details>` for the editor.
 */
export function showError(box: HTMLElement, message: string, diagnostics: readonly Diagnostic[] = [], words: StateWords = en): void {
  const doc = box.ownerDocument;
  const error = doc.createElement("div");
  error.className = "cl-error";
  error.setAttribute("role", "alert");
  const title = doc.createElement("p");
  title.className = "cl-error-title";
  title.textContent = words.embed.failed;
  const detail = doc.createElement("p");
  detail.className = "cl-error-message";
  detail.textContent = message;
  error.append(title, detail);
  if (diagnostics.length > 0) error.append(diagnosticList(doc, diagnostics, words));
  box.replaceChildren(error);
}

/**
 * A collapsed `<details class="cl-diagnostics">` listing every diagnostic, one line each (the
 * first 200, and how many more): in English as `formatDiagnostic` writes it, in another
 * language from its code, value, field, what it read a date as, the readings of an ambiguous
 * date, why a date was refused, or quotes of the input.
 */
export function diagnosticList(doc: Document, diagnostics: readonly Diagnostic[], words: StateWords = en): HTMLDetailsElement {
  const details = doc.createElement("details");
  details.className = "cl-diagnostics";
  const summary = doc.createElement("summary");
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  summary.textContent = words.embed.forTheEditor(errors, diagnostics.length - errors);
  const list = doc.createElement("ul");
  for (const d of diagnostics.slice(0, MAX_LISTED)) {
    const item = doc.createElement("li");
    item.className = `cl-diagnostic cl-diagnostic-${d.severity}`;
    item.textContent = diagnosticLine(d, words);
    list.append(item);
  }
  if (diagnostics.length > MAX_LISTED) {
    const more = doc.createElement("li");
    more.textContent = words.embed.andMore(diagnostics.length - MAX_LISTED);
    list.append(more);
  }
  details.append(summary, list);
  return details;
}

/**
 * A diagnostic as the reader's language says it. English's own sentences are the diagnostic's
 * `message` (with its details, which are English); another language's are made from its code,
 * value and field, and its `readAs` and `detail` where it has them, since a diagnostic keeps its
 * English `message` for developers.
 *
 * @example
 * ```ts
 * diagnosticLine(d, languageOf({ locale: "fa" }).messages); // "events[1]، سطر ۳، Date: خطا date-ambiguous: «03/04/2008» مبهم است. …"
 * ```
 */
export function diagnosticLine(d: Diagnostic, words: StateWords = en): string {
  const own = words.diagnostics[d.code] === en.diagnostics[d.code];
  // The diagnostic is its own parts: a sentence reads what it needs of it (value, field, readAs, detail).
  const sentence = own ? d.message : words.diagnostics[d.code](d);
  return words.embed.diagnosticLine(words.embed.diagnosticPlace(d.section, d.index, d.line, d.field), d.severity, d.code, sentence);
}

/** Why a loaded timeline cannot be drawn (it has no events), or undefined when it can. */
export function emptyMessage(eventCount: number, diagnostics: readonly Diagnostic[], where: string, words: Pick<Messages["embed"], "noEventRead" | "noEvents"> = en.embed): string | undefined {
  if (eventCount > 0) return undefined;
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return errors > 0 ? words.noEventRead(where, errors) : words.noEvents(where);
}
