// The Chromium every test, story check and bench launches (scripts/screenshot.mjs's CHROMIUM):
// Playwright's own features still off, and no browser UI of its own beside the page measured.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { browser, useChromium } from "./harness.js";
import { CHROMIUM } from "../../scripts/screenshot.mjs";

useChromium();

// The names in playwright-core's `disabledFeatures` list, read from its bundle.
function playwrightFeatures(): string[] {
  const main = createRequire(import.meta.url).resolve("playwright-core");
  const bundle = readFileSync(join(dirname(main), "lib", "coreBundle.js"), "utf8");
  const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(bundle)?.[1] ?? "";
  return [...list.replace(/\/\/.*$/gm, "").matchAll(/"([A-Za-z]+)"/g)].map((m) => m[1]!);
}

describe("the tests' Chromium", () => {
  it("turns off every feature Playwright turns off, since Chromium reads only the last --disable-features", () => {
    const ours = CHROMIUM.args.filter((a) => a.startsWith("--disable-features="));
    expect(ours).toHaveLength(1);
    const names = ours[0]!.slice("--disable-features=".length).split(",");
    const theirs = playwrightFeatures();
    expect(theirs.length).toBeGreaterThan(5);
    expect(theirs.filter((f) => !names.includes(f))).toEqual([]);
    // And the features that build the address bar's popup beside each window, by their names in Chromium 156.
    expect(names).toEqual(expect.arrayContaining(["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup", "PreloadTopChromeWebUI"]));
    expect(new Set(names).size).toBe(names.length);
  });

  it("builds no omnibox popup beside a new page", async () => {
    const cdp = await browser.newBrowserCDPSession();
    const page = await browser.newPage();
    try {
      await page.goto("about:blank");
      const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{}] });
      expect(targetInfos.map((t) => t.url).filter((url) => url.startsWith("chrome://"))).toEqual([]);
      expect(targetInfos.some((t) => t.type === "page")).toBe(true);
    } finally {
      await page.close();
      await cdp.detach();
    }
  });
});
