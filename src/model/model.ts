import { diagnostic, type Diagnostic, type Section } from "../diagnostics.js";
import type { Parsed, Origin } from "../parse/parsed.js";
import type { DateFormat, Era, Group, ReadFormat, Timeline, TimelineEvent } from "../types.js";
import type { AccountRead } from "./accounts.js";
import { readItem } from "./event.js";
import type { MediaRead } from "./media.js";
import { settleCredit } from "./media-credit.js";
import { GROUP_FIELDS, isRecord, LIMITS, NO_STRINGS, TIMELINE_FIELDS } from "./fields.js";
import { eventSlug } from "../slug.js";
import { uniqueId } from "./ids.js";
import { keepFirsts, repeatedIds } from "./repeats.js";
import { sortByTime } from "./order.js";
import { ItemReader, type DateReading } from "./reader.js";
import type { OrderSeen } from "./date-order.js";
import { orderSeen } from "./date-spelling.js";
import { readSource, SourceRegistry, type SourceDraft } from "./source.js";
import { readStory } from "./story.js";
import { A_NUMBER, ANOTHER_GROUP, ANOTHER_SOURCE, GROUP, sourceNamed } from "../messages/details.js";

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
  /**
   * The format the input was read as: native JSON, CSV, or TimelineJS (its JSON or its Google
   * Sheets template). A TimelineJS file opens in story mode, as its readers expect slides.
   */
  format?: ReadFormat;
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
  /** The first year a two-digit year can be; without it such dates are refused. */
  twoDigitYearsFrom?: number;
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
    return { timeline, diagnostics, ...formatOf(parsed) };
  }
  const dates: DateReading = {
    ...(options.dateFormat === undefined ? {} : { dateFormat: options.dateFormat }),
    ...(options.twoDigitYearsFrom === undefined ? {} : { twoDigitYearsFrom: options.twoDigitYearsFrom }),
  };
  const reader = new ItemReader("timeline", {}, diagnostics, parsed.fields, dates);
  const top = reader.known(parsed.data, TIMELINE_FIELDS);
  // With no order given, the one the data's own dates show, looked for once, when a date needs it.
  if (options.dateFormat === undefined) {
    let seen: { order: OrderSeen | undefined } | undefined;
    dates.orderSeen = () => (seen ??= { order: orderSeen(top.events, top.eras) }).order;
  }
  const title = reader.text(top.title, "title", LIMITS.title);
  if (title !== undefined) timeline.title = title;
  const description = reader.text(top.description, "description", LIMITS.description);
  if (description !== undefined) timeline.description = description;

  const registry = new SourceRegistry();
  list(top.sources, "sources", diagnostics).forEach((raw, index) => {
    const r = new ItemReader("sources", { index }, diagnostics, {}, dates);
    const draft = readSource(raw, r, "", false);
    if (draft && !r.failed && registry.addShared(draft) === false) {
      r.report("duplicate-id", "id", { value: draft.id, detail: ANOTHER_SOURCE });
    }
  });

  const groups = readGroups(list(top.groups, "groups", diagnostics), diagnostics);
  const groupsGiven = top.groups !== undefined;

  if (!Array.isArray(top.events)) diagnostics.push(diagnostic("events-not-array", { ...at, field: "events" }, { value: top.events }));
  const events = readAll(list(top.events, "events", diagnostics, false), "event", parsed.events, reader, diagnostics, parsed.fields);
  const eras = readAll(list(top.eras, "eras", diagnostics), "era", parsed.eras, reader, diagnostics, parsed.fields);

  const cite = citer(registry, [["events", events], ["eras", eras]], reader);

  // Each item already is the object it loads as (see readItem); here it gets what it cites.
  events.items.forEach((event, i) => {
    event.sources = cite(events.citations[i]!, "events", events, i);
    const accounts = events.accounts?.get(event);
    if (accounts) event.sources = citeAccounts(accounts, event.sources, (citations, j) => cite(citations, "events", events, i, `accounts[${j}].`));
    // Most events have no picture: no reader is made for them (a load reads 100,000 events).
    const credit = events.credits?.get(i);
    if (credit) settleCredit(event, credit, registry, reader.for("events", originOf(events, i)));
    if (options.requireSources && event.sources.length === 0) diagnostics.push(diagnostic("unsourced", { section: "events", ...originOf(events, i), field: parsed.fields?.sources ?? "sources" }));
    if (event.group !== undefined && !groups.has(event.group)) {
      if (groupsGiven) diagnostics.push(diagnostic("unknown-group", { section: "events", ...originOf(events, i), field: parsed.fields?.group ?? "group" }, { value: event.group }));
      groups.set(event.group, { id: event.group, label: event.group, order: Number.POSITIVE_INFINITY });
    }
  });
  eras.items.forEach((era, i) => {
    era.sources = cite(eras.citations[i]!, "eras", eras, i);
  });
  timeline.events = events.items;
  timeline.eras = eras.items;
  sortByTime(timeline.events);
  sortByTime(timeline.eras);
  const story = readStory(top.story, timeline.events, diagnostics);
  if (story) timeline.story = story;
  timeline.groups = [...groups.values()]
    .map((g, i) => ({ g, i }))
    .sort((a, b) => a.g.order - b.g.order || a.i - b.i)
    .map(({ g }, order) => ({ ...g, order }));

  const cited = citedIn(timeline.eras, citedIn(timeline.events, []));
  timeline.sources = registry.finish(cited, (id, code, value, detail) => {
    diagnostics.push(diagnostic(code, { section: "sources", field: code === "unknown-disputes" ? "disputes" : "via" }, { value, detail: detail ?? sourceNamed(id) }));
  });
  return { timeline, diagnostics: inInputOrder(diagnostics), ...formatOf(parsed) };
}

