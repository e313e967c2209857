/**
 * The pure facts of how an item is drawn, shared by the scene and the layout's readers: its
 * classes, where a set's candidates go, which ends of a span are bands of doubt, its DOM id.
 *
 * @module
 */
import { anchorOf } from "../interact/keys.js";
import { coarse, MIN_BAND } from "../layout/doubt.js";
import { ITEM } from "../layout/sizes.js";
import type { Box, ItemLayout, PointItem, PrecisionLayout } from "../layout/types.js";
import { num } from "./node.js";

/** What the view adds to the layout: which item is selected, which has focus, which are highlighted. */
export interface ItemView {
  selected: string | null;
  focused: string | null;
  highlighted: ReadonlySet<string>;
  /** Where labels stand in their boxes (default: at the left edge, anchored at their start). */
  flow?: LabelFlow;
  /** Our words before and after the date on an unsourced event's date line (default English's). */
  note?: readonly [string, string];
  /** What an event's and a cluster's mark are called, in the reader's language (default English). */
  roles?: { readonly event: string; readonly cluster: string };
  /** Time runs right to left: a span's start is at its right end (its bands mirrored, `layout/mirror.ts`). */
  timeRtl?: boolean;
}

/**
 * Where a text stands in the box the layout gave it, and how it is anchored there. A label of
 * two lines is set as its text reads, its lines aligned at their start: at the box's left edge
 * for left-to-right text, at its right edge for right-to-left text, wherever the box is (the
 * layout has put the box beside its mark already). A tick's label stands against its tick on the
 * side time runs to, so its anchor depends on both directions (see {@link labelFlow}).
 */
export interface LabelFlow {
  /** The text stands at the box's right edge. */
  atRight: boolean;
  /** `text-anchor`, where it is not the default `start`. */
  anchor: "end" | null;
}

/**
 * The flow of a tick's label, which stands after its tick in the direction time runs: at the
 * tick's right when time runs left to right, at its left when it runs right to left, anchored by
 * the text's own direction.
 *
 * @example
 * ```ts
 * labelFlow(false, false); // { atRight: false, anchor: null }: English, time left to right
 * labelFlow(true, false);  // { atRight: false, anchor: "end" }: Arabic text, time left to right
 * labelFlow(true, true);   // { atRight: true, anchor: null }: Arabic text, time right to left
 * ```
 */
export function labelFlow(textRtl: boolean, timeRtl: boolean): LabelFlow {
  return { atRight: timeRtl, anchor: timeRtl !== textRtl ? "end" : null };
}

/**
 * The flow of an item's or an era's label: aligned at its start, whichever side of its mark it is on.
 *
 * @example
 * ```ts
 * readingFlow(true); // { atRight: true, anchor: null }: Arabic lines start at the box's right edge
 * ```
 */
export function readingFlow(textRtl: boolean): LabelFlow {
  return { atRight: textRtl, anchor: null };
}

/** Height of a set candidate's mark, px: smaller than a span's box, so a set never reads as one. */
const CANDIDATE = 14;

/**
 * Where a set's candidates and the line that joins them go: one mark per candidate (at least a
 * mark wide, its band when wider), joined on the row from the first to the last.
 */
export function setGeometry(d: PointItem): { join: Record<string, number>; marks: Box[] } {
  const candidates = d.set?.candidates ?? [];
  const marks = candidates.map(([a, b]) => {
    const width = Math.max(b - a, 2 * ITEM.radius);
    return { x: (a + b) / 2 - width / 2, y: d.y - CANDIDATE / 2, width, height: CANDIDATE };
  });
  const first = marks[0];
  const last = marks[marks.length - 1];
  const join = { x1: first ? first.x + first.width / 2 : d.x, x2: last ? last.x + last.width / 2 : d.x, y1: d.y, y2: d.y };
  return { join, marks };
}

/**
 * A set's candidate marks as one path (`d`), each a rounded box, relative to `(ox, oy)`: one
 * element however many candidates a set names (up to 100), and a mark that would fall on the one
 * before it to the tenth of a pixel (a wide zoom puts many in one place) is drawn once.
 *
 * @example
 * ```ts
 * candidatesPath([{ x: 10, y: 3, width: 10, height: 14 }], 0, 0); // "M13,3h4a3,3 0 0 1 3,3v8a3,3 0 0 1 -3,3h-4a3,3 0 0 1 -3,-3v-8a3,3 0 0 1 3,-3z"
 * ```
 */
