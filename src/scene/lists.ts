/**
 * The timeline in words, under the chart: the events in view in time order (what screen-reader
 * users and no-script readers get) and the numbered sources, a page at a time in the browser
 * (a pager reaches every entry) and whole from the server. Entries are made once per state and
 * reused, so a select or a zoom frame rebuilds only the few entries whose state changed and the
 * patcher skips the rest without looking inside.
 *
 * @module
 */
import type { TimelineLayout } from "../layout/types.js";
import { eventsReaching, reachesInto } from "../layout/layout.js";
import type { Messages } from "../messages/index.js";
import type { CitationText } from "../model/citation.js";
import type { TimelineEvent } from "../types.js";
import { citationNodes } from "./citation.js";
import { domId } from "./item-facts.js";
import { mediaNodes, type MediaView } from "./media.js";
import { accountsNodes } from "./accounts.js";
import { dateElement } from "./datetime.js";
import { draftNote } from "./draft.js";
import { h, type SceneElement, type SceneNode } from "./node.js";
import { pagerNode } from "./pager.js";
import type { EventWords, Words } from "./words.js";

// An entry shows its first citations and accounts, and how many more: the list stays a page of
// a few hundred nodes whatever an event cites (an event citing 2,000 sources made 50,000).
const ENTRY_MOST = 10;

/** What the lists show as chosen. */
export interface ListsState {
  selected: string | null;
  /** Events highlighted (by choosing a source, or the selected one). */
  highlighted: ReadonlySet<string>;
  /** The source whose events are highlighted, or null. */
  source: number | null;
  /** "list": the chart is hidden and the list is the whole timeline; "story": a slide at a time under the chart. */
  view: "chart" | "list" | "story";
  /** The page of the event list the reader turned to; null: the page holding the selected event, else the first. */
  eventsPage: number | null;
  /** The page of the sources the reader turned to; null: the page holding the selected event's first source (or the highlighted source), else the first. */
  sourcesPage: number | null;
}

/** What the lists are drawn from. */
export interface ListsInput {
  layout: TimelineLayout;
  words: Words;
  prefix: string;
  /** Level of the "Events" and "Sources" headings. */
  level: number;
  state: ListsState;
  /**
   * Entries per page of each list: a page stays light whatever the number of events, and the
   * pager reaches every entry. Infinity: one page, as the server writes it for readers without a script.
   */
  pageSize: number;
  /** Server output before a script takes over: buttons are inert until then. */
  inert: boolean;
  messages: Messages["chart"];
  /**
   * The lists as last drawn, while the window moves and nothing else changed: a zoom frame is
   * the chart's, and the lists catch up when the window settles.
   */
  stale?: boolean;
  /** How events' pictures are shown: loaded where the page opted in, else in words. */
  media?: MediaView | undefined;
}

/**
 * Reused nodes, one table per timeline view: entries and sources by their state. A fresh cache
 * (as the server uses) gives the same nodes, only made again.
 */
export interface ListsCache {
  key: string;
  words?: Words;
  /** The events listed for a window and view, kept while neither changes (a select, a focus). */
  listed?: { from: number; to: number; view: string; result: TimelineEvent[] };
  entries: Map<string, SceneElement>;
  sources: SceneElement[][];
  sourcesNode?: { key: string; node: SceneElement };
  sourceIndex?: Map<number, number>;
  eventsNode?: { key: string; node: SceneElement };
  node?: SceneElement;
}

/**
 * A cache for {@link listsNode}.
 *
 * @example
 * ```ts
 * const cache = createListsCache();
 * ```
 */
export function createListsCache(): ListsCache {
  return { key: "", entries: new Map(), sources: [[], [], [], []] };
}

/**
 * The `<div class="cl-lists">`: the events section and the sources section.
 *
 * @example
 * ```ts
 * toMarkup(listsNode(input, createListsCache()));
 * ```
 */
export function listsNode(input: ListsInput, cache: ListsCache): SceneElement {
  // A picture that failed to load is drawn again as words: the failures only grow, so their count tells.
  const key = `${input.prefix}\u0000${input.level}\u0000${input.inert}\u0000${input.pageSize}\u0000${input.media?.load === true}\u0000${input.media?.failed?.size ?? 0}`;
  if (cache.key !== key || cache.words !== input.words || cache.entries.size > 40 * Math.min(input.pageSize, 100) + 1000) {
    Object.assign(cache, createListsCache(), { key, words: input.words, sourcesNode: undefined, eventsNode: undefined, listed: undefined, sourceIndex: undefined, node: undefined });
  }
  if (input.stale && cache.node) return cache.node;
  return (cache.node = h("div", { class: "cl-lists" }, [eventsSection(input, cache), sourcesSection(input, cache)]));
}

