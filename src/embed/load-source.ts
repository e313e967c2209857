/**
 * What `<cite-line src>` and `<div data-citeline>` share: fetching the data the embedder asked
 * for (and nothing else), with a failure a reader can understand. `./states.ts` shows it.
 *
 * @module
 */
import { embedEn } from "../messages/embed.js";
import { loadable, type Bytes } from "../parse/decode.js";
import type { Messages } from "../messages/index.js";

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
  /** The file as text, read in the encoding its bytes are in (see `decodeText`). */
  text: string;
  /** What to load: the text, or the bytes themselves where their encoding was a guess, which the loader then says. */
  data: string | Bytes;
  url: string;
}

/**
 * Fetch the data at `src` (relative to the page): one request, to that URL only. Fails with a
 * {@link SourceError} whose message a reader can understand: a network failure, an HTTP status,
 * or a web page where data was expected (an unpublished Google Sheet answers with its sign-in page),
 * in the reader's `words` (English by default).
 *
 * @example
 * ```ts
 * const { text } = await fetchSource("events.csv");
 * ```
 */
export async function fetchSource(src: string, init: { signal?: AbortSignal; words?: Messages["embed"] } = {}): Promise<FetchedSource> {
  const words = init.words ?? embedEn;
  const where = quote(src);
  let url: URL;
  try {
    url = new URL(src, typeof document === "undefined" ? undefined : document.baseURI);
  } catch {
    throw new SourceError(words.invalidAddress(where));
  }
  if (!FETCHABLE.includes(url.protocol)) throw new SourceError(words.notWebAddress(where));
  let response: Response;
  try {
    response = await fetch(url, { signal: init.signal, credentials: "same-origin" });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new SourceError(words.requestFailed(where));
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    throw new SourceError(response.status === 404 ? words.notFound(where, status) : words.serverAnswered(status, where));
  }
  let text: string;
  let data: string | Bytes;
  try {
    ({ text, data } = loadable(await response.arrayBuffer()));
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new SourceError(words.cutShort(where));
  }
  if (/text\/html/i.test(response.headers.get("content-type") ?? "") && /^\s*</.test(text)) {
    throw new SourceError(words.webPage(where));
  }
  return { text, data, url: response.url || url.href };
}

/** A data URL as the reader sees it in a message: quoted, and shortened when very long. */
export function quote(src: string): string {
  return `"${src.length > 120 ? `${src.slice(0, 117)}…` : src}"`;
}
