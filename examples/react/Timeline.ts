// A small React wrapper around createTimeline: the timeline is created once when the component
// mounts, updated in place when its props change, and destroyed when it unmounts. Written with
// createElement rather than JSX, so the example builds with Vite and no React plugin.
import { createElement, useEffect, useRef } from "react";
import { createTimeline, type TimelineEvent, type TimelineHandle, type TimelineOptions } from "citeline";

export interface TimelineProps {
  /** The data: native JSON (text or object), CSV text or TimelineJS JSON. */
  data: unknown;
  /** Height of the chart, px. */
  height?: number;
  theme?: TimelineOptions["theme"];
  /** Called with the event whose card opens, or null when it closes. */
  onSelect?: (event: TimelineEvent | null) => void;
}

export function Timeline({ data, height = 420, theme = "light", onSelect }: TimelineProps) {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<TimelineHandle | null>(null);
  // What the timeline currently shows, so a prop change updates only what changed.
  const shown = useRef<{ data: unknown; height: number; theme: TimelineOptions["theme"] } | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const timeline = createTimeline(host.current!, { data, height, theme });
    for (const d of timeline.diagnostics) console.warn(d.message);
    const off = timeline.on("select", ({ event }) => select.current?.(event));
    handle.current = timeline;
    shown.current = { data, height, theme };
    return () => {
      off();
      timeline.destroy();
      handle.current = null;
      shown.current = null;
    };
    // Created once per mount (so no dependencies); the effect below carries prop changes.
  }, []);

  useEffect(() => {
    const timeline = handle.current;
    const was = shown.current;
    if (!timeline || !was) return;
    const next: Partial<TimelineOptions> = {};
    if (data !== was.data) next.data = data;
    if (height !== was.height) next.height = height;
    if (theme !== was.theme) next.theme = theme;
    if (Object.keys(next).length === 0) return;
    timeline.update(next);
    shown.current = { data, height, theme };
    if ("data" in next) for (const d of timeline.diagnostics) console.warn(d.message);
  }, [data, height, theme]);

  return createElement("div", { ref: host, className: "timeline-host" });
}
