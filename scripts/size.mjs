// The weight of what citeline ships (issue 11): the gzip size of every file in dist/, and of what a
// page loads with the script tag for native JSON or CSV data, held to the budgets below.
//
//   node scripts/size.mjs     # after `npm run build`: prints the table, exits 1 above a budget
//
// test/size.test.ts runs the same check, so CI fails the build above budget; the bench imports
// `sizes()` and `scriptTagPage()` to print the bundle rows.
//
// A script, not size-limit: what we measure is already bundled by rollup, so all size-limit would
// add is a CLI over `zlib.gzipSync` and a glob. Its presets bring esbuild or webpack to bundle
// again (a second bundler whose output is not what we ship), its file plugin a dozen packages for
// what node:zlib does in a line, and we install from the registry only what the build needs. Here
// the budgets sit in one object beside the code that reads them, and the numbers are the same
// bytes the bench prints.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));

/** What a script-tag page loads for native JSON or CSV: the bundle and the stylesheet, nothing on demand. */
export const SCRIPT_TAG_PAGE = ["citeline.umd.min.js", "style.css"];

// Issue 11's target for the script-tag page: 45 KB gzip, JS and CSS together (KB = 1000 bytes here). Not met yet (see
// docs/performance.md, "Weight"); the budgets below are what the build reaches plus a small
// margin, so that nothing grows unnoticed while the rest of the way is made.
export const TARGET = 45_000;

/**
 * Gzip budgets in bytes: the script-tag page, what an app bundling the browser build loads before
 * it draws, and each file a page may load on demand. Each is what the build reached when it was
 * last set plus a small margin (1 KB for the pages, about 3 % for the files), so that nothing
 * grows unnoticed and every kilobyte more is a decision; docs/performance.md ("How the size
 * check's budgets were set") keeps why each moved.
 */
export const BUDGETS = {
  "script-tag page": 101_900,
  "app page (bundled)": 113_400,
  "citeline-timelinejs.js": 11_100,
  "citeline-edtf.js": 14_600,
  "citeline-words.js": 29_900,
  "citeline-html.js": 4_250,
  "citeline-page.js": 4_850,
  "citeline-story.js": 2_500,
  "locales/*.js": 11_200,
};

/** Bytes of `buffer` gzipped at level 9, as a server that precompresses would send it. */
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/**
 * Every code and style file in dist/ (not source maps or declarations), sorted by name: `min` is
 * its size as shipped (minified only for `.min.js` and the on-demand files), `gzip` gzipped.
 *
 * @returns {Promise<{ file: string, gzip: number, min: number }[]>}
 */
