/**
 * Events and clusters as scene nodes, keyed by id so a zoom frame moves a node rather than
 * rewriting another. Precision and qualifier become classes (`cl-p-month`, `cl-q-approximate`)
 * for the stylesheet; the accessible name says the same in words.
 *
 * @module
 */
import { coarse, fuzzyEnd, MIN_BAND } from "../layout/doubt.js";
import { ITEM } from "../layout/sizes.js";
import type { ItemLayout, PointItem, PrecisionLayout, SpanItem } from "../layout/types.js";
import { accountParts } from "./accounts.js";
import { candidatesPath, domId, endMarkClass, itemClasses, setGeometry, type ItemView } from "./item-facts.js";
import { subParts, SVG_ISOLATE } from "./markup.js";
import { h, num, type SceneElement, type SceneNode } from "./node.js";

const HALF = ITEM.barHeight / 2;

/**
 * One item: its marks by kind, its two lines of label when it has one, and its focus ring
 * when it has the focus or is selected.
 *
 * @example
 * ```ts
 * const nodes = layout.items.map((d) => itemNode(d, "tl", { selected: null, focused: null, highlighted: new Set() }));
 * ```
 */
export function itemNode(d: ItemLayout, prefix: string, view: ItemView): SceneElement {
  // Everything is drawn from the item's own origin, moved there by the group's transform: as the
  // window moves, an item whose shape is unchanged changes one attribute, and its text is not laid
  // out again.
  const o: Origin = { x: d.kind === "span" ? d.bar[0] : d.kind === "cluster" ? d.x0 : d.x, y: d.y };
  // Only what a date needs is drawn: a node per item costs style and layout on every frame, and
  // a chart holds hundreds. The ring is there only where it can show (focus or selection).
  const parts: SceneNode[] = d.id === view.focused || d.id === view.selected ? [h("rect", { class: "cl-focus-ring", x: d.x0 - 4 - o.x, y: -HALF - 3, width: d.x1 - d.x0 + 8, height: ITEM.barHeight + 6, rx: 4 })] : [];
  if (d.kind === "point") pointParts(d, o, prefix, parts, view.timeRtl === true);
  if (d.kind === "span") spanParts(d, o, prefix, parts, view.timeRtl === true);
  if (d.kind === "cluster") parts.push(h("rect", { class: "cl-pill", x: 0, width: d.x1 - d.x0, y: -11, height: 22, rx: 11 }));
  if (d.label) {
    const flow = view.flow;
    const x = (flow?.atRight ? d.label.x + d.label.width : d.label.x) - o.x;
    const anchor = flow?.anchor ? { "text-anchor": flow.anchor } : {};
    const y = d.label.y - o.y;
    parts.push(labelText({ class: "cl-title", x, y, ...anchor }, "cl-title-text", d.label.text, "", d.label.cites));
    const [subBefore, subUser, subOurs] = subParts(d.label.sub, view.note);
    if (subUser || subOurs || subBefore) parts.push(labelText({ class: "cl-sub", x, y: y + ITEM.subLine, ...anchor }, "cl-sub-text", subUser, subOurs, "", subBefore));
  }
  return h(
    "g",
    {
      "data-kind": d.kind,
      id: domId(prefix, d.id),
      "data-id": d.id,
      class: itemClasses(d, view),
      transform: `translate(${num(o.x)},${num(o.y)})`,
      role: "graphics-symbol",
      "aria-roledescription": d.kind === "cluster" ? (view.roles?.cluster ?? "cluster") : (view.roles?.event ?? "event"),
      "aria-label": d.name,
      tabindex: d.id === view.focused ? 0 : -1,
    },
    parts,
    // A zoom step regroups most clusters (over 100,000 events near a month, 40 to 90 of some 150
    // each step), and a regrouped cluster is a new id: its node is handed to a new cluster,
    // renamed and moved, rather than removed while another is made.
    { key: d.id, reuse: d.kind === "cluster" ? "cluster" : undefined },
  );
}

/** Where an item's group is moved to: its parts are drawn relative to it. */
interface Origin {
  x: number;
  y: number;
}

// How far the band of a date known from one side fades out toward the edge it runs to, px.
const SIDE_FADE = 48;

