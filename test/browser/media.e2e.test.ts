// @vitest-environment node
// Pictures in the real (system) Chromium: nothing is fetched unless the page opts in; with
// `media: true` a picture loads lazily with no referrer; one that fails — in the page, or before
// the script ran under server markup — shows its alt text and credit, never a broken icon.
// Everything is served from this repository (stories/media/): no request leaves the page's site.
// Needs `npm run build` first (the suite's pretest runs it).
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browser, server, SHOTS, useChromium } from "./harness.js";

useChromium();

const DATA = {
  title: "Pictures",
  events: [
    { id: "good", title: "A picture that loads", start: "2008-06-07", media: { url: "/stories/media/visit.png", alt: "Green hills under a summer sky", credit: "citeline", caption: "Drawn for the tests" } },
    { id: "missing", title: "A picture that is not there", start: "2008-06-09", media: { url: "/stories/media/missing.png", alt: "Maliki walks down the steps", credit: "IRNA" } },
    { id: "garbled", title: "A file that is no picture", start: "2008-06-11", media: { url: "/stories/media/not-a-picture.png", alt: "A crowd in Tehran", credit: "AP" } },
  ],
};

interface Opened {
  page: Page;
  errors: string[];
  requests: { url: string; referer: string | undefined }[];
}

async function open(width = 1280): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: "reduce" });
  const errors: string[] = [];
  const requests: Opened["requests"] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // The one expected console error: the browser's own line for the picture that is not there.
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource.*404/.test(m.text())) errors.push(m.text());
  });
  page.on("request", (r) => {
    if (!r.url().startsWith("data:")) requests.push({ url: r.url(), referer: r.headers().referer });
  });
  await page.route("**/*", (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort("blockedbyclient")));
  await page.goto(`${server.url}/bench/page.html`);
  return { page, errors, requests };
}

type CiteWindow = Window & { Citeline: Record<string, (...a: unknown[]) => unknown>; __tl?: { select(id: string | null): void } };

/** Draw the data into #timeline with these options, and open the card of `select` if given. */
async function draw(page: Page, options: Record<string, unknown>, select?: string): Promise<void> {
  await page.evaluate(
    ({ data, options, select }) => {
      const w = window as unknown as CiteWindow;
      const handle = w.Citeline.createTimeline!(document.getElementById("timeline"), { data, ...options }) as { select(id: string | null): void };
      w.__tl = handle;
      if (select) handle.select(select);
    },
    { data: DATA, options, select },
  );
}

/** What the figures of the card and the list show: pictures (with how they loaded) and words. */
async function figures(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("figure.cl-media")].map((f) => {
      const img = f.querySelector<HTMLImageElement>("img");
      return {
        where: f.closest(".cl-card") ? "card" : "list",
        img: img && { src: img.getAttribute("src"), loaded: img.complete && img.naturalWidth > 0, visible: img.getBoundingClientRect().height > 0 && !img.hidden },
        words: f.querySelector(".cl-media-alt")?.textContent ?? null,
        credit: f.querySelector(".cl-media-credit")?.textContent ?? null,
      };
    }),
  );
}

const settle = async (page: Page, what: () => boolean) => page.waitForFunction(what, undefined, { timeout: 10_000 });

describe("pictures in Chromium", () => {
  it("are never fetched when the page has not opted in: the card says what each shows and who made it", async () => {
    const { page, errors, requests } = await open();
    await draw(page, {}, "missing");
    await page.waitForTimeout(300);
    expect(requests.filter((r) => r.url.includes("/stories/media/"))).toEqual([]);
    expect(await page.locator("img").count()).toBe(0);
    const card = await figures(page).then((f) => f.find((x) => x.where === "card"));
    expect(card).toEqual({ where: "card", img: null, words: "Image: Maliki walks down the steps", credit: "Credit: IRNA [2]" });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("with media: true load lazily, send no referrer, and a broken one shows its alt text and credit, never a broken icon", async () => {
    const { page, errors, requests } = await open();
    await draw(page, { media: true }, "missing");
    // The two that cannot be drawn become words; the one that can is drawn.
    await settle(page, () => document.querySelectorAll(".cl-media-failed").length === 3);
    await settle(page, () => [...document.querySelectorAll<HTMLImageElement>("img.cl-media-img")].some((i) => i.complete && i.naturalWidth > 0));
    const shown = await figures(page);
    const card = shown.find((f) => f.where === "card")!;
    expect(card).toEqual({ where: "card", img: null, words: "Image not available: Maliki walks down the steps", credit: "Credit: IRNA [2]" });
    expect(shown.filter((f) => f.where === "list")).toEqual([
      { where: "list", img: { src: "/stories/media/visit.png", loaded: true, visible: true }, words: null, credit: "Credit: citeline [1]" },
      { where: "list", img: null, words: "Image not available: Maliki walks down the steps", credit: "Credit: IRNA [2]" },
      { where: "list", img: null, words: "Image not available: A crowd in Tehran", credit: "Credit: AP [3]" },
    ]);
    // No <img> is left that failed: nothing for the browser to draw as a broken icon.
    expect(await page.evaluate(() => [...document.querySelectorAll("img")].filter((i) => !(i.complete && i.naturalWidth > 0)).length)).toBe(0);
    const pictures = requests.filter((r) => r.url.includes("/stories/media/"));
    expect(pictures.map((r) => new URL(r.url).pathname).sort()).toEqual(["/stories/media/missing.png", "/stories/media/not-a-picture.png", "/stories/media/visit.png"]);
    expect(pictures.map((r) => r.referer)).toEqual([undefined, undefined, undefined]);
    expect(requests.every((r) => r.url.startsWith(server.url))).toBe(true);
    // The good picture, opened in the card.
    await page.evaluate(() => (window as unknown as CiteWindow).__tl!.select("good"));
    await settle(page, () => !!document.querySelector<HTMLImageElement>(".cl-card img.cl-media-img")?.naturalWidth);
    expect(await page.locator(".cl-card img.cl-media-img").evaluate((i) => [i.getAttribute("alt"), i.getAttribute("loading"), i.getAttribute("referrerpolicy")])).toEqual(["Green hills under a summer sky", "lazy", "no-referrer"]);
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate((w) => Object.assign(document.getElementById("timeline")!.style, { width: `${w - 40}px`, height: "auto", overflow: "visible" }), width);
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${SHOTS}/media-${width}.png`, fullPage: true });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a picture of server markup that failed before the script ran is found, and shown as words", async () => {
    const { page, errors } = await open();
    await page.evaluate((data) => {
      const C = (window as unknown as CiteWindow).Citeline;
      const { timeline } = C.loadTimeline!(data) as { timeline: unknown };
      document.getElementById("timeline")!.insertAdjacentHTML("afterbegin", C.renderToString!(timeline, { media: true, width: 1160 }) as string);
      (window as unknown as { __timeline: unknown }).__timeline = timeline;
    }, DATA);
    // The server's <img>s load (or fail) with no script listening.
    await settle(page, () => [...document.querySelectorAll<HTMLImageElement>("img")].every((i) => i.complete));
    await page.evaluate(() => {
      const w = window as unknown as CiteWindow & { __timeline: unknown };
      w.Citeline.createTimeline!(document.getElementById("timeline"), { timeline: w.__timeline, media: true });
    });
    await settle(page, () => document.querySelectorAll(".cl-list .cl-media-failed").length === 2);
    const shown = await figures(page);
    expect(shown.map((f) => [f.img?.loaded ?? null, f.words])).toEqual([
      [true, null],
      [null, "Image not available: Maliki walks down the steps"],
      [null, "Image not available: A crowd in Tehran"],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
