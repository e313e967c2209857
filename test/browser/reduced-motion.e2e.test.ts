// @vitest-environment node
// Reduced motion in the real (system) Chromium: the stylesheet stops the transitions and
// animations a site's CSS adds to the HTML around the chart, and leaves the chart's SVG out of
// that rule, which a zoom frame would otherwise pay for on every element it restyles (about a
// millisecond a frame at 10,000 events: docs/performance.md). Needs `npm run build` first.
import { describe, expect, it } from "vitest";
import { browser, server, useChromium, watchErrors } from "./harness.js";

useChromium();

// A site's own motion on the toolbar's buttons and on the chart's items.
const SITE_CSS = ".citeline .cl-button { transition: color 2s; animation: spin 3s infinite; } .citeline .cl-item { transition: transform 1s; } @keyframes spin { to { opacity: 0.5; } }";

async function motionOf(reducedMotion: "reduce" | "no-preference") {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 }, reducedMotion });
  const errors = watchErrors(page);
  await page.goto(`${server.url}/bench/page.html`);
  const styles = await page.evaluate((css) => {
    const style = document.createElement("style");
    style.textContent = css;
    document.head.append(style);
    const C = (window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): unknown } }).Citeline;
    C.createTimeline(document.getElementById("timeline")!, { data: { events: [{ title: "Visit", start: "2008-06-07", end: "2008-06-09" }, { title: "Meeting", start: "2008-06-08" }] } });
    const read = (el: Element) => {
      const s = getComputedStyle(el);
      return { transition: s.transitionProperty, duration: s.transitionDuration, animation: s.animationName };
    };
    return { button: read(document.querySelector(".cl-button")!), item: read(document.querySelector("g.cl-item")!) };
  }, SITE_CSS);
  await page.close();
  expect(errors).toEqual([]);
  return styles;
}

describe("reduced motion", () => {
  it("stops a site's transitions and animations in the HTML around the chart", async () => {
    expect((await motionOf("no-preference")).button).toEqual({ transition: "color", duration: "2s", animation: "spin" });
    expect((await motionOf("reduce")).button).toEqual({ transition: "none", duration: "0s", animation: "none" });
  });

  it("leaves the chart's SVG to the theme, so a zoom frame does not restyle each mark to say so", async () => {
    expect((await motionOf("reduce")).item.transition).toBe("transform");
  });
});
