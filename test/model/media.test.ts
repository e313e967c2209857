// @vitest-environment node
// An event's picture in native JSON: what loads, what is refused and said, and how its credit
// becomes one of the event's sources, never twice.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { safeImageSrc } from "../../src/model/media-url.js";
import { creditKey } from "../../src/model/media-credit.js";
import { URLS } from "../fixtures/hostile/corpus.js";

const event = (extra: object = {}) => ({ title: "Visit", start: "2008-06-07", ...extra });
const publishers = (t: ReturnType<typeof loadTimeline>["timeline"], i = 0) => t.events[i]!.sources.map((id) => t.sources.find((s) => s.id === id)?.publisher);

describe("an event's media", () => {
  it("loads its address, alt text, credit and caption, and cites the credit", () => {
    const { timeline, diagnostics } = loadTimeline({
      events: [event({ media: { url: " images/visit.jpg ", alt: "Maliki walks down the steps", credit: "IRNA", caption: "Arrival in Tehran" } })],
    });
    expect(diagnostics).toEqual([]);
    expect(timeline.events[0]!.media).toEqual({ url: "images/visit.jpg", alt: "Maliki walks down the steps", credit: "IRNA", caption: "Arrival in Tehran", source: "irna" });
    expect(timeline.events[0]!.sources).toEqual(["irna"]);
    expect(timeline.sources).toEqual([{ id: "irna", number: 1, publisher: "IRNA" }]);
  });

  it("keeps an absolute address as the URL parser writes it", () => {
    const { timeline } = loadTimeline({ events: [event({ media: { url: "https://Example.org/a b.jpg", alt: "A" } })] });
    expect(timeline.events[0]!.media?.url).toBe("https://example.org/a%20b.jpg");
  });

  it("warns about a missing alt text and shows the picture as decorative; an empty alt is an author's choice", () => {
    const { timeline, diagnostics } = loadTimeline({ events: [event({ media: { url: "a.jpg" } }), event({ title: "Talks", media: { url: "b.jpg", alt: "  " } })] });
    expect(timeline.events.map((e) => e.media?.alt)).toEqual(["", ""]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.index, d.field])).toEqual([["media-missing-alt", "warning", 0, "media.alt"]]);
  });

  it("refuses an unsafe address with a diagnostic, keeps the event and enters the credit as a source", () => {
    const { timeline, diagnostics } = loadTimeline({
      events: [event(), event({ title: "Talks", description: "Kept.", media: { url: "javascript:alert(1)", alt: "A", credit: "Reuters", caption: "C" } })],
    });
    expect(timeline.events).toHaveLength(2);
    const talks = timeline.events.find((e) => e.title === "Talks")!;
    expect(talks.media).toBeUndefined();
    expect(talks.description).toBe("Kept.");
    expect(publishers(timeline, 1)).toEqual(["Reuters"]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "media-url-unsafe", severity: "warning", section: "events", index: 1, field: "media.url", value: "javascript:alert(1)" }),
    ]);
    expect(diagnostics[0]!.message).toContain("javascript:");
  });

  it("says when media has no address, and still cites its credit", () => {
    const { timeline, diagnostics } = loadTimeline({ events: [event({ media: { credit: "AP", caption: "x" } })] });
    expect(timeline.events[0]!.media).toBeUndefined();
    expect(publishers(timeline)).toEqual(["AP"]);
    expect(diagnostics.map((d) => [d.code, d.field])).toEqual([["media-missing-url", "media.url"]]);
  });

  it("never drops its event for a wrong part: each part is a warning", () => {
    const { timeline, diagnostics } = loadTimeline({
      events: [event({ media: { url: "a.jpg", alt: "x".repeat(3000), credit: { publisher: "AP" }, caption: 7, colour: "red" } }), event({ title: "B", media: "a.jpg" })],
    });
    expect(timeline.events).toHaveLength(2);
    expect(timeline.events[0]!.media).toEqual({ url: "a.jpg", alt: "", caption: "7" });
    expect(diagnostics.every((d) => d.severity === "warning")).toBe(true);
    expect(diagnostics.map((d) => [d.code, d.index, d.field])).toEqual([
      ["unknown-field", 0, "media.colour"],
      ["wrong-type", 0, "media.credit"],
      ["string-too-long", 0, "media.alt"],
      ["wrong-type-ignored", 1, "media"],
    ]);
  });

  it("refuses every dangerous address of the hostile corpus, with the event kept", () => {
    const dangerous = URLS.filter((u) => !/^\s*(https?:\/\/|www\.)/i.test(u));
    const { timeline, diagnostics } = loadTimeline({ events: dangerous.map((url, i) => event({ title: `E${i}`, media: { url, alt: "x", credit: "C" } })) });
    expect(timeline.events).toHaveLength(dangerous.length);
    expect(timeline.events.filter((e) => e.media).map((e) => e.media!.url)).toEqual([]);
    expect(diagnostics.filter((d) => d.code === "media-url-unsafe").map((d) => d.index)).toEqual(dangerous.map((_, i) => i));
  });
});

