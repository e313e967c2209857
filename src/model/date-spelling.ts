import { isValid, parse } from "date-fns";
import type { DiagnosticCode } from "../diagnostics.js";
import type { DateFormat } from "../types.js";

/** A date spelling rewritten to EDTF, or the reason it cannot be. */
export type Spelling =
  | { ok: true; edtf: string; warning?: { code: DiagnosticCode; detail: string } }
  | { ok: false; code: DiagnosticCode; detail?: string };

// Spellings with month names that cannot be misread, tried in this order with date-fns.
const DAY_FORMATS = ["d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy", "EEEE, MMMM d, yyyy", "EEEE d MMMM yyyy"];
const MONTH_FORMATS = ["MMMM yyyy", "MMM yyyy"];
// date-fns needs a reference date for the fields a format leaves out; ours name every field.
const REFERENCE = new Date(2000, 0, 1);
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Rewrite what people commonly type into EDTF, refusing what could be read two ways.
 * Text that is already EDTF passes through untouched.
 *
 * @example
 * ```ts
 * normalizeSpelling("754 BCE");     // { ok: true, edtf: "-0753" }
 * normalizeSpelling("03/04/2008");  // { ok: false, code: "date-ambiguous", detail: "3 April 2008 or 4 March 2008" }
 * ```
 */
export function normalizeSpelling(raw: string, options: { dateFormat?: DateFormat } = {}): Spelling {
  const text = raw.trim().replace(/\s+/g, " ");
  if (text === "") return { ok: false, code: "date-invalid" };
  const range = /^(.+?)\s*(?:[–—]|\s-\s|\sto\s)\s*(.+)$/i.exec(text);
  if (range && !text.includes("/")) {
    const from = normalizeSpelling(range[1] ?? "", options);
    const to = normalizeSpelling(range[2] ?? "", options);
    if (!from.ok) return from;
    if (!to.ok) return to;
    return { ok: true, edtf: `${from.edtf}/${to.edtf}`, warning: from.warning ?? to.warning };
  }
  return era(text) ?? circa(text) ?? numeric(text) ?? named(text) ?? { ok: true, edtf: padIso(text) };
}

function era(text: string): Spelling | undefined {
  const bce = /^(\d{1,6}) ?(?:BCE|BC|B\.C\.E?\.?)$/i.exec(text);
  // Astronomical numbering: 1 BCE is year 0, 754 BCE is year -753.
  if (bce) return { ok: true, edtf: year(1 - Number(bce[1])) };
  const ce = /^(?:(\d{1,6}) ?(?:CE|AD|A\.D\.)|(?:AD|A\.D\.) ?(\d{1,6}))$/i.exec(text);
  if (ce) return { ok: true, edtf: year(Number(ce[1] ?? ce[2])) };
  return undefined;
}

function circa(text: string): Spelling | undefined {
  const m = /^(?:c\.|ca\.|circa|about|around) ?(.+)$/i.exec(text);
  if (!m) return undefined;
  const inner = normalizeSpelling(m[1] ?? "");
  if (!inner.ok || /[~?%/]/.test(inner.edtf)) return inner;
  return { ...inner, edtf: `${inner.edtf}~` };
}

function numeric(text: string): Spelling | undefined {
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (ymd) {
    const [y, m, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    if (!validDay(y, m, d)) return { ok: false, code: "date-invalid" };
    return { ok: true, edtf: iso(y, m, d), warning: { code: "date-reinterpreted", detail: words(y, m, d) } };
  }
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (!dmy) return undefined;
  const [a, b, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  if ((dmy[3] ?? "").length === 2) {
    return { ok: false, code: "date-invalid", detail: "A two-digit year could be any century." };
  }
  const dayFirst = validDay(y, b, a);
  const monthFirst = validDay(y, a, b);
  if (dayFirst && monthFirst && a !== b) {
    return { ok: false, code: "date-ambiguous", detail: `${words(y, b, a)} or ${words(y, a, b)}` };
  }
  if (!dayFirst && !monthFirst) return { ok: false, code: "date-invalid" };
  const [m, d] = dayFirst ? [b, a] : [a, b];
  const edtf = iso(y, m, d);
  return a === b ? { ok: true, edtf } : { ok: true, edtf, warning: { code: "date-reinterpreted", detail: words(y, m, d) } };
}

function named(text: string): Spelling | undefined {
  if (!/[a-z]{3}/i.test(text)) return undefined;
  for (const format of DAY_FORMATS) {
    const d = parse(text, format, REFERENCE);
    // date-fns builds a local-time Date; only its calendar fields are read, so the zone never matters.
    if (isValid(d)) return { ok: true, edtf: iso(d.getFullYear(), d.getMonth() + 1, d.getDate()) };
  }
  for (const format of MONTH_FORMATS) {
    const d = parse(text, format, REFERENCE);
    if (isValid(d)) return { ok: true, edtf: `${year(d.getFullYear())}-${two(d.getMonth() + 1)}` };
  }
  return undefined;
}

// EDTF wants two-digit months and days; "2008-6-8" is unambiguous, so pad it.
function padIso(text: string): string {
  const m = /^(-?\d{4})-(\d{1,2})(?:-(\d{1,2}))?([?~%]?)$/.exec(text);
  if (!m) return text;
  return `${m[1]}-${two(Number(m[2]))}${m[3] === undefined ? "" : `-${two(Number(m[3]))}`}${m[4]}`;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(2000, m, 0)).getUTCDate();
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && !leap ? 28 : last);
}

function year(y: number): string {
  const digits = String(Math.abs(y)).padStart(4, "0");
  return y < 0 ? `-${digits}` : digits;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

function iso(y: number, m: number, d: number): string {
  return `${year(y)}-${two(m)}-${two(d)}`;
}

function words(y: number, m: number, d: number): string {
  return `${d} ${MONTHS[m - 1] ?? "?"} ${y}`;
}
