// Screenshots of an example page in the system Chromium, for looking at what we build:
// `node scripts/screenshot.mjs [page] [out-dir]` writes one PNG per width (320 and 1280 px).
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
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
