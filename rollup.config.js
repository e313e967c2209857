import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import commonjs from "@rollup/plugin-commonjs";
import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import MagicString from "magic-string";
import { dts } from "rollup-plugin-dts";
import { transform } from "esbuild";
import esbuild from "rollup-plugin-esbuild";
import { stylesheetSource } from "./scripts/stylesheet.mjs";
import { studio } from "./studio/rollup.studio.js";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const deps = Object.keys(pkg.dependencies ?? {});
// ESM keeps dependencies external so that an app's bundler dedupes d3 and date-fns.
const external = (id) => id.startsWith("node:") || deps.some((d) => id === d || id.startsWith(`${d}/`));
const banner = `/*! citeline ${pkg.version} | MIT License */`;
const transpile = () => esbuild({ target: "es2020", tsconfig: "tsconfig.build.json" });
// The UMD bundles carry d3 parts, date-fns, edtf (and its CommonJS parser, nearley) and, for
// require("citeline") in Node, htmlparser2.
const bundled = () => [nodeResolve({ browser: true }), commonjs(), json(), transpile()];
// The stylesheet ships as citeline/style.css: the theme with its parts inlined, then the embed
// states (scripts/stylesheet.mjs), minified by esbuild as Vite minifies an app's CSS: the sources' comments say
// why each rule is there, and every page loaded them (6.2 → 3.7 KB gzip).
// test/browser/stylesheet.e2e.test.ts holds the shipped sheet to the sources, element by element.
const stylesheet = () => ({
  name: "citeline-stylesheet",
  async generateBundle() {
    const { code } = await transform(stylesheetSource(), { loader: "css", minify: true, legalComments: "none" });
    this.emitFile({ type: "asset", fileName: "style.css", source: `${banner}\n${code}` });
  },
});
const umd = { format: "umd", name: "Citeline", sourcemap: true, banner, exports: "named" };
const minify = () => terser({ format: { comments: /^!/ } });
// The UMD wrapper hands the whole bundle to its caller as one function, which runs once, as the
// script loads. Rollup writes it in parentheses, which tells V8 to compile it with the script (on a
// background thread, while a streamed script still downloads); terser drops them, and V8 then
// compiled the 270 KB function lazily, on the page's main thread, when the wrapper called it: 11–13
// ms of the script's 21 ms evaluation in a trace at 1k (docs/performance.md, "The session of 5
// December, from 21:11"). Put back after terser; a wrapper of another shape fails the build.
const eagerFactory = () => ({
  name: "citeline-eager-factory",
  renderChunk(code) {
    const open = /\}\(this,function\(\w+\)\{"use strict";/.exec(code);
    const close = code.lastIndexOf("});");
    if (!open || close < open.index || code.slice(close + 3).trim() !== "") throw new Error("eagerFactory: the UMD wrapper's factory was not found where terser writes it");
    const s = new MagicString(code);
    s.appendLeft(open.index + "}(this,".length, "(");
    s.appendLeft(close + 1, ")");
    return { code: s.toString(), map: s.generateMap({ hires: true }) };
  },
});

// The script-tag bundle reads a few modules differently from Node and the ESM build: each file (or
// package module) on the left is replaced by the one on the right wherever it is imported, so the
// sources keep one import each. HTML is read by a small tokenizer instead of htmlparser2 and its
// entity tables; the TimelineJS importer, the EDTF reader (the edtf package), the reader of dates
// that name their month (date-fns' parse), the page writer's
// document (with its SHA-256) and the locales other than English are files beside the bundle,
// loaded on demand (src/browser/preload.ts). test/script-tag.test.ts checks that every locale of
// src/options/locale-tags.ts but English has its file below.
const root = fileURLToPath(new URL(".", import.meta.url));
const BROWSER_HTML = { "src/parse/html-read.ts": "src/browser/html-read.ts" };
const SCRIPT_TAG = {
  "src/parse/html-read.ts": "src/browser/html-on-demand.ts",
  "src/parse/timelinejs.ts": "src/browser/timelinejs.ts",
  "src/options/locales.ts": "src/browser/locales.ts",
  "src/preload.ts": "src/browser/preload.ts",
  "src/model/date-level2.ts": "src/browser/date-level2.ts",
  "src/model/date-spelling.ts": "src/browser/date-spelling.ts",
  "src/write/page-document.ts": "src/browser/page-document.ts",
  "src/view/story.ts": "src/browser/story-on-demand.ts",
  "src/view/story-input.ts": "src/browser/story-on-demand.ts",
  "src/scene/slide.ts": "src/browser/story-on-demand.ts",
};
// Packages d3's modules import for what citeline never asks of them: d3-format for a linear
// scale's tick labels, d3-color for transitions and scales of colour, d3-transition for
// transitions (citeline's glide runs on its own, src/interact/glide.ts), and of d3-interpolate
// the interpolators of values other than numbers. Swapped only where d3 is bundled (the script
// tag); an app's bundler resolves d3 for itself. test/stand-ins.test.ts holds each to d3's own.
const UNCALLED = { "d3-format": "src/browser/d3-format-unused.ts", "d3-color": "src/browser/d3-color-unused.ts", "d3-transition": "src/browser/d3-transition-unused.ts", "d3-interpolate": "src/browser/d3-interpolate-numbers.ts" };
// The words part is the reader of spellings itself: it swaps the rest as the bundle does.
const WORDS_PART = Object.fromEntries(Object.entries(SCRIPT_TAG).filter(([from]) => from !== "src/model/date-spelling.ts"));
// A part loaded on demand imports the very module its stand-in replaces everywhere else (the
// TimelineJS reader, the EDTF reader, the page document, story mode), as does the stand-in for
// d3-interpolate (it lends d3's own number and zoom interpolators): from these files nothing is
// swapped.
const PART_ENTRIES = new Set(["src/browser/timelinejs-part.ts", "src/browser/edtf-part.ts", "src/browser/words-part.ts", "src/browser/page-part.ts", "src/browser/html-part.ts", "src/browser/story-part.ts", "src/browser/d3-interpolate-numbers.ts"]);
const swap = (table) => ({
  name: "citeline-swap",
  async resolveId(source, importer, options) {
    if (importer && PART_ENTRIES.has(relative(root, importer).split("\\").join("/"))) return null;
    if (table[source]) return resolve(root, table[source]);
    if (!importer || !source.startsWith(".")) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const replacement = resolved && table[relative(root, resolved.id).split("\\").join("/")];
    return replacement ? resolve(root, replacement) : null;
  },
});
// The locales other than English, each a file of its own: `locales/fa.js` exports the date-fns
// `locale` and, for a language citeline translates, its words as `messages` (src/messages/fa.ts),
// so a page in English carries no other language's words. Each is built from its entry in
// src/browser/locale-parts/, which the ESM build for browsers imports on demand as well: one file
// per locale, read from the folder rather than listed again (test/script-tag.test.ts holds the
// files to src/options/locale-tags.ts).
const ON_DEMAND_LOCALES = readdirSync(new URL("./src/browser/locale-parts/", import.meta.url)).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3));
// An on-demand file: one ES module, everything it needs inside (no chunk to fetch after it), minified.
const onDemand = (input, file, plugins) => ({
  input,
  plugins: [...plugins, ...bundled()],
  output: { format: "es", file: `dist/${file}`, sourcemap: true, banner, plugins: [minify()] },
});
// dist/ is not emptied between builds (another build may be reading it): drop the ESM chunks a
// build no longer writes to its folder, so that neither the package nor the size report carries stale ones.
const dropStaleChunks = (folder) => ({
  name: "citeline-drop-stale-chunks",
  writeBundle(options, bundle) {
    const dir = join(options.dir, folder);
    if (existsSync(dir)) for (const name of readdirSync(dir)) if (!bundle[`${folder}/${name}`]) rmSync(join(dir, name));
  },
});

