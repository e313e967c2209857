// @vitest-environment node
// Windows' contrast themes in the real (system) Chromium, emulated (forced-colors: active): the
// browser repaints HTML in the reader's system colours but leaves SVG fills as written, so the
// stylesheet maps every colour of the chart to a system colour. Before it did, a dark contrast
// theme drew light lanes with dark labels on a black page, and the axis's span labels near-black
// on black. Each page draws the seed, TimelineJS's eras example and the archive of honest dates
// (open and unknown ends, sets, dates known from one side), with doubt, eras, spans, points,
// clusters and a selection. Needs `npm run build` first.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { browser, server, SHOTS, useChromium, watchErrors } from "./harness.js";

useChromium();

const FILES = {
  seed: readFileSync("examples/seed-tehran-2008/events.csv", "utf8"),
  eras: readFileSync("test/fixtures/timelinejs3/template-eras.json", "utf8"),
  archive: readFileSync("test/fixtures/dates/archive.json", "utf8"),
};
// The system colours a contrast theme defines, as the page computes them.
const SYSTEM = ["Canvas", "CanvasText", "LinkText", "GrayText", "Highlight", "HighlightText", "ButtonFace", "ButtonText", "ButtonBorder", "VisitedText", "ActiveText", "Field", "FieldText", "Mark", "MarkText", "AccentColor", "AccentColorText"];

describe.each(["dark", "light"] as const)("forced colours, a %s contrast theme", (scheme) => {
  it.each(Object.keys(FILES) as (keyof typeof FILES)[])("the chart of %s paints with the reader's system colours alone", async (name) => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 }, reducedMotion: "reduce", forcedColors: "active", colorScheme: scheme });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/test/browser/on-demand.html`);
    await page.evaluate(async (data) => {
      const C = (window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): { ready: Promise<void>; select(id: string): void; timeline: { events: { id: string }[] } } } }).Citeline;
      const handle = C.createTimeline(document.getElementById("main")!, { data, view: "chart" });
      await handle.ready;
      handle.select(handle.timeline.events[1]!.id);
    }, FILES[name]);
    await page.waitForTimeout(300);
    const found = await page.evaluate((system) => {
      const probe = document.createElement("div");
      document.body.append(probe);
      const allowed = new Set(system.map((c) => ((probe.style.color = c), getComputedStyle(probe).color)));
      probe.remove();
      const painted: string[] = [];
      for (const el of document.querySelectorAll(".cl-svg *")) {
        const s = getComputedStyle(el);
        if (s.display === "none" || s.visibility === "hidden") continue;
        for (const paint of [s.fill, s.stroke, s.stopColor]) {
          if (paint === "none" || paint.startsWith("url(") || /rgba\(\d+, \d+, \d+, 0\)/.test(paint)) continue;
          if (!allowed.has(paint)) painted.push(`${el.tagName}.${el.getAttribute("class")}: ${paint}`);
        }
      }
      return { painted: [...new Set(painted)], kinds: [...new Set([...document.querySelectorAll(".cl-svg .cl-item")].map((g) => g.querySelector(".cl-box, .cl-mark, .cl-pill")?.getAttribute("class")))] };
    }, SYSTEM);
    expect(found.painted).toEqual([]);
    // The pages hold what the stylesheet colours: bars and marks at least.
    expect(found.kinds.join(" ")).toMatch(/cl-box/);
    expect(found.kinds.join(" ")).toMatch(/cl-mark/);
    await page.screenshot({ path: `${SHOTS}/forced-colors-${scheme}-${name}.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
