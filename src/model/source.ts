import type { Source } from "../types.js";
import { slug } from "../slug.js";
import { SOURCE_FIELDS } from "./fields.js";
import { uniqueId } from "./ids.js";
import { MAX_VIA, type SourceDraft } from "./source-read.js";
import { sourceAndMore, sourceNamed } from "../messages/details.js";

export { readSource, safeHref, MAX_VIA, type SourceDraft } from "./source-read.js";
export { safeImageSrc } from "./media-url.js";

/**
 * Every source of a timeline, merged so that the same source cited twice is one source with one
 * number: by id, else by url, else by publisher and title.
 */
export class SourceRegistry {
  private readonly byId = new Map<string, Source>();
  // Citations by what they say, outlets by their first source, and sources so far named only as a relay.
  private readonly byContent = new Map<string, string[]>();
  private readonly firstOf = new Map<string, string>();
  private readonly referenceOnly = new Map<string, string>();
  private readonly ids = new Set<string>();
  private readonly vias = new Map<string, string>();

  /** Whether a source with this id is registered. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /**
   * Who a registered source is, as a credit line names it: its publisher, then each relay's, as
   * far as they are known yet (`["IRNA", "The New York Times"]`).
   */
  names(id: string): string[] {
    const out: string[] = [];
    for (let at: string | undefined = id; at !== undefined && out.length <= MAX_VIA; at = this.vias.get(at)) {
      const source = this.byId.get(at);
      if (!source) break;
      out.push(source.publisher);
    }
    return out;
  }

  /** Register a shared source; returns false when its id is taken. */
  addShared(draft: SourceDraft): string | false {
    if (draft.id !== undefined && this.byId.has(draft.id)) return false;
    return this.add(draft, false);
  }

  /**
   * Register an inline source; returns its id and, when its id names a source with other details,
   * which fields differ (the first source's are kept).
   *
   * A citation is the claim's evidence, so only the same citation merges: the same document cited
   * with another title, quote, author, date or kind stays a source of its own, and no event shows
   * a passage it did not cite. A relay named only by its publisher (`via: "The New York Times"`)
   * is a reference, not a citation: it joins the source of that name. A citation that gives no
   * relay joins an equal one that does, since where it came from adds to it and takes nothing.
   */
  addInline(draft: SourceDraft, relay = false): { id: string; differs?: string[] } {
    if (draft.id !== undefined && this.byId.has(draft.id)) {
      const differs = differences(this.byId.get(draft.id)!, draft);
      return differs.length > 0 ? { id: draft.id, differs } : { id: draft.id };
    }
    const outlet = outletOf(draft);
    const bare = CONTENT.every((f) => draft[f] === undefined);
    const same = relay && bare ? this.firstOf.get(outlet) : this.sameCitation(draft, outlet);
    if (same === undefined) return { id: this.add(draft, relay && bare) };
    if (!this.vias.has(same) && draft.via !== undefined) this.setVia(same, draft.via);
    return { id: same };
  }

  private sameCitation(draft: SourceDraft, outlet: string): string | undefined {
    const key = contentKey(draft, outlet);
    const via = typeof draft.via === "string" ? draft.via : undefined;
    for (const id of this.byContent.get(key) ?? []) {
      const other = this.vias.get(id);
      if (draft.via === undefined || other === undefined || (via !== undefined && other === via) || (typeof draft.via !== "string" && this.byId.get(other)?.publisher === draft.via.publisher)) return id;
    }
    // A source first named only as a relay becomes this citation, the first that gives its details.
    const reference = this.referenceOnly.get(outlet);
    if (reference === undefined) return undefined;
    this.referenceOnly.delete(outlet);
    const source = this.byId.get(reference)!;
    for (const f of CONTENT) if (draft[f] !== undefined) Object.assign(source, { [f]: draft[f] });
    this.index(reference, key);
    return reference;
  }

  private add(draft: SourceDraft, reference: boolean): string {
    const id = draft.id ?? uniqueId(slug(draft.url ? urlSlug(draft.url) : `${draft.publisher} ${draft.title ?? ""}`), this.ids);
    this.ids.add(id);
    const { via, ...rest } = draft;
    const source: Source = { ...rest, id, number: 0 };
    this.byId.set(id, source);
    const outlet = outletOf(draft);
    if (!this.firstOf.has(outlet)) this.firstOf.set(outlet, id);
    if (reference && !this.referenceOnly.has(outlet)) this.referenceOnly.set(outlet, id);
    else if (!reference) this.index(id, contentKey(draft, outlet));
    if (via !== undefined) this.setVia(id, via);
    return id;
  }

  private index(id: string, key: string): void {
    const list = this.byContent.get(key);
    if (list) list.push(id);
    else this.byContent.set(key, [id]);
  }

