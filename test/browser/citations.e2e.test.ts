// @vitest-environment node
// Citations in the real (system) Chromium, driven by playwright-core: an event's numbers are the
// same in the chart, the event list, the card and the sources section; sources and events point
// at each other; the CLI's static page carries every title and source with JavaScript off; and the
// news-article example draws the whole timeline at phone and desktop widths. Long text (links
// alone, long words) is long-text.e2e.test.ts. Needs `npm run build` first (the suite's pretest
// runs it).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { browser, server, SHOTS, useChromium } from "./harness.js";
import { loadTimeline } from "../../src/load.js";

const ROOT = resolve(import.meta.dirname, "../..");
const SEED_CSV = "examples/seed-tehran-2008/events.csv";
const STATIC_PAGE = "test-results/seed-static.html";
const seed = loadTimeline(readFileSync(resolve(ROOT, SEED_CSV), "utf8")).timeline;

useChromium();

/** What the pages expose of a timeline handle (the seed page's `window.citelineDemo`, an embed's `handle`). */
interface Handle {
  layout: { items: { id: string; kind: string; members?: string[] }[] };
  timeline: { events: { id: string; title: string; sources: string[] }[]; sources: { id: string; number: number; publisher: string }[] };
  select(id: string | null): void;
}
type DemoWindow = Window & { citelineDemo: Handle };

interface Opened {
  page: Page;
  /** Uncaught errors and console errors (a CSP violation is one). */
  errors: string[];
  /** Every request the page made, as full URLs (data: URLs are not requests). */
  requests: string[];
}

async function open(target: BrowserContext | Browser, url: string, width = 1280): Promise<Opened> {
  const page = await target.newPage({ viewport: { width, height: 900 }, reducedMotion: "reduce" });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("request", (r) => {
    if (!r.url().startsWith("data:")) requests.push(r.url());
  });
  await page.goto(url);
  return { page, errors, requests };
}

/** Numbers written as "[4]", " 4,3" or "4" → [4], [4, 3], [4]. */
const numbers = (text: string | null | undefined): number[] => [...(text ?? "").matchAll(/\d+/g)].map((m) => Number(m[0]));

