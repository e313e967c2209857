import { loadTimeline, formatDiagnostic } from "./src/core.js";
for (const d of process.argv.slice(2)) {
  const { timeline, diagnostics } = loadTimeline({ events: [{ title: "x", start: d }] });
  const e = timeline.events[0];
  console.log(JSON.stringify(d).padEnd(34), "=>", e ? JSON.stringify([e.start.edtf, e.end?.edtf]) : "REFUSED", diagnostics.map((x) => x.code + "/" + ((x as any).reason ?? "") + " " + ((x as any).detail ?? "").slice(0, 100)).join(" | "));
}
