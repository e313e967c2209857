/**
 * Era bands: background spans across every lane, clipped to the plot, with a label at the top.
 *
 * @module
 */
import type { LayoutWords } from "../messages/layout.js";
import { saySpan, type DateWordsOptions } from "../model/date-words.js";
import type { Timeline } from "../types.js";
import { reach } from "./domain.js";
import { ITEM } from "./sizes.js";
import { fitText, type Measure } from "./measure.js";
import type { TimeScale } from "./scale.js";
import type { EraLayout } from "./types.js";

/** What laying out an era needs: the plot's map and edges, where labels go, and how to word them. */
export interface EraContext {
  x: TimeScale;
  plot: [number, number];
  /** Baseline of the era labels' band, px. */
  top: number;
  citations: Record<string, number>;
  /** How dates are said: the reader's language, calendar and words of dates. */
  dates: DateWordsOptions;
  /** The layout's words in the reader's language. */
  words: LayoutWords;
  measure: Measure;
}

/**
 * An era as a band over the plot, or nothing when it is out of view.
 *
 * @example
 * ```ts
 * timeline.eras.flatMap((era) => eraLayout(era, context)); // [{ id, x0, x1, label, name, citations }]
 * ```
 */
export function eraLayout(era: Timeline["eras"][number], c: EraContext): EraLayout[] {
  const { x, plot, top, measure } = c;
  const [from, to] = reach(era);
  const x0 = Math.max(plot[0], Number.isFinite(from) ? x(from) : plot[0]);
  const x1 = Math.min(plot[1], Number.isFinite(to) ? x(to) : plot[1]);
  if (x1 <= x0) return [];
  const numbers = era.sources.map((id) => c.citations[id] ?? 0);
  const cites = numbers.length === 0 ? "" : c.words.cites(numbers);
  const citesWidth = cites === "" ? 0 : measure(` ${cites}`, ITEM.citeFontSize);
  const text = fitText(era.title, x1 - x0 - 8 - citesWidth, ITEM.fontSize, measure);
  const when = saySpan(era.start, era.end, c.dates);
  return [
    {
      id: era.id,
      x0,
      x1,
      label: text === "" ? null : { text, sub: "", cites, x: x0 + 4, y: top - 5, width: measure(text, ITEM.fontSize) + citesWidth, pinned: x(era.start.earliest) < plot[0] },
      name: c.words.eraName(era.title, when, numbers),
      citations: numbers,
    },
  ];
}
