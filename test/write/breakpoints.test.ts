// @vitest-environment node
// The lists' two breakpoints are written twice: the stylesheet's media queries ask the window's
// width (what a static page has), and the scene's classes the timeline's own (a narrow column of a
// wide page). This holds them together: each media query's rules are repeated under the class the
// scene sets from that width down, and the scene sets it at that width and not a pixel wider.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTimeline, renderToString } from "../../src/core.js";

const LISTS = readFileSync(resolve(import.meta.dirname, "../../src/write/theme/lists.css"), "utf8");
const SEED = loadTimeline(readFileSync(resolve(import.meta.dirname, "../../examples/seed-tehran-2008/events.csv"), "utf8")).timeline;
const QUERIES = [...LISTS.matchAll(/^@media \(max-width: (\d+)px\) \{\n([\s\S]*?)\n\}$/gm)].map((m) => ({ width: Number(m[1]), rules: m[2]! }));

const classesAt = (width: number): string[] => /^<div class="([^"]+)"/.exec(renderToString(SEED, { width }))![1]!.split(" ");

describe("the lists' breakpoints", () => {
  it("are the stylesheet's two media queries", () => {
    expect(QUERIES.map((q) => q.width)).toEqual([640, 480]);
  });

  it.each(QUERIES.map((q) => [q.width, q.rules] as const))("at %i px: the scene sets a class there and not a pixel wider, and the stylesheet repeats the query's rules under it", (width, rules) => {
    const added = classesAt(width).filter((c) => !classesAt(width + 1).includes(c));
    expect(added).toHaveLength(1);
    expect(classesAt(width - 100)).toContain(added[0]);
    const underClass = rules.replace(/^ {2}/gm, "").replace(/^\.citeline /gm, `.citeline.${added[0]!} `);
    expect(LISTS).toContain(`}\n${underClass}\n`);
  });
});
