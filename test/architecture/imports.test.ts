// @vitest-environment node
// The dependency rule of docs/architecture.md, read from the source: each stage imports only what
// comes before it, and the Node-safe stages never name a DOM global.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith(".ts") && !d.name.endsWith(".d.ts") ? [join(dir, d.name)] : []));
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms), ...text.matchAll(/^\s*import\s+"([^"]+)"/gm)].map((m) => m[1]!);
}

// Where an import lands: a src folder ("model"), a top-level src file ("types"), or a package.
function target(file: string, spec: string): string {
  if (!spec.startsWith(".")) return spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!;
  const path = relative(SRC, join(file, "..", spec)).replace(/\.js$/, "");
  return path.includes("/") ? path : path;
}

const ALL = files(SRC).map((file) => ({ file: relative(SRC, file), imports: importsOf(file).map((s) => target(file, s)) }));

const RULES: [string, RegExp, RegExp][] = [
  // [stage, files, what they may import]
  // The base: every word (messages, which import nothing), the data types, diagnostics (their
  // severities and shape, with the words from messages and the bounded value preview they quote), slugs.
  ["messages", /^messages\//, /^messages\/[\w-]+$/],
  ["types", /^types(\.ts|\/)/, /^types\/[\w-]+$/],
  ["diagnostics", /^diagnostics?(-type)?\.ts$/, /^(preview|diagnostics|diagnostic-type|messages\/[\w-]+)$/],
  ["slug and preview", /^(slug|preview)\.ts$/, /^preview$/],
  ["parse", /^parse\//, /^(types|diagnostics|slug|messages\/details[\w-]*|parse\/.+|d3-dsv|htmlparser2)$/],
  // The model says dates in words: the words around them are the reader's `dates` messages, and
  // what the readers add to a diagnostic's sentence (parse's too) its `details` (a file for each
  // reader loaded on demand).
  ["model", /^model\//, /^(types|diagnostics|slug|parse\/parsed|messages\/(dates|details[\w-]*|api)|model\/.+|edtf|date-fns)$/],
  ["layout", /^layout\//, /^(types|model\/(date-words|calendar|citation|loaded-timeline)|messages\/(layout|numbers|api)|layout\/.+|d3-scale|d3-time|date-fns)$/],
  ["interact", /^interact\//, /^(layout\/types|layout\/scale|layout\/pieces|interact\/.+|d3-selection|d3-zoom)$/],
  // The scene: what is drawn, as plain data, from the layout and the words; no DOM, no d3 selection.
  ["scene", /^scene\//, /^(types|messages\/[\w-]+|model\/(citation|date-words|ids|source)|layout\/(types|items|layout|sizes|doubt|event-name|account-marks)|interact\/keys|scene\/[\w-]+|date-fns)$/],
  // The writers: a scene to the DOM (patch) or to text (string, html, page); the page hashes its
  // stylesheet for the CSP with a maintained SHA-256.
  ["write", /^write\//, /^(types|options|model\/loaded-timeline|messages\/[\w-]+|layout\/(layout|types)|scene\/[\w-]+|write\/[\w-]+|date-fns|@noble\/hashes)$/],
  // The browser timeline: state, input and drawing on top of every stage below.
  ["view", /^view\//, /^(types|diagnostics|load|preload|options|messages\/[\w-]+|layout\/[\w-]+|scene\/[\w-]+|write\/(dom|export)|interact\/[\w-]+|view\/[\w-]+|d3-selection|d3-zoom|date-fns)$/],
  // Options: one table and checker for every entry point; it reads dates (model) and names the
  // layout's Measure type, and is read by view, embed, write and the CLI.
  ["options", /^options(\.ts|\/)/, /^(types|model\/(date|loaded-timeline)|layout\/(measure|segments)|messages\/[\w-]+|options\/[\w-]+|date-fns)$/],
  // The embed reads a fetched file's bytes as the loader would (parse/decode), and draws with the view.
  ["embed", /^embed\//, /^(types|diagnostics|options|preload|messages\/[\w-]+|parse\/decode|view\/timeline|embed\/[\w-]+)$/],
  // The script-tag bundle's replacements (rollup.config.js swaps each in for its namesake): the
  // DOMParser HTML reader, the on-demand TimelineJS importer, EDTF reader, reader of dates in
  // words, page document, story mode (its slide, transitions and input, lent the scene's story
  // reading and card) and locales, and their loader.
  ["browser", /^browser\//, /^(types|diagnostics|load|parts|model\/model|model\/date-level2|model\/date-spelling|write\/page-document|scene\/(card|slide|story|timeline)|view\/story(-input)?|messages\/[\w-]+|options\/locale-tags|parse\/[\w-]+|browser\/[\w-]+|date-fns|d3-selection|d3-interpolate)$/],
  // Drafting from an article: dates found by chrono-node, written as EDTF the model reads, words
  // from the messages; Node and build steps only (citeline/core and the CLI, never src/index.ts).
  ["draft", /^draft\//, /^(types|diagnostics|options|messages\/[\w-]+|model\/(date|fields|source)|draft\/[\w-]+|chrono-node)$/],
  ["cli", /^cli\//, /^(types|diagnostics|load|options|options\/docs|messages\/[\w-]+|write\/.+|draft\/[\w-]+|parse\/decode|cli\/[\w-]+|node:.+)$/],
];

describe("the dependency rule", () => {
  it("finds the source files and their imports (so the checks below see something)", () => {
    expect(ALL.length).toBeGreaterThan(20);
    expect(ALL.find((f) => f.file === "layout/scale.ts")?.imports).toContain("d3-scale");
  });

  it.each(RULES)("%s imports only what comes before it", (_stage, files, allowed) => {
    const offending = ALL.filter((f) => files.test(f.file)).flatMap((f) => f.imports.filter((i) => !allowed.test(i)).map((i) => `${f.file} → ${i}`));
    expect(offending).toEqual([]);
  });

  it("parse, model, layout, scene, the string writers, the CLI, options and messages never name a DOM global", () => {
    // A global used as one (`document.`, `window[`), not a property or a word in a string.
    const dom = /(?<![.\w"'-])(document|window|navigator|globalThis)\s*[.([]|\b(HTMLElement|SVGElement|getBBox|getComputedTextLength|requestAnimationFrame)\b/;
    // Of the writers, only dom.ts (the patcher) and export.ts (the browser's SVG/PNG export) touch a page.
    const named = ALL.filter((f) => /^(parse|model|layout|scene|write|cli|options|messages|types|draft)\//.test(f.file) || /^(core|common|load|preload|types|diagnostics|options)\.ts$/.test(f.file))
      .filter((f) => !/^write\/(dom|export)\.ts$/.test(f.file))
      .filter((f) => dom.test(readFileSync(join(SRC, f.file), "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "")))
      .map((f) => f.file);
    expect(named).toEqual([]);
  });

  it("the workbench bundles of the library only words and the sheet's pure readers; the rest it reaches through the global Citeline", () => {
    // A model or options module pulls the date readers, and with them the edtf package's locale
    // JSON, which the workbench's build does not read: it failed so on a clean machine.
    const studio = files(join(SRC, "../studio/src"));
    expect(studio.length).toBeGreaterThan(10);
    const text = (file: string) => readFileSync(file, "utf8").replace(/^\s*import type\s[^;]*;/gms, "");
    const offending = studio.flatMap((file) =>
      [...text(file).matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"(\.\.\/\.\.\/src\/[^"]+)"/gms)]
        .map((m) => relative(SRC, join(file, "..", m[1]!)).replace(/\.js$/, ""))
        .filter((target) => !/^(messages\/[\w-]+|parse\/(columns|separator|timelinejs-sheet))$/.test(target))
        .map((target) => `${relative(join(SRC, ".."), file)} → ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it("no HTML sinks anywhere in src: user text is only ever text", () => {
    const sinks = /innerHTML|outerHTML|insertAdjacentHTML|document\.write|new Function\(|\beval\(/;
    expect(ALL.filter((f) => sinks.test(readFileSync(join(SRC, f.file), "utf8"))).map((f) => f.file)).toEqual([]);
  });
});
