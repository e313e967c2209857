// @vitest-environment node
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { csvParse } from "d3-dsv";
import { fromTimelineJs, fromTimelineJsSheet, timelineJsDate } from "../../src/parse/timelinejs.js";
import { parseCsv } from "../../src/parse/csv.js";
import { loadTimeline } from "../../src/load.js";
import { readDate } from "../../src/model/date.js";
import type { Source, Timeline } from "../../src/types.js";

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/timelinejs/${name}`, import.meta.url), "utf8");

/** The native data of a parse, typed loosely for assertions. */
interface Data {
  title?: string;
  description?: string;
  events: Record<string, unknown>[];
  eras?: Record<string, unknown>[];
  groups?: { id: string; label: string }[];
}
const dataOf = (parsed: { data: unknown }): Data => parsed.data as Data;

/** One TimelineJS slide around a start date, and what it becomes. */
const startOf = (start_date: unknown): unknown =>
  dataOf(fromTimelineJs({ events: [{ start_date, text: { headline: "x" } }] })).events[0]?.start;

/** A minimal sheet in the template's column order. */
const SHEET_HEADER = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background"];
const row = (cells: Record<string, string>): Record<string, string> =>
  Object.fromEntries(SHEET_HEADER.map((h) => [h, cells[h] ?? ""]));

describe("timelineJsDate", () => {
  it.each([
    ["year", { year: 2008 }, "2008"],
    ["year as string", { year: "2008" }, "2008"],
    ["year padded to four digits", { year: 476 }, "0476"],
    ["two-digit year is not a 20th-century year", { year: 33 }, "0033"],
    ["year and month", { year: 2008, month: 6 }, "2008-06"],
    ["year, month as strings", { year: "2008", month: "6" }, "2008-06"],
    ["day", { year: 2008, month: 6, day: 8 }, "2008-06-08"],
    ["numeric strings with spaces", { year: " 2008 ", month: " 06", day: "8 " }, "2008-06-08"],
    ["thousands comma in a year, as TimelineJS reads it", { year: "1,980" }, "1980"],
    ["hour: known to the hour", { year: 2008, month: 6, day: 8, hour: 14 }, "2008-06-08T14"],
    ["hour and minute, wall-clock time with no zone", { year: 2008, month: 6, day: 8, hour: 14, minute: 30 }, "2008-06-08T14:30"],
    ["hour and minute as strings", { year: "2008", month: "6", day: "8", hour: "9", minute: "5" }, "2008-06-08T09:05"],
    ["second", { year: 2008, month: 6, day: 8, hour: 14, minute: 30, second: 15 }, "2008-06-08T14:30:15"],
    ["millisecond", { year: 2008, month: 6, day: 8, hour: 14, minute: 30, second: 15, millisecond: 250 }, "2008-06-08T14:30:15.250"],
    ["all-zero time is a day, as TimelineJS shows it", { year: 2008, month: 6, day: 8, hour: 0, minute: 0, second: 0 }, "2008-06-08"],
    ["midnight and a half", { year: 2008, month: 6, day: 8, hour: 0, minute: 30 }, "2008-06-08T00:30"],
    ["zero milliseconds are not written", { year: 2008, month: 6, day: 8, hour: 14, minute: 30, second: 0, millisecond: 0 }, "2008-06-08T14:30:00"],
    ["blank parts are absent", { year: "2008", month: "", day: null, hour: "" }, "2008"],
    ["display_date is not a part", { year: 2008, display_date: "Summer 2008" }, "2008"],
  ])("%s", (_name, date, edtf) => {
    expect(timelineJsDate(date)).toBe(edtf);
    expect(startOf(date)).toBe(edtf);
  });

  // TimelineJS: "BCE years should be negative numbers", and year -N is labelled "N BCE".
  // EDTF is astronomical (year 0 is 1 BCE), so N BCE is -(N-1).
  it.each([
    ["551 BCE", { year: -551 }, "-0550"],
    ["551 BCE as a string", { year: "-551" }, "-0550"],
    ["the Ides of March, 44 BCE", { year: -44, month: 3, day: 15 }, "-0043-03-15"],
    ["753 BCE", { year: -753 }, "-0752"],
    ["1 BCE is astronomical year 0", { year: -1 }, "0000"],
    ["year 0 stays year 0", { year: 0 }, "0000"],
    ["10,000 BCE still fits four digits", { year: -10000 }, "-9999"],
    ["beyond four digits, EDTF's Y year", { year: -13800000000 }, "Y-13799999999"],
    ["far future", { year: 275760 }, "Y275760"],
  ])("negative and long years: %s", (_name, date, edtf) => {
    expect(timelineJsDate(date)).toBe(edtf);
  });

  it.each([
    ["a lone year that is not a number is kept as written", { year: "1980s" }, "1980s"],
    ["a lone year with words is kept, trimmed", { year: " c. 1850 " }, "c. 1850"],
    ["a month name", { year: 2008, month: "June" }, "year 2008, month June"],
    ["month out of range (13 is not a season)", { year: 2008, month: 13 }, "year 2008, month 13"],
    ["month 21 would be spring in EDTF: refused", { year: 2008, month: 21 }, "year 2008, month 21"],
    ["month 0", { year: 2008, month: 0 }, "year 2008, month 0"],
    ["day 32", { year: 2008, month: 6, day: 32 }, "year 2008, month 6, day 32"],
    ["hour 24", { year: 2008, month: 6, day: 8, hour: 24 }, "year 2008, month 6, day 8, hour 24"],
    ["a fractional month", { year: 2008, month: 6.5 }, "year 2008, month 6.5"],
    ["a day without a month", { year: 2008, day: 3 }, "year 2008, day 3"],
    ["a time without a day", { year: 2008, month: 6, hour: 14 }, "year 2008, month 6, hour 14"],
    ["minutes without an hour", { year: 2008, month: 6, day: 8, minute: 30 }, "year 2008, month 6, day 8, minute 30"],
    ["a month without a year", { month: 6, day: 8 }, "month 6, day 8"],
    ["a non-numeric year with a month", { year: "MMVIII", month: 6 }, "year MMVIII, month 6"],
    ["a long year with a month", { year: 12345, month: 1 }, "year 12345, month 1"],
  ])("kept for the date reader to report: %s", (_name, date, written) => {
    expect(timelineJsDate(date)).toBe(written);
  });

  it.each([
    ["an EDTF string", "2008-06", "2008-06"],
    ["a number (TimelineJS reads it as epoch ms)", 1212883200000, 1212883200000],
    ["a boolean", true, true],
    ["an array", [2008], [2008]],
  ])("passes on a date that is not an object: %s", (_name, date, out) => {
    expect(timelineJsDate(date)).toEqual(out);
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["an empty object", {}],
    ["blank parts only", { year: "", month: " " }],
  ])("nothing written is undefined: %s", (_name, date) => {
    expect(timelineJsDate(date)).toBeUndefined();
  });
});

describe("fromTimelineJs", () => {
  it.each([
    ["null", null],
    ["a string", '{"events": []}'],
    ["a number", 42],
    ["an array", [{ start_date: { year: 2008 } }]],
    ["an object without events", { title: { text: { headline: "T" } } }],
    ["events that is an object", { events: { 0: { start_date: { year: 2008 } } } }],
    ["events that is a string", { events: "none" }],
    ["events only on the prototype", Object.create({ events: [{ start_date: { year: 2008 } }] }) as unknown],
  ])("reports timelinejs-missing-events for %s", (_name, json) => {
    const parsed = fromTimelineJs(json);
    expect(parsed.data).toEqual({ events: [] });
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({ code: "timelinejs-missing-events", severity: "error", section: "timeline" });
  });

  it("reads an empty events array without diagnostics", () => {
    const parsed = fromTimelineJs({ events: [] });
    expect(parsed.data).toEqual({ events: [] });
    expect(parsed.diagnostics).toEqual([]);
  });

  it("maps a full slide to a native event", () => {
    const parsed = fromTimelineJs({
      events: [
        {
          unique_id: "meets-ahmadinejad",
          start_date: { year: "2008", month: "6", day: "8", hour: "14", minute: "30" },
          end_date: { year: 2008, month: 6, day: 9 },
          text: {
            headline: "Maliki meets President <b>Ahmadinejad</b>",
            text: "<p>Maliki&#8217;s assurances.</p><p>&ldquo;No platform,&rdquo; he said.</p>",
          },
          media: { url: "https://www.nytimes.com/2008/06/09/world/middleeast/09iraq.html", credit: "The New York Times", caption: "Reported <i>a day later</i>." },
          group: "Maliki in Tehran",
          display_date: "8 June, <small>afternoon</small>",
          background: { color: "#0f9bd1" },
          autolink: false,
        },
      ],
    });
    expect(parsed.diagnostics).toEqual([]);
    expect(dataOf(parsed).events).toEqual([
      {
        id: "meets-ahmadinejad",
        title: "Maliki meets President Ahmadinejad",
        start: "2008-06-08T14:30",
        end: "2008-06-09",
        description: "Maliki’s assurances.\n\n“No platform,” he said.",
        group: "maliki-in-tehran",
        displayDate: "8 June, afternoon",
        sources: [
          {
            publisher: "The New York Times",
            url: "https://www.nytimes.com/2008/06/09/world/middleeast/09iraq.html",
            title: "Reported a day later.",
          },
        ],
      },
    ]);
    expect(parsed.fields).toMatchObject({ start: "start_date", title: "text.headline", id: "unique_id", sources: "media.credit" });
  });

  it("leaves out what the slide does not say", () => {
    const event = dataOf(fromTimelineJs({ events: [{ start_date: { year: 1980 }, text: { headline: "Visit", text: "<p> </p>" }, group: "  ", media: { url: " ", credit: "<br>", caption: "<p></p>" } }] })).events[0];
    expect(event).toEqual({ title: "Visit", start: "1980" });
  });

  it("turns a numeric unique_id into text", () => {
    expect(dataOf(fromTimelineJs({ events: [{ unique_id: 17, start_date: { year: 2008 } }] })).events[0]?.id).toBe("17");
  });

  it("passes on slides that are not objects, keeping every index", () => {
    const events = dataOf(fromTimelineJs({ events: [null, "slide", { start_date: { year: 2008 }, text: { headline: "Third" } }] })).events;
    expect(events).toEqual([null, "slide", { title: "Third", start: "2008" }]);
  });

  it("passes on a start_date that is a string for the date reader", () => {
    expect(startOf("8 June 2008")).toBe("8 June 2008");
  });

  it.each([
    ["the slide's own display_date wins", { display_date: "Spring", start_date: { year: 2008, display_date: "2008" } }, "Spring"],
    ["the start date's display_date", { start_date: { year: -221, display_date: "Spring 221 BCE" } }, "Spring 221 BCE"],
    ["start and end display_date joined", { start_date: { year: 1980, display_date: "Sept. 1980" }, end_date: { year: 1988, display_date: "Aug. 1988" } }, "Sept. 1980 – Aug. 1988"],
    ["an end display_date alone follows the start in words", { start_date: { year: 1980, month: 9 }, end_date: { year: 1988, display_date: "Aug. 1988" } }, "September 1980 – Aug. 1988"],
    ["HTML in display_date is made plain", { display_date: "7&ndash;9 June <b>2008</b>", start_date: { year: 2008 } }, "7–9 June 2008"],
  ])("display date: %s", (_name, slide, displayDate) => {
    expect(dataOf(fromTimelineJs({ events: [slide] })).events[0]?.displayDate).toBe(displayDate);
  });

  describe("media credit as a source", () => {
    const sourceOf = (media: unknown): unknown =>
      (dataOf(fromTimelineJs({ events: [{ start_date: { year: 2008 }, media }] })).events[0]?.sources as unknown[] | undefined)?.[0];

    it.each([
      ["a publisher", { credit: "Reuters" }, { publisher: "Reuters" }],
      ["with an http(s) media url", { url: "https://www.reuters.com/article/1", credit: "Reuters" }, { publisher: "Reuters", url: "https://www.reuters.com/article/1" }],
      ["a media url that is not http(s) is not a link", { url: "javascript:alert(1)", credit: "Reuters" }, { publisher: "Reuters" }],
      ["a YouTube id is not a link", { url: "dQw4w9WgXcQ", credit: "YouTube" }, { publisher: "YouTube" }],
      ["the caption is the title", { credit: "AP", caption: "<p>Protesters in <b>Baghdad</b>.</p>" }, { publisher: "AP", title: "Protesters in Baghdad." }],
      ["HTML in the credit is made plain, its link the url", { credit: '<a href="https://apnews.com">AP</a> Photo' }, { publisher: "AP Photo", url: "https://apnews.com" }],
      ["X via Y", { url: "https://www.nytimes.com/a", credit: "IRNA via The New York Times" }, { publisher: "IRNA", via: { publisher: "The New York Times", url: "https://www.nytimes.com/a" } }],
      ["X, via Y", { credit: "IRNA, via The New York Times" }, { publisher: "IRNA", via: { publisher: "The New York Times" } }],
      ["Via in capitals", { credit: "IRNA VIA Reuters", caption: "Quoted." }, { publisher: "IRNA", via: { publisher: "Reuters" }, title: "Quoted." }],
      ["'via' inside a word is not a relay", { credit: "Trivia Weekly" }, { publisher: "Trivia Weekly" }],
      ["a blockquote as media is the quote", { url: "<blockquote>&ldquo;We will not allow it.&rdquo;</blockquote>", credit: "IRNA via The New York Times", caption: "Maliki, as quoted by IRNA" }, { publisher: "IRNA", via: { publisher: "The New York Times" }, quote: "“We will not allow it.”", title: "Maliki, as quoted by IRNA" }],
    ])("%s", (_name, media, source) => {
      expect(sourceOf(media)).toEqual(source);
    });

    it.each([
      ["a blank credit", { credit: "  " }],
      ["a credit of markup only", { credit: "<br>" }],
      ["no media", undefined],
    ])("no source for %s", (_name, media) => {
      expect(dataOf(fromTimelineJs({ events: [{ start_date: { year: 2008 }, media }] })).events[0]).not.toHaveProperty("sources");
    });
  });

  it("collects groups in first-seen order and gives events their ids", () => {
    const data = dataOf(
      fromTimelineJs({
        events: [
          { start_date: { year: 2008 }, group: "US–Iraq security pact" },
          { start_date: { year: 2008 }, group: "Maliki in Tehran" },
          { start_date: { year: 2008 } },
          { start_date: { year: 2008 }, group: " US–Iraq security pact " },
          { start_date: { year: 2008 }, group: "Maliki in Tehran!" },
          { start_date: { year: 2008 }, group: "Téhéran" },
          { start_date: { year: 2008 }, group: 1980 },
        ],
      }),
    );
    expect(data.groups).toEqual([
      { id: "us-iraq-security-pact", label: "US–Iraq security pact" },
      { id: "maliki-in-tehran", label: "Maliki in Tehran" },
      { id: "maliki-in-tehran-2", label: "Maliki in Tehran!" },
      { id: "teheran", label: "Téhéran" },
      { id: "1980", label: "1980" },
    ]);
    expect(data.events.map((e) => e.group)).toEqual([
      "us-iraq-security-pact",
      "maliki-in-tehran",
      undefined,
      "us-iraq-security-pact",
      "maliki-in-tehran-2",
      "teheran",
      "1980",
    ]);
  });

  it("has no groups key when no event has a group", () => {
    expect(dataOf(fromTimelineJs({ events: [{ start_date: { year: 2008 } }] }))).not.toHaveProperty("groups");
  });

  it("reads the title slide", () => {
    const data = dataOf(
      fromTimelineJs({
        title: { text: { headline: "Maliki in <i>Tehran</i>", text: "<p>Iraq&rsquo;s prime minister visits.</p>" }, media: { url: "https://x.example/a.jpg" } },
        events: [],
      }),
    );
    expect(data.title).toBe("Maliki in Tehran");
    expect(data.description).toBe("Iraq’s prime minister visits.");
  });

  it("reads eras", () => {
    const data = dataOf(
      fromTimelineJs({
        events: [],
        eras: [
          { start_date: { year: 1980, month: 9, day: 22 }, end_date: { year: 1988, month: 8, day: 20 }, text: { headline: "Iran&ndash;Iraq War", text: "dropped" } },
          { start_date: { year: -27 }, end_date: { year: 476 }, text: { headline: "Roman Empire" } },
          "not an era",
        ],
      }),
    );
    expect(data.eras).toEqual([
      { title: "Iran–Iraq War", start: "1980-09-22", end: "1988-08-20" },
      { title: "Roman Empire", start: "-0026", end: "0476" },
      "not an era",
    ]);
  });

  it("passes on eras that are not an array for the model to report", () => {
    expect(dataOf(fromTimelineJs({ events: [], eras: { start_date: { year: 1980 } } })).eras).toEqual({ start_date: { year: 1980 } });
    expect(dataOf(fromTimelineJs({ events: [] }))).not.toHaveProperty("eras");
  });

  it("never copies __proto__ or reads through the prototype", () => {
    const json: unknown = JSON.parse(
      '{"events":[{"__proto__":{"polluted":"yes","text":{"headline":"inherited"}},' +
        '"start_date":{"year":2008,"__proto__":{"month":6}},"text":{"headline":"Own","__proto__":{"text":"inherited text"}},' +
        '"media":{"credit":"AP","__proto__":{"url":"https://evil.example"}}}],' +
        '"__proto__":{"title":{"text":{"headline":"inherited title"}}}}',
    );
    const parsed = fromTimelineJs(json);
    const data = dataOf(parsed);
    expect(data).toEqual({ events: [{ title: "Own", start: "2008", sources: [{ publisher: "AP" }] }] });
    const event = data.events[0] as object;
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    expect(Object.hasOwn(event, "__proto__")).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("names in a warning each field of a slide, the title slide or an era that the format does not define, where something is written", () => {
    const json: unknown = JSON.parse(
      '{"title":{"text":{"headline":"T","subtitle":"S"}},"events":[' +
        '{"start_date":{"year":2008,"displaytext":"Now"},"text":{"headline":"A"},"media":{"url":"https://example.org/a.jpg","thumb":"https://example.org/t.jpg"},"uniqueid":"a","Start Date":"2008","location":{"lat":"","lon":""},"constructor":"x","__proto__":{"polluted":"yes"}},' +
        '{"start_date":{"year":2009},"text":{"headline":"B"},"uniqueid":"","notes":null}],' +
        '"eras":[{"start_date":{"year":2008},"end_date":{"year":2009},"text":{"headline":"E"},"color":"red"}]}',
    );
    const seen = fromTimelineJs(json).diagnostics.filter((d) => d.code === "unknown-field");
    expect(seen.map((d) => [d.section, d.index, d.field, d.severity, d.message])).toEqual([
      ["timeline", undefined, "title.text.subtitle", "warning", 'Unknown field "title.text.subtitle" was ignored.'],
      ["events", 0, "start_date.displaytext", "warning", 'Unknown field "start_date.displaytext" was ignored. Did you mean "start_date.display_date"?'],
      ["events", 0, "uniqueid", "warning", 'Unknown field "uniqueid" was ignored. Did you mean "unique_id"?'],
      ["events", 0, "Start Date", "warning", 'Unknown field "Start Date" was ignored. Did you mean "start_date"?'],
      ["events", 0, "constructor", "warning", 'Unknown field "constructor" was ignored.'],
      ["events", 0, "__proto__", "warning", 'Unknown field "__proto__" was ignored.'],
      ["eras", 0, "color", "warning", 'Unknown field "color" was ignored.'],
    ]);
    // A blank field, an empty location and TimelineJS 2's thumbnail lose nothing and pass quietly.
    expect(seen.some((d) => d.index === 1 || d.field === "location" || d.field === "media.thumb")).toBe(false);
  });

  it("reads the Maliki fixture", () => {
    const parsed = fromTimelineJs(JSON.parse(fixture("maliki.json")));
    const data = dataOf(parsed);
    expect(parsed.diagnostics).toEqual([]);
    expect(data.title).toBe("Maliki in Tehran, June 2008");
    expect(data.description).toBe("Iraq’s prime minister, Nouri al-Maliki, seeks to reassure Iran about a long-term US–Iraq security pact.");
    expect(data.events.map((e) => [e.id, e.start, e.end])).toEqual([
      ["visit", "2008-06-07", "2008-06-09"],
      ["meets-ahmadinejad", "2008-06-08", undefined],
      ["talks-mottaki-davoudi", "2008-06-07", "2008-06-09"],
      ["iran-opposes-pact", "2008-06-01", "2008-06-08"],
      [undefined, "2008-06", undefined],
      ["iran-iraq-war", "1980-09-22", "1988-08-20"],
    ]);
    expect(data.events[1]).toMatchObject({
      title: "Maliki meets President Ahmadinejad",
      sources: [
        {
          publisher: "IRNA",
          via: { publisher: "The New York Times" },
          quote: "“We will not allow Iraq to become a platform for harming the security of Iran and its neighbors.”",
        },
      ],
    });
    expect(data.events[2]).toMatchObject({ title: "Talks with Mottaki & Vice President Davoudi", displayDate: "During the visit, 7–9 June 2008" });
    // The script in the slide text is gone, words and all.
    expect(data.events[3]?.description).toBe(
      "Iran opposes a long-term security pact being negotiated by American & Iraqi officials, saying it would harm the interests of the Iraqi people.",
    );
    expect(data.events[5]?.sources).toEqual([
      { publisher: "Encyclopædia Britannica", url: "https://www.britannica.com/event/Iran-Iraq-War", title: "Iran-Iraq War" },
    ]);
    expect(data.groups).toEqual([
      { id: "maliki-in-tehran", label: "Maliki in Tehran" },
      { id: "us-iraq-security-pact", label: "US–Iraq security pact" },
      { id: "background", label: "Background" },
    ]);
    expect(data.events.map((e) => e.group)).toEqual(["maliki-in-tehran", "maliki-in-tehran", "maliki-in-tehran", "us-iraq-security-pact", "us-iraq-security-pact", "background"]);
    expect(data.eras).toEqual([{ title: "Iran–Iraq War", start: "1980", end: "1988" }]);
  });
});

describe("fromTimelineJsSheet", () => {
  const startFromTime = (time: string): unknown =>
    dataOf(fromTimelineJsSheet([row({ Year: "2008", Month: "6", Day: "8", Time: time, Headline: "x" })], SHEET_HEADER)).events[0]?.start;

  it.each([
    ["24-hour", "14:30", "2008-06-08T14:30"],
    ["PM", "2:30 PM", "2008-06-08T14:30"],
    ["pm, lower case, no space", "2:30pm", "2008-06-08T14:30"],
    ["p.m.", "2:30 p.m.", "2008-06-08T14:30"],
    ["AM", "9:05 AM", "2008-06-08T09:05"],
    ["12 PM is noon", "12:00 PM", "2008-06-08T12:00"],
    ["12 AM is midnight", "12:15 AM", "2008-06-08T00:15"],
    ["hour only, PM: known to the hour", "3 PM", "2008-06-08T15"],
    ["no separator", "1430", "2008-06-08T14:30"],
    ["dot separator", "14.30", "2008-06-08T14:30"],
    ["seconds", "14:30:15", "2008-06-08T14:30:15"],
    ["fractional seconds", "14:30:15.5", "2008-06-08T14:30:15.500"],
    ["surrounding spaces", "  14:30  ", "2008-06-08T14:30"],
    ["midnight exactly is a day, as TimelineJS shows it", "00:00", "2008-06-08"],
    ["blank", "", "2008-06-08"],
    ["a word", "noon", "year 2008, month 6, day 8, time noon"],
    ["13 PM", "13:00 PM", "year 2008, month 6, day 8, time 13:00 PM"],
    ["hour 25", "25:00", "year 2008, month 6, day 8, time 25:00"],
    ["minute 75", "14:75", "year 2008, month 6, day 8, time 14:75"],
    ["a time zone is not read", "14:30 EST", "year 2008, month 6, day 8, time 14:30 EST"],
  ])("Time cell: %s", (_name, time, start) => {
    expect(startFromTime(time)).toBe(start);
  });

  it("reads end dates with End Time", () => {
    const data = dataOf(
      fromTimelineJsSheet(
        [row({ Year: "2008", Month: "6", Day: "8", Time: "9:00 AM", "End Year": "2008", "End Month": "6", "End Day": "8", "End Time": "5:30 PM", Headline: "Talks" })],
        SHEET_HEADER,
      ),
    );
    expect(data.events[0]).toMatchObject({ start: "2008-06-08T09:00", end: "2008-06-08T17:30" });
  });

  it("reads negative years in cells", () => {
    const data = dataOf(fromTimelineJsSheet([row({ Year: "-44", Month: "3", Day: "15", Headline: "Caesar killed" })], SHEET_HEADER));
    expect(data.events[0]?.start).toBe("-0043-03-15");
  });

  it("reports an end date without its year for the date reader", () => {
    const data = dataOf(fromTimelineJsSheet([row({ Year: "2008", "End Month": "6", "End Day": "9", Headline: "x" })], SHEET_HEADER));
    expect(data.events[0]?.end).toBe("month 6, day 9");
  });

  it("splits title, era and event rows and keeps their origins", () => {
    const rows = [
      row({ Headline: "Maliki in Tehran", Text: "<p>Iraq&rsquo;s prime minister.</p>", Type: "title" }),
      row({ Year: "1980", "End Year": "1988", Headline: "Iran–Iraq War", Type: "era" }),
      row({}),
      row({ Year: "2008", Month: "6", Day: "7", Headline: "Visit begins", Type: "" }),
      row({ Year: "2008", Month: "6", Day: "8", Headline: "Talks", Type: "EVENT" }),
      row({ Year: "2003", "End Year": "2011", Headline: "Iraq War", Type: " Era " }),
    ];
    const parsed = fromTimelineJsSheet(rows, SHEET_HEADER, 5);
    const data = dataOf(parsed);
    expect(parsed.diagnostics).toEqual([]);
    expect(data.title).toBe("Maliki in Tehran");
    expect(data.description).toBe("Iraq’s prime minister.");
    expect(data.events).toEqual([
      { title: "Visit begins", start: "2008-06-07" },
      { title: "Talks", start: "2008-06-08" },
    ]);
    expect(parsed.events).toEqual([
      { index: 3, line: 8 },
      { index: 4, line: 9 },
    ]);
    expect(data.eras).toEqual([
      { title: "Iran–Iraq War", start: "1980", end: "1988" },
      { title: "Iraq War", start: "2003", end: "2011" },
    ]);
    expect(parsed.eras).toEqual([
      { index: 1, line: 6 },
      { index: 5, line: 10 },
    ]);
  });

  it("reads a second title row as an event, as TimelineJS does", () => {
    const parsed = fromTimelineJsSheet(
      [row({ Headline: "First title", Type: "title" }), row({ Year: "2008", Headline: "Second title", Type: "title" })],
      SHEET_HEADER,
    );
    expect(dataOf(parsed).title).toBe("First title");
    expect(dataOf(parsed).events).toEqual([{ title: "Second title", start: "2008" }]);
    expect(parsed.events).toEqual([{ index: 1, line: 3 }]);
  });

  it("warns about an unknown row type and reads the row as an event", () => {
    const parsed = fromTimelineJsSheet([row({ Year: "2008", Headline: "x", Type: "slide" })], SHEET_HEADER);
    expect(dataOf(parsed).events).toHaveLength(1);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: "csv-row-type", severity: "warning", section: "events", index: 0, line: 2, field: "Type", value: "slide" }),
    ]);
  });

  it("matches headers regardless of case and spaces, and names fields by the sheet's headers", () => {
    const columns = ["YEAR", "month", "Day", "time", "endyear", "End  Month", "end day", "Display date", "headline", "TEXT", "Media", "media credit", "MediaCaption", "Type", "group"];
    const parsed = fromTimelineJsSheet(
      [
        {
          YEAR: "2008", month: "6", Day: "8", time: "2:30 PM", endyear: "2008", "End  Month": "6", "end day": "9",
          "Display date": "8–9 June", headline: "Talks", TEXT: "<b>Words</b>", Media: "https://www.nytimes.com/a",
          "media credit": "IRNA via The New York Times", MediaCaption: "Quoted.", Type: "", group: "Maliki in Tehran",
        },
      ],
      columns,
    );
    expect(parsed.diagnostics).toEqual([]);
    expect(dataOf(parsed).events).toEqual([
      {
        title: "Talks",
        start: "2008-06-08T14:30",
        end: "2008-06-09",
        description: "Words",
        group: "maliki-in-tehran",
        displayDate: "8–9 June",
        sources: [{ publisher: "IRNA", via: { publisher: "The New York Times", url: "https://www.nytimes.com/a" }, title: "Quoted." }],
      },
    ]);
    expect(dataOf(parsed).groups).toEqual([{ id: "maliki-in-tehran", label: "Maliki in Tehran" }]);
    expect(parsed.fields).toEqual({
      title: "headline",
      start: "YEAR",
      end: "endyear",
      description: "TEXT",
      group: "group",
      displayDate: "Display date",
      sources: "media credit",
      // The slide's picture, when its media is one, is named by the same columns.
      "media.url": "Media",
      "media.credit": "media credit",
      "media.caption": "MediaCaption",
    });
  });

  it("warns about columns that are not in the template, and ignores them", () => {
    const parsed = fromTimelineJsSheet([{ Year: "2008", Headline: "x", Notes: "internal" }], ["Year", "Headline", "Notes", ""]);
    expect(dataOf(parsed).events).toEqual([{ title: "x", start: "2008" }]);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: "csv-unknown-column", severity: "warning", section: "timeline", line: 1, field: "Notes", value: "Notes" }),
    ]);
  });

  it("reads the first of two columns with the same meaning and warns about the second", () => {
    const parsed = fromTimelineJsSheet([{ Year: "2008", Headline: "First", "Head line": "Second" }], ["Year", "Headline", "Head line"]);
    expect(dataOf(parsed).events).toEqual([{ title: "First", start: "2008" }]);
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({ code: "csv-unknown-column", field: "Head line", line: 1 });
    expect(parsed.diagnostics[0]?.message).toContain('It says the same as "Headline".');
  });

  it("reports a sheet without Year or Headline columns", () => {
    const parsed = fromTimelineJsSheet([{ Date: "2008-06-08", Title: "x" }], ["Date", "Title"]);
    const missing = parsed.diagnostics.filter((d) => d.code === "csv-missing-column");
    expect(missing).toHaveLength(2);
    expect(missing[0]?.message).toContain("no Year column");
    expect(missing[1]?.message).toContain("no Headline column");
    expect(missing[0]?.value).toBe("Date, Title");
  });

  it("reports a sheet with no rows", () => {
    const parsed = fromTimelineJsSheet([row({}), row({ Year: " " })], SHEET_HEADER);
    expect(dataOf(parsed).events).toEqual([]);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(["csv-empty"]);
  });

  it("does not read headers through the prototype", () => {
    const rows = csvParse("Year,Headline,__proto__\n2008,x,{}\n");
    const parsed = fromTimelineJsSheet(rows, rows.columns);
    expect(dataOf(parsed).events).toEqual([{ title: "x", start: "2008" }]);
    expect(Object.getPrototypeOf(dataOf(parsed).events[0])).toBe(Object.prototype);
  });

  it("reads the sheet fixture like the JSON fixture", () => {
    const rows = csvParse(fixture("sheet.csv"));
    const parsed = fromTimelineJsSheet(rows, rows.columns);
    const data = dataOf(parsed);
    expect(parsed.diagnostics).toEqual([]);
    expect(data.title).toBe("Maliki in Tehran, June 2008");
    expect(data.description).toBe("Iraq's prime minister, Nouri al-Maliki, seeks to reassure Iran about a long-term US–Iraq security pact.");
    expect(data.eras).toEqual([{ title: "Iran–Iraq War", start: "1980", end: "1988" }]);
    expect(parsed.eras).toEqual([{ index: 1, line: 3 }]);
    expect(parsed.events).toEqual([2, 3, 4, 5, 6, 7].map((index) => ({ index, line: index + 2 })));
    expect(data.events.map((e) => [e.title, e.start, e.end])).toEqual([
      ["Maliki's three-day visit to Tehran", "2008-06-07", "2008-06-09"],
      ["Maliki meets President Ahmadinejad", "2008-06-08T14:30", undefined],
      ["Talks with Mottaki & Davoudi", "2008-06-07", "2008-06-09"],
      ["Iranian authorities speak against the pact", "2008-06-01", "2008-06-08"],
      ["US announces detention of a militia leader", "2008-06", undefined],
      ["Iran–Iraq War", "1980-09-22", "1988-08-20"],
    ]);
    expect(data.events[1]?.sources).toEqual([
      {
        publisher: "IRNA",
        via: { publisher: "The New York Times" },
        quote: "We will not allow Iraq to become a platform for harming the security of Iran and its neighbors.",
        title: "Maliki, as quoted by IRNA",
      },
    ]);
    expect(data.events[2]?.displayDate).toBe("During the visit, 7–9 June 2008");
    expect(data.events[3]?.description).toBe('Saying it would "harm the interests of the Iraqi people".');
    expect(data.events[5]?.sources).toEqual([
      { publisher: "Encyclopædia Britannica", url: "https://www.britannica.com/event/Iran-Iraq-War", title: "Iran-Iraq War" },
    ]);
    expect(data.groups?.map((g) => g.id)).toEqual(["maliki-in-tehran", "us-iraq-security-pact", "background"]);
    expect(parsed.fields).toMatchObject({ start: "Year", title: "Headline", sources: "Media Credit" });
  });
});

describe("TimelineJS as people write it", () => {
  /** The sources of one slide's media, as the importer writes them. */
  const cite = (media: unknown, text?: string): { sources?: unknown; description?: unknown } => {
    const event = dataOf(fromTimelineJs({ events: [{ start_date: { year: 2008 }, text: { headline: "x", text }, media }] })).events[0] ?? {};
    return { sources: event.sources, description: event.description };
  };
  /** The sources an event cites in a loaded timeline, with `via` resolved to the relay's publisher. */
  const citedBy = (timeline: Timeline, index = 0): (Omit<Source, "via"> & { via?: string })[] => {
    const byId = new Map(timeline.sources.map((s) => [s.id, s]));
    return (timeline.events.find((e) => e.index === index)?.sources ?? []).map((id) => {
      const { via, ...source } = byId.get(id)!;
      return via === undefined ? source : { ...source, via: byId.get(via)?.publisher };
    });
  };

  describe("a blank headline", () => {
    const made = (slide: Record<string, unknown>) => fromTimelineJs({ events: [{ start_date: { year: 2008, month: 6, day: 8 }, ...slide }] });

    it.each([
      ["the text's first words, cut at a word", { text: { headline: " ", text: "<p>Iraq&rsquo;s prime minister, Nouri al-Maliki, arrives in Tehran for three days of talks.</p>" } }, "Iraq’s prime minister, Nouri al-Maliki, arrives in Tehran…", "text"],
      ["a short text whole, its first paragraph only", { text: { text: "<p>Talks begin.</p><p>More later.</p>" } }, "Talks begin.", "text"],
      ["the display date, without text", { text: { headline: "<br>" }, display_date: "Early June" }, "Early June", "display date"],
      ["the date in words, without text or display date", { text: { headline: "" } }, "8 June 2008", "date"],
    ])("takes its title from %s, with a warning addressed to the slide", (_name, slide, title, from) => {
      const parsed = made(slide);
      expect(dataOf(parsed).events[0]?.title).toBe(title);
      expect(parsed.diagnostics).toEqual([
        expect.objectContaining({ code: "title-from-text", severity: "warning", section: "events", index: 0, field: "text.headline", value: title }),
      ]);
      expect(parsed.diagnostics[0]?.message).toBe(`The headline is blank, so the title "${title}" was made from the slide's ${from}.`);
    });

    it("keeps the event when loaded: a warning, never missing-title", () => {
      const { timeline, diagnostics } = loadTimeline({ events: [{ start_date: { year: -44, month: 3, day: 15 }, text: {} }, { start_date: { year: 2008 }, text: { headline: "Visit" } }] });
      expect(timeline.events.map((e) => e.title)).toEqual(["15 March 44 BCE", "Visit"]);
      expect(diagnostics.map((d) => [d.code, d.index])).toEqual([["title-from-text", 0]]);
    });

    it("is warned about at its sheet row and line, under the sheet's Headline column", () => {
      const parsed = fromTimelineJsSheet([row({ Headline: "Title", Type: "title" }), row({ Year: "2008", Text: "Talks begin", Headline: "" })], SHEET_HEADER);
      expect(dataOf(parsed).events[0]?.title).toBe("Talks begin");
      expect(parsed.diagnostics).toEqual([expect.objectContaining({ code: "title-from-text", index: 1, line: 3, field: "Headline" })]);
    });
  });

  describe("media", () => {
    it.each([
      ["a Wikipedia article with a blank credit", { url: "https://en.wikipedia.org/wiki/Big_Bang", credit: "", caption: "" }, [{ url: "https://en.wikipedia.org/wiki/Big_Bang" }]],
      ["a YouTube video, its caption the title", { url: "https://youtu.be/u4XpeU9erbg", caption: "Sh*t <i>Politicians</i> Say" }, [{ url: "https://youtu.be/u4XpeU9erbg", title: "Sh*t Politicians Say" }]],
      ["an image by a protocol-relative link", { url: "//upload.wikimedia.org/a.jpg" }, [{ url: "https://upload.wikimedia.org/a.jpg" }]],
      ["an iframe embed: its src", { url: "<iframe src='https://cdn.knightlab.com/embed/?source=1&amp;lang=en' width='100%'></iframe>", credit: "Luke Rague" }, [{ publisher: "Luke Rague", url: "https://cdn.knightlab.com/embed/?source=1&lang=en" }]],
      ["an embedded post: its permalink, its words the quote", { url: '<blockquote class="twitter-tweet"><p>Year of the dog <a href="https://twitter.com/hashtag/dog">#dog</a></p>&mdash; Kit (@ItsMeKitB) <a href="https://twitter.com/ItsMeKitB/status/1">January 1, 2018</a></blockquote><script src="https://platform.twitter.com/widgets.js"></script>', credit: "ItsMeKitB", caption: "Pizza Dog" }, [{ publisher: "ItsMeKitB", url: "https://twitter.com/ItsMeKitB/status/1", quote: "Year of the dog #dog\n\n— Kit (@ItsMeKitB) January 1, 2018", title: "Pizza Dog" }]],
      ["a blockquote's cite", { url: '<blockquote cite="https://www.nytimes.com/a">We will not allow it.</blockquote>', credit: "IRNA" }, [{ publisher: "IRNA", url: "https://www.nytimes.com/a", quote: "We will not allow it." }]],
      ["a link in the credit and another media link: both", { url: "https://farm7.staticflickr.com/1.jpg", credit: '<a href="http://www.flickr.com/photos/gage/1/">Gage Skidmore</a>/Flickr', caption: "Santorum in Iowa" }, [{ publisher: "Gage Skidmore/Flickr", url: "http://www.flickr.com/photos/gage/1/" }, { url: "https://farm7.staticflickr.com/1.jpg", title: "Santorum in Iowa" }]],
      ["the same page over http and https: one", { url: "//www.flickr.com/photos/ed/2/", credit: "<a href='http://www.flickr.com/photos/ed/2/'>Ed Uthman</a> via Flickr", caption: "An Apple I" }, [{ publisher: "Ed Uthman", url: "http://www.flickr.com/photos/ed/2/", via: { publisher: "Flickr" }, title: "An Apple I" }]],
      ["a link on the relay's name is the relay's", { credit: "By blakeburris, via <a href='http://commons.wikimedia.org/wiki/File:IPhone.jpg'>Wikimedia Commons</a>" }, [{ publisher: "By blakeburris", via: { publisher: "Wikimedia Commons", url: "http://commons.wikimedia.org/wiki/File:IPhone.jpg" } }]],
      ["a link in the caption: a source of its own", { url: "https://upload.wikimedia.org/ada.jpg", credit: "Wikimedia Commons", caption: '<a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Portrait by Chalon</a>' }, [{ publisher: "Wikimedia Commons", url: "https://upload.wikimedia.org/ada.jpg", title: "Portrait by Chalon" }, { url: "https://en.wikipedia.org/wiki/Ada_Lovelace" }]],
    ])("%s", (_name, media, sources) => {
      expect(cite(media)).toEqual({ sources, description: undefined });
    });

    it("names a source with only a link after its site, when loaded", () => {
      const { timeline, diagnostics } = loadTimeline({ events: [{ start_date: { year: 1920 }, text: { headline: "Turk" }, media: { url: "https://en.wikipedia.org/wiki/Mechanical_Turk", credit: "", caption: "Mechanical <b>Turk</b>" } }] });
      expect(diagnostics).toEqual([]);
      expect(citedBy(timeline)).toMatchObject([{ publisher: "en.wikipedia.org", url: "https://en.wikipedia.org/wiki/Mechanical_Turk", title: "Mechanical Turk" }]);
    });

    it.each([
      ["a caption alone joins the text", { caption: "Protesters in <b>Baghdad</b>." }, "Crowds gather.", "Crowds gather.\n\nProtesters in Baghdad."],
      ["a caption alone is the description when there is no text", { caption: "Protesters in Baghdad." }, undefined, "Protesters in Baghdad."],
      ["a caption with a media path that is no link", { url: "/static/img/family.jpg", caption: "Cissy Houston (left)" }, undefined, "Cissy Houston (left)"],
      ["a quote with no credit or link", { url: "<blockquote>There is no demand for women engineers. <cite>Edith Clarke</cite></blockquote>" }, undefined, "There is no demand for women engineers. Edith Clarke"],
    ])("never drops words: %s", (_name, media, text, description) => {
      expect(cite(media, text)).toEqual({ sources: undefined, description });
    });

    it("splits a credit at its line breaks: one source per line, each with its own link and relay", () => {
      const credit = "Cissy Houston photo: <a href='http://www.flickr.com/photos/1/'>Tom Marcello</a><br/><a href='http://commons.wikimedia.org/wiki/File:DW.JPG'>Dionne Warwick: CBS Television via Wikimedia Commons</a>\nAP, via Reuters";
      expect(cite({ url: "/static/family.jpg", credit, caption: "Houston's mother and cousin" }).sources).toEqual([
        { publisher: "Cissy Houston photo: Tom Marcello", url: "http://www.flickr.com/photos/1/", title: "Houston's mother and cousin" },
        { publisher: "Dionne Warwick: CBS Television", url: "http://commons.wikimedia.org/wiki/File:DW.JPG", via: { publisher: "Wikimedia Commons" }, title: "Houston's mother and cousin" },
        { publisher: "AP", via: { publisher: "Reuters" }, title: "Houston's mother and cousin" },
      ]);
    });

    it("cites the links of a slide's text, and its bare addresses", () => {
      const text = 'Romney <a href="http://www.nytimes.com/2012/01/11/a.html" target="new">swept</a> it (see https://en.wikipedia.org/wiki/Grand_Canal_(China)).';
      expect(cite({ url: "https://youtu.be/x", credit: "YouTube" }, text)).toEqual({
        sources: [{ publisher: "YouTube", url: "https://youtu.be/x" }, { url: "http://www.nytimes.com/2012/01/11/a.html" }, { url: "https://en.wikipedia.org/wiki/Grand_Canal_(China)" }],
        description: "Romney swept it (see https://en.wikipedia.org/wiki/Grand_Canal_(China)).",
      });
    });

    it("keeps a second caption of the same link in the description, where the merged source cannot hold it", () => {
      const media = (caption: string) => ({ url: "http://www.youtube.com/watch?v=C-nTpGMMVjY", caption });
      const data = dataOf(fromTimelineJs({ events: [{ start_date: { year: 1900 }, media: media("a Youtube video") }, { start_date: { year: 1900 }, text: { text: "Again." }, media: media("another youtube video") }] }));
      expect(data.events.map((e) => [e.sources, e.description])).toEqual([
        [[{ url: "http://www.youtube.com/watch?v=C-nTpGMMVjY", title: "a Youtube video" }], undefined],
        [[{ url: "http://www.youtube.com/watch?v=C-nTpGMMVjY" }], "Again.\n\nanother youtube video"],
      ]);
    });

    it("lists the title slide's media among the timeline's sources", () => {
      const { timeline } = loadTimeline({ title: { text: { headline: "Houston" }, media: { url: "//www.flickr.com/photos/tm/2/", credit: "flickr/<a href='http://www.flickr.com/photos/tm/'>tm_10001</a>", caption: "On tour" } }, events: [{ start_date: { year: 1963 }, text: { headline: "Born" } }] });
      expect(timeline.sources).toMatchObject([
        { publisher: "flickr/tm_10001", url: "http://www.flickr.com/photos/tm/" },
        { publisher: "flickr.com", url: "https://www.flickr.com/photos/tm/2/", title: "On tour" },
      ]);
    });
  });

  describe("dates", () => {
    it("honours end_date.display_date when the start has none, the start said in words", () => {
      const event = dataOf(fromTimelineJs({ events: [{ start_date: { year: -221 }, end_date: { year: -206, display_date: "206 BCE, in winter" } }] })).events[0];
      expect(event?.displayDate).toBe("221 BCE – 206 BCE, in winter");
    });

    it("writes an hour with no minute as known to the hour, and no zone", () => {
      expect(timelineJsDate({ year: 2008, month: 6, day: 8, hour: 14 })).toBe("2008-06-08T14");
      const hour = readDate("2008-06-08T14");
      expect(hour).toMatchObject({ ok: true, date: { precision: "hour", edtf: "2008-06-08T14" } });
      const { timeline, diagnostics } = loadTimeline({ events: [{ start_date: { year: 2008, month: 6, day: 8, hour: "14" }, text: { headline: "Talks" } }] });
      expect(diagnostics).toEqual([]);
      expect(timeline.events[0]?.start).toMatchObject({ edtf: "2008-06-08T14", precision: "hour" });
    });

    it("quotes a date as the user wrote it, never in citeline's EDTF", () => {
      const parsed = fromTimelineJs({ events: [{ start_date: { year: "-13800000000" }, text: { headline: "Big Bang" } }] });
      expect(dataOf(parsed).events[0]?.start).toBe("Y-13799999999");
      expect(parsed.events).toEqual([{ index: 0, written: { start: "-13800000000" } }]);
      const { diagnostics } = loadTimeline({ events: [{ start_date: { year: -13800000000 }, text: { headline: "Big Bang" } }, { start_date: { year: -44, month: 3, day: 15 }, end_date: { year: -45 }, text: { headline: "Ides" } }] });
      expect(diagnostics.map((d) => [d.code, d.index, d.field, d.value])).toEqual([
        ["date-out-of-range", 0, "start_date", "-13800000000"],
        ["end-before-start", 1, "end_date", "-45"],
      ]);
      expect(diagnostics[0]).not.toHaveProperty("written");
    });
  });

  describe("spreadsheets with TimelineJS-style media columns", () => {
    it("read Media, Media Credit and Media Caption as a TimelineJS sheet does", () => {
      const text = "Title,Date,Media,Media Credit,Media Caption\n" +
        'Visit,2008-06-07,https://www.nytimes.com/a,"IRNA via The New York Times",<i>Quoted</i>\n' +
        "Talks,2008-06-08,https://youtu.be/x,,A video\n" +
        "Pact,2008-06-09,,,Protesters in Baghdad\n";
      const parsed = parseCsv(text);
      expect(parsed.diagnostics).toEqual([]);
      expect(dataOf(parsed).events).toEqual([
        { title: "Visit", start: "2008-06-07", sources: [{ publisher: "IRNA", via: { publisher: "The New York Times", url: "https://www.nytimes.com/a" }, title: "Quoted" }] },
        { title: "Talks", start: "2008-06-08", sources: [{ url: "https://youtu.be/x", title: "A video" }] },
        { title: "Pact", start: "2008-06-09", description: "Protesters in Baghdad" },
      ]);
    });

    it("keep a row's own Source beside its media credit", () => {
      const { timeline, diagnostics } = loadTimeline("Title,Date,Source,Source URL,Media,Credit\nVisit,2008-06-07,Reuters,https://www.reuters.com/a,https://upload.wikimedia.org/b.jpg,AP\n", { format: "csv" });
      // The image is the event's picture too, and it has no alt text (no Alt text column).
      expect(diagnostics.map((d) => d.code)).toEqual(["media-missing-alt"]);
      expect(timeline.events[0]!.media).toMatchObject({ url: "https://upload.wikimedia.org/b.jpg", credit: "AP" });
      expect(citedBy(timeline).map((s) => [s.publisher, s.url])).toEqual([
        ["Reuters", "https://www.reuters.com/a"],
        ["AP", "https://upload.wikimedia.org/b.jpg"],
      ]);
    });
  });
});