describe("citation numbers on the seed page (examples/seed-tehran-2008/)", () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await open(browser, `${server.url}/examples/seed-tehran-2008/`);
    await opened.page.waitForSelector(".cl-item");
    await opened.page.waitForSelector(".cl-source-list li.cl-source");
  });
  afterAll(async () => {
    await opened?.page.close();
  });

  it("agree for every event across the chart, the event list, the card and the sources section", async () => {
    const { page, errors } = opened;
    // The chart, the list and the sources section, as drawn before anything is selected.
    const drawn = await page.evaluate(() => {
      const demo = (window as unknown as DemoWindow).citelineDemo;
      const sel = (id: string) => `[data-id="${CSS.escape(id)}"]`;
      return demo.timeline.events.map((e) => {
        const item = document.querySelector(`g.cl-item${sel(e.id)}`);
        const entry = document.querySelector(`.cl-list li.cl-entry${sel(e.id)}`);
        const refs = [...(entry?.querySelectorAll<HTMLAnchorElement>("a.cl-cite-ref") ?? [])];
        return {
          id: e.id,
          // From the data: the numbers of the event's sources, in the order it cites them.
          expected: e.sources.map((s) => demo.timeline.sources.find((source) => source.id === s)!.number),
          inChart: item !== null,
          chart: item?.querySelector("tspan.cl-cites")?.textContent ?? null,
          inList: entry !== null,
          list: refs.map((a) => a.textContent),
          // Where each [N] link leads: the element its fragment names, and the publisher written there.
          targets: refs.map((a) => {
            const href = a.getAttribute("href") ?? "";
            const target = href.startsWith("#") ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
            return {
              href,
              found: target !== null,
              isSource: target?.matches(".cl-source-list > li.cl-source") ?? false,
              value: (target as HTMLLIElement | null)?.value ?? null,
              number: target?.querySelector(".cl-cite-number")?.textContent ?? null,
              publisher: target?.querySelector(".cl-cite-publisher")?.textContent ?? null,
            };
          }),
        };
      });
    });
    const demoSources = await page.evaluate(() => (window as unknown as DemoWindow).citelineDemo.timeline.sources.map((s) => ({ number: s.number, publisher: s.publisher })));
    const publisherOf = (n: number) => demoSources.find((s) => s.number === n)?.publisher;

    expect(drawn.map((d) => d.id).sort()).toEqual(seed.events.map((e) => e.id).sort());
    let labelled = 0;
    for (const d of drawn) {
      expect(d.expected.length, d.id).toBeGreaterThan(0);
      expect(d.inChart, `${d.id} is drawn in the chart`).toBe(true);
      if (d.chart !== null) {
        labelled++;
        expect(numbers(d.chart), `${d.id}: chart`).toEqual(d.expected);
      }
      expect(d.inList, `${d.id} is in the event list`).toBe(true);
      expect(d.list, `${d.id}: list`).toEqual(d.expected.map((n) => `[${n}]`));
      d.targets.forEach((t, i) => {
        const n = d.expected[i]!;
        expect(t.href, `${d.id}: link ${i}`).toMatch(new RegExp(`-source-${n}$`));
        expect(t.found && t.isSource, `${d.id}: ${t.href} resolves to a source`).toBe(true);
        expect(t.value, `${d.id}: ${t.href}`).toBe(n);
        expect(t.number?.trim(), `${d.id}: ${t.href}`).toBe(`[${n}]`);
        expect(t.publisher, `${d.id}: ${t.href}`).toBe(publisherOf(n));
      });
    }
    // A label short of room may drop its numbers, but at 1280 px the chart shows them (else the check above was empty).
    expect(labelled).toBeGreaterThan(0);

    // The card, opened through the handle, one event at a time.
    for (const d of drawn) {
      await page.evaluate((id) => (window as unknown as DemoWindow).citelineDemo.select(id), d.id);
      const card = page.locator(`.cl-card[data-event="${d.id}"]`);
      await card.waitFor();
      const sources = await card.locator(".cl-card-sources li").evaluateAll((items) =>
        items.map((li) => ({ value: (li as HTMLLIElement).value, publisher: li.querySelector(".cl-cite-publisher")?.textContent ?? null })),
      );
      expect(
        sources.map((s) => s.value),
        `${d.id}: card`,
      ).toEqual(d.expected);
      expect(
        sources.map((s) => s.publisher),
        `${d.id}: card publishers`,
      ).toEqual(d.expected.map(publisherOf));
    }
    await page.evaluate(() => (window as unknown as DemoWindow).citelineDemo.select(null));
    expect(errors).toEqual([]);
  });

  it("“Show its events” on IRNA highlights exactly the events that cite IRNA, in the chart and in the list", async () => {
    const { page, errors } = opened;
    const irna = seed.sources.find((s) => s.publisher === "IRNA")!;
    const expected = seed.events.filter((e) => e.sources.includes(irna.id)).map((e) => e.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    const source = page.locator(".cl-source-list li.cl-source").filter({ has: page.locator(".cl-cite-publisher", { hasText: /^IRNA$/ }) });
    expect(await source.count()).toBe(1);
    await source.locator("button.cl-source-events").click();
    const ids = (selector: string) => page.locator(selector).evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-id") ?? "").sort());
    await expect.poll(() => ids("g.cl-item.cl-highlighted")).toEqual(expected);
    expect(await ids(".cl-list li.cl-entry.cl-highlighted")).toEqual(expected);
    expect(await source.getAttribute("class")).toContain("cl-highlighted");
    expect(await source.locator("button.cl-source-events").getAttribute("aria-pressed")).toBe("true");
    await page.screenshot({ path: `${SHOTS}/citations-irna-1280.png`, fullPage: true });

    // Clicking again clears the highlight.
    await source.locator("button.cl-source-events").click();
    await expect.poll(() => ids("g.cl-item.cl-highlighted")).toEqual([]);
    expect(await ids(".cl-list li.cl-entry.cl-highlighted")).toEqual([]);

    // Choosing an event ends a source's highlight everywhere, button included: one click shows it again.
    await source.locator("button.cl-source-events").click();
    await expect.poll(() => ids("g.cl-item.cl-highlighted")).toEqual(expected);
    await page.locator('.cl-list li.cl-entry[data-id="iran-iraq-war"] button.cl-entry-title').click();
    await expect.poll(() => ids("g.cl-item.cl-highlighted")).toEqual(["iran-iraq-war"]);
    expect(await source.getAttribute("class")).not.toContain("cl-highlighted");
    expect(await source.locator("button.cl-source-events").getAttribute("aria-pressed")).toBe("false");
    await source.locator("button.cl-source-events").click();
    await expect.poll(() => ids("g.cl-item.cl-highlighted")).toEqual(expected);
    await source.locator("button.cl-source-events").click();
    await page.keyboard.press("Escape");
    expect(errors).toEqual([]);
  });

  it("clicking an event's title in the list selects it in the chart and marks its sources as cited", async () => {
    const { page, errors } = opened;
    const event = seed.events.find((e) => e.id === "meets-ahmadinejad")!;
    const numbersOf = (ids: string[]) => ids.map((id) => seed.sources.find((s) => s.id === id)!.number).sort();
    await page.locator(`.cl-list li.cl-entry[data-id="${event.id}"] button.cl-entry-title`).click();
    const selected = () => page.locator("g.cl-item.cl-selected").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-id")));
    await expect.poll(selected).toEqual([event.id]);
    const cited = await page.locator(".cl-source-list li.cl-source.cl-cited").evaluateAll((items) => items.map((li) => (li as HTMLLIElement).value).sort());
    expect(cited).toEqual(numbersOf(event.sources));
    expect(await page.locator(`.cl-list li.cl-entry[data-id="${event.id}"]`).getAttribute("class")).toContain("cl-selected");
    expect(await page.locator(".cl-card").getAttribute("data-event")).toBe(event.id);

    // Another event moves the marks with it. The open card floats over the middle of the list's
    // first entry at this width: the reader clicks the title's words, at the start of the button.
    const other = seed.events.find((e) => e.id === "iran-iraq-war")!;
    await page.locator(`.cl-list li.cl-entry[data-id="${other.id}"] button.cl-entry-title`).click({ position: { x: 12, y: 8 } });
    await expect.poll(selected).toEqual([other.id]);
    expect(await page.locator(".cl-source-list li.cl-source.cl-cited").evaluateAll((items) => items.map((li) => (li as HTMLLIElement).value).sort())).toEqual(
      numbersOf(other.sources),
    );
    expect(errors).toEqual([]);
  });
});

