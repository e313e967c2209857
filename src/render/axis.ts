import type { Selection } from "d3-selection";
import type { Tick, TimelineLayout } from "../layout/types.js";

type G = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Draw the two-row axis from the layout's ticks, and light gridlines at the coarse ticks across the
 * plot. The ticks were chosen by the layout (so server-side output matches); this only draws them.
 */
export function drawAxis(axis: G, grid: G, layout: TimelineLayout): void {
  const { y } = layout.axis;
  axis
    .selectAll("line.cl-axis-base")
    .data([layout.axis])
    .join("line")
    .attr("class", "cl-axis-base")
    .attr("x1", layout.plot.x)
    .attr("x2", layout.plot.x + layout.plot.width)
    .attr("y1", y)
    .attr("y2", y);
  row(axis, "fine", layout.axis.fine, y, 6, 17);
  row(axis, "coarse", layout.axis.coarse, y, 0, 34);
  grid
    .selectAll("line")
    .data(layout.axis.coarse.filter((t) => t.x > layout.plot.x + 1), (t) => (t as Tick).value)
    .join("line")
    .attr("class", "cl-gridline")
    .attr("x1", (t) => t.x)
    .attr("x2", (t) => t.x)
    .attr("y1", layout.plot.y)
    .attr("y2", y);
}

function row(axis: G, name: string, ticks: Tick[], y: number, tickLength: number, baseline: number): void {
  const g = axis
    .selectAll(`g.cl-axis-${name}`)
    .data([ticks])
    .join("g")
    .attr("class", `cl-axis-${name}`);
  const tick = g
    .selectAll("g.cl-tick")
    .data(ticks, (t) => (t as Tick).value)
    .join((enter) => {
      const e = enter.append("g").attr("class", "cl-tick");
      e.append("line");
      e.append("text");
      return e;
    })
    .attr("transform", (t) => `translate(${t.x},${y})`);
  tick.select("line").attr("y2", tickLength);
  tick
    .select("text")
    .attr("x", 3)
    .attr("y", baseline)
    .text((t) => t.label);
}
