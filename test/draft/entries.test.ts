// @vitest-environment node
// Drafting is for Node and build steps: `citeline/core` exports it, and nothing the browser
// entries import (src/index.ts, src/umd.ts) reaches src/draft/ or chrono-node, so the script-tag
// bundle and an app's `citeline` import carry none of it.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as core from "../../src/core.js";

const SRC = resolve(import.meta.dirname, "../../src");

// Every module a file reaches through its imports (type-only imports included: they are harmless,
// but a graph that names none is the stronger claim), as paths from src/ or package names.
function reach(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const key = relative(SRC, file);
    if (seen.has(key)) return;
    seen.add(key);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|^\s*import\s+"([^"]+)"/gms)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith(".")) visit(join(dirname(file), spec.replace(/\.js$/, ".ts")));
      else seen.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
    }
  };
  visit(join(SRC, entry));
  return seen;
}

describe("drafting's place in the entries", () => {
  it("is exported by citeline/core", () => {
    expect(typeof core.draftTimeline).toBe("function");
    expect(reach("core.ts")).toContain("chrono-node");
  });

  it("gives every symbol only citeline/core exports a summary and an @example (test/docs.test.ts checks citeline's)", () => {
    const program = ts.createProgram([join(SRC, "core.ts"), join(SRC, "index.ts")], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true, skipLibCheck: true, types: [] });
    const checker = program.getTypeChecker();
    const exportsOf = (file: string) => checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(join(SRC, file))!)!);
    const browser = new Set(exportsOf("index.ts").map((s) => s.name));
    const only = exportsOf("core.ts").filter((s) => !browser.has(s.name));
    expect(only.map((s) => s.name).sort()).toEqual(["DraftOptions", "DraftResult", "draftTimeline"]);
    for (const exported of only) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      expect(ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(), exported.name).not.toBe("");
      expect(symbol.getJsDocTags(checker).some((t) => t.name === "example"), exported.name).toBe(true);
    }
  }, 30_000);

  it.each(["index.ts", "umd.ts"])("is not reached from %s", (entry) => {
    const reached = [...reach(entry)];
    expect(reached.length).toBeGreaterThan(50);
    expect(reached.filter((m) => m === "chrono-node" || m.startsWith("draft/"))).toEqual([]);
  });
});
