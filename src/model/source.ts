import type { FuzzyDate, Source, SourceKind } from "../types.js";
import { isRecord, LIMITS, SOURCE_FIELDS } from "./fields.js";
import { slug, uniqueId } from "./ids.js";
import { ItemReader } from "./reader.js";

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

/** A source read from input, before ids are final and `via` is resolved. */
export interface SourceDraft {
  id?: string;
  title?: string;
  publisher: string;
  author?: string;
  url?: string;
  published?: FuzzyDate;
  accessed?: FuzzyDate;
  quote?: string;
  via?: string | SourceDraft;
  kind?: SourceKind;
}

/**
 * Read one source object. Returns undefined (with diagnostics) when it cannot stand: not an
 * object, or no publisher. `field` prefixes the names in messages, e.g. `sources[0].`.
 */
export function readSource(raw: unknown, reader: ItemReader, field: string, inline: boolean): SourceDraft | undefined {
  if (!isRecord(raw)) {
    reader.report(inline ? "wrong-type-ignored" : "not-an-object", field || "source", { value: raw, detail: inline ? "a source id or a source object" : "source" });
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
    const via = readSource(f.via, reader.softened(), `${field}via.`, true);
    if (via) draft.via = via;
  }
  return draft;
}

/**
 * Every source of a timeline, merged so that the same source cited twice is one source with one
 * number: by id, else by url, else by publisher and title.
 */
export class SourceRegistry {
  private readonly byId = new Map<string, Source>();
  private readonly byKey = new Map<string, string>();
  private readonly ids = new Set<string>();
  private readonly vias = new Map<string, string>();

  /** Whether a source with this id is registered. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Register a shared source; returns false when its id is taken. */
  addShared(draft: SourceDraft): string | false {
    if (draft.id !== undefined && this.byId.has(draft.id)) return false;
    return this.add(draft);
  }

  /** Register an inline source, merging it with an equal one; returns its id. */
  addInline(draft: SourceDraft): string {
    if (draft.id !== undefined && this.byId.has(draft.id)) return draft.id;
    const same = this.byKey.get(keyOf(draft));
    if (same !== undefined) {
      const existing = this.byId.get(same);
      if (existing) fillMissing(existing, draft);
      this.registerVia(same, draft.via);
      return same;
    }
    return this.add(draft);
  }

  private add(draft: SourceDraft): string {
    const id = draft.id ?? uniqueId(slug(draft.url ? urlSlug(draft.url) : `${draft.publisher} ${draft.title ?? ""}`), this.ids);
    this.ids.add(id);
    const { via, ...rest } = draft;
    const source: Source = { ...rest, id, number: 0 };
    this.byId.set(id, source);
    const key = keyOf(draft);
    if (!this.byKey.has(key)) this.byKey.set(key, id);
    this.registerVia(id, via);
    return id;
  }

  private registerVia(id: string, via: string | SourceDraft | undefined): void {
    if (via === undefined || this.vias.has(id)) return;
    this.vias.set(id, typeof via === "string" ? via : this.addInline(via));
  }

  /**
   * Resolve every `via` now that all sources are known; number the sources in the order given
   * (first citation first), then the rest in registration order. Reports through `report`.
   */
  finish(citedInOrder: string[], report: (id: string, code: "unknown-via" | "via-cycle", value: string, detail?: string) => void): Source[] {
    for (const [id, via] of this.vias) {
      const source = this.byId.get(id);
      if (!source) continue;
      if (!this.byId.has(via)) report(id, "unknown-via", via);
      else if (this.leadsTo(via, id)) report(id, "via-cycle", via, `${id} → ${via} → … → ${id}`);
      else source.via = via;
    }
    const order: Source[] = [];
    const seen = new Set<string>();
    for (const id of [...citedInOrder, ...this.byId.keys()]) {
      const source = this.byId.get(id);
      if (!source || seen.has(id)) continue;
      seen.add(id);
      source.number = order.length + 1;
      order.push(source);
    }
    return order;
  }

  // Whether following resolved `via` links from `from` reaches `target`.
  private leadsTo(from: string, target: string): boolean {
    const visited = new Set<string>();
    for (let at: string | undefined = from; at !== undefined && !visited.has(at); at = this.byId.get(at)?.via) {
      if (at === target) return true;
      visited.add(at);
    }
    return false;
  }
}

function hostOf(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  const safe = safeHref(url.trim());
  if (!("href" in safe)) return undefined;
  const host = new URL(safe.href).hostname.replace(/^www\./, "");
  return host === "" ? undefined : host;
}

function keyOf(draft: SourceDraft): string {
  if (draft.url) return `url ${draft.url}`;
  return `pt ${draft.publisher.toLowerCase()}\u0000${(draft.title ?? "").toLowerCase()}`;
}

function urlSlug(url: string): string {
  return url.replace(/^[a-z]+:(\/\/)?(www\.)?/i, "");
}

function fillMissing(target: Source, from: SourceDraft): void {
  const fields = ["title", "author", "url", "published", "accessed", "quote", "kind"] as const;
  for (const field of fields) {
    if (target[field] === undefined && from[field] !== undefined) Object.assign(target, { [field]: from[field] });
  }
}
