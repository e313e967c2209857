// @vitest-environment node
// Story mode on demand, in the real (system) Chromium: the script-tag bundle keeps it in
// citeline-story.js beside itself, fetched when a reader reaches for the story (a pointer over the
// toolbar's Story button, the focus on it, a press; `update({ view: "story" })`) or a timeline
// opens in it (`view: "story"`), under the on-demand page's strict CSP; a page that never tells a
// story never fetches it. Once loaded, the story works as in Node's build: its slide, keys and
// swipe, and the same server markup. Needs `npm run build` first.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { renderToString } from "../../src/write/page.js";
import { browser, server, SHOTS, useChromium, watchErrors } from "./harness.js";

useChromium();

const SEED = readFileSync("examples/seed-tehran-2008/events.csv", "utf8");
const STORY = "/dist/citeline-story.js";

async function open(path = "/test/browser/on-demand.html", before?: (page: Page) => Promise<unknown>): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, reducedMotion: "reduce" });
  await before?.(page);
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("data:")) requests.push(r.url().slice(server.url.length));
  });
  await page.goto(`${server.url}${path}`);
  return { page, errors, requests };
}

// The files fetched after the page's own (the bundle and the stylesheet).
const fetched = (requests: string[]) => requests.filter((r) => r.startsWith("/dist/") && !/citeline\.umd\.min\.js|style\.css/.test(r));

// Draw the seed with `options` into #main, as `window.tl`, and wait for `ready` and two frames.
// `reread`: whether the timeline read at once was read again by then.
async function draw(page: Page, options: Record<string, unknown>): Promise<{ busy: string | null; slide: boolean; reread: boolean }> {
  return page.evaluate(
    async ([data, o]) => {
      const w = window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): { ready: Promise<void>; timeline: unknown } }; tl: unknown };
      const host = document.getElementById("main")!;
      const handle = w.Citeline.createTimeline(host, { data, ...o });
      w.tl = handle;
      const read = handle.timeline;
      // At once: marked busy while story mode loads, or drawn in full when nothing waits.
      const first = { busy: host.querySelector(".citeline")!.getAttribute("aria-busy"), slide: host.querySelector("section.cl-slide") !== null };
      await handle.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return { ...first, reread: handle.timeline !== read };
    },
    [SEED, options] as const,
  );
}

