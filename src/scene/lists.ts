/**
 * The timeline in words, under the chart: the events in view in time order (what screen-reader
 * users and no-script readers get) and the numbered sources. Entries are made once per state and
 * reused, so a select or a zoom frame rebuilds only the few entries whose state changed and the
 * patcher skips the rest without looking inside.
 *
 * @module
 */
import type { TimelineLayout } from "../layout/types.js";
import { reachesInto } from "../layout/layout.js";
import type { Messages } from "../messages/index.js";
import type { CitationText } from "../model/citation.js";
import type { TimelineEvent } from "../types.js";
import { citationNodes } from "./citation.js";
import { domId } from "./item-facts.js";
import { h, type SceneElement, type SceneNode } from "./node.js";
import type { Words } from "./words.js";

/** What the lists show as chosen. */
export interface ListsState {
  selected: string | null;
  /** Events highlighted (by choosing a source, or the selected one). */
  highlighted: ReadonlySet<string>;
  /** The source whose events are highlighted, or null. */
  source: number | null;
  /** "list": the chart is hidden and the list is the whole timeline. */
  view: "chart" | "list";
}

/** What the lists are drawn from. */
export interface ListsInput {
  layout: TimelineLayout;
  words: Words;
  prefix: string;
  /** Level of the "Events" and "Sources" headings. */
  level: number;
  state: ListsState;
  /** At most this many entries (the page stays light whatever the number of events). */
  limit: number;
  /** Server output before a script takes over: buttons are inert until then. */
  inert: boolean;
  messages: Messages["chart"];
}

/**
 * Reused nodes, one table per timeline view: entries and sources by their state. A fresh cache
 * (as the server uses) gives the same nodes, only made again.
 */
export interface ListsCache {
  key: string;
  words?: Words;
  /** The events listed for a window and view, kept while neither changes (a select, a focus). */
  listed?: { from: number; to: number; view: string; result: { shown: TimelineEvent[]; total: number } };
  entries: Map<string, SceneElement>;
  sources: SceneElement[][];
  sourcesNode?: { key: string; node: SceneElement; items: SceneElement[]; marked: number[] };
  sourceIndex?: Map<number, number>;
  eventsNode?: { key: string; node: SceneElement };
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
  const key = `${input.prefix}\u0000${input.level}\u0000${input.inert}`;
  if (cache.key !== key || cache.words !== input.words || cache.entries.size > 4 * input.limit + 1000) {
    Object.assign(cache, createListsCache(), { key, words: input.words, sourcesNode: undefined, eventsNode: undefined, listed: undefined, sourceIndex: undefined });
  }
  return h("div", { class: "cl-lists" }, [eventsSection(input, cache), sourcesSection(input, cache)]);
}

/** The events the list shows: those in view, in time order (every event when the list leads), at most `limit`. */
export function listedEvents(input: Pick<ListsInput, "layout" | "words" | "limit" | "state">): { shown: TimelineEvent[]; total: number } {
  const [from, to] = input.layout.domain;
  const events = input.words.timeline.events;
  const inView = input.state.view === "list" ? events : events.filter((e) => reachesInto(e, from, to));
  return { shown: inView.length > input.limit ? inView.slice(0, input.limit) : inView, total: inView.length };
}

