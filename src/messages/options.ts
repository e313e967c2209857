/**
 * English words of options: filled in as the strings move here.
 *
 * @module
 */

/** English. */
export const optionsEn = {} as const;
