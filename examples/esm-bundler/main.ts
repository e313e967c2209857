// citeline from a bundler: the package's ESM entry and its stylesheet, imported like any other.
import { createTimeline, describeSpan } from "citeline";
import "citeline/style.css";
// Vite's ?raw: the spreadsheet's text, bundled. fetch("events.csv") works just as well.
import csv from "../seed-tehran-2008/events.csv?raw";

const timeline = createTimeline(document.getElementById("timeline")!, { data: csv, height: 420 });
for (const d of timeline.diagnostics) console.warn(d.message);

const log = document.getElementById("log")!;
timeline.on("select", ({ event }) => {
  log.textContent = event ? `${event.title}: ${describeSpan(event.start, event.end)}` : "Click an event.";
});
document.getElementById("all")!.addEventListener("click", () => timeline.zoomTo([Date.UTC(1979, 5, 1), Date.UTC(2009, 2, 1)]));
document.getElementById("visit")!.addEventListener("click", () => timeline.zoomTo("visit"));

// For the tests and the console.
(window as unknown as { citeline: typeof timeline }).citeline = timeline;
