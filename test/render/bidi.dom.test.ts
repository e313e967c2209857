// Bidi spoofing: every piece of user text is isolated (a <bdi> in HTML, a <tspan> with
// unicode-bidi in SVG) so that a bidi control in it cannot reorder our own words, numbers and link
// text; a link shows the host of its parsed URL, never a publisher that looks like one; and
// right-to-left text and emoji sequences come through untouched. Checked in both writers — the
// DOM renderer (createTimeline) and the string renderer (renderToString) — which must agree.
import { afterEach, describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { checkTimelineOptions } from "../../src/options.js";
import { citationParts, headingLevels, linkText, noteAround, subParts } from "../../src/scene/markup.js";
import { renderToString } from "../../src/write/page.js";
import { createTimeline, type TimelineHandle } from "../../src/view/timeline.js";
import type { TimelineInput } from "../../src/types.js";

const EVIL_TITLE = "\u202Eevil title \u202D more";
const SPOOF = "\u202Egro.elpmaxe";
const ARABIC = "زيارة المالكي إلى طهران";
const HEBREW = "ביקור בטהרן";
const FAMILY = "👩‍👩‍👧";
const RTL_DATE = "\u202Bصيف 2008";

const DATA: TimelineInput = {
  eras: [{ title: EVIL_TITLE, start: "2008-06", end: "2008-07", sources: ["spoof"] }],
  sources: [{ id: "spoof", publisher: SPOOF, url: "https://example.org/a", title: EVIL_TITLE, author: HEBREW }],
  events: [
    { id: "evil", title: EVIL_TITLE, start: "2008-06-07", sources: ["spoof"] },
    { id: "arabic", title: ARABIC, start: "2008-06-14", sources: [{ publisher: "الجزيرة", url: "https://www.aljazeera.net/news" }] },
    { id: "family", title: FAMILY, start: "2008-06-21", sources: [{ publisher: "Family", url: "https://example.com/f" }] },
    { id: "unsourced", title: "No one says so", start: "2008-06-28", displayDate: RTL_DATE },
  ],
};
const { timeline: TIMELINE } = loadTimeline(DATA);

const handles: TimelineHandle[] = [];
afterEach(() => {
  for (const h of handles.splice(0)) h.destroy();
  document.body.replaceChildren();
});

/** The timeline as createTimeline draws it in the page. */
function dom(): HTMLElement {
  const element = document.createElement("div");
  document.body.append(element);
  handles.push(createTimeline(element, { timeline: TIMELINE }));
  return element;
}

/** The timeline as renderToString writes it, parsed. */
function ssr(): HTMLElement {
  const element = document.createElement("div");
  element.append(new DOMParser().parseFromString(renderToString(TIMELINE, { width: 800 }), "text/html").body.firstElementChild!);
  return element;
}

const WRITERS: [string, () => HTMLElement][] = [
  ["createTimeline", dom],
  ["renderToString", ssr],
];

/** An element's structure: tag, class, dir and unicode-bidi, its own text and its children, in order. */
function shape(node: Node): unknown {
  if (node.nodeType === 3) return node.textContent;
  const el = node as Element;
  const attrs = ["class", "dir", "unicode-bidi"].flatMap((a) => (el.hasAttribute(a) ? [`${a}=${el.getAttribute(a)}`] : []));
  return [el.localName, ...attrs, [...el.childNodes].filter((c) => !(c as Element).classList?.contains("cl-source-events")).map(shape)];
}

/** A citation's parts: the list item's children, without the list's own "Show its events" button (and the space before it). */
const citationShape = (li: Element) => (shape(li) as [string, ...unknown[]]).at(-1) as unknown[];
const withoutTrailingSpace = (parts: unknown[]) => (parts.at(-1) === " " ? parts.slice(0, -1) : parts);

const item = (root: ParentNode, id: string) => root.querySelector(`g.cl-item[data-id="${id}"]`)!;
const sourceOf = (root: ParentNode, publisher: string) => [...root.querySelectorAll("li.cl-source")].find((li) => li.querySelector(".cl-cite-publisher")?.textContent === publisher)!;
const follows = (a: Node, b: Node) => (b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe.each(WRITERS)("%s isolates user text", (_name, render) => {
  it("an SVG title is its own isolated tspan; its citation numbers stay outside it, after it", () => {
    const text = item(render(), "evil").querySelector("text.cl-title")!;
    const [title, cites] = [...text.children];
    expect(title!.localName).toBe("tspan");
    expect(title!.getAttribute("class")).toBe("cl-title-text");
    expect(title!.getAttribute("unicode-bidi")).toBe("plaintext");
    expect(title!.textContent).toBe(EVIL_TITLE);
    expect(cites!.getAttribute("class")).toBe("cl-cites");
    expect(cites!.textContent).toBe(" 1");
    expect(cites!.closest(".cl-title-text")).toBeNull();
    expect(follows(cites!, title!)).toBe(true);
    // Nothing of ours is inside the isolated run, and nothing of the user's is outside it.
    expect([...text.childNodes].filter((n) => n.nodeType === 3)).toEqual([]);
  });

  it("an era's label is isolated from its citation numbers as a title is", () => {
    const label = render().querySelector("text.cl-era-label")!;
    const title = label.querySelector("tspan.cl-title-text")!;
    expect(title.textContent).toBe(EVIL_TITLE);
    expect(title.getAttribute("unicode-bidi")).toBe("plaintext");
    const cites = label.querySelector("tspan.cl-cites");
    if (cites) expect(cites.closest(".cl-title-text")).toBeNull();
  });

  it("a display date is isolated from our “· no source”", () => {
    const sub = item(render(), "unsourced").querySelector("text.cl-sub")!;
    expect(shape(sub)).toEqual(["text", "class=cl-sub", [["tspan", "class=cl-sub-text", "unicode-bidi=plaintext", [RTL_DATE]], " · no source"]]);
  });

  it("a publisher that spells a domain backwards is isolated, and the link shows the URL's own host", () => {
    const li = sourceOf(render(), SPOOF);
    const publisher = li.querySelector(".cl-cite-publisher bdi")!;
    expect(publisher.textContent).toBe(SPOOF);
    const link = li.querySelector<HTMLAnchorElement>("a.cl-cite-link")!;
    expect(link.textContent).toBe("example.org");
    expect(link.getAttribute("href")).toBe("https://example.org/a");
    // Our number and the link are never inside the user's isolated text.
    for (const ours of [link, li.querySelector(".cl-cite-number")!]) expect(ours.closest("bdi")).toBeNull();
    expect(follows(link, publisher)).toBe(true);
    expect(li.querySelector(".cl-cite-title")!.textContent).toBe(`“${EVIL_TITLE}”`);
    expect(li.querySelector(".cl-cite-title bdi")!.textContent).toBe(EVIL_TITLE);
    expect(li.querySelector(".cl-cite-author bdi")!.textContent).toBe(HEBREW);
  });

  it("an event's title and date in the list are isolated; its citation numbers are not inside them", () => {
    const entry = render().querySelector('li.cl-entry[data-id="evil"]')!;
    expect(entry.querySelector(".cl-entry-title > bdi")!.textContent).toBe(EVIL_TITLE);
    expect(entry.querySelector(".cl-entry-when > bdi")).not.toBeNull();
    const ref = entry.querySelector("a.cl-cite-ref")!;
    expect(ref.textContent).toBe("[1]");
    expect(ref.closest("bdi")).toBeNull();
  });

  it("keeps right-to-left text and an emoji ZWJ sequence exactly as given", () => {
    const root = render();
    for (const [id, title] of [["arabic", ARABIC], ["family", FAMILY]] as const) {
      expect(item(root, id).querySelector(".cl-title-text")!.textContent).toBe(title);
      expect(root.querySelector(`li.cl-entry[data-id="${id}"] .cl-entry-title bdi`)!.textContent).toBe(title);
    }
    expect([...FAMILY]).toHaveLength(5);
    expect(sourceOf(root, "الجزيرة").querySelector("a.cl-cite-link")!.textContent).toBe("aljazeera.net/news");
  });
});

describe("the two writers agree", () => {
  it("on every source's parts, the SVG labels, and the event list's user text", () => {
    const [a, b] = [dom(), ssr()];
    const sources = (root: HTMLElement) => [...root.querySelectorAll("li.cl-source")].map((li) => withoutTrailingSpace(citationShape(li)));
    expect(sources(a)).toEqual(sources(b));
    expect(sources(a)).toHaveLength(TIMELINE.sources.length);
    for (const e of TIMELINE.events) {
      for (const sel of ["text.cl-title", "text.cl-sub"]) expect(shape(item(a, e.id).querySelector(sel)!), `${e.id} ${sel}`).toEqual(shape(item(b, e.id).querySelector(sel)!));
      const entry = (root: HTMLElement) => root.querySelector(`li.cl-entry[data-id="${e.id}"]`)!;
      // The browser's title is a button, the server's (with nothing to press) a strong: the same inside.
      const inner = (root: HTMLElement, sel: string) => (shape(entry(root).querySelector(sel)!) as unknown[]).at(-1);
      for (const sel of [".cl-entry-when", ".cl-entry-title"]) expect(inner(a, sel), `${e.id} ${sel}`).toEqual(inner(b, sel));
    }
  });
});

describe("in the card and the status line", () => {
  it("the card isolates the title and cites as the sources list does", () => {
    const element = dom();
    handles[0]!.select("evil");
    const card = element.querySelector(".cl-card")!;
    expect(card.querySelector(".cl-card-title > bdi")!.textContent).toBe(EVIL_TITLE);
    expect(card.querySelector(".cl-card-when > bdi")).not.toBeNull();
    const li = card.querySelector(".cl-card-sources li")!;
    expect(citationShape(li)).toEqual(withoutTrailingSpace(citationShape(sourceOf(element, SPOOF))));
  });

  it("“n events cite <publisher>.” isolates the publisher", () => {
    const element = dom();
    sourceOf(element, SPOOF).querySelector<HTMLButtonElement>("button.cl-source-events")!.click();
    const status = element.querySelector(".cl-status")!;
    expect(status.textContent).toBe(`1 event cite ${SPOOF}.`);
    expect(status.querySelector("bdi")!.textContent).toBe(SPOOF);
    expect(status.lastChild!.textContent).toBe(".");
  });
});

describe("markup helpers", () => {
  it("linkText shows the parsed host (ASCII for an international name), or a mailto address", () => {
    expect(linkText("https://www.britannica.com/event/x")).toBe("britannica.com");
    expect(linkText("https://пример.рф/")).toBe("xn--e1afmkfd.xn--p1ai");
    expect(linkText("mailto:desk@example.com")).toBe("desk@example.com");
    expect(linkText("mailto:\u202Emoc.elpmaxe@ksed")).not.toContain("\u202E");
  });

  it("linkText, whole, for a source with no title: the host, then the path and query, decoded where that gives plain text, cut at 60 characters", () => {
    expect(linkText("https://en.wikipedia.org/wiki/Battle_of_Nineveh_(627)", true)).toBe("en.wikipedia.org/wiki/Battle_of_Nineveh_(627)");
    expect(linkText("https://www.youtube.com/watch?v=WdmTfYc4sP8#t=2", true)).toBe("youtube.com/watch?v=WdmTfYc4sP8");
    expect(linkText("https://www.nytimes.com/", true)).toBe("nytimes.com");
    // A path's letters read as letters; a bidi control stays percent-encoded, as the parser wrote it.
    expect(linkText("https://en.wikipedia.org/wiki/Battle_of_Nihaw%C4%81nd", true)).toBe("en.wikipedia.org/wiki/Battle_of_Nihawānd");
    expect(linkText("https://fa.wikipedia.org/wiki/%D8%AC%D9%86%DA%AF_%D8%A7%DB%8C%D8%B1%D8%A7%D9%86_%D9%88_%D8%B9%D8%B1%D8%A7%D9%82", true)).toBe("fa.wikipedia.org/wiki/جنگ_ایران_و_عراق");
    const spoofed = linkText("https://example.org/\u202Emoc.semityn/пример", true);
    expect(spoofed).toBe("example.org/%E2%80%AEmoc.semityn/пример");
    // A space, a slash or a character that hides (a joiner) stays encoded; so does what decodes to nothing.
    expect(linkText("https://example.org/a%20b/c%2Fd/e%E2%80%8Df/%E0%A4%A", true)).toBe("example.org/a%20b/c%2Fd/e%E2%80%8Df/%E0%A4%A");
    // The query stays as the parser writes it.
    // The query's names and values too, but for what would read as another field or a space.
    expect(linkText("https://example.org/caf%C3%A9?q=%C3%A9", true)).toBe("example.org/café?q=é");
    expect(linkText("https://www.google.com/search?q=%D8%AA%D9%87%D8%B1%D8%A7%D9%86&hl=fa", true)).toBe("google.com/search?q=تهران&hl=fa");
    expect(linkText("https://example.org/s?q=a%26b%3Dc&r=x%2By&t=%E2%80%AEz&u=%25&v=%E0", true)).toBe("example.org/s?q=a%26b%3Dc&r=x%2By&t=%E2%80%AEz&u=%25&v=%E0");
    expect(linkText("https://en.wikipedia.org/wiki/C%2B%2B", true)).toBe("en.wikipedia.org/wiki/C++");
    expect(linkText(`https://example.org/${"a".repeat(80)}`, true)).toHaveLength(60);
    expect(linkText("mailto:desk@example.com", true)).toBe("desk@example.com");
  });

  it("a citation's link shows the whole address only where the source has no title", () => {
    const link = (title?: string) => citationParts({ number: 1, publisher: "en.wikipedia.org", via: [], ...(title ? { title } : {}), url: "https://en.wikipedia.org/wiki/Cambrian", text: "" }).find((p) => typeof p !== "string" && p.tag === "a");
    expect(link()).toMatchObject({ runs: ["en.wikipedia.org/wiki/Cambrian"] });
    expect(link("Cambrian")).toMatchObject({ runs: ["en.wikipedia.org"] });
    // Cut by characters, never inside one: a 60th letter outside the BMP stays whole or goes.
    const long = linkText(`https://example.org/${"𝔸".repeat(70)}`, true);
    expect([...long]).toHaveLength(60);
    expect(long.endsWith("𝔸…")).toBe(true);
  });

  it("citationParts: our punctuation outside, the user's text as isolated runs", () => {
    const parts = citationParts({ number: 2, publisher: SPOOF, via: ["Relay"], title: "T", url: "https://example.org/a", text: "" });
    expect(parts).toEqual([
      { tag: "span", cls: "cl-cite-number", runs: ["[2] "] },
      { tag: "span", cls: "cl-cite-publisher", runs: [{ user: SPOOF }] },
      { tag: "span", cls: "cl-cite-via", runs: [", via ", { user: "Relay" }] },
      ", ",
      { tag: "cite", cls: "cl-cite-title", runs: ["“", { user: "T" }, "”"] },
      " ",
      { tag: "a", cls: "cl-cite-link", runs: ["example.org"], href: "https://example.org/a" },
    ]);
  });

  it("subParts and headingLevels; a bad heading level is refused where every option is checked", () => {
    expect(subParts("June 2008 · no source")).toEqual(["", "June 2008", " · no source"]);
    expect(subParts("June 2008")).toEqual(["", "June 2008", ""]);
    // Another language's note, wherever its sentence puts it.
    expect(subParts("خرداد ۱۳۸۷ · بدون منبع", noteAround((when) => `${when} · بدون منبع`))).toEqual(["", "خرداد ۱۳۸۷", " · بدون منبع"]);
    expect(subParts("sans source : juin 2008", noteAround((when) => `sans source : ${when}`))).toEqual(["sans source : ", "juin 2008", ""]);
    expect(headingLevels()).toEqual({ main: 3, sub: 4 });
    expect(headingLevels(6)).toEqual({ main: 6, sub: 6 });
    const check = (headingLevel: unknown) => () => checkTimelineOptions({ headingLevel: headingLevel as number });
    for (const bad of [0, 7, 2.5, NaN, Infinity, "3", null, 3n, Symbol("3"), Object.create(null), [3]]) expect(check(bad)).toThrow(RangeError);
    expect(check("3")).toThrow('headingLevel must be a whole number from 1 to 6; got "3".');
  });
});
