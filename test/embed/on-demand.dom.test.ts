// The embeds as the script-tag bundle runs them, in jsdom: the modules rollup.config.js swaps in
// for that bundle are swapped in here too, and the loader's import of a file beside the bundle is
// stood in for (test/browser/on-demand.e2e.test.ts loads the real files in Chromium). An embed
// whose data or locale needs a file waits for it in its loading state, then draws; if the file
// cannot be had, TimelineJS data fails in place and a locale falls back to English. Story mode
// stands in as in the bundle: a TimelineJS file, which opens in its story, loads it too.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { CiteLineElement, defineCiteLine } from "../../src/embed/element.js";
import { loadTimeline } from "../../src/load.js";
import { localeKey } from "../../src/options/locale-tags.js";
import { createTimeline } from "../../src/view/timeline.js";
import { renderToString } from "../../src/write/page.js";

const files = vi.hoisted(() => ({ asked: [] as string[][], fail: false }));

vi.mock("../../src/parse/timelinejs.js", () => import("../../src/browser/timelinejs.js"));
vi.mock("../../src/options/locales.js", () => import("../../src/browser/locales.js"));
vi.mock("../../src/parse/html-read.js", () => import("../../src/browser/html-on-demand.js"));
vi.mock("../../src/model/date-spelling.js", () => import("../../src/browser/date-spelling.js"));
vi.mock("../../src/view/story.js", () => import("../../src/browser/story-on-demand.js"));
vi.mock("../../src/view/story-input.js", () => import("../../src/browser/story-on-demand.js"));
vi.mock("../../src/scene/slide.js", () => import("../../src/browser/story-on-demand.js"));
vi.mock("../../src/preload.js", async () => {
  const script = await import("../../src/browser/preload.js");
  const slot = await import("../../src/browser/timelinejs.js");
  const table = await import("../../src/browser/locales.js");
  const html = await import("../../src/browser/html-on-demand.js");
  const { readHtml } = await import("../../src/browser/html-read.js");
  const spelling = await import("../../src/browser/date-spelling.js");
  const { normalizeSpelling } = await vi.importActual<typeof import("../../src/model/date-spelling.js")>("../../src/model/date-spelling.js");
  const importer = await vi.importActual<typeof import("../../src/parse/timelinejs.js")>("../../src/parse/timelinejs.js");
  const locales = { fr: (await import("date-fns/locale/fr")).fr, es: (await import("date-fns/locale/es")).es };
  const story = await import("../../src/browser/story-on-demand.js");
  const storyPart = {
    ...(await vi.importActual<typeof import("../../src/view/story.js")>("../../src/view/story.js")),
    ...(await vi.importActual<typeof import("../../src/view/story-input.js")>("../../src/view/story-input.js")),
    ...(await vi.importActual<typeof import("../../src/scene/slide.js")>("../../src/scene/slide.js")),
  };
  // The bundle's loader, but the file "beside the bundle" comes from here, a moment later.
  const preload = async (...parts: string[]): Promise<void> => {
    files.asked.push(parts);
    await new Promise((done) => setTimeout(done, 5));
    if (files.fail) throw new Error("citeline could not load https://example.org/citeline-timelinejs.js: offline.");
    for (const part of parts) {
      // The TimelineJS reader brings the HTML reader, as the real loader installs it.
      if (part === "timelinejs") {
        slot.installTimelineJs(importer);
        html.installHtml(readHtml);
      } else if (part === "html") html.installHtml(readHtml);
      else if (part === "words") spelling.installSpelling(normalizeSpelling);
      else if (part === "story") story.installStory(storyPart);
      else table.installLocale(localeKey(part)!, locales[localeKey(part) as keyof typeof locales]);
    }
  };
  return { ...script, preload };
});

const read = (path: string) => readFileSync(resolve(import.meta.dirname, path), "utf8");
const SEED_CSV = read("../../examples/seed-tehran-2008/events.csv");
const MALIKI = JSON.parse(read("../fixtures/timelinejs/maliki.json")) as unknown;

function place(attributes: Record<string, string>, data?: unknown): CiteLineElement {
  const element = document.createElement("cite-line");
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (data !== undefined) element.data = data;
  document.body.append(element);
  return element;
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true), { timeout: 5_000 });
const words = (element: Element) => [...element.querySelectorAll("svg text")].map((t) => t.textContent).join(" ");

beforeAll(() => {
  defineCiteLine();
  vi.stubGlobal("fetch", vi.fn(() => Promise.resolve(new Response(SEED_CSV, { status: 200, headers: { "content-type": "text/csv" } }))));
});
afterEach(() => {
  document.body.replaceChildren();
  files.asked.length = 0;
  files.fail = false;
});

