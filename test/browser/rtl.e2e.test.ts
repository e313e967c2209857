// @vitest-environment node
// Right to left in the real (system) Chromium (issue 12): a right-to-left page mirrors the text
// (labels, lists, card, toolbar) and keeps time running left to right unless told otherwise; the
// labels stand clear of one another with the real font; a bidi override in a title stays inside
// it; and with `timeDirection: "rtl"` the arrow keys and a drag go through time the other way.
// Needs `npm run build` first (the page loads dist/citeline.umd.min.js).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browser, server, SHOTS, useChromium, watchErrors } from "./harness.js";

useChromium();

// The seed story's visit, written in Persian by its events' own words; one English title and one
// with a right-to-left override, to see that neither moves its neighbours.
const DATA = {
  groups: [{ id: "visit", label: "سفر مالکی به تهران" }],
  sources: [{ id: "nyt", publisher: "نیویورک تایمز", url: "https://www.nytimes.com/2008/06/08/world/middleeast/08iraq.html" }],
  events: [
    { id: "visit", title: "سفر سه‌روزه مالکی به تهران", start: "2008-06-07", end: "2008-06-09", group: "visit", sources: ["nyt"] },
    { id: "meets", title: "دیدار مالکی با احمدی‌نژاد", start: "2008-06-08", group: "visit", sources: ["nyt"] },
    { id: "talks", title: "Talks with Mottaki", start: "2008-06-09", group: "visit", sources: ["nyt"] },
    { id: "evil", title: "\u202Eevil title \u202D more", start: "2008-06-12", sources: ["nyt"] },
    { id: "pact", title: "پیمان امنیتی", start: "2008-22", sources: ["nyt"] },
  ],
};

