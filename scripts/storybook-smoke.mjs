// Every story is a test: serves the built Storybook (`storybook-static/`, from `npm run
// build-storybook`) on 127.0.0.1, opens each story in the system Chromium and fails if a story
// logs a console error or page error, if its play function throws, or if axe-core, run here on the
// story's root, reports a violation.
//
// The accessibility matrix: every story in every variant of the toolbar's globals, {ltr, rtl} ×
// {light, dark} × {en-GB, fa-IR}, each at 1280 and 320 px. A worker loads Storybook's iframe once,
// with the first story and the base variant in its URL (`&globals=dir:ltr;…`); later stories and
// variants are chosen through the preview's channel (setCurrentStory, updateGlobals), as the
// Storybook UI does, and each width is a resize: a page load costs seconds, a re-render a tenth.
// In every combination axe runs on the story and, where a timeline is drawn, every drawn item must
// take the keyboard focus, an event's card is opened (axe again) and List view turned on (axe again).
//
// Screenshots go to test-results/storybook/: one per story, and the Languages stories at 1280 and
// 320 px. Usage: `node scripts/storybook-smoke.mjs [story-id-pattern] [--base]` (a regular
// expression, e.g. "data--|features--keyboard"); `--base` (or SMOKE_BASE=1) runs the base variant
// only, for quick local runs; SMOKE_WORKERS sets how many pages run at once (default 2).
/* global __smoke */ // the page's helpers (see `helpers`), named in functions that run in the page
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

const args = process.argv.slice(2);
const pattern = new RegExp(args.find((a) => !a.startsWith("--")) ?? "");
const WORKERS = Math.max(1, Number(process.env.SMOKE_WORKERS) || 2);
const WIDTHS = [1280, 320];
const VARIANTS = ["ltr", "rtl"].flatMap((dir) => ["light", "dark"].flatMap((theme) => ["en-GB", "fa-IR"].map((locale) => ({ dir, theme, locale }))));
const variants = args.includes("--base") || process.env.SMOKE_BASE === "1" ? VARIANTS.slice(0, 1) : VARIANTS;
const nameOf = (v) => `${v.dir}·${v.theme}·${v.locale.slice(0, 2)}`;

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

// Runs in the page before Storybook: catch its channel as it is assigned, to hear the end of each
// render and to send it events.
function listen() {
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
}

