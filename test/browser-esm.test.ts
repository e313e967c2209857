// @vitest-environment node
// The ESM build for browsers (dist/citeline.browser.js, package.json's "browser" condition): an
// app bundled for the web gets it instead of dist/citeline.js, and with it no htmlparser2, and
// what only some pages need (the TimelineJS reader, the EDTF reader, the page writer, the locales
// other than English) behind a literal import() that the app's bundler splits off (issue 11).
// Once loaded, it must read every input as the Node build does: here both built files load
// TimelineJS3's own templates and examples, a spreadsheet export, and the hostile corpus, and must
// agree to the last diagnostic. Needs `npm run build` first (`npm test` does it).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALE_TAGS, localeKey } from "../src/options/locale-tags.js";

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
  "fixtures/csv/media-html.csv",
  "fixtures/hostile/hostile.csv",
  "fixtures/hostile/hostile.json",
];

type Citeline = typeof import("../src/index.js");

// The text of citeline.browser.js and of every file it imports statically, in dist/: what an app
// that bundles it loads up front (a bundler follows these; the import() calls it splits off).
function staticGraph(): string[] {
  const seen = new Map<string, string>();
  const visit = (url: URL) => {
    if (seen.has(url.href)) return;
    const code = readFileSync(url, "utf8");
    seen.set(url.href, code);
    for (const m of code.matchAll(/^(?:import|export)\s[^;]*?from\s*['"](\.[^'"]+)['"]|^import\s*['"](\.[^'"]+)['"]/gm)) visit(new URL(m[1] ?? m[2]!, url));
  };
  visit(dist("citeline.browser.js"));
  return [...seen.values()];
}

describe.runIf(built)("the ESM build for browsers", () => {
  it("is what a bundler for the web resolves `citeline` to, before the Node builds", () => {
    const conditions = Object.keys(pkg.exports["."]!);
    expect(conditions[0]).toBe("browser");
    expect(pkg.exports["."]!.browser).toEqual({ types: "./dist/index.d.ts", default: "./dist/citeline.browser.js" });
  });

  it("imports no htmlparser2, no other language and no on-demand part up front: only the package's own dependencies", () => {
    const code = staticGraph().join("\n");
    const imports = [...code.matchAll(/^(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2]!).filter((id) => !id.startsWith("."));
    expect(imports.length).toBeGreaterThan(5);
    const packages = imports.map((id) => (id.startsWith("@") ? id.split("/").slice(0, 2).join("/") : id.split("/")[0]!));
    expect(packages).not.toContain("htmlparser2");
    expect(code).not.toMatch(/htmlparser2|entities\/lib/);
    for (const name of packages) expect(Object.keys(pkg.dependencies), name).toContain(name);
    // English only: no other date-fns locale, none of the translations' words, no part's reader.
    expect([...new Set(imports.filter((id) => id.startsWith("date-fns/locale/")))].sort()).toEqual(["date-fns/locale/en-GB", "date-fns/locale/en-US"]);
    expect(code).not.toContain("Schließen");
    expect(code).not.toMatch(/from ['"]edtf['"]/);
    expect(code).not.toContain("function madeTitle(");
    // date-fns' parser is the reader of dates in words' alone.
    expect(code).not.toMatch(/from ['"]date-fns\/parse['"]|\bparse\b[^;]*from ['"]date-fns['"]/);
    // Each part is a literal import() a bundler can see and split off.
    const parts = [...code.matchAll(/import\((['"])(\.[^'"]+)\1\)/g)].map((m) => m[2]!);
    expect(parts).toHaveLength(17);
    // The Node ESM build does carry it: the two differ where they should.
    const chunks = readdirSync(dist("chunks/")).map((f) => readFileSync(dist(`chunks/${f}`), "utf8"));
    expect(chunks.some((c) => /from ['"]htmlparser2['"]/.test(c))).toBe(true);
  });

  it("loads each part when asked, then reads TimelineJS data, sheets and hostile HTML exactly as the Node build does", async () => {
    const web = (await import(dist("citeline.browser.js").href)) as Citeline;
    const node = (await import(dist("citeline.js").href)) as Citeline;
    // Before its part has loaded, TimelineJS data is no events and a diagnostic saying what to do.
    const sheet = readFileSync(new URL("fixtures/timelinejs/sheet.csv", import.meta.url), "utf8");
    const waiting = web.loadTimeline(sheet);
    expect(waiting.timeline.events).toHaveLength(0);
    expect(waiting.diagnostics.map((d) => d.code)).toEqual(["timelinejs-not-loaded"]);
    // A sheet's Media cell with HTML waits for the HTML reader, which the TimelineJS reader brings.
    const media = readFileSync(new URL("fixtures/csv/media-html.csv", import.meta.url), "utf8");
    expect(web.loadTimeline(media).diagnostics.map((d) => d.code)).toEqual(["html-not-loaded", "html-not-loaded"]);
    expect(web.localeFor("de")).toBeUndefined();
    await expect(web.preload("tlh")).rejects.toThrow(/cannot preload "tlh"/);
    await web.preload("timelinejs", "edtf", "page", "de");
    expect(web.localeFor("de-AT")?.code).toBe("de-AT");
    // Every locale citeline names has its part: the table of literal import()s, which cannot be
    // made from the list of tags, misses none.
    const others = LOCALE_TAGS.filter((tag) => !tag.startsWith("en"));
    await web.preload(...others);
    for (const tag of others) expect(localeKey(web.localeFor(tag)?.code ?? ""), tag).toBe(localeKey(tag));
    // The German words came with it: a timeline drawn in German says so in its own words.
    const { timeline } = node.loadTimeline(readFileSync(new URL("../examples/seed-tehran-2008/events.json", import.meta.url), "utf8"));
    expect(web.renderToString(timeline, { locale: "de", width: 800 })).toBe(node.renderToString(timeline, { locale: "de", width: 800 }));
    expect(web.renderPage(timeline, { width: 800 })).toBe(node.renderPage(timeline, { width: 800 }));
    for (const file of INPUTS) {
      const text = readFileSync(new URL(file, import.meta.url), "utf8");
      const a = web.loadTimeline(text);
      const b = node.loadTimeline(text);
      // Something to compare: events, or (TimelineJS's science draft, with no start dates) the errors that dropped them.
      expect(a.timeline.events.length + a.diagnostics.filter((d) => d.severity === "error").length, file).toBeGreaterThan(0);
      expect(a, file).toEqual(b);
    }
  });
});

it.skipIf(built)("needs a build: run npm run build (npm test does it first)", () => {
  expect.fail("dist/citeline.browser.js is missing");
});
