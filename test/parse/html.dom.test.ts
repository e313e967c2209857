// The script-tag bundle's HTML reader (src/browser/html-read.ts: a small tokenizer that asks the
// browser's DOMParser, here jsdom's, only for rare character references) against htmlparser2
// (src/parse/html-read.ts): the same cases as the Node tests, every TimelineJS file we hold and
// the hostile corpus loaded through each (the same timeline, diagnostics and all), and fragments
// made up at random, well-formed and tag soup. test/browser/on-demand.e2e.test.ts repeats the file
// comparison in Chromium with the built bundle.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { MARKUP } from "../fixtures/hostile/corpus.js";
import { loadTimeline } from "../../src/load.js";
import { htmlLines, htmlLinks } from "../../src/parse/html-links.js";
import { htmlToText } from "../../src/parse/html-text.js";
import { LINE_CASES, LINK_CASES, SLIDE_TEXT, TEXT_CASES } from "./html-cases.js";

// Which reader html-text.ts and html-links.ts hear, switched per test: the alias rollup.config.js
// makes for the script-tag bundle, made here for one module.
const reader = vi.hoisted((): { use: "dom" | "htmlparser2" } => ({ use: "dom" }));
vi.mock("../../src/parse/html-read.js", async (importOriginal) => {
  const node = await importOriginal<typeof import("../../src/parse/html-read.js")>();
  const dom = await import("../../src/browser/html-read.js");
  return { htmlReady: node.htmlReady, readHtml: (...args: Parameters<typeof node.readHtml>) => (reader.use === "dom" ? dom : node).readHtml(...args) };
});

function withReader<T>(use: typeof reader.use, run: () => T): T {
  const before = reader.use;
  reader.use = use;
  try {
    return run();
  } finally {
    reader.use = before;
  }
}

const both = ["dom", "htmlparser2"] as const;

describe.each(both)("the %s reader", (use) => {
  it.each(TEXT_CASES)("htmlToText: %s", (_name, html, text) => {
    expect(withReader(use, () => htmlToText(html))).toBe(text);
  });
  it("htmlToText: a realistic slide", () => {
    expect(withReader(use, () => htmlToText(SLIDE_TEXT[0]))).toBe(SLIDE_TEXT[1]);
  });
  it.each(LINK_CASES)("htmlLinks: %s", (_name, html, links) => {
    expect(withReader(use, () => htmlLinks(html))).toEqual(links);
  });
  it.each(LINE_CASES)("htmlLines: %s", (_name, html, lines) => {
    expect(withReader(use, () => htmlLines(html))).toEqual(lines);
  });
});

const DIRS = ["../fixtures/timelinejs3/", "../fixtures/timelinejs/", "../fixtures/hostile/"].map((dir) => new URL(dir, import.meta.url));
const FILES = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => /\.(json|csv)$/.test(f) && f !== "payloads.json").map((f) => new URL(f, dir)));

describe("both readers load the same timeline", () => {
  it("finds the files", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(17);
  });

  it.each(FILES.map((url) => [url.pathname.split("/").slice(-2).join("/"), url] as const))("%s", (_name, url) => {
    const text = readFileSync(url, "utf8");
    const dom = withReader("dom", () => loadTimeline(text));
    const node = withReader("htmlparser2", () => loadTimeline(text));
    // Something to compare: events, or (TimelineJS's science draft, which has no start dates) the errors that dropped them.
    expect(dom.timeline.events.length + dom.diagnostics.filter((d) => d.severity === "error").length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(dom))).toEqual(JSON.parse(JSON.stringify(node)));
  });

  it("reads every hostile markup payload to the same words and links, none of it run or loaded", () => {
    for (const payload of MARKUP) {
      const html = payload.replace(/§/g, "7");
      for (const read of [htmlToText, htmlLinks, htmlLines] as const) {
        expect(withReader("dom", () => read(html)), html).toEqual(withReader("htmlparser2", () => read(html)));
      }
    }
  });
});