// The checks' steps that run in the page, where a step costs no round trip to the browser.
function helpers() {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const root = () => document.querySelector("#storybook-root .citeline");
  const at = () => document.activeElement?.closest?.("#storybook-root g.cl-item")?.id ?? null;
  const list = () => !!root()?.classList.contains("cl-list-primary");
  // citeline's keys are its own keydown handling (no browser default action), so a dispatched
  // keydown runs the same code as a key press, without a frame's wait per key.
  const press = (key) => document.activeElement.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
  // Where an item starts and ends on screen: its marks, a point's or cluster's at its centre.
  const ends = (id) => {
    const g = document.getElementById(id);
    const marks = [...g.querySelectorAll(".cl-mark, .cl-candidate, .cl-box, .cl-fuzz, .cl-pill")].map((m) => m.getBoundingClientRect());
    const xs = (marks.length ? marks : [g.getBoundingClientRect()]).flatMap((b) => (g.dataset.kind === "span" ? [b.left, b.right] : [b.left + b.width / 2]));
    return [Math.min(...xs), Math.max(...xs)];
  };
  // Which arrow goes forward in time: time running left to right puts the first item's start left
  // of the last's; right to left, its start (the right end) right of it. Only when both fit (a long
  // first span around the last item) is → tried: from the first item it moves on only if time runs
  // left to right (the other way it would move the window).
  const rightIsForward = (first, last) => {
    const ltr = ends(first)[0] <= ends(last)[0];
    if (ltr !== ends(first)[1] >= ends(last)[1]) return ltr;
    press("ArrowRight");
    const moved = at() !== first;
    press("Home");
    return moved;
  };
  globalThis.__smoke = {
    frame,
    at,
    press,
    // Until the story's drawing has not changed for two frames (at most 3 s): a story may start
    // an animated zoom (`zoomTo`) as it renders, and Storybook calls it finished before the zoom
    // ends; keys pressed into a chart still moving walk a window that is about to change.
    async settled() {
      const story = document.querySelector("#storybook-root");
      if (!story) return;
      let changed;
      const observer = new MutationObserver(() => (changed = true));
      observer.observe(story, { subtree: true, childList: true, attributes: true, characterData: true });
      const until = performance.now() + 3000;
      try {
        for (let quiet = 0; quiet < 2 && performance.now() < until; ) {
          changed = false;
          await frame();
          quiet = changed ? 0 : quiet + 1;
        }
      } finally {
        observer.disconnect();
      }
    },
    state: () => ({ timeline: !!root()?.querySelector("svg.cl-svg"), list: list(), items: root()?.querySelectorAll("g.cl-item").length ?? 0 }),
    async axe() {
      // Violations only, and no selectors naming their nodes (a quarter of a run's cost): those are
      // worked out in a second run only when there is something to report.
      const quick = await globalThis.axe.run("#storybook-root", { resultTypes: ["violations"], selectors: false, ancestry: false, xpath: false });
      if (quick.violations.length === 0) return [];
      const r = await globalThis.axe.run("#storybook-root", { resultTypes: ["violations"] });
      return r.violations.map((v) => ({ id: v.id, text: `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")}` }));
    },
    // The List button, scrolled into view: where a real click lands, and whether it lands on the button.
    toggle() {
      const button = root()?.querySelector(".cl-view");
      button?.scrollIntoView({ block: "nearest", inline: "nearest" });
      const box = button?.getBoundingClientRect();
      const [x, y] = box ? [box.left + box.width / 2, box.top + box.height / 2] : [0, 0];
      return button ? { x, y, hit: button.contains(document.elementFromPoint(x, y)) } : null;
    },
    async toggled(wanted, click = false) {
      for (let i = 0; i < 10 && list() !== wanted; i++) await frame();
      if (list() !== wanted && click) root()?.querySelector(".cl-view")?.click();
      return list() === wanted;
    },
    // From the focused item: End, Home, then the arrows from one end to the other and back.
    walk() {
      const drawn = [...root().querySelectorAll("g.cl-item")].map((g) => ({ id: g.id, kind: g.dataset.kind }));
      press("End");
      const last = at();
      press("Home");
      const first = at();
      const [forward, back] = rightIsForward(first, last) ? ["ArrowRight", "ArrowLeft"] : ["ArrowLeft", "ArrowRight"];
      const order = [first];
      for (let i = 1; i < drawn.length; i++) order.push((press(forward), at()));
      const seen = new Set([last, ...order]);
      for (let i = 1; i < drawn.length; i++) seen.add((press(back), at()));
      const missed = drawn.filter((d) => !seen.has(d.id)).map((d) => d.id.replace(/^.*?-item-/, ""));
      return { count: drawn.length, missed, home: at() === first, back, forward, event: order.findIndex((id) => drawn.find((d) => d.id === id)?.kind !== "cluster") };
    },
    // Enter on the walk's first event that is not a cluster: is its card open? (In story mode an
    // event the story tells opens as its slide instead.)
    async open(forward, steps) {
      for (let i = 0; i < steps; i++) press(forward);
      const event = document.getElementById(at())?.getAttribute("data-id");
      press("Enter");
      const shown = () => root().querySelector(".cl-card")?.hidden === false || (!!event && root().querySelector(".cl-slide")?.getAttribute("data-event") === event);
      for (let i = 0; i < 10 && !shown(); i++) await frame();
      return shown();
    },
  };
}

async function finished(page, problems, id) {
  const detail = await page
    .waitForFunction((id) => globalThis.__smokeFinished?.storyId === id && globalThis.__smokeFinished, id, { timeout: 30_000 })
    .then((h) => h.jsonValue())
    .catch(() => void problems.push("the story did not finish within 30 s"));
  if (!detail || detail.status === "success") return !!detail;
  const play = await page.evaluate(() => globalThis.__smokePlayError);
  problems.push(play ? `play function failed: ${play}` : `Storybook says the story ended with status "${detail.status}"`);
  return true;
}

// Send the preview an event, as the Storybook UI does, and wait for the story it draws to finish.
async function send(page, event, payload, id, problems) {
  await page.evaluate(([event, payload]) => {
    globalThis.__smokeFinished = globalThis.__smokePlayError = null;
    globalThis.__STORYBOOK_ADDONS_CHANNEL__.emit(event, payload);
  }, [event, payload]);
  return finished(page, problems, id);
}

