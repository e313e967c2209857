// Every story is a test: serves the built Storybook (`storybook-static/`, from `npm run
// build-storybook`) on 127.0.0.1, opens each story's iframe page in the system Chromium and fails
// if any story logs a console error or page error, if Storybook reports it failed (a play
// function that threw, or the a11y addon's axe run finding violations: parameters.a11y.test is
// "error"), or if axe-core, run here on the story's root, reports a violation. Screenshots go to
// test-results/storybook/. Usage: `node scripts/storybook-smoke.mjs [story-id-pattern]` (a regular expression, e.g. "data--|features--keyboard").
import { createServer } from "node:http";
import { mkdir, readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM } from "./screenshot.mjs";

const root = fileURLToPath(new URL("../storybook-static/", import.meta.url));
const axePath = fileURLToPath(new URL("../node_modules/axe-core/axe.min.js", import.meta.url));
const out = fileURLToPath(new URL("../test-results/storybook/", import.meta.url));
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml", ".woff2": "font/woff2", ".png": "image/png" };

// Violations in citeline's own markup (src/), reported upstream: printed on every run, but not
// failures, so that a story's own mistakes still fail. Remove an entry once src/ is fixed.
const KNOWN = {};

const server = createServer(async (req, res) => {
  if (req.url === "/favicon.ico") return void res.writeHead(204).end();
  const file = normalize(join(root, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
  try {
    if (!file.startsWith(root) || file.endsWith(sep)) throw new Error("not a file");
    const body = await readFile(file);
    res.writeHead(200, { "content-type": `${TYPES[extname(file)] ?? "application/octet-stream"}; charset=utf-8` }).end(body);
  } catch {
    res.writeHead(404).end("Not found");
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, "index.json"), "utf8"));
const stories = Object.values(index.entries).filter((e) => e.type === "story" && new RegExp(process.argv[2] ?? "").test(e.id));
await mkdir(out, { recursive: true });
const browser = await chromium.launch(CHROMIUM);
const failures = [];
const known = [];
const started = Date.now();
try {
  for (const story of stories) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()} ${m.location().url ?? ""}`));
    // Storybook's channel is created by its runtime: catch it as it is assigned, to hear the end of the story.
    await page.addInitScript(() => {
      let channel;
      Object.defineProperty(globalThis, "__STORYBOOK_ADDONS_CHANNEL__", {
        configurable: true,
        get: () => channel,
        set(value) {
          channel = value;
          value.on("storyFinished", (detail) => (globalThis.__smokeFinished = detail));
          value.on("playFunctionThrewException", (error) => (globalThis.__smokePlayError = error?.message ?? String(error)));
        },
      });
    });
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    const finished = await page
      .waitForFunction(() => globalThis.__smokeFinished, null, { timeout: 30_000 })
      .then((h) => h.jsonValue())
      .catch(() => problems.push("the story did not finish within 30 s"));
    if (finished && finished.status !== "success") {
      const play = await page.evaluate(() => globalThis.__smokePlayError);
      if (play) problems.push(`play function failed: ${play}`);
      for (const r of finished.reporters ?? []) {
        const ids = (r.result?.violations ?? []).map((v) => v.id).filter((id) => !(id in KNOWN));
        if (r.status !== "passed" && (r.type !== "a11y" || ids.length)) problems.push(`${r.type} report ${r.status}: ${ids.join(", ")}`);
      }
      if (!play && !finished.reporters?.some((r) => r.status !== "passed")) problems.push(`Storybook says the story ended with status "${finished.status}"`);
    }
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      for (let tries = 0; ; tries++) {
        try {
          const r = await globalThis.axe.run("#storybook-root");
          return r.violations.map((v) => ({ id: v.id, text: `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")}` }));
        } catch (e) {
          if (!String(e).includes("Axe is already running") || tries > 50) throw e;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    });
    for (const v of violations) (v.id in KNOWN ? known : problems).push(`axe: ${v.text}`);
    await page.screenshot({ path: `${out}${story.id}.png`, fullPage: false });
    console.log(`${problems.length ? "FAIL" : "ok  "} ${story.id}`);
    if (problems.length) failures.push(`${story.id}\n${problems.map((p) => `  - ${p.length > 400 ? `${p.slice(0, 400)}…` : p}`).join("\n")}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (known.length) console.log(`Known violations in src/ (not failures), ${known.length} in all:\n${[...new Set(known)].map((k) => `  - ${k}`).join("\n")}`);
console.log(`${stories.length - failures.length} passed, ${failures.length} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (failures.length || stories.length === 0) {
  console.error(failures.join("\n") || "No stories found: run `npm run build-storybook` first.");
  process.exit(1);
}
