// @vitest-environment node
// Keeps the guides in docs/ honest, cheaply: the options and CSS variables they name exist, their
// relative links resolve, and every exported symbol has a summary and an example for the API docs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { stylesheetSource } from "../scripts/stylesheet.mjs";
import { OPTION_LIST, type OptionUse } from "../src/options.js";
import { optionDoc } from "../src/options/docs.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const guides = readdirSync(join(root, "docs"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => `docs/${f}`);

/** The fenced code blocks of a markdown file, with their language. */
function codeBlocks(markdown: string): { lang: string; code: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({ lang: m[1] ?? "", code: m[2] ?? "" }));
}

/** The top-level keys of the object literal that starts at `code[start]` (a `{`). */
function objectKeys(code: string, start: number): string[] {
  let depth = 0;
  let top = "";
  for (let i = start; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'" || c === "`") {
      const end = code.indexOf(c, i + 1);
      i = end < 0 ? code.length : end;
      if (depth === 1) top += '""';
      continue;
    }
    if (c === "/" && code[i + 1] === "/") {
      i = code.indexOf("\n", i) - 1;
      if (i < 0) break;
      continue;
    }
    if ("{[(".includes(c)) depth++;
    else if ("}])".includes(c)) depth--;
    if (depth === 0) break;
    if (depth === 1 && c !== "{") top += c;
  }
  return [...top.matchAll(/(?:^|,)\s*([A-Za-z_$][\w$]*)\s*:/g)].map((m) => m[1]!);
}

describe("docs", () => {
  it("getting-started.md names only options TimelineOptions has", () => {
    const source = read("src/options/types.ts");
    const body = /export interface TimelineOptions \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? "";
    const known = new Set([...body.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]));
    expect(known.size).toBeGreaterThan(5);
    const used = new Set<string>();
    for (const { lang, code } of codeBlocks(read("docs/getting-started.md"))) {
      if (!/^(ts|js|html)$/.test(lang)) continue;
      for (const m of code.matchAll(/(?:createTimeline\([^,]+,\s*|\.update\(\s*)\{/g)) {
        for (const key of objectKeys(code, m.index + m[0].length - 1)) used.add(key);
      }
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });

  it("options.md lists every option of the options table, once, as the table describes it", () => {
    // UPDATE_OPTIONS_DOC=1 npx vitest run test/docs.test.ts rewrites the table from src/options/table.ts.
    const start = "<!-- options: generated from src/options/table.ts -->\n";
    const end = "<!-- /options -->";
    const doc = read("docs/options.md");
    const from = doc.indexOf(start) + start.length;
    const to = doc.indexOf(end);
    expect(from).toBeGreaterThan(start.length - 1);
    expect(to).toBeGreaterThanOrEqual(from);
    const table = optionsTable();
    if (process.env.UPDATE_OPTIONS_DOC) writeFileSync(join(root, "docs/options.md"), doc.slice(0, from) + table + doc.slice(to));
    else expect(doc.slice(from, to)).toBe(table);
    const listed = process.env.UPDATE_OPTIONS_DOC ? table : doc.slice(from, to);
    const names = [...listed.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(names).toEqual(OPTION_LIST.map((o) => o.name));
  });

  it("theming.md names every CSS variable of the stylesheet, and no other", () => {
    const css = stylesheetSource();
    const guide = read("docs/theming.md");
    const inCss = new Set(css.match(/--cl-[\w-]+/g));
    const defined = new Set([...css.matchAll(/(--cl-[\w-]+)\s*:/g)].map((m) => m[1]!));
    const named = new Set(guide.match(/--cl-[\w-]+/g));
    expect([...named].filter((v) => !inCss.has(v))).toEqual([]);
    expect([...defined].filter((v) => !named.has(v))).toEqual([]);
  });

  it("every relative link in docs/*.md and README.md points to an existing file", () => {
    const broken: string[] = [];
    for (const file of ["README.md", ...guides]) {
      // Links outside code: drop fenced blocks and inline code first.
      const text = read(file).replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
      for (const m of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const target = m[1]!;
        if (/^([a-z][a-z+.-]*:|#)/i.test(target)) continue;
        const path = decodeURIComponent(target.split("#")[0]!);
        if (!existsSync(resolve(root, dirname(file), path))) broken.push(`${file}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("every symbol exported by citeline has a summary and an @example", () => {
    const entry = join(root, "src/index.ts");
    const program = ts.createProgram([entry], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    });
    const checker = program.getTypeChecker();
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    const exports = checker.getExportsOfModule(module);
    expect(exports.length).toBeGreaterThan(50);
    const missing: string[] = [];
    for (const exported of exports) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
      const example = symbol.getJsDocTags(checker).some((t) => t.name === "example");
      if (!summary || !example) missing.push(`${exported.name}: ${summary ? "" : "no summary "}${example ? "" : "no @example"}`);
    }
    expect(missing).toEqual([]);
  }, 30_000);
});

/** The table of docs/options.md, one row per option of the options table. */
function optionsTable(): string {
  const takers: Record<OptionUse, string[]> = { timeline: ["createTimeline"], render: ["renderToString"], page: ["renderPage", "renderSvg"], load: ["loadTimeline"] };
  const code = (text: string | undefined) => (text ? `\`${text.replaceAll("|", "\\|")}\`` : "");
  const rows = OPTION_LIST.map((o) =>
    [code(o.name), code(o.type), code(o.attribute), code(o.flag?.join(" ").trim()), [...new Set(o.uses.flatMap((u) => takers[u]))].join(", "), optionDoc(o.name).replaceAll("|", "\\|")].join(" | "),
  );
  return ["| option | type | attribute | flag | taken by | meaning |", "| --- | --- | --- | --- | --- | --- |", ...rows.map((r) => `| ${r} |`), ""].join("\n");
}
