/**
 * An event's accounts: sources that disagree about when (or how) it happened, each read with its
 * own date, words and citations. A bad account is dropped with a warning and the event keeps the
 * rest; the event's `start` and `end` become the time they cover together.
 *
 * @module
 */
import type { Origin } from "../parse/parsed.js";
import type { Account, FuzzyDate } from "../types.js";
import { ACCOUNT_FIELDS, isRecord, LIMITS, UNRESOLVED } from "./fields.js";
import { readCitations, readSpan } from "./item-parts.js";
import type { ItemReader } from "./reader.js";
import type { SourceDraft } from "./source.js";
import { A_LIST_OF_ACCOUNTS, ACCOUNT, ACCOUNT_DROPPED } from "../messages/details.js";

/** One account as read: the account (its sources not yet resolved) and the citations it gave. */
export interface AccountRead {
  account: Account;
  citations: (string | SourceDraft)[];
}

/**
 * Read `accounts` from an event. `places` are the rows each came from, when a spreadsheet gave
 * them (rows with one id); a problem is then addressed to its own row and column.
 *
 * @example
 * ```ts
 * readAccounts([{ start: "2008-06-08", sources: ["irna"] }, { start: "2008-06-09", sources: ["nyt"] }], reader)?.length; // 2
 * ```
 */
export function readAccounts(raw: unknown, reader: ItemReader, places?: readonly Origin[]): AccountRead[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) {
    reader.report("wrong-type-ignored", "accounts", { value: raw, detail: A_LIST_OF_ACCOUNTS });
    return undefined;
  }
  const out: AccountRead[] = [];
  (raw as unknown[]).forEach((item, i) => {
    const place = places?.[i];
    // An account's problems drop that account only.
    const r = (place ? reader.at(place) : reader).softened(ACCOUNT_DROPPED);
    const read = readAccount(item, r, place ? "" : `accounts[${i}].`);
    if (read) out.push(read);
  });
  return out;
}

function readAccount(raw: unknown, reader: ItemReader, prefix: string): AccountRead | undefined {
  if (!isRecord(raw)) {
    reader.report("not-an-object", prefix === "" ? "accounts" : prefix.slice(0, -1), { value: raw, detail: ACCOUNT });
    return undefined;
  }
  const f = reader.known(raw, ACCOUNT_FIELDS, prefix);
  const span = readSpan(f.start, f.end, reader, prefix);
  const description = reader.text(f.description, `${prefix}description`, LIMITS.description);
  const citations = readCitations(f.sources, reader, prefix);
  if (!span) return undefined;
  const account: Account = { start: span.start, sources: UNRESOLVED };
  if (span.end) account.end = span.end;
  if (description !== undefined) account.description = description;
  return { account, citations };
}

/**
 * The time accounts cover together: the earliest start, and the latest end (none when that is
 * the earliest start itself, a single point).
 *
 * @example
 * ```ts
 * coverOf(accounts); // { start: 8 June 2008, end: 9 June 2008 }
 * ```
 */
export function coverOf(accounts: readonly Account[]): { start: FuzzyDate; end?: FuzzyDate } {
  let start = accounts[0]!.start;
  let end: FuzzyDate = accounts[0]!.end ?? start;
  for (const a of accounts) {
    if (a.start.earliest < start.earliest) start = a.start;
    const last = a.end ?? a.start;
    if (last.latest > end.latest) end = last;
  }
  return end === start ? { start } : { start, end };
}
