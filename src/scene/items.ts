/**
 * Events and clusters as scene nodes, keyed by id so a zoom frame moves a node rather than
 * rewriting another. Precision and qualifier become classes (`cl-p-month`, `cl-q-approximate`)
 * for the stylesheet; the accessible name says the same in words.
 *
 * @module
 */
import { ITEM } from "../layout/items.js";
import type { ClusterItem, ItemLayout, PointItem, PrecisionLayout, SpanItem } from "../layout/types.js";
import { domId, endMarkClass, fuzzyEnd, itemClasses, MIN_BAND, setGeometry, type ItemView } from "./item-facts.js";
import { subParts, SVG_ISOLATE } from "./markup.js";
import { h, type SceneElement, type SceneNode } from "./node.js";

const HALF = ITEM.barHeight / 2;

/**
 * One item: its focus ring, its marks by kind, and its two lines of label.
 *
 * @example
 * ```ts
 * const nodes = layout.items.map((d) => itemNode(d, "tl", { selected: null, focused: null, highlighted: new Set() }));
 * ```
 */
export function itemNode(d: ItemLayout, prefix: string, view: ItemView): SceneElement {
  const parts: SceneNode[] = [h("rect", { class: "cl-focus-ring", x: d.x0 - 4, y: d.y - HALF - 3, width: d.x1 - d.x0 + 8, height: ITEM.barHeight + 6, rx: 4 })];
  if (d.kind === "point") parts.push(...pointParts(d, prefix));
  if (d.kind === "span") parts.push(...spanParts(d, prefix));
  if (d.kind === "cluster") parts.push(clusterPill(d));
  const [subUser, subOurs] = subParts(d.label?.sub ?? "");
  parts.push(
    h("text", { class: "cl-title", x: d.label?.x ?? 0, y: d.label?.y ?? 0 }, isolated("cl-title-text", d.label?.text ?? "", "", d.label?.cites ?? "")),
    h("text", { class: "cl-sub", x: d.label?.x ?? 0, y: (d.label?.y ?? 0) + ITEM.subLine }, isolated("cl-sub-text", subUser, subOurs, "")),
  );
  return h(
    "g",
    {
      "data-kind": d.kind,
      id: domId(prefix, d.id),
      "data-id": d.id,
      class: itemClasses(d, view),
      role: "graphics-symbol",
      "aria-roledescription": d.kind === "cluster" ? "cluster" : "event",
      "aria-label": d.name,
      tabindex: d.id === view.focused ? 0 : -1,
    },
    parts,
    { key: d.id },
  );
}

function pointParts(d: PointItem, prefix: string): SceneNode[] {
  const banded = d.band[1] - d.band[0] >= MIN_BAND;
  const band = { x: d.band[0], width: banded ? d.band[1] - d.band[0] : 0, y: d.y - HALF, height: ITEM.barHeight, rx: 3 };
  const set = d.set ? setGeometry(d) : undefined;
  return [
    h("rect", { class: "cl-band", ...band }),
    // Hatching says "somewhere in here" without colour.
    h("rect", { class: "cl-band-hatch", ...band, fill: `url(#${prefix}-hatch)` }),
    ...(set ? [h("line", { class: "cl-set-join", ...set.join }), ...set.marks.map((m) => h("rect", { class: "cl-candidate", ...m }))] : []),
    h("circle", { class: "cl-mark", cx: d.x, cy: d.y, r: d.set ? 0 : ITEM.radius }),
  ];
}

function spanParts(d: SpanItem, prefix: string): SceneNode[] {
  // The sure part is solid; a band of doubt at either end fades, so the bar says "roughly from here".
  const sureStart = fuzzyEnd(d.startBand, d.start) ? d.startBand[1] : d.bar[0];
  const sureEnd = fuzzyEnd(d.endBand, d.end) ? d.endBand[0] : d.bar[1];
  const box = { y: d.y - HALF, height: ITEM.barHeight };
  // A dashed tick marks an end that is approximate or uncertain, readable without colour.
  const endMark = (cls: "start" | "end", at: number, p: PrecisionLayout) => h("line", { class: endMarkClass(cls, p), x1: at, x2: at, y1: d.y - HALF - 3, y2: d.y + HALF + 3 });
  return [
    h("rect", { class: "cl-box", x: sureStart, width: Math.max(0, sureEnd - sureStart), ...box }),
    h("rect", {
      class: "cl-fuzz cl-fuzz-start",
      x: d.startBand[0],
      width: fuzzyEnd(d.startBand, d.start) ? Math.max(0, Math.min(d.startBand[1], sureEnd) - d.startBand[0]) : 0,
      ...box,
      fill: `url(#${prefix}-fade-in)`,
    }),
    h("rect", {
      class: "cl-fuzz cl-fuzz-end",
      x: Math.max(d.endBand[0], sureStart),
      width: fuzzyEnd(d.endBand, d.end) ? Math.max(0, d.endBand[1] - Math.max(d.endBand[0], sureStart)) : 0,
      ...box,
      fill: `url(#${prefix}-fade-out)`,
    }),
    endMark("start", d.bar[0], d.start),
    endMark("end", d.bar[1], d.end),
  ];
}

function clusterPill(d: ClusterItem): SceneElement {
  return h("rect", { class: "cl-pill", x: d.x0, width: d.x1 - d.x0, y: d.y - 11, height: 22, rx: 11 });
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