// Resize, then let the timeline lay out again: wait until its container's width has changed (a
// container with a width of its own does not), then two animation frames for the redraw.
async function resize(page, width) {
  await page.evaluate(() => {
    const box = document.querySelector("#storybook-root .citeline")?.parentElement;
    globalThis.__smokeResized = !box || box.style.width !== "";
    const before = box?.clientWidth;
    const watch = new ResizeObserver(() => box.clientWidth !== before && ((globalThis.__smokeResized = true), watch.disconnect()));
    if (!globalThis.__smokeResized) watch.observe(box);
  });
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(async () => {
    for (let i = 0; i < 60 && !globalThis.__smokeResized; i++) await __smoke.frame();
    await __smoke.frame().then(__smoke.frame);
  });
}

// A real click on the List button, where it is drawn; true when the view turned as `list` says.
async function clickList(page, where, problems, list) {
  const at = await page.evaluate(() => __smoke.toggle());
  if (!at?.hit) return void problems.push(`${where}list: the List button ${at ? "is covered where it is drawn" : "is missing"}`);
  await page.mouse.click(at.x, at.y);
  if (await page.evaluate((list) => __smoke.toggled(list), list)) return true;
  problems.push(`${where}list: the List button did not turn List view ${list ? "on" : "off"}`);
}

// One combination: once the drawing has settled, axe on the story as drawn; where a timeline is
// drawn, every item takes the focus (real Tab presses into the chart, the browser's own focus
// order, then End, Home and the arrows), Enter opens an event's card (axe again), and the List
// button turns List view on (axe again). The story is left in the view it began in.
async function combination(page, where, problems, known) {
  const report = (violations, label) => violations.forEach((v) => (v.id in KNOWN ? known : problems).push(`${where}${label}axe: ${v.text}`));
  const start = await page.evaluate(async () => (await __smoke.settled(), { ...__smoke.state(), violations: await __smoke.axe() }));
  report(start.violations, start.list ? "list view: " : "");
  if (!start.timeline || (start.list && !(await clickList(page, where, problems, false)))) return;
  if (start.list) report(await page.evaluate(() => __smoke.axe()), "");
  await page.evaluate(() => document.activeElement?.blur?.());
  for (let tabs = 0; tabs < 20 && start.items && !(await page.evaluate(() => __smoke.at())); tabs++) await page.keyboard.press("Tab");
  const walk = start.items ? await page.evaluate(() => __smoke.at() && __smoke.walk()) : null;
  if (start.items && !walk) problems.push(`${where}keyboard: Tab never reached the chart`);
  if (walk?.missed.length) problems.push(`${where}keyboard: ${walk.missed.length} of ${walk.count} drawn items never took the focus (${walk.missed.slice(0, 5).join(", ")})`);
  if (walk && !walk.home) problems.push(`${where}keyboard: ${walk.back} did not lead back to the first item`);
  if (walk?.event >= 0) {
    if (!(await page.evaluate(([key, n]) => __smoke.open(key, n), [walk.forward, walk.event]))) problems.push(`${where}card: Enter on an event did not open its card`);
    else report(await page.evaluate(() => __smoke.axe().finally(() => __smoke.press("Escape"))), "card open: ");
  }
  if (!start.list && (await clickList(page, where, problems, true))) report(await page.evaluate(() => __smoke.axe()), "list view: ");
  await page.evaluate((list) => __smoke.toggled(list, true), start.list);
}

