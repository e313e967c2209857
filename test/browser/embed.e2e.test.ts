// @vitest-environment node
// The embedding examples in the real (system) Chromium, driven by playwright-core: the <cite-line>
// element, the one-snippet [data-citeline] embed, and the iframe page that reports its height.
// Every page runs under its strict CSP, and no request leaves for anything but the page, the
// bundle, the stylesheets and the data the embedder named. Needs `npm run build` first.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browser, server, SHOTS, useChromium } from "./harness.js";

const SEED_CSV = "/examples/seed-tehran-2008/events.csv";
const BUNDLE = ["/dist/citeline.umd.min.js", "/dist/style.css"];
useChromium();

interface Opened {
  page: Page;
  /** Uncaught errors and console errors (a CSP violation is one). */
  errors: string[];
  /** Every request the page and its frames made, as full URLs (data: URLs are not requests). */
  requests: string[];
}

async function open(path: string, width = 1280, setup?: (page: Page) => Promise<void>): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: "reduce" });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("request", (r) => {
    if (!r.url().startsWith("data:")) requests.push(r.url());
  });
  await setup?.(page);
  await page.goto(`${server.url}${path}`);
  return { page, errors, requests };
}

/** The requests made, as paths (with the query), after checking they all went to our server. */
function requested(opened: Opened): string[] {
  for (const url of opened.requests) expect(url.startsWith(`${server.url}/`), url).toBe(true);
  return [...new Set(opened.requests.map((u) => u.slice(server.url.length)))].sort();
}

interface Drawn {
  items: number;
  accounted: boolean;
  events: number;
}

/** What the embed in `selector` drew: `g.cl-item`s in the DOM, and whether every event is in one (or in a cluster). */
function drawn(page: Page, selector: string): Promise<Drawn> {
  return page.evaluate((sel) => {
    interface Handle {
      layout: { items: { id: string; members?: string[] }[] };
      timeline: { events: { id: string }[] };
    }
    const host = document.querySelector(sel)!;
    const handle = ((host as unknown as { handle?: Handle }).handle ??
      (window as unknown as { Citeline: { embedOf(e: Element): { handle: Handle } | undefined } }).Citeline.embedOf(host)?.handle)!;
    const shown = handle.layout.items.flatMap((i) => i.members ?? [i.id]);
    return {
      items: host.querySelectorAll("g.cl-item").length,
      accounted: shown.length === handle.timeline.events.length && handle.timeline.events.every((e) => shown.includes(e.id)),
      events: handle.timeline.events.length,
    };
  }, selector);
}

/** Record every citeline-select reaching the document (so the event bubbles), with its host. */
async function recordSelects(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { host: string; id: string | null }[] = [];
    (window as unknown as { selects: typeof seen }).selects = seen;
    document.addEventListener("citeline-select", (e) => {
      const event = e as CustomEvent<{ id: string | null }>;
      seen.push({ host: (event.target as Element).id || (event.target as Element).localName, id: event.detail.id });
    });
  });
}
const selects = (page: Page) => page.evaluate(() => (window as unknown as { selects: { host: string; id: string | null }[] }).selects);

