/**
 * English words of cli: filled in as the strings move here.
 *
 * @module
 */

/** English. */
export const cliEn = {} as const;
