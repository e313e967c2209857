// @vitest-environment node
// Story mode in the real (system) Chromium, on the seed page (an article): the toolbar's toggle,
// → and ← in the slide, the buttons, a swipe by touch, the chart zoomed to each event with it
// highlighted, the live region, the address, a shared link, and the page's scroll left alone by
// the keys and the wheel.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browser, server, SHOTS, useChromium, watchErrors } from "./harness.js";

useChromium();

const SEED_CSV = readFileSync("examples/seed-tehran-2008/events.csv", "utf8");

interface Demo {
  layout: { domain: [number, number]; extent: [number, number] };
  timeline: { title: string; events: { id: string; title: string; start: { earliest: number; latest: number }; end?: { latest: number } }[] };
}
declare const window: Window & { citelineDemo: Demo };

// What the page's handle says (the seed page keeps it as `citelineDemo`).
const domainOf = (page: Page) => page.evaluate(() => window.citelineDemo.layout.domain);
const extentOf = (page: Page) => page.evaluate(() => window.citelineDemo.layout.extent);
const titleOf = (page: Page) => page.evaluate(() => window.citelineDemo.timeline.title);
const eventsOf = (page: Page) => page.evaluate(() => window.citelineDemo.timeline.events.map((e) => ({ id: e.id, title: e.title, from: e.start.earliest, to: (e.end ?? e.start).latest })));

