import type { Selection } from "d3-selection";
import type { EraLayout, LaneLayout, TimelineLayout } from "../layout/types.js";
import { writeIsolated } from "./items.js";

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Draw lane bands (alternating, so lanes read apart without colour) and their headings. */
export function drawLanes(g: G, layout: TimelineLayout): void {
  const lane = g
    .selectAll("g.cl-lane")
    .data(layout.lanes, (l) => (l as LaneLayout).id)
    .join((enter) => {
      const e = enter.append("g").attr("class", "cl-lane");
      e.append("rect").attr("class", "cl-lane-bg");
      e.append("text").attr("class", "cl-lane-label");
      return e;
    })
    .classed("cl-lane-odd", (_, i) => i % 2 === 1);
  lane
    .select("rect")
    .attr("x", 0)
    .attr("y", (l) => l.y)
    .attr("width", layout.width)
    .attr("height", (l) => l.height);
  lane
    .select("text")
    .attr("x", layout.plot.x)
    .attr("y", (l) => l.y + 13)
    .text((l) => l.label);
}

/** Draw era bands behind the lanes, each with its label at the top. */
export function drawEras(g: G, layout: TimelineLayout): void {
  const era = g
    .selectAll("g.cl-era")
    .data(layout.eras, (e) => (e as EraLayout).id)
    .join((enter) => {
      const e = enter.append("g").attr("class", "cl-era");
      e.append("rect");
      e.append("text").attr("class", "cl-era-label");
      e.append("title");
      return e;
    });
  era
    .select("rect")
    .attr("x", (e) => e.x0)
    .attr("width", (e) => e.x1 - e.x0)
    .attr("y", layout.plot.y - 18)
    .attr("height", layout.plot.height + 18);
  era
    .select<SVGTextElement>("text")
    .attr("x", (e) => e.label?.x ?? 0)
    .attr("y", (e) => e.label?.y ?? 0)
    // An era cites its sources as an event does: their numbers after its label, which is isolated
    // as an event's title is.
    .each(function (e) {
      writeIsolated(this, "cl-title-text", e.label?.text ?? "", "", e.label?.cites ?? "");
    });
  era.select("title").text((e) => e.name);
}
