// Checks the built package the way users reach it: `import("citeline/core")` and `require("citeline/core")`
// through the package's own exports map, loading the seed CSV and a TimelineJS file.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import assert from "node:assert/strict";

const text = (path) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const esm = await import("citeline/core");
const cjs = createRequire(import.meta.url)("citeline/core");
const umd = createRequire(import.meta.url)("citeline");

for (const [name, core] of [["import citeline/core", esm], ["require citeline/core", cjs], ["require citeline (UMD)", umd]]) {
  const seed = core.loadTimeline(text("examples/seed-tehran-2008/events.csv"));
  assert.equal(seed.timeline.events.length, 7, `${name}: seed events`);
  assert.deepEqual(seed.diagnostics, [], `${name}: seed diagnostics`);
  const tljs = core.loadTimeline(text("test/fixtures/timelinejs/maliki.json"));
  assert.ok(tljs.timeline.events.length >= 5, `${name}: TimelineJS events`);
  const broken = core.loadTimeline(text("test/fixtures/csv/broken.csv"));
  assert.ok(broken.diagnostics.some((d) => d.code === "date-ambiguous"), `${name}: diagnostics`);
  assert.ok(core.CitelineError.prototype instanceof Error);
  console.log(`${name}: ${seed.timeline.events.length} seed events, TimelineJS ${tljs.timeline.events.length} events, broken.csv ${broken.diagnostics.length} diagnostics`);
}

// The script-tag bundle: run it as a classic script in a fresh context and find the global.
const { runInNewContext } = await import("node:vm");
const page = { URL };
runInNewContext(text("dist/citeline.umd.min.js"), page);
assert.equal(typeof page.Citeline?.loadTimeline, "function", "UMD min defines the Citeline global");
assert.equal(page.Citeline.loadTimeline(text("examples/seed-tehran-2008/events.json")).timeline.events.length, 7);
console.log("<script src=citeline.umd.min.js>: global Citeline loads the seed");

// A bundler building for the web asks for the "browser" condition: `citeline` is then the ESM
// build without htmlparser2, its parts on demand; it reads the seed as the others do, and a
// TimelineJS file once its reader is loaded (before, none of its events).
const { execFileSync } = await import("node:child_process");
const probe = `const c = await import("citeline");
const { readFileSync } = await import("node:fs");
const seed = c.loadTimeline(readFileSync("examples/seed-tehran-2008/events.csv", "utf8")).timeline.events.length;
const maliki = readFileSync("test/fixtures/timelinejs/maliki.json", "utf8");
const before = c.loadTimeline(maliki).timeline.events.length;
await c.preload("timelinejs");
const tljs = c.loadTimeline(maliki).timeline.events.length;
console.log(JSON.stringify({ url: import.meta.resolve("citeline"), seed, before, tljs }));`;
const browser = JSON.parse(execFileSync(process.execPath, ["--conditions=browser", "--input-type=module", "-e", probe], { cwd: new URL("..", import.meta.url), encoding: "utf8" }));
assert.match(browser.url, /\/dist\/citeline\.browser\.js$/, "the browser condition resolves citeline to the ESM build for browsers");
assert.equal(browser.seed, 7);
assert.equal(browser.before, 0);
assert.ok(browser.tljs >= 5);
console.log(`import citeline (browser condition): ${browser.url.split("/").pop()}, ${browser.seed} seed events, TimelineJS ${browser.tljs} events once preloaded`);