// Well-formed fragments as TimelineJS authors write them: blocks holding blocks or inline content,
// inline elements holding inline content, links never inside links, words with entities,
// newlines and no-break spaces, the odd script or style.
const words = fc.stringMatching(/^[a-z ,.\n]{0,12}$/).chain((w) => fc.constantFrom(w, `${w}&amp;`, `&ldquo;${w}&rdquo;`, `${w}&nbsp;`, `${w}&#8217;s`));
const { block } = fc.letrec<{ block: string; inline: string; plain: string }>((tie) => ({
  plain: fc.oneof({ weight: 4, arbitrary: words }, fc.constantFrom("<br>", "<script>x = '<p>'</script>", "<style>p{}</style>"), fc.tuple(fc.constantFrom("b", "i", "span"), fc.array(tie("plain"), { maxLength: 3 })).map(([t, c]) => `<${t}>${c.join("")}</${t}>`)),
  inline: fc.oneof({ weight: 3, arbitrary: tie("plain") }, fc.array(tie("plain"), { maxLength: 3 }).map((c) => `<a href="https://x.example/${c.length}">${c.join("")}</a>`)),
  block: fc.oneof(
    { weight: 3, arbitrary: tie("inline") },
    fc.tuple(fc.constantFrom("div", "blockquote"), fc.array(tie("block"), { maxLength: 3 })).map(([t, c]) => `<${t}>${c.join("")}</${t}>`),
    fc.tuple(fc.constantFrom("p", "h2"), fc.array(tie("inline"), { maxLength: 3 })).map(([t, c]) => `<${t}>${c.join("")}</${t}>`),
    fc.array(fc.array(tie("block"), { maxLength: 2 }), { maxLength: 3 }).map((items) => `<ul>${items.map((c) => `<li>${c.join("")}</li>`).join("")}</ul>`),
  ),
}));

describe("both readers, on fragments made up at random", () => {
  it("give the same words, links and lines", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 4 }).map((parts) => parts.join("")), (html) => {
        for (const read of [htmlToText, htmlLinks, htmlLines] as const) {
          expect(withReader("dom", () => read(html))).toEqual(withReader("htmlparser2", () => read(html)));
        }
      }),
      { numRuns: 300 },
    );
  });
});

// Tag soup: tags opened and closed in any order, stray end tags, comments, raw text, SVG, entities
// of every kind. Where two parsers could part ways, the browser reader must follow htmlparser2.
const soup = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: words },
      fc.constantFrom("<b>", "</b>", "<i>", "</i>", "<p>", "</p>", "<div>", "</div>", "<ul>", "</ul>", "<li>", "</li>", "<br>", "</br>", "<br/>", "<hr>", "<h2>", "</h2>"),
      fc.constantFrom('<a href="https://x.example/a">', "<a href=//y.example/b>", "</a>", '<blockquote cite="https://q.example">', "</blockquote>", '<img src="https://i.example/p.jpg">', '<iframe src="https://v.example/e">', "</iframe>"),
      fc.constantFrom("<!-- c -->", "<!-->", "<!doctype html>", "<?x?>", "<![CDATA[x<b>]]>", "</>", "< b", "a<", "<script>a</b>\n</script>", "<style>\n</style>", "<title>t&amp;</title>", "<textarea><b></textarea>"),
      fc.constantFrom("<svg>", "</svg>", "<svg><path/>", "<math>", "<foreignObject>", "<image src=https://i.example/x>", "<form>", "</form>", "<table><tr><td>", "</td>", "<dd>", "<dt>", "<option>"),
      fc.constantFrom("&amp;", "&AMP;", "&amp", "&ampx", "&copy2008", "&notit;", "&eacute;", "&#150;", "&#x2019;", "&#0;", "&#xD800;", "&#1114112;", "&#65", "&bogus;", "&", "&#;", "&hellip;", "&Eacute;"),
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(""));

describe("both readers, on tag soup", () => {
  it("give the same words, links and lines", () => {
    fc.assert(
      fc.property(soup, (html) => {
        for (const read of [htmlToText, htmlLinks, htmlLines] as const) {
          expect(withReader("dom", () => read(html))).toEqual(withReader("htmlparser2", () => read(html)));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("read a tag cut off by the end alike: its name as text while it could be a raw-text element's", () => {
    // Found by the property above ("a<t"): htmlparser2 reads "at", where the browser reader read "a".
    const cut = ["a<t", "a<i", "a<n", "a<p", "a<s", "a<x", "a<T", "a<scr", "a<script", "a<Ti", "a<nof", "<p>a<ti", "a<b", "a<tx", "a<t b", "a<scripts", "a<t1", "a</t"];
    for (const html of cut) expect(withReader("dom", () => htmlToText(html)), html).toBe(withReader("htmlparser2", () => htmlToText(html)));
    expect(withReader("dom", () => htmlToText("a<t"))).toBe("at");
    expect(withReader("dom", () => htmlToText("a<b"))).toBe("a");
  });

  it("decode a link's query as an attribute, not as text", () => {
    for (const use of both) {
      expect(withReader(use, () => htmlLinks('<a href="https://x.example/?a=1&copy=2&amp;b=&eacute;">x</a>'))[0]?.url).toBe("https://x.example/?a=1&copy=2&b=é");
    }
  });
});
