import { diagnostic, type Address, type Diagnostic, type DiagnosticCode, type Detail, type Section } from "../diagnostics.js";
import type { FuzzyDate } from "../types.js";
import { readDate, type DateResult, type ReadDateOptions } from "./date.js";
import type { OrderSeen } from "./date-order.js";
import { edtfOf, saySpan } from "./date-words.js";
import { isRecord, LIMITS } from "./fields.js";
import { isMissing } from "./missing-value.js";
import { A_DATE, alsoOrderShown, bothOrdersShown, CITATION_DROPPED, missingValue, orderShown, TEXT, tooLong } from "../messages/details.js";

// Keys that could reach an object's prototype if some later code copied them.
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

// Names people write for our fields, to suggest the right one.
const ALIASES: Record<string, string> = {
  date: "start", startdate: "start", start_date: "start", enddate: "end", end_date: "end",
  headline: "title", name: "title", text: "description", summary: "description", lane: "group",
  category: "group", source: "sources", display_date: "displayDate", displaydate: "displayDate",
  link: "url", href: "url", date_published: "published", publishedat: "published", relayedby: "via",
};

// Per list of fields, a record holding each (undefined), in the list's order.
const blanks = new WeakMap<readonly string[], Record<string, unknown>>();

function blankOf(allowed: readonly string[]): Record<string, unknown> {
  let blank = blanks.get(allowed);
  if (!blank) {
    blank = {};
    for (const key of allowed) blank[key] = undefined;
    blanks.set(allowed, blank);
  }
  return blank;
}

/** Where an item sits in the input: its position, and its line in a file; or only its position. */
type Place = Omit<Address, "section" | "field"> | number;

/**
 * How an input's dates are read: the day–month order given, or (with none given) the one its own
 * numeric dates show, found the first time a date needs it.
 */
export interface DateReading extends ReadDateOptions {
  orderSeen?: () => OrderSeen | undefined;
}

/**
 * Reads the fields of one input item and files a diagnostic, addressed to that item, for each
 * problem. `failed` turns true on the first error, so the caller drops the item.
 */
export class ItemReader {
  // Fields are declared, not initialised in the class body: class fields compile to a
  // defineProperty each, and a load makes a reader for every one of 100,000 events.
  declare failed: boolean;
  declare private readonly section: Section;
  declare private place: Place;
  // Field name in the data → how the input wrote it (a spreadsheet column).
  declare private readonly names: Record<string, string>;
  // How dates are read for the whole input (day–month order of numeric dates).
  declare private readonly dates: DateReading;
  // A soft reader reads part of an item (an inline citation, the media): its errors drop only that
  // part, so they are filed as warnings, with this sentence, and never fail the item.
  declare private readonly soft: string | false;
  declare private readonly diagnostics: Diagnostic[];

  constructor(section: Section, place: Place, diagnostics: Diagnostic[], names: Record<string, string> = {}, dates: DateReading = {}, soft: string | false = false) {
    this.failed = false;
    this.section = section;
    this.place = place;
    this.diagnostics = diagnostics;
    this.names = names;
    this.dates = dates;
    this.soft = soft;
  }

  /** A reader for a part of this item whose problems must not drop the item; `note` says what was dropped instead. */
  softened(note = CITATION_DROPPED): ItemReader {
    return new ItemReader(this.section, this.place, this.diagnostics, this.names, this.dates, note);
  }

  /** A reader for a part of this item that came from another place (a spreadsheet row of its own). */
  at(place: Place): ItemReader {
    return new ItemReader(this.section, place, this.diagnostics, this.names, this.dates, this.soft);
  }

  /** A reader for another item of the same input. */
  for(section: Section, place: Place): ItemReader {
    return new ItemReader(section, place, this.diagnostics, this.names, this.dates);
  }

  /** This reader, moved on to the next item of its section (a load reads 100,000 with one). */
  moveTo(place: Place): this {
    this.place = place;
    this.failed = false;
    return this;
  }

