// An article is untrusted text: markup, handlers and `javascript:` in it stay text, in the draft's
// titles and quotes and in the drafted timeline as the server writes it and as the browser draws it.
import { describe, expect, it } from "vitest";
import { draftTimeline } from "../../src/draft/draft.js";
import { loadTimeline } from "../../src/load.js";
import type { SourceInput } from "../../src/types.js";
import { renderPage, renderToString } from "../../src/write/page.js";
import { mount } from "../render/mount.js";

const HOSTILE = [
  `<script>alert("a")</script> Officials met on June 3, 2008.`,
  `The minister said <img src=x onerror=alert("b")> on June 4, 2008 that talks would go on.`,
  `A link, javascript:alert("c"), was posted on June 5, 2008.`,
  `"><svg onload=alert("d")><a href="javascript:alert('e')">click</a> was sent on June 6, 2008.`,
  `On June 7, 2008, the page read &lt;b&gt;bold&lt;/b&gt; and <style>*{display:none}</style> and {{constructor.constructor('alert(1)')()}}.`,
].join("\n");

const draft = () => draftTimeline(HOSTILE, { publisher: `<b onmouseover="alert('p')">IRNA</b>`, title: `</title><script>alert("t")</script>`, url: "javascript:alert('u')" });

// Everything that could run, load or restyle: elements a page would act on, handlers, script addresses.
function injected(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll("*")) {
    if (/^(script|img|iframe|object|embed|link|meta|base|form|b)$/i.test(el.localName) || (el.localName === "style" && el.closest(".citeline"))) found.push(el.localName);
    if (el.localName === "svg" && el.parentElement?.closest("svg")) found.push("svg in svg");
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
      if (/^(href|src|xlink:href|action|formaction)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) found.push(`${el.localName}[${attr.name}=${attr.value}]`);
    }
  }
  return found;
}

describe("a hostile article", () => {
  it("is drafted as text: the titles and quotes hold its markup as written", () => {
    const { timeline } = draft();
    expect(timeline.events).toHaveLength(5);
    expect(timeline.events[0]!.title).toBe(`<script>alert("a")</script> Officials met on June 3, 2008`);
    expect((timeline.events[3]!.sources![0] as SourceInput).quote).toBe(`"><svg onload=alert("d")><a href="javascript:alert('e')">click</a> was sent on June 6, 2008.`);
    // The publisher's and title's markup is text too; the unsafe address is dropped, with a diagnostic.
    const source = timeline.events[0]!.sources![0] as SourceInput;
    expect(source.publisher).toBe(`<b onmouseover="alert('p')">IRNA</b>`);
    expect(source.url).toBeUndefined();
  });

  it("is written by the server with no element or handler of its own, its words shown as written", () => {
    const loaded = loadTimeline(draft().timeline).timeline;
    const doc = new DOMParser().parseFromString(renderToString(loaded, { width: 800 }), "text/html");
    expect(doc.querySelectorAll("script, img, iframe, svg svg, a[href^='javascript']")).toHaveLength(0);
    expect(injected(doc.body)).toEqual([]);
    expect(doc.querySelectorAll(".citeline b")).toHaveLength(0);
    expect(doc.body.textContent).toContain(`<script>alert("a")</script> Officials met on June 3, 2008`);
    expect(doc.body.textContent).toContain(`<b onmouseover="alert('p')">IRNA</b>`);
    // The page's own markup holds only the scripts and styles citeline writes (none, and its stylesheet).
    const page = new DOMParser().parseFromString(renderPage(loaded, { width: 800 }), "text/html");
    expect(page.querySelectorAll("script")).toHaveLength(0);
    expect(page.title).toBe(`</title><script>alert("t")</script>`);
    expect(injected(page.body)).toEqual([]);
  });

  it("is drawn in the browser with no element or handler of its own", () => {
    const { element, handle } = mount({ timeline: loadTimeline(draft().timeline).timeline });
    for (const e of handle.timeline.events) handle.select(e.id);
    expect(element.querySelectorAll("script, img, iframe, svg svg, a[href^='javascript'], .citeline b")).toHaveLength(0);
    expect(injected(element)).toEqual([]);
    expect(element.querySelector(".cl-card")!.textContent).toContain("{{constructor.constructor('alert(1)')()}}");
  });
});