// A worker's page, kept from story to story: Storybook's preview starts once (a page load costs
// seconds), and each later story is chosen through its channel. One browser context per worker:
// two pages of one context share a window, and the one behind gets no animation frames.
async function session(browser) {
  const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 } });
  const s = { page: null, problems: [], where: "", width: WIDTHS[0] };
  s.open = async (story) => {
    const { page } = s;
    if (page) {
      // Back to the base variant's width and globals (a re-render of the last story), then the story.
      if (s.width !== WIDTHS[0]) await page.setViewportSize({ width: (s.width = WIDTHS[0]), height: 900 });
      const last = await page.evaluate(() => (document.activeElement?.blur?.(), scrollTo(0, 0), globalThis.__smokeFinished?.storyId));
      const reset = variants.length === 1 || (await send(page, "updateGlobals", { globals: variants[0] }, last, []));
      if (reset && (await send(page, "setCurrentStory", { storyId: story.id, viewMode: "story" }, story.id, s.problems))) return;
      await page.close();
    }
    s.page = await context.newPage();
    s.width = WIDTHS[0];
    s.page.on("pageerror", (e) => s.problems.push(`${s.where}page error: ${e.message}`));
    s.page.on("console", (m) => m.type() === "error" && s.problems.push(`${s.where}console error: ${m.text()} ${m.location().url ?? ""}`));
    await s.page.addInitScript(listen);
    await s.page.addInitScript(helpers);
    // The a11y addon's own axe run is off (a11y.manual): the same axe runs here, in every combination.
    const { dir, theme, locale } = variants[0];
    await s.page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=dir:${dir};theme:${theme};locale:${locale};a11y.manual:!true`);
    await finished(s.page, s.problems, story.id);
    await s.page.addScriptTag({ path: axePath });
  };
  return s;
}

async function checkStory(s, story) {
  const problems = (s.problems = []);
  const known = [];
  s.where = "";
  await s.open(story);
  const { page } = s;
  const played = story.tags?.includes("play-fn");
  // The story as its play function left it (without one, the first combination sees the same).
  if (played) for (const v of await page.evaluate(() => __smoke.axe())) (v.id in KNOWN ? known : problems).push(`axe: ${v.text}`);
  await page.screenshot({ path: `${out}${story.id}.png`, fullPage: false });
  const cells = [];
  for (const variant of variants) {
    // A fresh render for each variant; the base one is fresh already unless a play function ran.
    if (variant !== variants[0] || played) await send(page, "updateGlobals", { globals: variant }, story.id, problems);
    // Alternate the order of the widths, so each variant starts at the width the last one ended on.
    for (const w of s.width === WIDTHS[0] ? WIDTHS : [...WIDTHS].reverse()) {
      s.where = `[${nameOf(variant)} ${w}px] `;
      const before = problems.length;
      if (w !== s.width) await resize(page, (s.width = w));
      await combination(page, s.where, problems, known);
      if (story.id.startsWith("languages--") && variant === variants[0]) await page.screenshot({ path: `${out}${story.id}-${w}.png`, fullPage: true });
      cells.push(problems.length === before ? "✓" : "✗");
    }
  }
  return { problems, known, cells };
}

const index = JSON.parse(await readFile(join(root, "index.json"), "utf8"));
const stories = Object.values(index.entries).filter((e) => e.type === "story" && pattern.test(e.id));
await mkdir(out, { recursive: true });
const browser = await chromium.launch(CHROMIUM);
const failures = [];
const known = [];
const rows = [];
const started = Date.now();
try {
  const queue = [...stories];
  const worker = async () => {
    const s = await session(browser);
    for (let story = queue.shift(); story; story = queue.shift()) {
      const t = Date.now();
      const result = await checkStory(s, story).catch((e) => ({ problems: [...s.problems, `the smoke test itself failed: ${e.message}`], known: [], cells: [] }));
      // A page whose story hung or threw is not trusted with the next story.
      if (result.problems.some((p) => /did not finish|smoke test itself|page error/.test(p))) s.page = void (await s.page?.close());
      const ok = result.problems.length === 0;
      console.log(`${ok ? "ok  " : "FAIL"} ${story.id} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
      rows.push({ id: story.id, cells: result.cells });
      known.push(...result.known);
      if (!ok) failures.push(`${story.id}\n${result.problems.map((p) => `  - ${p.length > 400 ? `${p.slice(0, 400)}…` : p}`).join("\n")}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(WORKERS, stories.length) }, worker));
} finally {
  await browser.close();
  server.close();
}
printMatrix(rows);
if (known.length) console.log(`Known violations in src/ (not failures), ${known.length} in all:\n${[...new Set(known)].map((k) => `  - ${k}`).join("\n")}`);
console.log(`${stories.length - failures.length} passed, ${failures.length} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (failures.length || stories.length === 0) {
  console.error(failures.join("\n") || "No stories found: run `npm run build-storybook` first.");
  process.exit(1);
}

// Stories × variants, a cell per width (1280, then 320 px): ✓ when axe, the keyboard, the card and
// List view all passed there.
function printMatrix(rows) {
  const width = Math.max(...rows.map((r) => r.id.length), 5);
  console.log(`\nAccessibility matrix (each cell: 1280 px, 320 px)\n${"story".padEnd(width)}  ${variants.map((v) => nameOf(v).padEnd(14)).join("")}`);
  for (const r of [...rows].sort((a, b) => a.id.localeCompare(b.id))) {
    console.log(`${r.id.padEnd(width)}  ${variants.map((_, i) => (r.cells.slice(2 * i, 2 * i + 2).join("") || "--").padEnd(14)).join("")}`);
  }
  const passed = rows.flatMap((r) => r.cells).filter((c) => c === "✓").length;
  console.log(`${passed} of ${rows.length * variants.length * WIDTHS.length} combinations passed (story × dir × theme × locale × width)\n`);
}