  private setVia(id: string, via: string | SourceDraft): void {
    this.vias.set(id, typeof via === "string" ? via : this.addInline(via, true).id);
  }

  /**
   * Resolve every `via` now that all sources are known, cutting loops and chains longer than
   * {@link MAX_VIA}; number the sources in the order given (first citation first), then the rest in
   * registration order. Reports through `report`.
   */
  finish(citedInOrder: string[], report: (id: string, code: "unknown-via" | "via-cycle" | "via-too-deep" | "unknown-disputes", value: string, detail?: string) => void): Source[] {
    for (const [id, via] of this.vias) {
      const source = this.byId.get(id);
      if (!source) continue;
      if (this.byId.has(via)) source.via = via;
      else report(id, "unknown-via", via);
    }
    // A source contests another of this timeline, never one it does not hold, nor itself.
    for (const source of this.byId.values()) {
      if (source.disputes === undefined || (source.disputes !== source.id && this.byId.has(source.disputes))) continue;
      report(source.id, "unknown-disputes", source.disputes);
      delete source.disputes;
    }
    this.settleChains(report);
    const order: Source[] = [];
    const seen = new Set<string>();
    for (const id of [...citedInOrder, ...this.byId.keys()]) {
      const source = this.byId.get(id);
      if (!source || seen.has(id)) continue;
      seen.add(id);
      source.number = order.length + 1;
      order.push(inFieldOrder(source));
    }
    return order;
  }

  // One walk per chain, each source visited once: a loop is cut where it closes, and a chain is
  // cut wherever it would grow past MAX_VIA relays, so printing a citation is bounded work.
  private settleChains(report: (id: string, code: "via-cycle" | "via-too-deep", value: string, detail?: string) => void): void {
    const depth = new Map<string, number>();
    // Which walk last put a source on its path: one map for all walks, not a set per walk.
    const walk = new Map<string, number>();
    const path: Source[] = [];
    let cuts = 0;
    let firstCut = "";
    let n = 0;
    for (const start of this.byId.values()) {
      if (depth.has(start.id)) continue;
      n++;
      path.length = 0;
      let at: Source | undefined = start;
      while (at && !depth.has(at.id) && walk.get(at.id) !== n) {
        path.push(at);
        walk.set(at.id, n);
        at = at.via === undefined ? undefined : this.byId.get(at.via);
      }
      const looped = at !== undefined && walk.get(at.id) === n && !depth.has(at.id);
      if (looped) {
        const last = path[path.length - 1]!;
        report(last.id, "via-cycle", at!.id, `${last.id} → ${at!.id} → … → ${last.id}`);
        delete last.via;
      }
      let below = at && !looped ? (depth.get(at.id) ?? 0) : -1;
      for (let i = path.length - 1; i >= 0; i--) {
        const source = path[i]!;
        below = source.via === undefined ? 0 : below + 1;
        if (below > MAX_VIA) {
          if (cuts++ === 0) firstCut = source.id;
          delete source.via;
          below = 0;
        }
        depth.set(source.id, below);
      }
    }
    if (cuts > 0) report(firstCut, "via-too-deep", cuts === 1 ? sourceNamed(firstCut) : sourceAndMore(firstCut, cuts - 1), String(MAX_VIA));
  }
}

/** The fields in which an inline citation differs from the registered source with its id. */
function differences(source: Source, draft: SourceDraft): string[] {
  const fields = ["publisher", "title", "author", "url", "quote", "kind", "disputes"] as const;
  const out: string[] = fields.filter((f) => draft[f] !== undefined && draft[f] !== source[f]);
  for (const f of ["published", "accessed"] as const) if (draft[f] !== undefined && draft[f]?.edtf !== source[f]?.edtf) out.push(f);
  return out;
}

// What a citation says besides who says it and through whom.
const CONTENT = ["title", "author", "url", "quote", "kind", "published", "accessed", "disputes"] as const;

// The outlet (or document, when it has a link): which sources may be the same at all.
function outletOf(draft: SourceDraft): string {
  return `${draft.publisher.toLowerCase()}\u0000${draft.url ?? ""}`;
}

function contentKey(draft: SourceDraft, outlet: string): string {
  return `${outlet}\u0000${JSON.stringify([draft.title, draft.author, draft.quote, draft.kind, draft.published?.edtf, draft.accessed?.edtf, draft.disputes])}`;
}

function urlSlug(url: string): string {
  return url.replace(/^[a-z]+:(\/\/)?(www\.)?/i, "");
}

// A source's fields in the one order a saved timeline writes them, however the source was
// gathered (an id made after the fields read, details that came with a later citation): so that
// saving a loaded timeline and loading it again gives back the same text.
function inFieldOrder(source: Source): Source {
  const out: Record<string, unknown> = {};
  for (const field of SOURCE_FIELDS) if (source[field] !== undefined) out[field] = source[field];
  return out as unknown as Source;
}
