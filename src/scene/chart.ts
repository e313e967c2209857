/**
 * The chart as a scene: the SVG with its accessible name and description, the definitions for
 * dates of limited precision, lanes, eras, gridlines, items, the two-row axis and the overview.
 * What the layout decided, drawn; nothing is measured or chosen here.
 *
 * @module
 */
import type { EraLayout, LaneLayout, OverviewLayout, Tick, TimelineLayout } from "../layout/types.js";
import { labelFlow, readingFlow, type ItemView, type LabelFlow } from "./item-facts.js";
import { breakPills, breaksNode, overviewSegments, segmentCaptions } from "./breaks.js";
import { isolated, itemNode } from "./items.js";
import { noteAround, SVG_ISOLATE } from "./markup.js";
import { h, num, type SceneElement, type SceneNode } from "./node.js";

/** What the chart needs besides the layout. */
export interface ChartInput {
  layout: TimelineLayout;
  /** Prefix of every element id, unique per timeline on a page. */
  prefix: string;
  view: ItemView;
  /** The chart's accessible name and description. */
  title: string;
  description: string;
  /** The accessible name of the items' group ("12 events and clusters in view"). */
  itemsLabel: string;
  /** What the chart is, for a screen reader ("timeline"), in the reader's language; default English. */
  roleDescription?: string;
  /** What an event's and a cluster's mark are, likewise. */
  roles?: { readonly event: string; readonly cluster: string };
  /** The text runs right to left (labels, lane names, tick labels); time's direction is the layout's. */
  textRtl?: boolean;
  /** The layout's "no source" note (see `TimelineSceneInput`); default English's. */
  unsourced?: (when: string) => string;
}

/**
 * The `<svg class="cl-svg">` of a layout.
 *
 * @example
 * ```ts
 * toMarkup(chartNode({ layout, prefix: "tl", view, title: "Maliki in Tehran", description: "", itemsLabel: "" }));
 * ```
 */
export function chartNode(input: ChartInput, extra: Record<string, string | number> = {}): SceneElement {
  const { layout, prefix } = input;
  const textRtl = input.textRtl === true;
  const flow = labelFlow(textRtl, layout.timeDirection === "rtl");
  const reading = readingFlow(textRtl);
  const note = input.unsourced ? noteAround(input.unsourced) : undefined;
  const added = { ...(reading.atRight ? { flow: reading } : {}), ...(note ? { note } : {}), ...(input.roles ? { roles: input.roles } : {}), ...(layout.timeDirection === "rtl" ? { timeRtl: true } : {}) };
  const view = Object.keys(added).length > 0 ? { ...input.view, ...added } : input.view;
  return h(
    "svg",
    {
      ...extra,
      class: "cl-svg",
      role: "graphics-document",
      "aria-roledescription": input.roleDescription ?? "timeline",
      "aria-labelledby": `${prefix}-title`,
      "aria-describedby": `${prefix}-desc`,
      focusable: "false",
      viewBox: `0 0 ${num(layout.width)} ${num(layout.height)}`,
      width: layout.width,
      height: layout.height,
      // With nothing in view, the chart itself is the tab stop.
      tabindex: layout.items.length === 0 ? 0 : null,
      // A presentation attribute, so an SVG exported or shown without the page keeps its direction.
      direction: textRtl ? "rtl" : null,
    },
    [
      h("title", { id: `${prefix}-title` }, input.title),
      h("desc", { id: `${prefix}-desc` }, input.description),
      defs(layout, prefix),
      h("g", { class: "cl-lanes" }, layout.lanes.map((l, i) => lane(l, i, layout))),
      h("g", { class: "cl-eras" }, layout.eras.map((e) => era(e, layout, reading))),
      h("g", { class: "cl-grid" }, gridlines(layout)),
      breaksNode(layout),
      // The lanes' names over the eras and gridlines that cross their headings, so none is struck through.
      h("g", { class: "cl-lane-labels" }, layout.lanes.map((l) => laneLabel(l, layout, textRtl))),
      // tabindex -1: Chromium would otherwise give the labelled group a tab stop of its own.
      h("g", { class: "cl-items", "clip-path": `url(#${prefix}-clip)`, role: "group", tabindex: -1, "aria-label": input.itemsLabel }, layout.items.map((d) => itemNode(d, prefix, view))),
      h("g", { class: "cl-axis", "aria-hidden": "true" }, axis(layout, flow)),
      // The brush (src/interact/brush.ts, in the browser) draws its own layer in here; the scene leaves it be.
      h("g", { class: "cl-overview" }, layout.overview ? [overview(layout.overview)] : [], { open: true }),
    ],
  );
}