function eventsSection(input: ListsInput, cache: ListsCache): SceneElement {
  const { prefix, state, messages: m } = input;
  const [from, to] = input.layout.domain;
  const last = cache.listed;
  const listed = last && last.from === from && last.to === to && last.view === state.view ? last.result : listedEvents(input);
  cache.listed = { from, to, view: state.view, result: listed };
  const { shown, total } = listed;
  // Out of view is possible only when the list leads (the chart's list holds the events in view).
  const entries = shown.map((e) => {
    const flags = (e.id === state.selected ? "s" : "") + (state.highlighted.has(e.id) ? "h" : "") + (state.view === "list" && !reachesInto(e, from, to) ? "o" : "");
    const id = `${flags}\u0000${e.id}`;
    let node = cache.entries.get(id);
    if (!node) cache.entries.set(id, (node = entry(e, flags, input)));
    return node;
  });
  const listKey = `${total}\u0000${entries.length}`;
  const drawn = cache.eventsNode;
  if (drawn && drawn.key === listKey && sameNodes(drawn.node, entries)) return drawn.node;
  const children: SceneNode[] = [h(`h${input.level}`, { class: "cl-list-heading", id: `${prefix}-events-title` }, m.eventsHeading), h("ol", { class: "cl-list" }, entries)];
  // Where the list is cut, it says so, and how to see the rest.
  if (total > shown.length) children.push(h("p", { class: "cl-list-note" }, m.listLimited(shown.length, total)));
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
  w.citations.forEach((n, i) => {
    if (i > 0) cites.push(" ");
    cites.push(h("a", { href: `#${prefix}-source-${n}`, class: "cl-cite-ref" }, `[${n}]`));
  });
  const cls = `cl-entry${flags.includes("s") ? " cl-selected" : ""}${flags.includes("h") ? " cl-highlighted" : ""}${flags.includes("o") ? " cl-out-of-view" : ""}`;
  return h(
    "li",
    { class: cls, id: `${domId(prefix, e.id)}-entry`, "data-id": e.id },
    [
      h("time", { class: "cl-entry-when", datetime: w.datetime }, [h("bdi", {}, w.when)]),
      h("button", { type: "button", class: "cl-entry-title", "aria-pressed": flags.includes("s") ? "true" : "false", disabled: input.inert }, [h("bdi", {}, e.title)]),
      h("span", { class: "cl-entry-precision" }, w.precision),
      ...(e.description ? [h("p", { class: "cl-entry-description", dir: "auto" }, e.description)] : []),
      h("span", { class: "cl-entry-cites" }, cites.length > 0 ? cites : [h("em", { class: "cl-unsourced-note" }, m.noSource)]),
    ],
    { key: e.id },
  );
}

// Every source is listed, so a select must not rebuild 50,000 entries: the list is the last one
// with the few entries whose state changed (cited, shown) swapped for their new nodes.
function sourcesSection(input: ListsInput, cache: ListsCache): SceneElement {
  const { prefix, state, words } = input;
  const selected = state.selected === null ? undefined : words.byId(state.selected);
  const cited = selected ? words.event(selected).citations : [];
  const key = `${cited.join(" ")}\u0000${state.source}`;
  const last = cache.sourcesNode;
  if (last?.key === key) return last.node;
  const all = words.citations;
  const at = (cache.sourceIndex ??= new Map(all.map((c, i) => [c.number, i])));
  const flags = new Map<number, number>();
  for (const n of cited) if (at.has(n)) flags.set(at.get(n)!, 1);
  if (state.source !== null && at.has(state.source)) flags.set(at.get(state.source)!, (flags.get(at.get(state.source)!) ?? 0) | 2);
  const nodeAt = (i: number, flag: number) => (cache.sources[flag]![i] ??= source(all[i]!, flag, input));
  let items: SceneElement[];
  if (last) {
    items = last.items.slice();
    for (const i of last.marked) items[i] = nodeAt(i, 0);
  } else {
    items = all.map((_, i) => nodeAt(i, 0));
  }
  for (const [i, flag] of flags) items[i] = nodeAt(i, flag);
  const node = h("section", { class: "cl-sources", "aria-labelledby": `${prefix}-sources-title` }, [
    h(`h${input.level}`, { class: "cl-list-heading", id: `${prefix}-sources-title` }, input.messages.sourcesHeading),
    h("ol", { class: "cl-source-list" }, items),
  ]);
  cache.sourcesNode = { key, node, items, marked: [...flags.keys()] };
  return node;
}

// flag: 1 cited by the selected event, 2 its events are highlighted.
function source(c: CitationText, flag: number, input: ListsInput): SceneElement {
  const shown = (flag & 2) !== 0;
  const cls = `cl-source${flag & 1 ? " cl-cited" : ""}${shown ? " cl-highlighted" : ""}`;
  const button = h("button", { type: "button", class: "cl-source-events", "aria-pressed": shown ? "true" : "false", disabled: input.inert }, shown ? input.messages.clearSource : input.messages.showItsEvents);
  return h("li", { class: cls, id: `${input.prefix}-source-${c.number}`, value: c.number }, [...citationNodes(c), " ", button], { key: String(c.number) });
}
