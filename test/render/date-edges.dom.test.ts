// A timeline that reaches the first years a JavaScript Date holds (about 271821 BCE): drawn and
// zoomed to its very edge, its axis names years and quarters, never "NaN BCE", and the page does
// not hang (d3-time's every-third-month interval stepped for ever from a date before the first).
import { afterEach, describe, expect, it, vi } from "vitest";
import { mount } from "./mount.js";

afterEach(() => vi.unstubAllGlobals());

const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
const axisText = (element: HTMLElement) => [...element.querySelectorAll(".cl-axis text")].map((t) => t.textContent ?? "");

describe("the edges of what a Date holds", () => {
  it("draws an event of 271821 BCE beside one of 2008, and zooms to three years at the edge", async () => {
    vi.stubGlobal("matchMedia", (query: string) => ({ matches: /prefers-reduced-motion:\s*reduce/.test(query), media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }));
    const { handle, element } = mount({ data: { events: [{ id: "first", title: "The first year a Date holds", start: "Y-271820" }, { id: "visit", title: "Maliki visits Tehran", start: "2008-06-07" }] }, breaks: "none" });
    await frame();
    expect(axisText(element).length).toBeGreaterThan(1);
    expect(axisText(element).join(" ")).not.toMatch(/NaN/);
    expect([...element.querySelectorAll("g.cl-item")].map((g) => g.getAttribute("data-id")).sort()).toEqual(["first", "visit"]);
    const [start] = handle.layout.extent;
    handle.zoomTo([start - 5e10, start + 4.5e10]);
    await frame();
    // The window stops at the extent, which stops at the first whole year: quarters of 271821 BCE.
    expect(handle.layout.domain[0]).toBe(start);
    const text = axisText(element);
    expect(text).toEqual(expect.arrayContaining(["Apr", "Jul", "271821 BCE"]));
    expect(text.join(" ")).not.toMatch(/NaN/);
  });
});