describe("an embed in the script-tag bundle", () => {
  it("draws native CSV at once, loading nothing", async () => {
    const element = place({ src: "events.csv", locale: "en-GB" });
    await until(() => element.state === "ready");
    expect(element.handle?.timeline.events).toHaveLength(7);
    expect(files.asked).toEqual([]);
  });

  // Before the HTML reader has loaded in this file (the TimelineJS reader installs it too).
  it("asks for the HTML reader only for a sheet whose Media cells hold markup, then reads them", async () => {
    // "Q&A" in a title, with no Media column or with plain Media cells: nothing to load.
    for (const csv of ["Title,Date\nQ&A with Maliki,2008-06-08\n", "Title,Date,Media credit\nQ&A with Maliki,2008-06-08,Reuters & AP\n"]) {
      const plain = place({}, csv);
      await until(() => plain.state === "ready");
      expect(plain.handle?.timeline.events).toHaveLength(1);
      expect(files.asked, csv).toEqual([]);
      plain.remove();
    }
    // A sheet whose description column holds a story page's HTML, as a newsroom's does
    // (test/fixtures/published/abc-defining-courage.csv, whose dates would load the words too).
    const story = place({}, 'Title,Date,Desc\nVisit,2008-06-07,"<p>Talks began.</p> \n\n \n\n<p>On the <a href=""https://www.nytimes.com/a"">second day</a>.</p>"\n');
    await until(() => story.state === "ready");
    expect(files.asked).toEqual([["html"]]);
    expect(story.diagnostics.map((d) => d.code)).toEqual(["csv-html-text"]);
    expect(story.handle!.timeline.events[0]?.description).toBe("Talks began.\n\nOn the second day.");
    expect(story.handle!.timeline.sources.map((s) => s.url)).toEqual(["https://www.nytimes.com/a"]);
    story.remove();
    // Loaded once, the reader serves the next sheet too.
    const element = place({}, read("../fixtures/csv/media-html.csv"));
    await until(() => element.state === "ready");
    expect(files.asked).toEqual([["html"]]);
    expect(element.diagnostics.some((d) => d.code === "html-not-loaded")).toBe(false);
    expect(element.handle!.timeline.events[0]?.media?.credit).toBe("IRNA via The New York Times");
  });

  // Before the reader has loaded in this file (an installed reader stays installed).
  it("fails in place, saying why, when the TimelineJS reader cannot be loaded", async () => {
    files.fail = true;
    const errors: string[] = [];
    const element = place({}, MALIKI);
    element.addEventListener("citeline-error", (e) => errors.push(e.detail.message));
    await until(() => element.state === "error");
    expect(element.querySelector(".cl-error-message")?.textContent).toContain("could not load https://example.org/citeline-timelinejs.js");
    expect(errors).toHaveLength(1);
  });

  // Before the reader of dates in words has loaded in this file.
  it("draws the rest and lists each date that names its month as an error, with a console warning, when their reader cannot be loaded", async () => {
    files.fail = true;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const element = place({}, "Title,Date\nThe meeting,8 de junio de 2008\nA plain day,2008-06-09\n");
    await until(() => element.state === "ready");
    // Asked for before the drawing, from the look at the sheet's dates, and again by the drawing.
    expect(files.asked).toEqual([["words"], ["words"]]);
    expect(element.handle!.timeline.events.map((e) => e.title)).toEqual(["A plain day"]);
    expect(element.diagnostics.map((d) => [d.code, d.index, d.field])).toEqual([["words-not-loaded", 0, "Date"]]);
    expect(warn.mock.calls.flat().join(" ")).toContain("could not load");
    expect(warn.mock.calls.flat().join(" ")).toContain("offline. What in the data needs it is left out");
  });

  // Before the reader of dates in words has loaded in this file. The e2e test has the part load.
  it("createTimeline keeps server markup as it stands while the reader of dates in words loads (or draws busy without it), and draws what it read when that fails", async () => {
    files.fail = true;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // What a server with every reader wrote for the same two events.
    const host = document.body.appendChild(document.createElement("div"));
    host.innerHTML = renderToString(loadTimeline("Title,Date\nThe meeting,2008-06-08\nA plain day,2008-06-09\n").timeline, { width: 800 });
    const ids = () => [...host.querySelectorAll("g.cl-item")].map((g) => g.getAttribute("data-id"));
    const served = ids();
    expect(served).toHaveLength(2);
    const handle = createTimeline(host, { data: "Title,Date\nThe meeting,8 de junio de 2008\nA plain day,2008-06-09\n" });
    expect(handle.diagnostics.map((d) => d.code)).toEqual(["words-not-loaded"]);
    // Nothing drawn over it yet (the e2e test looks a frame later, with the real file loading).
    expect(ids()).toEqual(served);
    expect(host.querySelector("[data-citeline-ssr]")).not.toBeNull();
    await handle.ready;
    await until(() => ids().length === 1);
    expect(files.asked).toEqual([["words"]]);
    expect(host.querySelector("[data-citeline-ssr]")).toBeNull();
    expect(warn.mock.calls.flat().join(" ")).toContain("could not load");
    expect(host.querySelector(".citeline")!.hasAttribute("aria-busy")).toBe(false);
    handle.destroy();
    // Without server markup: what was read is drawn busy (hidden by the stylesheet, the status
    // line saying it loads), then, the reader failing, shown as it is.
    const fresh = document.body.appendChild(document.createElement("div"));
    const other = createTimeline(fresh, { data: "Title,Date\nThe meeting,8 de junio de 2008\nA plain day,2008-06-09\n" });
    const root = fresh.querySelector(".citeline")!;
    expect([root.getAttribute("aria-busy"), root.querySelector(".cl-status")?.textContent, fresh.querySelectorAll("g.cl-item").length]).toEqual(["true", "Loading timeline…", 1]);
    await other.ready;
    await until(() => !root.hasAttribute("aria-busy"));
    expect(root.querySelector(".cl-status")?.textContent).toBe("");
    expect(fresh.querySelectorAll("g.cl-item").length).toBe(1);
    other.destroy();
  });

  // Before the reader of dates in words has loaded in this file. The e2e test has the part load.
  it("holds a window written in words until their reader has loaded, and says it left the option at its default when that fails", async () => {
    files.fail = true;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    warn.mockClear();
    const element = place({ src: "events.csv", window: "1980–1988" });
    // Not refused while the reader could still come: nothing is said before it has been tried.
    expect(warn).not.toHaveBeenCalled();
    await until(() => element.state === "ready");
    expect(files.asked).toEqual([["words"]]);
    const said = warn.mock.calls.flat().join(" ");
    expect(said).toContain('<cite-line> window="1980–1988"');
    expect(said.match(/window="1980–1988"/g)).toHaveLength(1);
    // The default window: the whole extent, 1980 to 2008.
    const years = () => (element.handle!.layout.domain[1] - element.handle!.layout.domain[0]) / (365.25 * 86_400_000);
    expect(years()).toBeGreaterThan(20);
    // A window this bundle reads at once waits for nothing.
    element.setAttribute("window", "1980/1988");
    await until(() => Math.round(years()) === 9);
    expect(files.asked).toEqual([["words"]]);
  });

  // test/browser/on-demand.e2e.test.ts has the dates its look misses loaded after the drawing.
  it("loads the reader of dates in words before it draws a sheet whose dates name their month; titles that name one load nothing", async () => {
    const plain = place({}, "Title,Date\nA day in June 2008,2008-06-07\nThe June 2 talks,2008-06-02\n");
    await until(() => plain.state === "ready");
    expect(files.asked).toEqual([]);
    plain.remove();
    const loads: number[] = [];
    const element = place({}, 'Title,Date\nThe meeting,"June 8, 2008"\nA plain day,2008-06-09\n');
    element.addEventListener("citeline-load", (e) => loads.push(e.detail.timeline.events.length));
    expect(element.state).toBe("loading");
    await until(() => element.state === "ready");
    expect(files.asked).toEqual([["words"]]);
    expect(element.diagnostics).toEqual([]);
    expect(element.handle!.timeline.events.map((e) => e.start.edtf)).toEqual(["2008-06-08", "2008-06-09"]);
    expect(loads).toEqual([2]);
  });

  it("waits in its loading state for the TimelineJS reader and, since the file opens in its story, story mode, loaded together; then draws the data", async () => {
    const element = place({}, MALIKI);
    expect(element.state).toBe("loading");
    expect(element.querySelector(".cl-loading")?.textContent).toBe("Loading timeline…");
    await until(() => element.state === "ready");
    expect(files.asked).toEqual([["timelinejs"], ["story"]]);
    expect(element.querySelector("section.cl-slide")).not.toBeNull();
    expect(element.handle!.timeline.events.length).toBeGreaterThanOrEqual(5);
    expect(element.diagnostics.some((d) => d.code === "timelinejs-not-loaded")).toBe(false);
  });

  it("loads a locale named in markup before it draws, and draws in it", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const element = place({ src: "events.csv", locale: "fr", window: "2008-05-01/2008-08-01" });
    await until(() => element.state === "ready");
    expect(files.asked).toEqual([["fr"]]);
    expect(words(element)).toMatch(/juin/);
    // Held back while it loaded, the locale was never reported as unknown.
    expect(warn.mock.calls.flat().join(" ")).not.toMatch(/locale/);
    // Another attribute changed later: that option alone is updated, the locale is not drawn again.
    const update = vi.spyOn(element.handle!, "update");
    element.setAttribute("height", "300");
    expect(update.mock.calls).toEqual([[{ height: 300 }]]);
  });

  it("draws in English, with a console warning, when a locale cannot be loaded", async () => {
    files.fail = true;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const element = place({ src: "events.csv", locale: "es", window: "2008-05-01/2008-08-01" });
    await until(() => element.state === "ready");
    expect(words(element)).toMatch(/June/);
    expect(warn.mock.calls.flat().join(" ")).toContain('the locale "es" could not be loaded, so the timeline is in English');
  });
});
