import { diagnostic, type Address, type Diagnostic, type DiagnosticCode, type Detail } from "../diagnostics.js";
import type { FuzzyDate } from "../types.js";
import { readDate } from "./date.js";
import { LIMITS } from "./fields.js";

/**
 * Reads the fields of one input item and files a diagnostic, addressed to that item, for each
 * problem. `failed` turns true on the first error, so the caller drops the item.
 */
export class ItemReader {
  failed = false;

  constructor(
    private readonly at: Address,
    private readonly diagnostics: Diagnostic[],
    // Field name in the data → how the input wrote it (a spreadsheet column).
    private readonly names: Record<string, string> = {},
  ) {}

  /** The address of this item, pointing at `field` as the input named it. */
  address(field?: string): Address {
    return { ...this.at, field: field === undefined ? undefined : (this.names[field] ?? field) };
  }

  /** File a diagnostic about `field`. */
  report(code: DiagnosticCode, field: string | undefined, detail: Detail = {}): void {
    const d = diagnostic(code, this.address(field), detail);
    if (d.severity === "error") this.failed = true;
    this.diagnostics.push(d);
  }

  /** A trimmed, non-empty string, or undefined when absent or blank. */
  text(value: unknown, field: string, limit: number = LIMITS.text): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "number" && Number.isFinite(value)) value = String(value);
    if (typeof value !== "string") {
      this.report("wrong-type", field, { value, detail: "text" });
      return undefined;
    }
    const trimmed = value.trim();
    if (trimmed === "") return undefined;
    if (trimmed.length > limit) {
      this.report("string-too-long", field, {
        value: trimmed,
        detail: `${trimmed.length.toLocaleString("en")} characters long, more than the ${limit.toLocaleString("en")} allowed`,
      });
      return undefined;
    }
    return trimmed;
  }

  /** An optional date; `undefined` input stays undefined, a bad one is reported. */
  date(value: unknown, field: string): { date: FuzzyDate; end?: FuzzyDate } | undefined {
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) return undefined;
    if (typeof value !== "string" && typeof value !== "number" && !(value instanceof Date)) {
      this.report("wrong-type", field, { value, detail: "a date: EDTF text, a Date or epoch milliseconds" });
      return undefined;
    }
    const result = readDate(value);
    if (!result.ok) {
      this.report(result.code, field, { value, detail: result.detail });
      return undefined;
    }
    if (result.warning) this.report(result.warning.code, field, { value, detail: result.warning.detail });
    return result.end ? { date: result.date, end: result.end } : { date: result.date };
  }
}
