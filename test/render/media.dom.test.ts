// Pictures in the browser timeline (jsdom): an <img> only where the page opts in, lazy and with no
// referrer; otherwise what it shows in words; a picture that fails to load becomes its alt text,
// its credit kept.
import { describe, expect, it } from "vitest";
import { defineCiteLine } from "../../src/embed/element.js";
import { loadTimeline } from "../../src/load.js";
import { mount } from "./mount.js";
import type { TimelineInput } from "../../src/types.js";

const DATA: TimelineInput = {
  events: [
    { id: "visit", title: "Visit begins", start: "2008-06-07", media: { url: "images/visit.jpg", alt: "Maliki walks down the steps", credit: "IRNA", caption: "Arrival in Tehran" } },
    { id: "talks", title: "Talks", start: "2008-06-08", sources: [{ publisher: "AP" }], media: { url: "https://example.org/talks.png", alt: "", credit: "AP" } },
    { id: "plain", title: "Pact", start: "2008-06-20" },
  ],
};

const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
const card = (element: HTMLElement) => element.querySelector<HTMLElement>(".cl-card:not([hidden])")!;
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("pictures", () => {
  it("are never loaded by default: the card says what the picture shows and who made it", () => {
    const { handle, element } = mount({ data: DATA });
    handle.select("visit");
    expect(element.querySelectorAll("img")).toHaveLength(0);
    const figure = card(element).querySelector("figure.cl-media")!;
    expect(text(figure.querySelector(".cl-media-alt"))).toBe("Image: Maliki walks down the steps");
    expect(text(figure.querySelector(".cl-media-caption-text"))).toBe("Arrival in Tehran");
    expect(text(figure.querySelector(".cl-media-credit"))).toBe("Credit: IRNA [1]");
    // The number says which source the credit is; the event's citations below link to it.
    expect(figure.querySelector(".cl-media-credit .cl-media-cite")?.textContent).toBe("[1]");
    expect(figure.querySelectorAll("a, button, [tabindex]")).toHaveLength(0);
    // A decorative picture not loaded says nothing of itself: only its credit.
    handle.select("talks");
    expect(card(element).querySelector(".cl-media-alt")).toBeNull();
    expect(text(card(element).querySelector(".cl-media-credit"))).toBe("Credit: AP [2]");
  });

  it("with media: true, are lazy <img>s with no referrer, their alt text, and src written last", () => {
    const { handle, element } = mount({ data: DATA, media: true });
    handle.select("visit");
    const img = card(element).querySelector<HTMLImageElement>("figure.cl-media img.cl-media-img")!;
    expect(img.getAttribute("src")).toBe("images/visit.jpg");
    expect(img.getAttribute("alt")).toBe("Maliki walks down the steps");
    expect(img.getAttribute("loading")).toBe("lazy");
    expect(img.getAttribute("decoding")).toBe("async");
    expect(img.getAttribute("referrerpolicy")).toBe("no-referrer");
    // A browser starts the request when src is set: by then it must be lazy and referrer-free.
    expect(img.getAttributeNames().at(-1)).toBe("src");
    handle.select("talks");
    expect(card(element).querySelector("img")?.getAttribute("alt")).toBe("");
    // The event list shows them too, and nothing but <img> is ever made for a picture.
    expect([...element.querySelectorAll(".cl-list img")].map((i) => i.getAttribute("src"))).toEqual(["images/visit.jpg", "https://example.org/talks.png"]);
    expect(element.querySelectorAll("iframe, script, object, embed, video, audio")).toHaveLength(0);
  });

  it("are taken away again by update({ media: false })", async () => {
    const { handle, element } = mount({ data: DATA, media: true });
    expect(element.querySelectorAll("img").length).toBe(2);
    handle.update({ media: false });
    await frame();
    expect(element.querySelectorAll("img")).toHaveLength(0);
    expect(element.querySelectorAll(".cl-list .cl-media-alt")).toHaveLength(1);
  });

  it("that fail to load become their alt text, the credit kept, never a broken image", async () => {
    const { handle, element } = mount({ data: DATA, media: true });
    handle.select("visit");
    const img = card(element).querySelector<HTMLImageElement>("img.cl-media-img")!;
    img.dispatchEvent(new Event("error"));
    // At once: hidden, so no broken icon shows before the redraw.
    expect(img.hidden).toBe(true);
    await frame();
    const figure = card(element).querySelector("figure.cl-media")!;
    expect(figure.querySelector("img")).toBeNull();
    expect(text(figure.querySelector(".cl-media-failed"))).toBe("Image not available: Maliki walks down the steps");
    expect(text(figure.querySelector(".cl-media-credit"))).toBe("Credit: IRNA [1]");
    // The same address in the list is words too; other pictures still load.
    expect([...element.querySelectorAll(".cl-list img")].map((i) => i.getAttribute("src"))).toEqual(["https://example.org/talks.png"]);
    element.querySelector<HTMLImageElement>(".cl-list img")!.dispatchEvent(new Event("error"));
    await frame();
    expect(element.querySelectorAll("img")).toHaveLength(0);
    expect(text(element.querySelector(".cl-list li[data-id='talks'] .cl-media-failed"))).toBe("Image not available");
  });

  it("an error elsewhere in the page is none of theirs", async () => {
    const { element } = mount({ data: DATA, media: true });
    const other = document.createElement("img");
    other.className = "cl-media-img";
    other.setAttribute("src", "images/visit.jpg");
    document.body.append(other);
    other.dispatchEvent(new Event("error"));
    await frame();
    expect(element.querySelectorAll("img")).toHaveLength(2);
    other.remove();
  });

  it("are checked again where they are drawn: a hand-made timeline's unsafe address is never an <img>", () => {
    const { timeline } = loadTimeline(DATA);
    const forged = { ...timeline, events: timeline.events.map((e) => (e.media ? { ...e, media: { ...e.media, url: "javascript:alert(1)" } } : e)) };
    const { handle, element } = mount({ timeline: forged, media: true });
    handle.select("visit");
    expect(element.querySelectorAll("img")).toHaveLength(0);
    expect(text(card(element).querySelector(".cl-media-failed"))).toBe("Image not available: Maliki walks down the steps");
  });

  it("are opted in from markup: <cite-line media>, and out again when the attribute goes", async () => {
    defineCiteLine();
    const element = document.createElement("cite-line") as HTMLElement & { data: unknown; state: string };
    element.setAttribute("media", "");
    element.data = DATA;
    document.body.append(element);
    await new Promise((done) => setTimeout(done, 0));
    expect(element.state).toBe("ready");
    expect([...element.querySelectorAll(".cl-list img")].map((i) => i.getAttribute("src"))).toEqual(["images/visit.jpg", "https://example.org/talks.png"]);
    element.removeAttribute("media");
    await frame();
    expect(element.querySelectorAll("img")).toHaveLength(0);
    element.setAttribute("media", "false");
    await frame();
    expect(element.querySelectorAll("img")).toHaveLength(0);
    element.remove();
  });

  it("keep the user's words as text, in any field", () => {
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { handle, element } = mount({ data: { events: [{ id: "x", title: "X", start: "2008", media: { url: "a.jpg", alt: payload, credit: payload, caption: payload } }] }, media: true });
    handle.select("x");
    const figure = card(element).querySelector("figure.cl-media")!;
    expect(figure.querySelectorAll("script")).toHaveLength(0);
    expect([...figure.querySelectorAll("img")].map((i) => i.getAttribute("alt"))).toEqual([payload]);
    expect(text(figure.querySelector(".cl-media-caption-text"))).toBe(payload);
    expect(figure.querySelector("[onerror]")).toBeNull();
  });
});
