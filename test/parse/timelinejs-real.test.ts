// @vitest-environment node
// Knight Lab's own TimelineJS3 files (templates, website examples, contrib; see
// test/fixtures/timelinejs3/ORIGIN.md), loaded as a user would load them: nothing may be lost
// silently, no citation may be dropped, and no HTML may reach the text citeline shows.
import { readdirSync, readFileSync } from "node:fs";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { layoutTimeline } from "../../src/layout/layout.js";
import { loadTimeline } from "../../src/load.js";
import { describeDate, describeSpan } from "../../src/model/date-words.js";
import { htmlToText } from "../../src/parse/html-text.js";
import type { Source, Timeline } from "../../src/types.js";

const DIR = new URL("../fixtures/timelinejs3/", import.meta.url);
const FILES = readdirSync(DIR).filter((f) => /\.(json|csv)$/.test(f)).sort();
const read = (name: string): string => readFileSync(new URL(name, DIR), "utf8");

type Json = Record<string, unknown>;
/** The fields of a slide TimelineJS3's JSON format defines (timeline.knightlab.com/docs/json-format.html). */
const TIMELINEJS_SLIDE = ["start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"];
/** Something written: text that is not blank, a number or a boolean, or a list or object holding one. */
const written = (v: unknown): boolean =>
  typeof v === "string" ? v.trim() !== "" : Array.isArray(v) ? v.some(written) : typeof v === "object" && v !== null ? Object.values(v).some(written) : v !== null && v !== undefined;
/** A slide as TimelineJS JSON writes it (a sheet row made into one), and its index in citeline. */
interface Slide {
  index: number;
  slide: { text?: { headline?: string; text?: string }; media?: { url?: string; credit?: string | null; caption?: string } };
}

/** The title slide and the event slides of a file: JSON as it is, a sheet's rows as TimelineJS reads them. */
function slidesOf(name: string, text: string): { title?: Slide; events: Slide[] } {
  if (name.endsWith(".json")) {
    const json = JSON.parse(text) as { title?: Json; events: Json[] };
    return { title: json.title && { index: -1, slide: json.title }, events: json.events.map((slide, index) => ({ index, slide })) };
  }
  let title: Slide | undefined;
  const events: Slide[] = [];
  csvParse(text).forEach((row, index) => {
    if (Object.values(row).every((cell) => (cell ?? "").trim() === "")) return;
    const slide = {
      text: { headline: row.Headline ?? "", text: row.Text ?? "" },
      media: { url: row.Media ?? "", credit: row["Media Credit"] ?? "", caption: row["Media Caption"] ?? "" },
    };
    const type = (row.Type ?? "").trim().toLowerCase();
    if (type === "title" && title === undefined) title = { index: -1, slide };
    else if (type !== "era") events.push({ index, slide });
  });
  return { title, events };
}

// The same page over http or https is one link: a credit may link http:// what the media shows over https.
const http = (url: string): string => new URL(url.startsWith("//") ? `https:${url}` : url).href.replace(/^https?:/, "");
const decode = (value: string): string => value.replace(/&amp;/g, "&");
const attributes = (html: string, name: string): string[] =>
  [...html.matchAll(new RegExp(`<(\\w+)[^>]*?\\s${name}\\s*=\\s*(["'])(.*?)\\2`, "gis"))]
    .filter((m) => m[1]?.toLowerCase() !== "script")
    .map((m) => decode(m[3] ?? ""))
    .filter((url) => /^(https?:)?\/\/\S/i.test(url));

/**
 * Every link a slide cites: the media link (a blockquote's `cite` or, for an embedded post, its
 * last link — the permalink; an embed's `src`), links in the credit, the caption and the text, and
 * bare addresses in the text, which TimelineJS makes links. Not citations, so not counted: the
 * thumbnail and background (pictures for the page), a `<script src>`, a SoundCite `data-url` (a
 * sound played in the text) and the other links inside an embedded post (its hashtags).
 */
