// News feeds' dates (RSS pubDate, RFC 822 / 1123) as real feeds publish them
// (test/fixtures/feeds/ORIGIN.md): each read to its very instant, or refused saying why.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), "utf8")) as T;
const GUARDIAN = fixture<{ title: string; link: string; pubDate: string; "dc:date": string }[]>("guardian-items.json");
const PUBDATES = fixture<{ file: string; pubDate: string }[]>("rss-parser-pubdates.json");
const TWEETS = JSON.parse(readFileSync(new URL("../fixtures/tweets/twitter-ruby-statuses.json", import.meta.url), "utf8")) as { created_at: string; id_str: string }[];

describe("a news feed's pubDate", () => {
  it("reads as the same instant as the ISO date the feed gives beside it (The Guardian, 55 items)", () => {
    const events = GUARDIAN.map((item, i) => ({ id: `g${i}`, title: item.title, start: item.pubDate, sources: [{ publisher: "The Guardian", url: item.link }] }));
    const { timeline, diagnostics } = loadTimeline({ events });
    expect(diagnostics).toEqual([]);
    const iso = loadTimeline({ events: GUARDIAN.map((item, i) => ({ id: `g${i}`, title: item.title, start: item["dc:date"] })) }).timeline;
    const instant = (t: typeof timeline) => new Map(t.events.map((e) => [e.id, [e.start.earliest, e.start.precision, e.start.edtf]]));
    expect(instant(timeline)).toEqual(instant(iso));
    expect(timeline.events).toHaveLength(55);
  });

  it("in 18 feeds is read to the instant RFC 822 gives it, or refused saying why: never read as another time", () => {
    const events = PUBDATES.map((d, i) => ({ id: `p${i}`, title: d.file, start: d.pubDate }));
    const { timeline, diagnostics } = loadTimeline({ events });
    const read = new Map(timeline.events.map((e) => [e.id, e.start]));
    const refused: string[] = [];
    PUBDATES.forEach((d, i) => {
      const start = read.get(`p${i}`);
      // Date.parse reads RFC 822 dates in V8; a named zone there is RFC 822's fixed offset. A
      // Portuguese feed's day and month ("Seg", segunda-feira; "Set", setembro) it reads in English.
      const english = d.pubDate.replace(/^Seg,/, "Mon,").replace(/ Set /, " Sep ");
      if (start) expect([d.pubDate, start.earliest]).toEqual([d.pubDate, Date.parse(english)]);
      else refused.push(`${d.pubDate} → ${diagnostics.find((x) => x.index === i)?.message ?? "no diagnostic"}`);
    });
    expect(read.size).toBeGreaterThanOrEqual(75);
    for (const line of refused) {
      // A zone named by its abbreviation may be more than one offset (feeds write PST in summer);
      // A two-digit year could be any century: where every date of the data falls in one hundred years, load it with twoDigitYearsFrom (two-digit-years-from in markup), the first of them (such as 1930).
      if (/ [A-Z]{3}$/.test(line.split(" → ")[0]!) && !/ GMT$/.test(line.split(" → ")[0]!)) expect(line).toMatch(/The zone (EST|PST) may stand for more than one offset/);
      else expect(line).toMatch(/^03 Apr 02 1500 GMT.* is not a date citeline can read\./);
    }
  });
});

describe("a tweet's created_at and JavaScript's Date#toString", () => {
  it("read to the second a tweet's id holds (23 tweets of Twitter's API v1.1)", () => {
    const { timeline, diagnostics } = loadTimeline({ events: TWEETS.map((t) => ({ id: t.id_str, title: `Tweet ${t.id_str}`, start: t.created_at })) });
    expect(diagnostics).toEqual([]);
    expect(timeline.events).toHaveLength(TWEETS.length);
    for (const event of timeline.events) {
      // A snowflake id: the milliseconds since 4 November 2010, shifted left by 22 bits.
      const made = Number(BigInt(event.id) >> 22n) + 1_288_834_974_657;
      expect([event.id, event.start.earliest, event.start.precision]).toEqual([event.id, Math.floor(made / 1000) * 1000, "second"]);
    }
  });

  it("as String(date) writes it into a sheet, is the same instant; a wrong weekday is refused", () => {
    const at = Date.UTC(2008, 5, 8, 10, 0);
    const sheet = `Title,Start\nThe meeting,${new Date(at).toString()}\nThe day,${new Date(at).toDateString()}\n`;
    const { timeline, diagnostics } = loadTimeline(sheet);
    expect(diagnostics).toEqual([]);
    expect(timeline.events.map((e) => e.start.earliest)).toEqual([Date.UTC(2008, 5, 8), at].sort((a, b) => a - b));
    expect(loadTimeline("Title,Start\nThe day,Mon Jun 08 2008\n").diagnostics.map((d) => d.message)).toEqual([expect.stringContaining("8 June 2008 was a Sunday.")]);
  });
});
