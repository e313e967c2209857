/**
 * English words of diagnostics: filled in as the strings move here.
 *
 * @module
 */

/** English. */
export const diagnosticsEn = {} as const;