export async function sizes(dir = DIST) {
  return walk(dir)
    .filter((path) => /\.(js|cjs|css)$/.test(path))
    .map((path) => {
      const bytes = readFileSync(path);
      return { file: relative(dir, path).split("\\").join("/"), gzip: gzip(bytes), min: bytes.length };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * What a script-tag page loads for native JSON or CSV data (`SCRIPT_TAG_PAGE`), file by file and in
 * total; each file gzipped on its own, as it travels.
 *
 * @returns {Promise<{ files: { file: string, gzip: number, min: number }[], gzip: number, min: number }>}
 */
export async function scriptTagPage(dir = DIST) {
  const all = await sizes(dir);
  const files = SCRIPT_TAG_PAGE.map((name) => {
    const found = all.find((s) => s.file === name);
    if (!found) throw new Error(`dist/${name} is missing: run npm run build first.`);
    return found;
  });
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0), min: files.reduce((n, f) => n + f.min, 0) };
}

/**
 * Each budget against what the build holds: `over` lists the ones exceeded, as sentences. `app`
 * is `appBundle(dir)` when the caller has it already (bundling takes seconds).
 *
 * @returns {Promise<{ rows: { name: string, gzip: number, budget: number }[], over: string[] }>}
 */
export async function check(dir = DIST, app = undefined) {
  const all = await sizes(dir);
  const page = await scriptTagPage(dir);
  app ??= await appBundle(dir);
  const rows = [
    { name: "script-tag page", gzip: page.gzip, budget: BUDGETS["script-tag page"] },
    { name: "app page (bundled)", gzip: app.upFront, budget: BUDGETS["app page (bundled)"] },
  ];
  for (const [pattern, budget] of Object.entries(BUDGETS).filter(([name]) => name.endsWith(".js"))) {
    const match = new RegExp(`^${pattern.replace(/\./g, "\\.").replace("*", "[^/]+")}$`);
    const found = all.filter((s) => match.test(s.file));
    if (found.length === 0) rows.push({ name: pattern, gzip: Number.NaN, budget });
    for (const s of found) rows.push({ name: s.file, gzip: s.gzip, budget });
  }
  const over = rows
    .filter((r) => !(r.gzip <= r.budget))
    .map((r) => (Number.isNaN(r.gzip) ? `${r.name}: no such file in dist/` : `${r.name}: ${kb(r.gzip)} gzip, over its budget of ${kb(r.budget)}`));
  return { rows, over };
}

/**
 * What an app that bundles citeline for the web ships: `dist/citeline.browser.js` (the package's
 * "browser" condition) bundled with its dependencies as a bundler would, split where it imports on
 * demand and minified with terser, and `style.css`. `upFront` is the gzip of what a page loads
 * before it draws (the entry chunk, the chunks it imports statically, and the stylesheet), each
 * file gzipped on its own; `parts` are the chunks loaded on demand. Bundled with rollup, the
 * bundler this project builds with: Vite's production build is rollup too.
 *
 * @returns {Promise<{ upFront: number, files: { file: string, gzip: number }[], parts: { file: string, gzip: number }[] }>}
 */
export async function appBundle(dir = DIST) {
  const { rollup } = await import("rollup");
  const { nodeResolve } = await import("@rollup/plugin-node-resolve");
  const { default: commonjs } = await import("@rollup/plugin-commonjs");
  const { default: terser } = await import("@rollup/plugin-terser");
  const { default: json } = await import("@rollup/plugin-json");
  const entry = join(dir, "citeline.browser.js");
  const build = await rollup({ input: { app: entry }, plugins: [nodeResolve({ browser: true }), commonjs(), json()], onwarn: () => {} });
  try {
    const { output } = await build.generate({ format: "es", plugins: [terser()] });
    const chunks = new Map(output.filter((o) => o.type === "chunk").map((c) => [c.fileName, c]));
    // The entry and everything it imports statically, transitively: what loads before the first draw.
    const upFront = new Set();
    const visit = (name) => {
      if (upFront.has(name)) return;
      upFront.add(name);
      for (const next of chunks.get(name).imports) visit(next);
    };
    visit([...chunks.values()].find((c) => c.isEntry).fileName);
    const size = (c) => ({ file: c.fileName, gzip: gzip(Buffer.from(c.code)) });
    const style = readFileSync(join(dir, "style.css"));
    const files = [...[...upFront].map((name) => size(chunks.get(name))), { file: "style.css", gzip: gzip(style) }];
    const parts = [...chunks.values()].filter((c) => !upFront.has(c.fileName)).map(size);
    return { upFront: files.reduce((n, f) => n + f.gzip, 0), files, parts };
  } finally {
    await build.close();
  }
}

const kb = (bytes) => (Number.isNaN(bytes) ? "missing" : `${(bytes / 1000).toFixed(1)} KB`);

async function main() {
  const all = await sizes();
  const width = Math.max(...all.map((s) => s.file.length));
  console.log(`${"file".padEnd(width)}  ${"bytes".padStart(9)}  ${"gzip".padStart(9)}`);
  for (const s of all) console.log(`${s.file.padEnd(width)}  ${kb(s.min).padStart(9)}  ${kb(s.gzip).padStart(9)}`);
  const page = await scriptTagPage();
  console.log(`\nscript-tag page, native JSON or CSV (${SCRIPT_TAG_PAGE.join(" + ")}): ${kb(page.min)}, ${kb(page.gzip)} gzip; issue 11's target ${kb(TARGET)}`);
  const app = await appBundle();
  console.log(`app page, bundling dist/citeline.browser.js (${app.files.map((f) => f.file).join(" + ")}): ${kb(app.upFront)} gzip before it draws; on demand: ${app.parts.map((p) => `${p.file.replace(/-[\w-]{8}\.js$/, "")} ${kb(p.gzip)}`).join(", ")}`);
  const { rows, over } = await check(DIST, app);
  for (const r of rows) console.log(`budget ${r.name}: ${kb(r.gzip)} of ${kb(r.budget)}`);
  if (over.length > 0) {
    console.error(`\nOver budget:\n${over.map((o) => `  ${o}`).join("\n")}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
