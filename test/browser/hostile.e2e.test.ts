// @vitest-environment node
// The hostile campaign (issue 9), kept as a test: the corpus in test/fixtures/hostile/ — markup
// payloads in every text field, URL payloads in every link field, eras included — drawn through
// every render path in the real (system) Chromium and driven the way a reader would (every card,
// every list entry, every source's events, zoom, the list view, the keyboard). For each path:
// no script runs, no active element or unsafe link is made from user text, nothing is requested
// outside the page's origin, and the console stays clean. Needs `npm run build` first.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { browser, server, useChromium } from "./harness.js";
import { drain, exercise, INVISIBLE, scan, watchContext, type Exercised, type Watch } from "./hostile-harness.js";
import { corpusFiles, expectedCounts, hostileCsv, hostileTimeline, hostileTimelineJs, markup, MARKUP, URLS, type Slice } from "../fixtures/hostile/corpus.js";
import { main, type CliIO } from "../../src/cli/cli.js";
import { loadTimeline } from "../../src/load.js";
import { renderPage, renderSvg } from "../../src/write/page.js";

const ROOT = resolve(import.meta.dirname, "../..");
const FIXTURES = "/test/fixtures/hostile";
// Served by scripts/serve.mjs: the watchers treat any document under /test-results/ as made by citeline.
const OUT = "test-results/hostile";
const files = corpusFiles();
const JSON_TEXT = files["hostile.json"]!;
const CSV_TEXT = files["hostile.csv"]!;
const TJS_TEXT = files["hostile.timelinejs.json"]!;
// Events of the JSON and CSV forms (with the disputed ones); the TimelineJS form has those less.
const EVENTS = expectedCounts().events;
const STYLE = readFileSync(resolve(ROOT, "dist/style.css"), "utf8");

useChromium();

let context: BrowserContext;
let watch: Watch;
let page: Page;

beforeAll(async () => {
  mkdirSync(resolve(ROOT, OUT), { recursive: true });
  // The fixtures the `src` paths fetch are the corpus as generated now.
  for (const [name, text] of Object.entries(files)) expect(readFileSync(resolve(ROOT, `test/fixtures/hostile/${name}`), "utf8"), `${name} is stale: run npx tsx test/fixtures/hostile/corpus.ts`).toBe(text);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
  watch = await watchContext(context, server.url);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
});

/** Nothing ran, nothing active was made, nothing left the origin, no error but those `expected`. */
async function expectClean(label: string, expected: RegExp[] = []): Promise<void> {
  const found = await scan(page);
  const seen = drain(watch);
  const result = {
    executions: seen.executions,
    violations: [...new Set([...seen.violations, ...found])],
    outside: seen.outside,
    errors: seen.errors.filter((e) => !expected.some((r) => r.test(e))),
  };
  expect(result, label).toEqual({ executions: [], violations: [], outside: [], errors: [] });
}

async function open(path: string): Promise<void> {
  drain(watch);
  await page.goto(`${server.url}${path}`);
}

/** A few cards, entries and sources where the whole corpus is one timeline (each select costs more as the page grows). */
const SAMPLE = 8;
// A leash for each path, not a speed target: on a busy 2-core machine a path takes a few times
// longer than alone. A hang still fails.
const PATH_TIMEOUT = 120_000;

function run(selector: string, limit = Number.POSITIVE_INFINITY): Promise<Exercised> {
  return page.evaluate(exercise, { selector, limit: Number.isFinite(limit) ? limit : 1e9, invisible: INVISIBLE.source });
}

function expectExercised(r: Exercised, label: string, counts: { events: number; eras?: number; sources?: number }, full = true, accounted = true): void {
  expect(accounted, `${label}: every event loaded or named in a diagnostic`).toBe(true);
  expect(r.mismatches, `${label}: text read back as written`).toEqual([]);
  expect(r.events, `${label}: events`).toBe(counts.events);
  if (counts.eras !== undefined) expect(r.eras, `${label}: eras`).toBe(counts.eras);
  if (counts.sources !== undefined) expect(r.sources, `${label}: sources`).toBe(counts.sources);
  expect(r.cardsOpened, `${label}: cards opened`).toBe(full ? r.events : Math.min(SAMPLE, r.events));
  expect(r.listEntries, `${label}: list view`).toBe(r.events);
  expect(r.sourcesShown, `${label}: sources shown`).toBe(full ? r.sources : Math.min(SAMPLE, r.sources));
  expect(r.entriesClicked, `${label}: list entries clicked`).toBe(full ? r.events : Math.min(SAMPLE, r.events));
}

