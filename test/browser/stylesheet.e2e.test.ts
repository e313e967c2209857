// @vitest-environment node
// The shipped stylesheet (dist/style.css, minified by the build) against its sources
// (src/write/theme.css and src/embed/embed.css, as written): the seed page drawn once, in each
// state a reader can put it in, styled by one and then the other, and every element's computed
// style compared, pseudo-elements included. Minifying may rewrite how a rule is written, never
// what it does. Needs `npm run build` first.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browser, server, useChromium, watchErrors } from "./harness.js";

useChromium();

type Styles = Record<string, string>;

// Every element's computed style under the timeline, with its ::before and ::after where they
// draw, keyed by its place in the tree. Custom properties are left out: a minifier may write
// their text another way ("a, b" as "a,b"), and what they set is compared where they are used.
function computed(page: Page): Promise<Styles> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    const root = document.querySelector(".citeline")!;
    const all = [root, ...root.querySelectorAll("*")];
    all.forEach((el, i) => {
      for (const pseudo of [null, "::before", "::after"]) {
        const style = getComputedStyle(el, pseudo);
        if (pseudo && (style.content === "none" || style.content === "normal")) continue;
        const values: string[] = [];
        for (let k = 0; k < style.length; k++) {
          const name = style.item(k);
          if (!name.startsWith("--")) values.push(`${name}:${style.getPropertyValue(name)}`);
        }
        out[`${i} ${el.tagName}.${el.getAttribute("class") ?? ""}${pseudo ?? ""}`] = values.join(";");
      }
    });
    return out;
  });
}

// Swap the page's stylesheet for the sources, or back, and wait until the new sheets have loaded.
async function useSheets(page: Page, hrefs: string[]): Promise<void> {
  await page.evaluate(async (next) => {
    document.querySelectorAll("link[data-citeline-sheet]").forEach((l) => l.remove());
    const shipped = document.querySelector<HTMLLinkElement>('link[href$="dist/style.css"]');
    if (shipped) shipped.setAttribute("data-citeline-sheet", "");
    const first = document.querySelector('link[rel="stylesheet"]')!;
    const loads = next.map((href) => {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      link.setAttribute("data-citeline-sheet", "");
      first.before(link);
      return new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = reject;
      });
    });
    shipped?.remove();
    await Promise.all(loads);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, hrefs);
}

const SHIPPED = ["/dist/style.css"];
const SOURCES = ["/src/write/theme.css", "/src/embed/embed.css"];

async function compare(page: Page, label: string): Promise<void> {
  await useSheets(page, SHIPPED);
  const shipped = await computed(page);
  await useSheets(page, SOURCES);
  const sources = await computed(page);
  await useSheets(page, SHIPPED);
  const differ = Object.keys(sources).filter((k) => shipped[k] !== sources[k]);
  expect(Object.keys(shipped).length, label).toBeGreaterThan(100);
  expect(Object.keys(shipped), label).toEqual(Object.keys(sources));
  expect(differ, label).toEqual([]);
}

describe("the shipped stylesheet", () => {
  it("styles every element of the seed page as its sources do, in each state a reader puts it in", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: "no-preference" });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/examples/seed-tehran-2008/`);
    await page.waitForSelector(".cl-item");
    await compare(page, "at rest");
    // An event chosen: its card open, its item and its list entry marked, the focus ring drawn.
    await page.locator(".cl-item").first().focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector(".cl-card");
    await compare(page, "a card open");
    await page.keyboard.press("Escape");
    await page.click(".cl-story-view");
    await page.waitForSelector(".cl-slide");
    await compare(page, "story");
    await page.click(".cl-story-view");
    await page.click(".cl-view");
    await compare(page, "list");
    await page.click(".cl-view");
    await page.evaluate(() => document.querySelector(".citeline")!.setAttribute("data-theme", "dark"));
    await compare(page, "dark");
    await page.emulateMedia({ reducedMotion: "reduce" });
    await compare(page, "reduced motion");
    await page.emulateMedia({ media: "print" });
    await compare(page, "print");
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 320, height: 900 });
    await page.waitForTimeout(200);
    await compare(page, "320 px");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
