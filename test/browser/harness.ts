// What every Chromium test file needs: the repository served on localhost and the system
// Chromium (never a downloaded one). `useChromium()` starts both for the file and stops them after;
// `server` and `browser` are live bindings, set once the file's tests begin.
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
import { CHROMIUM } from "../../scripts/screenshot.mjs";

/** Where screenshots go (CI keeps them as artifacts). */
export const SHOTS = "test-results/screenshots";

export let server: { url: string; close: () => void };
export let browser: Browser;

/** Serve the repository and launch Chromium for this test file. */
export function useChromium(): void {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serve(0);
    browser = await chromium.launch(CHROMIUM);
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
}

/** Collect a page's uncaught errors and console errors, which every test expects to be none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  return errors;
}