/**
 * The keyboard, for real: Tab from the top of the page into the chart, then through every event
 * in time order (arrow keys, with the view following past its edge), opening every third (Enter:
 * the card, or a zoom into a cluster) and closing it (Escape). Returns the events and clusters focused.
 */
async function keyboard(selector: string, events: number): Promise<number> {
  // From the top: the body made focusable for a moment, since the exercise's last click (deep in a
  // list) is otherwise where sequential navigation starts.
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute("tabindex");
  });
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.closest(`${s} .cl-svg`) != null, selector)) break;
  }
  // The tab stop is the event last focused (the exercise ends at the last one): start from the first.
  await page.keyboard.press("Home");
  const focused = new Set<string>();
  let last = "";
  let stuck = 0;
  for (let i = 0; i < events * 2 && stuck < 3; i++) {
    // Open and close every third: the cards are all opened by the exercise already.
    if (i % 3 === 0) {
      await page.keyboard.press("Enter");
      await page.keyboard.press("Escape");
    }
    await page.keyboard.press("ArrowRight");
    const id = await page.evaluate(() => document.activeElement?.getAttribute("data-id") ?? "");
    stuck = id === last ? stuck + 1 : 0;
    last = id;
    if (id) focused.add(id);
  }
  return focused.size;
}

const PATH_EXPECTED = expectedCounts();
// TimelineJS text is HTML: a headline that is only markup (or only invisible characters) is no headline.
const TJS_LOADED = loadTimeline(TJS_TEXT).timeline.events.length;
const PARTS = 5;
const SLICES: Slice[] = Array.from({ length: PARTS }, (_, part) => ({ part, parts: PARTS }));

/** Every event loaded, or named by an error diagnostic: TimelineJS text is HTML, so a headline that is only markup is no headline. */
function accountedFor(text: string): number {
  const { timeline, diagnostics } = loadTimeline(text);
  return timeline.events.length + new Set(diagnostics.filter((d) => d.severity === "error" && d.section === "events").map((d) => d.index)).size;
}

describe("the hostile corpus", () => {
  it(`has at least 60 markup payloads and 25 URL payloads (${MARKUP.length} and ${URLS.length}), every one loaded in every form`, () => {
    expect(MARKUP.length).toBeGreaterThanOrEqual(60);
    expect(URLS.length).toBeGreaterThanOrEqual(25);
    for (const [name, text] of [["json", JSON_TEXT], ["csv", CSV_TEXT]] as const) {
      const { timeline, diagnostics } = loadTimeline(text);
      expect(diagnostics.filter((d) => d.severity === "error"), name).toEqual([]);
      expect({ events: timeline.events.length, eras: timeline.eras.length, sources: timeline.sources.length }, name).toEqual(expectedCounts(undefined, name));
    }
    expect(accountedFor(TJS_TEXT)).toBe(expectedCounts(undefined, "timelinejs").events);
  });
});

/** Draw `data` with createTimeline into a new `#timeline-{n}` on the page; returns its selector. */
async function create(data: string, n: number): Promise<string> {
  return page.evaluate(
    ({ data, n }) => {
      const w = window as unknown as { Citeline: { createTimeline(e: HTMLElement, o: object): unknown }; __handle: unknown };
      const host = document.createElement("div");
      host.id = `timeline-${n}`;
      (document.getElementById("main") ?? document.body).append(host);
      const handle = w.Citeline.createTimeline(host, { data, height: 520 }) as { destroy(): void };
      (host as unknown as { handle: unknown }).handle = handle;
      return `#${host.id}`;
    },
    { data, n },
  );
}

/** Remove a timeline drawn by `create`, so the next one is drawn on a light page. */
async function destroy(selector: string): Promise<void> {
  await page.evaluate((s) => {
    const host = document.querySelector(s)!;
    (host as unknown as { handle: { destroy(): void } }).handle.destroy();
    host.remove();
  }, selector);
}

