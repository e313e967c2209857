// @vitest-environment node
// `citeline draft`, run in-process through main() with real files in a temporary directory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import type { TimelineInput } from "../../src/types.js";
import { runCli } from "./run.js";

const SEED = "test/fixtures/draft/tehran-visit-2008.txt";
const dir = mkdtempSync(join(tmpdir(), "citeline-draft-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const out = (name: string) => join(dir, name);

describe("citeline draft", () => {
  it("writes the seed's draft as native JSON, and says on stderr what it dated from the text around", async () => {
    const r = await runCli("draft", SEED, "--published", "2008-06-09", "--publisher", "Commentary", "--title", "Maliki in Tehran", "-o", out("seed.json"));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote ${out("seed.json")}: 8 draft events, 3 warnings.\n`);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^test\/fixtures\/draft\/tehran-visit-2008\.txt: text\[4\]: warning draft-date-from-context: "on the second day of a three-day visit" in the sentence "“We will not allow Iraq/),
      expect.stringMatching(/: text\[10\]: warning draft-date-from-context: "At the same time"/),
      expect.stringMatching(/: text\[13\]: warning draft-undated-span: "eight years"/),
    ]);
    const draft = JSON.parse(readFileSync(out("seed.json"), "utf8")) as TimelineInput;
    expect(draft.title).toBe("Maliki in Tehran");
    expect(draft.events.map((e) => e.start)).toEqual(["2008-22?", "2008-06-08", "2008-06-08", "2008-06-07", "2008-06-02~", "2008-06~", "/2008-06-09?", "2008-06-09"]);
    const loaded = loadTimeline(draft);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.timeline.events.every((e) => e.draft)).toBe(true);
  });

  it("reads an article saved as Windows-1252 or UTF-16 in the encoding it is in, saying the guess", async () => {
    // The seed article, its curly quotes and all, as a Western Windows editor and as Notepad's "Unicode" save it.
    const article = readFileSync(SEED, "utf8");
    const cp1252 = Buffer.from(article.replace(/[“”’]/g, (c) => ({ "“": "\u0093", "”": "\u0094", "’": "\u0092" })[c]!), "latin1");
    writeFileSync(out("ansi.txt"), cp1252);
    writeFileSync(out("utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, "utf16le")]));
    const utf8 = await runCli("draft", SEED);
    for (const [file, said] of [["ansi.txt", true], ["utf16.txt", false]] as const) {
      const r = await runCli("draft", out(file));
      expect(r.code, file).toBe(0);
      expect(JSON.parse(r.stdout), file).toEqual(JSON.parse(utf8.stdout));
      expect(r.stderr.includes("warning text-encoding: The file is not UTF-8 text, so it was read as Windows-1252"), file).toBe(said);
    }
  });

  it("prints the draft on stdout without -o, so it can be piped", async () => {
    const r = await runCli("draft", "test/fixtures/draft/iran-iraq-war-chronology.txt");
    expect(r.code).toBe(0);
    const draft = JSON.parse(r.stdout) as TimelineInput;
    expect(draft.events).toHaveLength(7);
    expect(r.stderr).toContain("draft-undated-span");
  });

  it("exits 0 and reports each undated sentence when there is no publication date", async () => {
    const r = await runCli("draft", SEED, "--locale", "en-US", "-o", out("undated.json"));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote ${out("undated.json")}: 0 draft events, 7 warnings.\n`);
    expect(r.stderr.match(/draft-unresolved-date/g)).toHaveLength(5);
    expect(r.stderr).toContain('text[3]: warning draft-unresolved-date: "on Sunday" in the sentence "Iraq’s prime minister');
  });

  it("exits 2 on a file it cannot read, a date it cannot read, or a usage error", async () => {
    expect(await runCli("draft", "no-such-article.txt")).toMatchObject({ code: 2, stderr: "citeline: cannot read no-such-article.txt: no such file\n" });
    const bad = await runCli("draft", SEED, "--published", "next Tuesday", "-o", out("bad.json"));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--published "next Tuesday" is not a date citeline can read');
    expect((await runCli("draft")).code).toBe(2);
    expect((await runCli("draft", SEED, "extra.txt")).stderr).toContain('unexpected argument "extra.txt"');
    expect((await runCli("draft", SEED, "--width", "3")).code).toBe(2);
    expect((await runCli("draft", SEED, "-o", join(dir, "missing", "x.json"))).stderr).toContain("its folder does not exist");
  });

  it("has its own help, and is named in the command's", async () => {
    const own = await runCli("draft", "--help");
    expect(own).toMatchObject({ code: 0, stderr: "" });
    expect(own.stdout).toMatch(/^Usage: citeline draft <article\.txt>/);
    expect(own.stdout).toContain("--published <date>");
    expect((await runCli("--help")).stdout).toContain("citeline draft <article.txt>");
  });
});