describe("the credit is a source, once", () => {
  it("is the source the event already cites by that name, in any case and spacing", () => {
    const { timeline } = loadTimeline({ events: [event({ sources: [{ publisher: "The New York Times", title: "Maliki in Tehran" }], media: { url: "a.jpg", alt: "A", credit: "the new  york times" } })] });
    expect(timeline.sources).toHaveLength(1);
    expect(timeline.events[0]!.media?.source).toBe(timeline.sources[0]!.id);
  });

  it("is a relay chain the event cites: IRNA via The New York Times", () => {
    const { timeline } = loadTimeline({ events: [event({ sources: [{ publisher: "IRNA", via: { publisher: "The New York Times" } }], media: { url: "a.jpg", alt: "A", credit: "IRNA, via The New York Times" } })] });
    expect(timeline.sources.map((s) => s.publisher)).toEqual(["IRNA", "The New York Times"]);
    expect(timeline.events[0]!.sources).toEqual(["irna"]);
    expect(timeline.events[0]!.media?.source).toBe("irna");
  });

  it("joins a shared source of that name, and each part of a credit of several lines", () => {
    const shared = loadTimeline({ sources: [{ id: "ap", publisher: "AP" }], events: [event({ media: { url: "a.jpg", alt: "A", credit: "AP" } })] }).timeline;
    expect(shared.sources.map((s) => s.id)).toEqual(["ap"]);
    expect(shared.events[0]!.sources).toEqual(["ap"]);
    const lines = loadTimeline({ events: [event({ sources: [{ publisher: "AP" }, { publisher: "Reuters" }], media: { url: "a.jpg", alt: "A", credit: "AP; Reuters" } })] }).timeline;
    expect(lines.sources.map((s) => s.publisher)).toEqual(["AP", "Reuters"]);
    expect(lines.events[0]!.media?.source).toBe("ap");
  });

  it("is a new source otherwise, numbered after the event's own", () => {
    const { timeline } = loadTimeline({ events: [event({ sources: [{ publisher: "IRNA" }], media: { url: "a.jpg", alt: "A", credit: "Photo: Jane Doe/AP" } })] });
    expect(timeline.sources.map((s) => [s.number, s.publisher])).toEqual([[1, "IRNA"], [2, "Photo: Jane Doe/AP"]]);
  });

  it("follows media.source, and says when it names no source", () => {
    const given = loadTimeline({ sources: [{ id: "irna", publisher: "Islamic Republic News Agency" }], events: [event({ media: { url: "a.jpg", alt: "A", credit: "IRNA", source: "irna" } })] });
    expect(given.timeline.events[0]!.sources).toEqual(["irna"]);
    expect(given.timeline.sources).toHaveLength(1);
    const unknown = loadTimeline({ events: [event({ media: { url: "a.jpg", alt: "A", credit: "IRNA", source: "nope" } })] });
    expect(unknown.diagnostics.map((d) => [d.code, d.field, d.value])).toEqual([["unknown-source", "media.source", "nope"]]);
    expect(publishers(unknown.timeline)).toEqual(["IRNA"]);
  });

  it("compares names without case, extra spaces or the comma before via", () => {
    expect(creditKey("  IRNA,  via The New\nYork Times ")).toBe("irna via the new york times");
  });
});

describe("safeImageSrc", () => {
  const BASE = "https://news.example/2008/story.html";
  it("keeps only http(s) addresses and addresses on the page's own site, however they are written", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom(...URLS), fc.stringMatching(/^[a-zA-Z:/\\.&#;0-9% \t]{0,24}$/)), (text) => {
        const safe = safeImageSrc(text);
        if (!("src" in safe)) return;
        // What a browser would request, on any page of any https site.
        const resolved = new URL(safe.src, BASE);
        expect(["http:", "https:"]).toContain(resolved.protocol);
        // eslint-disable-next-line no-control-regex
        expect(safe.src).not.toMatch(/[\u0000-\u001F\u007F]/);
        if (!/^https?:\/\//i.test(safe.src)) expect(resolved.origin).toBe(new URL(BASE).origin);
      }),
      { seed: 13, numRuns: 3000 },
    );
  });

  it.each([
    ["javascript:alert(1)"], ["  JaVaScRiPt:alert(1)"], ["java\u0000script:alert(1)"], ["java\tscript:alert(1)"], ["javascript&#58;alert(1)"], ["javascript&colon;alert(1)"],
    ["&#x6A;avascript:alert(1)"], ["data:text/html,<script>alert(1)</script>"], ["data:image/png;base64,AAAA"], ["vbscript:msgbox(1)"], ["blob:https://evil.example/1"],
    ["//evil.example/x.png"], ["\\\\evil.example\\x.png"], ["/\\evil.example/x.png"], ["https:evil.example/x.png"], ["file:///etc/passwd"], ["https://user:pw@evil.example/x.png"],
  ])("refuses %j", (url) => {
    expect(safeImageSrc(url)).toMatchObject({ problem: "media-url-unsafe" });
  });

  it.each([
    ["https://example.org/a.jpg", "https://example.org/a.jpg"], ["images/a.jpg", "images/a.jpg"], ["/img/a.png?v=2#x", "/img/a.png?v=2#x"], ["../a.webp", "../a.webp"], ["www.example.org/a.jpg", "https://www.example.org/a.jpg"],
  ])("keeps %j as %j", (url, src) => {
    expect(safeImageSrc(url)).toEqual({ src });
  });
});
