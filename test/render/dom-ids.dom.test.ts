// Event ids are user data: whatever they hold, every DOM id in a timeline is unique, and an ARIA
// reference or a fill points at the element the chart meant.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { domId } from "../../src/scene/item-facts.js";
import { mount } from "./mount.js";

// Ids a spreadsheet may well hold: the chart's own words, an escape look-alike, what it escapes to.
const AWKWARD = ["title", "desc", "card", "card-title", "slide", "hatch", "clip", "fade-in", "events-title", "source-1", "a:b", "a_3a_b", "a_b", "x", "x-entry", "entry-x", "i-x"];

describe("DOM ids", () => {
  it("are unique in a drawn timeline whose event ids collide with the chart's own or with an escape", () => {
    const events = AWKWARD.map((id, i) => ({ id, title: `Event ${id}`, start: `2001-0${1 + (i % 9)}-1${i % 10}` }));
    const { element } = mount({ data: { title: "Ids", description: "Ids that look like ours", events }, height: 900 });
    const ids = [...element.querySelectorAll("[id]")].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // Every event has its item and its list entry, each found by its own id.
    for (const id of AWKWARD) {
      expect(element.ownerDocument.getElementById(domId(handlePrefix(element), id))?.getAttribute("data-id")).toBe(id);
      expect(element.ownerDocument.getElementById(domId(handlePrefix(element), id, "entry"))?.getAttribute("data-id")).toBe(id);
    }
    // The chart's own references still land on the chart's own elements.
    const svg = element.querySelector("svg.cl-svg")!;
    expect(element.ownerDocument.getElementById(svg.getAttribute("aria-labelledby")!)?.tagName.toLowerCase()).toBe("title");
    expect(element.ownerDocument.getElementById(svg.getAttribute("aria-describedby")!)?.tagName.toLowerCase()).toBe("desc");
  });

  it("never gives two different event ids, or an item and an entry, the same DOM id", () => {
    const part = fc.constantFrom<"i" | "entry">("i", "entry");
    // Astral characters (an emoji), lone surrogates and colons (a cluster's id) among them.
    const id = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: "binary", maxLength: 4 }), fc.stringMatching(/^[a-z_0-9:-]{0,8}$/), fc.constantFrom(...AWKWARD, "\ud83d", "a\udc00b", "\u{1f600}", "cluster:0:e1"));
    fc.assert(
      fc.property(id, id, part, part, (a, b, pa, pb) => {
        if (a === b && pa === pb) return;
        expect(domId("cl1", a, pa)).not.toBe(domId("cl1", b, pb));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a DOM id", () => {
  it("holds only letters, digits, hyphens and underscores, each other character as its code point", () => {
    expect(domId("cl1", "cluster:0:e12")).toBe("cl1-i-cluster_3a_0_3a_e12");
    expect(domId("cl1", "a\u{1f600}b", "entry")).toBe("cl1-entry-a_1f600_b");
    expect(domId("cl1", "\ud83d!")).toBe("cl1-i-_d83d__21_");
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 8 }), (id) => {
      expect(domId("cl1", id)).toMatch(/^cl1-i-[A-Za-z0-9_-]*$/);
    }));
  });
});

// The prefix the timeline gave its ids, read off its title's id ("<prefix>-title").
function handlePrefix(element: HTMLElement): string {
  return element.querySelector("svg.cl-svg")!.getAttribute("aria-labelledby")!.replace(/-title$/, "");
}
