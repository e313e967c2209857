// Server-side rendering in Node: load the seed spreadsheet with citeline/core and write a
// standalone HTML page (chart, event list and sources; no script) to out.html.
//
//   npm run build && node examples/node-ssr/render.mjs [events.csv] [out.html]
//
// "citeline/core" resolves through the package's own "exports" (Node lets a package import
// itself by name), so this runs the built dist/core.js exactly as an installed package would.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { formatDiagnostic, loadTimeline, renderPage } from "citeline/core";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const input = process.argv[2] ?? here("../seed-tehran-2008/events.csv");
const output = process.argv[3] ?? here("out.html");

// The file's bytes, not its text: citeline reads them in the encoding they are in (a sheet Excel
// saved as "Unicode Text" is UTF-16, its plain "CSV" Windows-1252) and says where it had to guess.
const { timeline, diagnostics } = loadTimeline(await readFile(input));
for (const d of diagnostics) console.warn(formatDiagnostic(d));

// The stylesheet is inlined into the page, so it needs nothing beside it.
const css = await readFile(fileURLToPath(import.meta.resolve("citeline/style.css")), "utf8");
await writeFile(output, renderPage(timeline, { width: 960, css, title: timeline.title ?? "Maliki in Tehran, June 2008" }));
console.log(output);
