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
  // The base: the data types, diagnostics (with the bounded value preview their messages use), slugs.
  ["types, diagnostics and slug", /^(types|diagnostics|slug|preview)\.ts$/, /^preview$/],
  ["parse", /^parse\//, /^(types|diagnostics|slug|parse\/.+|d3-dsv|htmlparser2)$/],
  ["model", /^model\//, /^(types|diagnostics|slug|parse\/parsed|model\/.+|edtf|date-fns|@date-fns\/utc)$/],
  ["layout", /^layout\//, /^(types|model\/date-words|layout\/.+|d3-scale|d3-time|date-fns|@date-fns\/utc)$/],
  ["render", /^render\//, /^(layout\/types|layout\/items|model\/citation|model\/source|render\/.+|d3-selection)$/],
  ["interact", /^interact\//, /^(layout\/types|interact\/.+|d3-selection|d3-zoom|d3-brush|d3-transition)$/],
  // Server-side rendering prints a layout as text: no DOM library, no zoom; only pure helpers of render and interact.
  ["write", /^write\//, /^(types|diagnostics|model\/.+|layout\/.+|render\/(items|overview|citation|markup)|interact\/keys|write\/.+|date-fns)$/],
  ["cli", /^cli\//, /^(types|diagnostics|load|write\/.+|node:.+|date-fns)$/],
];

describe("the dependency rule", () => {
  it("finds the source files and their imports (so the checks below see something)", () => {
    expect(ALL.length).toBeGreaterThan(20);
    expect(ALL.find((f) => f.file === "layout/layout.ts")?.imports).toContain("d3-scale");
  });

  it.each(RULES)("%s imports only what comes before it", (_stage, files, allowed) => {
    const offending = ALL.filter((f) => files.test(f.file)).flatMap((f) => f.imports.filter((i) => !allowed.test(i)).map((i) => `${f.file} → ${i}`));
    expect(offending).toEqual([]);
  });

  it("parse, model, layout, ssr and the CLI never name a DOM global", () => {
    // A global used as one (`document.`, `window[`), not a property or a word in a string.
    const dom = /(?<![.\w"'-])(document|window|navigator|globalThis)\s*[.([]|\b(HTMLElement|SVGElement|getBBox|getComputedTextLength|requestAnimationFrame)\b/;
    const named = ALL.filter((f) => /^(parse|model|layout|write|cli)\//.test(f.file) || /^(core|load|types|diagnostics)\.ts$/.test(f.file))
      .filter((f) => dom.test(readFileSync(join(SRC, f.file), "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "")))
      .map((f) => f.file);
    expect(named).toEqual([]);
  });

  it("no HTML sinks anywhere in src: user text is only ever text", () => {
    const sinks = /innerHTML|outerHTML|insertAdjacentHTML|document\.write|new Function\(|\beval\(/;
    expect(ALL.filter((f) => sinks.test(readFileSync(join(SRC, f.file), "utf8"))).map((f) => f.file)).toEqual([]);
  });
});