  /**
   * The own keys of an input object that are in `allowed`, in a record holding every allowed key
   * (undefined when not given), so that reading a field never reaches a prototype; forbidden keys
   * (`__proto__`, …) and unknown ones are reported. `prefix` places nested objects: `sources[0].`.
   * `blank`, when given, is that record still empty (see `blankEventFields`).
   */
  known(value: Record<string, unknown>, allowed: readonly string[], prefix = "", blank?: Record<string, unknown>): Record<string, unknown> {
    // One allocation, and every record of a list has one shape (a prototype-less record would be
    // a slow dictionary each).
    const out: Record<string, unknown> = blank ?? { ...blankOf(allowed) };
    // `for…in` with an own-key test reads the keys Object.keys would, without making their list
    // (and, in code not yet optimised, an iterator result per key): at 100,000 events both are
    // garbage the young generation must sweep during a load.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (FORBIDDEN.has(key)) this.report("forbidden-key", prefix + key, { value: key });
      else if (allowed.includes(key)) out[key] = value[key];
      else {
        const lower = key.toLowerCase();
        const guess = ALIASES[lower] ?? allowed.find((f) => f.toLowerCase() === lower);
        this.report("unknown-field", prefix + key, { value: this.nameOf(prefix + key), detail: guess });
      }
    }
    return out;
  }

  // Own keys only: a field called "__proto__" must not find Object.prototype.
  private nameOf(field: string): string {
    return Object.hasOwn(this.names, field) ? (this.names[field] ?? field) : field;
  }

  /** The address of this item, pointing at `field` as the input named it. */
  address(field?: string): Address {
    const place = typeof this.place === "number" ? { index: this.place } : this.place;
    return { section: this.section, ...place, field: field === undefined ? undefined : this.nameOf(field) };
  }

  /** File a diagnostic about `field`. */
  report(code: DiagnosticCode, field: string | undefined, detail: Detail = {}): void {
    // An importer that converted the value (a TimelineJS date object) says how the user wrote it.
    const written = typeof this.place === "number" ? undefined : this.place.written;
    if (written && field !== undefined && Object.hasOwn(written, field) && detail.value !== undefined) detail = { ...detail, value: written[field] };
    const d = diagnostic(code, this.address(field), detail);
    if (d.severity === "error" && this.soft !== false) {
      d.severity = "warning";
      d.message += this.soft;
    } else if (d.severity === "error") this.failed = true;
    this.diagnostics.push(d);
  }

  /** A trimmed, non-empty string, or undefined when absent or blank. */
  text(value: unknown, field: string, limit: number = LIMITS.text): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "number" && Number.isFinite(value)) value = String(value);
    if (typeof value !== "string") {
      this.report("wrong-type", field, { value, detail: TEXT });
      return undefined;
    }
    const trimmed = value.trim();
    if (trimmed === "") return undefined;
    if (trimmed.length > limit) {
      this.report("string-too-long", field, {
        value: trimmed,
        detail: tooLong(trimmed.length.toLocaleString("en"), limit.toLocaleString("en")),
      });
      return undefined;
    }
    return trimmed;
  }

  /** An optional date; `undefined` input stays undefined, a bad one is reported. */
  date(value: unknown, field: string): { date: FuzzyDate; end?: FuzzyDate } | undefined {
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return undefined;
    // A missing value's marker ("N/A", R's "NA") is the empty cell it stands for, said. (A start
    // so written is a missing start: ./item-parts.ts says so before asking here.)
    if (isMissing(value)) {
      this.report("wrong-type-ignored", field, { value, detail: missingValue(value.trim()) });
      return undefined;
    }
    if (typeof value !== "string" && typeof value !== "number" && !(value instanceof Date) && !isRecord(value)) {
      this.report("wrong-type", field, { value, detail: A_DATE });
      return undefined;
    }
    // The longest date is a set of a hundred dates with their times (EDTF's "one of" or "all of"),
    // some 3,100 characters; longer text is no date, and the readers would only be slower to say so.
    if (typeof value === "string" && value.length > LIMITS.date) {
      this.report("string-too-long", field, { value, detail: tooLong(value.length.toLocaleString("en"), LIMITS.date.toLocaleString("en")) });
      return undefined;
    }
    const result = this.inOrderSeen(value, readDate(value, this.dates));
    if (!result.ok) {
      this.report(result.code, field, { value, detail: result.detail, readings: result.readings, reason: result.reason, option: result.option });
      return undefined;
    }
    // What it was read as goes with the warning in EDTF: the sentence of every language can name
    // it, where the English detail says it in words.
    // A date that may mean another also names each, the one read first ("2021-22": summer 2021, or the years).
    if (result.warning) this.report(result.warning.code, field, { value, detail: result.warning.detail, readAs: edtfOf(result.date, result.end), readings: result.warning.readings });
    return result;
  }

  // A date that could be read day first or month first, in the order the data's own dates show,
  // said (./date-order.ts); refused as ambiguous still where they show none, or both (said too).
  private inOrderSeen(value: unknown, result: DateResult): DateResult {
    if (result.ok || result.code !== "date-ambiguous" || typeof value !== "string" || !this.dates.orderSeen) return result;
    const seen = this.dates.orderSeen();
    if (!seen) return result;
    // Only an ambiguity an order settles is the order's ("1900s", a decade or a century, is not).
    const years = this.dates.twoDigitYearsFrom;
    const again = readDate(value, { dateFormat: seen.format === "both" ? "DMY" : seen.format, ...(years === undefined ? {} : { twoDigitYearsFrom: years }) });
    if (!again.ok) return result;
    if (seen.format === "both") return { ...result, detail: bothOrdersShown(result.detail ?? "", seen.dayFirst, seen.monthFirst) };
    // What else its reading says (a sheet's midnight read as the whole day) is said first.
    const monthFirst = seen.format === "MDY";
    const detail = again.warning ? alsoOrderShown(again.warning.detail, monthFirst, seen.example) : orderShown(saySpan(again.date, again.end), monthFirst, seen.example);
    return { ...again, warning: { code: "date-reinterpreted", detail } };
  }
}
