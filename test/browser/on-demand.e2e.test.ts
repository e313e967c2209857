// @vitest-environment node
// The script-tag bundle's on-demand files in the real (system) Chromium: a page that names a
// TimelineJS file or a locale other than English fetches citeline-timelinejs.js or locales/<tag>.js
// from beside the bundle (and nothing else, from nowhere else), under a strict CSP with Trusted
// Types, and draws; a page with native data fetches neither. The browser's DOMParser reads every
// TimelineJS file we hold exactly as htmlparser2 does in Node. Needs `npm run build` first.
import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { renderPage, renderToString } from "../../src/write/page.js";
import { browser, server, useChromium, watchErrors } from "./harness.js";

useChromium();

const PAGE = "/test/browser/on-demand.html";
const SEED_CSV = "/examples/seed-tehran-2008/events.csv";
const MALIKI = "/test/fixtures/timelinejs/maliki.json";
const SHEET = "/test/fixtures/timelinejs/sheet.csv";
const MEDIA_HTML = "/test/fixtures/csv/media-html.csv";

interface Opened {
  page: Page;
  errors: string[];
  /** Paths requested, in order (every request must go to our server). */
  requests: string[];
}

async function open(path = PAGE): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, reducedMotion: "reduce" });
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on("request", (r) => {
    if (r.url().startsWith("data:")) return;
    expect(r.url().startsWith(`${server.url}/`), r.url()).toBe(true);
    requests.push(r.url().slice(server.url.length));
  });
  await page.goto(`${server.url}${path}`);
  return { page, errors, requests };
}

/** Add an element to the page: `<cite-line>` or a `[data-citeline]` div with its attributes; for a div, autoEmbed(). */
async function embed(page: Page, tag: "cite-line" | "div", attributes: Record<string, string>): Promise<void> {
  await page.evaluate(
    ({ tag, attributes }) => {
      const element = document.createElement(tag);
      element.id = "embedded";
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.getElementById("main")!.append(element);
      if (tag === "div") (window as unknown as { Citeline: { autoEmbed(): unknown } }).Citeline.autoEmbed();
    },
    { tag, attributes },
  );
  // Settled: drawn or failed, not loading (nor not yet started).
  await page.waitForFunction(() => ["ready", "error"].includes(document.querySelector("#embedded .cl-embed")?.getAttribute("data-state") ?? ""));
}

/**
 * createTimeline on a new host (#api) with `data`: what its first read held, then what it holds
 * once `ready` has settled and two frames have passed.
 */
function createThenReady(page: Page, data: string) {
  return page.evaluate(async (d) => {
    const host = document.createElement("div");
    host.id = "api";
    document.getElementById("main")!.append(host);
    type Handle = { ready: Promise<void>; diagnostics: { code: string }[]; timeline: { events: { start: { edtf: string } }[] } };
    const handle = (window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): Handle } }).Citeline.createTimeline(host, { data: d });
    // While the reader loads: marked busy, the partial chart hidden, the status line saying so.
    const root = host.querySelector<HTMLElement>(".citeline")!;
    const chart = host.querySelector(".cl-stage")!;
    const first = { codes: handle.diagnostics.map((x) => x.code), events: handle.timeline.events.length, busy: root.getAttribute("aria-busy"), shown: getComputedStyle(chart).visibility, status: root.querySelector(".cl-status")?.textContent, disabled: root.querySelectorAll(".cl-toolbar button:disabled").length };
    await handle.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const dates = handle.timeline.events.map((e) => e.start.edtf);
    const after = { busy: root.getAttribute("aria-busy"), shown: getComputedStyle(chart).visibility, disabled: root.querySelectorAll(".cl-toolbar button:disabled").length };
    return { first, after, codes: handle.diagnostics.map((x) => x.code), dates, drawn: host.querySelectorAll("g.cl-item").length, slide: host.querySelector("section.cl-slide") !== null };
  }, data);
}

const state = (page: Page) => page.evaluate(() => document.querySelector("#embedded .cl-embed")?.getAttribute("data-state"));
const items = (page: Page) => page.locator("#embedded g.cl-item").count();
const ON_DEMAND = ["/dist/citeline-timelinejs.js", "/dist/citeline-edtf.js", "/dist/citeline-words.js", "/dist/citeline-html.js", "/dist/citeline-page.js", "/dist/citeline-story.js"];
const onDemand = (requests: string[]) => requests.filter((r) => ON_DEMAND.includes(r) || r.startsWith("/dist/locales/"));
const SPEC = (JSON.parse(readFileSync("test/fixtures/edtf/spec-examples.json", "utf8")) as { examples: { edtf: string }[] }).examples.map((e) => e.edtf);
// The specification's examples as a timeline: one event each.
type Loaded = ReturnType<typeof loadTimeline>;
// `loadTimelineAsync` in the page, and `loadTimeline` in Node, each as JSON: what the two read alike.
const loadInPage = async (page: Page, data: unknown): Promise<Loaded> =>
  JSON.parse(await page.evaluate(async (d) => JSON.stringify(await (window as unknown as { Citeline: { loadTimelineAsync(d: unknown): Promise<unknown> } }).Citeline.loadTimelineAsync(d)), data)) as Loaded;
