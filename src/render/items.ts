import type { Selection } from "d3-selection";
import { ITEM } from "../layout/items.js";
import type { ClusterItem, ItemLayout, PointItem, PrecisionLayout, SpanItem, TimelineLayout } from "../layout/types.js";
import { subParts, SVG_ISOLATE } from "./markup.js";

type G = Selection<SVGGElement, unknown, null, undefined>;
type ItemG = Selection<SVGGElement, ItemLayout, SVGGElement, unknown>;

/** What the view adds to the layout: which item is selected, which has focus, which are highlighted. */
export interface ItemView {
  selected: string | null;
  focused: string | null;
  highlighted: ReadonlySet<string>;
}

const HALF = ITEM.barHeight / 2;
const SVG_NS = "http://www.w3.org/2000/svg";
/** Below this many px a band of doubt is too thin to draw as one. */
export const MIN_BAND = 4;

/**
 * Draw events and clusters, keyed by id so zooming moves nodes rather than replacing them.
 * Precision and qualifier become classes (`cl-p-month`, `cl-q-approximate`) for the stylesheet;
 * the accessible name says the same in words.
 */
export function drawItems(g: G, layout: TimelineLayout, view: ItemView, prefix: string): void {
  g.attr("aria-label", `${layout.items.length} events and clusters in view`);
  const items = g
    .selectAll<SVGGElement, ItemLayout>("g.cl-item")
    .data(layout.items, (d) => d.id)
    .join((enter) => enter.append("g").attr("data-kind", (d) => d.kind))
    .attr("id", (d) => domId(prefix, d.id))
    .attr("data-id", (d) => d.id)
    .attr("class", (d) => itemClasses(d, view))
    .attr("role", "graphics-symbol")
    .attr("aria-roledescription", (d) => (d.kind === "cluster" ? "cluster" : "event"))
    .attr("aria-label", (d) => d.name)
    .attr("tabindex", (d) => (d.id === view.focused ? 0 : -1));
  // A kind never changes for an id (clusters have their own ids), so parts are built once.
  items.filter(":not([data-built])").each((d, i, nodes) => {
    const el = nodes[i]!;
    el.setAttribute("data-built", "");
    const doc = el.ownerDocument;
    const add = (tag: string, cls: string) => el.appendChild(doc.createElementNS("http://www.w3.org/2000/svg", tag)).setAttribute("class", cls);
    add("rect", "cl-focus-ring");
    if (d.kind === "point") {
      add("rect", "cl-band");
      add("rect", "cl-band-hatch");
      if (d.set) {
        add("line", "cl-set-join");
        d.set.candidates.forEach(() => add("rect", "cl-candidate"));
      }
      add("circle", "cl-mark");
    }
    if (d.kind === "span") ["cl-box", "cl-fuzz cl-fuzz-start", "cl-fuzz cl-fuzz-end", "cl-end-mark cl-end-start", "cl-end-mark cl-end-end"].forEach((c, i) => add(i >= 3 ? "line" : "rect", c));
    if (d.kind === "cluster") add("rect", "cl-pill");
    add("text", "cl-title");
    add("text", "cl-sub");
  });
  items.select("rect.cl-focus-ring").attr("x", (d) => d.x0 - 4).attr("y", (d) => d.y - HALF - 3).attr("width", (d) => d.x1 - d.x0 + 8).attr("height", ITEM.barHeight + 6).attr("rx", 4);
  drawPoints(items.filter((d) => d.kind === "point") as unknown as Selection<SVGGElement, PointItem, SVGGElement, unknown>, prefix);
  drawSpans(items.filter((d) => d.kind === "span") as unknown as Selection<SVGGElement, SpanItem, SVGGElement, unknown>, prefix);
  drawClusters(items.filter((d) => d.kind === "cluster") as unknown as Selection<SVGGElement, ClusterItem, SVGGElement, unknown>);
  drawLabels(items);
}

