/**
 * Previous and next, with where the page is in words: the one pager every paged list shows (the
 * events and the sources under the chart, and the card's accounts, sources and events), so a
 * page stays light whatever the number of entries and the pager reaches every one.
 *
 * @module
 */
import type { Messages } from "../messages/index.js";
import { h, type SceneElement } from "./node.js";

/** The lists a reader pages through: under the chart, and in the card (`data-list` on each pager). */
export const PAGED_LISTS = ["events", "sources", "card-accounts", "card-sources", "card-events"] as const;

/** One of {@link PAGED_LISTS}. */
export type PagedList = (typeof PAGED_LISTS)[number];

/** The card's lists that page: a disputed event's accounts, an event's sources, events at one time. */
export type CardList = Exclude<PagedList, "events" | "sources">;

/**
 * The paged list a pager's `data-list` names; undefined for anything else.
 *
 * @example
 * ```ts
 * pagedList("card-accounts"); // "card-accounts"
 * pagedList("nonsense");      // undefined
 * ```
 */
export function pagedList(name: string | null): PagedList | undefined {
  return PAGED_LISTS.find((l) => l === name);
}

/** Where a pager is and what it says. */
export interface PagerInput {
  list: PagedList;
  /** The page shown, from 0. */
  page: number;
  pages: number;
  /** Where the page is, in words: "Sources 26–50 of 60". */
  status: string;
  /** The navigation's accessible name, one for each list (a page's landmarks are told apart by it). */
  label: string;
  messages: Messages["chart"];
  /** Server output before a script takes over: its buttons are inert until then. */
  inert?: boolean;
}

/**
 * The `<nav class="cl-pager">`; none when everything fits on one page.
 *
 * @example
 * ```ts
 * pagerNode({ list: "sources", page: 1, pages: 3, status: "Sources 26–50 of 60", label: en.chart.sourcesPages, messages: en.chart });
 * ```
 */
export function pagerNode(input: PagerInput): SceneElement | undefined {
  const { list, page, pages, messages: m } = input;
  if (!(pages > 1)) return undefined;
  const button = (cls: string, text: string, target: number, off: boolean) =>
    h("button", { type: "button", class: `cl-button cl-pager-button ${cls}`, "data-list": list, "data-page": target, disabled: off || input.inert === true }, text);
  return h("nav", { class: "cl-pager", "data-list": list, "aria-label": input.label }, [
    button("cl-pager-prev", m.previousPage, page - 1, page === 0),
    h("span", { class: "cl-pager-status", "aria-live": "polite" }, input.status),
    button("cl-pager-next", m.nextPage, page + 1, page >= pages - 1),
  ]);
}