// Every source id the items cite, added to `cited` (events first: the order numbers the sources).
// Index loops: run once per load, for…of stays unoptimised long enough to make an
// iterator per item and a result per step, garbage the young generation must sweep at 100,000.
function citedIn(items: readonly (TimelineEvent | Era)[], cited: string[]): string[] {
  for (let i = 0; i < items.length; i++) {
    const sources = items[i]!.sources;
    for (let j = 0; j < sources.length; j++) cited.push(sources[j]!);
  }
  return cited;
}

// Each account's sources, then the event's: what the event cites, once each, accounts first (so a
// saved timeline, whose own sources are those no account gives, loads in the same order).
function citeAccounts(accounts: AccountRead[], own: string[], cite: (citations: (string | SourceDraft)[], j: number) => string[]): string[] {
  const all: string[] = [];
  accounts.forEach((a, j) => {
    a.account.sources = cite(a.citations, j);
    all.push(...a.account.sources);
  });
  return [...new Set([...all, ...own])];
}

const formatOf = (parsed: Parsed) => (parsed.format === undefined ? {} : { format: parsed.format });

// Inline sources first, so that an id one of them defines can be cited from anywhere; then a
// function that turns an item's sources into ids, reporting any it cannot find.
function citer(registry: SourceRegistry, sections: readonly (readonly ["events" | "eras", Read<TimelineEvent | Era>])[], reader: ItemReader) {
  const inline = new Map<SourceDraft, string>();
  const register = (citations: (string | SourceDraft)[], section: "events" | "eras", items: Read<TimelineEvent | Era>, n: number, prefix: string) => {
    if (citations.length === 0) return;
    citations.forEach((source, i) => {
      if (typeof source === "string") return;
      const { id, differs } = registry.addInline(source);
      inline.set(source, id);
      if (differs) reader.for(section, originOf(items, n)).report("citation-differs", `${prefix}sources[${i}]`, { value: id, detail: differs.join(", ") });
    });
  };
  for (const [section, items] of sections) {
    items.citations.forEach((citations, n) => register(citations, section, items, n, ""));
    if (items.accounts) items.items.forEach((item, n) => items.accounts!.get(item)?.forEach((a, j) => register(a.citations, section, items, n, `accounts[${j}].`)));
  }
  return (sources: (string | SourceDraft)[], section: "events" | "eras", read: Read<TimelineEvent | Era>, n: number, prefix = ""): string[] => {
    if (sources.length === 0) return NO_STRINGS;
    const ids: string[] = [];
    sources.forEach((source, i) => {
      const id = typeof source === "string" ? source : inline.get(source);
      if (id !== undefined && registry.has(id)) ids.push(id);
      else reader.for(section, originOf(read, n)).report("unknown-source", `${prefix}sources[${i}]`, { value: source });
    });
    return ids.length === 0 ? NO_STRINGS : ids.length < 2 ? ids : [...new Set(ids)];
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

/** An input's events (or eras) as read and kept, with their final ids: each with the citations it gave and where it was in the input. */
interface Read<T extends TimelineEvent | Era> {
  items: T[];
  citations: (string | SourceDraft)[][];
  /** The media credit of each event that has one (by its place in `items`), to cite with the rest. */
  credits?: Map<number, MediaRead>;
  /** The accounts of the events that have them, with the citations each gave. */
  accounts?: Map<TimelineEvent | Era, AccountRead[]>;
  /** Where each was in the input: its position in the list, and the parser's origins of the list if any. */
  positions: Int32Array;
  origins: Origin[] | undefined;
}

// Where the nth item read was in the input (made when asked: most are never asked for).
function originOf(read: Read<TimelineEvent | Era>, n: number): Origin {
  const i = read.positions[n]!;
  return read.origins?.[i] ?? { index: i };
}

// Read every event or era, then settle ids: given ids first (a repeated one drops its item),
// then generated ones, so a generated id never takes a given one.
// At 100,000 events each per-event step is felt: repeats are found by sorting the ids given
// (./repeats.ts), a set of them is made only for ids to generate, and positions are a typed array.
function readAll<K extends "event" | "era">(raw: unknown[], kind: K, origins: Origin[] | undefined, reader: ItemReader, diagnostics: Diagnostic[], fields: Record<string, string> | undefined): Read<K extends "event" ? TimelineEvent : Era> {
  const section = kind === "event" ? "events" : "eras";
  const read: Read<TimelineEvent | Era> = { items: [], citations: [], positions: new Int32Array(raw.length), origins };
  const itemReader = reader.for(section, 0);
  raw.forEach((value, i) => {
    const origin = origins?.[i];
    const index = origin?.index ?? i;
    itemReader.moveTo(origin ?? i);
    const one = kind === "event" ? readItem(value, itemReader, "event", index, origin) : readItem(value, itemReader, "era", index);
    if (!one) return;
    const n = read.items.length;
    read.items.push(one.item);
    read.citations.push(one.citations);
    if (one.credit) (read.credits ??= new Map()).set(n, one.credit);
    read.positions[n] = i;
    if (one.accounts) (read.accounts ??= new Map()).set(one.item, one.accounts);
  });
  read.positions = read.positions.subarray(0, read.items.length);
  // With ids to make, the ids given go into a set as their repeats are looked for: the ids made keep clear of it.
  const seen = read.items.some((item) => item.id === "") ? new Set<string>() : undefined;
  const repeats = repeatedIds(read.items, seen);
  if (repeats) {
    keepFirsts(read, repeats, (id, at, first) => {
      diagnostics.push(diagnostic("duplicate-id", { section, ...(origins?.[at] ?? { index: at }), field: fields?.id ?? "id" }, { value: id, detail: `${section}[${origins?.[first]?.index ?? first}]` }));
    });
  }
  let taken: Set<string> | undefined;
  for (let n = 0; n < read.items.length; n++) {
    const item = read.items[n]!;
    if (item.id !== "") continue;
    // Made at the first id to generate, from the ids given (none yet generated).
    taken ??= seen!;
    item.id = uniqueId(kind === "era" ? `era-${eventSlug(item.start.edtf, item.title)}` : eventSlug(item.start.edtf, item.title), taken);
  }
  return read as Read<K extends "event" ? TimelineEvent : Era>;
}

function readGroups(raw: unknown[], diagnostics: Diagnostic[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  raw.forEach((item, index) => {
    const r = new ItemReader("groups", { index }, diagnostics);
    if (!isRecord(item)) return r.report("not-an-object", undefined, { value: item, detail: GROUP });
    const f = r.known(item, GROUP_FIELDS);
    const id = r.text(f.id, "id", LIMITS.id);
    if (id === undefined) return r.failed || r.report("missing-id", "id");
    if (groups.has(id)) return r.report("duplicate-id", "id", { value: id, detail: ANOTHER_GROUP });
    const label = r.text(f.label, "label", LIMITS.title) ?? id;
    let order = Number.POSITIVE_INFINITY;
    if (typeof f.order === "number" && Number.isFinite(f.order)) order = f.order;
    else if (f.order !== undefined) r.report("wrong-type-ignored", "order", { value: f.order, detail: A_NUMBER });
    if (!r.failed) groups.set(id, { id, label, order });
  });
  return groups;
}
