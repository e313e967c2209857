// @vitest-environment node
// Server-rendered markup taken over by the script: the chart must not move.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { browser, server, useChromium } from "./harness.js";

useChromium();

const seed = readFileSync(new URL("../../examples/seed-tehran-2008/events.json", import.meta.url), "utf8");

describe("hydration", () => {
  it.each([360, 800, 1200])("at %i px the script takes over server-rendered markup without moving anything", async (width) => {
    const page = await browser.newPage({ viewport: { width: width + 40, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}/bench/page.html`);
    const result = await page.evaluate(
      ({ text, width }) => {
        const C = (window as unknown as { Citeline: Record<"loadTimeline" | "renderToString" | "createTimeline", (...a: unknown[]) => unknown> }).Citeline;
        const el = document.getElementById("timeline")!;
        el.style.width = `${width}px`;
        const { timeline } = C.loadTimeline(text) as { timeline: unknown };
        // What a server sends: the markup, built with no DOM.
        el.insertAdjacentHTML("afterbegin", C.renderToString(timeline, { width }) as string);
        const boxes = () =>
          [...el.querySelectorAll<SVGGElement>("g.cl-item")].map((g) => {
            const r = g.getBoundingClientRect();
            return [g.getAttribute("data-id"), Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(" ");
          });
        const before = boxes();
        const served = el.querySelectorAll(".citeline").length;
        const nodes = [...el.querySelectorAll("*")];
        // Hydration adopts: nothing the server wrote is removed or made again. The brush's own
        // layer (d3-brush draws it) is the only thing added.
        const observer = new MutationObserver(() => undefined);
        observer.observe(el, { childList: true, subtree: true });
        C.createTimeline(el, { timeline });
        const records = observer.takeRecords();
        const removed = records.reduce((n, r) => n + r.removedNodes.length, 0);
        const added = records.flatMap((r) => [...r.addedNodes]).filter((n) => !(n instanceof Element && n.closest(".cl-brush")));
        const kept = nodes.filter((n) => el.contains(n)).length;
        const after = boxes();
        return { before, after, served, removed, added: added.length, kept, total: nodes.length, left: el.querySelectorAll(".citeline").length, ssr: el.querySelectorAll("[data-citeline-ssr]").length };
      },
      { text: seed, width },
    );
    expect(result.served).toBe(1);
    expect(result.before.length).toBeGreaterThan(3);
    // The same boxes, to the pixel (the server writes coordinates to a tenth of a pixel).
    expect(result.after.map((b) => b.split(" ")[0])).toEqual(result.before.map((b) => b.split(" ")[0]));
    result.after.forEach((box, i) => {
      const a = box.split(" ").slice(1).map(Number);
      const b = result.before[i]!.split(" ").slice(1).map(Number);
      a.forEach((v, k) => expect(Math.abs(v - b[k]!), `${box} vs ${result.before[i]}`).toBeLessThanOrEqual(1));
    });
    expect(result.removed).toBe(0);
    expect(result.added).toBe(0);
    expect(result.kept).toBe(result.total);
    expect(result.left).toBe(1);
    expect(result.ssr).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
