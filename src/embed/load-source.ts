/**
 * What `<cite-line src>` and `<div data-citeline>` share: fetching the data the embedder asked
 * for (and nothing else), and telling the reader how that went, in place: a loading state, a
 * readable failure, and the diagnostics listed for the editor. All text goes in as text.
 *
 * @module
 */
import { formatDiagnostic, type Diagnostic } from "../diagnostics.js";

const FETCHABLE = ["http:", "https:", "blob:"];

/**
 * Why the data could not be fetched; `message` is a sentence for the reader.
 *
 * @example
 * ```ts
 * try {
 *   await fetchSource("https://example.org/events.csv");
 * } catch (e) {
 *   if (e instanceof SourceError) console.warn(e.message); // a sentence for the reader
 * }
 * ```
 */
export class SourceError extends Error {
  override name = "SourceError";
}

/**
 * Fetched data: the text and the URL it came from (after redirects).
 *
 * @example
 * ```ts
 * const { text, url } = await fetchSource("events.csv");
 * console.log(url, loadTimeline(text).timeline.events.length);
 * ```
 */
export interface FetchedSource {
  text: string;
  url: string;
}

/**
 * Fetch the data at `src` (relative to the page): one request, to that URL only. Fails with a
 * {@link SourceError} whose message a reader can understand: a network failure, an HTTP status,
 * or a web page where data was expected (an unpublished Google Sheet answers with its sign-in page).
 *
 * @example
 * ```ts
 * const { text } = await fetchSource("events.csv");
 * ```
 */
export async function fetchSource(src: string, init: { signal?: AbortSignal } = {}): Promise<FetchedSource> {
  const where = quote(src);
  let url: URL;
  try {
    url = new URL(src, typeof document === "undefined" ? undefined : document.baseURI);
  } catch {
    throw new SourceError(`${where} is not a valid web address.`);
  }
  if (!FETCHABLE.includes(url.protocol)) throw new SourceError(`${where} is not a web address: only http and https addresses are fetched.`);
  let response: Response;
  try {
    response = await fetch(url, { signal: init.signal, credentials: "same-origin" });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new SourceError(`The request for ${where} failed: the network may be down, or the site holding the data does not allow this page to read it.`);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    throw new SourceError(response.status === 404 ? `${where} was not found (the server answered ${status}).` : `The server answered ${status} for ${where}.`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new SourceError(`The data at ${where} could not be read to the end.`);
  }
  if (/text\/html/i.test(response.headers.get("content-type") ?? "") && /^\s*</.test(text)) {
    throw new SourceError(
      `${where} is a web page, not data (JSON or CSV). For a Google Sheet, use File › Share › Publish to web, choose "Comma-separated values (.csv)", and use that link.`,
    );
  }
  return { text, url: response.url || url.href };
}

/** A data URL as the reader sees it in a message: quoted, and shortened when very long. */
export function quote(src: string): string {
  return `"${src.length > 120 ? `${src.slice(0, 117)}…` : src}"`;
}

const MAX_LISTED = 200;

/** Replace what `box` shows with the loading state: `<p class="cl-loading" role="status">`. */
export function showLoading(box: HTMLElement): void {
  const doc = box.ownerDocument;
  const loading = doc.createElement("p");
  loading.className = "cl-loading";
  loading.setAttribute("role", "status");
  loading.textContent = "Loading timeline…";
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
  title.textContent = "The timeline could not be shown.";
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
  const warnings = diagnostics.length - errors;
  summary.textContent = `For the editor: ${[count(errors, "error"), count(warnings, "warning")].filter(Boolean).join(" and ")} in the data`;
  const list = doc.createElement("ul");
  for (const d of diagnostics.slice(0, MAX_LISTED)) {
    const item = doc.createElement("li");
    item.className = `cl-diagnostic cl-diagnostic-${d.severity}`;
    item.textContent = formatDiagnostic(d);
    list.append(item);
  }
  if (diagnostics.length > MAX_LISTED) {
    const more = doc.createElement("li");
    more.textContent = `… and ${diagnostics.length - MAX_LISTED} more.`;
    list.append(more);
  }
  details.append(summary, list);
  return details;
}

/** Why a loaded timeline cannot be drawn (it has no events), or undefined when it can. */
export function emptyMessage(eventCount: number, diagnostics: readonly Diagnostic[], source: string): string | undefined {
  if (eventCount > 0) return undefined;
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return errors > 0
    ? `No event in ${source} could be read: ${count(errors, "problem")} ${errors === 1 ? "was" : "were"} found in the data.`
    : `${source.charAt(0).toUpperCase()}${source.slice(1)} has no events.`;
}

function count(n: number, word: string): string {
  return n === 0 ? "" : `${n} ${word}${n === 1 ? "" : "s"}`;
}