function linksOf({ slide }: Slide): string[] {
  const media = slide.media ?? {};
  const url = (media.url ?? "").trim();
  const links: string[] = [];
  if (/^<blockquote/i.test(url)) links.push(...[...attributes(url, "cite"), ...attributes(url, "href")].slice(-1));
  else if (url.startsWith("<")) links.push(...attributes(url, "src").slice(0, 1));
  else if (/^(https?:)?\/\/\S/i.test(url)) links.push(url);
  for (const html of [media.credit ?? "", media.caption ?? "", slide.text?.text ?? ""]) links.push(...attributes(html, "href"));
  const bare = htmlToText(slide.text?.text ?? "").match(/https?:\/\/[\w-]+(\.[\w-]+)+[^\s<>"']*/g) ?? [];
  links.push(...bare.map((u) => u.replace(/[.,;:]+$/, "")));
  return [...new Set(links.map(http))];
}

/** Letters and digits only, lower case, without the word "via": to compare a credit with a source. */
const key = (text: string): string => text.replace(/\bvia\b/gi, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The sources a slide cites (with the ones they were relayed by); the title slide's are the timeline's. */
function sourcesOf(timeline: Timeline, index: number): Source[] {
  const byId = new Map(timeline.sources.map((s) => [s.id, s]));
  if (index < 0) return timeline.sources;
  const ids = timeline.events.find((e) => e.index === index)?.sources ?? [];
  return ids.flatMap((id) => [byId.get(id), byId.get(byId.get(id)?.via ?? "")]).filter((s): s is Source => s !== undefined);
}

/** Every text citeline shows, with where it is. */
function textsOf(timeline: Timeline): [string, string][] {
  const texts: [string, string | undefined][] = [
    ["timeline title", timeline.title],
    ["timeline description", timeline.description],
    ...timeline.events.flatMap((e): [string, string | undefined][] => [
      [`events[${e.index}].title`, e.title],
      [`events[${e.index}].description`, e.description],
      [`events[${e.index}].displayDate`, e.displayDate],
    ]),
    ...timeline.eras.map((e): [string, string | undefined] => [`eras[${e.index}].title`, e.title]),
    ...timeline.sources.flatMap((s): [string, string | undefined][] => [
      [`${s.id}.publisher`, s.publisher],
      [`${s.id}.title`, s.title],
      [`${s.id}.quote`, s.quote],
      [`${s.id}.author`, s.author],
    ]),
  ];
  return texts.filter((t): t is [string, string] => t[1] !== undefined);
}

describe.each(FILES)("TimelineJS3 file %s", (name) => {
  const text = read(name);
  const { title, events: slides } = slidesOf(name, text);
  const { timeline, diagnostics } = loadTimeline(text);
  // Only what loaded can cite: a dropped slide is named in an error instead.
  const loaded = new Set(timeline.events.map((e) => e.index));
  const citing = [...(title ? [title] : []), ...slides.filter((s) => loaded.has(s.index))];

  it("has slides to read", () => {
    expect(slides.length).toBeGreaterThanOrEqual(5);
  });

  it("loads every slide or names it, by index, in an error", () => {
    const dropped = new Set(diagnostics.filter((d) => d.severity === "error" && d.section === "events").map((d) => d.index));
    expect([...loaded].filter((i) => dropped.has(i))).toEqual([]);
    expect([...loaded, ...dropped].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(slides.map((s) => s.index));
    expect(timeline.events.length + dropped.size).toBe(slides.length);
  });

  it("makes every link a source of the slide that cites it", () => {
    const missing = citing.flatMap((slide) => {
      const urls = new Set(sourcesOf(timeline, slide.index).map((s) => s.url && http(s.url)));
      return linksOf(slide).filter((url) => !urls.has(url)).map((url) => `${slide.index}: ${url}`);
    });
    expect(missing).toEqual([]);
  });

  it("names every line of every credit in a source", () => {
    const missing = citing.flatMap((slide) => {
      const names = sourcesOf(timeline, slide.index).map((s) => key(`${s.publisher} ${timeline.sources.find((v) => v.id === s.via)?.publisher ?? ""}`));
      const lines = htmlToText(slide.slide.media?.credit ?? "").split("\n").map(key).filter((line) => line !== "");
      return lines.filter((line) => !names.some((n) => n.includes(line))).map((line) => `${slide.index}: ${line}`);
    });
    expect(missing).toEqual([]);
  });

  it("keeps every caption and quoted excerpt, as a source's title or quote or in the description", () => {
    const missing = citing.flatMap((slide) => {
      const description = slide.index < 0 ? timeline.description : timeline.events.find((e) => e.index === slide.index)?.description;
      const kept = [description, ...sourcesOf(timeline, slide.index).flatMap((s) => [s.title, s.quote])].map((t) => key(t ?? ""));
      const media = slide.slide.media ?? {};
      const words = [media.caption ?? "", /^\s*<blockquote/i.test(media.url ?? "") ? (media.url ?? "") : ""].map((html) => key(htmlToText(html)));
      return words.filter((w) => w !== "" && !kept.some((k) => k.includes(w))).map((w) => `${slide.index}: ${w.slice(0, 40)}`);
    });
    expect(missing).toEqual([]);
  });

  it("names every field TimelineJS3 does not define, where something is written in it, in a warning at its slide", () => {
    if (!name.endsWith(".json")) return;
    const json = JSON.parse(text) as { events: Json[] };
    const stray = json.events.flatMap((slide, index) =>
      Object.entries(slide)
        .filter(([k, v]) => !TIMELINEJS_SLIDE.includes(k) && written(v))
        .map(([k]) => `${index}: ${k}`),
    );
    const warned = diagnostics.filter((d) => d.code === "unknown-field" && d.section === "events" && !d.field?.includes(".")).map((d) => `${d.index}: ${d.field}`);
    expect(warned).toEqual(stray);
  });

  it("leaves no HTML in any text", () => {
    const html = textsOf(timeline).filter(([, t]) => /<[a-z!/]/i.test(t) || /&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(t));
    expect(html).toEqual([]);
  });
});

describe("what the TimelineJS3 files need", () => {
  it("Mark Twain: blank headlines are kept, titled from the text or the date, each with a warning naming the slide", () => {
    const { timeline, diagnostics } = loadTimeline(read("examples-twain-marktwain.json"));
    const warned = diagnostics.filter((d) => d.code === "title-from-text");
    expect(warned.map((d) => [d.index, d.severity, d.field])).toEqual([
      [0, "warning", "text.headline"],
      [3, "warning", "text.headline"],
      [4, "warning", "text.headline"],
      [5, "warning", "text.headline"],
    ]);
    const title = (index: number): string | undefined => timeline.events.find((e) => e.index === index)?.title;
    expect(title(0)).toMatch(/^Samuel Langhorne Clemens .{10,50}…$/);
    expect(title(0)!.length).toBeLessThanOrEqual(61);
    expect(title(3)).toBe("6 January 1900, 06:45");
    expect(warned[0]?.message).toContain(`the title "${title(0)}" was made from the slide's text`);
  });

  it("Mark Twain: a time with seconds is wall-clock time, to the second", () => {
    const { timeline } = loadTimeline(read("examples-twain-marktwain.json"));
    const start = timeline.events.find((e) => e.index === 1)?.start;
    expect(start?.edtf).toBe("2000-01-05T06:45:56");
    expect(start?.precision).toBe("second");
  });

  it("cosmology: a year too far back is named as written, not in citeline's EDTF", () => {
    const { diagnostics } = loadTimeline(read("template-cosmo.json"));
    const bigBang = diagnostics.find((d) => d.index === 0 && d.code === "date-out-of-range");
    expect(bigBang).toMatchObject({ section: "events", field: "start_date", value: "-13800000000" });
    expect(bigBang?.message).toContain('"-13800000000"');
    expect(diagnostics.map((d) => d.value ?? "").filter((v) => v.startsWith("Y"))).toEqual([]);
  });

  it("early dates (compiled/examples/years.json): -5410 is 5410 BCE, on an axis of round years BCE at any width", () => {
    const { timeline, diagnostics } = loadTimeline(read("compiled-years.json"));
    // Its first slide's `type` (TimelineJS 2's) is not read, and said; the blank `uniqueid`s lose nothing.
    expect(diagnostics.map((d) => [d.code, d.index, d.field, d.message])).toEqual([["unknown-field", 0, "type", 'Unknown field "type" was ignored.']]);
    expect(timeline.events.map((e) => describeDate(e.start))).toEqual(["5410 BCE", "2520 BCE", "2010 BCE", "1450 BCE", "258 BCE"]);
    const wide = layoutTimeline(timeline, { width: 1280 });
    expect(wide.axis.fine.map((t) => t.label)).toEqual(["5500 BCE", "5000 BCE", "4500 BCE", "4000 BCE", "3500 BCE", "3000 BCE", "2500 BCE", "2000 BCE", "1500 BCE", "1000 BCE", "500 BCE"]);
    expect(wide.axis.coarse.map((t) => t.label)).toContain("5000 BCE – 4001 BCE");
    // At phone width, five millennia a tick: it jumped to ten, and its one tick, 10000 BCE, was out of view.
    const narrow = layoutTimeline(timeline, { width: 360 });
    expect(narrow.axis.fineUnit).toBe("5 millennia");
    expect(narrow.axis.fine.map((t) => t.label)).toEqual(["5000 BCE"]);
    expect(narrow.axis.coarse.map((t) => t.label)).toEqual(["10000 BCE – 1 BCE"]);
  });

  it("the seventh century (compiled/examples/seventh_century.json): three-digit years are years, ticked by the century's years", () => {
    const { timeline, diagnostics } = loadTimeline(read("compiled-seventh_century.json"));
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(timeline.events[0]).toMatchObject({ title: "Last great Roman-Persian War." });
    expect(describeSpan(timeline.events[0]!.start, timeline.events[0]!.end)).toBe("602 – 629");
    const wide = layoutTimeline(timeline, { width: 1280 });
    expect(wide.axis.fine.map((t) => t.label)).toEqual(["600", "650", "700", "750", "800", "850", "900"]);
    expect(wide.axis.coarse.map((t) => t.label)).toEqual(["600 – 699", "700 – 799", "800 – 899", "900 – 999"]);
  });

  it("science (an early draft of the format): `date` for `start_date` drops every slide, each error beside a warning that names the field", () => {
    const { timeline, diagnostics } = loadTimeline(read("compiled-science.json"));
    expect(timeline.events).toEqual([]);
    const at = (index: number) => diagnostics.filter((d) => d.index === index).map((d) => [d.code, d.field]);
    for (const index of [1, 2, 3, 4, 5]) expect(at(index)).toEqual([["unknown-field", "date"], ["missing-start", "start_date"]]);
    expect(at(0)).toEqual([["unknown-field", "date"], ["unknown-field", "type"], ["missing-start", "start_date"]]);
    expect(diagnostics.find((d) => d.field === "date")?.message).toBe('Unknown field "date" was ignored. Did you mean "start_date"?');
  });

  it("the cosmological scale: years billions back are refused as written, and a date's `display_text` is named with the field it means", () => {
    const { timeline, diagnostics } = loadTimeline(read("compiled-cosmological.json"));
    const refused = diagnostics.filter((d) => d.code === "date-out-of-range");
    expect(refused.map((d) => [d.index, d.field, d.value])).toEqual([
      [0, "start_date", "-13798000000"],
      [1, "start_date", "-13797930000"],
      [2, "start_date", "-13797623000"],
      [3, "start_date", "-13648000000"],
      [3, "end_date", "-12798000000"],
      [4, "start_date", "-4798000000"],
    ]);
    // What is left is the slide dated year 0, which TimelineJS too reads as year 0.
    expect(timeline.events.map((e) => [e.index, e.start.edtf])).toEqual([[5, "0000"]]);
    const stray = diagnostics.find((d) => d.code === "unknown-field");
    expect(stray).toMatchObject({ index: 5, field: "start_date.display_text" });
    expect(stray?.message).toBe('Unknown field "start_date.display_text" was ignored. Did you mean "start_date.display_date"?');
  });

  it("milliseconds: five slides 1 to 60 ms apart keep their order and their milliseconds", () => {
    const { timeline, diagnostics } = loadTimeline(read("compiled-milliseconds.json"));
    expect(diagnostics).toEqual([]);
    expect(timeline.events.map((e) => e.start.edtf)).toEqual(["001", "010", "030", "050", "060"].map((ms) => `2015-01-01T01:01:01.${ms}`));
    expect(timeline.events.map((e) => e.start.earliest - timeline.events[0]!.start.earliest)).toEqual([0, 9, 29, 49, 59]);
  });

  it("Whitney Houston: a two-line credit is two sources, each with its own link and relay", () => {
    const { timeline } = loadTimeline(read("examples-houston.json"));
    const byId = new Map(timeline.sources.map((s) => [s.id, s]));
    const heritage = timeline.events.find((e) => e.index === 0)!.sources.map((id) => byId.get(id)!);
    expect(heritage.map((s) => [s.publisher, s.url, s.via && byId.get(s.via)?.publisher])).toEqual([
      ["Cissy Houston photo:Tom Marcello", "http://www.flickr.com/photos/11447043@N00/418180903/", undefined],
      ["Dionne Warwick: CBS Television", "http://commons.wikimedia.org/wiki/File%3ADionne_Warwick_television_special_1969.JPG", "Wikimedia Commons"],
    ]);
  });

  it("Whitney Houston: a video with no credit is still cited, by its site, titled by its caption", () => {
    const { timeline } = loadTimeline(read("examples-houston.json"));
    const byId = new Map(timeline.sources.map((s) => [s.id, s]));
    const bobby = timeline.events.find((e) => e.index === 12)!.sources.map((id) => byId.get(id));
    expect(bobby).toMatchObject([{ publisher: "youtu.be", url: "https://youtu.be/5cDLZqe735k" }]);
    expect(bobby[0]?.title).toMatch(/^Bobby Brown performing/);
  });
});
