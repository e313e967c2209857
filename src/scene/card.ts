/**
 * The detail card as a scene: an event's date, title, how well its date is known, its
 * description and its citations; or, for events that share their dates, a list to pick from.
 * Closed, it is an empty hidden dialog, so the page holds the same element either way.
 *
 * @module
 */
import type { Messages } from "../messages/index.js";
import { accountsNodes } from "./accounts.js";
import { citationNodes, runNodes } from "./citation.js";
import { draftNote } from "./draft.js";
import { headingLevels } from "./markup.js";
import { mediaNodes, type MediaView } from "./media.js";
import { h, type SceneElement, type SceneNode } from "./node.js";
import { pageOf, whenNodes } from "./lists.js";
import { pagerNode, type CardList } from "./pager.js";
import type { Words } from "./words.js";

// A card shows an event's sources and accounts, or the events sharing a time, 25 at a time with a
// pager for each list (a slide, which has none, the first 25 and how many more): it stays a few
// hundred nodes whatever an event cites.
const CARD_MOST = 25;

/** The page each of the card's lists is turned to, from 0; none: the first. */
export type CardPages = Readonly<Partial<Record<CardList, number>>>;

/** What the card shows, and where (in the timeline's coordinates). */
export type CardState =
  | { kind: "event"; id: string; x: number; y: number; end?: number; above?: number; pages?: CardPages }
  | { kind: "list"; members: readonly string[]; x: number; y: number; end?: number; above?: number; pages?: CardPages };

/** What the card is drawn from. */
export interface CardInput {
  card: CardState | null;
  words: Words;
  prefix: string;
  /** Level of the card's title; its "Sources" is one lower (at most 6). */
  level: number;
  /** Width of the timeline, px: the card stays inside it. */
  width: number;
  messages: Messages["chart"];
  /** Right-to-left text: the card opens toward the left of the item, where its reading starts. */
  rtl?: boolean;
  /** Whose parts these are: the card's (default, with a close button) or a story's slide (its title id is `<prefix>-slide-title`). */
  part?: "card" | "slide";
  /** How the event's picture is shown (the `media` option); default in words, never loaded. */
  media?: MediaView | undefined;
}

/**
 * The `<div class="cl-card" role="dialog">`.
 *
 * @example
 * ```ts
 * cardNode({ card: { kind: "event", id: "visit", x: 120, y: 80 }, words, prefix: "tl", level: 3, width: 800, messages: en.chart });
 * ```
 */
export function cardNode(input: CardInput): SceneElement {
  const { card, prefix } = input;
  const base = { class: "cl-card", role: "dialog", "aria-modal": "false", id: `${prefix}-card` };
  const event = card?.kind === "event" ? input.words.byId(card.id) : undefined;
  if (!card || (card.kind === "event" && !event)) return h("div", { ...base, hidden: true });
  const cardWidth = Math.min(340, input.width - 16);
  // Positioned through the CSSOM by the DOM writer, never a style attribute, so a strict CSP allows it.
  // `x` is where the item starts on screen, `end` where it ends: the card opens from its reading start.
  const from = input.rtl ? (card.end ?? card.x) - cardWidth : card.x;
  const left = `${Math.max(8, Math.min(from, input.width - cardWidth - 8))}px`;
  // Under an item low in the chart the card opens upward (`above`, its bottom edge), over the
  // lanes rather than the axis and the lists below; it scrolls rather than leave the chart's top.
  const place: Record<string, string> = card.above === undefined ? { top: `${Math.max(4, card.y)}px` } : { top: `${card.above}px`, transform: "translateY(-100%)", "max-height": `${Math.max(0, card.above - 4)}px`, "overflow-y": "auto" };
  const style = { width: `${cardWidth}px`, left, ...place };
  const children = event ? eventParts(event, input) : listParts(card.kind === "list" ? card.members : [], input);
  return h("div", { ...base, "aria-labelledby": `${prefix}-card-title`, "data-event": event?.id ?? null }, children, { style });
}

function head(when: SceneNode[], title: string, input: CardInput): SceneNode[] {
  return [
    ...(input.part === "slide" ? [] : [h("button", { type: "button", class: "cl-card-close", "aria-label": input.messages.close }, "×")]),
    h("p", { class: "cl-card-when" }, when),
    h(`h${input.level}`, { class: "cl-card-title", id: `${input.prefix}-${input.part ?? "card"}-title` }, [h("bdi", {}, title)]),
  ];
}