// Hatching says "somewhere in here" without colour; fades say "roughly from here".
function defs(layout: TimelineLayout, prefix: string): SceneElement {
  const clip = { x: layout.plot.x - 2, y: 0, width: layout.plot.width + 4, height: layout.plot.y + layout.plot.height };
  const fade = (id: string, from: number, to: number) =>
    h("linearGradient", { id: `${prefix}-${id}`, x1: 0, x2: 1, y1: 0, y2: 0 }, [
      h("stop", { class: "cl-fade-stop", offset: 0, "stop-opacity": from }),
      h("stop", { class: "cl-fade-stop", offset: 1, "stop-opacity": to }),
    ]);
  return h("defs", {}, [
    h("pattern", { id: `${prefix}-hatch`, patternUnits: "userSpaceOnUse", width: 6, height: 6, patternTransform: "rotate(45)" }, [h("rect", { class: "cl-hatch-line", width: 2, height: 6 })]),
    fade("fade-in", 0, 1),
    fade("fade-out", 1, 0),
    h("clipPath", { id: `${prefix}-clip` }, [h("rect", clip)]),
  ]);
}

// Lanes alternate, so they read apart without colour.
function lane(l: LaneLayout, i: number, layout: TimelineLayout): SceneElement {
  return h("g", { class: i % 2 === 1 ? "cl-lane cl-lane-odd" : "cl-lane" }, [h("rect", { class: "cl-lane-bg", x: 0, y: l.y, width: layout.width, height: l.height })], { key: l.id });
}

// A lane's name stands where reading starts (the right, in right-to-left text), isolated as every
// user's text is.
function laneLabel(l: LaneLayout, layout: TimelineLayout, textRtl: boolean): SceneElement {
  const x = textRtl ? layout.plot.x + layout.plot.width : layout.plot.x;
  return h("text", { class: "cl-lane-label", x, y: l.y + 13, "unicode-bidi": SVG_ISOLATE }, l.label, { key: l.id });
}

// An era cites its sources as an event does: their numbers after its label, isolated as a title is.
function era(e: EraLayout, layout: TimelineLayout, flow: LabelFlow): SceneElement {
  const x = e.label ? (flow.atRight ? e.label.x + e.label.width : e.label.x) : 0;
  return h(
    "g",
    { class: "cl-era" },
    [
      h("rect", { x: e.x0, width: e.x1 - e.x0, y: layout.plot.y - 18, height: layout.plot.height + 18 }),
      h("text", { class: "cl-era-label", x, y: e.label?.y ?? 0, "text-anchor": flow.anchor }, isolated("cl-title-text", e.label?.text ?? "", "", e.label?.cites ?? "")),
      h("title", {}, e.name),
    ],
    { key: e.id },
  );
}

function gridlines(layout: TimelineLayout): SceneNode[] {
  const { y } = layout.axis;
  // Not at the plot's edges, where the period pinned there already starts, nor at a break, which
  // already divides the two sides.
  const breaks = layout.breaks ?? [];
  const inside = (t: Tick) => t.x > layout.plot.x + 1 && t.x < layout.plot.x + layout.plot.width - 1 && !breaks.some((b) => t.x >= b.x0 - 1 && t.x <= b.x1 + 1);
  return layout.axis.coarse.filter(inside).map((t) => h("line", { class: "cl-gridline", x1: t.x, x2: t.x, y1: layout.plot.y, y2: y }, [], { key: String(t.value) }));
}

