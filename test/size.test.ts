// @vitest-environment node
// The weight budgets of scripts/size.mjs, on the built dist/ (`npm test` builds first): CI fails
// when the script-tag page, what an app bundling citeline loads up front, or a file loaded on
// demand grows past its budget.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { appBundle, BUDGETS, check, scriptTagPage, sizes, TARGET } from "../scripts/size.mjs";

const built = existsSync(new URL("../dist/citeline.umd.min.js", import.meta.url));

describe.runIf(built)("the weight of dist/", () => {
  it("reports every shipped file with its gzip size", async () => {
    const all = await sizes();
    expect(all.map((s) => s.file)).toEqual(expect.arrayContaining(["citeline.umd.min.js", "style.css", "citeline.js", "core.cjs"]));
    for (const s of all) expect(s.gzip, s.file).toBeGreaterThan(0);
    expect(all.some((s) => s.file.endsWith(".map") || s.file.endsWith(".d.ts"))).toBe(false);
  });

  it("keeps the script-tag page for native JSON or CSV, a bundled app's first load, and each file loaded on demand, within budget", async () => {
    const page = await scriptTagPage();
    expect(page.files.map((f) => f.file)).toEqual(["citeline.umd.min.js", "style.css"]);
    expect(BUDGETS["script-tag page"]).toBeGreaterThanOrEqual(TARGET);
    const app = await appBundle();
    // An app's bundler splits off every part the ESM build for browsers loads on demand: the
    // TimelineJS reader, the EDTF reader, the reader of dates in words, the HTML reader, the page
    // writer, story mode and the eleven locales; and date-fns's startOfWeek, which the reader of dates in
    // words (date-fns's `parse`) and the Italian locale share, since the axis no longer runs
    // date-fns's `format`, which brought it into the first load.
    expect(app.parts).toHaveLength(18);
    expect(app.files.map((f) => f.file)).toContain("style.css");
    const { rows, over } = await check(undefined, app);
    expect(rows.map((r) => r.name)).toContain("app page (bundled)");
    expect(over).toEqual([]);
  }, 60_000);
});

it.skipIf(built)("needs a build: run npm run build (npm test does it first)", () => {
  expect.fail("dist/citeline.umd.min.js is missing");
});