describe("the CLI's static page with JavaScript off", () => {
  it("shows every event title and every source publisher, with no console errors", async () => {
    mkdirSync(resolve(ROOT, "test-results"), { recursive: true });
    execFileSync(process.execPath, ["bin/citeline.js", "render", SEED_CSV, "-o", STATIC_PAGE], { cwd: ROOT, stdio: "pipe" });
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const { page, errors, requests } = await open(context, pathToFileURL(resolve(ROOT, STATIC_PAGE)).href);
      // No script runs: nothing but the page itself is loaded.
      expect(await page.locator("script").count()).toBe(0);
      const visible = (texts: string[], selector: string) =>
        page.evaluate(
          ({ texts, selector }) =>
            texts.filter(
              (text) =>
                ![...document.querySelectorAll(selector)].some((el) => el.textContent?.trim() === text && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && el.getClientRects().length > 0),
            ),
          { texts, selector },
        );
      // Every title is readable as text (in the list: the chart's labels may be shortened to fit).
      expect(await visible(seed.events.map((e) => e.title), "body *")).toEqual([]);
      const bodyText = await page.locator("body").innerText();
      for (const event of seed.events) expect(bodyText).toContain(event.title);
      expect(await visible(seed.sources.map((s) => s.publisher), "body *")).toEqual([]);
      for (const source of seed.sources) expect(bodyText).toContain(source.publisher);
      await page.screenshot({ path: `${SHOTS}/citations-static-nojs-1280.png`, fullPage: true });
      expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await context.close();
    }
  });
});

describe("the news article (examples/article/)", () => {
  it.each([375, 1280])("draws every seed event at %i px, without errors or a sideways scroll", async (width) => {
    const opened = await open(browser, `${server.url}/examples/article/`, width);
    const { page, errors } = opened;
    await page.waitForSelector("[data-citeline] .cl-item");
    const shown = await page.evaluate(() => {
      const host = document.querySelector("[data-citeline]")!;
      const handle = (window as unknown as { Citeline: { embedOf(e: Element): { handle: Handle | null } | undefined } }).Citeline.embedOf(host)?.handle;
      if (!handle) return null;
      return {
        events: handle.timeline.events.map((e) => e.id),
        drawn: handle.layout.items.flatMap((i) => i.members ?? [i.id]),
      };
    });
    expect(shown).not.toBeNull();
    const ids = seed.events.map((e) => e.id).sort();
    expect([...shown!.events].sort()).toEqual(ids);
    // Every event is in the chart, as an item or in a cluster, once.
    expect([...shown!.drawn].sort()).toEqual(ids);

    const geometry = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      text: document.querySelector(".story-body > p")!.getBoundingClientRect().width,
      graphic: document.querySelector(".graphic")!.getBoundingClientRect().width,
    }));
    expect(geometry.scroll).toBeLessThanOrEqual(width);
    // A readable measure; on a wide screen the graphic breaks out of it.
    expect(geometry.text).toBeLessThanOrEqual(680);
    if (width >= 1280) expect(geometry.graphic).toBeGreaterThan(geometry.text + 200);
    expect(geometry.graphic).toBeLessThanOrEqual(1100);

    await page.screenshot({ path: `${SHOTS}/article-${width}.png`, fullPage: true });
    for (const url of opened.requests) expect(url.startsWith(`${server.url}/`), url).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