async function open(width: number, hash = "", options: { touch?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 800 }, hasTouch: options.touch ?? false });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/examples/seed-tehran-2008/${hash}`);
  await page.waitForSelector(".cl-item");
  return { page, errors };
}

const slideTitle = (page: Page) => page.locator(".cl-slide .cl-card-title, .cl-slide .cl-slide-heading").innerText();
const liveText = (page: Page) => page.locator(".cl-status").innerText();
const highlighted = (page: Page) => page.evaluate(() => [...document.querySelectorAll(".cl-item.cl-highlighted")].map((g) => g.getAttribute("data-id")));
// The window once the zoom has settled (the slide's zoom animates for 300 ms).
const settledDomain = async (page: Page) => {
  await page.waitForTimeout(450);
  return domainOf(page);
};

describe("story mode in Chromium", () => {
  it("keys, buttons and the chart: each slide zooms to its event and highlights it, says so, and goes in the address", async () => {
    const { page, errors } = await open(1280);
    const events = await eventsOf(page);
    const extent = await extentOf(page);
    await page.click(".cl-story-view");
    expect(await page.getAttribute(".cl-story-view", "aria-pressed")).toBe("true");
    expect(await slideTitle(page)).toBe(await titleOf(page));

    await page.focus(".cl-slide");
    for (const [i, event] of events.slice(0, 3).entries()) {
      await page.keyboard.press("ArrowRight");
      expect(await slideTitle(page)).toBe(event.title);
      const domain = await settledDomain(page);
      expect(domain[0]).toBeLessThanOrEqual(event.from);
      expect(domain[1]).toBeGreaterThanOrEqual(event.to);
      expect(domain[1] - domain[0]).toBeLessThan(extent[1] - extent[0]);
      expect(await highlighted(page)).toContain(event.id);
      expect(await liveText(page)).toBe(`Slide ${i + 1} of ${events.length}: ${event.title}`);
      expect(await page.evaluate(() => document.activeElement?.closest(".cl-slide") !== null)).toBe(true);
    }
    await page.waitForFunction((id) => location.hash.endsWith(`,${id},3`), events[2]!.id);
    await page.keyboard.press("ArrowLeft");
    expect(await slideTitle(page)).toBe(events[1]!.title);

    // The buttons: the focus stays on the one pressed.
    await page.click(".cl-slide-next");
    expect(await slideTitle(page)).toBe(events[2]!.title);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("cl-slide-next"))).toBe(true);
    await page.click(".cl-slide-prev");
    expect(await slideTitle(page)).toBe(events[1]!.title);
    await page.screenshot({ path: `${SHOTS}/story-1280.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws the highlight on whatever holds the slide's event, a cluster's pill too, as an outline (not by colour alone)", async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 800 }, reducedMotion: "reduce" });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/test/browser/on-demand.html`);
    // The seed told as a story; its third slide, the militia leader's detention, shares a cluster at 768 px.
    await page.evaluate(async (data) => {
      const C = (window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): { ready: Promise<void> } } }).Citeline;
      await C.createTimeline(document.getElementById("main")!, { data, view: "story" }).ready;
    }, SEED_CSV);
    await page.locator(".cl-slide-next").click();
    await page.locator(".cl-slide-next").click();
    await expect.poll(() => slideTitle(page)).toBe("US announces detention of a militia leader");
    await page.waitForTimeout(450);
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll(".cl-item")].map((g) => {
        const shape = g.querySelector(".cl-pill, .cl-box, .cl-mark")!;
        const style = getComputedStyle(shape);
        return { id: g.getAttribute("data-id"), shape: shape.getAttribute("class"), on: g.classList.contains("cl-highlighted"), outline: style.stroke !== "none" && parseFloat(style.strokeWidth) >= 2 };
      }),
    );
    expect(drawn.filter((d) => d.on).map((d) => d.id)).toEqual(["cluster:pact:militia-leader-detained"]);
    // The highlighted item is outlined; no bar or pill that is not is (a point's mark may be
    // outlined by its own doubt, dotted).
    for (const d of drawn) if (d.on || d.shape !== "cl-mark") expect(d.outline, JSON.stringify(d)).toBe(d.on);
    await page.screenshot({ path: `${SHOTS}/story-cluster-highlight.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("with time right to left on an English page, the buttons swap sides and \"2 of 7\" still reads in English order", async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 800 }, reducedMotion: "reduce" });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/test/browser/on-demand.html`);
    await page.evaluate(async (data) => {
      const C = (window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): { ready: Promise<void> } } }).Citeline;
      await C.createTimeline(document.getElementById("main")!, { data, view: "story", timeDirection: "rtl" }).ready;
    }, SEED_CSV);
    await page.locator(".cl-slide-next").click();
    const text = await page.locator(".cl-slide-position").innerText();
    expect(text).toMatch(/^\d+ of \d+$/);
    // Where each character is drawn, left to right: the words' order as the eye meets it.
    const seen = await page.evaluate(() => {
      const p = document.querySelector(".cl-slide-position")!;
      const node = p.firstChild!;
      const chars = [...node.textContent!].map((c, i) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return { c, x: range.getBoundingClientRect().left };
      });
      return chars.filter((ch) => ch.c.trim()).sort((a, b) => a.x - b.x).map((ch) => ch.c).join("");
    });
    expect(seen).toBe(text.replace(/\s/g, ""));
    // The buttons follow time: "next" (later) lies to the left.
    const prev = await page.locator(".cl-slide-prev").boundingBox();
    const next = await page.locator(".cl-slide-next").boundingBox();
    expect(next!.x).toBeLessThan(prev!.x);
    await page.screenshot({ path: `${SHOTS}/story-rtl-position.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a swipe across the slide by touch goes on (and back), a vertical one does not", async () => {
    const { page, errors } = await open(360, "", { touch: true });
    await page.click(".cl-story-view");
    // Story mode loads on demand (citeline-story.js): the slide is there once it has.
    await page.locator(".cl-slide").waitFor();
    await page.evaluate(() => document.querySelector(".cl-slide")!.scrollIntoView({ block: "center" }));
    const box = (await page.locator(".cl-slide").boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (dx: number, dy: number) => {
      const x = box.x + box.width / 2;
      const y = box.y + Math.min(box.height / 2, 120);
      await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
      for (let i = 1; i <= 6; i++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: x + (dx * i) / 6, y: y + (dy * i) / 6 }] });
      await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      await page.waitForTimeout(100);
    };
    const first = (await eventsOf(page))[0]!.title;
    const title = await titleOf(page);
    await swipe(-150, 10);
    expect(await slideTitle(page)).toBe(first);
    await swipe(150, -5);
    expect(await slideTitle(page)).toBe(title);
    // Mostly downward: the page's, not the story's.
    await swipe(-50, 120);
    expect(await slideTitle(page)).toBe(title);
    await page.screenshot({ path: `${SHOTS}/story-360.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("never takes the page's scroll: the arrow keys in the slide and the wheel over it", async () => {
    const { page, errors } = await open(1280);
    await page.click(".cl-story-view");
    // Story mode loads on demand (citeline-story.js): the slide is there once it has.
    await page.locator(".cl-slide").waitFor();
    await page.evaluate(() => document.querySelector(".cl-slide")!.scrollIntoView({ block: "center" }));
    await page.focus(".cl-slide");
    const before = await page.evaluate(() => window.scrollY);
    for (let i = 0; i < 9; i++) await page.keyboard.press("ArrowRight");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    const on = await slideTitle(page);
    // The wheel over the slide scrolls the page, and the story stays on its slide.
    const box = (await page.locator(".cl-slide").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.wheel(0, 200);
    await page.waitForFunction((y) => window.scrollY > y, before);
    await page.mouse.wheel(300, 0);
    await page.waitForTimeout(150);
    expect(await slideTitle(page)).toBe(on);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the story example: <cite-line view=\"story\"> tells the data's order, and dispatches citeline-slide", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/examples/story/`);
    await page.waitForSelector(".cl-slide");
    expect(await slideTitle(page)).toBe("Maliki in Tehran: the visit, and the war behind it");
    await page.click(".cl-slide-next");
    expect(await page.getAttribute(".cl-slide", "data-event")).toBe("visit");
    await page.click(".cl-slide-next");
    expect(await page.getAttribute(".cl-slide", "data-event")).toBe("meets-ahmadinejad");
    expect(await page.locator("#log").innerText()).toBe("citeline-slide: slide 2, event “meets-ahmadinejad”.");
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SHOTS}/example-story-1280.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("under prefers-reduced-motion the chart jumps to each slide's event, with no animation", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/examples/seed-tehran-2008/`);
    await page.waitForSelector(".cl-item");
    await page.click(".cl-story-view");
    await page.focus(".cl-slide");
    const war = (await eventsOf(page))[0]!;
    // Every frame from the key press on shows the event's window: nothing in between is drawn.
    const windows = await page.evaluate(async () => {
      const seen: [number, number][] = [];
      document.querySelector(".cl-slide")!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, cancelable: true }));
      for (let i = 0; i < 20; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        seen.push(window.citelineDemo.layout.domain);
      }
      return seen;
    });
    expect(new Set(windows.map((w) => w.join())).size).toBe(1);
    expect(windows[0]![0]).toBeLessThanOrEqual(war.from);
    expect(windows[0]![1]).toBeGreaterThanOrEqual(war.to);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a shared link opens the story at its slide, zoomed to its event", async () => {
    const { page, errors } = await open(800, `#cl=${Date.UTC(2008, 5, 4)},${Date.UTC(2008, 5, 12)},visit,5`);
    expect(await page.getAttribute(".cl-story-view", "aria-pressed")).toBe("true");
    const visit = (await eventsOf(page)).find((e) => e.id === "visit")!.title;
    expect(await slideTitle(page)).toBe(visit);
    expect(await page.locator(".cl-slide-position").innerText()).toMatch(/^5 of \d+$/);
    expect(await highlighted(page)).toEqual(["visit"]);
    // Opening took no focus from the page.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
