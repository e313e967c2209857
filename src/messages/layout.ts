/**
 * English words of layout: filled in as the strings move here.
 *
 * @module
 */

/** English. */
export const layoutEn = {} as const;
