/**
 * Text width without a DOM. Layout must run in Node and give the same numbers everywhere, so it
 * measures with a table of Helvetica/Arial advance widths (Liberation Sans has the same metrics);
 * a browser may pass a measure that asks the real font instead.
 */

/**
 * Width in px of `text` set at `size` px.
 *
 * @example
 * ```ts
 * const rough: Measure = (text, size) => text.length * size * 0.6;
 * layoutTimeline(timeline, { width: 800, measure: rough });
 * ```
 */
export type Measure = (text: string, size: number) => number;

// Advance widths in 1/1000 em for printable ASCII, from space (32) to tilde (126).
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space – /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 – ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ – O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P – _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` – o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p – ~
];
const OTHER: Record<string, number> = { "–": 556, "—": 1000, "‘": 222, "’": 222, "“": 333, "”": 333, "…": 1000, "•": 350, "·": 278, " ": 278 };
// Letters outside the table: wide scripts (CJK, Hangul) take a full em, the rest an average Latin letter.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * The default measure: Helvetica metrics, no DOM.
 *
 * @example
 * ```ts
 * estimateWidth("Tehran", 12); // 40.7
 * ```
 */
export const estimateWidth: Measure = (text, size) => {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 32 && code <= 126) units += ASCII[code - 32] ?? 556;
    else units += OTHER[ch] ?? (WIDE.test(ch) ? 1000 : 556);
  }
  // Labels are set semi-bold; bold Helvetica runs about 7% wider, so err on the wide side.
  return (units * size * 1.07) / 1000;
};

/**
 * Shorten `text` with an ellipsis so that it measures at most `max` px; "" when not even one letter fits.
 *
 * @example
 * ```ts
 * fitText("Maliki's three-day visit to Tehran", 80, 12, estimateWidth); // "Maliki's thr…"
 * ```
 */
export function fitText(text: string, max: number, size: number, measure: Measure): string {
  if (measure(text, size) <= max) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join("").trimEnd()}…`, size) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? "" : `${chars.slice(0, lo).join("").trimEnd()}…`;
}
