// @vitest-environment node
// Pictures from spreadsheets and TimelineJS: an image file becomes the event's picture, anything
// else (a video, a post, a map) stays a citation only; the credit is cited once.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { imageMedia, isImageAddress } from "../../src/parse/media.js";
import type { Timeline } from "../../src/types.js";

const FIXTURES = resolve(import.meta.dirname, "../fixtures/timelinejs3");
const read = (name: string) => readFileSync(resolve(FIXTURES, name), "utf8");
const sourcesOf = (t: Timeline, i: number) => t.events[i]!.sources.map((id) => t.sources.find((s) => s.id === id)!);

describe("isImageAddress", () => {
  it.each([
    ["https://upload.wikimedia.org/a/713px-Ada_Lovelace_portrait.jpg", true],
    ["https://example.org/a.JPEG?w=800#top", true],
    ["images/visit.webp", true],
    ["/img/chart.svg", true],
    ["https://example.org/x.avif", true],
    ["https://media.giphy.com/media/x/giphy.gif", true],
    ["https://www.youtube.com/watch?v=abc", false],
    ["https://twitter.com/x/status/1", false],
    ["https://commons.wikimedia.org/wiki/File:Bowie.jpg", false],
    ['<iframe src="https://example.org/a.jpg"></iframe>', false],
    ["https://example.org/jpg", false],
  ])("%s → %s", (url, image) => {
    expect(isImageAddress(url)).toBe(image);
  });

  it("reads a TimelineJS media block's HTML as text, and //host as https", () => {
    expect(imageMedia({ url: "//example.org/a.png", credit: '<a href="https://irna.ir">IRNA</a><br>AP', caption: "<i>Tehran</i>", alt: "<b>Two</b> men" })).toEqual({
      url: "https://example.org/a.png",
      alt: "Two men",
      credit: "IRNA; AP",
      caption: "Tehran",
    });
    expect(imageMedia({ url: "https://www.youtube.com/watch?v=abc", credit: "CNN" })).toBeUndefined();
    expect(imageMedia({ url: "https://example.org/photo", alt: "A" }, true)).toEqual({ url: "https://example.org/photo", alt: "A" });
  });
});

describe("spreadsheet columns", () => {
  const csv = [
    "Title,Date,Source,Media,Media credit,Media caption,Alt text",
    "Visit,2008-06-07,IRNA,https://example.org/visit.jpg,IRNA,Arrival,Maliki walks down the steps",
    "Talks,2008-06-08,,images/talks.png,AP Photo,,",
    "Video,2008-06-09,,https://www.youtube.com/watch?v=x,CNN,,",
    "Declared,2008-06-10,,https://cdn.example/p/123,Reuters,,A crowd",
    "Bad,2008-06-11,,javascript:alert(1),Reuters,,An alt",
  ].join("\n");
  const { timeline, diagnostics } = loadTimeline(csv);

  it("make the event's picture from an image file, or from any link given an alt text", () => {
    expect(timeline.events.map((e) => e.media && [e.media.url, e.media.alt, e.media.credit ?? null, e.media.caption ?? null])).toEqual([
      ["https://example.org/visit.jpg", "Maliki walks down the steps", "IRNA", "Arrival"],
      ["images/talks.png", "", "AP Photo", null],
      undefined,
      ["https://cdn.example/p/123", "A crowd", "Reuters", null],
      undefined,
    ]);
  });

  it("keep citing the media as before, and the credit once", () => {
    expect(sourcesOf(timeline, 0).map((s) => [s.publisher, s.url ?? null])).toEqual([["IRNA", null], ["IRNA", "https://example.org/visit.jpg"]]);
    expect(timeline.events[0]!.media?.source).toBe(timeline.events[0]!.sources[0]);
    expect(sourcesOf(timeline, 2).map((s) => s.publisher)).toEqual(["CNN"]);
    expect(sourcesOf(timeline, 4).map((s) => s.publisher)).toEqual(["Reuters"]);
  });

  it("address their diagnostics to the columns, by row and line", () => {
    expect(diagnostics.map((d) => [d.code, d.index, d.line, d.field])).toEqual([
      ["media-missing-alt", 1, 3, "Alt text"],
      ["media-url-unsafe", 4, 6, "Media"],
    ]);
  });

  it("know the usual names of a picture's columns", () => {
    const { timeline: t } = loadTimeline("Headline,Date,Image URL,Image alt,Photo credit,Image caption\nVisit,2008,a.jpg,Steps,IRNA,Arrival\n");
    expect(t.events[0]!.media).toEqual({ url: "a.jpg", alt: "Steps", credit: "IRNA", caption: "Arrival", source: "irna-arrival" });
  });
});

