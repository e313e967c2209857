// createTimeline in the DOM (jsdom): the keyboard, from event to event and through the zoom.
import { anchorOf } from "../../src/interact/keys.js";
import { describe, expect, it } from "vitest";
import { SEED_TEXT, JUNE_WINDOW, JUNE_ORDER, WEEKLY_IDS, WEEKLY, mount, reduceMotion, record, frames, waitFor, press, span, itemEl, domIds, isCluster, shown, activeId, card, expectWindow, useMounts } from "./timeline-harness.js";

useMounts();

describe("keyboard", () => {
  function june() {
    reduceMotion();
    const m = mount({ data: SEED_TEXT, window: JUNE_WINDOW, height: 640 });
    element0(m.element).focus();
    return { ...m, rec: record(m.handle) };
  }
  const element0 = (element: Element) => element.querySelector<SVGGElement>('g.cl-item[tabindex="0"]')!;

  it("ArrowRight and ArrowLeft move focus in time order, roving the tab stop, and emit focus", () => {
    const { element, rec } = june();
    expect(activeId()).toBe(JUNE_ORDER[0]);
    const visited = [activeId()];
    for (let i = 1; i < JUNE_ORDER.length; i++) {
      const event = press("ArrowRight");
      expect(event.defaultPrevented).toBe(true);
      visited.push(activeId());
      expect(element.querySelectorAll('g.cl-item[tabindex="0"]')).toHaveLength(1);
      expect(element0(element).getAttribute("data-id")).toBe(activeId());
    }
    expect(visited).toEqual(JUNE_ORDER);
    expect(rec.of("focus").map((f) => f.id)).toEqual(JUNE_ORDER.slice(1));
    rec.clear();
    for (let i = JUNE_ORDER.length - 2; i >= 0; i--) {
      press("ArrowLeft");
      expect(activeId()).toBe(JUNE_ORDER[i]);
    }
    expect(rec.of("focus").map((f) => f.id)).toEqual([...JUNE_ORDER].reverse().slice(1));
  });

  it("Home and End go to the first and last item in view", () => {
    const { rec } = june();
    press("End");
    expect(activeId()).toBe(JUNE_ORDER.at(-1));
    press("Home");
    expect(activeId()).toBe(JUNE_ORDER[0]);
    expect(rec.of("focus").map((f) => f.id)).toEqual([JUNE_ORDER.at(-1), JUNE_ORDER[0]]);
  });

  it("ArrowLeft past the first item pans back to the previous event (the war), keeping the zoom", () => {
    const { handle, element, rec } = june();
    const before = handle.layout.domain;
    press("ArrowLeft");
    const zooms = rec.of("zoom");
    expect(zooms.length).toBeGreaterThan(0);
    const after = zooms.at(-1)!.domain;
    expect(span(after)).toBeCloseTo(span(before), -3);
    const war = handle.timeline.events.find((e) => e.id === "iran-iraq-war")!;
    const mid = (war.start.earliest + war.end!.latest) / 2;
    expect(after[0]).toBeLessThan(mid);
    expect(after[1]).toBeGreaterThan(mid);
    expect(rec.of("focus").at(-1)!.id).toBe(activeId());
    const focused = handle.layout.items.find((i) => i.id === activeId())!;
    expect(shown([focused])).toContain("iran-iraq-war");
    expect(element.querySelector(".cl-status")!.textContent).toBe("");
  });

  it("ArrowRight past the last item says so and changes nothing", () => {
    const { handle, element, rec } = june();
    press("End");
    rec.clear();
    const before = handle.layout.domain;
    press("ArrowRight");
    expect(rec.of("zoom")).toEqual([]);
    expect(rec.of("focus")).toEqual([]);
    expect(handle.layout.domain).toEqual(before);
    expect(activeId()).toBe(JUNE_ORDER.at(-1));
    expect(element.querySelector(".cl-status")!.textContent).toBe("That is the last event.");
  });

  it('"+" zooms in around the focused event, "-" zooms back out, "0" shows everything (reduced motion: at once)', () => {
    reduceMotion();
    const { handle, element } = mount();
    const rec = record(handle);
    const full = handle.layout.domain;
    element0(element).focus();
    const id = activeId()!;
    // The instant under the focused event's mark stays under it, so the event keeps focus in view.
    const at = (domain: [number, number]) => {
      const item = handle.layout.items.find((i) => i.id === id)!;
      const x = anchorOf(item);
      return domain[0] + ((x - handle.layout.plot.x) / handle.layout.plot.width) * span(domain);
    };
    const before = at(full);
    expect(press("+").defaultPrevented).toBe(true);
    const zin = rec.of("zoom").at(-1)!.domain;
    expect(span(zin)).toBeCloseTo(span(full) / 2, -6);
    expect(Math.abs(at(zin) - before)).toBeLessThan(span(full) / 1000);
    expect(activeId()).toBe(id);
    press("=");
    expect(span(rec.of("zoom").at(-1)!.domain)).toBeCloseTo(span(full) / 4, -6);
    press("-");
    expect(span(rec.of("zoom").at(-1)!.domain)).toBeCloseTo(span(full) / 2, -6);
    press("0");
    expectWindow(rec.of("zoom").at(-1)!.domain, handle.layout.extent);
  });

  it('"+" animates when motion is allowed, and ends at half the span', async () => {
    const { handle, element } = mount();
    const rec = record(handle);
    const full = handle.layout.domain;
    element0(element).focus();
    const done = waitFor(handle, "zoom", (z) => Math.abs(span(z.domain) - span(full) / 2) < span(full) * 1e-6);
    press("+");
    await done;
    expect(rec.of("zoom").length).toBeGreaterThan(2); // in steps, not one jump
    await frames(2);
    expect(span(handle.layout.domain)).toBeCloseTo(span(full) / 2, -6);
  });

  it("Enter on a cluster zooms into it, and the cluster splits into its events", async () => {
    reduceMotion();
    const { handle, element } = mount({ data: WEEKLY, height: 200 });
    const cluster = handle.layout.items.find(isCluster)!;
    expect(cluster, "a cluster at full zoom").toBeDefined();
    expect(cluster.members.length).toBeGreaterThan(1);
    for (const id of cluster.members) expect(WEEKLY_IDS).toContain(id);
    await frames(2);
    const rec = record(handle);
    itemEl(element, cluster.id)!.focus();
    expect(rec.of("focus")).toEqual([{ id: cluster.id }]);
    expect(press("Enter").defaultPrevented).toBe(true);
    const domain = rec.of("zoom").at(-1)!.domain;
    expect(span(domain)).toBeLessThan(span(handle.layout.extent) / 100);
    expect(domain[0]).toBeLessThanOrEqual(cluster.span[0]);
    expect(domain[1]).toBeGreaterThanOrEqual(cluster.span[1]);
    expect(rec.of("select")).toEqual([]);
    expect(element.querySelector(".cl-status")!.textContent).toBe(`Zoomed in to ${cluster.members.length} events.`);
    await frames(2);
    expect(domIds(element)).not.toContain(cluster.id);
    for (const id of cluster.members) expect(domIds(element)).toContain(id);
    // The focus stays with what the cluster held: on the member nearest its middle, not on the
    // first item in reading order.
    const middle = (cluster.span[0] + cluster.span[1]) / 2;
    const time = (id: string) => {
      const e = handle.timeline.events.find((x) => x.id === id)!;
      return (e.start.earliest + (e.end ?? e.start).latest) / 2;
    };
    const nearest = [...cluster.members].sort((a, b) => Math.abs(time(a) - middle) - Math.abs(time(b) - middle))[0];
    expect(activeId()).toBe(nearest);
    expect(itemEl(element, nearest!)!.getAttribute("tabindex")).toBe("0");
  });

  // Events that overlap in time cannot be split by zooming, so each lane keeps as many rows as
  // its busiest moment needs (up to 8): at the default size the seed has no cluster at all.
  it("at the default size every seed event is its own item, reachable with the arrow keys", () => {
    const { handle, element } = mount();
    expect(handle.layout.items.filter(isCluster)).toEqual([]);
    const ids = handle.timeline.events.map((e) => e.id);
    for (const id of ids) expect(domIds(element)).toContain(id);
    element0(element).focus();
    press("Home");
    const seen = new Set([activeId()]);
    for (let i = 0; i < ids.length; i++) {
      press("ArrowRight");
      seen.add(activeId());
    }
    expect([...seen].sort()).toEqual([...ids].sort());
  });

  it("Enter (and Space) on an event opens its card and moves focus into it", () => {
    const { handle, element, rec } = june();
    press("Enter");
    expect(rec.of("select").map((s) => s.id)).toEqual([JUNE_ORDER[0]]);
    expect(card(element).hidden).toBe(false);
    expect(card(element).contains(document.activeElement)).toBe(true);
    press("Escape");
    expect(activeId()).toBe(JUNE_ORDER[0]);
    press("ArrowRight");
    press(" ");
    expect(handle.timeline.events.find((e) => e.id === card(element).getAttribute("data-event"))!.id).toBe(JUNE_ORDER[1]);
  });

  it("keys it does not use are left to the page", () => {
    const { rec } = june();
    for (const k of ["a", "Tab", "PageDown", "F5"]) expect(press(k).defaultPrevented, k).toBe(false);
    expect(rec.log).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
