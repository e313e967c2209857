// A disputed event on the page (jsdom): one item with a mark and the citation numbers per account,
// joined by a bracket, named with every account; Enter opens a card that lists the accounts side
// by side with who gives each, as the list does; a source that contests another says so.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { mount } from "./mount.js";

const DATA = JSON.parse(readFileSync("examples/disputed/events.json", "utf8")) as unknown;
const SEPTEMBER_1980: [number, number] = [Date.UTC(1980, 7, 25), Date.UTC(1980, 9, 10)];

function draw(options: Record<string, unknown> = {}) {
  const { handle, element } = mount({ data: DATA, breaks: "none", window: SEPTEMBER_1980, ...options });
  const item = element.querySelector<SVGGElement>('g.cl-item[data-id="war-begins"]')!;
  return { handle, element, item };
}

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, " ").trim());

describe("a disputed event in the chart", () => {
  it("is one item with a mark per account, its numbers above, a bracket joining them, and 'disputed' in words", () => {
    const { item } = draw();
    expect(item.classList.contains("cl-disputed")).toBe(true);
    expect(item.querySelectorAll("rect.cl-account")).toHaveLength(2);
    expect(texts(item, "text.cl-account-cites")).toEqual(["1", "2"]);
    expect(item.querySelectorAll("path.cl-account-bracket")).toHaveLength(1);
    expect(texts(item, "text.cl-sub")).toEqual(["disputed: 4 September 1980 or 22 September 1980"]);
    expect(item.getAttribute("aria-label")).toBe("The war begins, disputed: 4 September 1980 (Government of Iraq, via Encyclopædia Britannica) or 22 September 1980 (Encyclopædia Britannica), 2 sources");
  });

  it("draws accounts too close to tell apart as one mark with both numbers and no bracket, still naming both", () => {
    // The whole war: 4 and 22 September 1980 are a few pixels apart.
    const { item } = draw({ window: undefined });
    expect(item.querySelectorAll("rect.cl-account")).toHaveLength(1);
    expect(texts(item, "text.cl-account-cites")).toEqual(["1,2"]);
    expect(item.querySelectorAll("path.cl-account-bracket")).toHaveLength(0);
    expect(item.getAttribute("aria-label")).toContain("disputed: 4 September 1980 (Government of Iraq, via Encyclopædia Britannica) or 22 September 1980");
  });

  it("puts each account's mark where its date is, in date order here", () => {
    const { item } = draw();
    const [a, b] = [...item.querySelectorAll("rect.cl-account")].map((r) => Number(r.getAttribute("x")));
    expect(a!).toBeLessThan(b!);
  });
});

describe("a disputed event's card and list entry", () => {
  it("opens from the keyboard and lists the accounts side by side, each with who gives it, its date, numbers and words", () => {
    const { element, item } = draw();
    item.focus();
    item.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    const card = element.querySelector<HTMLElement>(".cl-card")!;
    expect(card.hidden).toBe(false);
    expect(card.contains(document.activeElement)).toBe(true);
    expect(texts(card, ".cl-accounts-title")).toEqual(["Disputed: 2 accounts"]);
    expect(texts(card, ".cl-account-entry")).toEqual([
      "Government of Iraq, via Encyclopædia Britannica: 4 September 1980 [1]Iraq dated the war from Iranian shelling of its border towns.",
      "Encyclopædia Britannica: 22 September 1980 [2]Iraqi forces invaded Iran; most histories date the war from this day.",
    ]);
    expect([...card.querySelectorAll(".cl-account-entry time")].map((t) => t.getAttribute("datetime"))).toEqual(["1980-09-04", "1980-09-22"]);
    // The contesting source says whom it contests, beside its citation.
    expect(texts(card, ".cl-cite-disputes")).toEqual(["; contests Encyclopædia Britannica"]);
  });

  it("shows the same accounts in the list view", () => {
    const { element } = draw({ view: "list" });
    const entry = element.querySelector('[id$="-entry-war-begins"]')!;
    expect(texts(entry, ".cl-account-entry")).toHaveLength(2);
    expect(texts(entry, ".cl-entry-when")).toEqual(["disputed: 4 September 1980 or 22 September 1980"]);
  });

  it("keeps user text as text: a description with markup stays words", () => {
    const hostile = { events: [{ id: "x", title: "<b>x</b>", accounts: [{ start: "2008", description: "<img src=x onerror=alert(1)>" }, { start: "2009", description: "<script>alert(1)</script>" }] }] };
    const { element, handle } = mount({ data: hostile, breaks: "none" });
    handle.select("x");
    const card = element.querySelector(".cl-card")!;
    expect(card.querySelector("img, script")).toBeNull();
    expect(texts(card, ".cl-account-says")).toEqual(["<img src=x onerror=alert(1)>", "<script>alert(1)</script>"]);
  });
});