function drawPoints(points: Selection<SVGGElement, PointItem, SVGGElement, unknown>, prefix: string): void {
  const banded = (d: PointItem) => d.band[1] - d.band[0] >= MIN_BAND;
  points
    .selectAll<SVGRectElement, PointItem>("rect.cl-band, rect.cl-band-hatch")
    .data((d) => [d, d])
    .attr("x", (d) => d.band[0])
    .attr("width", (d) => (banded(d) ? d.band[1] - d.band[0] : 0))
    .attr("y", (d) => d.y - HALF)
    .attr("height", ITEM.barHeight)
    .attr("rx", 3);
  points.select("rect.cl-band-hatch").attr("fill", `url(#${prefix}-hatch)`);
  points.select("circle.cl-mark").attr("cx", (d) => d.x).attr("cy", (d) => d.y).attr("r", (d) => (d.set ? 0 : ITEM.radius));
  const sets = points.filter((d) => d.set !== undefined);
  sets.each((d, i, nodes) => {
    const g = nodes[i]!;
    const geometry = setGeometry(d);
    const join = g.querySelector("line.cl-set-join");
    for (const [name, value] of Object.entries(geometry.join)) join?.setAttribute(name, String(value));
    g.querySelectorAll("rect.cl-candidate").forEach((rect, k) => {
      for (const [name, value] of Object.entries(geometry.marks[k] ?? {})) rect.setAttribute(name, String(value));
    });
  });
}

/** Height of a set candidate's mark, px: smaller than a span's box, so a set never reads as one. */
const CANDIDATE = 14;

/**
 * Where a set's candidates and the line that joins them go: one mark per candidate (at least a
 * mark wide, its band when wider), joined on the row from the first to the last.
 */
export function setGeometry(d: PointItem): { join: Record<string, number>; marks: Record<string, number>[] } {
  const candidates = d.set?.candidates ?? [];
  const marks = candidates.map(([a, b]) => {
    const width = Math.max(b - a, 2 * ITEM.radius);
    return { x: (a + b) / 2 - width / 2, y: d.y - CANDIDATE / 2, width, height: CANDIDATE, rx: 3 };
  });
  const first = marks[0];
  const last = marks[marks.length - 1];
  const join = { x1: first ? first.x + first.width / 2 : d.x, x2: last ? last.x + last.width / 2 : d.x, y1: d.y, y2: d.y };
  return { join, marks };
}

function drawSpans(spans: Selection<SVGGElement, SpanItem, SVGGElement, unknown>, prefix: string): void {
  // The sure part is solid; a band of doubt at either end fades, so the bar says "roughly from here".
  const fuzzy = (band: [number, number], p: PrecisionLayout) => fuzzyEnd(band, p);
  const sureStart = (d: SpanItem) => (fuzzy(d.startBand, d.start) ? d.startBand[1] : d.bar[0]);
  const sureEnd = (d: SpanItem) => (fuzzy(d.endBand, d.end) ? d.endBand[0] : d.bar[1]);
  spans
    .select("rect.cl-box")
    .attr("x", sureStart)
    .attr("width", (d) => Math.max(0, sureEnd(d) - sureStart(d)))
    .attr("y", (d) => d.y - HALF)
    .attr("height", ITEM.barHeight);
  spans
    .select("rect.cl-fuzz-start")
    .attr("x", (d) => d.startBand[0])
    .attr("width", (d) => (fuzzy(d.startBand, d.start) ? Math.max(0, Math.min(d.startBand[1], sureEnd(d)) - d.startBand[0]) : 0))
    .attr("y", (d) => d.y - HALF)
    .attr("height", ITEM.barHeight)
    .attr("fill", `url(#${prefix}-fade-in)`);
  spans
    .select("rect.cl-fuzz-end")
    .attr("x", (d) => Math.max(d.endBand[0], sureStart(d)))
    .attr("width", (d) => (fuzzy(d.endBand, d.end) ? Math.max(0, d.endBand[1] - Math.max(d.endBand[0], sureStart(d))) : 0))
    .attr("y", (d) => d.y - HALF)
    .attr("height", ITEM.barHeight)
    .attr("fill", `url(#${prefix}-fade-out)`);
  // A dashed tick marks an end that is approximate or uncertain, readable without colour.
  for (const [cls, at, p] of [["start", (d: SpanItem) => d.bar[0], (d: SpanItem) => d.start], ["end", (d: SpanItem) => d.bar[1], (d: SpanItem) => d.end]] as const) {
    spans
      .select(`line.cl-end-${cls}`)
      .attr("x1", at)
      .attr("x2", at)
      .attr("y1", (d) => d.y - HALF - 3)
      .attr("y2", (d) => d.y + HALF + 3)
      .attr("class", (d) => endMarkClass(cls, p(d)));
  }
}

function drawClusters(clusters: Selection<SVGGElement, ClusterItem, SVGGElement, unknown>): void {
  clusters
    .select("rect.cl-pill")
    .attr("x", (d) => d.x0)
    .attr("width", (d) => d.x1 - d.x0)
    .attr("y", (d) => d.y - 11)
    .attr("height", 22)
    .attr("rx", 11);
}

