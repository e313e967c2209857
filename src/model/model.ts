import { diagnostic, type Diagnostic, type Section } from "../diagnostics.js";
import type { Parsed, Origin } from "../parse/parsed.js";
import type { DateFormat, Era, Group, Timeline, TimelineEvent } from "../types.js";
import { readItem, type ItemDraft } from "./event.js";
import { GROUP_FIELDS, isRecord, LIMITS, TIMELINE_FIELDS } from "./fields.js";
import { slug, uniqueId } from "./ids.js";
import { ItemReader } from "./reader.js";
import { readSource, SourceRegistry, type SourceDraft } from "./source.js";

/**
 * A loaded timeline with every problem found on the way.
 *
 * @example
 * ```ts
 * const { timeline, diagnostics }: LoadResult = loadTimeline(csvText);
 * ```
 */
export interface LoadResult {
  /** What could be loaded. */
  timeline: Timeline;
  /** Every problem, in input order; errors name the items that were dropped. */
  diagnostics: Diagnostic[];
}

/**
 * What `buildTimeline` takes besides the data.
 *
 * @example
 * ```ts
 * buildTimeline(parseCsv(text), { requireSources: true, dateFormat: "DMY" });
 * ```
 */
export interface BuildOptions {
  /** Warn about events that cite nothing. */
  requireSources?: boolean;
  /** Day-month order for all-numeric dates. */
  dateFormat?: DateFormat;
}

/**
 * Check parsed data and build the timeline: dates read with their precision, ids made unique,
 * sources merged and numbered, groups and citations resolved. Every input event ends up in
 * `timeline.events` or in an error diagnostic with its index.
 *
 * @example
 * ```ts
 * const { timeline } = buildTimeline({ data: { events: [{ title: "Visit", start: "2008-06-07" }] }, diagnostics: [] });
 * timeline.events[0].id; // "2008-06-07-visit"
 * ```
 */
export function buildTimeline(parsed: Parsed, options: BuildOptions = {}): LoadResult {
  const diagnostics = [...parsed.diagnostics];
  const timeline: Timeline = { events: [], sources: [], groups: [], eras: [] };
  const at = { section: "timeline" as const };
  if (!isRecord(parsed.data)) {
    diagnostics.push(diagnostic("input-not-object", at, { value: parsed.data }));
    return { timeline, diagnostics };
  }
  const dates = options.dateFormat === undefined ? {} : { dateFormat: options.dateFormat };
  const reader = new ItemReader(at, diagnostics, parsed.fields, dates);
  const top = reader.known(parsed.data, TIMELINE_FIELDS);
  const title = reader.text(top.title, "title", LIMITS.title);
  if (title !== undefined) timeline.title = title;
  const description = reader.text(top.description, "description", LIMITS.description);
  if (description !== undefined) timeline.description = description;

  const registry = new SourceRegistry();
  list(top.sources, "sources", diagnostics).forEach((raw, index) => {
    const r = new ItemReader({ section: "sources", index }, diagnostics, {}, dates);
    const draft = readSource(raw, r, "", false);
    if (draft && !r.failed && registry.addShared(draft) === false) {
      r.report("duplicate-id", "id", { value: draft.id, detail: "another source" });
    }
  });

  const groups = readGroups(list(top.groups, "groups", diagnostics), diagnostics);
  const groupsGiven = top.groups !== undefined;

  if (!Array.isArray(top.events)) diagnostics.push(diagnostic("events-not-array", { ...at, field: "events" }, { value: top.events }));
  const events = readAll(list(top.events, "events", diagnostics, false), "events", parsed.events, reader, diagnostics, parsed.fields);
  const eras = readAll(list(top.eras, "eras", diagnostics), "eras", parsed.eras, reader, diagnostics, parsed.fields);

  const cite = citer(registry, [["events", events], ["eras", eras]], reader);

  // What an event and an era share: id, place in the input, title, dates, what they cite.
  // Each literal names every field in one order, with the optional ones added after: all events
  // then share a few shapes, and the layout's per-event reads stay fast. (Building events from a
  // shared object literal gave each its own hidden class and made every layout 5–10 times slower.)
  timeline.events = events.map(({ draft, origin, id }) => {
    const at = { section: "events" as const, ...origin };
    const event: TimelineEvent = { id, index: draft.index ?? origin.index, title: draft.title, start: draft.start, tags: draft.tags, importance: draft.importance, sources: cite(draft.sources, reader.for(at)) };
    if (draft.end) event.end = draft.end;
    if (options.requireSources && event.sources.length === 0) diagnostics.push(diagnostic("unsourced", { ...at, field: parsed.fields?.sources ?? "sources" }));
    if (draft.description !== undefined) event.description = draft.description;
    if (draft.displayDate !== undefined) event.displayDate = draft.displayDate;
    if (draft.group !== undefined) {
      if (!groups.has(draft.group)) {
        if (groupsGiven) diagnostics.push(diagnostic("unknown-group", { ...at, field: parsed.fields?.group ?? "group" }, { value: draft.group }));
        groups.set(draft.group, { id: draft.group, label: draft.group, order: Number.POSITIVE_INFINITY });
      }
      event.group = draft.group;
    }
    return event;
  });
  timeline.eras = eras.map(({ draft, origin, id }) => {
    const era: Era = { id, index: draft.index ?? origin.index, title: draft.title, start: draft.start, sources: cite(draft.sources, reader.for({ section: "eras", ...origin })) };
    if (draft.end) era.end = draft.end;
    return era;
  });
  timeline.events.sort(byTime);
  timeline.eras.sort(byTime);
  timeline.groups = [...groups.values()]
    .map((g, i) => ({ g, i }))
    .sort((a, b) => a.g.order - b.g.order || a.i - b.i)
    .map(({ g }, order) => ({ ...g, order }));

  const cited = [...timeline.events, ...timeline.eras].flatMap((item) => item.sources);
  timeline.sources = registry.finish(cited, (id, code, value, detail) => {
    diagnostics.push(diagnostic(code, { section: "sources", field: "via" }, { value, detail: detail ?? `source ${id}` }));
  });
  return { timeline, diagnostics: inInputOrder(diagnostics) };
}

