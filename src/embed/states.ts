/**
 * What an embed shows in place of the timeline while there is none: the loading state, a readable
 * failure, and the data's diagnostics listed for the editor. All text goes in as text.
 *
 * @module
 */
import { formatDiagnostic, type Diagnostic } from "../diagnostics.js";
import { embedEn } from "../messages/embed.js";

const MAX_LISTED = 200;

/** Replace what `box` shows with the loading state: `<p class="cl-loading" role="status">`. */
export function showLoading(box: HTMLElement): void {
  const doc = box.ownerDocument;
  const loading = doc.createElement("p");
  loading.className = "cl-loading";
  loading.setAttribute("role", "status");
  loading.textContent = embedEn.loading;
  box.replaceChildren(loading);
}

/**
 * Replace what `box` shows with a failure: `<div class="cl-error" role="alert">` with the
 * message, and the diagnostics (if any) in a `<details>` for the editor.
 */
export function showError(box: HTMLElement, message: string, diagnostics: readonly Diagnostic[] = []): void {
  const doc = box.ownerDocument;
  const error = doc.createElement("div");
  error.className = "cl-error";
  error.setAttribute("role", "alert");
  const title = doc.createElement("p");
  title.className = "cl-error-title";
  title.textContent = embedEn.failed;
  const detail = doc.createElement("p");
  detail.className = "cl-error-message";
  detail.textContent = message;
  error.append(title, detail);
  if (diagnostics.length > 0) error.append(diagnosticList(doc, diagnostics));
  box.replaceChildren(error);
}

/**
 * A collapsed `<details class="cl-diagnostics">` listing every diagnostic, one line each, as
 * {@link formatDiagnostic} writes it (the first 200, and how many more).
 */
export function diagnosticList(doc: Document, diagnostics: readonly Diagnostic[]): HTMLDetailsElement {
  const details = doc.createElement("details");
  details.className = "cl-diagnostics";
  const summary = doc.createElement("summary");
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  summary.textContent = embedEn.forTheEditor(errors, diagnostics.length - errors);
  const list = doc.createElement("ul");
  for (const d of diagnostics.slice(0, MAX_LISTED)) {
    const item = doc.createElement("li");
    item.className = `cl-diagnostic cl-diagnostic-${d.severity}`;
    item.textContent = formatDiagnostic(d);
    list.append(item);
  }
  if (diagnostics.length > MAX_LISTED) {
    const more = doc.createElement("li");
    more.textContent = embedEn.andMore(diagnostics.length - MAX_LISTED);
    list.append(more);
  }
  details.append(summary, list);
  return details;
}

/** Why a loaded timeline cannot be drawn (it has no events), or undefined when it can. */
export function emptyMessage(eventCount: number, diagnostics: readonly Diagnostic[], where: string): string | undefined {
  if (eventCount > 0) return undefined;
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return errors > 0 ? embedEn.noEventRead(where, errors) : embedEn.noEvents(where);
}
