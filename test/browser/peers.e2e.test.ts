// @vitest-environment node
// The side-by-side bench's own pages (bench/peers-page.mjs): each library is called as the bench
// calls it, draws the bench's events, and tells its window where it can. A peer's new version
// that changed its call, or a missing install, would otherwise surface only as a "failed" cell
// in `npm run bench:peers`.
import { describe, expect, it } from "vitest";
import { measurePeer, PEERS, versionOf } from "../../bench/peers-page.mjs";
import { browser, server, useChromium } from "./harness.js";

useChromium();

const EVENTS = 100;

describe("the side-by-side bench", () => {
  it("compares citeline with vis-timeline, timelines-chart and TimelineJS, each at the version installed", async () => {
    expect(PEERS.map((p) => p.name)).toEqual(["citeline", "vis-timeline", "timelines-chart", "timelinejs"]);
    for (const version of await Promise.all(PEERS.map(versionOf))) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each(PEERS.map((p) => [p.name, p] as const))("%s draws the bench's events, and zooms where it can be told a window", async (name, peer) => {
    const result = await measurePeer(browser, server.url, peer, EVENTS, { quiet: 400, timeout: 30_000 });
    expect(result.failed).toBeUndefined();
    expect(result.firstRender).toBeGreaterThan(0);
    // Each draws something for each of its events at this size, or a cluster's count for them.
    expect(result.elements).toBeGreaterThan(EVENTS / 2);
    if (name === "timelinejs") {
      // A slideshow: no window to tell it.
      expect(result.frameP95).toBeUndefined();
    } else {
      expect(result.frameP95).toBeGreaterThanOrEqual(result.frameMedian!);
      // At one month it draws another picture: a call that did not zoom would leave the same.
      expect(result.elementsZoomed).toBeGreaterThan(0);
      expect(result.elementsZoomed).not.toBe(result.elements);
    }
  });

  it.each(PEERS.map((p) => [p.name, p] as const))("%s is timed from navigation in a page that loads its files as tags", async (_, peer) => {
    const result = await measurePeer(browser, server.url, peer, EVENTS, { navigate: true, quiet: 400, timeout: 30_000 });
    expect(result.failed).toBeUndefined();
    // From the start of navigation: the page and the library's files came first.
    expect(result.navigate).toBeGreaterThan(0);
    expect(result.firstRender).toBeUndefined();
  });

  it("reads the heap after a forced GC in a page of its own", async () => {
    const result = await measurePeer(browser, server.url, PEERS[0]!, EVENTS, { heap: true, quiet: 400 });
    expect(result.heap).toBeGreaterThan(0.5);
    expect(result.frameP95).toBeUndefined();
  });
});
