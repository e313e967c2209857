import type { DateReason } from "../diagnostics.js";
import type { DiagnosticCode } from "../diagnostics.js";
import type { FuzzyDate, Precision } from "../types.js";
import { backwardRange, EMPTY_SET_MEMBER, OPEN_SET_MEMBER, SET_MEMBERS, tooManyInSet } from "../messages/details.js";

/** Reads one member of a set (a date, never an interval or a set). */
type ReadMember = (text: string) => { ok: true; date: FuzzyDate; end?: FuzzyDate } | { ok: false; code: DiagnosticCode; detail?: string; readings?: string[]; reason?: DateReason };

/** More candidates than this is a list, not a date: it could not be drawn or said. */
export const MAX_SET = 100;

const RANK: Precision[] = ["millennium", "century", "decade", "year", "season", "month", "day", "hour", "minute", "second", "instant"];

/**
 * Read an EDTF set: `[1667,1668]` (one of these dates) or `{1667,1668}` (all of them). A member may
 * be a range `1667..1672`, one candidate covering those years. A one-of set of one member open at
 * one end is a date known only from one side: `[..1760-12-03]` (on or before) and `[1760-12..]` (on
 * or after), read as that date with its `side`. An open member among others is refused: its
 * candidate would have no honest width to draw beside theirs.
 *
 * @example
 * ```ts
 * readSet("[1667,1668]", readEdtf); // one-of, earliest 1 Jan 1667, latest 31 Dec 1668
 * readSet("[..1760-12-03]", readEdtf); // 3 December 1760, side "before"
 * ```
 */
export function readSet(text: string, member: ReadMember): ReturnType<ReadMember> | undefined {
  const m = /^([[{])(.*)([\]}])$/.exec(text);
  if (!m) return undefined;
  if ((m[1] === "[") !== (m[3] === "]")) return { ok: false, code: "date-invalid" };
  const kind = m[1] === "[" ? "one-of" : "all-of";
  const items = (m[2] ?? "").split(",").map((s) => s.trim());
  const open = kind === "one-of" && items.length === 1 ? /^\.\.(.+)$|^(.+)\.\.$/.exec(items[0]!) : null;
  if (open) return sided(open[1] === undefined ? "after" : "before", (open[1] ?? open[2])!, member);
  if (items.length > MAX_SET) return { ok: false, code: "date-unsupported", detail: tooManyInSet(MAX_SET), reason: "set-too-large" };
  const dates: FuzzyDate[] = [];
  for (const item of items) {
    const read = readItem(item, member);
    if (!read.ok) return read;
    dates.push(read.date);
  }
  const precision = dates.map((d) => d.precision).reduce((a, b) => (RANK.indexOf(a) <= RANK.indexOf(b) ? a : b));
  const date: FuzzyDate = {
    earliest: Math.min(...dates.map((d) => d.earliest)),
    latest: Math.max(...dates.map((d) => d.latest)),
    precision,
    qualifier: "exact",
    edtf: `${m[1]}${dates.map((d) => d.edtf).join(",")}${m[3]}`,
    set: { kind, dates },
  };
  return { ok: true, date };
}

// `[..1760-12-03]` and `[1760-12..]`: one date, known only from one side; its EDTF as written.
function sided(side: "before" | "after", text: string, member: ReadMember): ReturnType<ReadMember> {
  const one = member(text);
  if (!one.ok) return one;
  if (one.end || one.date.set || one.date.side) return { ok: false, code: "date-invalid", detail: SET_MEMBERS, reason: "set-member-form" };
  return { ok: true, date: { ...one.date, edtf: side === "before" ? `[..${one.date.edtf}]` : `[${one.date.edtf}..]`, side } };
}

function readItem(item: string, member: ReadMember): ReturnType<ReadMember> {
  if (item === "") return { ok: false, code: "date-invalid", detail: EMPTY_SET_MEMBER, reason: "empty-set-member" };
  const range = /^(.*)\.\.(.*)$/.exec(item);
  if (!range) {
    const one = member(item);
    return one.ok && (one.end || one.date.set) ? { ok: false, code: "date-invalid", detail: SET_MEMBERS, reason: "set-member-form" } : one;
  }
  const [from, to] = [range[1] ?? "", range[2] ?? ""];
  if (from === "" || to === "") return { ok: false, code: "date-unsupported", detail: OPEN_SET_MEMBER, reason: "open-set-member" };
  const a = member(from);
  const b = member(to);
  if (!a.ok) return a;
  if (!b.ok) return b;
  if (b.date.latest < a.date.earliest) return { ok: false, code: "date-invalid", detail: backwardRange(item), reason: "backward-range" };
  const precision = RANK.indexOf(a.date.precision) <= RANK.indexOf(b.date.precision) ? a.date.precision : b.date.precision;
  return { ok: true, date: { earliest: a.date.earliest, latest: b.date.latest, precision, qualifier: "exact", edtf: `${a.date.edtf}..${b.date.edtf}` } };
}
