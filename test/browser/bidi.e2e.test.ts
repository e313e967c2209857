// @vitest-environment node
// Bidi spoofing, as the reader sees it in real Chromium: a title "\u202Eevil title \u202D more"
// keeps its citation numbers after it (not pulled inside, drawn as "more ¹ eltit live"), in the
// chart createTimeline draws, in renderToString's markup, and in the exported SVG shown with no
// stylesheet; a publisher spelling a domain backwards cannot move the link's real host.
// Needs `npm run build` first (the page loads dist/citeline.umd.min.js).
import { describe, expect, it } from "vitest";
import { browser, server, useChromium, watchErrors } from "./harness.js";

useChromium();

const DATA = {
  sources: [{ id: "spoof", publisher: "\u202Egro.elpmaxe", url: "https://example.org/a" }],
  events: [
    { id: "evil", title: "\u202Eevil title \u202D more", start: "2008-06-07", sources: ["spoof"] },
    { id: "arabic", title: "2008 زيارة المالكي", start: "2008-06-20", sources: ["spoof"] },
  ],
};

interface Box {
  left: number;
  right: number;
}

describe("bidi controls in user text cannot reorder ours", () => {
  it("the citation numbers stay after the title in every rendering; the link keeps its place", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/bench/page.html`);
    const result = await page.evaluate((data) => {
      const C = (window as unknown as { Citeline: Record<"loadTimeline" | "renderToString" | "createTimeline", (...a: unknown[]) => unknown> }).Citeline;
      const box = (el: Element | null): Box => {
        const r = el!.getBoundingClientRect();
        return { left: r.left, right: r.right };
      };
      const label = (root: ParentNode, id: string) => {
        const g = root.querySelector(`g.cl-item[data-id="${id}"]`)!;
        return { title: box(g.querySelector(".cl-title-text")), cites: box(g.querySelector(".cl-cites")) };
      };
      const { timeline } = C.loadTimeline(data) as { timeline: unknown };
      const host = document.getElementById("timeline")!;
      host.style.width = "900px";
      const handle = C.createTimeline(host, { timeline }) as { toSVG(): string };
      const li = host.querySelector("li.cl-source")!;
      const source = { number: box(li.querySelector(".cl-cite-number")), publisher: box(li.querySelector(".cl-cite-publisher")), link: box(li.querySelector(".cl-cite-link")) };
      const drawn = label(host, "evil");
      // The server's markup, as a page would receive it.
      const served = document.createElement("div");
      served.style.width = "900px";
      document.body.append(served);
      served.insertAdjacentHTML("afterbegin", C.renderToString(timeline, { width: 900 }) as string);
      const ssr = label(served, "evil");
      // The exported file, shown with no stylesheet (outside .citeline): the attribute alone isolates.
      const exported = new DOMParser().parseFromString(handle.toSVG(), "image/svg+xml").documentElement;
      const bare = document.createElement("div");
      document.body.append(bare);
      bare.append(document.importNode(exported, true));
      const file = label(bare, "evil");
      // And the same markup without the isolation: the check can fail.
      bare.querySelectorAll(".cl-title-text").forEach((t) => t.removeAttribute("unicode-bidi"));
      const unisolated = label(bare, "evil");
      const arabic = served.querySelector('g.cl-item[data-id="arabic"] .cl-title-text') as SVGTextContentElement;
      // "2008" ends the Arabic title's line, at its right (it reads right to left).
      const digits = arabic.getStartPositionOfChar(0).x > arabic.getStartPositionOfChar(6).x;
      return { drawn, ssr, file, unisolated, source, digits };
    }, DATA);
    for (const [name, { title, cites }] of Object.entries({ drawn: result.drawn, ssr: result.ssr, file: result.file })) {
      expect(cites.left, `${name}: numbers after the title`).toBeGreaterThanOrEqual(title.right - 1);
    }
    expect(result.unisolated.cites.left).toBeLessThan(result.unisolated.title.right - 1);
    expect(result.source.publisher.left).toBeGreaterThanOrEqual(result.source.number.right - 1);
    expect(result.source.link.left).toBeGreaterThanOrEqual(result.source.publisher.right - 1);
    expect(result.digits).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("an address with a right-to-left path, on a right-to-left page", () => {
  it("reads host first, left to right, its path's letters decoded", async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/bench/page.html`);
    const seen = await page.evaluate(async () => {
      const C = (window as unknown as { Citeline: { createTimeline(el: HTMLElement, o: unknown): { ready: Promise<void> }; preload(...p: string[]): Promise<void>; localeFor(t: string): unknown } }).Citeline;
      await C.preload("fa");
      const host = document.getElementById("timeline")!;
      host.dir = "rtl";
      const data = { events: [{ title: "جنگ ایران و عراق", start: "1980-09-22", end: "1988-08-20", sources: [{ url: "https://fa.wikipedia.org/wiki/%D8%AC%D9%86%DA%AF_%D8%A7%DB%8C%D8%B1%D8%A7%D9%86_%D9%88_%D8%B9%D8%B1%D8%A7%D9%82" }] }] };
      await C.createTimeline(host, { data, locale: C.localeFor("fa") }).ready;
      const a = await new Promise<HTMLAnchorElement>((done) => {
        const look = () => { const found = host.querySelector<HTMLAnchorElement>(".cl-sources a.cl-cite-link"); if (found) done(found); else requestAnimationFrame(look); };
        look();
      });
      const node = a.firstChild!;
      const text = node.textContent!;
      const x = (i: number) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().left; };
      return { text, host: x(text.indexOf("fa.")), org: x(text.indexOf(".org")), path: x(text.indexOf("جنگ")) };
    });
    expect(seen.text).toBe("fa.wikipedia.org/wiki/جنگ_ایران_و_عراق");
    expect(seen.host).toBeLessThan(seen.org);
    expect(seen.org).toBeLessThan(seen.path);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a right-to-left value in a left-to-right sentence", () => {
  it("reads in its own direction, and a stray override in it, or an isolate's end before one, cannot turn our words around", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/bench/page.html`);
    // A relative date as a Persian sheet writes it ("3 days after the meeting"), and an override.
    // And a stray POP DIRECTIONAL ISOLATE before an override, which ended our isolate before it was balanced.
    const csv = "Title,Date,Source\nدیدار,۳ روز پس از دیدار,IRNA\nSpoof,\u202Eevil,NYT\nStray,x\u2069\u202Eworse,NYT\nVisit,2008-06-07,NYT\n";
    await page.evaluate((data) => {
      const element = document.createElement("cite-line");
      element.id = "embedded";
      element.setAttribute("data", data);
      // The list for the editor, shown.
      element.setAttribute("debug", "");
      document.body.append(element);
    }, csv);
    await page.waitForFunction(() => document.querySelector("#embedded .cl-embed")?.getAttribute("data-state") === "ready");
    const drawn = await page.locator("#embedded .cl-diagnostics li").evaluateAll((items) =>
      items.map((li) => {
        const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
        const texts: Text[] = [];
        while (walker.nextNode()) texts.push(walker.currentNode as Text);
        // Where the character `n`-th after `word` begins (`n` 0 is the word's first), on the screen.
        const x = (word: string, n = 0) => {
          const node = texts.find((t) => t.data.includes(word))!;
          const range = document.createRange();
          const at = node.data.indexOf(word) + n;
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return range.getBoundingClientRect().left;
        };
        const text = li.textContent ?? "";
        if (text.includes("دیدار")) return { persian: x("۳ روز") > x("دیدار", 4) };
        const ours = x("is not") < x("citeline can read") && x("citeline can read") < x("Write dates");
        if (text.includes("worse")) return { stray: ours };
        if (text.includes("evil")) return { ours };
        return {};
      }),
    );
    // The value's first word at its right, as it reads; our sentence from left to right after it.
    expect(drawn).toContainEqual({ persian: true });
    expect(drawn).toContainEqual({ ours: true });
    expect(drawn).toContainEqual({ stray: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
