/**
 * Measuring label text in a browser: the real font through a canvas.
 *
 * @module
 */
import { estimateWidth, type Measure } from "../layout/measure.js";

const REFERENCE_SIZE = 100;

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
  const widths = new Map<string, number>();
  return (text, size) => {
    let total = 0;
    for (const ch of text) {
      let w = widths.get(ch);
      if (w === undefined) {
        w = context.measureText(ch).width;
        widths.set(ch, w);
      }
      total += w;
    }
    return (total * size) / REFERENCE_SIZE;
  };
}