/**
 * An event's content, as the card and a story's slide show it: its date in words, title, how well
 * its date is known, description and numbered citations.
 *
 * @example
 * ```ts
 * h("div", { class: "cl-slide-body" }, eventParts(words.byId("visit")!, { card: null, words, prefix: "tl", level: 3, width: 800, messages: en.chart, part: "slide" }));
 * ```
 */
export function eventParts(event: NonNullable<ReturnType<Words["byId"]>>, input: CardInput): SceneNode[] {
  const w = input.words.event(event);
  const m = input.messages;
  const citations = event.sources.flatMap((id) => input.words.citation(id) ?? []);
  const { sub } = headingLevels(input.level);
  const accounts = cardPage("card-accounts", event.accounts?.length ?? 0, input, m.accountsPage, m.accountsPages);
  const cites = cardPage("card-sources", citations.length, input, m.sourcesPage, m.cardSourcesPages);
  return [
    ...head(whenNodes(w), event.title, input),
    ...groupLine(event, input),
    h("p", { class: "cl-card-precision" }, w.precision),
    ...draftNote(event, m, "cl-card-draft"),
    ...accountsNodes(event, input.words, m, CARD_MOST, accounts.pager ? accounts : undefined),
    ...mediaNodes(event, input),
    ...(event.description ? [h("p", { class: "cl-card-description", dir: "auto" }, event.description)] : []),
    h(`h${sub}`, { class: "cl-card-sources-title" }, citations.length === 0 ? m.noSource : citations.length === 1 ? m.sourceHeading : m.sourcesHeading),
    h("ol", { class: "cl-card-sources" }, citations.slice(cites.first, cites.first + CARD_MOST).map((c) => h("li", { value: c.number }, citationNodes(c, input.messages), { key: String(c.number) }))),
    ...cites.rest,
  ];
}

// The page one of the card's lists is turned to: its first entry, and after the list its pager; a
// slide, which has no pager, shows the first page and how many more (the lists under the chart
// hold every source and event).
function cardPage(list: CardList, total: number, input: CardInput, status: (first: number, last: number, total: number) => string, label: string): { first: number; pager: SceneElement | undefined; rest: SceneNode[] } {
  if (total <= CARD_MOST) return { first: 0, pager: undefined, rest: [] };
  if (input.part === "slide") return { first: 0, pager: undefined, rest: [h("p", { class: "cl-more" }, input.messages.andMore(total - CARD_MOST))] };
  const page = pageOf(input.card?.pages?.[list] ?? null, total, CARD_MOST, -1);
  const first = page * CARD_MOST;
  const pager = pagerNode({ list, page, pages: Math.ceil(total / CARD_MOST), status: status(first + 1, Math.min(total, first + CARD_MOST), total), label, messages: input.messages });
  return { first, pager, rest: pager ? [pager] : [] };
}

// The event's group, by its heading: a card stands away from its lane's, and past the most lanes a
// drawing holds, groups share the last lane, whose heading only counts them.
function groupLine(event: NonNullable<ReturnType<Words["byId"]>>, input: CardInput): SceneNode[] {
  const group = event.group === undefined ? undefined : input.words.timeline.groups.find((g) => g.id === event.group);
  return group ? [h("p", { class: "cl-card-group" }, [h("bdi", {}, group.label)])] : [];
}

// Events that zooming cannot pull apart (they share their dates): each a button to open it.
function listParts(members: readonly string[], input: CardInput): SceneNode[] {
  const events = members.flatMap((id) => input.words.byId(id) ?? []);
  const m = input.messages;
  const page = cardPage("card-events", events.length, input, (first, last, total) => m.eventsPage(first, last, total, true), m.cardEventsPages);
  return [
    ...head([m.eventsCount(events.length)], m.sameTime(events.length), input),
    h(
      "ul",
      { class: "cl-card-list" },
      events.slice(page.first, page.first + CARD_MOST).map((e) => h("li", {}, [h("button", { type: "button", class: "cl-card-pick", "data-id": e.id }, runNodes([{ user: e.title }, m.pickSeparator, { user: input.words.event(e).when }]))], { key: e.id })),
    ),
    ...page.rest,
  ];
}
