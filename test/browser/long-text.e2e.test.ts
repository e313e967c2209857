// @vitest-environment node
// The data's long text in the real (system) Chromium: sources cited by a link alone told apart by
// their addresses, and a word longer than a phone is wide (an address in a title, a description,
// a citation) wrapping inside its box, in a phone's window and in a narrow column of a wide page.
// Needs `npm run build` first (the suite's pretest runs it).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browser, server, SHOTS, useChromium, watchErrors } from "./harness.js";

const ROOT = resolve(import.meta.dirname, "../..");

useChromium();

async function open(url: string, width: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: "reduce" });
  const errors = watchErrors(page);
  await page.goto(url);
  return { page, errors };
}

describe("sources cited by their links alone (TimelineJS's own seventh-century example)", () => {
  it.each([320, 1280])("at %i px each shows an address of its own, inside the page", async (width) => {
    const { page, errors } = await open(`${server.url}/test/browser/on-demand.html`, width);
    const data = readFileSync(resolve(ROOT, "test/fixtures/timelinejs3/compiled-seventh_century.json"), "utf8");
    await page.evaluate(async (d) => {
      const C = (window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): { ready: Promise<void> } } }).Citeline;
      await C.createTimeline(document.getElementById("main")!, { data: d, view: "chart" }).ready;
    }, data);
    // The lists are drawn once the chart has painted.
    await page.locator(".cl-sources a.cl-cite-link").first().waitFor();
    const links = await page.evaluate(() =>
      [...document.querySelectorAll(".cl-sources a.cl-cite-link")].map((a) => ({ text: a.textContent, href: a.getAttribute("href")!, right: a.getBoundingClientRect().right })),
    );
    // Every slide cites a different Wikipedia article, by its link alone: 21 sources, 21 addresses.
    expect(links).toHaveLength(21);
    expect(new Set(links.map((l) => l.text)).size).toBe(21);
    // Each is its own address, host first, the path's letters decoded ("Nihaw%C4%81nd" reads "Nihawānd").
    for (const l of links) expect(decodeURI(l.href.replace(/^https:\/\//, "")).startsWith(l.text.replace(/…$/, "")), l.text).toBe(true);
    expect(links.map((l) => l.text)).toContain("en.wikipedia.org/wiki/Battle_of_Nihawānd");
    expect(links.find((l) => l.href.endsWith("Battle_of_Nineveh_(627)"))?.text).toBe("en.wikipedia.org/wiki/Battle_of_Nineveh_(627)");
    // No address runs past the page: it wraps.
    for (const l of links) expect(l.right, l.text).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${SHOTS}/sources-by-link-${width}.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a word longer than a phone is wide, in the data's text", () => {
  // An address written into a title, a description, a group and every part of a source, with no space to break at.
  const LONG = "https://en.wikipedia.org/wiki/Timeline_of_the_Middle_Ages_and_everything_after_it_too";
  const DATA = {
    title: `Eras ${LONG}`,
    description: `Events from ${LONG}`,
    events: [
      { id: "a", title: `A ${LONG}`, start: "2008-06-07", description: `See ${LONG}`, sources: [{ publisher: `Pub${LONG}`, title: `T${LONG}`, author: `Au${LONG}`, quote: `Q${LONG}`, url: LONG, via: { publisher: `Via${LONG}` } }] },
      { id: "b", title: "B", start: "2008-06-09" },
    ],
  };
  it.each(["chart", "list", "story"])("wraps inside its box at 320 px in the %s view (the card open in the chart); our buttons' words stay whole", async (view) => {
    const { page, errors } = await open(`${server.url}/test/browser/on-demand.html`, 320);
    await page.evaluate(async ([data, v]) => {
      const C = (window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): { ready: Promise<void>; select(id: string): void } } }).Citeline;
      const handle = C.createTimeline(document.getElementById("main")!, { data, view: v });
      await handle.ready;
      if (v === "chart") handle.select("a");
    }, [DATA, view] as const);
    await page.locator(".cl-sources .cl-cite-publisher").first().waitFor();
    const found = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      past: [...document.querySelectorAll(".citeline *")].filter((e) => !(e instanceof SVGElement) && e.getBoundingClientRect().right > 320.5).map((e) => `${e.tagName}.${e.getAttribute("class")}`),
      // A button of ours whose label broke inside a word is taller than one line (a title's may wrap).
      broken: [...document.querySelectorAll<HTMLElement>(".citeline .cl-button, .citeline .cl-source-events")].filter((b) => b.offsetParent !== null && b.getBoundingClientRect().height > 44).map((b) => b.textContent),
    }));
    expect(found.past).toEqual([]);
    expect(found.scroll).toBeLessThanOrEqual(320);
    expect(found.broken).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/long-word-${view}-320.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("in a 320 px column of a 1280 px page the lists stack and date their entries above the title, as on a phone", async () => {
    const { page, errors } = await open(`${server.url}/test/browser/on-demand.html`, 1280);
    await page.evaluate(async (data) => {
      const main = document.getElementById("main")!;
      main.style.width = "320px";
      const C = (window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): { ready: Promise<void>; select(id: string): void } } }).Citeline;
      const handle = C.createTimeline(main, { data, view: "chart" });
      await handle.ready;
      handle.select("a");
    }, DATA);
    await page.locator(".cl-sources .cl-cite-publisher").first().waitFor();
    const found = await page.evaluate(() => {
      const root = document.querySelector(".citeline")!;
      const box = (s: string) => root.querySelector(s)!.getBoundingClientRect();
      const right = root.getBoundingClientRect().right + 0.5;
      return {
        narrow: root.classList.contains("cl-narrowest"),
        stacked: box(".cl-sources").top >= box(".cl-events").bottom - 0.5,
        dateAbove: box(".cl-entry-when").bottom <= box(".cl-entry-title").top + 0.5,
        past: [...root.querySelectorAll("*")].filter((e) => !(e instanceof SVGElement) && e.getBoundingClientRect().right > right).map((e) => `${e.tagName}.${e.getAttribute("class")}`),
      };
    });
    expect(found).toEqual({ narrow: true, stacked: true, dateAbove: true, past: [] });
    await page.screenshot({ path: `${SHOTS}/long-word-column-320-of-1280.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a description's paragraphs (a newsroom's sheet, its description column in HTML)", () => {
  it.each([390, 1280])("at %i px each paragraph starts a line of its own, in the list and the card, with no tag shown", async (width) => {
    const { page, errors } = await open(`${server.url}/test/browser/on-demand.html`, width);
    const data = readFileSync(resolve(ROOT, "test/fixtures/published/abc-defining-courage.csv"), "utf8");
    await page.evaluate(async (d) => {
      const C = (window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): { ready: Promise<void>; timeline: { events: { id: string; index: number }[] }; select(id: string): void } } }).Citeline;
      const handle = C.createTimeline(document.getElementById("main")!, { data: d, view: "chart" });
      await handle.ready;
      handle.select(handle.timeline.events.find((e) => e.index === 1)!.id);
    }, data);
    await page.locator(".cl-entry-description").first().waitFor();
    // Where each paragraph's first letter is drawn, relative to its description's box.
    const starts = await page.evaluate(() =>
      [".cl-entry-description", ".cl-card-description"].map((selector) => {
        const p = document.querySelector(selector)!;
        const box = p.getBoundingClientRect();
        const text = p.firstChild!;
        return [...(text.textContent ?? "").matchAll(/\(Paragraph \d/g)].map((m) => {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + 1);
          const r = range.getBoundingClientRect();
          return { left: Math.round(r.left - box.left), top: r.top - box.top, tags: /[<>]/.test(p.textContent ?? "") };
        });
      }),
    );
    for (const paragraphs of starts) {
      expect(paragraphs).toHaveLength(6);
      for (const [i, p] of paragraphs.entries()) {
        expect(p.left, `paragraph ${i + 1}`).toBe(0);
        expect(p.tags).toBe(false);
        // A blank line between paragraphs: each starts lower than the one before ended.
        if (i > 0) expect(p.top).toBeGreaterThan(paragraphs[i - 1]!.top);
      }
    }
    await page.screenshot({ path: `${SHOTS}/description-paragraphs-${width}.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
