// Pictures written by the server (renderToString, renderPage): the same `media` option as the
// browser, the same markup as the patcher writes, and a page that fetches nothing unless asked.
import { describe, expect, it } from "vitest";
import { layoutTimeline } from "../../src/layout/layout.js";
import { loadTimeline } from "../../src/load.js";
import { en } from "../../src/messages/index.js";
import { createListsCache } from "../../src/scene/lists.js";
import { settledFocus, timelineScene } from "../../src/scene/timeline.js";
import { wordsFor } from "../../src/scene/words.js";
import { patch } from "../../src/write/dom.js";
import { renderPage, renderToString } from "../../src/write/page.js";
import { toMarkup } from "../../src/write/string.js";
import { markupOf, parseHtml } from "./trees.js";

const { timeline } = loadTimeline({
  events: [
    { id: "visit", title: "Visit begins", start: "2008-06-07", media: { url: "images/visit.jpg", alt: 'Maliki "walks" <down> the steps', credit: "IRNA", caption: "Arrival" } },
    { id: "talks", title: "Talks", start: "2008-06-08", media: { url: "https://example.org/talks.png", alt: "", credit: "AP" } },
  ],
});

describe("pictures written by the server", () => {
  it("are words, never an <img>, by default", () => {
    const html = renderToString(timeline);
    expect(html).not.toContain("<img");
    const doc = parseHtml(html);
    expect([...doc.querySelectorAll(".cl-list .cl-media-alt")].map((p) => p.textContent)).toEqual(['Image: Maliki "walks" <down> the steps']);
    expect([...doc.querySelectorAll(".cl-list .cl-media-credit")].map((p) => p.textContent)).toEqual(["Credit: IRNA [1]", "Credit: AP [2]"]);
  });

  it("with media: true are lazy <img>s with no referrer and no end tag, their alt text escaped", () => {
    const html = renderToString(timeline, { media: true });
    expect(html).toContain('<img class="cl-media-img" alt="Maliki &quot;walks&quot; &lt;down&gt; the steps" loading="lazy" decoding="async" referrerpolicy="no-referrer" src="images/visit.jpg">');
    expect(html).not.toContain("</img>");
    const imgs = [...parseHtml(html).querySelectorAll("img")];
    expect(imgs.map((i) => [i.getAttribute("src"), i.getAttribute("alt")])).toEqual([
      ["images/visit.jpg", 'Maliki "walks" <down> the steps'],
      ["https://example.org/talks.png", ""],
    ]);
  });

  it("are the markup the patcher writes, image and all", () => {
    const layout = layoutTimeline(timeline, { width: 800 });
    const state = { ...settledFocus(layout), selected: "visit", card: { kind: "event" as const, id: "visit", x: 40, y: 40 } };
    for (const media of [{ load: true }, { load: false }, { load: true, failed: new Set(["images/visit.jpg"]) }]) {
      const scene = timelineScene({ layout, words: wordsFor(timeline, undefined), state, prefix: "tl", level: 3, theme: "light", title: "T", pageSize: 25, inert: false, messages: en.chart, locale: undefined, media }, createListsCache());
      const root = document.createElement("div");
      patch(root, scene);
      expect(markupOf(root)).toBe(markupOf(parseHtml(toMarkup(scene)).body.firstElementChild!));
    }
  });

  it("renderPage lets pictures load only when asked, and only pictures", () => {
    const csp = (html: string) => /Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replaceAll("&#39;", "'");
    expect(csp(renderPage(timeline))).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; base-uri 'none'; form-action 'none'$/);
    expect(csp(renderPage(timeline, { media: true }))).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; img-src 'self' https: http:; base-uri 'none'; form-action 'none'$/);
    expect(renderPage(timeline)).not.toContain("<img");
  });
});
