import { select, type Selection } from "d3-selection";
import type { TimelineLayout } from "../layout/types.js";
import { drawAxis } from "./axis.js";
import { drawItems, type ItemView } from "./items.js";
import { drawLanes, drawEras } from "./lanes.js";
import { drawOverview } from "./overview.js";

const SVG_NS = "http://www.w3.org/2000/svg";

/** The groups of one timeline's SVG, created once and redrawn on every layout. */
export interface SvgParts {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  /** Prefix for element ids, unique per timeline on the page. */
  prefix: string;
  eras: Selection<SVGGElement, unknown, null, undefined>;
  lanes: Selection<SVGGElement, unknown, null, undefined>;
  grid: Selection<SVGGElement, unknown, null, undefined>;
  items: Selection<SVGGElement, unknown, null, undefined>;
  axis: Selection<SVGGElement, unknown, null, undefined>;
  overview: Selection<SVGGElement, unknown, null, undefined>;
  title: Selection<SVGTitleElement, unknown, null, undefined>;
  desc: Selection<SVGDescElement, unknown, null, undefined>;
}

/**
 * Create the SVG skeleton in `container`: accessible name and description, pattern and gradient
 * definitions for dates of limited precision, and one group per layer. Nothing here reads user
 * text except through `.text()`.
 */
export function createSvg(container: Element, prefix: string): SvgParts {
  const svg = select(container)
    .append(() => container.ownerDocument.createElementNS(SVG_NS, "svg"))
    .attr("class", "cl-svg")
    .attr("role", "graphics-document")
    .attr("aria-roledescription", "timeline")
    .attr("aria-labelledby", `${prefix}-title`)
    .attr("aria-describedby", `${prefix}-desc`)
    .attr("focusable", "false");
  const title = svg.append<SVGTitleElement>("title").attr("id", `${prefix}-title`);
  const desc = svg.append<SVGDescElement>("desc").attr("id", `${prefix}-desc`);
  const defs = svg.append("defs");
  // Hatching says "somewhere in here" without colour; fades say "roughly from here".
  defs
    .append("pattern")
    .attr("id", `${prefix}-hatch`)
    .attr("patternUnits", "userSpaceOnUse")
    .attr("width", 6)
    .attr("height", 6)
    .attr("patternTransform", "rotate(45)")
    .append("rect")
    .attr("class", "cl-hatch-line")
    .attr("width", 2)
    .attr("height", 6);
  for (const [id, from, to] of [["fade-in", 0, 1], ["fade-out", 1, 0]] as const) {
    const gradient = defs.append("linearGradient").attr("id", `${prefix}-${id}`).attr("x1", 0).attr("x2", 1).attr("y1", 0).attr("y2", 0);
    gradient.append("stop").attr("class", "cl-fade-stop").attr("offset", 0).attr("stop-opacity", from);
    gradient.append("stop").attr("class", "cl-fade-stop").attr("offset", 1).attr("stop-opacity", to);
  }
  defs.append("clipPath").attr("id", `${prefix}-clip`).append("rect");
  const layer = (name: string) => svg.append("g").attr("class", `cl-${name}`);
  const lanes = layer("lanes");
  const eras = layer("eras");
  const grid = layer("grid");
  // tabindex -1: Chromium would otherwise give the labelled group a tab stop of its own.
  const items = layer("items").attr("clip-path", `url(#${prefix}-clip)`).attr("role", "group").attr("tabindex", -1);
  const axis = layer("axis").attr("aria-hidden", "true");
  const overview = layer("overview");
  return { svg, prefix, eras, lanes, grid, items, axis, overview, title, desc };
}

/** Draw a layout into the skeleton: the one function that turns geometry into nodes. */
export function drawLayout(parts: SvgParts, layout: TimelineLayout, view: ItemView, label: { title: string; description: string }): void {
  parts.svg.attr("viewBox", `0 0 ${layout.width} ${layout.height}`).attr("width", layout.width).attr("height", layout.height);
  parts.title.text(label.title);
  parts.desc.text(label.description);
  parts.svg
    .select(`#${parts.prefix}-clip rect`)
    .attr("x", layout.plot.x - 2)
    .attr("y", 0)
    .attr("width", layout.plot.width + 4)
    .attr("height", layout.plot.y + layout.plot.height);
  drawLanes(parts.lanes, layout);
  drawEras(parts.eras, layout);
  drawAxis(parts.axis, parts.grid, layout);
  drawItems(parts.items, layout, view, parts.prefix);
  drawOverview(parts.overview, layout);
}
