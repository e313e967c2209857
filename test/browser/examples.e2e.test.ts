// @vitest-environment node
// Every example page in the real (system) Chromium: it draws a timeline, under its strict CSP,
// with no uncaught error and nothing on the console at error level. The two bundler examples
// (Vite, and React through Vite) are built first with Vite's JS API, with their own configs.
// Needs `npm run build` first (the pages load dist/citeline.umd.min.js).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { build } from "vite";
import { browser, server, SHOTS, useChromium, watchErrors } from "./harness.js";

const VITE_APPS = ["esm-bundler", "react"];
beforeAll(async () => {
  const configs = VITE_APPS.map((app) => fileURLToPath(new URL(`../../examples/${app}/vite.config.ts`, import.meta.url)));
  for (const configFile of configs) await build({ configFile, logLevel: "silent" });
}, 60_000);
useChromium();

async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: "reduce" });
  const errors = watchErrors(page);
  await page.goto(`${server.url}${path}`);
  return { page, errors };
}

/** The data-ids of the drawn items (events and clusters), sorted. */
const drawnIds = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll(".citeline g.cl-item")].map((g) => g.getAttribute("data-id") ?? "").sort());

const PAGES = [
  "/examples/seed-tehran-2008/",
  "/examples/article/",
  "/examples/embed/?src=../seed-tehran-2008/events.csv",
  "/examples/embed-snippet/",
  "/examples/web-component/",
  "/examples/csv-spreadsheet/",
  "/examples/deep-time/",
  "/examples/persian/",
  "/examples/story/",
  "/examples/disputed/",
  "/examples/esm-bundler/dist/",
  "/examples/react/dist/",
];

describe("every example page", () => {
  it.each(PAGES)("%s draws a timeline with no errors", async (path) => {
    const { page, errors } = await open(path);
    await page.waitForSelector(".citeline g.cl-item");
    expect(await page.locator(".citeline").count()).toBeGreaterThan(0);
    expect(await page.locator(".citeline g.cl-item").count()).toBeGreaterThan(0);
    // Let late work (resize relayouts, further fetches) finish before counting errors.
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `${SHOTS}/example-${path.replace(/\W+/g, "-").replace(/^-|-$/g, "")}-1280.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the bundler examples", () => {
  it("esm-bundler: the bundled CSV draws all 7 events; a click names the event", async () => {
    const { page, errors } = await open("/examples/esm-bundler/dist/");
    await page.waitForSelector(".citeline g.cl-item");
    expect(await page.evaluate(() => (window as unknown as { citeline: { timeline: { events: unknown[] } } }).citeline.timeline.events.length)).toBe(7);
    await page.locator('g.cl-item[data-id="iran-iraq-war"]').click();
    await expect.poll(() => page.locator("#log").textContent()).toContain("Iran–Iraq War");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("esm-bundler: Vite splits off each part citeline loads on demand; the page loads none until a reader asks for German", async () => {
    const assets = new URL("../../examples/esm-bundler/dist/assets/", import.meta.url);
    const scripts = readdirSync(assets).filter((f) => f.endsWith(".js"));
    const text = (f: string) => readFileSync(new URL(f, assets), "utf8");
    // The app's own chunk, and one each for the TimelineJS reader, the EDTF reader, the reader of
    // dates in words, the HTML reader, the page writer, story mode and the eleven locales other
    // than English, and one of date-fns that the reader of dates in words and the Italian locale share.
    expect(scripts).toHaveLength(19);
    const entry = scripts.filter((f) => /^index-/.test(f));
    expect(entry).toHaveLength(1);
    expect(text(entry[0]!)).not.toContain("Schließen");
    expect(scripts.filter((f) => text(f).includes("Schließen"))).toEqual([expect.stringMatching(/^de-/)]);
    // In the browser: the page, in English with a CSV, fetches its own chunk only.
    const { page, errors } = await open("/examples/esm-bundler/dist/");
    const fetched: string[] = [];
    page.on("request", (r) => void (r.resourceType() === "script" && fetched.push(r.url())));
    await page.reload();
    await page.waitForSelector(".citeline g.cl-item");
    await page.waitForLoadState("networkidle");
    expect(fetched.map((u) => u.split("/").pop())).toEqual(entry);
    // German, asked for: its chunk alone is fetched, and the timeline speaks German.
    await page.getByRole("button", { name: "Deutsch" }).click();
    await expect.poll(() => page.locator(".citeline button", { hasText: "Alles zeigen" }).count()).toBe(1);
    expect(fetched.slice(1).map((u) => u.split("/").pop())).toEqual([expect.stringMatching(/^de-[\w-]+\.js$/)]);
    await expect.poll(() => page.locator("#lang-de").getAttribute("aria-pressed")).toBe("true");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("react: switching the story redraws other events in place; unmounting leaves no timeline", async () => {
    const { page, errors } = await open("/examples/react/dist/");
    await page.waitForSelector(".citeline g.cl-item");
    expect(await page.locator(".citeline").count()).toBe(1);
    const tehran = await drawnIds(page);
    expect(tehran).toContain("iran-iraq-war");

    await page.selectOption("#story", "rome");
    // The old items leave and the new ones are drawn on the next frame: wait for the new ones.
    const other = async () => {
      const ids = await drawnIds(page);
      return ids.length > 0 && ids.every((id) => !tehran.includes(id));
    };
    await expect.poll(other).toBe(true);
    // Updated in place: still one timeline, and the axis speaks BCE.
    expect(await page.locator(".citeline").count()).toBe(1);
    expect(await page.locator(".citeline").textContent()).toContain("BCE");
    await page.screenshot({ path: `${SHOTS}/example-react-rome-1280.png`, fullPage: true });

    await page.selectOption("#story", "tehran");
    await expect.poll(() => drawnIds(page)).toEqual(tehran);

    await page.click("#toggle");
    await expect.poll(() => page.locator(".citeline").count()).toBe(0);
    expect(await page.locator("#app svg").count()).toBe(0);
    // And mounted again, it draws again.
    await page.click("#toggle");
    await page.waitForSelector(".citeline g.cl-item");
    expect(await page.locator(".citeline").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
