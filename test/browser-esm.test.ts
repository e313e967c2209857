// @vitest-environment node
// The ESM build for browsers (dist/citeline.browser.js, package.json's "browser" condition): an
// app bundled for the web gets it instead of dist/citeline.js, and with it no htmlparser2 (issue
// 11). It must read every input as the Node build does: here both built files load TimelineJS3's
// own templates and examples, a spreadsheet export, and the hostile corpus, and must agree to the
// last diagnostic. Needs `npm run build` first (`npm test` does it).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url);
const built = existsSync(dist("citeline.browser.js"));
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  dependencies: Record<string, string>;
  exports: Record<string, Record<string, unknown>>;
};

// Every file of ours that holds TimelineJS data or HTML in a sheet, written by others or hostile.
const INPUTS = [
  ...readdirSync(new URL("fixtures/timelinejs3/", import.meta.url))
    .filter((f) => /\.(json|csv)$/.test(f))
    .map((f) => `fixtures/timelinejs3/${f}`),
  "fixtures/timelinejs/maliki.json",
  "fixtures/timelinejs/sheet.csv",
  "fixtures/hostile/hostile.timelinejs.json",
  "fixtures/hostile/hostile.csv",
  "fixtures/hostile/hostile.json",
];

type Citeline = typeof import("../src/index.js");

describe.runIf(built)("the ESM build for browsers", () => {
  it("is what a bundler for the web resolves `citeline` to, before the Node builds", () => {
    const conditions = Object.keys(pkg.exports["."]!);
    expect(conditions[0]).toBe("browser");
    expect(pkg.exports["."]!.browser).toEqual({ types: "./dist/index.d.ts", default: "./dist/citeline.browser.js" });
  });

  it("imports no htmlparser2 and no chunk: only the package's own dependencies", () => {
    const code = readFileSync(dist("citeline.browser.js"), "utf8");
    const imports = [...code.matchAll(/^import\s[^;]*?from\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2]!);
    expect(imports.length).toBeGreaterThan(5);
    const packages = imports.map((id) => (id.startsWith("@") ? id.split("/").slice(0, 2).join("/") : id.split("/")[0]!));
    expect(packages).not.toContain("htmlparser2");
    expect(code).not.toMatch(/htmlparser2|entities\/lib/);
    for (const name of packages) expect(Object.keys(pkg.dependencies), name).toContain(name);
    // The Node ESM build does carry it: the two differ where they should.
    const chunks = readdirSync(dist("chunks/")).map((f) => readFileSync(dist(`chunks/${f}`), "utf8"));
    expect(chunks.some((c) => /from ['"]htmlparser2['"]/.test(c))).toBe(true);
  });

  it("reads TimelineJS data, sheets and hostile HTML exactly as the Node build does", async () => {
    const web = (await import(dist("citeline.browser.js").href)) as Citeline;
    const node = (await import(dist("citeline.js").href)) as Citeline;
    for (const file of INPUTS) {
      const text = readFileSync(new URL(file, import.meta.url), "utf8");
      const a = web.loadTimeline(text);
      const b = node.loadTimeline(text);
      expect(a.timeline.events.length, file).toBeGreaterThan(0);
      expect(a, file).toEqual(b);
    }
  });
});

it.skipIf(built)("needs a build: run npm run build (npm test does it first)", () => {
  expect.fail("dist/citeline.browser.js is missing");
});
