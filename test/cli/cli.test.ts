// @vitest-environment node
// The `citeline` command, run in-process through main() with real files in a temporary directory.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { themeSource } from "../../scripts/stylesheet.mjs";
import { ROOT, runCli } from "./run.js";

// jsdom ships no types and the project has no @types/jsdom: the little used here, typed.
interface Jsdom {
  JSDOM: new (html?: string) => { window: Window & typeof globalThis };
}
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- a string, so TypeScript looks for no types
const { JSDOM } = (await import("jsdom" as string)) as Jsdom;

const SEED = "examples/seed-tehran-2008/events.csv";
const MALIKI = "test/fixtures/timelinejs/maliki.json";
const BROKEN = "test/fixtures/csv/broken.csv";
const dir = mkdtempSync(join(tmpdir(), "citeline-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

const out = (name: string) => join(dir, name);

describe("citeline render", () => {
  it("writes the seed spreadsheet as a page, with nothing on stderr", async () => {
    const r = await run("render", SEED, "-o", out("seed.html"));
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("7 events, 4 sources");
    const doc = new JSDOM(readFileSync(out("seed.html"), "utf8")).window.document;
    expect(doc.querySelectorAll("svg g.cl-item")).toHaveLength(7);
    expect(doc.querySelectorAll("ol.cl-list > li")).toHaveLength(7);
    expect(doc.querySelectorAll("script")).toHaveLength(0);
    // The theme is inlined, every part of it (src/write/theme/), so the page needs nothing else.
    const css = doc.querySelector("style")!.textContent;
    expect(css).not.toContain("@import");
    expect(css).toContain(themeSource());
    expect(doc.documentElement.lang).toBe("en-GB");
  });

  it("writes the seed spreadsheet as a standalone SVG", async () => {
    const r = await run("render", SEED, "-o", out("seed.svg"), "--width", "640", "--theme", "dark");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const text = readFileSync(out("seed.svg"), "utf8");
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const svg = new (new JSDOM("").window.DOMParser)().parseFromString(text, "image/svg+xml");
    expect(svg.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(svg.documentElement.getAttribute("data-theme")).toBe("dark");
    expect(svg.documentElement.getAttribute("width")).toBe("640");
    expect(svg.querySelector("style")!.textContent).toContain(":where(.citeline .cl-svg) text");
    expect(svg.querySelectorAll("g.cl-item")).toHaveLength(7);
  });

  it("reads TimelineJS, in another locale and with a title of its own", async () => {
    const r = await run("render", MALIKI, "-o", out("maliki.html"), "--locale", "de", "--title", "Maliki & Tehran", "--height", "500");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const page = readFileSync(out("maliki.html"), "utf8");
    const doc = new JSDOM(page).window.document;
    expect(doc.title).toBe("Maliki & Tehran");
    expect(doc.documentElement.lang).toBe("de");
    expect(doc.querySelector("svg.cl-svg")!.getAttribute("height")).toBe("500");
    expect(doc.body.textContent).toContain("Juni 2008");
    expect(doc.querySelectorAll("li.cl-entry").length).toBeGreaterThanOrEqual(5);
  });

  it("writes right to left, with time running right to left and a Solar Hijri axis, from its flags", async () => {
    const r = await run("render", SEED, "-o", out("seed-rtl.html"), "--dir", "rtl", "--time-direction", "rtl", "--calendar", "persian", "--width", "900");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const doc = new JSDOM(readFileSync(out("seed-rtl.html"), "utf8")).window.document;
    expect(doc.documentElement.getAttribute("dir")).toBe("rtl");
    expect(doc.querySelector(".citeline")!.getAttribute("dir")).toBe("rtl");
    expect(doc.querySelector("svg.cl-svg")!.getAttribute("direction")).toBe("rtl");
    // The Iran–Iraq war (1980) is the earliest event: with time right to left it is on the right.
    const x = (id: string) => Number(/translate\(([-\d.]+)/.exec(doc.querySelector(`g.cl-item[data-id="${id}"]`)!.getAttribute("transform")!)![1]);
    expect(x("iran-iraq-war")).toBeGreaterThan(x("pact-vote"));
    // Solar Hijri years on the axis: the 1360s of that calendar, not the 1980s.
    expect([...doc.querySelectorAll(".cl-axis text")].map((t) => t.textContent).join(" ")).toMatch(/13[5-8]\d/);
    const refused = await run("render", SEED, "-o", out("never.html"), "--time-direction", "backwards");
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("--time-direction");
  });

  it("prints the broken spreadsheet's problems with their lines and still writes, exit 0", async () => {
    const r = await run("render", BROKEN, "-o", out("broken.html"));
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines.find((l) => l.includes("line 6"))).toBe(
      `${BROKEN}: events[4] line 6, Date: error date-ambiguous: "03/04/2008" is ambiguous: it could be 3 April 2008 or 4 March 2008. Write it as YYYY-MM-DD, or load the sheet with dateFormat "DMY" or "MDY" (date-format in markup).`,
    );
    expect(lines.some((l) => /line 8, URL: warning url-unsafe/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^test\/fixtures\/csv\/broken\.csv: \d+ errors, \d+ warnings\.$/);
    expect(existsSync(out("broken.html"))).toBe(true);
  });

  it("with --strict, exits 1 on the same errors and writes nothing", async () => {
    const r = await run("render", BROKEN, "-o", out("strict.html"), "--strict");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("line 6");
    expect(r.stderr).toMatch(/--strict: \d+ errors in test\/fixtures\/csv\/broken\.csv; nothing was written\./);
    expect(existsSync(out("strict.html"))).toBe(false);
    // Warnings alone are no failure.
    expect((await run("render", SEED, "-o", out("strict-seed.html"), "--strict")).code).toBe(0);
  });

  it("renders a saved timeline (a loaded timeline written as JSON) as it was", async () => {
    const { loadTimeline } = await import("../../src/load.js");
    const saved = loadTimeline(readFileSync(resolve(ROOT, SEED), "utf8")).timeline;
    await writeFile(out("saved.json"), JSON.stringify(saved));
    const r = await run("render", out("saved.json"), "-o", out("saved.html"));
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const doc = new JSDOM(readFileSync(out("saved.html"), "utf8")).window.document;
    expect(doc.querySelectorAll("svg g.cl-item")).toHaveLength(7);
  });

  it("reads numeric dates in the order --date-format names, and refuses a wrong order word", async () => {
    await writeFile(out("dmy.csv"), "Title,Date\nVisit begins,7/6/2008\n");
    const refused = await run("render", out("dmy.csv"), "-o", out("dmy.html"));
    expect(refused.stderr).toContain("date-ambiguous");
    const read = await run("render", out("dmy.csv"), "-o", out("dmy.html"), "--date-format", "DMY");
    expect(read).toMatchObject({ code: 0, stderr: "" });
    expect(readFileSync(out("dmy.html"), "utf8")).toContain("7 June 2008");
    expect((await run("render", out("dmy.csv"), "-o", out("dmy.html"), "--date-format", "YMD")).code).toBe(2);
  });

  it("reads two-digit years in the hundred years --two-digit-years-from names, and refuses a year that is none", async () => {
    await writeFile(out("yy.csv"), "Title,Date\nPoll closes,6/11/17\nPoll opens,5/31/17\n");
    const refused = await run("render", out("yy.csv"), "-o", out("yy.html"));
    expect(refused.stderr).toContain("twoDigitYearsFrom");
    const read = await run("render", out("yy.csv"), "-o", out("yy.html"), "--two-digit-years-from", "1930", "--date-format", "MDY");
    expect(read).toMatchObject({ code: 0, stderr: "" });
    expect(readFileSync(out("yy.html"), "utf8")).toContain("11 June 2017");
    const wrong = await run("render", out("yy.csv"), "-o", out("yy.html"), "--two-digit-years-from", "30");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--two-digit-years-from must be a whole year from 1000 to 9900");
  });

  it("reads a sheet Excel saved as Unicode Text (UTF-16) or as plain CSV (Windows-1252), every letter, saying the guess", async () => {
    const sheet = "Headline\tStart\nCafé Müller’s last night\t2008-06-07\n";
    await writeFile(out("unicode.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, "utf16le")]));
    const sixteen = await run("render", out("unicode.txt"), "-o", out("unicode.svg"));
    expect(sixteen.code).toBe(0);
    expect(sixteen.stderr).not.toContain("text-encoding");
    expect(readFileSync(out("unicode.svg"), "utf8")).toContain("Café Müller’s last night");
    await writeFile(out("ansi.csv"), Buffer.from(sheet.replace("’", "\u0092"), "latin1"));
    const ansi = await run("render", out("ansi.csv"), "-o", out("ansi.svg"));
    expect(ansi.stderr).toContain('warning text-encoding: The file is not UTF-8 text, so it was read as Windows-1252');
    expect(readFileSync(out("ansi.svg"), "utf8")).toContain("Café Müller’s last night");
  });

  it("honours --format", async () => {
    const r = await run("render", SEED, "-o", out("as-json.html"), "--format", "json");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error json-syntax");
    expect(r.stderr).toContain("nothing was written");
    expect((await run("render", SEED, "-o", out("as-csv.html"), "--format", "csv")).code).toBe(0);
  });
});

describe("usage", () => {
  it("--help and --version", async () => {
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: citeline render <file> -o <out\.html\|out\.svg>/);
    const version = await run("--version");
    expect(version.code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(version.stdout).toBe(`citeline ${pkg.version}\n`);
  });

  it.each([
    ["no arguments", []],
    ["an unknown command", ["draw", SEED, "-o", "x.html"]],
    ["no input", ["render", "-o", "x.html"]],
    ["no output", ["render", SEED]],
    ["an output that is neither .html nor .svg", ["render", SEED, "-o", "x.png"]],
    ["a width that is not a number", ["render", SEED, "-o", "x.html", "--width", "wide"]],
    ["a width too small", ["render", SEED, "-o", "x.html", "--width", "50"]],
    ["an unknown locale", ["render", SEED, "-o", "x.html", "--locale", "xx-YY"]],
    ["an unknown theme", ["render", SEED, "-o", "x.html", "--theme", "sepia"]],
    ["an unknown format", ["render", SEED, "-o", "x.html", "--format", "xml"]],
    ["an unknown option", ["render", SEED, "-o", "x.html", "--colour", "red"]],
    ["an option without its value", ["render", SEED, "-o"]],
    ["two inputs", ["render", SEED, MALIKI, "-o", "x.html"]],
  ])("exits 2 on %s", async (_name, argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^citeline: .+\nRun "citeline --help" for usage\.\n$/);
  });

  it("exits 2 on input it cannot read", async () => {
    const r = await run("render", "no/such/file.csv", "-o", out("missing.html"));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("citeline: cannot read no/such/file.csv: no such file\n");
    expect(existsSync(out("missing.html"))).toBe(false);
  });

  it("exits 2 when it cannot write the output", async () => {
    const r = await run("render", SEED, "-o", out("no/such/folder/x.html"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^citeline: cannot write .*x\.html: its folder does not exist\n$/);
  });

  it("knows its locales by tag, in any case", async () => {
    for (const locale of ["en-GB", "en-us", "de", "fr", "es", "en_GB"]) {
      expect((await run("render", SEED, "-o", out(`l-${locale}.svg`), "--locale", locale)).code, locale).toBe(0);
    }
    expect(readFileSync(out("l-fr.svg"), "utf8")).toContain("juin 2008");
  });
});