// Hold citeline-story.js back until the returned function is called.
async function holdStory(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(`**${STORY}`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const slideTitle = (page: Page) => page.locator("section.cl-slide .cl-slide-heading, section.cl-slide h3").first().innerText();

describe("story mode on demand in the script-tag bundle", () => {
  it("a chart fetches nothing for the story until the reader reaches for Story; pressed, then the slide, its keys and the way back work, and it is fetched once", async () => {
    const { page, errors, requests } = await open();
    expect(await draw(page, {})).toEqual({ busy: null, slide: false, reread: false });
    expect(fetched(requests)).toEqual([]);
    await page.click(".cl-story-view");
    await page.locator("section.cl-slide").waitFor();
    expect(fetched(requests)).toEqual([STORY]);
    expect(await page.locator(".cl-story-view").getAttribute("aria-pressed")).toBe("true");
    // The arrow keys in the slide step through the story, as in Node's build.
    const first = await slideTitle(page);
    await page.locator("section.cl-slide .cl-slide-next").click();
    await page.keyboard.press("ArrowRight");
    const third = await slideTitle(page);
    expect(third).not.toBe(first);
    await page.keyboard.press("Home");
    await expect.poll(() => slideTitle(page)).toBe(first);
    await page.screenshot({ path: `${SHOTS}/story-on-demand.png` });
    // Back to the chart, and into the story again: nothing more is fetched.
    await page.click(".cl-story-view");
    await expect.poll(() => page.locator("section.cl-slide").count()).toBe(0);
    await page.click(".cl-story-view");
    await page.locator("section.cl-slide").waitFor();
    expect(fetched(requests)).toEqual([STORY]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("pointing at the Story button, or the focus on it, starts fetching story mode before it is pressed, and changes nothing else", async () => {
    for (const reach of ["hover", "focus"] as const) {
      const { page, errors, requests } = await open();
      await draw(page, {});
      expect(fetched(requests)).toEqual([]);
      await page[reach](".cl-story-view");
      await expect.poll(() => fetched(requests)).toEqual([STORY]);
      await page.waitForLoadState("networkidle");
      expect(await page.locator("section.cl-slide").count()).toBe(0);
      expect(await page.locator(".cl-story-view").getAttribute("aria-pressed")).toBe("false");
      // Pressed now, it opens the story with nothing more to fetch.
      if (reach === "focus") await page.keyboard.press("Enter");
      else await page.click(".cl-story-view");
      await page.locator("section.cl-slide").waitFor();
      expect(fetched(requests)).toEqual([STORY]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("update({ view: \"story\" }) loads story mode, and `ready` settles once the story is drawn", async () => {
    const { page, errors, requests } = await open();
    await draw(page, {});
    const slides = await page.evaluate(async () => {
      const tl = (window as unknown as { tl: { update(o: unknown): void; ready: Promise<void> } }).tl;
      tl.update({ view: "story" });
      const before = document.querySelectorAll("section.cl-slide").length;
      await tl.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return [before, document.querySelectorAll("section.cl-slide").length];
    });
    expect(slides).toEqual([0, 1]);
    expect(fetched(requests)).toEqual([STORY]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("pressed before story mode has arrived, the Story button says it is busy and the live region what it waits for, the chart working meanwhile; then the story opens", async () => {
    const { page, errors } = await open();
    const release = await holdStory(page);
    await draw(page, {});
    await page.click(".cl-story-view");
    const story = page.locator(".cl-story-view");
    await expect.poll(() => story.getAttribute("aria-busy")).toBe("true");
    expect(await page.locator(".cl-status").innerText()).toBe("Loading the story…");
    expect(await story.getAttribute("aria-pressed")).toBe("false");
    // The chart is not busy: its window still moves.
    const before = await page.evaluate(() => (window as unknown as { tl: { layout: { domain: number[] } } }).tl.layout.domain.join());
    await page.click(".cl-zoom-in");
    await expect.poll(() => page.evaluate(() => (window as unknown as { tl: { layout: { domain: number[] } } }).tl.layout.domain.join())).not.toBe(before);
    await page.locator(".cl-toolbar").screenshot({ path: `${SHOTS}/story-pending.png` });
    release();
    await page.locator("section.cl-slide").waitFor();
    expect(await story.getAttribute("aria-busy")).toBeNull();
    expect(await story.getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator(".cl-status").innerText()).not.toBe("Loading the story…");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("pressed, then another view chosen before story mode has arrived: the Story button no longer waits, and the story does not open when it comes", async () => {
    const { page, errors } = await open();
    const release = await holdStory(page);
    await draw(page, {});
    const story = page.locator(".cl-story-view");
    await page.click(".cl-story-view");
    await expect.poll(() => story.getAttribute("aria-busy")).toBe("true");
    await page.click(".cl-view");
    await expect.poll(() => page.locator(".cl-view").getAttribute("aria-pressed")).toBe("true");
    expect(await story.getAttribute("aria-busy")).toBeNull();
    expect(await page.locator(".cl-status").innerText()).not.toBe("Loading the story…");
    release();
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.locator("section.cl-slide").count()).toBe(0);
    expect(await page.locator(".cl-view").getAttribute("aria-pressed")).toBe("true");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a link to a slide keeps its address while story mode loads, and reads the data once", async () => {
    const { page, errors } = await open();
    const release = await holdStory(page);
    const [a, b] = [Date.UTC(2008, 0, 1), Date.UTC(2009, 0, 1)];
    await page.evaluate((hash) => (location.hash = hash), `#cl=${a},${b},,2`);
    const drawn = page.evaluate(async (data) => {
      const w = window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): { ready: Promise<void>; timeline: unknown } } };
      const handle = w.Citeline.createTimeline(document.getElementById("main")!, { data, hash: true });
      const read = handle.timeline;
      await handle.ready;
      return handle.timeline === read;
    }, SEED);
    // Longer than the address waits to be written after a drawing.
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => location.hash)).toBe(`#cl=${a},${b},,2`);
    release();
    expect(await drawn).toBe(true);
    await page.locator("section.cl-slide").waitFor();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#cl=-?\d+,-?\d+,[^,]*,2$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a timeline that opens in the story is busy until story mode has loaded, then opens on its first slide, its data read once; update() back to the chart needs nothing", async () => {
    const { page, errors, requests } = await open();
    expect(await draw(page, { view: "story" })).toEqual({ busy: "true", slide: false, reread: false });
    expect(await page.locator("section.cl-slide").count()).toBe(1);
    expect(await page.locator(".citeline").getAttribute("aria-busy")).toBeNull();
    expect(fetched(requests)).toEqual([STORY]);
    // The slide Node's build opens on: the title slide (no event) or the story's first event.
    const section = /<section[^>]*class="cl-slide[^>]*>/.exec(renderToString(loadTimeline(SEED).timeline, { view: "story" }))![0];
    expect(await page.locator("section.cl-slide").getAttribute("data-event")).toBe(/data-event="([^"]*)"/.exec(section)?.[1] ?? null);
    expect(await page.locator("section.cl-slide").getAttribute("class")).toBe(/class="([^"]*)"/.exec(section)![1]);
    await page.evaluate(() => (window as unknown as { tl: { update(o: unknown): void } }).tl.update({ view: "chart" }));
    await expect.poll(() => page.locator("section.cl-slide").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a server's story taken over keeps its slide in place while story mode loads, then its buttons work", async () => {
    const markup = renderToString(loadTimeline(SEED).timeline, { view: "story", width: 1200 });
    // The on-demand page as a server would send it, the story written into it.
    const served = readFileSync("test/browser/on-demand.html", "utf8").replace('<main id="main"></main>', `<main id="main">${markup}</main>`);
    const { page, errors, requests } = await open("/test/browser/served-story.html", (p) => p.route("**/served-story.html", (r) => r.fulfill({ contentType: "text/html", body: served })));
    const seen = await page.evaluate(async (data) => {
      const w = window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): { ready: Promise<void> } } };
      const host = document.getElementById("main")!;
      const slide = host.querySelector("section.cl-slide");
      const handle = w.Citeline.createTimeline(host, { data, view: "story" });
      const during = { same: host.querySelector("section.cl-slide") === slide, slides: host.querySelectorAll("section.cl-slide").length };
      await handle.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const next = host.querySelector<HTMLButtonElement>("section.cl-slide .cl-slide-next")!;
      return { during, slides: host.querySelectorAll("section.cl-slide").length, busy: host.querySelector(".citeline")!.getAttribute("aria-busy"), nextDisabled: next.disabled };
    }, SEED);
    expect(seen).toEqual({ during: { same: true, slides: 1 }, slides: 1, busy: null, nextDisabled: false });
    const first = await slideTitle(page);
    await page.locator("section.cl-slide .cl-slide-next").click();
    await expect.poll(() => slideTitle(page)).not.toBe(first);
    expect(fetched(requests)).toEqual([STORY]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a story written as markup in the page says how to load story mode first, then writes what Node writes", async () => {
    const { page, errors, requests } = await open();
    const options = { view: "story" as const, width: 900, title: "Maliki in Tehran" };
    const [before, after] = await page.evaluate(
      async ([text, o]) => {
        const C = (window as unknown as { Citeline: { loadTimeline(t: string): { timeline: unknown }; renderToString(t: unknown, o: unknown): string; preload(...p: string[]): Promise<void> } }).Citeline;
        const { timeline } = C.loadTimeline(text);
        let thrown = "";
        try {
          C.renderToString(timeline, o);
        } catch (error) {
          thrown = (error as Error).message;
        }
        await C.preload("story");
        return [thrown, C.renderToString(timeline, o)];
      },
      [SEED, options] as const,
    );
    expect(before).toContain('Citeline.preload("story")');
    expect(after).toBe(renderToString(loadTimeline(SEED).timeline, options));
    expect(after).toContain('class="cl-slide');
    expect(fetched(requests)).toEqual([STORY]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
