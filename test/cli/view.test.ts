// @vitest-environment node
// `citeline render --view`: the view that leads on the page (chart by default, the list alone, or
// the story's slides under the chart), read by the options table as `<cite-line view>` is; anything
// else a usage error (exit 2) with nothing written.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { renderPage } from "../../src/write/page.js";
import { runCli } from "./run.js";

const SEED = "examples/seed-tehran-2008/events.csv";
const dir = mkdtempSync(join(tmpdir(), "citeline-cli-view-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The root's classes and the number of slides on a written page. */
const viewOf = (html: string) => [/<div class="(citeline[^"]*)"/.exec(html)?.[1], (html.match(/class="cl-slide"/g) ?? []).length];

describe("citeline render --view", () => {
  it("writes the chart by default, and the list or the story when asked", async () => {
    const seed = loadTimeline(readFileSync(SEED, "utf8")).timeline;
    const written: Record<string, unknown[]> = {};
    for (const view of [undefined, "chart", "list", "story"] as const) {
      const out = join(dir, `${view ?? "default"}.html`);
      expect(await runCli("render", SEED, "-o", out, ...(view ? ["--view", view] : []))).toMatchObject({ code: 0, stderr: "" });
      const html = readFileSync(out, "utf8");
      written[view ?? "default"] = viewOf(html);
      // The page the API writes for the same view, but for the stylesheet the command inlines.
      expect(viewOf(renderPage(seed, view ? { view } : {}))).toEqual(viewOf(html));
    }
    expect(written).toEqual({ default: ["citeline", 0], chart: ["citeline", 0], list: ["citeline cl-list-primary", 0], story: ["citeline cl-story-primary", 1] });
  });

  it("names the views in its help, the flag apart from its sentence", async () => {
    const help = (await runCli("--help")).stdout;
    expect(help).toMatch(/\n {2}--view <chart\|list\|story>\n {24}Which view leads/);
    // Every flag line: the flag, then two spaces or more before its sentence, or nothing after it.
    const flagLines = help.split("\n").filter((l) => /^ {2}-/.test(l));
    expect(flagLines.length).toBeGreaterThan(15);
    for (const line of flagLines) expect(line, line).toMatch(/^ {2}(?:-\w, )?--[\w-]+(?: <[^>]+>)?(?:$| {2,}\S)/);
  });

  it.each(["slides", "", "Story"])("refuses %j: usage error, exit 2, nothing written", async (bad) => {
    const out = join(dir, `bad-${bad || "blank"}.html`);
    const r = await runCli("render", SEED, "-o", out, "--view", bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--view must be");
    expect(existsSync(out)).toBe(false);
  });
});