// The two-row axis from the layout's ticks (chosen by the layout, so every writer draws the same).
// A tick's label runs from it the way time runs: after it, or before it when time runs right to left.
function axis(layout: TimelineLayout, flow: LabelFlow): SceneNode[] {
  const { y } = layout.axis;
  const label = { x: flow.atRight ? -3 : 3, "text-anchor": flow.anchor };
  const row = (name: string, ticks: Tick[], tickLength: number, baseline: number) =>
    h(
      "g",
      { class: `cl-axis-${name}` },
      ticks.map((t) => h("g", { class: "cl-tick", transform: `translate(${num(t.x)},${num(y)})` }, [h("line", { y2: tickLength }), h("text", { ...label, y: baseline }, t.label)], { key: String(t.value) })),
    );
  return [
    ...axisBase(layout).map(([x1, x2]) => h("line", { class: "cl-axis-base", x1, x2, y1: y, y2: y }, [], { key: `base-${x1}` })),
    row("fine", layout.axis.fine, 6, 17),
    row("coarse", layout.axis.coarse, 0, 34),
    ...segmentCaptions(layout),
    ...breakPills(layout),
  ];
}

// The axis line, stopping at each break.
function axisBase(layout: TimelineLayout): Array<[number, number]> {
  const right = layout.plot.x + layout.plot.width;
  const parts: Array<[number, number]> = [];
  let from = layout.plot.x;
  for (const b of [...(layout.breaks ?? [])].sort((p, q) => p.x0 - q.x0)) {
    if (b.x0 > from) parts.push([from, Math.min(b.x0, right)]);
    from = Math.max(from, b.x1);
  }
  if (from < right) parts.push([from, right]);
  return parts;
}

// The whole timeline as a density (one path, however many events) and the visible window on it.
function overview(o: OverviewLayout): SceneElement {
  return h("g", { class: "cl-overview-strip", "aria-hidden": "true", "pointer-events": "none" }, [
    h("rect", { class: "cl-overview-bg", x: o.box.x, y: o.box.y, width: o.box.width, height: o.box.height }),
    h("path", { class: "cl-overview-density", d: densityPath(o) }),
    ...overviewSegments(o),
    h("rect", { class: "cl-overview-window", x: o.window[0], y: o.box.y, width: Math.max(2, o.window[1] - o.window[0]), height: o.box.height }),
  ], { key: "strip" });
}

/**
 * The overview's density as one path: bars scaled to the busiest bin; empty bins draw nothing.
 *
 * @example
 * ```ts
 * densityPath(layout.overview!); // "M40.0,452v-12.0h3.0v12.0z…"
 * ```
 */
export function densityPath(o: OverviewLayout): string {
  // A layout hands on the same frozen bins at every zoom (see `OverviewLayout.bins`): the path is
  // made once per strip, not in every frame of a zoom. Bins that could still change are drawn anew.
  if (!Object.isFrozen(o.bins)) return drawDensity(o);
  const key = `${o.box.x},${o.box.y},${o.box.width},${o.box.height},${o.binWidth}`;
  const made = densityPaths.get(o.bins);
  if (made?.key === key) return made.d;
  const d = drawDensity(o);
  densityPaths.set(o.bins, { key, d });
  return d;
}

const densityPaths = new WeakMap<readonly number[], { key: string; d: string }>();

function drawDensity(o: OverviewLayout): string {
  const peak = Math.max(1, ...o.bins);
  const bottom = o.box.y + o.box.height;
  const parts: string[] = [];
  o.bins.forEach((n, i) => {
    if (n === 0) return;
    const height = Math.max(2, (Math.sqrt(n) / Math.sqrt(peak)) * (o.box.height - 4));
    parts.push(`M${(o.box.x + i * o.binWidth).toFixed(1)},${bottom}v${(-height).toFixed(1)}h${Math.max(1, o.binWidth - 1).toFixed(1)}v${height.toFixed(1)}z`);
  });
  return parts.join("");
}