describe("the <cite-line> element (examples/web-component/)", () => {
  it.each([375, 1280])("loads the seed CSV and draws all 7 events at %i px; a click dispatches citeline-select", async (width) => {
    const opened = await open("/examples/web-component/", width);
    const { page, errors } = opened;
    await page.waitForSelector("cite-line .cl-item");
    const result = await drawn(page, "cite-line");
    expect(result.events).toBe(7);
    expect(result.accounted).toBe(true);
    expect(result.items).toBeGreaterThan(0);
    // The fallback link inside the element is hidden once the embed is there.
    expect(await page.locator("cite-line > p").isVisible()).toBe(false);
    await page.screenshot({ path: `${SHOTS}/embed-web-component-${width}.png`, fullPage: true });

    await recordSelects(page);
    await page.locator('cite-line g.cl-item[data-id="iran-iraq-war"]').click();
    await expect.poll(() => selects(page)).toEqual([{ host: "timeline", id: "iran-iraq-war" }]);
    expect(await page.locator("#log").textContent()).toContain("Iran–Iraq War");

    expect(requested(opened)).toEqual(
      [...BUNDLE, SEED_CSV, "/examples/web-component/", "/examples/web-component/main.js", "/examples/web-component/page.css"].sort(),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("changing an attribute updates the timeline in place, without fetching again", async () => {
    const opened = await open("/examples/web-component/");
    const { page, errors } = opened;
    await page.waitForSelector("cite-line .cl-item");
    const domain = () => page.evaluate(() => document.querySelector("cite-line")!.handle!.layout.domain);
    const before = await domain();
    await page.click("text=window: summer 2008");
    await expect.poll(async () => (await domain())[1] - (await domain())[0]).toBeLessThan((before[1] - before[0]) / 10);
    await page.click("text=theme: dark");
    const bg = () => page.evaluate(() => getComputedStyle(document.querySelector("cite-line .citeline")!).backgroundColor);
    await expect.poll(bg).toBe("rgb(22, 24, 28)");
    expect(opened.requests.filter((u) => u.endsWith(".csv"))).toHaveLength(1);
    await page.screenshot({ path: `${SHOTS}/embed-web-component-dark-1280.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the one-snippet embed (examples/embed-snippet/)", () => {
  it.each([375, 1280])("initialises every [data-citeline] itself at %i px: the story, and the draft with its diagnostics", async (width) => {
    const opened = await open("/examples/embed-snippet/", width);
    const { page, errors } = opened;
    await page.waitForSelector("#story .cl-item");
    await page.waitForSelector("#draft .cl-item");
    const story = await drawn(page, "#story");
    expect(story.events).toBe(7);
    expect(story.accounted).toBe(true);
    // The draft spreadsheet: 4 events survive, and data-debug lists the 8 problems for the editor.
    expect((await drawn(page, "#draft")).events).toBe(4);
    const diagnostics = page.locator("#draft .cl-diagnostics li");
    expect(await diagnostics.count()).toBe(8);
    expect(await diagnostics.first().textContent()).toContain("csv-unknown-column");
    expect(await page.locator("#story .cl-diagnostics").count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/embed-snippet-${width}.png`, fullPage: true });

    await recordSelects(page);
    await page.locator('#story g.cl-item[data-id="iran-iraq-war"]').click();
    await expect.poll(() => selects(page)).toEqual([{ host: "story", id: "iran-iraq-war" }]);

    // The draft's 03/04/2008, not EDTF, is read by the readers of spellings, loaded on demand.
    expect(requested(opened)).toEqual(
      [...BUNDLE, SEED_CSV, "/test/fixtures/csv/broken.csv", "/dist/citeline-words.js", "/examples/embed-snippet/", "/examples/web-component/page.css"].sort(),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("calling autoEmbed() again embeds new elements only", async () => {
    const { page, errors } = await open("/examples/embed-snippet/");
    await page.waitForSelector("#story .cl-item");
    const counts = await page.evaluate(() => {
      const citeline = (window as unknown as { Citeline: { autoEmbed(): unknown[] } }).Citeline;
      return { again: citeline.autoEmbed().length, embeds: document.querySelectorAll("#story > .cl-embed").length };
    });
    expect(counts).toEqual({ again: 2, embeds: 1 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the snippet pasted twice (the script loaded twice) still draws each timeline once", async () => {
    const { page, errors } = await open("/examples/embed-snippet/");
    await page.waitForSelector("#story .cl-item");
    await page.evaluate(
      () =>
        new Promise((loaded) => {
          const script = document.createElement("script");
          script.src = "../../dist/citeline.umd.min.js";
          script.addEventListener("load", loaded);
          document.body.append(script);
        }),
    );
    expect(await page.evaluate(() => [...document.querySelectorAll("[data-citeline]")].map((host) => host.querySelectorAll(".cl-embed").length))).toEqual([1, 1]);
    expect(await page.locator("#story .cl-item").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("loading and failure, in place", () => {
  const NOT_FOUND = /Failed to load resource: the server responded with a status of 404/;

  it("a missing data URL shows a readable message with role=alert, not a blank box", async () => {
    const { page, errors } = await open("/examples/embed-snippet/");
    await page.waitForSelector("#story .cl-item");
    await page.evaluate(() => {
      const main = document.querySelector("main")!;
      const div = document.createElement("div");
      div.id = "missing-div";
      div.setAttribute("data-citeline", "no-such-file.csv");
      const element = document.createElement("cite-line");
      element.id = "missing-element";
      element.setAttribute("src", "no-such-file.json");
      main.prepend(div, element);
      (window as unknown as { Citeline: { autoEmbed(): unknown } }).Citeline.autoEmbed();
    });
    for (const host of ["#missing-div", "#missing-element"]) {
      const error = page.locator(`${host} .cl-error`);
      await error.waitFor();
      expect(await error.getAttribute("role")).toBe("alert");
      const text = await error.textContent();
      expect(text).toContain("The timeline could not be shown.");
      expect(text).toMatch(/"no-such-file\.(csv|json)" was not found \(the server answered 404/);
      expect((await error.boundingBox())!.height).toBeGreaterThan(40);
      expect(await page.locator(`${host} .cl-item`).count()).toBe(0);
    }
    expect(await page.evaluate(() => (document.querySelector("#missing-element") as unknown as { state: string }).state)).toBe("error");
    await page.locator("#missing-div").screenshot({ path: `${SHOTS}/embed-error-1280.png` });
    expect(errors.filter((e) => !NOT_FOUND.test(e))).toEqual([]);
    expect(errors.length).toBe(2);
    await page.close();
  });

  it("shows the loading state while fetching; a web page instead of data, or data with no event, is explained", async () => {
    const opened = await open("/examples/embed-snippet/", 1280, async (page) => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      (globalThis as unknown as { release: () => void }).release = release;
      await page.route("**/slow.csv", async (route) => {
        await held;
        await route.fulfill({ status: 200, contentType: "text/csv", body: "Title,Date\nThe only event,2008-06-08\n" });
      });
      await page.route("**/sign-in", (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: "<!doctype html><title>Sign in</title>" }));
      await page.route("**/nothing.csv", (route) => route.fulfill({ status: 200, contentType: "text/csv", body: "Title,Date\n,03/04/2008\n" }));
    });
    const { page, errors } = opened;
    await page.waitForSelector("#story .cl-item");
    await page.evaluate(() => {
      const main = document.querySelector("main")!;
      for (const [id, src] of [["slow", "slow.csv"], ["html", "sign-in"], ["nothing", "nothing.csv"]] as const) {
        const element = document.createElement("cite-line");
        element.id = id;
        element.setAttribute("src", src);
        element.setAttribute("height", "300");
        main.prepend(element);
      }
    });
    const loading = page.locator("#slow .cl-loading");
    await loading.waitFor();
    expect(await loading.getAttribute("role")).toBe("status");
    expect(await loading.textContent()).toBe("Loading timeline…");
    // The loading state keeps the timeline's height (set through the CSSOM, which the CSP allows).
    expect(Math.round((await loading.boundingBox())!.height)).toBe(300);
    await page.locator("#slow").screenshot({ path: `${SHOTS}/embed-loading-1280.png` });
    (globalThis as unknown as { release: () => void }).release();
    await page.waitForSelector("#slow .cl-item");
    expect(await page.locator("#slow .cl-loading").count()).toBe(0);

    expect(await page.locator("#html .cl-error").textContent()).toContain('"sign-in" is a web page, not data (JSON or CSV)');
    const nothing = page.locator("#nothing .cl-error");
    expect(await nothing.textContent()).toContain('No event in "nothing.csv" could be read: 2 problems were found in the data.');
    // The diagnostics are there for the editor, collapsed.
    expect(await nothing.locator("details.cl-diagnostics li").count()).toBe(2);
    expect(await nothing.locator("details.cl-diagnostics").getAttribute("open")).toBeNull();
    await nothing.locator("summary").click();
    await page.locator("#nothing").screenshot({ path: `${SHOTS}/embed-no-events-1280.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the iframe page without ?src says what to add", async () => {
    const { page, errors } = await open("/examples/embed/");
    const error = page.locator(".cl-error");
    await error.waitFor();
    expect(await error.getAttribute("role")).toBe("alert");
    expect(await error.textContent()).toContain("No data was given");
    expect(await page.locator(".hint").textContent()).toContain("?src=");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the iframe page (examples/embed/) in a CMS page", () => {
  it.each([375, 1280])("reports its height to the parent with postMessage at %i px, and the parent sizes the frame", async (width) => {
    const opened = await open("/examples/embed/parent.html", width, async (page) => {
      await page.addInitScript(() => {
        if (window.parent !== window) return;
        const messages: unknown[] = [];
        (window as unknown as { messages: unknown[] }).messages = messages;
        window.addEventListener("message", (e) => messages.push(e.data));
      });
    });
    const { page, errors } = opened;
    const frame = page.frameLocator("#frame");
    await frame.locator(".cl-item").first().waitFor();
    const heights = () => page.evaluate(() => (window as unknown as { messages: { type: string; height: number }[] }).messages.filter((m) => m.type === "citeline:height").map((m) => m.height));
    await expect.poll(async () => Math.max(0, ...(await heights()))).toBeGreaterThan(200);
    const last = (await heights()).at(-1)!;
    await expect.poll(() => page.evaluate(() => Number(document.querySelector<HTMLIFrameElement>("#frame")!.height))).toBe(last);
    // Sized to its content: nothing to scroll inside the frame.
    const inner = await frame.locator("html").evaluate((html) => ({ scroll: html.scrollHeight, view: window.innerHeight }));
    expect(inner.scroll).toBeLessThanOrEqual(inner.view + 1);
    const events = await frame.locator("cite-line").evaluate((el) => (el as unknown as { handle: { timeline: { events: unknown[] } } }).handle.timeline.events.length);
    expect(events).toBe(7);
    await page.screenshot({ path: `${SHOTS}/embed-iframe-parent-${width}.png`, fullPage: true });

    expect(requested(opened)).toEqual(
      [
        ...BUNDLE,
        SEED_CSV,
        "/examples/embed/parent.html",
        "/examples/embed/parent.css",
        "/examples/embed/parent.js",
        "/examples/web-component/page.css",
        "/examples/embed/?src=../seed-tehran-2008/events.csv&height=380",
        "/examples/embed/embed.css",
        "/examples/embed/embed.js",
      ].sort(),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reports a new height when the page is resized", async () => {
    const { page, errors } = await open("/examples/embed/parent.html", 1280);
    await page.frameLocator("#frame").locator(".cl-item").first().waitFor();
    const frameHeight = () => page.evaluate(() => Number(document.querySelector<HTMLIFrameElement>("#frame")!.height));
    await expect.poll(frameHeight).toBeGreaterThan(200);
    const wide = await frameHeight();
    await page.setViewportSize({ width: 375, height: 900 });
    // The list under the chart wraps onto more lines when narrow: the frame grows to match.
    await expect.poll(frameHeight).toBeGreaterThan(wide);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([375, 1280])("the iframe page alone, dark, at %i px", async (width) => {
    const opened = await open("/examples/embed/?src=../seed-tehran-2008/events.csv&theme=dark&height=400", width);
    const { page, errors } = opened;
    await page.waitForSelector(".cl-item");
    expect((await drawn(page, "cite-line")).accounted).toBe(true);
    await page.screenshot({ path: `${SHOTS}/embed-iframe-dark-${width}.png`, fullPage: true });
    expect(requested(opened)).toEqual(
      [...BUNDLE, SEED_CSV, "/examples/embed/?src=../seed-tehran-2008/events.csv&theme=dark&height=400", "/examples/embed/embed.css", "/examples/embed/embed.js"].sort(),
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
