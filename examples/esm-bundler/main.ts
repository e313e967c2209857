// citeline from a bundler: the package's ESM entry and its stylesheet, imported like any other.
import { createTimeline, describeSpan, preload } from "citeline";
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

// Another language is a chunk of its own, which Vite split off: it is fetched on the first click,
// and the timeline is redrawn in German (its dates, axis and words) once it has arrived.
const languages = { en: document.getElementById("lang-en")!, de: document.getElementById("lang-de")! };
for (const [tag, button] of Object.entries(languages)) {
  button.addEventListener("click", () => {
    void preload(tag).then(() => {
      timeline.update({ locale: tag });
      for (const [other, b] of Object.entries(languages)) b.setAttribute("aria-pressed", String(other === tag));
    });
  });
}

// For the tests and the console.
(window as unknown as { citeline: typeof timeline }).citeline = timeline;
