/**
 * Measuring label text in a browser: the real font through a canvas.
 *
 * @module
 */
import { estimateWidth, type Measure } from "../layout/measure.js";

const REFERENCE_SIZE = 100;
const FLAT = 0x3000;
// Scripts whose letters join: Arabic and its supplements and presentation forms, Syriac, N'Ko.
const JOINING = /[\u0600-\u07FF\u0860-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * A text measure for labels: in a browser, the real font through a canvas; elsewhere (jsdom, Node) the width table.
 *
 * @example
 * ```ts
 * const measure = browserMeasure(document, root);
 * ```
 */
// In a browser, measure with the real font through a canvas; elsewhere (jsdom, Node) fall back
// to the width table, which jsdom's missing canvas would otherwise turn into console errors.
// Widths are summed per character, each measured once: measureText on every label cost more than
// the rest of the layout for large timelines, and kerning changes a label by a pixel or two.
export function browserMeasure(doc: Document, root: HTMLElement): Measure {
  const win = doc.defaultView;
  if (!win || /jsdom/i.test(win.navigator.userAgent)) return estimateWidth;
  const context = doc.createElement("canvas").getContext("2d");
  if (!context) return estimateWidth;
  const family = win.getComputedStyle(root).fontFamily || "sans-serif";
  // Titles are semi-bold: measuring everything at that weight never under-measures.
  context.font = `600 ${REFERENCE_SIZE}px ${family}`;
  // By UTF-16 unit, in a flat table for the scripts below U+3000 (Latin to Arabic, Hebrew and
  // Indic, and punctuation): a loop of charCodeAt allocates nothing, where `for…of` made a string
  // per character and a Map lookup each. Other characters, and pairs outside the BMP, by a Map.
  const units = new Float32Array(FLAT).fill(-1);
  const pairs = new Map<string, number>();
  const unit = (code: number): number => {
    if (code >= FLAT) return byMap(String.fromCharCode(code));
    let w = units[code]!;
    if (w < 0) units[code] = w = context.measureText(String.fromCharCode(code)).width;
    return w;
  };
  const byMap = (text: string): number => {
    let w = pairs.get(text);
    if (w === undefined) pairs.set(text, (w = context.measureText(text).width));
    return w;
  };
  // A joining script (Arabic, Persian, Sorani, Syriac…) is shaped: a letter inside a word is
  // narrower than alone, so its labels are measured a word at a time (each word once).
  const shaped = (text: string): number => {
    const words = text.split(" ");
    let total = (words.length - 1) * unit(32);
    for (const word of words) if (word !== "") total += byMap(word);
    return total;
  };
  return (text, size) => {
    if (JOINING.test(text)) return (shaped(text) * size) / REFERENCE_SIZE;
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        total += byMap(text.slice(i, i + 2));
        i++;
      } else total += unit(code);
    }
    return (total * size) / REFERENCE_SIZE;
  };
}