function pointParts(d: PointItem, o: Origin, prefix: string, parts: SceneNode[], timeRtl: boolean): void {
  if (d.band[1] - d.band[0] >= MIN_BAND && !d.accounts) {
    // Known from one side (on or before, on or after): the band runs on to the plot's edge that
    // way and fades out there, as an open end does; with time right to left, "before" is right.
    const openLeft = d.date.side === undefined ? undefined : (d.date.side === "before") !== timeRtl;
    const fade = openLeft === undefined ? 0 : Math.min(SIDE_FADE, d.band[1] - d.band[0] - MIN_BAND);
    const [x0, x1] = [openLeft ? d.band[0] + fade : d.band[0], openLeft === false ? d.band[1] - fade : d.band[1]];
    const band = { x: x0 - o.x, width: x1 - x0, y: -HALF, height: ITEM.barHeight, rx: 3 };
    parts.push(h("rect", { class: "cl-band", ...band }));
    // Hatching says "somewhere in here" without colour; a known day seen close up is not a guess.
    if (coarse(d.date) || d.date.qualifier !== "exact" || d.set || openLeft !== undefined) parts.push(h("rect", { class: "cl-band-hatch", ...band, fill: `url(#${prefix}-hatch)` }));
    if (fade > 0) parts.push(h("rect", { class: "cl-band-fade", x: (openLeft ? d.band[0] : x1) - o.x, width: fade, y: -HALF, height: ITEM.barHeight, fill: `url(#${prefix}-${openLeft ? "fade-in" : "fade-out"})` }));
  }
  if (d.accounts) parts.push(...accountParts(d, o.x, prefix));
  if (d.set) {
    const set = setGeometry(d);
    const join = { x1: set.join.x1! - o.x, x2: set.join.x2! - o.x, y1: 0, y2: 0 };
    parts.push(h("line", { class: "cl-set-join", ...join }), h("path", { class: "cl-candidate", d: candidatesPath(set.marks, o.x, o.y) }));
  }
  parts.push(h("circle", { class: "cl-mark", cx: 0, cy: 0, r: d.set || d.accounts ? 0 : ITEM.radius }));
}

function spanParts(d: SpanItem, o: Origin, prefix: string, parts: SceneNode[], timeRtl: boolean): void {
  // The sure part is solid; a band of doubt at either end fades, so the bar says "roughly from here".
  // With time running right to left the start is the right end: the bands are taken by side.
  const [left, right] = timeRtl ? (["end", "start"] as const) : (["start", "end"] as const);
  const band = { start: d.startBand, end: d.endBand };
  const fuzzy = { start: fuzzyEnd(d.startBand, d.start), end: fuzzyEnd(d.endBand, d.end) };
  const sureLeft = fuzzy[left] ? band[left][1] : d.bar[0];
  const sureRight = fuzzy[right] ? band[right][0] : d.bar[1];
  const box = { y: -HALF, height: ITEM.barHeight };
  parts.push(h("rect", { class: "cl-box", x: sureLeft - o.x, width: Math.max(0, sureRight - sureLeft), ...box }));
  // Each band fades away from the bar: in from the left, out to the right.
  if (fuzzy[left]) parts.push(h("rect", { class: `cl-fuzz cl-fuzz-${left}`, x: band[left][0] - o.x, width: Math.max(0, Math.min(band[left][1], sureRight) - band[left][0]), ...box, fill: `url(#${prefix}-fade-in)` }));
  if (fuzzy[right]) {
    const x = Math.max(band[right][0], sureLeft);
    parts.push(h("rect", { class: `cl-fuzz cl-fuzz-${right}`, x: x - o.x, width: Math.max(0, band[right][1] - x), ...box, fill: `url(#${prefix}-fade-out)` }));
  }
  // A dashed tick marks an end that is approximate, uncertain, open or unknown, readable without colour.
  const endMark = (cls: "start" | "end", at: number, p: PrecisionLayout) => {
    if (p.qualifier !== "exact" || p.bound) parts.push(h("line", { class: endMarkClass(cls, p), x1: at - o.x, x2: at - o.x, y1: -HALF - 3, y2: HALF + 3 }));
  };
  endMark("start", timeRtl ? d.bar[1] : d.bar[0], d.start);
  endMark("end", timeRtl ? d.bar[0] : d.bar[1], d.end);
}

/**
 * One line of an item's label: a `<text>` with the user's words isolated from ours and from the
 * citation numbers (see {@link isolated}); with neither, the `<text>` is itself the isolated run.
 *
 * @example
 * ```ts
 * labelText({ class: "cl-title", x: 10, y: 20 }, "cl-title-text", "Maliki arrives", "", "");
 * ```
 */
export function labelText(attrs: { class: string; x: number; y: number; "text-anchor"?: "end" }, cls: string, user: string, ours: string, cites: string, before = ""): SceneElement {
  // The user's words alone: the text element itself is the isolated run, one node fewer per line.
  if (!ours && !cites && !before) return h("text", { ...attrs, class: `${attrs.class} ${cls}`, "unicode-bidi": SVG_ISOLATE }, user);
  const runs = isolated(cls, user, ours, cites);
  return h("text", attrs, before ? [before, ...runs] : runs);
}

/**
 * A label's content: the user's text in its own `<tspan class={cls}>`, isolated (as `<bdi>` is: a
 * bidi control in a title cannot pull our words or its citation numbers into it, and Arabic or
 * Hebrew reads in its own direction), then our words, then the citation numbers, raised.
 * `unicode-bidi` is a presentation attribute, so an exported SVG keeps it with no stylesheet.
 *
 * @example
 * ```ts
 * h("text", { class: "cl-title" }, isolated("cl-title-text", "Maliki arrives", "", "¹"));
 * ```
 */
export function isolated(cls: string, user: string, ours: string, cites: string): SceneNode[] {
  const out: SceneNode[] = [h("tspan", { class: cls, "unicode-bidi": SVG_ISOLATE }, user)];
  if (ours) out.push(ours);
  if (cites) out.push(h("tspan", { class: "cl-cites", dy: -4 }, ` ${cites}`));
  return out;
}
