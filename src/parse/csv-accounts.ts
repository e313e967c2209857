/**
 * A spreadsheet's disputed events: rows that share an id and a headline but give another date,
 * other words or other sources are accounts of one event (a sheet has one row per claim, so
 * disagreeing sources are rows). Rows that repeat an id with another headline (a copied row) or
 * with the same date, words and sources stay rows, and the model reports the repeated id.
 *
 * @module
 */
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { Origin } from "./parsed.js";

type Row = Record<string, unknown>;

// What makes a row another account rather than the same row again.
const ACCOUNT_KEYS = ["start", "end", "description", "sources"] as const;
// What one event has once, whichever row gives it: a later row saying otherwise is reported.
const EVENT_KEYS = ["group", "tags", "importance", "displayDate", "media"] as const;

/**
 * Merge the rows of `events` that are accounts of an earlier row's event into it, in place, with
 * `origins` kept in step; each account keeps its row's origin, so its problems name its row.
 *
 * @example
 * ```ts
 * mergeAccounts(data.events, origins, fields, diagnostics); // rows 2 and 5 with id "meet" → one event, two accounts
 * ```
 */
export function mergeAccounts(events: unknown[], origins: Origin[], fields: Record<string, string>, diagnostics: Diagnostic[]): void {
  const firstById = new Map<string, number>();
  const keep: boolean[] = events.map(() => true);
  events.forEach((raw, i) => {
    const row = raw as Row;
    const id = typeof row.id === "string" ? row.id.trim() : "";
    if (id === "") return;
    const first = firstById.get(id);
    if (first === undefined) return void firstById.set(id, i);
    const event = events[first] as Row;
    // Another headline is another event that reuses the id (a copied row): a repeated id, not an account.
    if (row.title !== undefined && text(row.title) !== text(event.title)) return;
    const accounts = (event.accounts as Row[] | undefined) ?? [accountOf(event)];
    const account = accountOf(row);
    if (accounts.some((a) => sameAccount(a, account))) return;
    if (!event.accounts) {
      for (const key of ACCOUNT_KEYS) delete event[key];
      event.accounts = accounts;
      origins[first] = { ...origins[first]!, accounts: [origins[first]!] };
    }
    accounts.push(account);
    origins[first]!.accounts!.push(origins[i]!);
    keep[i] = false;
    const differs = EVENT_KEYS.filter((key) => row[key] !== undefined && JSON.stringify(row[key]) !== JSON.stringify(event[key]));
    if (differs.length > 0) diagnostics.push(diagnostic("account-differs", { section: "events", ...origins[i]!, field: fields[differs[0]!] ?? differs[0]! }, { value: id, detail: differs.map((k) => fields[k] ?? k).join(", ") }));
  });
  let at = 0;
  for (let i = 0; i < events.length; i++) {
    if (!keep[i]) continue;
    events[at] = events[i];
    origins[at] = origins[i]!;
    at++;
  }
  events.length = at;
  origins.length = at;
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : value);

function accountOf(row: Row): Row {
  const account: Row = {};
  for (const key of ACCOUNT_KEYS) if (row[key] !== undefined) account[key] = row[key];
  return account;
}

function sameAccount(a: Row, b: Row): boolean {
  return ACCOUNT_KEYS.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}
