// @vitest-environment node
// The seed's broken axis in the real Chromium: what a reader sees at 1280 and 320 px (the war and
// the three-day visit both readable, one break between), and what zooming, panning, the keys and
// "Show all" do across segments.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browser, server, SHOTS, useChromium, watchErrors } from "./harness.js";

useChromium();

interface Demo {
  layout: { domain: [number, number]; extent: [number, number]; segments?: { start: number; end: number; label: string }[]; breaks?: { label: string }[] };
  zoomTo(window: [number, number]): void;
}

async function open(width: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: "reduce" });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/examples/seed-tehran-2008/`);
  await page.waitForSelector(".cl-item");
  return { page, errors };
}

const layoutOf = (page: Page) => page.evaluate(() => (window as unknown as { citelineDemo: Demo }).citelineDemo.layout);
const barWidth = (page: Page, id: string) => page.evaluate((id) => document.querySelector(`.cl-item[data-id="${id}"] .cl-box`)?.getBoundingClientRect().width ?? 0, id);

describe("the seed's broken axis in Chromium", () => {
  it.each([1280, 320])("at %i px shows the war and the visit each at its own scale, with one labelled break", async (width) => {
    const { page, errors } = await open(width);
    const found = await page.evaluate(() => ({
      breaks: [...document.querySelectorAll(".cl-break")].map((b) => [b.getAttribute("role"), b.getAttribute("aria-label")]),
      pills: [...document.querySelectorAll(".cl-axis .cl-break-tag")].map((t) => t.textContent),
      // What a reader sees at the middle and both ends of the pill, and at the middle of each
      // lane's name: the pill over the axis line and ticks, the names over gridlines and breaks.
      onTop: [...document.querySelectorAll(".cl-break-pill, .cl-lane-label")].flatMap((el) => {
        const r = el.getBoundingClientRect();
        const at = (x: number) => document.elementFromPoint(x, r.top + r.height / 2)?.closest(".cl-break-tag, .cl-lane-label")?.getAttribute("class") ?? document.elementFromPoint(x, r.top + r.height / 2)?.getAttribute("class");
        return el.classList.contains("cl-break-pill") ? [at(r.left + 3), at(r.left + r.width / 2), at(r.right - 3)] : [at(r.left + r.width / 2)];
      }),
      captions: [...document.querySelectorAll(".cl-segment-caption")].map((c) => c.textContent),
      // The war's label may cross the break: its letters are haloed in the page's colour.
      halo: getComputedStyle(document.querySelector('.cl-item[data-id="iran-iraq-war"] .cl-title')!).stroke,
      page: getComputedStyle(document.querySelector(".citeline")!).backgroundColor,
      crossing: [...document.querySelectorAll(".cl-label-crosses")].map((item) => item.getAttribute("data-id")),
      description: document.querySelector(".cl-svg desc")?.textContent ?? "",
      marks: document.querySelectorAll(".cl-overview-segment").length,
    }));
    expect(found.breaks).toEqual([["img", "20 years without events, left out of the axis"]]);
    expect(found.pills).toEqual(["20 years"]);
    // Only the label that crosses the break is haloed (at 1280 px the war's is inside its bar).
    expect(found.crossing).toEqual(width === 320 ? ["iran-iraq-war"] : []);
    if (width === 320) expect(found.halo).toBe(found.page);
    expect(found.onTop).toEqual(["cl-lane-label", "cl-lane-label", "cl-lane-label", "cl-break-tag", "cl-break-tag", "cl-break-tag"]);
    expect(found.captions).toContain("June 2008 – August 2008");
    expect(found.description).toContain("The axis is in 2 parts, each at its own scale: 1980 – 1988; June 2008 – August 2008.");
    expect(found.marks).toBe(2);
    // Three days, visibly a span; the war wide enough for its name.
    expect(await barWidth(page, "visit")).toBeGreaterThanOrEqual(width === 1280 ? 25 : 5);
    expect(await barWidth(page, "iran-iraq-war")).toBeGreaterThanOrEqual(width === 1280 ? 200 : 45);
    await page.locator(".cl-stage").screenshot({ path: `${SHOTS}/breaks-seed-${width}.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("zooming into a segment gives it the width; panning crosses the break; Show all returns to the segments", async () => {
    const { page, errors } = await open(1280);
    const start = await layoutOf(page);
    const visit = start.segments![1]!;
    await page.evaluate(([a, b]) => (window as unknown as { citelineDemo: Demo }).citelineDemo.zoomTo([a, b]), [visit.start, visit.end] as const);
    await page.waitForFunction(() => document.querySelectorAll(".cl-break").length === 0);
    // No break, no halo: the labels are drawn plain.
    expect(await page.locator(".cl-label-crosses").count()).toBe(0);
    const zoomed = await layoutOf(page);
    expect(zoomed.domain[0]).toBeCloseTo(visit.start, -3);
    expect(await barWidth(page, "visit")).toBeGreaterThan(30);
    // Drag right: earlier time comes into view, through the break and into the war's segment.
    const svg = (await page.locator(".cl-svg").boundingBox())!;
    for (let i = 0; i < 3; i++) {
      await page.mouse.move(svg.x + 100, svg.y + 60);
      await page.mouse.down();
      await page.mouse.move(svg.x + 1100, svg.y + 60, { steps: 8 });
      await page.mouse.up();
    }
    await page.waitForFunction(() => document.querySelectorAll(".cl-break").length === 1);
    const panned = await layoutOf(page);
    expect(panned.domain[0]).toBeLessThan(visit.start);
    expect(panned.domain[1] - panned.domain[0]).toBeGreaterThan(zoomed.domain[1] - zoomed.domain[0]);
    // Show all: scale 1, the segmented view.
    await page.getByRole("button", { name: "Show all" }).click();
    await page.waitForFunction((extent) => {
      const d = (window as unknown as { citelineDemo: Demo }).citelineDemo.layout.domain;
      return Math.abs(d[0] - extent[0]) < 1000 && Math.abs(d[1] - extent[1]) < 1000;
    }, start.extent);
    expect(await page.locator(".cl-break").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the arrow keys walk from the war across the break to the visit", async () => {
    const { page, errors } = await open(1280);
    await page.locator('.cl-item[data-id="iran-iraq-war"]').focus();
    await page.keyboard.press("ArrowRight");
    const next = await page.evaluate(() => document.activeElement?.getAttribute("data-id"));
    expect(next).not.toBe("iran-iraq-war");
    expect(next).toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });
});