export default [
  {
    input: { citeline: "src/index.ts", core: "src/core.ts", cli: "src/cli/cli.ts" },
    external,
    plugins: [transpile(), stylesheet(), dropStaleChunks("chunks")],
    output: { dir: "dist", format: "es", sourcemap: true, banner, entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js" },
  },
  {
    // The script-tag bundle's entry re-exports src/index.ts and, in a page, defines <cite-line>
    // and draws every [data-citeline] element; the ESM entry above stays free of side effects.
    // .umd.js and .umd.min.js are for <script> tags (the names people look for), with what only
    // some pages need in the on-demand files below.
    input: "src/umd.ts",
    plugins: [swap({ ...SCRIPT_TAG, ...UNCALLED }), ...bundled()],
    output: [
      { ...umd, file: "dist/citeline.umd.js" },
      { ...umd, file: "dist/citeline.umd.min.js", plugins: [minify(), eagerFactory()] },
    ],
  },
  {
    // The ESM build for browsers: package.json's "browser" condition, which bundlers for the web
    // pick over "import". As dist/citeline.js, dependencies external, with the script tag's swaps:
    // HTML in TimelineJS data and a sheet's Media columns is read by its small reader (an app's
    // bundle carries no htmlparser2), and what only some pages need — the TimelineJS reader, the
    // EDTF reader, the page writer, the locales other than English — is a chunk in
    // dist/browser/ behind a literal import() (src/browser/part-import-esm.ts), which the app's
    // bundler splits off in turn and fetches only when a page asks for it (`preload`).
    input: { "citeline.browser": "src/index.ts" },
    external,
    plugins: [swap({ ...SCRIPT_TAG, "src/browser/part-import.ts": "src/browser/part-import-esm.ts" }), transpile(), dropStaleChunks("browser")],
    // Chunks by name, without a hash: an app's bundler hashes what it emits. The code the entry
    // shares with the parts is browser/citeline.js; the entry re-exports the API from it.
    output: { dir: "dist", format: "es", sourcemap: true, banner, entryFileNames: "[name].js", chunkFileNames: (c) => `browser/${c.name === "index" ? "citeline" : c.name}.js` },
  },
  {
    // .umd.cjs is require("citeline") in Node: everything at hand, as in the ESM build.
    input: "src/umd.ts",
    plugins: bundled(),
    output: { ...umd, file: "dist/citeline.umd.cjs" },
  },
  // The TimelineJS reader borrows the bundle's diagnostics, English sentences and all, rather than carry a copy.
  onDemand("src/browser/timelinejs-part.ts", "citeline-timelinejs.js", [swap({ ...BROWSER_HTML, "src/diagnostics.ts": "src/browser/diagnostic-lent.ts" })]),
  onDemand("src/browser/edtf-part.ts", "citeline-edtf.js", []),
  // The readers of spellings lean on the bundle's reading of EDTF and its words for dates: what
  // they import beyond themselves is swapped as in the bundle, so the EDTF package stays its own part.
  onDemand("src/browser/words-part.ts", "citeline-words.js", [swap(WORDS_PART)]),
  onDemand("src/browser/html-part.ts", "citeline-html.js", []),
  onDemand("src/browser/page-part.ts", "citeline-page.js", []),
  // Story mode is lent the bundle's story reading and card content (src/browser/story-lent.ts):
  // the layout and the scene they lean on stay the bundle's alone.
  onDemand("src/browser/story-part.ts", "citeline-story.js", [swap({ "src/scene/story.ts": "src/browser/story-lent.ts", "src/scene/card.ts": "src/browser/story-lent.ts" })]),
  ...ON_DEMAND_LOCALES.map((tag) => onDemand(`src/browser/locale-parts/${tag}.ts`, `locales/${tag}.js`, [])),
  {
    input: "src/core.ts",
    plugins: bundled(),
    output: { format: "cjs", file: "dist/core.cjs", sourcemap: true, banner, exports: "named" },
  },
  // The workbench (citeline studio): its own page and script in dist/studio/, on the global Citeline.
  studio(banner),
  // Declarations per entry, each with a .d.cts twin so `require` sees CommonJS types.
  ...["index", "core"].map((name) => ({
    input: `src/${name}.ts`,
    plugins: [dts({ tsconfig: "./tsconfig.build.json" })],
    output: [{ file: `dist/${name}.d.ts` }, { file: `dist/${name}.d.cts` }],
  })),
];