describe("TimelineJS", () => {
  it("an image slide is the event's picture, with its alt; a video slide is not", () => {
    const { timeline, diagnostics } = loadTimeline({
      events: [
        { start_date: { year: 2008, month: 6, day: 8 }, text: { headline: "Meeting" }, media: { url: "https://example.org/meet.jpg", alt: "Two men shake hands", credit: "IRNA via The New York Times", caption: "In Tehran" } },
        { start_date: { year: 2008, month: 6, day: 9 }, text: { headline: "Video" }, media: { url: "https://www.youtube.com/watch?v=x", credit: "CNN" } },
        { start_date: { year: 2008, month: 6, day: 10 }, text: { headline: "No alt" }, media: { url: "https://example.org/b.png", credit: "AP" } },
      ],
    });
    expect(timeline.events.map((e) => e.media?.alt ?? null)).toEqual(["Two men shake hands", null, ""]);
    expect(timeline.events[0]!.media).toMatchObject({ url: "https://example.org/meet.jpg", credit: "IRNA via The New York Times", caption: "In Tehran" });
    // The credit TimelineJS-style (IRNA relayed by the Times) is the picture's source, not a second one.
    expect(sourcesOf(timeline, 0).map((s) => s.publisher)).toEqual(["IRNA"]);
    expect(timeline.events[0]!.media?.source).toBe(timeline.events[0]!.sources[0]);
    expect(diagnostics.map((d) => [d.code, d.index, d.field])).toEqual([["media-missing-alt", 2, "media.alt"]]);
  });

  it("a sheet's Alt Text column, which the template lacks, gives the alt", () => {
    const sheet = "Year,Month,Day,Headline,Media,Media Credit,Alt Text\n2008,6,8,Meeting,https://example.org/meet.jpg,IRNA,Two men shake hands\n";
    const { timeline, diagnostics } = loadTimeline(sheet);
    expect(timeline.events[0]!.media).toMatchObject({ url: "https://example.org/meet.jpg", alt: "Two men shake hands", credit: "IRNA" });
    expect(diagnostics).toEqual([]);
  });

  it.each(readdirSync(FIXTURES).filter((f) => /\.(json|csv)$/.test(f)))("%s: pictures only from image files, each credit cited once", (name) => {
    const { timeline } = loadTimeline(read(name));
    for (const [i, e] of timeline.events.entries()) {
      if (!e.media) continue;
      expect(isImageAddress(e.media.url), e.media.url).toBe(true);
      if (e.media.credit === undefined) continue;
      expect(e.sources, e.title).toContain(e.media.source);
      const named = sourcesOf(timeline, i).filter((s) => s.publisher.toLowerCase() === e.media!.credit!.toLowerCase());
      expect(named.length, `${e.title}: ${e.media.credit}`).toBeLessThanOrEqual(1);
    }
  });

  it("the contributed sample: Ada Lovelace's portrait, credited to Wikimedia Commons once", () => {
    const { timeline } = loadTimeline(read("contrib-women_in_computing.json"));
    const ada = timeline.events.find((e) => e.title === "Ada Lovelace")!;
    expect(ada.media?.url).toMatch(/Ada_Lovelace_portrait\.jpg$/);
    expect(ada.media).toMatchObject({ credit: "Wikimedia Commons", caption: "Portrait by Alfred Edward Chalon" });
    expect(ada.sources.map((id) => timeline.sources.find((s) => s.id === id)!.publisher).filter((p) => p === "Wikimedia Commons")).toHaveLength(1);
    // Videos and other embeds of the all-media template are never pictures.
    const all = loadTimeline(read("template-all-media-types.json")).timeline;
    expect(all.events.filter((e) => /youtube|vimeo|twitter|soundcloud|map/i.test(e.title)).every((e) => e.media === undefined)).toBe(true);
    expect(all.events.filter((e) => e.media).map((e) => e.title)).toEqual(expect.arrayContaining(["Image, JPG", "Image, GIF", "Image, PNG"]));
  });
});
