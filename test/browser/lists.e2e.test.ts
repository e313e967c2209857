// @vitest-environment node
// The event list in the real (system) Chromium, on a wide page: each entry's date in a column of
// its own, left of its title, whatever element holds it (a <time> for a day, a <span> for a span
// of days, a season or a set, which HTML's datetime cannot say). Needs `npm run build` first.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { browser, server, SHOTS, useChromium, watchErrors } from "./harness.js";

const ROOT = resolve(import.meta.dirname, "../..");

useChromium();

describe("the event list at 1280 px", () => {
  it.each(["examples/seed-tehran-2008/events.csv", "test/fixtures/dates/archive.json"])("%s: every entry's date stands left of its title, at its top", async (path) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/test/browser/on-demand.html`);
    await page.evaluate(async (d) => {
      const C = (window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): { ready: Promise<void> } } }).Citeline;
      await C.createTimeline(document.getElementById("main")!, { data: d, view: "list" }).ready;
    }, readFileSync(resolve(ROOT, path), "utf8"));
    await page.locator(".cl-entry").first().waitFor();
    const entries = await page.evaluate(() =>
      [...document.querySelectorAll(".cl-entry")].map((li) => {
        const when = li.querySelector(".cl-entry-when")!;
        const title = li.querySelector(".cl-entry-title")!.getBoundingClientRect();
        const box = when.getBoundingClientRect();
        return { tag: when.localName, text: when.textContent, left: box.right <= title.left + 0.5, top: Math.abs(box.top - title.top) < 4 };
      }),
    );
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) expect([e.tag, e.text, e.left, e.top]).toEqual([e.tag, e.text, true, true]);
    // Both kinds of element are there to be placed: the seed has days and spans, the archive sets and unknown digits.
    expect(entries.some((e) => e.tag === "span")).toBe(true);
    await page.screenshot({ path: `${SHOTS}/list-dates-${path.split("/").at(-1)}.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
