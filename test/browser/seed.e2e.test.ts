// @vitest-environment node
// The seed example in the real (system) Chromium, driven by playwright-core: what a reader does.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browser, server, SHOTS, useChromium, watchErrors } from "./harness.js";

useChromium();

interface Demo {
  layout: { domain: [number, number]; items: { id: string; kind: string; members?: string[] }[] };
  timeline: { events: { id: string }[] };
}

async function open(width: number, options: { reducedMotion?: boolean; height?: number } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: options.height ?? 900 }, reducedMotion: options.reducedMotion ? "reduce" : "no-preference" });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/examples/seed-tehran-2008/`);
  await page.waitForSelector(".cl-item");
  return { page, errors };
}

const domainOf = (page: Page) => page.evaluate(() => (window as unknown as { citelineDemo: Demo }).citelineDemo.layout.domain);
/** Press at (x, y), move by dx in `steps` and let go: a reader's drag. */
async function drag(page: Page, x: number, y: number, dx: number, steps: number): Promise<void> {
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y, { steps });
  await page.mouse.up();
}
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-id") ?? null);

describe("the seed example in Chromium", () => {
  it.each([320, 1280])("renders every event at %i px without errors, and is screenshotted", async (width) => {
    const { page, errors } = await open(width);
    const accounted = await page.evaluate(() => {
      const demo = (window as unknown as { citelineDemo: Demo }).citelineDemo;
      const shown = demo.layout.items.flatMap((i) => i.members ?? [i.id]);
      return demo.timeline.events.every((e) => shown.includes(e.id)) && shown.length === demo.timeline.events.length;
    });
    expect(accounted).toBe(true);
    // Labels never overflow the drawing, and no two visible labels overlap (real font metrics).
    const overlaps = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll<SVGTextElement>(".cl-item text.cl-title")].filter((t) => t.textContent).map((t) => t.getBoundingClientRect());
      const svg = document.querySelector(".cl-svg")!.getBoundingClientRect();
      let bad = 0;
      boxes.forEach((a, i) => {
        if (a.right > svg.right + 1 || a.left < svg.left - 1) bad++;
        boxes.slice(i + 1).forEach((b) => {
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) bad++;
        });
      });
      return bad;
    });
    expect(overlaps).toBe(0);
    await page.screenshot({ path: `${SHOTS}/seed-${width}.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("zooms with ctrl+wheel, leaves a plain wheel to the page, pans by dragging", async () => {
    const { page, errors } = await open(1280, { height: 500 });
    const svg = (await page.locator(".cl-svg").boundingBox())!;
    const before = await domainOf(page);
    await page.mouse.move(svg.x + svg.width * 0.9, svg.y + 120);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(150);
    expect(await domainOf(page)).toEqual(before);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    await page.evaluate(() => window.scrollTo(0, 0));
    const box = (await page.locator(".cl-svg").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.9, box.y + 120);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -400);
    await page.keyboard.up("Control");
    await page.waitForTimeout(300);
    const zoomed = await domainOf(page);
    expect(zoomed[1] - zoomed[0]).toBeLessThan((before[1] - before[0]) * 0.8);

    await drag(page, box.x + box.width * 0.5, box.y + 150, 200, 8);
    await page.waitForTimeout(100);
    const panned = await domainOf(page);
    expect(panned[0]).toBeLessThan(zoomed[0]);
    expect(panned[1] - panned[0]).toBeCloseTo(zoomed[1] - zoomed[0], -3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("animates the zoom buttons on the page's frames, with no d3-transition or d3-color in the bundle", async () => {
    const { page, errors } = await open(1280);
    // Inside the war's years, where no break of the axis is: a zoom there halves the time shown.
    await page.evaluate(() => (window as unknown as { citelineDemo: { zoomTo(domain: [number, number]): void } }).citelineDemo.zoomTo([Date.UTC(1982, 0, 1), Date.UTC(1986, 0, 1)]));
    await page.waitForTimeout(450);
    const before = await domainOf(page);
    const width = (d: [number, number]) => d[1] - d[0];
    // Read at every frame of the 300 ms: the window narrows step by step, as the glide eases
    // it, and lands at half as wide.
    const widths = await page.evaluate(async () => {
      const read = () => (window as unknown as { citelineDemo: Demo }).citelineDemo.layout.domain;
      const seen: number[] = [];
      document.querySelector<HTMLButtonElement>(".cl-zoom-in")!.click();
      const began = performance.now();
      while (performance.now() - began < 600) {
        await new Promise((r) => requestAnimationFrame(r));
        const [a, b] = read();
        seen.push(b - a);
      }
      return seen;
    });
    const between = widths.filter((w) => w < width(before) * 0.99 && w > width(before) * 0.51);
    expect(between.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThanOrEqual(widths[i - 1]! + 1);
    expect(widths.at(-1)! / width(before)).toBeCloseTo(0.5, 2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("zooms with a two-finger touch pinch", async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}/examples/seed-tehran-2008/`);
    await page.waitForSelector(".cl-item");
    const before = await domainOf(page);
    const box = (await page.locator(".cl-svg").boundingBox())!;
    const y = box.y + 150;
    const mid = box.x + box.width * 0.6;
    // Two fingers moving apart over the chart, as a phone sends them.
    const cdp = await context.newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", spread: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x: mid - spread, y, id: 1 }, { x: mid + spread, y, id: 2 }],
      });
    await touch("touchStart", 20);
    for (let spread = 30; spread <= 140; spread += 10) await touch("touchMove", spread);
    await touch("touchEnd", 140);
    await expect.poll(async () => {
      const d = await domainOf(page);
      return (d[1] - d[0]) / (before[1] - before[0]);
    }).toBeLessThan(0.5);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("walks every event with the keyboard, opens a card and follows its citation link", async () => {
    const { page, errors } = await open(1280, { reducedMotion: true });
    const all = await page.evaluate(() => (window as unknown as { citelineDemo: Demo }).citelineDemo.timeline.events.map((e) => e.id));
    // One tab stop: tabbing from the last toolbar button lands on the timeline's focused event.
    await page.locator(".cl-view").focus();
    await page.keyboard.press("Tab");
    expect(await focusedId(page)).not.toBeNull();
    await page.keyboard.press("Home");
    const seen = new Set<string>();
    for (let step = 0; step < 30 && seen.size < all.length; step++) {
      const id = await focusedId(page);
      if (id?.startsWith("cluster:")) {
        await page.keyboard.press("Enter");
        await page.waitForTimeout(50);
        continue;
      }
      if (id) seen.add(id);
      await page.keyboard.press("ArrowRight");
    }
    expect([...seen].sort()).toEqual([...all].sort());
    // The focused event is visibly ringed.
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector(".cl-focus-ring")!).stroke);
    expect(ring).not.toBe("none");

    await page.locator('.cl-item[data-id="iran-iraq-war"]').focus();
    await page.keyboard.press("Enter");
    const card = page.locator(".cl-card");
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain("Encyclopædia Britannica");
    // The war lies in the bottom lane: its card opens upward, over the lanes, not over the axis
    // and the lists below the chart, and stays inside the chart.
    const [cardBox, itemBox, chartBox] = await Promise.all([card.boundingBox(), page.locator('.cl-item[data-id="iran-iraq-war"]').boundingBox(), page.locator("svg.cl-svg").boundingBox()]);
    expect(cardBox!.y + cardBox!.height).toBeLessThanOrEqual(itemBox!.y);
    expect(cardBox!.y).toBeGreaterThanOrEqual(chartBox!.y);
    await page.screenshot({ path: `${SHOTS}/seed-card-1280.png` });
    await page.context().route("https://www.britannica.com/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>cited</title>" }));
    const [popup] = await Promise.all([page.waitForEvent("popup"), card.locator("a.cl-cite-link").click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe("https://www.britannica.com/event/Iran-Iraq-War");
    expect(await card.locator("a.cl-cite-link").getAttribute("rel")).toBe("noopener noreferrer");
    await popup.close();

    await card.focus();
    await page.keyboard.press("Escape");
    expect(await card.isVisible()).toBe(false);
    expect(await focusedId(page)).toBe("iran-iraq-war");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the focus on a drawn item when keys are pressed while a zoom glides", async () => {
    // With motion: + and − glide for 300 ms, and keys pressed meanwhile are read against layouts
    // the glide is still replacing, frame by frame.
    const { page, errors } = await open(1280);
    await page.locator('.cl-item[data-id="visit"]').focus();
    // Mid-glide too, after every key, the focus is on an item (never dropped to the page).
    const held: string[] = [];
    for (const key of ["+", "ArrowRight", "ArrowRight", "+", "ArrowLeft", "-", "ArrowDown", "ArrowRight", "-", "Home", "+", "End"]) {
      await page.keyboard.press(key);
      await page.waitForTimeout(40);
      held.push(await page.evaluate(() => (document.activeElement?.classList.contains("cl-item") ? "item" : (document.activeElement?.tagName ?? "none"))));
    }
    expect(held.filter((h) => h !== "item")).toEqual([]);
    await page.waitForTimeout(500);
    const state = await page.evaluate(() => {
      const demo = (window as unknown as { citelineDemo: Demo }).citelineDemo;
      const active = document.activeElement;
      return {
        id: active?.getAttribute("data-id") ?? null,
        isItem: active?.classList.contains("cl-item") ?? false,
        tabIndex: active?.getAttribute("tabindex") ?? null,
        stops: document.querySelectorAll('.cl-item[tabindex="0"]').length,
        drawn: demo.layout.items.map((i) => i.id),
      };
    });
    expect(state.isItem).toBe(true);
    expect(state.tabIndex).toBe("0");
    expect(state.stops).toBe(1);
    expect(state.drawn).toContain(state.id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows the element's width, and switches to the dark theme", async () => {
    const { page, errors } = await open(1280, { reducedMotion: true });
    const width = () => page.evaluate(() => (window as unknown as { citelineDemo: { layout: { width: number } } }).citelineDemo.layout.width);
    const before = await width();
    await page.setViewportSize({ width: 400, height: 900 });
    await expect.poll(width).toBeLessThan(before / 2);
    const bg = () => page.evaluate(() => getComputedStyle(document.querySelector(".citeline")!).backgroundColor);
    expect(await bg()).toBe("rgb(255, 255, 255)");
    await page.evaluate(() => (window as unknown as { citelineDemo: { update(o: object): void } }).citelineDemo.update({ theme: "dark" }));
    await expect.poll(bg).toBe("rgb(22, 24, 28)");
    await page.screenshot({ path: `${SHOTS}/seed-dark-400.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("exports a self-contained SVG and a PNG", async () => {
    const { page, errors } = await open(1280, { reducedMotion: true });
    const out = await page.evaluate(async () => {
      const demo = (window as unknown as { citelineDemo: { toSVG(): string; toPNG(o?: object): Promise<Blob> } }).citelineDemo;
      const svg = demo.toSVG();
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const png = await demo.toPNG({ scale: 1 });
      const head = [...new Uint8Array(await png.slice(0, 8).arrayBuffer())];
      const image = await createImageBitmap(png);
      return {
        parsed: doc.querySelector("parsererror") === null,
        titles: [...doc.querySelectorAll(".cl-title")].map((t) => t.textContent),
        filled: doc.querySelector(".cl-box")?.getAttribute("fill"),
        font: doc.querySelector(".cl-title")?.getAttribute("font-family"),
        tabindex: doc.querySelectorAll("[tabindex]").length,
        stylesheets: svg.includes("<link") || svg.includes("@import"),
        head,
        size: [image.width, image.height],
      };
    });
    expect(out.parsed).toBe(true);
    expect(out.titles.some((t) => t?.startsWith("Iran–Iraq War"))).toBe(true);
    expect(out.filled).toMatch(/^rgb/);
    expect(out.font).toContain("Liberation Sans");
    expect(out.tabindex).toBe(0);
    expect(out.stylesheets).toBe(false);
    expect(out.head).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(out.size[0]).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the view in the address, and a shared link opens on it", async () => {
    const { page, errors } = await open(1280, { reducedMotion: true });
    await page.click("text=The visit");
    await page.locator('.cl-item[data-id="meets-ahmadinejad"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#cl=\d+,\d+,meets-ahmadinejad$/);
    const link = page.url();
    const shared = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await shared.goto(link);
    await shared.waitForSelector(".cl-card:not([hidden])");
    expect(await shared.locator(".cl-card-title").textContent()).toBe("Maliki meets President Ahmadinejad");
    const [a, b] = await domainOf(shared);
    expect(b - a).toBeLessThan(8 * 86_400_000);
    expect(errors).toEqual([]);
    await shared.close();
    await page.close();
  });

  it("the brush follows the window, so a drag on the window the reader sees, right after a zoom, moves it", async () => {
    const { page, errors } = await open(1280, { reducedMotion: true });
    // Where the brush's own (invisible) selection is, and the window the scene draws on the strip.
    const boxes = () =>
      page.evaluate(() => {
        const x = (selector: string) => {
          const r = document.querySelector(selector)!.getBoundingClientRect();
          return [Math.round(r.left), Math.round(r.right)];
        };
        return { brush: x(".cl-brush .selection"), window: x(".cl-overview-window") };
      });
    // A window wide enough on the strip to be dragged by its middle: the war's years.
    await page.evaluate(() => (window as unknown as { citelineDemo: Demo & { zoomTo(domain: [number, number]): void } }).citelineDemo.zoomTo([Date.UTC(1979, 0, 1), Date.UTC(1996, 0, 1)]));
    await page.waitForTimeout(300);
    const box = (await page.locator(".cl-svg").boundingBox())!;
    const zoomIn = async () => {
      await page.mouse.move(box.x + box.width * 0.5, box.y + 120);
      await page.keyboard.down("Control");
      await page.mouse.wheel(0, -60);
      await page.keyboard.up("Control");
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    };
    await zoomIn();
    await page.waitForTimeout(300);
    const rested = await boxes();
    expect(Math.abs(rested.brush[0]! - rested.window[0]!)).toBeLessThanOrEqual(1);
    expect(Math.abs(rested.brush[1]! - rested.window[1]!)).toBeLessThanOrEqual(1);

    // Right after another zoom, a drag from the middle of the window the reader sees moves it (the
    // brush's own selection, which draws nothing, must already be there).
    await zoomIn();
    const strip = (await page.locator(".cl-overview-window").boundingBox())!;
    const again = await boxes();
    expect(Math.abs(again.brush[0]! - again.window[0]!)).toBeLessThanOrEqual(1);
    const before = await domainOf(page);
    expect(strip.width).toBeGreaterThan(20);
    await drag(page, strip.x + strip.width / 2, strip.y + strip.height / 2, -200, 6);
    await page.waitForTimeout(50);
    const after = await domainOf(page);
    // Moved earlier, and kept its length: a drag of the window, not a new window brushed.
    expect(after[0]).toBeLessThan(before[0]);
    expect(after[1] - after[0]).toBeCloseTo(before[1] - before[0], -6);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the overview brush's handles resize the window, a drag beside it brushes a new one, a click there centres it", async () => {
    const { page, errors } = await open(1280, { reducedMotion: true });
    await page.evaluate(() => (window as unknown as { citelineDemo: Demo & { zoomTo(domain: [number, number]): void } }).citelineDemo.zoomTo([Date.UTC(1982, 0, 1), Date.UTC(1990, 0, 1)]));
    await page.waitForTimeout(100);
    const strip = (await page.locator(".cl-brush .overlay").boundingBox())!;
    const y = strip.y + strip.height / 2;
    const width = (d: [number, number]) => d[1] - d[0];
    const at = async () => ({ domain: await domainOf(page), handle: (await page.locator(".cl-brush .handle--e").boundingBox())!, selection: (await page.locator(".cl-brush .selection").boundingBox())! });

    // The right-hand handle, dragged right: the window's start stays, its end moves later.
    const before = await at();
    await drag(page, before.handle.x + before.handle.width / 2, y, 60, 5);
    await page.waitForTimeout(50);
    const wider = await at();
    expect(wider.domain[0]).toBeCloseTo(before.domain[0], -6);
    expect(wider.domain[1]).toBeGreaterThan(before.domain[1] + 365 * 86_400_000);
    // The brush followed the window the layout drew.
    expect(Math.abs(wider.selection.x + wider.selection.width - (wider.handle.x + wider.handle.width / 2))).toBeLessThanOrEqual(1);

    // A drag on the strip left of the window brushes a new window from where it began.
    const from = strip.x + 20;
    await drag(page, from, y, 40, 5);
    await page.waitForTimeout(50);
    const brushed = await at();
    expect(Math.abs(brushed.selection.x - from)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(brushed.selection.width - 40)).toBeLessThanOrEqual(2);
    expect(brushed.domain[1]).toBeLessThan(before.domain[0]);

    // A click on the strip right of it centres the window there, as long as it was.
    const x = strip.x + strip.width * 0.7;
    await page.mouse.click(x, y);
    await page.waitForTimeout(50);
    const centred = await at();
    expect(width(centred.domain)).toBeCloseTo(width(brushed.domain), -6);
    expect(Math.abs(centred.selection.x + centred.selection.width / 2 - x)).toBeLessThanOrEqual(1.5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the overview brush moves the window", async () => {
    const { page, errors } = await open(1280, { reducedMotion: true });
    await page.click("text=Summer 2008");
    await page.waitForTimeout(50);
    const before = await domainOf(page);
    const selection = (await page.locator(".cl-brush .selection").boundingBox())!;
    await drag(page, selection.x + selection.width / 2, selection.y + selection.height / 2, -300, 6);
    await page.waitForTimeout(50);
    const after = await domainOf(page);
    expect(after[0]).toBeLessThan(before[0] - 365 * 86_400_000);
    expect(errors).toEqual([]);
    await page.close();
  });
});
