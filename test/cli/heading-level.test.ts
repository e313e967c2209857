// @vitest-environment node
// `citeline render --heading-level`: the page's lists at the level asked for (h2 by default, under
// the page's h1), and anything but 1–6 a usage error (exit 2) with nothing written.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run.js";

const SEED = "examples/seed-tehran-2008/events.csv";
const dir = mkdtempSync(join(tmpdir(), "citeline-cli-heading-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

/** The tags of the page's headings, in order. */
const headings = (html: string) => [...html.matchAll(/<(h[1-6])[\s>]/g)].map((m) => m[1]);

describe("citeline render --heading-level", () => {
  it("h2 under the page's h1 by default; the level asked for otherwise", async () => {
    expect(await run("render", SEED, "-o", join(dir, "default.html"))).toMatchObject({ code: 0, stderr: "" });
    expect(headings(readFileSync(join(dir, "default.html"), "utf8"))).toEqual(["h1", "h2", "h2"]);
    expect(await run("render", SEED, "-o", join(dir, "four.html"), "--heading-level", "4")).toMatchObject({ code: 0, stderr: "" });
    expect(headings(readFileSync(join(dir, "four.html"), "utf8"))).toEqual(["h1", "h4", "h4"]);
  });

  it.each(["0", "7", "2.5", "two"])("refuses %s: usage error, exit 2, nothing written", async (bad) => {
    const out = join(dir, `bad-${bad}.html`);
    const r = await run("render", SEED, "-o", out, "--heading-level", bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--heading-level must be a whole number from 1 to 6; got "${bad}".`);
    expect(existsSync(out)).toBe(false);
  });
});
