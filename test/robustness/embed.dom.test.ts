// Pathological data in the DOM renderer (jsdom): createTimeline and <cite-line> given a 3,000-deep
// via chain, a 10,000-deep document, a source that is its own relay, unreadable dates and titles with
// nothing visible. Each either draws (and every card opens) or ends in the visible error state with
// the citeline-error event — never a throw, never "Loading timeline…" forever. These run in the
// test's own thread: the time limit is vitest's, which fails a slow case but cannot stop a
// synchronous hang (the node-side cases in this folder run in a worker that can be killed).
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { defineCiteLine } from "../../src/embed/element.js";
import { createTimeline } from "../../src/view/timeline.js";
import { inlineChain, nestedText, sharedChain } from "./tasks.js";

const self: Record<string, unknown> = { publisher: "Itself" };
self.via = self;

const CASES: [string, "ready" | "error", () => unknown][] = [
  ["a via chain 3,000 deep, inline", "ready", () => ({ events: [{ title: "Relayed", start: "2008-06-08", sources: [inlineChain(3_000)] }] })],
  ["a via chain 3,000 deep, by id", "ready", () => sharedChain(3_000)],
  ["a source that is its own via (an object cycle)", "ready", () => ({ events: [{ title: "Self", start: "2008", sources: [self] }] })],
  ["a document 10,000 arrays deep", "error", () => nestedText(10_000)],
  ["events 10,000 arrays deep", "error", () => `{"events":${nestedText(10_000)}}`],
  ["only unreadable dates", "error", () => ({ events: [NaN, Infinity, -Infinity, 8.64e15 + 1].map((start, i) => ({ title: `Date ${i}`, start })) })],
  ["only invisible titles", "error", () => ({ events: ["\u202E", "\u200B", "\u2066\u2069"].map((title, i) => ({ title, start: `200${i}` })) })],
  [
    "extreme but valid dates beside invisible and RTL titles",
    "ready",
    () => ({ events: [{ title: "Start of time", start: -8.64e15 }, { title: "End of time", start: 8.64e15 }, { title: "\u200B", start: "2008" }, { title: "مرحبا", start: "-0" }] }),
  ],
];

const settle = () => new Promise((done) => setTimeout(done, 0));

beforeAll(() => {
  defineCiteLine();
});
afterEach(() => {
  document.body.replaceChildren();
});

describe("createTimeline with pathological data", () => {
  it.each(CASES.filter(([, state]) => state === "ready"))("%s: draws, and every event's card opens", (_name, _state, data) => {
    const host = document.createElement("div");
    document.body.append(host);
    const handle = createTimeline(host, { data: data() });
    expect(handle.timeline.events.length).toBeGreaterThan(0);
    for (const event of handle.timeline.events) {
      handle.select(event.id);
      expect(host.querySelector(".cl-card")?.getAttribute("data-event")).toBe(event.id);
      // A citation prints a bounded relay chain.
      expect(host.querySelectorAll(".cl-card .cl-cite-via").length).toBeLessThanOrEqual(32);
    }
    handle.destroy();
  }, 60_000);

  it.each(CASES.filter(([, state]) => state === "error"))("%s: no throw, nothing to draw, and the diagnostics say why", (_name, _state, data) => {
    const host = document.createElement("div");
    document.body.append(host);
    const handle = createTimeline(host, { data: data() });
    expect(handle.timeline.events).toHaveLength(0);
    expect(handle.diagnostics.some((d) => d.severity === "error")).toBe(true);
    handle.destroy();
  }, 60_000);
});

describe("<cite-line> with pathological data", () => {
  it.each(CASES)("%s: ends %s, with citeline-load or citeline-error", async (_name, expected, data) => {
    const element = document.createElement("cite-line");
    const heard: string[] = [];
    for (const type of ["citeline-load", "citeline-error"]) element.addEventListener(type, () => heard.push(type));
    element.data = data();
    document.body.append(element);
    await settle();
    expect(element.state).toBe(expected);
    expect(heard).toEqual([expected === "ready" ? "citeline-load" : "citeline-error"]);
    if (expected === "error") {
      const error = element.querySelector(".cl-error");
      expect(error?.getAttribute("role")).toBe("alert");
      expect(error?.textContent).toContain("could not be shown");
    } else {
      expect(element.querySelectorAll(".cl-item").length).toBeGreaterThan(0);
    }
    expect(element.querySelector(".cl-loading")).toBeNull();
  }, 60_000);
});