const inNode = (data: unknown): Loaded => JSON.parse(JSON.stringify(loadTimeline(data))) as Loaded;
const specTimeline = () => ({ events: SPEC.map((edtf, i) => ({ id: `e${i}`, title: `Example ${i}`, start: edtf })) });

describe("the script-tag bundle loads what only some pages need from beside itself", () => {
  it("native CSV: nothing on demand", async () => {
    const { page, errors, requests } = await open();
    await embed(page, "cite-line", { src: SEED_CSV, locale: "en-GB" });
    expect(await state(page)).toBe("ready");
    expect(await items(page)).toBeGreaterThan(0);
    expect(onDemand(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("<cite-line> with a TimelineJS file fetches citeline-timelinejs.js and, since it opens in the story, citeline-story.js, once each, then draws it", async () => {
    const { page, errors, requests } = await open();
    await embed(page, "cite-line", { src: MALIKI });
    expect(await state(page)).toBe("ready");
    expect(await items(page)).toBeGreaterThan(0);
    expect(await page.locator("#embedded section.cl-slide").count()).toBe(1);
    expect(onDemand(requests)).toEqual(["/dist/citeline-timelinejs.js", "/dist/citeline-story.js"]);
    const events = await page.evaluate(() => (document.getElementById("embedded") as unknown as { handle: { timeline: { events: { title: string }[] } } }).handle.timeline.events.map((e) => e.title));
    expect(events).toEqual(loadTimeline(readFileSync(`.${MALIKI}`, "utf8")).timeline.events.map((e) => e.title));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("<cite-line> with a sheet whose Media credit holds HTML fetches citeline-html.js, once, then reads it as Node does", async () => {
    const { page, errors, requests } = await open();
    await embed(page, "cite-line", { src: MEDIA_HTML });
    expect(await state(page)).toBe("ready");
    expect(onDemand(requests)).toEqual(["/dist/citeline-html.js"]);
    const read = await page.evaluate(() => JSON.stringify((document.getElementById("embedded") as unknown as { handle: { timeline: unknown } }).handle.timeline));
    expect(JSON.parse(read)).toEqual(JSON.parse(JSON.stringify(loadTimeline(readFileSync(`.${MEDIA_HTML}`, "utf8")).timeline)));
    // The credit, read from its link and italics, is cited on the card.
    await page.locator("#embedded g.cl-item").first().click();
    await expect.poll(() => page.locator("#embedded .cl-card").innerText()).toContain("IRNA");
    expect(errors).toEqual([]);
    await page.close();
  });

  it('<cite-line locale="fr"> fetches locales/fr.js and draws in French', async () => {
    const { page, errors, requests } = await open();
    await embed(page, "cite-line", { src: SEED_CSV, locale: "fr", window: "2008-05-01/2008-08-01" });
    expect(await state(page)).toBe("ready");
    expect(onDemand(requests)).toEqual(["/dist/locales/fr.js"]);
    const ticks = await page.locator("#embedded .citeline svg text").allTextContents();
    expect(ticks.join(" ")).toMatch(/juin|juil/);
    // French, under the tag asked for.
    expect(await page.evaluate(() => (window as unknown as { Citeline: { localeFor(t: string): { code: string } | undefined } }).Citeline.localeFor("fr-CA")?.code)).toBe("fr-CA");
    expect(errors).toEqual([]);
    await page.close();
  });

  it('<cite-line locale="fr"> whose every event is refused says so in French, each problem with its reason', async () => {
    const { page, errors, requests } = await open();
    const data = 'Title,Date,Source\nRéunion,8-Jun-08,IRNA\nPacte,03/04/2008,NYT\nBissextile,2007-02-29,NYT\n';
    await embed(page, "cite-line", { data, locale: "fr" });
    expect(await state(page)).toBe("error");
    // The reader of dates in words, for "8-Jun-08", and French.
    expect(onDemand(requests).sort()).toEqual(["/dist/citeline-words.js", "/dist/locales/fr.js"]);
    // It read "For the editor: 3 errors in the data", each problem in English.
    const list = page.locator("#embedded .cl-diagnostics");
    expect(await list.locator("summary").textContent()).not.toMatch(/editor|errors/);
    const lines = await list.locator("li").allTextContents();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("Une année à deux chiffres peut être de n’importe quel siècle");
    expect(lines[1]).toContain("il peut se lire 2008-04-03 ou 2008-03-04 (EDTF)");
    expect(lines[2]).toContain("Son mois n’a pas ce jour.");
    expect(errors).toEqual([]);
    await page.close();
  });

  it('<cite-line locale="fa"> fetches locales/fa.js, with the Persian words, and draws every word and digit in Persian', async () => {
    const { page, errors, requests } = await open();
    await embed(page, "cite-line", { src: SEED_CSV, locale: "fa" });
    expect(await state(page)).toBe("ready");
    expect(onDemand(requests)).toEqual(["/dist/locales/fa.js"]);
    const text = await page.locator("#embedded .citeline").innerText();
    expect(text).toContain("رویدادها");
    expect(text).toContain("منابع");
    expect(text).toMatch(/[۰-۹]/);
    expect(text).not.toMatch(/\b(Events|Sources|known to the|approximate)\b/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("[data-citeline] with a TimelineJS sheet and data-locale=de-AT fetches both, then draws", async () => {
    const { page, errors, requests } = await open();
    await embed(page, "div", { "data-citeline": SHEET, "data-locale": "de-AT" });
    expect(await state(page)).toBe("ready");
    expect(await items(page)).toBeGreaterThan(0);
    expect(onDemand(requests).sort()).toEqual(["/dist/citeline-story.js", "/dist/citeline-timelinejs.js", "/dist/locales/de.js"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a locale attribute changed on a drawn timeline loads that locale and redraws in place", async () => {
    const { page, errors, requests } = await open();
    await embed(page, "cite-line", { src: SEED_CSV, window: "2008-05-01/2008-08-01" });
    await page.evaluate(() => document.getElementById("embedded")!.setAttribute("locale", "es"));
    await expect.poll(async () => (await page.locator("#embedded .citeline svg text").allTextContents()).join(" ")).toMatch(/jun|jul/);
    await expect.poll(() => onDemand(requests)).toEqual(["/dist/locales/es.js"]);
    expect(requests.filter((r) => r === SEED_CSV)).toHaveLength(1);
    expect(await state(page)).toBe("ready");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a file beside the bundle that cannot be had", () => {
  // The embed's wait and then the timeline's own try both ask for it: the browser's module map
  // answers the second with the first's failure, without a request.
  it("is asked for once by a drawing (the embed's wait, then the timeline's own try), which draws the rest and says so once", async () => {
    const { page, errors, requests } = await open();
    const warnings: string[] = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await page.route("**/citeline-words.js", (route) => route.abort());
    const csv = ["Title,Start date", 'Visit,"June 7, 2008"', "Plain,2008-06-10"].join("\n");
    await embed(page, "cite-line", { data: csv });
    expect(await state(page)).toBe("ready");
    expect(onDemand(requests)).toEqual(["/dist/citeline-words.js"]);
    const codes = () => page.evaluate(() => (document.getElementById("embedded") as unknown as { diagnostics: { code: string; index: number }[] }).diagnostics.map((d) => `${d.code} ${d.index}`));
    expect(await codes()).toEqual(["words-not-loaded 0"]);
    expect(warnings.filter((w) => w.includes("citeline-words.js"))).toHaveLength(1);
    // Only the browser's own line for the refused request.
    expect(errors.filter((e) => !e.includes("net::ERR_FAILED"))).toEqual([]);
    await page.close();
  });
});

describe("options written in words in the script-tag bundle", () => {
  it('<cite-line window="June 2008 – July 2008"> fetches citeline-words.js before it draws, and shows the window the EDTF spelling shows', async () => {
    const { page, errors, requests } = await open();
    const warnings: string[] = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await embed(page, "cite-line", { src: SEED_CSV, window: "June 2008 – July 2008" });
    expect(await state(page)).toBe("ready");
    expect(onDemand(requests)).toEqual(["/dist/citeline-words.js"]);
    const domain = () => page.evaluate(() => (document.getElementById("embedded") as unknown as { handle: { layout: { domain: number[] } } }).handle.layout.domain);
    const read = await domain();
    expect(read).toEqual([Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 31, 23, 59, 59, 999)]);
    // The same window, written as EDTF on a timeline drawn afresh, now that the reader is loaded.
    await page.evaluate(() => document.getElementById("embedded")!.remove());
    await embed(page, "cite-line", { src: SEED_CSV, window: "2008-06/2008-07" });
    expect(await domain()).toEqual(read);
    expect(onDemand(requests)).toEqual(["/dist/citeline-words.js"]);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the API in the script-tag bundle", () => {
  it("loadTimelineAsync reads a published US sheet's dates in the order its own dates show, as Node does, with the finder in citeline-words.js", async () => {
    const { page, errors, requests } = await open();
    const text = readFileSync("./test/fixtures/published/congressional-resignations.csv", "utf8").replace(/^Member,Party,District,Congress,Resignation Date,/, "Title,Party,District,Congress,Date,");
    type Loaded = { timeline: { events: { start: { edtf: string } }[] }; diagnostics: { code: string; message: string }[] };
    const inPage = await page.evaluate(async (t) => {
      const r = await (window as unknown as { Citeline: { loadTimelineAsync(d: string): Promise<Loaded> } }).Citeline.loadTimelineAsync(t);
      return { starts: r.timeline.events.map((e) => e.start.edtf), diagnostics: r.diagnostics.map((d) => [d.code, d.message]) };
    }, text);
    const inNode = loadTimeline(text);
    expect(inPage.starts).toEqual(inNode.timeline.events.map((e) => e.start.edtf));
    expect(inPage.diagnostics).toEqual(inNode.diagnostics.map((d) => [d.code, d.message]));
    expect(inPage.starts).toHaveLength(615);
    expect(onDemand(requests)).toEqual(["/dist/citeline-words.js"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loadTimelineAsync reads seasons and \"or\" in other languages, a southern summer and a Czech sheet's order as Node does, each reading named", async () => {
    const { page, errors, requests } = await open();
    const text = ["Title,Date", "A,Sommer 2008", "B,l'été 2008", "C,verano de 2008", "D,Juni oder Juli 2008", "E,summer 2008/09", "F,13. 6. 2008", "G,7. 6. 2008", "H,2021-22"].join("\n");
    type Loaded = { timeline: { events: { start: { edtf: string } }[] }; diagnostics: { code: string; message: string; readings?: string[] }[] };
    const inPage = await page.evaluate(async (t) => {
      const r = await (window as unknown as { Citeline: { loadTimelineAsync(d: string): Promise<Loaded> } }).Citeline.loadTimelineAsync(t);
      return { starts: r.timeline.events.map((e) => e.start.edtf), diagnostics: r.diagnostics.map((d) => [d.code, d.message, d.readings ?? null]) };
    }, text);
    const inNode = loadTimeline(text);
    expect(inPage.starts).toEqual(inNode.timeline.events.map((e) => e.start.edtf));
    expect(inPage.starts).toHaveLength(8);
    expect(inPage.diagnostics).toEqual(inNode.diagnostics.map((d) => [d.code, d.message, d.readings ?? null]));
    expect(onDemand(requests)).toEqual(["/dist/citeline-words.js"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loadTimelineAsync reads ends and starts not known (\"unknown\", \"?\", \"TBD\", \"неизвестно\") as Node does, as EDTF's unknown ends", async () => {
    const { page, errors, requests } = await open();
    const text = ["Title,Start date,End date", "A,1350,unknown", "B,1400,?", "C,c. 1200 – unknown,", "D,unknown,1480", "E,1455,TBD", "F,с 1990 — неизвестно,", "G,Unknown,", "H,1380,1450"].join("\n");
    type Loaded = { timeline: { events: { start: { edtf: string; bound?: string }; end?: { edtf: string; bound?: string } }[] }; diagnostics: { code: string; message: string }[] };
    const inPage = await page.evaluate(async (t) => {
      const r = await (window as unknown as { Citeline: { loadTimelineAsync(d: string): Promise<Loaded> } }).Citeline.loadTimelineAsync(t);
      return { spans: r.timeline.events.map((e) => [e.start.edtf, e.start.bound ?? null, e.end?.edtf ?? null, e.end?.bound ?? null]), diagnostics: r.diagnostics.map((d) => [d.code, d.message]) };
    }, text);
    const inNode = loadTimeline(text);
    expect(inPage.spans).toEqual(inNode.timeline.events.map((e) => [e.start.edtf, e.start.bound ?? null, e.end?.edtf ?? null, e.end?.bound ?? null]));
    expect(inPage.spans.filter((s) => s[3] === "unknown" || s[1] === "unknown")).toHaveLength(6);
    expect(inPage.diagnostics).toEqual(inNode.diagnostics.map((d) => [d.code, d.message]));
    expect(inPage.diagnostics.map((d) => d[0])).toEqual(["missing-start"]);
    expect(onDemand(requests)).toEqual(["/dist/citeline-words.js"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a sync loadTimeline says of \"2021-22\" what Node says, with nothing on demand; \"1980-88\" waits for the readers of words", async () => {
    const { page, errors, requests } = await open();
    const data = { events: [{ title: "Season", start: "2021-22" }, { title: "Summer", start: { edtf: "2021-22", precision: "season" } }, { title: "War", start: "1980-88" }] };
    const inPage = await page.evaluate((d) => (window as unknown as { Citeline: { loadTimeline(d: unknown): { diagnostics: { code: string; index?: number; message: string }[] } } }).Citeline.loadTimeline(d).diagnostics.map((x) => [x.index, x.code, x.message]), data);
    const inNode = loadTimeline(data).diagnostics.map((x) => [x.index, x.code, x.message]);
    expect(inPage[0]).toEqual(inNode[0]);
    expect(inPage[0]?.[1]).toBe("date-reinterpreted");
    expect(inPage.map((x) => x[0])).toEqual([0, 2]);
    expect(inPage[1]?.[1]).toBe("words-not-loaded");
    expect(inNode.map((x) => [x[0], x[1]])).toEqual([[0, "date-reinterpreted"], [2, "date-reinterpreted"]]);
    expect(onDemand(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a sync loadTimeline of TimelineJS before preload says how to load it; preload, then it reads", async () => {
    const { page, errors, requests } = await open();
    const text = readFileSync(`.${MALIKI}`, "utf8");
    const before = await page.evaluate((t) => (window as unknown as { Citeline: { loadTimeline(d: string): { diagnostics: { code: string; message: string }[] } } }).Citeline.loadTimeline(t).diagnostics, text);
    expect(before).toHaveLength(1);
    expect(before[0]?.code).toBe("timelinejs-not-loaded");
    expect(before[0]?.message).toContain('Citeline.preload("timelinejs")');
    const after = await page.evaluate(async (t) => {
      const C = (window as unknown as { Citeline: { preload(...p: string[]): Promise<void>; loadTimeline(d: string): { timeline: { events: unknown[] } } } }).Citeline;
      await C.preload("timelinejs");
      return C.loadTimeline(t).timeline.events.length;
    }, text);
    expect(after).toBe(loadTimeline(text).timeline.events.length);
    const unknown = await page.evaluate(() => (window as unknown as { Citeline: { preload(p: string): Promise<void> } }).Citeline.preload("tlh").then(() => "loaded", (e: Error) => `${e.name}: ${e.message}`));
    expect(unknown).toMatch(/^RangeError: citeline cannot preload "tlh"/);
    expect(onDemand(requests)).toEqual(["/dist/citeline-timelinejs.js"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("createTimeline with a locale still to load draws in English, loads it, then draws again in it", async () => {
    const { page, errors, requests } = await open();
    const csv = readFileSync(`.${SEED_CSV}`, "utf8");
    const first = await page.evaluate((data) => {
      const host = document.createElement("div");
      host.id = "api";
      document.getElementById("main")!.append(host);
      (window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): unknown } }).Citeline.createTimeline(host, { data, locale: "ar-EG" });
      return host.querySelector(".cl-list-heading")?.textContent;
    }, csv);
    expect(first).toBe("Events");
    await expect.poll(() => page.locator("#api .cl-list-heading").first().textContent()).toBe("الأحداث");
    expect(await page.locator("#api .citeline").innerText()).toMatch(/[٠-٩]/);
    expect(onDemand(requests)).toEqual(["/dist/locales/ar.js"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loadTimelineAsync fetches citeline-edtf.js for the specification's level-2 examples, then reads each as Node does", async () => {
    const { page, errors, requests } = await open();
    const data = specTimeline();
    expect(await loadInPage(page, data)).toEqual(inNode(data));
    expect(onDemand(requests)).toEqual(["/dist/citeline-edtf.js"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loadTimelineAsync fetches citeline-words.js for the dates Intl writes in Persian, Arabic, Chinese, Japanese and Korean, then reads each as Node does", async () => {
    const { page, errors, requests } = await open();
    // Sorani's month names aside: they come from the platform's Intl, and Chromium has none for
    // Sorani (test/fixtures/intl/ORIGIN.md), so a page there reads Sorani's numbers, not its names.
    const rows = ["dates.json", "cjk-dates.json"].flatMap((file) => JSON.parse(readFileSync(`test/fixtures/intl/${file}`, "utf8")) as string[][]);
    const texts = rows.filter((row) => row[0] !== "ckb-IQ").map((row) => row[4]!);
    const data = { events: [...texts, "۱۳۸۷/۰۳/۱۸ هـ.ش", "۱۳۵۹–۱۳۶۷ ه.ش", "2008年6月7日～9日"].map((start, i) => ({ title: `event ${i}`, start })) };
    expect(await loadInPage(page, data)).toEqual(inNode(data));
    expect(onDemand(requests)).toEqual(["/dist/citeline-words.js"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads the date-times Node's Intl wrote as Node does, and those Chromium's own Intl writes as their minute", async () => {
    const { page, errors, requests } = await open();
    // The words between a date and its time, and the halves of the day, come from the platform's
    // Intl (src/model/date-clock-words.ts): Chromium writes Korean's "오후" where Node writes "PM".
    // It has no Bosnian (it writes root's "2008 M06 7"): Croatian gives Bosnian's "u", but not
    // its weekdays or "septembar". Nor Nepali, Punjabi, Odia, Burmese, Khmer or Lao. Their rows are Node's alone.
    const lacks = ["bs", "ne", "pa", "or", "my", "km", "lo"];
    const rows = (JSON.parse(readFileSync("test/fixtures/intl/date-times.json", "utf8")) as [string, "full" | "long" | "medium", "h23" | "h12", string, string][]).filter(([locale]) => !lacks.includes(locale));
    const data = { events: rows.map((row, i) => ({ title: `event ${i}`, start: row[4] })) };
    expect(await loadInPage(page, data)).toEqual(inNode(data));
    expect(onDemand(requests)).toEqual(["/dist/citeline-words.js"]);
    const own = await page.evaluate(async (list) => {
      const texts = list.map(([locale, dateStyle, hourCycle, at]) => new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: "short", hourCycle, timeZone: "UTC" }).format(new Date(`${at}:00Z`)));
      const C = (window as unknown as { Citeline: { loadTimelineAsync(d: unknown): Promise<{ timeline: { events: { id: string; start: { edtf: string } }[] } }> } }).Citeline;
      const { timeline } = await C.loadTimelineAsync({ events: texts.map((start, i) => ({ id: `e${i}`, title: start, start })) });
      return texts.map((text, i) => [text, timeline.events.find((e) => e.id === `e${i}`)?.start.edtf ?? null]);
    }, rows.filter(([, style]) => style !== "medium"));
    expect(own.length).toBe(784);
    expect(own.filter(([text]) => /오후/.test(text!)).length).toBe(4);
    const want = rows.filter(([, style]) => style !== "medium").map(([, , , at]) => at);
    expect(own.map(([, edtf]) => edtf)).toEqual(want);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads the month names of the languages Chromium's Intl names as Node does, and refuses those it has no names for, never reading them by another's", async () => {
    const { page, errors } = await open();
    // Written by Node's Intl (full ICU): a day in each form, in each language added on 5 December.
    // Chromium's Intl has no Macedonian, Belarusian or Kazakh names (it writes English's, or root's
    // "M06"), and root's for Bosnian; but Bosnian names its months as Danish, Dutch or German name
    // them ("juni"), so its dates read alike.
    const has = ["sl", "sk", "et", "sr-Latn", "bs", "hu", "lt", "lv", "sr", "ca", "ms", "sw", "af", "hi", "mr", "bn", "gu", "ta", "te", "kn", "ml", "ur", "fil", "fi", "hr"];
    // Nor Galician, Albanian, Welsh, Nepali, Punjabi, Odia, Burmese, Khmer or Lao (added on 6
    // December), nor Irish (added later that day, with Finnish, which it has). Icelandic and Assamese are in neither list: Icelandic's months' names are others'
    // without their accents ("júní", June), Assamese's mostly Bengali's, and Chromium lacks their weekdays.
    const lacks = ["mk", "be", "kk", "gl", "sq", "cy", "ne", "pa", "or", "my", "km", "lo", "ga"];
    const write = (tag: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" }).format(Date.UTC(2008, 5, 7));
    const texts = (tags: string[]) => tags.flatMap((tag) => [write(tag, { day: "numeric", month: "long", year: "numeric" }), write(tag, { weekday: "long", day: "numeric", month: "long", year: "numeric" }), write(tag, { month: "long", year: "numeric" })]);
    const data = (list: string[]) => ({ events: list.map((start, i) => ({ title: `event ${i}`, start })) });
    const read = await loadInPage(page, data(texts(has)));
    expect(read).toEqual(inNode(data(texts(has))));
    expect(read.diagnostics).toEqual([]);
    const lacking = await loadInPage(page, data(texts(lacks)));
    expect(loadTimeline(data(texts(lacks))).diagnostics).toEqual([]);
    expect(lacking.timeline.events).toEqual([]);
    expect(lacking.diagnostics.map((d) => d.code)).toEqual(texts(lacks).map(() => "date-invalid"));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads Thai's dates as Chromium's own Intl writes them, in the Buddhist era, as their day", async () => {
    const { page, errors } = await open();
    const days = [Date.UTC(2008, 5, 7), Date.UTC(1970, 0, 1), Date.UTC(1932, 5, 24), Date.UTC(2024, 1, 29), Date.UTC(2099, 11, 31)];
    const read = await page.evaluate(async (list) => {
      const forms: [Intl.DateTimeFormatOptions, boolean][] = [[{ dateStyle: "long" }, true], [{ dateStyle: "medium" }, true], [{ dateStyle: "full" }, false], [{ dateStyle: "long", timeStyle: "short" }, true]];
      const texts = list.flatMap((at) => forms.map(([options, bare]) => [new Intl.DateTimeFormat("th", { ...options, timeZone: "UTC" }).format(at), bare] as const));
      const C = (window as unknown as { Citeline: { loadTimelineAsync(d: unknown): Promise<{ timeline: { events: { id: string; start: { edtf: string } }[] }; diagnostics: { index?: number; code: string }[] }> } }).Citeline;
      const { timeline, diagnostics } = await C.loadTimelineAsync({ events: texts.map(([start], i) => ({ id: `e${i}`, title: start, start })) });
      return texts.map(([text, bare], i) => [text, bare, timeline.events.find((e) => e.id === `e${i}`)?.start.edtf ?? null, diagnostics.filter((d) => d.index === i).map((d) => d.code).join()] as const);
    }, days);
    // The Buddhist era's year, as Thai writes it by default: 2551 for 2008.
    expect(read[0]?.[0]).toContain("2551");
    expect(read).toHaveLength(days.length * 4);
    read.forEach(([text, bare, edtf, codes], i) => {
      const at = new Date(days[Math.floor(i / 4)]!).toISOString().slice(0, 10);
      expect([text, edtf?.slice(0, 10), codes]).toEqual([text, at, bare ? "date-reinterpreted" : ""]);
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("createEmbed with a level-2 date loads the EDTF reader before it draws; plain data loads nothing", async () => {
    const { page, errors, requests } = await open();
    await page.evaluate((d) => {
      const C = (window as unknown as { Citeline: { createEmbed(el: HTMLElement, o: { data: unknown }): unknown } }).Citeline;
      const host = document.createElement("div");
      host.id = "embedded";
      document.getElementById("main")!.append(host);
      C.createEmbed(host, { data: d });
    }, { events: [{ title: "Some year of the 1560s", start: "156X-12-25" }, { title: "A plain day", start: "2008-06-08" }] });
    await page.waitForFunction(() => ["ready", "error"].includes(document.querySelector("#embedded .cl-embed")?.getAttribute("data-state") ?? ""));
    expect(await state(page)).toBe("ready");
    expect(await items(page)).toBe(2);
    expect(onDemand(requests)).toEqual(["/dist/citeline-edtf.js"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("createTimeline with a sheet whose dates name their month draws the rest hidden and busy, saying it loads, fetches citeline-words.js once, then reads and draws every event; ready settles then", async () => {
    const { page, errors, requests } = await open();
    const csv = ["Title,Start date,End date", 'Visit,"June 7, 2008","June 9, 2008"', "Meeting,8-Jun-2008,", "Treffen,8. Juni 2008,", "Plain,2008-06-10,", "دیدار,۱۸ خرداد ۱۳۸۷,"].join("\n");
    const seen = await createThenReady(page, csv);
    // Drawn at once without the dates still to read, each said on its field; then all of them, as Node reads them.
    expect(seen.first).toEqual({ codes: ["words-not-loaded", "words-not-loaded", "words-not-loaded", "words-not-loaded", "words-not-loaded"], events: 1, busy: "true", shown: "hidden", status: "Loading timeline…", disabled: 5 });
    expect(seen.after).toEqual({ busy: null, shown: "visible", disabled: 0 });
    expect(seen.codes).toEqual([]);
    expect(seen.dates).toEqual(loadTimeline(csv).timeline.events.map((e) => e.start.edtf));
    expect(seen.dates).toHaveLength(5);
    expect(seen.drawn).toBe(5);
    expect(onDemand(requests)).toEqual(["/dist/citeline-words.js"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("createTimeline taking over server markup whose dates name their month keeps every node the server wrote while it loads citeline-words.js, then adopts them", async () => {
    // bench/page.html: no Trusted Types, so the test can put the server's markup in as a server would.
    const { page, errors, requests } = await open("/bench/page.html");
    const csv = ["Title,Start date,End date", 'Visit,"June 7, 2008","June 9, 2008"', "Meeting,8-Jun-2008,", "Treffen,8. Juni 2008,", "Plain,2008-06-10,"].join("\n");
    const markup = renderToString(loadTimeline(csv).timeline, { width: 1200 });
    const seen = await page.evaluate(
      async ({ csv, markup }) => {
        const el = document.getElementById("timeline")!;
        el.insertAdjacentHTML("afterbegin", markup);
        const ids = () => [...el.querySelectorAll("g.cl-item")].map((g) => g.getAttribute("data-id"));
        const served = ids();
        const nodes = [...el.querySelectorAll("*")];
        let removed = 0;
        const observer = new MutationObserver((records) => records.forEach((r) => (removed += r.removedNodes.length)));
        observer.observe(el, { childList: true, subtree: true });
        type Handle = { ready: Promise<void>; diagnostics: { code: string }[] };
        const handle = (window as unknown as { Citeline: { createTimeline(e: HTMLElement, o: unknown): Handle } }).Citeline.createTimeline(el, { data: csv });
        const first = handle.diagnostics.map((d) => d.code);
        // A frame with the part still loading: what the reader sees meanwhile.
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const meanwhile = ids();
        await handle.ready;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        observer.disconnect();
        return { served, first, meanwhile, after: ids(), removed, kept: nodes.filter((n) => el.contains(n)).length, total: nodes.length, codes: handle.diagnostics.map((d) => d.code), ssr: el.querySelectorAll("[data-citeline-ssr]").length };
      },
      { csv, markup },
    );
    expect(seen.served).toHaveLength(4);
    expect(seen.first).toEqual(["words-not-loaded", "words-not-loaded", "words-not-loaded", "words-not-loaded"]);
    expect(seen.meanwhile).toEqual(seen.served);
    expect(seen.after).toEqual(seen.served);
    expect(seen.removed).toBe(0);
    expect(seen.kept).toBe(seen.total);
    expect(seen.codes).toEqual([]);
    expect(seen.ssr).toBe(0);
    expect(onDemand(requests)).toEqual(["/dist/citeline-words.js"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("new data given by update whose dates name their month is busy until the reader has loaded, then drawn whole; a timeline destroyed while its reader loads stays gone", async () => {
    const { page, errors, requests } = await open();
    // The reader's script is held back until the busy frame has been looked at: served from
    // this machine it can otherwise arrive before the first frame, and busy is never drawn.
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route("**/citeline-words.js", async (route) => {
      await held;
      await route.continue();
    });
    const csv = ["Title,Start date", 'Visit,"June 7, 2008"', "Meeting,8-Jun-2008", "Plain,2008-06-10"].join("\n");
    type Handle = { ready: Promise<void>; update(o: unknown): void; destroy(): void; timeline: { events: unknown[] } };
    type Api = { Citeline: { createTimeline(el: HTMLElement, o: unknown): Handle }; handle?: Handle; host?: HTMLElement };
    const early = await page.evaluate(async (d) => {
      const w = window as unknown as Api;
      const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const host = (w.host = document.getElementById("main")!.appendChild(document.createElement("div")));
      const handle = (w.handle = w.Citeline.createTimeline(host, { data: "Title,Start date\nPlain,2008-06-10" }));
      await frames();
      const root = host.querySelector(".citeline")!;
      const before = { busy: root.getAttribute("aria-busy"), items: host.querySelectorAll("g.cl-item").length };
      handle.update({ data: d });
      await frames();
      const during = { busy: root.getAttribute("aria-busy"), status: root.querySelector(".cl-status")?.textContent };
      return { before, during };
    }, csv);
    release();
    const seen = await page.evaluate(async (json) => {
      const w = window as unknown as Api;
      const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const host = w.host!;
      const handle = w.handle!;
      await handle.ready;
      await frames();
      const root = host.querySelector(".citeline")!;
      const after = { busy: root.getAttribute("aria-busy"), items: host.querySelectorAll("g.cl-item").length, events: handle.timeline.events.length };
      handle.destroy();
      // Destroyed while the TimelineJS reader loads: nothing is drawn again, nothing fails.
      const gone = w.Citeline.createTimeline(host, { data: json });
      gone.destroy();
      await gone.ready;
      await frames();
      return { after, left: host.childElementCount };
    }, readFileSync(`.${MALIKI}`, "utf8"));
    expect(early.before).toEqual({ busy: null, items: 1 });
    expect(early.during).toEqual({ busy: "true", status: "Loading timeline…" });
    expect(seen.after).toEqual({ busy: null, items: 3, events: 3 });
    expect(seen.left).toBe(0);
    expect(onDemand(requests)).toEqual(["/dist/citeline-words.js", "/dist/citeline-timelinejs.js", "/dist/citeline-story.js"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("createTimeline with TimelineJS data before its reader is busy, saying it loads, loads citeline-timelinejs.js and story mode together, then opens the story", async () => {
    const { page, errors, requests } = await open();
    const json = readFileSync(`.${MALIKI}`, "utf8");
    const seen = await createThenReady(page, json);
    expect(seen.first).toEqual({ codes: ["timelinejs-not-loaded"], events: 0, busy: "true", shown: "hidden", status: "Loading timeline…", disabled: 5 });
    expect(seen.after).toEqual({ busy: null, shown: "visible", disabled: 0 });
    expect(seen.codes).toEqual([]);
    expect(seen.dates).toHaveLength(loadTimeline(json).timeline.events.length);
    expect(seen.slide).toBe(true);
    expect(onDemand(requests)).toEqual(["/dist/citeline-timelinejs.js", "/dist/citeline-story.js"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("createEmbed with dates that name their month: English ones load the words reader before the drawing, others its look misses after it; either way the embed reports every event", async () => {
    for (const start of ["June 8, 2008", "8 de junio de 2008"]) {
      const { page, errors, requests } = await open();
      const loaded = await page.evaluate((d) => {
        const C = (window as unknown as { Citeline: { createEmbed(el: HTMLElement, o: { data: unknown }): unknown } }).Citeline;
        const host = document.createElement("div");
        host.id = "embedded";
        document.getElementById("main")!.append(host);
        const heard = new Promise<{ events: number; codes: string[] }>((resolve) =>
          host.addEventListener("citeline-load", (e) => {
            const detail = (e as CustomEvent<{ timeline: { events: unknown[] }; diagnostics: { code: string }[] }>).detail;
            resolve({ events: detail.timeline.events.length, codes: detail.diagnostics.map((x) => x.code) });
          }),
        );
        C.createEmbed(host, { data: d });
        return heard;
      }, { events: [{ title: "The meeting", start }, { title: "A plain day", start: "2008-06-09" }] });
      expect(loaded, start).toEqual({ events: 2, codes: [] });
      expect(await state(page)).toBe("ready");
      expect(await items(page)).toBe(2);
      expect(onDemand(requests)).toEqual(["/dist/citeline-words.js"]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("loadTimelineAsync reads every TimelineJS file we hold, and the hostile one, exactly as Node does", async () => {
    const { page, errors } = await open();
    const dirs = ["test/fixtures/timelinejs3", "test/fixtures/timelinejs", "test/fixtures/hostile"];
    const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => /\.(json|csv)$/.test(f) && f !== "payloads.json").map((f) => `${dir}/${f}`));
    expect(files.length).toBeGreaterThanOrEqual(17);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const inBrowser = await page.evaluate(async (t) => JSON.stringify(await (window as unknown as { Citeline: { loadTimelineAsync(d: string): Promise<unknown> } }).Citeline.loadTimelineAsync(t)), text);
      expect(JSON.parse(inBrowser), file).toEqual(JSON.parse(JSON.stringify(loadTimeline(text))));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("renderPage asks for citeline-page.js, and once it has loaded writes the page Node writes", async () => {
    const { page, errors, requests } = await open();
    const csv = readFileSync("examples/seed-tehran-2008/events.csv", "utf8");
    const options = { css: "/* the stylesheet */", theme: "auto" as const, width: 900, title: "Maliki in Tehran" };
    const [before, after] = await page.evaluate(
      async ([text, o]) => {
        const C = (window as unknown as { Citeline: { loadTimeline(t: string): { timeline: unknown }; renderPage(t: unknown, o: unknown): string; preload(...p: string[]): Promise<void> } }).Citeline;
        const { timeline } = C.loadTimeline(text);
        let thrown = "";
        try {
          C.renderPage(timeline, o);
        } catch (error) {
          thrown = (error as Error).message;
        }
        await C.preload("page");
        return [thrown, C.renderPage(timeline, o)];
      },
      [csv, options] as const,
    );
    expect(before).toContain('Citeline.preload("page")');
    expect(after).toBe(renderPage(loadTimeline(csv).timeline, options));
    expect(onDemand(requests)).toEqual(["/dist/citeline-page.js"]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
