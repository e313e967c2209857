// A zoom step regroups clusters; their nodes are moved and renamed, never handed over wrongly.
import { afterEach, describe, expect, it, vi } from "vitest";
import { itemNode } from "../../src/scene/items.js";
import type { TimelineInput } from "../../src/types.js";
import type { TimelineHandle } from "../../src/view/timeline.js";
import { create } from "../../src/write/dom.js";
import { markupOf } from "../write/trees.js";
import { mount } from "./mount.js";

const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 1);

// 900 events over two years in three groups, a few a day: at every zoom below, most are in clusters.
function dense(): TimelineInput {
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const events = Array.from({ length: 900 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: new Date(START + Math.floor(random() * 730) * DAY).toISOString().slice(0, 10), group: `g${i % 3}` }));
  return { events };
}

afterEach(() => vi.unstubAllGlobals());

// Every zoom lands at once (zoom.ts asks `matchMedia`), one render per step.
function reduceMotion(): void {
  vi.stubGlobal("matchMedia", (query: string) => ({ matches: /prefers-reduced-motion:\s*reduce/.test(query), media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }));
}

const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
const clusterNodes = (element: HTMLElement) => [...element.querySelectorAll<SVGGElement>("g.cl-item.cl-cluster")];

// Each step narrows the window by 1.5 around a point 60 % along the data, as a wheel step does.
async function zoomStep(handle: TimelineHandle, step: number): Promise<void> {
  const [a, b] = handle.layout.extent;
  const mid = a + (b - a) * 0.6;
  const half = ((b - a) / 2) / Math.pow(1.5, step);
  handle.zoomTo([mid - half, mid + half]);
  await frame();
  await frame();
}

// What each item's node says is what its layout item says: the node was renamed with its cluster.
function expectNodesMatchLayout(handle: TimelineHandle, element: HTMLElement): void {
  const items = new Map(handle.layout.items.map((d) => [d.id, d]));
  const nodes = [...element.querySelectorAll<SVGGElement>("g.cl-item")];
  expect(nodes.map((g) => g.getAttribute("data-id")).sort()).toEqual([...items.keys()].sort());
  for (const g of nodes) {
    const d = items.get(g.getAttribute("data-id")!)!;
    expect(g.getAttribute("aria-label")).toBe(d.name);
    expect(g.getAttribute("data-kind")).toBe(d.kind);
  }
  // A node handed from cluster to cluster is, attribute for attribute, the one a first write makes.
  const prefix = element.querySelector("svg title")!.id.replace(/-title$/, "");
  const focused = element.querySelector('g.cl-item[tabindex="0"]')?.getAttribute("data-id") ?? null;
  const view = { selected: null, focused, highlighted: new Set<string>() };
  for (const g of nodes) {
    const d = items.get(g.getAttribute("data-id")!)!;
    if (d.kind === "cluster") expect(markupOf(g, true)).toBe(markupOf(create(document, itemNode(d, prefix, view), true), true));
  }
  expect(new Set(nodes.map((g) => g.id)).size).toBe(nodes.length);
}

describe("cluster nodes across zoom steps", () => {
  it("moves and renames the clusters' nodes rather than making them anew, and each says what its cluster holds", async () => {
    reduceMotion();
    const { handle, element } = mount({ data: dense(), breaks: "none", height: 400 });
    await frame();
    let reused = 0;
    let regrouped = 0;
    for (let step = 1; step <= 6; step++) {
      const before = new Map(clusterNodes(element).map((g) => [g, g.getAttribute("data-id")]));
      await zoomStep(handle, step);
      for (const g of clusterNodes(element)) {
        if (!before.has(g)) continue;
        reused++;
        if (before.get(g) !== g.getAttribute("data-id")) regrouped++;
      }
      expectNodesMatchLayout(handle, element);
    }
    // Keyed by their first member, as before, a regrouped cluster's node was never kept.
    expect(regrouped).toBeGreaterThan(20);
    expect(reused).toBeGreaterThan(regrouped);
  });

  it("keeps the focus on the node of the item the view has focused, when a cluster's node passes to another", async () => {
    reduceMotion();
    const { handle, element } = mount({ data: dense(), breaks: "none", height: 400 });
    await frame();
    await zoomStep(handle, 2);
    let moved = 0;
    for (let step = 3; step <= 8; step++) {
      const node = clusterNodes(element)[2]!;
      node.focus();
      await frame();
      // Taking the focus does not change which node stands for the cluster.
      expect(document.activeElement).toBe(node);
      expect(node.classList.contains("cl-focused")).toBe(true);
      const id = node.getAttribute("data-id");
      await zoomStep(handle, step);
      const active = document.activeElement as SVGGElement;
      if (active !== node || active.getAttribute("data-id") !== id) moved++;
      // The node with the focus is the focused item's: the tab stop, named as its item is.
      expect(active.classList.contains("cl-focused")).toBe(true);
      expect(active.getAttribute("tabindex")).toBe("0");
      expect(element.querySelectorAll(".cl-focused")).toHaveLength(1);
      expectNodesMatchLayout(handle, element);
    }
    expect(moved).toBeGreaterThan(0);
  });

  it("while the window moves leaves items where they stand, and puts them back in the layout's order once it rests", async () => {
    reduceMotion();
    const { handle, element } = mount({ data: dense(), breaks: "none", height: 400 });
    await frame();
    const drawn = () => [...element.querySelectorAll<SVGGElement>("g.cl-item")].map((g) => g.getAttribute("data-id"));
    const laidOut = () => handle.layout.items.map((d) => d.id);
    let outOfOrder = 0;
    for (let step = 1; step <= 6; step++) {
      await zoomStep(handle, step);
      // The same items as the layout's, each written from its own: only their order may lag.
      expect(new Set(drawn())).toEqual(new Set(laidOut()));
      expectNodesMatchLayout(handle, element);
      if (drawn().join() !== laidOut().join()) outOfOrder++;
    }
    expect(outOfOrder).toBeGreaterThan(0);
    // Rested (the lists' pace, 150 ms): in time order again, as a screen reader reads them.
    await new Promise((done) => setTimeout(done, 200));
    await frame();
    expect(drawn()).toEqual(laidOut());
  });
});
