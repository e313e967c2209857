/**
 * A disputed event's accounts as scene nodes: on the chart, one mark per account on the event's
 * row (or per group of accounts too close to tell apart, as the layout merged them), each with its
 * citation numbers above it, joined by a bracket below where there are two or more; in the card
 * and the list, the accounts side by side, each with who gives it.
 *
 * @module
 */
import { ACCOUNT_MIN } from "../layout/account-marks.js";
import type { PointItem } from "../layout/types.js";
import type { Messages } from "../messages/index.js";
import { edtfOf } from "../model/date-words.js";
import type { Account, TimelineEvent } from "../types.js";
import { coarse } from "../layout/doubt.js";
import { dateElement } from "./datetime.js";
import { h, type SceneElement, type SceneNode } from "./node.js";
import type { Words } from "./words.js";

// An account's mark: as tall as a set's candidate, so neither reads as a span's box.
const MARK = 14;
// How far below the row the bracket runs, px.
const BRACKET = MARK / 2 + 5;

/**
 * The marks of a disputed item, drawn from its origin `ox` (its group is moved to the item's x).
 *
 * @example
 * ```ts
 * parts.push(...accountParts(item, item.x, "tl"));
 * ```
 */
export function accountParts(d: PointItem, ox: number, prefix: string): SceneNode[] {
  const marks = (d.accounts ?? []).map((a) => {
    const width = Math.max(a.band[1] - a.band[0], ACCOUNT_MIN);
    return { x: (a.band[0] + a.band[1]) / 2 - width / 2 - ox, width, account: a };
  });
  if (marks.length === 0) return [];
  const first = marks[0]!;
  const last = marks[marks.length - 1]!;
  const x1 = first.x + first.width / 2;
  const x2 = last.x + last.width / 2;
  const parts: SceneNode[] = marks.length > 1 ? [h("path", { class: "cl-account-bracket", d: `M${x1},${BRACKET - 4}V${BRACKET}H${x2}V${BRACKET - 4}` })] : [];
  for (const { x, width, account } of marks) {
    const box = { x, width, y: -MARK / 2, height: MARK, rx: 3 };
    parts.push(h("rect", { class: `cl-account cl-p-${account.date.precision} cl-q-${account.date.qualifier}`, ...box }));
    // A vague account says so by hatching, as any band of doubt does.
    if (coarse(account.date) || account.date.qualifier !== "exact") parts.push(h("rect", { class: "cl-band-hatch", ...box, fill: `url(#${prefix}-hatch)` }));
    if (account.cites) parts.push(h("text", { class: "cl-account-cites", x: x + width / 2, y: -MARK / 2 - 3, "text-anchor": "middle" }, account.cites));
  }
  return parts;
}

/**
 * A disputed event's accounts for the card and the list: one entry each, "IRNA, via The New York
 * Times: 8 June 2008", with its numbers and what it says.
 *
 * @example
 * ```ts
 * h("div", {}, accountsNodes(event, words, en.chart));     // every account
 * h("div", {}, accountsNodes(event, words, en.chart, 10)); // the first ten, and how many more
 * h("div", {}, accountsNodes(event, words, en.chart, 25, { first: 25, pager })); // the second page of 25
 * ```
 */
export function accountsNodes(event: TimelineEvent, words: Words, messages: Messages["chart"], most = Infinity, page?: AccountsPage): SceneNode[] {
  const accounts = event.accounts;
  if (!accounts || accounts.length < 2) return [];
  const first = page?.first ?? 0;
  const entries = accounts.slice(first, first + most).map((a, i) => accountEntry(a, first + i, words, messages));
  const left = accounts.length - most;
  if (!page && left > 0) entries.push(h("li", { class: "cl-more" }, messages.andMore(left), { key: "more" }));
  const list = [h("p", { class: "cl-accounts-title" }, messages.accountsHeading(accounts.length)), h("ul", { class: "cl-accounts" }, entries)];
  return page?.pager ? [...list, page.pager] : list;
}

/** A page of accounts, as the card shows them: from the `first`, with the pager that turns them. */
export interface AccountsPage {
  first: number;
  pager: SceneElement | undefined;
}

// One account: who gives it, its date, its numbers and what it says.
function accountEntry(a: Account, i: number, words: Words, messages: Messages["chart"]): SceneElement {
  const cited = a.sources.flatMap((id) => words.citation(id) ?? []);
  const by = cited.map((c) => [c.publisher, ...c.via].join(messages.via)).join("; ");
  const numbers = cited.map((c) => c.number);
  return h(
    "li",
    { class: "cl-account-entry" },
    [
      h("span", { class: "cl-account-by" }, by ? [h("bdi", {}, by), messages.accountSeparator] : [messages.accountUnsourced, messages.accountSeparator]),
      dateElement(edtfOf(a.start, a.end), words.account(a)),
      ...(numbers.length ? [h("span", { class: "cl-account-numbers" }, ` [${numbers.join(", ")}]`)] : []),
      ...(a.description ? [h("span", { class: "cl-account-says", dir: "auto" }, a.description)] : []),
    ],
    { key: String(i) },
  );
}
