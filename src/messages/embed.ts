/**
 * English words of embed: filled in as the strings move here.
 *
 * @module
 */

/** English. */
export const embedEn = {} as const;