/**
 * The events the list holds, in time order: those in view, or every event when the list leads.
 *
 * @example
 * ```ts
 * listedEvents({ layout, words, state }).length; // how many events the pager pages through
 * ```
 */
export function listedEvents(input: Pick<ListsInput, "layout" | "words" | "state">): TimelineEvent[] {
  const [from, to] = input.layout.domain;
  const events = input.words.timeline.events;
  return input.state.view === "list" ? events : eventsReaching(input.words.timeline, from, to);
}

/**
 * The page a list shows: the one asked for, else the one holding `follow` (an index, or -1), kept
 * among the pages there are.
 *
 * @example
 * ```ts
 * pageOf(null, 1000, 25, 60); // 2
 * ```
 */
export function pageOf(requested: number | null, total: number, size: number, follow: number): number {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = requested ?? (follow >= 0 && Number.isFinite(size) ? Math.floor(follow / size) : 0);
  return Math.min(Math.max(0, page), pages - 1);
}

function eventsSection(input: ListsInput, cache: ListsCache): SceneElement {
  const { prefix, state, messages: m, pageSize: size } = input;
  const [from, to] = input.layout.domain;
  const last = cache.listed;
  const listed = last && last.from === from && last.to === to && last.view === state.view ? last.result : listedEvents(input);
  cache.listed = { from, to, view: state.view, result: listed };
  const total = listed.length;
  const page = pageOf(state.eventsPage, total, size, state.selected === null || state.eventsPage !== null ? -1 : listed.findIndex((e) => e.id === state.selected));
  const first = Number.isFinite(size) ? page * size : 0;
  const shown = Number.isFinite(size) ? listed.slice(first, first + size) : listed;
  // Out of view is possible only when the list leads (the chart's list holds the events in view).
  const entries = shown.map((e) => {
    const flags = (e.id === state.selected ? "s" : "") + (state.highlighted.has(e.id) ? "h" : "") + (state.view === "list" && !reachesInto(e, from, to) ? "o" : "");
    const id = `${flags}\u0000${e.id}`;
    let node = cache.entries.get(id);
    if (!node) cache.entries.set(id, (node = entry(e, flags, input)));
    return node;
  });
  const listKey = `${total}\u0000${first}\u0000${entries.length}\u0000${state.view}`;
  const drawn = cache.eventsNode;
  if (drawn && drawn.key === listKey && sameNodes(drawn.node, entries)) return drawn.node;
  const status = m.eventsPage(first + 1, first + shown.length, total, state.view === "list");
  const children: SceneNode[] = [
    h(`h${input.level}`, { class: "cl-list-heading", id: `${prefix}-events-title` }, m.eventsHeading),
    h("ol", { class: "cl-list", start: first > 0 ? first + 1 : null }, entries),
  ];
  const nav = pagerNode({ list: "events", page, pages: Math.ceil(total / size), status, label: m.eventsPages, messages: m, inert: input.inert });
  if (nav) children.push(nav);
  const node = h("section", { class: "cl-events", "aria-labelledby": `${prefix}-events-title` }, children);
  cache.eventsNode = { key: listKey, node };
  return node;
}

function sameNodes(section: SceneElement, entries: readonly SceneElement[]): boolean {
  const ol = section.children[1];
  if (typeof ol !== "object" || ol.children.length !== entries.length) return false;
  return entries.every((e, i) => ol.children[i] === e);
}

function entry(e: TimelineEvent, flags: string, input: ListsInput): SceneElement {
  const w = input.words.event(e);
  const { prefix, messages: m } = input;
  const cites: SceneNode[] = [];
  w.citations.slice(0, ENTRY_MOST).forEach((n, i) => {
    if (i > 0) cites.push(" ");
    cites.push(h("a", { href: `#${prefix}-source-${n}`, class: "cl-cite-ref" }, m.citeNumber(n).trim()));
  });
  if (w.citations.length > ENTRY_MOST) cites.push(" ", h("span", { class: "cl-more" }, m.andMore(w.citations.length - ENTRY_MOST)));
  const cls = `cl-entry${flags.includes("s") ? " cl-selected" : ""}${flags.includes("h") ? " cl-highlighted" : ""}${flags.includes("o") ? " cl-out-of-view" : ""}`;
  return h(
    "li",
    { class: cls, id: domId(prefix, e.id, "entry"), "data-id": e.id },
    [
      dateElement(w.edtf, whenNodes(w), { class: "cl-entry-when" }),
      h("button", { type: "button", class: "cl-entry-title", "aria-pressed": flags.includes("s") ? "true" : "false", disabled: input.inert }, [h("bdi", {}, e.title)]),
      h("span", { class: "cl-entry-precision" }, w.precision),
      ...draftNote(e, m, "cl-entry-draft"),
      ...accountsNodes(e, input.words, m, ENTRY_MOST),
      ...(e.description ? [h("p", { class: "cl-entry-description", dir: "auto" }, e.description)] : []),
      ...mediaNodes(e, input, "cl-entry-media"),
      h("span", { class: "cl-entry-cites" }, cites.length > 0 ? cites : [h("em", { class: "cl-unsourced-note" }, m.noSource)]),
    ],
    { key: e.id },
  );
}

