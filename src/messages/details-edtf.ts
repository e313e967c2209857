/**
 * The words the reader of EDTF's other levels (src/model/date-level2.ts) adds to a diagnostic's
 * sentence, beside ./details.ts: that reader is loaded on demand (citeline-edtf.js), and its words
 * with it. English only, as `detail` is.
 *
 * @module
 */

/** An EDTF form citeline does not draw, by the edtf package's name for it ("Interval"). */
export const edtfForm = (type: string) => `an EDTF ${type}`;
/** A date whose year is all unknown digits. */
export const NO_KNOWN_YEAR = "no known year, so it cannot be placed on a timeline";
/** A year before the common era the edtf package misreads. */
export const BCE_UNKNOWN_DIGITS = "a year before the common era written with unknown digits and a month or day";
/** A day its month does not have, its parts qualified or a digit unknown ("2007-02-~29"). */
export const noDayInMonth = (day: number) => `Its month has no day ${day}.`;