describe("the watchers", () => {
  it("catch a payload that does get in: the script, the element, the link and the request", async () => {
    await open("/bench/page.html");
    await page.evaluate(() => {
      const timeline = document.getElementById("timeline")!;
      timeline.classList.add("citeline");
      // What an escaping bug would do.
      timeline.innerHTML = '<img src="/no-such-image" onerror="__pwn(1)"><a href="javascript:__pwn(2)">x</a><img src="https://evil.example/x.png"><svg><foreignObject></foreignObject></svg>';
      document.title = "x";
      setTimeout(() => alert(3));
    });
    await expect.poll(() => watch.executions.length).toBe(2);
    const found = await scan(page);
    const seen = drain(watch);
    expect(seen.executions.map((e) => e.split(" in ")[0]).sort()).toEqual(["__pwn(1)", "alert(3)"]);
    expect(seen.outside).toEqual(["https://evil.example/x.png"]);
    for (const what of ["handler attribute onerror", 'href="javascript:__pwn(2)"', "element <img>", "element <foreignObject>"]) {
      expect([...seen.violations, ...found].some((v) => v.includes(what)), what).toBe(true);
    }
  });
});

describe("the strict host page", () => {
  it("enforces its policy: innerHTML without a Trusted Type is refused, and the refusal is reported", async () => {
    await open("/test/browser/hostile.html");
    const refused = await page.evaluate(() => {
      try {
        document.getElementById("main")!.innerHTML = "<b>x</b>";
        return "assigned";
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(refused).toBe("TypeError");
    // Reported twice: on the console, and as a securitypolicyviolation event (which arrives later).
    await expect.poll(() => watch.errors.filter((e) => /TrustedHTML|trusted-types|require-trusted-types-for/i.test(e)).length).toBeGreaterThanOrEqual(2);
    drain(watch);
  });
});

describe("every render path, in Chromium, with the reader's interactions", () => {
  it(`createTimeline with the JSON, in ${PARTS} parts, on a page with no CSP (an escaped payload would run): every card, entry and source, zoom, list view, the keyboard`, async () => {
    await open("/bench/page.html");
    for (const slice of SLICES) {
      const label = `JSON part ${slice.part}`;
      const selector = await create(JSON.stringify(hostileTimeline(slice)), slice.part);
      const r = await run(selector);
      expectExercised(r, label, expectedCounts(slice));
      if (slice.part === 0) writeFileSync(resolve(ROOT, OUT, "export.svg"), r.svg);
      expect(await keyboard(selector, r.events), label).toBeGreaterThanOrEqual(r.events / 2);
      await expectClean(`createTimeline, ${label}`);
      await destroy(selector);
    }
  }, PATH_TIMEOUT);

  it.each([
    ["CSV", (slice: Slice) => hostileCsv(slice)],
    ["TimelineJS", (slice: Slice) => JSON.stringify(hostileTimelineJs(slice))],
  ])(`createTimeline with the %s, in ${PARTS} parts, under a strict CSP with Trusted Types`, async (name, text) => {
    await open("/test/browser/hostile.html");
    // The script-tag bundle reads TimelineJS with a file it loads from beside itself: load it first.
    if (name === "TimelineJS") await page.evaluate(() => (window as unknown as { Citeline: { preload(part: string): Promise<void> } }).Citeline.preload("timelinejs"));
    for (const slice of SLICES) {
      const label = `${name} part ${slice.part}`;
      const data = text(slice);
      const selector = await create(data, slice.part);
      const r = await run(selector);
      if (name === "CSV") expectExercised(r, label, expectedCounts(slice, "csv"));
      else expectExercised(r, label, { events: r.events }, true, accountedFor(data) === expectedCounts(slice, "timelinejs").events);
      await expectClean(`createTimeline, ${label}`);
      await destroy(selector);
    }
  }, PATH_TIMEOUT);

  it("<cite-line> with inline data and with src, and the data-citeline snippet, with hostile attributes and debug lists", async () => {
    await open("/test/browser/hostile.html");
    await page.evaluate(
      ({ data, label, theme, fixtures }) => {
        const main = document.getElementById("main")!;
        const inline = document.createElement("cite-line") as HTMLElement & { data: unknown };
        inline.id = "inline";
        inline.data = JSON.parse(data) as unknown;
        for (const [name, value] of [["label", label], ["debug", ""], ["height", "500"], ["theme", theme]]) inline.setAttribute(name!, value!);
        const fetched = document.createElement("cite-line");
        fetched.id = "fetched";
        for (const [name, value] of [["src", `${fixtures}/hostile.csv`], ["label", label], ["debug", ""], ["window", theme], ["locale", label]]) fetched.setAttribute(name!, value!);
        const snippet = document.createElement("div");
        snippet.id = "snippet";
        for (const [name, value] of [["data-citeline", `${fixtures}/hostile.timelinejs.json`], ["data-label", label], ["data-debug", ""], ["data-view", theme], ["data-height", label]]) snippet.setAttribute(name!, value!);
        main.append(inline, fetched, snippet);
        (window as unknown as { Citeline: { autoEmbed(): unknown } }).Citeline.autoEmbed();
      },
      { data: JSON_TEXT, label: markup(21, "timeline"), theme: markup(6, "timeline"), fixtures: FIXTURES },
    );
    for (const host of ["#inline", "#fetched", "#snippet"]) {
      await page.waitForFunction((s) => document.querySelector(`${s} .cl-embed`)?.getAttribute("data-state") === "ready", host);
      // The diagnostics, quoting the payloads, are listed for the editor: as text.
      expect(await page.locator(`${host} .cl-diagnostics li`).count(), host).toBeGreaterThan(0);
      expectExercised(await run(host, SAMPLE), host, host === "#snippet" ? { events: TJS_LOADED } : host === "#fetched" ? expectedCounts(undefined, "csv") : PATH_EXPECTED, false);
    }
    // Bad option values are reported as warnings, never errors.
    await expectClean("<cite-line> and the snippet");
  }, PATH_TIMEOUT);

  it("the iframe page (examples/embed/) with every query parameter, hostile values included", async () => {
    const label = encodeURIComponent(markup(21, "timeline"));
    const other = encodeURIComponent(markup(49, "timeline"));
    const pages = [
      `?src=${FIXTURES}/hostile.json&label=${label}&theme=dark&locale=de&window=1900/1990&height=700&view=chart&format=json&debug`,
      `?src=${FIXTURES}/hostile.csv&label=${other}&theme=${label}&locale=${label}&window=${other}&height=${label}&view=list&format=${label}&debug=${label}`,
      `?src=${FIXTURES}/hostile.timelinejs.json&format=timelinejs&label=${label}&view=${other}`,
    ];
    for (const query of pages) {
      await open(`/examples/embed/${query}`);
      await page.waitForFunction(() => (document.querySelector("cite-line") as unknown as { state: string } | null)?.state === "ready");
      expectExercised(await run("cite-line", SAMPLE), query, { events: query.includes("timelinejs") ? TJS_LOADED : EVENTS }, false);
      await expectClean(`iframe page ${query}`);
    }
    // Sources that are no web address end in the error state, with the address shown as text.
    for (const src of [`javascript:__pwn(1)`, `data:text/csv,Title,Date%0A<img src=x onerror=__pwn(2)>,2008`, `JaVaScRiPt:alert(3)`, markup(0, "timeline")]) {
      await open(`/examples/embed/?src=${encodeURIComponent(src)}&label=${label}`);
      const error = page.locator(".cl-error");
      await error.waitFor();
      expect(await error.textContent()).toContain("could not be shown");
      await expectClean(`iframe page ?src=${src}`, [/Failed to load resource: the server responded with a status of 404/]);
    }
  }, PATH_TIMEOUT);

  it("renderToString's markup, parsed by the browser, then taken over by createTimeline", async () => {
    await open("/bench/page.html");
    const served = await page.evaluate(
      ({ data, title }) => {
        const C = (window as unknown as { Citeline: Record<"loadTimeline" | "renderToString", (...a: unknown[]) => unknown> }).Citeline;
        const el = document.getElementById("timeline")!;
        const { timeline } = C.loadTimeline(data) as { timeline: unknown };
        el.insertAdjacentHTML("afterbegin", C.renderToString(timeline, { width: 1200, title }) as string);
        (window as unknown as { __timeline: unknown }).__timeline = timeline;
        return { items: el.querySelectorAll("g.cl-item").length, entries: el.querySelectorAll("li.cl-entry").length, sources: el.querySelectorAll("li.cl-source").length };
      },
      { data: JSON_TEXT, title: markup(21, "timeline") },
    );
    expect(served.entries).toBe(EVENTS);
    expect(served.sources).toBe(PATH_EXPECTED.sources);
    // The server's markup alone, before any script touches it.
    await expectClean("renderToString markup");
    await page.evaluate(() => {
      const w = window as unknown as { Citeline: { createTimeline(e: HTMLElement, o: object): unknown }; __handle: unknown; __timeline: unknown };
      w.__handle = w.Citeline.createTimeline(document.getElementById("timeline")!, { timeline: w.__timeline });
    });
    expect(await page.locator("[data-citeline-ssr]").count()).toBe(0);
    expectExercised(await run("#timeline", SAMPLE), "hydrated", PATH_EXPECTED, false);
    await expectClean("renderToString taken over");
  }, PATH_TIMEOUT);

  it("renderPage and renderSvg as documents, the CLI's page and SVG, the exported SVG, and each SVG as an <img>", async () => {
    const title = markup(21, "timeline");
    const docs: string[] = [];
    for (const [name, text] of [["json", JSON_TEXT], ["csv", CSV_TEXT], ["timelinejs", TJS_TEXT]] as const) {
      const { timeline } = loadTimeline(text);
      writeFileSync(resolve(ROOT, OUT, `page-${name}.html`), renderPage(timeline, { css: STYLE, title, lang: `en"><script>__pwn(1)</script>`, theme: "auto" }));
      writeFileSync(resolve(ROOT, OUT, `chart-${name}.svg`), renderSvg(timeline, { css: STYLE, title }));
      docs.push(`page-${name}.html`, `chart-${name}.svg`);
    }
    // The CLI, in-process, on the fixture files.
    const io = (sink: string[]): CliIO => ({
      stdout: { write: (t: string) => sink.push(t) },
      stderr: { write: (t: string) => sink.push(t) },
      readFile: (path) => readFile(path, "utf8"),
      readBytes: (path) => readFile(path),
      writeFile: (path, text) => writeFile(path, text, "utf8"),
      cwd: ROOT,
    });
    for (const [name, file] of [["csv", "hostile.csv"], ["json", "hostile.json"], ["timelinejs", "hostile.timelinejs.json"]] as const) {
      for (const ext of ["html", "svg"]) {
        const printed: string[] = [];
        const code = await main(["render", `test/fixtures/hostile/${file}`, "-o", `${OUT}/cli-${name}.${ext}`, "--title", title, "--theme", "dark"], io(printed));
        expect(code, printed.join("")).toBe(0);
        docs.push(`cli-${name}.${ext}`);
      }
    }
    docs.push("export.svg");
    for (const doc of docs) {
      await open(`/${OUT}/${doc}`);
      if (doc.endsWith(".html")) {
        expect(await page.locator("li.cl-entry").count(), doc).toBe(doc.includes("timelinejs") ? TJS_LOADED : EVENTS);
        // The payload is the page's title as text: `</title>` closed nothing.
        expect(await page.title(), doc).toBe(title);
      } else {
        expect(await page.evaluate(() => document.documentElement.localName), doc).toBe("svg");
        expect(await page.locator("parsererror").count(), `${doc} is well-formed`).toBe(0);
      }
      await expectClean(doc);
    }
    // Each SVG as an image: it must decode (well-formed), and load nothing.
    const svgs = docs.filter((d) => d.endsWith(".svg"));
    writeFileSync(
      resolve(ROOT, OUT, "images.html"),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>images</title></head><body>${svgs.map((s) => `<img data-harness src="${s}" alt="">`).join("")}</body></html>`,
    );
    await open(`/${OUT}/images.html`);
    const decoded = await page.evaluate(() =>
      Promise.all(
        Array.from(document.images, (img) =>
          img.decode().then(
            () => `${img.getAttribute("src")} ${img.naturalWidth > 0 ? "ok" : "empty"}`,
            () => `${img.getAttribute("src")} failed`,
          ),
        ),
      ),
    );
    expect(decoded).toEqual(svgs.map((s) => `${s} ok`));
    await expectClean("SVGs as <img>");
  }, PATH_TIMEOUT);
});