export function candidatesPath(marks: readonly Box[], ox: number, oy: number): string {
  let d = "";
  let last = "";
  for (const { x, y, width, height } of marks) {
    const r = Math.min(3, width / 2, height / 2);
    const box = `M${num(x - ox + r)},${num(y - oy)}h${num(width - 2 * r)}a${r},${r} 0 0 1 ${r},${r}v${num(height - 2 * r)}a${r},${r} 0 0 1 ${-r},${r}h${num(2 * r - width)}a${r},${r} 0 0 1 ${-r},${-r}v${num(2 * r - height)}a${r},${r} 0 0 1 ${r},${-r}z`;
    if (box !== last) d += box;
    last = box;
  }
  return d;
}

/** The classes of a span's end mark: which end, how sure, and whether it is open or unknown. */
export function endMarkClass(end: "start" | "end", p: PrecisionLayout): string {
  return `cl-end-mark cl-end-${end} cl-q-${p.qualifier}${p.bound ? ` cl-bound-${p.bound}` : ""}`;
}

/** The classes of an item's node: kind, precision, qualifier, label and view states. */
export function itemClasses(d: ItemLayout, view: ItemView): string {
  const list = ["cl-item", `cl-${d.kind}`];
  // A band is hatched only when the date is coarser than a day or qualified: a known day seen
  // close up is a solid band, not a guess.
  if (d.kind === "point" && d.accounts) list.push(`cl-p-${d.date.precision}`, `cl-q-${d.date.qualifier}`, "cl-disputed");
  else if (d.kind === "point" && d.set) list.push(`cl-p-${d.date.precision}`, `cl-q-${d.date.qualifier}`, `cl-set cl-set-${d.set.kind}`);
  else if (d.kind === "point") {
    const band = d.band[1] - d.band[0] >= MIN_BAND;
    const vague = coarse(d.date) || d.date.qualifier !== "exact" || d.date.side !== undefined;
    list.push(`cl-p-${d.date.precision}`, `cl-q-${d.date.qualifier}`, band && vague ? "cl-banded" : band ? "cl-day-band" : "cl-exact");
    if (d.date.side) list.push(`cl-side-${d.date.side}`);
  }
  // Its words run over a break's zigzag: the stylesheet haloes them.
  if (d.label?.crossesBreak) list.push("cl-label-crosses");
  if (d.label?.over) list.push("cl-label-over");
  if (d.kind === "span") {
    list.push(`cl-p-${d.start.precision}`, `cl-q-${d.start.qualifier}`, d.labelInside ? "cl-label-inside" : "cl-label-outside");
    if (d.start.bound) list.push(`cl-start-${d.start.bound}`);
    if (d.end.bound) list.push(`cl-end-${d.end.bound}`);
  }
  if (d.label === null) list.push("cl-unlabelled");
  if (d.label?.pinned) list.push("cl-pinned");
  if (d.kind !== "cluster" && d.citations.length === 0) list.push("cl-unsourced");
  if (d.id === view.selected) list.push("cl-selected");
  if (d.id === view.focused) list.push("cl-focused");
  if (view.highlighted.has(d.id)) list.push("cl-highlighted");
  return list.join(" ");
}

/**
 * A DOM id for a drawn item (`part` "i") or an event's entry in the list (`part` "entry"). Event ids
 * are user data and may hold any character, so they are encoded rather than trusted in an attribute
 * that CSS selectors and ARIA references read. The part keeps an event called "title" or "card" off
 * the chart's own ids, and `_` is escaped too, so two different ids never share a DOM id.
 */
export function domId(prefix: string, id: string, part: "i" | "entry" = "i"): string {
  // Most ids are safe as they are: one test, not one per character, on every item of every frame.
  if (SAFE_ID.test(id)) return `${prefix}-${part}-${id}`;
  // A cluster's id holds colons: one pass of the engine's replace, not a test per character.
  return `${prefix}-${part}-${id.replace(UNSAFE_CHAR, escapeChar)}`;
}

const SAFE_ID = /^[A-Za-z0-9-]*$/;
// `u`: a character outside the BMP is one code point, escaped once, as `for…of` read it.
const UNSAFE_CHAR = /[^A-Za-z0-9-]/gu;
const escapeChar = (ch: string): string => `_${ch.codePointAt(0)!.toString(16)}_`;

/**
 * The first item in reading order (by time, then top to bottom): the chart's one tab stop when
 * nothing has had the focus yet.
 *
 * @example
 * ```ts
 * firstInReadingOrder(layout.items)?.id;
 * ```
 */
export function firstInReadingOrder(items: readonly ItemLayout[], rtl = false): ItemLayout | undefined {
  // Earliest first: the smallest x, or the largest when time runs right to left.
  const sign = rtl ? -1 : 1;
  let first: ItemLayout | undefined;
  for (const i of items) {
    const d = first ? sign * (anchorOf(i, rtl) - anchorOf(first, rtl)) : -1;
    if (!first || d < 0 || (d === 0 && i.y < first.y)) first = i;
  }
  return first;
}
