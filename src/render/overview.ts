import type { Selection } from "d3-selection";
import type { OverviewLayout, TimelineLayout } from "../layout/types.js";

type G = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Draw the overview strip: the whole timeline as a density (one path, however many events) and the
 * visible window on it. The brush that drags the window is added by the interaction layer.
 */
export function drawOverview(g: G, layout: TimelineLayout): void {
  const data = layout.overview ? [layout.overview] : [];
  const strip = g
    .selectAll("g.cl-overview-strip")
    .data(data)
    .join((enter) => {
      // The brush, drawn by the interaction layer, takes the pointer; the strip only shows.
      const e = enter.append("g").attr("class", "cl-overview-strip").attr("aria-hidden", "true").attr("pointer-events", "none");
      e.append("rect").attr("class", "cl-overview-bg");
      e.append("path").attr("class", "cl-overview-density");
      e.append("rect").attr("class", "cl-overview-window");
      return e;
    });
  strip
    .select("rect.cl-overview-bg")
    .attr("x", (o) => o.box.x)
    .attr("y", (o) => o.box.y)
    .attr("width", (o) => o.box.width)
    .attr("height", (o) => o.box.height);
  strip.select("path").attr("d", densityPath);
  strip
    .select("rect.cl-overview-window")
    .attr("x", (o) => o.window[0])
    .attr("y", (o) => o.box.y)
    .attr("width", (o) => Math.max(2, o.window[1] - o.window[0]))
    .attr("height", (o) => o.box.height);
}

/** The overview's density as one path: bars scaled to the busiest bin; empty bins draw nothing. */
export function densityPath(o: OverviewLayout): string {
  const peak = Math.max(1, ...o.bins);
  const bottom = o.box.y + o.box.height;
  const parts: string[] = [];
  o.bins.forEach((n, i) => {
    if (n === 0) return;
    const h = Math.max(2, (Math.sqrt(n) / Math.sqrt(peak)) * (o.box.height - 4));
    parts.push(`M${(o.box.x + i * o.binWidth).toFixed(1)},${bottom}v${(-h).toFixed(1)}h${Math.max(1, o.binWidth - 1).toFixed(1)}v${h.toFixed(1)}z`);
  });
  return parts.join("");
}
