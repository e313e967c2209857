// A date in another calendar is said in it everywhere, and in the lists and the card the Gregorian
// date (the data's own) stands beside it, for a reader checking it against a source.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { renderToString } from "../../src/write/page.js";

const SEED = loadTimeline(readFileSync(resolve(import.meta.dirname, "../../examples/seed-tehran-2008/events.json"), "utf8")).timeline;

describe("a date in another calendar", () => {
  it("has its Gregorian date beside it in the lists and the card, and not on the chart", () => {
    const page = new DOMParser().parseFromString(renderToString(SEED, { width: 900, calendar: "persian" }), "text/html");
    const visit = [...page.querySelectorAll(".cl-entry-when")].map((t) => t.textContent ?? "").find((t) => t.startsWith("18–20 Khordad"));
    expect(visit).toBe("18–20 Khordad 1387 (7–9 June 2008)");
    expect(page.querySelector(".cl-entry-when .cl-when-gregorian bdi")?.textContent).toMatch(/June 2008|1988/);
    // The chart keeps the calendar alone: a label has no room for two dates.
    expect([...page.querySelectorAll("svg .cl-sub")].map((t) => t.textContent).join(" ")).not.toContain("(7–9 June 2008)");
    const gregorian = new DOMParser().parseFromString(renderToString(SEED, { width: 900 }), "text/html");
    expect(gregorian.querySelector(".cl-when-gregorian")).toBeNull();
  });
});