async function open(width: number, options: Record<string, unknown>, pageDir?: "rtl"): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 800 }, reducedMotion: "reduce" });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/bench/page.html`);
  await page.evaluate(
    ({ data, options, pageDir }) => {
      if (pageDir) document.documentElement.dir = pageDir;
      const host = document.getElementById("timeline")!;
      host.style.cssText = "width:auto;height:auto";
      const C = (window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): unknown } }).Citeline;
      (window as unknown as { handle: unknown }).handle = C.createTimeline(host, { data, window: [Date.UTC(2008, 4, 25), Date.UTC(2008, 5, 25)], ...options });
    },
    { data: DATA, options, pageDir },
  );
  await page.waitForSelector(".cl-item");
  return { page, errors };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every drawn label's box, and every mark's, with the item's id. */
const boxes = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return [...document.querySelectorAll("g.cl-item")].map((g) => ({
      id: g.getAttribute("data-id")!,
      title: g.querySelector("text.cl-title") ? box(g.querySelector("text.cl-title")!) : null,
      mark: box(g.querySelector(".cl-mark, .cl-box, .cl-pill, .cl-band") ?? g),
      cites: g.querySelector(".cl-cites") ? box(g.querySelector(".cl-cites")!) : null,
      titleText: g.querySelector(".cl-title-text") ? box(g.querySelector(".cl-title-text")!) : null,
    }));
  });

const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe("a right-to-left page", () => {
  it.each([320, 1280])("mirrors the text at %i px, keeps labels clear of one another, and is screenshotted", async (width) => {
    const { page, errors } = await open(width, {}, "rtl");
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".citeline")!).direction)).toBe("rtl");
    const items = await boxes(page);
    const labels = items.flatMap((i) => (i.title ? [i.title] : []));
    expect(labels.length).toBeGreaterThan(2);
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
    // Reading starts on the right: the toolbar's first button (zoom out) is its rightmost.
    const buttons = await page.locator(".cl-toolbar button").evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().left));
    expect(buttons[0]).toBe(Math.max(...buttons));
    // A bidi override stays inside its title: the citation numbers come after it, to its left.
    const evil = items.find((i) => i.id === "evil");
    if (evil?.cites && evil.titleText) expect(evil.cites.right).toBeLessThanOrEqual(evil.titleText.left + 1);
    // Time still runs left to right: June 7 is left of June 12.
    const x = (id: string) => items.find((i) => i.id === id)!.mark.left;
    expect(x("visit")).toBeLessThan(x("evil"));
    await page.screenshot({ path: `${SHOTS}/rtl-page-${width}.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a timeline made before its element joins a right-to-left page takes the page's direction when it joins", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/bench/page.html`);
    await page.evaluate((data) => {
      document.documentElement.dir = "rtl";
      const host = document.createElement("div");
      const C = (window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): unknown } }).Citeline;
      C.createTimeline(host, { data });
      document.body.append(host);
    }, DATA);
    await expect.poll(() => page.evaluate(() => document.querySelector(".citeline")?.getAttribute("dir"))).toBe("rtl");
    // The lane's name stands on the right, where reading starts, wholly inside the chart.
    const lane = (await page.locator(".cl-lane-label").first().boundingBox())!;
    const svg = (await page.locator(".cl-svg").boundingBox())!;
    expect(lane.x).toBeGreaterThan(svg.x + svg.width / 2);
    expect(lane.x + lane.width).toBeLessThanOrEqual(svg.x + svg.width + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the card opens toward the reading start and closes with Escape", async () => {
    const { page, errors } = await open(1280, {}, "rtl");
    // The item reads from its right edge (the start of its right-to-left label) leftward.
    const item = (await page.locator('g.cl-item[data-id="meets"]').boundingBox())!;
    await page.locator('g.cl-item[data-id="meets"]').click();
    const card = (await page.locator(".cl-card").boundingBox())!;
    // (Within the difference between the layout's measure of a Persian label and its shaped width.)
    expect(Math.abs(card.x + card.width - (item.x + item.width))).toBeLessThan(40);
    expect(card.x).toBeLessThan(item.x);
    expect(card.y).toBeGreaterThan(item.y);
    const close = (await page.locator(".cl-card-close").boundingBox())!;
    expect(close.x).toBeLessThan(card.x + card.width / 2);
    await page.keyboard.press("Escape");
    expect(await page.locator(".cl-card").isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("time running right to left", () => {
  const focusedStart = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-id") ?? null);

  it("puts the earliest event on the right; → goes back in time and ← forward", async () => {
    const { page, errors } = await open(1280, { timeDirection: "rtl" }, "rtl");
    const items = await boxes(page);
    const x = (id: string) => items.find((i) => i.id === id)!.mark.left;
    expect(x("visit")).toBeGreaterThan(x("evil"));
    await page.locator('g.cl-item[data-id="meets"]').focus();
    await page.keyboard.press("ArrowRight");
    expect(await focusedStart(page)).toBe("visit");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    expect(await focusedStart(page)).toBe("talks");
    await page.screenshot({ path: `${SHOTS}/rtl-time-1280.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("update({ timeDirection }) mirrors a drawn timeline in place, and zooming still shows the window asked for", async () => {
    const { page, errors } = await open(1280, {});
    const marks = () => boxes(page).then((items) => Object.fromEntries(items.map((i) => [i.id, i.mark.left])));
    const before = await marks();
    expect(before.visit!).toBeLessThan(before.evil!);
    await page.evaluate(() => (window as unknown as { handle: { update(o: unknown): void } }).handle.update({ timeDirection: "rtl" }));
    await expect.poll(async () => (await marks()).visit! > (await marks()).evil!).toBe(true);
    const asked: [number, number] = [Date.UTC(2008, 5, 5), Date.UTC(2008, 5, 14)];
    await page.evaluate((w) => (window as unknown as { handle: { zoomTo(w: [number, number]): void } }).handle.zoomTo(w), asked);
    const domain = () => page.evaluate(() => (window as unknown as { handle: { layout: { domain: [number, number] } } }).handle.layout.domain);
    await expect.poll(async () => Math.abs((await domain())[0] - asked[0])).toBeLessThan(3_600_000);
    expect(Math.abs((await domain())[1] - asked[1])).toBeLessThan(3_600_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("dragging the chart to the right shows later times", async () => {
    const { page, errors } = await open(1280, { timeDirection: "rtl" });
    const domain = () => page.evaluate(() => (window as unknown as { handle: { layout: { domain: [number, number] } } }).handle.layout.domain);
    const before = await domain();
    const svg = (await page.locator(".cl-svg").boundingBox())!;
    await page.mouse.move(svg.x + svg.width / 2, svg.y + 40);
    await page.mouse.down();
    await page.mouse.move(svg.x + svg.width / 2 + 200, svg.y + 40, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await domain())[0]).toBeGreaterThan(before[0]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
