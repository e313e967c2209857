import type { Source } from "../types.js";
import { isRecord, LIMITS, SOURCE_FIELDS } from "./fields.js";
import type { ItemReader } from "./reader.js";
import { A_SOURCE_OR_ITS_ID, SOURCE } from "../messages/details.js";

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * The link to keep for a user-supplied URL: only http(s) and mailto survive, so a spreadsheet
 * cannot smuggle in `javascript:` or `data:` links. A bare `www.` address gets `https://`.
 *
 * @example
 * ```ts
 * safeHref("https://example.com/a b"); // { href: "https://example.com/a%20b" }
 * safeHref("javascript:alert(1)");      // { problem: "url-unsafe" }
 * ```
 */
export function safeHref(url: string): { href: string } | { problem: "url-unsafe" | "url-invalid" } {
  const text = /^www\./i.test(url) ? `https://${url}` : url;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { problem: "url-invalid" };
  }
  if (!SAFE_PROTOCOLS.has(parsed.protocol)) return { problem: "url-unsafe" };
  return { href: parsed.href };
}

/** A source read from input, before ids are final and `via` is resolved: a loaded source's fields, less the id and number yet to be settled. */
export type SourceDraft = Omit<Source, "id" | "number" | "via"> & {
  id?: string;
  via?: string | SourceDraft;
};

/** How many relays a citation may pass through: deeper chains are cut, with a diagnostic. */
export const MAX_VIA = 32;

/**
 * Read one source object, with the sources that relayed it (`via`, nested objects) read one after
 * another, never by recursion, and cut at {@link MAX_VIA}. Returns undefined (with diagnostics)
 * when it cannot stand: not an object, or no publisher. `field` prefixes the names in messages,
 * e.g. `sources[0].`.
 */
export function readSource(raw: unknown, reader: ItemReader, field: string, inline: boolean): SourceDraft | undefined {
  const first = readOne(raw, reader, field, inline);
  if (!first) return undefined;
  const relays = reader.softened();
  let [at, next, prefix] = [first.draft, first.via, field];
  for (let depth = 1; next !== undefined; depth++) {
    prefix = `${prefix}via.`;
    if (depth > MAX_VIA) {
      relays.report("via-too-deep", prefix.slice(0, -1), { detail: String(MAX_VIA), value: "" });
      break;
    }
    const relay = readOne(next, relays, prefix, true);
    if (!relay) break;
    at.via = relay.draft;
    [at, next] = [relay.draft, relay.via];
  }
  return first.draft;
}

// One source's own fields; an inline `via` object is handed back for the caller's loop.
function readOne(raw: unknown, reader: ItemReader, field: string, inline: boolean): { draft: SourceDraft; via?: unknown } | undefined {
  if (!isRecord(raw)) {
    reader.report(inline ? "wrong-type-ignored" : "not-an-object", field || "source", { value: raw, detail: inline ? A_SOURCE_OR_ITS_ID : SOURCE });
    return undefined;
  }
  const f = reader.known(raw, SOURCE_FIELDS, field);
  // With only a link, the site is who says so: "nytimes.com" is honest where a name is missing.
  const publisher = reader.text(f.publisher, `${field}publisher`) ?? hostOf(f.url);
  if (publisher === undefined) {
    reader.report(inline ? "citation-missing-publisher" : "source-missing-publisher", `${field}publisher`);
    return undefined;
  }
  const draft: SourceDraft = { publisher };
  const id = reader.text(f.id, `${field}id`, LIMITS.id);
  if (id !== undefined) draft.id = id;
  const title = reader.text(f.title, `${field}title`, LIMITS.title);
  if (title !== undefined) draft.title = title;
  const author = reader.text(f.author, `${field}author`);
  if (author !== undefined) draft.author = author;
  const quote = reader.text(f.quote, `${field}quote`, LIMITS.quote);
  if (quote !== undefined) draft.quote = quote;
  const kind = reader.text(f.kind, `${field}kind`, LIMITS.tags);
  if (kind !== undefined) draft.kind = kind.toLowerCase();
  const disputes = reader.text(f.disputes, `${field}disputes`, LIMITS.id);
  if (disputes !== undefined) draft.disputes = disputes;
  const url = reader.text(f.url, `${field}url`);
  if (url !== undefined) {
    const safe = safeHref(url);
    if ("href" in safe) draft.url = safe.href;
    else reader.report(safe.problem, `${field}url`, { value: url });
  }
  const published = reader.date(f.published, `${field}published`);
  if (published) draft.published = published.date;
  const accessed = reader.date(f.accessed, `${field}accessed`);
  if (accessed) draft.accessed = accessed.date;
  if (typeof f.via === "string" || typeof f.via === "number") {
    const via = reader.text(f.via, `${field}via`, LIMITS.id);
    if (via !== undefined) draft.via = via;
  } else if (f.via !== undefined && f.via !== null) {
    return { draft, via: f.via };
  }
  return { draft };
}


function hostOf(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  const safe = safeHref(url.trim());
  if (!("href" in safe)) return undefined;
  const host = new URL(safe.href).hostname.replace(/^www\./, "");
  return host === "" ? undefined : host;
}
