// Any day from 1000 to 2999, for the readers' property tests, and how English and ISO write it.
import fc from "fast-check";

/** The English months, January first. */
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Any day from 1 January 1000 to 31 December 2999, as a UTC midnight. */
export const day = fc.integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(2999, 11, 31) / 86_400_000 }).map((n) => new Date(n * 86_400_000));

/** The day in EDTF: "2008-06-07". */
export const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The day as British prose writes it: "7 June 2008". */
export const inWords = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
