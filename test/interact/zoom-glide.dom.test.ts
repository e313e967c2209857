// The zoom's glide on a page's frames (jsdom's): "+" glides to half the window through the windows
// between, a pinch that starts mid-glide takes over (as it interrupted a d3 transition), and a
// destroyed zoom moves no more. What each frame shows is the view's business; this is the zoom's.
import { describe, expect, it } from "vitest";
import { attachZoom, type ZoomGeometry } from "../../src/interact/zoom.js";

const GEOMETRY: ZoomGeometry = { plotX: 10, plotWidth: 780, height: 400, extent: [0, 1e9], minSpan: 1000 };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function zoomed() {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  document.body.append(svg);
  const windows: { width: number; byUser: boolean; domain: [number, number] }[] = [];
  const zoom = attachZoom(svg, GEOMETRY, (domain, byUser) => windows.push({ width: domain[1] - domain[0], byUser, domain }));
  return { svg, zoom, windows };
}

describe("the zoom's glide", () => {
  it("glides to half the window through the windows between, narrowing all the way", async () => {
    const { zoom, windows } = zoomed();
    zoom.scaleBy(2);
    expect(windows).toEqual([]);
    await wait(450);
    const widths = windows.map((w) => w.width);
    expect(widths.at(-1)).toBeCloseTo(5e8, 0);
    expect(widths.filter((w) => w > 5.01e8 && w < 0.99e9).length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThanOrEqual(widths[i - 1]!);
    expect(windows.every((w) => !w.byUser)).toBe(true);
    zoom.destroy();
  });

  it("keeps the time under the point it zooms about, all the way, and lands on the window asked for", async () => {
    const { zoom, windows } = zoomed();
    const x = 200;
    const timeAt = ([a, b]: [number, number]) => a + ((x - GEOMETRY.plotX) / GEOMETRY.plotWidth) * (b - a);
    zoom.scaleBy(3, x);
    await wait(450);
    expect(windows.length).toBeGreaterThanOrEqual(4);
    const time = timeAt([0, 1e9]);
    for (const w of windows) expect(Math.abs(timeAt(w.domain) - time)).toBeLessThan(1e-3);
    expect(windows.at(-1)!.width).toBeCloseTo(1e9 / 3, 0);
    zoom.show([2e8, 3e8]);
    await wait(450);
    expect(windows.at(-1)!.domain[0]).toBeCloseTo(2e8, 0);
    expect(windows.at(-1)!.domain[1]).toBeCloseTo(3e8, 0);
    zoom.destroy();
  });

  it("gives way to a pinch that starts while it glides", async () => {
    const { svg, zoom, windows } = zoomed();
    zoom.scaleBy(4);
    await wait(60);
    const before = windows.length;
    // A pinch, as a trackpad sends it: a wheel event with ctrl held, zooming out.
    svg.dispatchEvent(new WheelEvent("wheel", { bubbles: true, cancelable: true, ctrlKey: true, deltaY: 40, clientX: 400, clientY: 100 }));
    await wait(400);
    expect(before).toBeGreaterThan(0);
    expect(windows.slice(before).map((w) => w.byUser)).toEqual([true]);
    expect(windows.at(-1)!.width).toBeGreaterThan(windows[before - 1]!.width);
    zoom.destroy();
  });

  it("moves no more once destroyed", async () => {
    const { zoom, windows } = zoomed();
    zoom.show([1e8, 2e8]);
    await wait(60);
    zoom.destroy();
    const seen = windows.length;
    await wait(400);
    expect(windows.length).toBe(seen);
    expect(windows.at(-1)!.width).toBeGreaterThan(1e8 * 1.01);
  });

  it("lands at once when asked not to animate", () => {
    const { zoom, windows } = zoomed();
    zoom.show([1e8, 2e8], false);
    expect(windows).toHaveLength(1);
    expect(windows[0]!.width).toBeCloseTo(1e8, -1);
    zoom.destroy();
  });
});
