// @vitest-environment node
// Disputed accounts in the real (system) Chromium, on examples/disputed/: the event is reached with
// the keyboard (Tab into the chart, arrows), its marks are apart once zoomed, Enter opens a card
// listing the accounts side by side, the List view shows them too, and the sheet form (rows with
// one ID) draws the same event. Nothing is requested outside the page's own site.
// Needs `npm run build` first (the suite's pretest runs it).
import { describe, expect, it } from "vitest";
import { browser, server, SHOTS, useChromium, watchErrors } from "./harness.js";

useChromium();

const focusedId = (page: import("playwright-core").Page) => page.evaluate(() => document.activeElement?.closest(".cl-item")?.getAttribute("data-id") ?? null);

describe("a disputed event in Chromium", () => {
  for (const width of [375, 1280]) {
    it(`at ${width} px: keyboard to the event, its marks and card, the list`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: "reduce" });
      const errors = watchErrors(page);
      const outside: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith(server.url)) outside.push(r.url());
      });
      await page.goto(`${server.url}/examples/disputed/`);
      const chart = page.locator("#timeline");
      await chart.locator('g.cl-item[data-id="war-begins"]').waitFor();
      await page.evaluate(() => (document.getElementById("timeline") as unknown as { handle: { zoomTo(d: [number, number]): void } }).handle.zoomTo([Date.UTC(1980, 7, 25), Date.UTC(1980, 9, 10)]));

      // The one tab stop after the toolbar is an event; the arrows reach the disputed one.
      await chart.locator(".cl-view").focus();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Home");
      for (let i = 0; i < 5 && (await focusedId(page)) !== "war-begins"; i++) await page.keyboard.press("ArrowRight");
      expect(await focusedId(page)).toBe("war-begins");
      const item = chart.locator('g.cl-item[data-id="war-begins"]');
      expect(await item.getAttribute("aria-label")).toContain("disputed: 4 September 1980 (Government of Iraq, via Encyclopædia Britannica) or 22 September 1980");

      // Two marks, apart, each with its number; a visible focus ring around the whole event.
      const marks = await item.locator("rect.cl-account").evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect()).map((b) => [b.left, b.right]));
      expect(marks).toHaveLength(2);
      expect(marks[0]![1]!).toBeLessThan(marks[1]![0]!);
      expect(await item.locator("text.cl-account-cites").allTextContents()).toEqual(["1", "2"]);
      expect(await item.locator(".cl-focus-ring").evaluate((r) => getComputedStyle(r).stroke)).not.toBe("none");

      await page.keyboard.press("Enter");
      const card = chart.locator(".cl-card");
      await expect.poll(() => card.isVisible()).toBe(true);
      expect(await card.locator(".cl-account-entry").allTextContents()).toEqual([
        expect.stringContaining("Government of Iraq, via Encyclopædia Britannica: 4 September 1980"),
        expect.stringContaining("Encyclopædia Britannica: 22 September 1980"),
      ]);
      await page.screenshot({ path: `${SHOTS}/disputed-card-${width}.png` });
      await page.keyboard.press("Escape");
      expect(await focusedId(page)).toBe("war-begins");

      // The List view says the same.
      await chart.locator("button.cl-view").click();
      const entry = chart.locator('[id$="-entry-war-begins"]');
      await expect.poll(() => entry.isVisible()).toBe(true);
      expect(await entry.locator(".cl-account-entry").count()).toBe(2);

      // The spreadsheet form draws the same disputed event. It shows the whole war, where the two
      // dates are a few pixels apart: one mark with both numbers, and both accounts in its name.
      const sheet = page.locator("#from-sheet g.cl-item[data-id='war-begins']");
      await sheet.waitFor();
      expect(await sheet.locator("rect.cl-account").count()).toBe(1);
      expect(await sheet.locator("text.cl-account-cites").allTextContents()).toEqual(["1,2"]);
      expect(await sheet.getAttribute("aria-label")).toContain("disputed: 4 September 1980 (Government of Iraq) or 22 September 1980 (Encyclopædia Britannica)");

      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