// A page of the numbered sources. The selected event's sources are marked, and the page follows
// its first one unless the reader turned to another.
function sourcesSection(input: ListsInput, cache: ListsCache): SceneElement {
  const { prefix, state, words, pageSize: size } = input;
  const all = words.citations;
  const at = (cache.sourceIndex ??= new Map(all.map((c, i) => [c.number, i])));
  const selected = state.selected === null ? undefined : words.byId(state.selected);
  const cited = selected ? words.event(selected).citations : [];
  const follow = cited.length > 0 ? (at.get(cited[0]!) ?? -1) : state.source !== null ? (at.get(state.source) ?? -1) : -1;
  const page = pageOf(state.sourcesPage, all.length, size, follow);
  const key = `${cited.join(" ")}\u0000${state.source}\u0000${page}`;
  const last = cache.sourcesNode;
  if (last?.key === key) return last.node;
  const first = Number.isFinite(size) ? page * size : 0;
  const end = Math.min(all.length, first + size);
  const flags = new Map<number, number>();
  for (const n of cited) flags.set(n, 1);
  if (state.source !== null) flags.set(state.source, (flags.get(state.source) ?? 0) | 2);
  const items: SceneElement[] = [];
  for (let i = first; i < end; i++) {
    const flag = flags.get(all[i]!.number) ?? 0;
    items.push((cache.sources[flag]![i] ??= source(all[i]!, flag, input)));
  }
  // No source at all: said under the heading, where an empty list said nothing.
  const list = all.length === 0 ? h("p", { class: "cl-source-list cl-unsourced-note" }, input.messages.noSource) : h("ol", { class: "cl-source-list" }, items);
  const children: SceneNode[] = [h(`h${input.level}`, { class: "cl-list-heading", id: `${prefix}-sources-title` }, input.messages.sourcesHeading), list];
  const nav = pagerNode({ list: "sources", page, pages: Math.ceil(all.length / size), status: input.messages.sourcesPage(first + 1, end, all.length), label: input.messages.sourcesPages, messages: input.messages, inert: input.inert });
  if (nav) children.push(nav);
  const node = h("section", { class: "cl-sources", "aria-labelledby": `${prefix}-sources-title` }, children);
  cache.sourcesNode = { key, node };
  return node;
}

// flag: 1 cited by the selected event, 2 its events are highlighted.
function source(c: CitationText, flag: number, input: ListsInput): SceneElement {
  const shown = (flag & 2) !== 0;
  const cls = `cl-source${flag & 1 ? " cl-cited" : ""}${shown ? " cl-highlighted" : ""}`;
  const button = h("button", { type: "button", class: "cl-source-events", "aria-pressed": shown ? "true" : "false", disabled: input.inert }, shown ? input.messages.clearSource : input.messages.showItsEvents);
  return h("li", { class: cls, id: `${input.prefix}-source-${c.number}`, value: c.number, tabindex: -1 }, [...citationNodes(c, input.messages), " ", button], { key: String(c.number) });
}

/**
 * An event's date for the lists and the card: in words, and beside a date in another calendar its
 * Gregorian one, in parentheses (punctuation, not words: the same in every language).
 *
 * @example
 * ```ts
 * whenNodes({ when: "18 Khordad 1387", gregorian: "7 June 2008", … }); // <bdi>18 Khordad 1387</bdi> (<span>7 June 2008</span>)
 * ```
 */
export function whenNodes(w: EventWords): SceneNode[] {
  const nodes: SceneNode[] = [h("bdi", {}, w.when)];
  if (w.gregorian) nodes.push(" ", h("span", { class: "cl-when-gregorian" }, ["(", h("bdi", {}, w.gregorian), ")"]));
  return nodes;
}