function drawLabels(items: ItemG): void {
  items
    .select<SVGTextElement>("text.cl-title")
    .attr("x", (d) => d.label?.x ?? 0)
    .attr("y", (d) => d.label?.y ?? 0)
    .each(function (d) {
      writeIsolated(this, "cl-title-text", d.label?.text ?? "", "", d.label?.cites ?? "");
    });
  items
    .select<SVGTextElement>("text.cl-sub")
    .attr("x", (d) => d.label?.x ?? 0)
    .attr("y", (d) => (d.label?.y ?? 0) + ITEM.subLine)
    .each(function (d) {
      const [user, ours] = subParts(d.label?.sub ?? "");
      writeIsolated(this, "cl-sub-text", user, ours, "");
    });
}

// What each label holds, so a zoom frame that moves a label does not rebuild its text.
const written = new WeakMap<Element, string>();

/**
 * Fill an SVG `<text>` with the user's text in its own `<tspan class={cls}>`, isolated (as
 * `<bdi>` is: a bidi control in a title cannot pull our words or its citation numbers into it,
 * and Arabic or Hebrew reads in its own direction), then our own words, then the citation numbers,
 * raised. `unicode-bidi` is a presentation attribute, so an exported SVG keeps it with no stylesheet.
 */
export function writeIsolated(text: SVGTextElement, cls: string, user: string, ours: string, cites: string): void {
  const key = `${cls}\u0000${user}\u0000${ours}\u0000${cites}`;
  if (written.get(text) === key) return;
  written.set(text, key);
  const doc = text.ownerDocument;
  const tspan = (className: string, content: string) => {
    const node = doc.createElementNS(SVG_NS, "tspan");
    node.setAttribute("class", className);
    node.textContent = content;
    return node;
  };
  const isolated = tspan(cls, user);
  isolated.setAttribute("unicode-bidi", SVG_ISOLATE);
  text.replaceChildren(isolated);
  if (ours) text.append(ours);
  if (cites) {
    const numbers = tspan("cl-cites", ` ${cites}`);
    numbers.setAttribute("dy", "-4");
    text.append(numbers);
  }
}

/** Whether a span's end is drawn as a band of doubt: wide enough, and vague, open or unknown. */
export function fuzzyEnd(band: [number, number], p: PrecisionLayout): boolean {
  return band[1] - band[0] >= MIN_BAND && (p.qualifier !== "exact" || coarse(p) || p.bound !== undefined);
}

/** The classes of a span's end mark: which end, how sure, and whether it is open or unknown. */
export function endMarkClass(end: "start" | "end", p: PrecisionLayout): string {
  return `cl-end-mark cl-end-${end} cl-q-${p.qualifier}${p.bound ? ` cl-bound-${p.bound}` : ""}`;
}

/** Whether a date is known more coarsely than a day: its band is drawn as doubt, not as a known day. */
export function coarse(p: PrecisionLayout): boolean {
  return !["day", "hour", "minute", "second", "instant"].includes(p.precision);
}

/** The classes of an item's node: kind, precision, qualifier, label and view states. */
export function itemClasses(d: ItemLayout, view: ItemView): string {
  const list = ["cl-item", `cl-${d.kind}`];
  // A band is hatched only when the date is coarser than a day or qualified: a known day seen
  // close up is a solid band, not a guess.
  if (d.kind === "point" && d.set) list.push(`cl-p-${d.date.precision}`, `cl-q-${d.date.qualifier}`, `cl-set cl-set-${d.set.kind}`);
  else if (d.kind === "point") {
    const band = d.band[1] - d.band[0] >= MIN_BAND;
    const vague = coarse(d.date) || d.date.qualifier !== "exact";
    list.push(`cl-p-${d.date.precision}`, `cl-q-${d.date.qualifier}`, band && vague ? "cl-banded" : band ? "cl-day-band" : "cl-exact");
  }
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
 * A DOM id for an event id: event ids are user data and may hold any character, so they are
 * encoded rather than trusted in an attribute that CSS selectors and ARIA references read.
 */
export function domId(prefix: string, id: string): string {
  let out = "";
  for (const ch of id) out += /[A-Za-z0-9_-]/.test(ch) ? ch : `_${ch.codePointAt(0)?.toString(16)}_`;
  return `${prefix}-${out}`;
}