// Inline sources first, so that an id one of them defines can be cited from anywhere; then a
// function that turns an item's sources into ids, reporting any it cannot find.
function citer(registry: SourceRegistry, sections: readonly (readonly ["events" | "eras", { draft: ItemDraft; origin: Origin }[]])[], reader: ItemReader) {
  const inline = new Map<SourceDraft, string>();
  for (const [section, items] of sections) {
    for (const { draft, origin } of items) {
      draft.sources.forEach((source, i) => {
        if (typeof source === "string") return;
        const { id, differs } = registry.addInline(source);
        inline.set(source, id);
        if (differs) reader.for({ section, ...origin }).report("citation-differs", `sources[${i}]`, { value: id, detail: differs.join(", ") });
      });
    }
  }
  return (sources: (string | SourceDraft)[], itemReader: ItemReader): string[] => {
    const ids: string[] = [];
    sources.forEach((source, i) => {
      const id = typeof source === "string" ? source : inline.get(source);
      if (id !== undefined && registry.has(id)) ids.push(id);
      else itemReader.report("unknown-source", `sources[${i}]`, { value: source });
    });
    return [...new Set(ids)];
  };
}

const SECTION_ORDER: Section[] = ["timeline", "sources", "groups", "eras", "events"];

// Diagnostics are found in passes (fields, then ids, then references); readers want them by item.
function inInputOrder(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => SECTION_ORDER.indexOf(a.d.section) - SECTION_ORDER.indexOf(b.d.section) || (a.d.index ?? -1) - (b.d.index ?? -1) || a.i - b.i)
    .map(({ d }) => d);
}

function list(value: unknown, field: string, diagnostics: Diagnostic[], report = true): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value as unknown[];
  if (report) diagnostics.push(diagnostic("list-not-array", { section: "timeline", field }, { value }));
  return [];
}

interface Read {
  draft: ItemDraft;
  origin: Origin;
  id: string;
}

// Read every event or era, then settle ids: given ids first (a repeated one drops its item),
// then generated ones, so a generated id never takes a given one.
function readAll(raw: unknown[], section: Section, origins: Origin[] | undefined, reader: ItemReader, diagnostics: Diagnostic[], fields: Record<string, string> | undefined): Read[] {
  const kind = section === "events" ? "event" : "era";
  const read: { draft: ItemDraft; origin: Origin }[] = [];
  raw.forEach((item, i) => {
    const origin = origins?.[i] ?? { index: i };
    const draft = readItem(item, reader.for({ section, ...origin }), kind);
    if (draft) read.push({ draft, origin });
  });
  const taken = new Map<string, Origin>();
  const kept = read.filter(({ draft, origin }) => {
    if (draft.id === undefined) return true;
    const first = taken.get(draft.id);
    if (first) {
      diagnostics.push(diagnostic("duplicate-id", { section, ...origin, field: fields?.id ?? "id" }, { value: draft.id, detail: `${section}[${first.index}]` }));
      return false;
    }
    taken.set(draft.id, origin);
    return true;
  });
  const ids = new Set(taken.keys());
  return kept.map(({ draft, origin }) => ({
    draft,
    origin,
    id: draft.id ?? uniqueId(`${kind === "era" ? "era-" : ""}${slug(`${draft.start.edtf.split("T")[0] ?? ""} ${draft.title}`)}`, ids),
  }));
}

function readGroups(raw: unknown[], diagnostics: Diagnostic[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  raw.forEach((item, index) => {
    const r = new ItemReader({ section: "groups", index }, diagnostics);
    if (!isRecord(item)) return r.report("not-an-object", undefined, { value: item, detail: "group" });
    const f = r.known(item, GROUP_FIELDS);
    const id = r.text(f.id, "id", LIMITS.id);
    if (id === undefined) return r.failed || r.report("missing-id", "id");
    if (groups.has(id)) return r.report("duplicate-id", "id", { value: id, detail: "another group" });
    const label = r.text(f.label, "label", LIMITS.title) ?? id;
    let order = Number.POSITIVE_INFINITY;
    if (typeof f.order === "number" && Number.isFinite(f.order)) order = f.order;
    else if (f.order !== undefined) r.report("wrong-type-ignored", "order", { value: f.order, detail: "a number" });
    if (!r.failed) groups.set(id, { id, label, order });
  });
  return groups;
}

function byTime(a: { start: { earliest: number; latest: number }; end?: { latest: number }; index: number }, b: typeof a): number {
  return (
    a.start.earliest - b.start.earliest ||
    (a.end?.latest ?? a.start.latest) - (b.end?.latest ?? b.start.latest) ||
    a.index - b.index
  );
}
