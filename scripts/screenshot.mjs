// Screenshots of an example page in the system Chromium, for looking at what we build:
// `node scripts/screenshot.mjs [page] [out-dir]` writes one PNG per width (320 and 1280 px).
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

/**
 * What Chromium 156 builds for each new window beside the page and that no page needs: the
 * omnibox's popup, a WebUI page (chrome://omnibox-popup.top-chrome) preloaded in a renderer of its
 * own. Playwright opens every page of a new context in a new window, so each page the tests and
 * the bench open shared its first second with that renderer: about 1.2 s of CPU (read from /proc),
 * one of this 2-core machine's two cores. A reader's browser builds it once per window, not once
 * per article. Unknown names are ignored, so a Chromium without these features runs as before.
 */
export const BROWSER_UI_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup", "PreloadTopChromeWebUI"];

/**
 * The features Playwright (playwright-core 1.65) turns off. Chromium reads only the last
 * --disable-features it is given, and Playwright puts its own first, so ours repeats them
 * (test/browser/chromium.e2e.test.ts holds this list to playwright-core's).
 */
export const PLAYWRIGHT_FEATURES = ["AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "HttpsUpgrades", "HttpsFirstBalancedModeAutoEnable", "LensOverlay", "MediaRouter", "PaintHolding", "ThirdPartyStoragePartitioning", "AvoidCorsURLLoaderRestartOnRedirect", "TcpPortRandomizationWin", "OptimizationHints", "NetworkTimeServiceQuerying", "AimEnabled", "PreconnectToSearch", "msForceBrowserSignIn", "msEdgeUpdateLaunchServicesPreferredVersion"];

export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", `--disable-features=${[...PLAYWRIGHT_FEATURES, ...BROWSER_UI_FEATURES].join(",")}`],
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const page = process.argv[2] ?? "examples/seed-tehran-2008/";
  const out = process.argv[3] ?? "test-results/screenshots";
  await mkdir(out, { recursive: true });
  const server = await serve(0);
  const browser = await chromium.launch(CHROMIUM);
  try {
    for (const width of [320, 1280]) {
      const tab = await browser.newPage({ viewport: { width, height: 900 } });
      const errors = [];
      tab.on("pageerror", (e) => errors.push(e.message));
      tab.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await tab.goto(`${server.url}/${page}`);
      await tab.waitForSelector(".cl-item");
      const file = `${out}/${page.replace(/\W+/g, "-")}${width}.png`;
      await tab.screenshot({ path: file, fullPage: true });
      console.log(file, errors.length ? `errors: ${errors.join(" | ")}` : "no errors");
    }
  } finally {
    await browser.close();
    server.close();
  }
}
