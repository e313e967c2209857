/**
 * Small readers for untrusted input objects, shared by the importers.
 *
 * @module
 */

/**
 * True for a plain object (not an array, not null).
 *
 * @example
 * ```ts
 * isRecord({ year: 2008 }); // true
 * isRecord([2008]);         // false
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * An own property only: nothing is read through the prototype chain (`__proto__`, `constructor`).
 *
 * @example
 * ```ts
 * own({ year: 2008 }, "year");        // 2008
 * own({ year: 2008 }, "constructor"); // undefined
 * ```
 */
export function own(value: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

/**
 * Nothing written: absent, null, or a string of spaces.
 *
 * @example
 * ```ts
 * blank("  "); // true
 * blank(0);    // false
 * ```
 */
export function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
