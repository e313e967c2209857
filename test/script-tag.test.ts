// @vitest-environment node
// The built script-tag bundle (dist/citeline.umd.js) run as a classic script with no page around
// it, and the files it loads on demand: what it holds at once (English, native JSON and CSV), what
// it says when TimelineJS data comes before its reader, and the on-demand files themselves.
// test/browser/on-demand.e2e.test.ts loads them in Chromium. Needs `npm run build` first.
import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { mayNeedEdtf } from "../src/browser/date-level2.js";
import { mayNeedSpelling } from "../src/browser/date-spelling.js";
import { partsFor } from "../src/browser/preload.js";
import { diagnostic } from "../src/diagnostics.js";
import { loadTimeline } from "../src/load.js";
import { readLevel2 } from "../src/model/date-level2.js";
import { nameSpelling } from "../src/model/date-names.js";
import { normalizeSpelling } from "../src/model/date-spelling.js";
import { numbersFor } from "../src/messages/numbers.js";
import { LOCALE_TAGS, localeKey } from "../src/options/locale-tags.js";
import { translationFor } from "../src/options/locales.js";
import { pageDocument } from "../src/write/page-document.js";
import type { StoryLent } from "../src/browser/story-lent.js";
import { en } from "../src/messages/index.js";
import { eventParts } from "../src/scene/card.js";
import { slideNode } from "../src/scene/slide.js";
import { clampSlide, eventNumber, onSlide, slideEvent, slideOf, slideWindow, storyOf } from "../src/scene/story.js";
import { wordsFor } from "../src/scene/words.js";
import { readHtml } from "../src/browser/html-read.js";

const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url);
const fixture = (file: string) => readFileSync(new URL(`./fixtures/${file}`, import.meta.url), "utf8");
const built = existsSync(dist("citeline.umd.js"));

interface Script {
  loadTimeline(input: unknown): { timeline: { events: unknown[] }; diagnostics: { code: string; severity: string; message: string; index?: number; field?: string }[] };
  loadTimelineAsync(input: unknown): Promise<unknown>;
  renderPage(timeline: unknown): string;
  renderToString(timeline: unknown): string;
  preload(...parts: string[]): Promise<void>;
  localeFor(tag: string): { code: string } | undefined;
  LOCALES: Record<string, { code: string }>;
}

function runBundle(): Script {
  const context: { URL: typeof URL; Citeline?: Script } = { URL };
  runInNewContext(readFileSync(dist("citeline.umd.js"), "utf8"), context);
  return context.Citeline!;
}

describe.runIf(built)("the script-tag bundle, before anything loads on demand", () => {
  it("reads native JSON and CSV, and has the English locales", () => {
    const C = runBundle();
    expect(C.loadTimeline(readFileSync(new URL("../examples/seed-tehran-2008/events.csv", import.meta.url), "utf8")).timeline.events).toHaveLength(7);
    expect(C.loadTimeline(readFileSync(new URL("../examples/seed-tehran-2008/events.json", import.meta.url), "utf8")).timeline.events).toHaveLength(7);
    expect(Object.keys(C.LOCALES)).toEqual(["en-GB", "en-US", "en"]);
    // British English, under the tag asked for (so Intl writes that region's forms).
    expect(C.localeFor("en-AU")?.code).toBe("en-AU");
    expect(C.localeFor("fr")).toBeUndefined();
  });

  it("carries neither d3-format, d3-color, d3-transition nor d3-interpolate's interpolators of other values than numbers, which d3's modules import for what citeline never asks of them", () => {
    const bundle = readFileSync(dist("citeline.umd.min.js"), "utf8");
    // d3-format's SI prefixes and default locale, d3-color's named colours, d3-transition's
    // scheduler's errors, the pattern d3-interpolate finds numbers in strings by: in the bundle before.
    for (const own of ['"µ"', "rebeccapurple", "aliceblue", "currency", "too late; already", "transition not found", "(?:[eE][-+]?\\d+)?/g"]) expect(bundle).not.toContain(own);
    expect(bundle).toContain("is not in the script-tag bundle");
  });

  it("hands V8 its factory in parentheses, so that the script's compile takes it off the page's main thread, and still runs", () => {
    const bundle = readFileSync(dist("citeline.umd.min.js"), "utf8");
    // The wrapper's one call of the factory, which holds all the rest: a function expression in
    // parentheses is one V8 compiles with the script rather than when it is first called.
    expect(bundle).toMatch(/\}\(this,\(function\(\w+\)\{"use strict";/);
    expect(bundle.trimEnd()).toMatch(/\}\)\);\n\/\/# sourceMappingURL=citeline\.umd\.min\.js\.map$/);
    const context: { URL: typeof URL; Citeline?: Script } = { URL };
    runInNewContext(bundle, context);
    expect(context.Citeline?.loadTimeline({ events: [{ title: "A visit", start: "2008-06-07" }] }).timeline.events).toHaveLength(1);
  });

  it("says how to load TimelineJS data read before its reader: JSON and a Google Sheet's CSV", () => {
    const C = runBundle();
    for (const input of [fixture("timelinejs/maliki.json"), fixture("timelinejs/sheet.csv"), JSON.parse(fixture("timelinejs/maliki.json")) as unknown]) {
      const { timeline, diagnostics } = C.loadTimeline(input);
      expect(timeline.events).toEqual([]);
      expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([["timelinejs-not-loaded", "error"]]);
      expect(diagnostics[0]?.message).toContain('Citeline.preload("timelinejs")');
      expect(diagnostics[0]?.message).toContain("Citeline.loadTimelineAsync");
    }
  });

  it("reads every EDTF example of the specification as Node does, or says that its reader loads on demand", () => {
    const C = runBundle();
    const examples = (JSON.parse(fixture("edtf/spec-examples.json")) as { examples: { edtf: string }[] }).examples.map((e) => e.edtf);
    const onDemand: string[] = [];
    for (const edtf of examples) {
      const data = { events: [{ title: "An event", start: edtf }] };
      const inBundle = C.loadTimeline(data);
      const waiting = inBundle.diagnostics.filter((d) => d.code === "edtf-not-loaded");
      if (waiting.length === 0) {
        expect(JSON.parse(JSON.stringify(inBundle)), edtf).toEqual(JSON.parse(JSON.stringify(loadTimeline(data))));
        continue;
      }
      onDemand.push(edtf);
      // Reported on its event and field, the event kept out, and the page's cheap look would have loaded the reader.
      expect(waiting.map((d) => [d.severity, d.index, d.field]), edtf).toEqual([["error", 0, "start"]]);
      expect(waiting[0]?.message).toContain('Citeline.preload("edtf")');
      expect(inBundle.timeline.events, edtf).toEqual([]);
      expect(mayNeedEdtf(JSON.stringify(data)), edtf).toBe(true);
    }
    // The level-2 forms wait for the reader; plain dates, seasons, sets and intervals never do.
    expect(onDemand).toEqual(expect.arrayContaining(["156X-12-25", "?2004-06-~11", "1950S2", "Y-200000"]));
    expect(onDemand).not.toEqual(expect.arrayContaining(["1985-04-12"]));
  });

  it("refuses text that is no date at once, without asking for the EDTF reader", () => {
    const C = runBundle();
    for (const start of ["hello", "next week", "2008-06-08 or so", ""]) {
      const codes = C.loadTimeline({ events: [{ title: "An event", start }] }).diagnostics.map((d) => d.code);
      expect(codes, start).not.toContain("edtf-not-loaded");
      expect(codes.length, start).toBeGreaterThan(0);
    }
    expect(mayNeedEdtf(readFileSync(new URL("../examples/seed-tehran-2008/events.json", import.meta.url), "utf8"))).toBe(false);
    expect(mayNeedEdtf(readFileSync(new URL("../examples/seed-tehran-2008/events.csv", import.meta.url), "utf8"))).toBe(false);
  });

  it("reads EDTF and epoch ms at once; a date written another way waits for its readers, said on its event and field", () => {
    const C = runBundle();
    const plain = ["2008-06-07", "2008-06-07T14:30:00+04:30", "2008-06", "2008-06~", "2008-22", "-0753", "1980/1988", 1212800000000, "2008-06-07/2008-06-09", "../2008"];
    const named = ["June 7, 2008", "7-Jun-2008", "Sun, 08 Jun 2008", "Dec. 7, 1941", "June '08", "8. Juni 2008", "8 de junio de 2008", "۱۸ خرداد ۱۳۸۷", "early June 2008", "June 7 – 9, 2008",
      "2008-06-07 14:30", "07/06/2008", "1387/03/18", "Summer 2008", "754 BCE", "c. 1900", "1980–1988", "2008-6-8"];
    for (const start of plain) {
      const data = { events: [{ title: "An event", start }] };
      expect(JSON.parse(JSON.stringify(C.loadTimeline(data))), String(start)).toEqual(JSON.parse(JSON.stringify(loadTimeline(data))));
    }
    for (const start of named) {
      const { timeline, diagnostics } = C.loadTimeline({ events: [{ title: "An event", start }, { title: "Another", start: "2008-06-08" }] });
      expect(diagnostics.map((d) => [d.code, d.severity, d.index, d.field]), start).toEqual([["words-not-loaded", "error", 0, "start"]]);
      expect(diagnostics[0]?.message).toContain('Citeline.preload("words")');
      // The rest still loads.
      expect(timeline.events, start).toHaveLength(1);
    }
    // Unspecified digits are no word: the EDTF reader's to read.
    expect(C.loadTimeline({ events: [{ title: "An event", start: "20XX" }] }).diagnostics.map((d) => d.code)).toEqual(["edtf-not-loaded"]);
    // What a page hands over as an object is looked at before it is read: its dates that are not
    // EDTF load the readers first.
    expect(named.filter((text) => !mayNeedSpelling([text]))).toEqual([]);
    expect(plain.filter((text) => typeof text === "string" && mayNeedSpelling([text]))).toEqual([]);
  });

  it("looks for dates written other than as EDTF in an object's dates, a sheet's first rows' and a JSON file's first dates, not in their titles", () => {
    const wants = (input: unknown) => partsFor(input).includes("words");
    const seed = (file: string) => readFileSync(new URL(`../examples/seed-tehran-2008/${file}`, import.meta.url), "utf8");
    // The seed's sheet and JSON name June beside a number in display dates and descriptions; their dates are ISO.
    expect([wants(seed("events.csv")), wants(seed("events.json")), wants(JSON.parse(seed("events.json")))]).toEqual([false, false, false]);
    expect(wants('Title,Date\nThe meeting,"June 8, 2008"\n')).toBe(true);
    expect(wants(JSON.stringify({ events: [{ title: "The meeting", start: "June 8, 2008" }] }))).toBe(true);
    expect(wants({ events: [{ title: "Das Treffen", start: "8. März 2008" }] })).toBe(true);
    expect(wants('Title,Date\nThe meeting,08/06/2008\n')).toBe(true);
    expect(wants({ events: [{ title: "The war", start: "1980/1988" }, { title: "The pact", start: "2008-22?" }, { title: "Undated", start: "" }] })).toBe(false);
    // Past the 50th row, the date is left to the read, which loads the reader then.
    const rows = ["Title,Date", ...Array.from({ length: 60 }, (_, i) => `Day ${i},2008-06-0${1 + (i % 9)}`), 'Late,"June 8, 2008"'];
    expect(wants(rows.join("\n"))).toBe(false);
    expect(wants(rows.slice(0, 40).concat(rows.slice(-1)).join("\n"))).toBe(true);
  });

  it("reads any date as Node does, unless it says which part it waits for", () => {
    const C = runBundle();
    // Texts made of the pieces dates are written with: numbers, month names in three scripts,
    // the words the readers know, EDTF's marks, and separators.
    const piece = fc.constantFrom("7", "08", "2008", "1387", "۱۸", "June", "Jun.", "Sept.", "Juni", "junio", "de", "خرداد", "Sun,", "early", "summer", "BCE", "c.", "the", "1970s", "X", "XX", "?", "~", "T14:30", "Z", "'08", "to", "–", "/", "-", ",", ".");
    const text = fc.array(piece, { minLength: 1, maxLength: 6 }).chain((pieces) => fc.constantFrom(pieces.join(" "), pieces.join("")));
    fc.assert(
      fc.property(text, (start) => {
        const data = { events: [{ title: "An event", start }] };
        const inBundle = JSON.parse(JSON.stringify(C.loadTimeline(data))) as ReturnType<Script["loadTimeline"]>;
        if (inBundle.diagnostics.some((d) => /-not-loaded$/.test(d.code))) {
          // Waiting is said on the date's own field, and only there.
          expect(inBundle.diagnostics.map((d) => [d.index, d.field])).toEqual([[0, "start"]]);
          return;
        }
        expect(inBundle).toEqual(JSON.parse(JSON.stringify(loadTimeline(data))));
      }),
      { seed: 20080607, numRuns: 400 },
    );
  });

  it("reads a sheet's plain Media cells at once; a cell with HTML waits for the HTML reader, said on its row and column", () => {
    const C = runBundle();
    const csv = fixture("csv/media-html.csv");
    const { timeline, diagnostics } = C.loadTimeline(csv);
    const waiting = diagnostics.filter((d) => d.code === "html-not-loaded");
    // Row 1's credit and caption hold markup (a link, <i>, &amp;): each is an error on its cell.
    expect(waiting.map((d) => [d.severity, d.index, d.field])).toEqual([
      ["error", 0, "Media credit"],
      ["error", 0, "Media caption"],
    ]);
    expect(waiting[0]?.message).toContain('Citeline.preload("html")');
    expect(waiting[0]?.message).toContain("this row's media was left out");
    // The row is still an event, without its picture or what the Media columns cite; rows 2 and 3,
    // in plain text (a lone "&" is text too), are read as Node reads them.
    const node = loadTimeline(csv).timeline;
    const events = timeline.events as { title: string; media?: unknown; sources: string[] }[];
    expect(events.map((e) => e.title)).toEqual(node.events.map((e) => e.title));
    expect(events[0]?.media).toBeUndefined();
    expect(events[0]?.sources).toEqual([]);
    expect(JSON.stringify(events[1]?.media)).toBe(JSON.stringify(node.events[1]!.media));
    expect(JSON.stringify(events[2]?.media)).toBe(JSON.stringify(node.events[2]!.media));
    expect(events[2]?.media).toMatchObject({ credit: "Reuters & AP", caption: "Tehran, 8 & 9 June" });
    // Without the row that holds markup, the bundle reads the sheet exactly as Node does.
    const plain = csv.split("\n").filter((line) => !line.includes("<a ")).join("\n");
    expect(JSON.parse(JSON.stringify(C.loadTimeline(plain)))).toEqual(JSON.parse(JSON.stringify(loadTimeline(plain))));
  });

  it("reads a sheet's description written in HTML once the HTML reader has loaded; before, leaves the cell out, said on its row and column", () => {
    const C = runBundle();
    const csv = 'Title,Date,Desc\nVisit,2008-06-07,<p>Talks began.</p>\nMeeting,2008-06-08,Plain words & more.\n';
    const { timeline, diagnostics } = C.loadTimeline(csv);
    const waiting = diagnostics.filter((d) => d.code === "html-text-not-loaded");
    expect(waiting.map((d) => [d.severity, d.index, d.field])).toEqual([["error", 0, "Desc"]]);
    expect(waiting[0]?.message).toContain("\"<p>Talks began.</p>\" holds HTML");
    expect(waiting[0]?.message).toContain('Citeline.preload("html")');
    // The row is still drawn, with no tags shown; the plain row is read as Node reads it.
    const events = timeline.events as { title: string; description?: string }[];
    expect(events.map((e) => [e.title, e.description])).toEqual([
      ["Visit", undefined],
      ["Meeting", "Plain words & more."],
    ]);
  });

  it("says how to load the page writer when renderPage comes before it", () => {
    const C = runBundle();
    const { timeline } = C.loadTimeline(readFileSync(new URL("../examples/seed-tehran-2008/events.json", import.meta.url), "utf8"));
    expect(() => C.renderPage(timeline)).toThrow('call `await Citeline.preload("page")` before renderPage');
    // What needs no page around it is there at once.
    expect(C.renderToString(timeline)).toContain('class="citeline');
  });

  it("preload names what is wrong, and where there is no script address says so", async () => {
    const C = runBundle();
    await expect(C.preload("timelinejs", "edtf", "tlh", "xx-YY")).rejects.toThrow(/cannot preload "tlh", "xx-YY": name "timelinejs", "edtf", "words", "html", "page", "story" or a locale \(en-GB, en-US, en, de, fr/);
    await expect(C.preload("edtf")).rejects.toThrow(/cannot load citeline-edtf\.js/);
    await expect(C.preload("page")).rejects.toThrow(/cannot load citeline-page\.js/);
    await expect(C.preload("words")).rejects.toThrow(/cannot load citeline-words\.js/);
    await expect(C.preload("html")).rejects.toThrow(/cannot load citeline-html\.js/);
    await expect(C.loadTimelineAsync(fixture("csv/media-html.csv"))).rejects.toThrow(/cannot load citeline-html\.js/);
    await expect(C.preload("fr")).rejects.toThrow(/could not tell where its script was loaded from, so it cannot load locales\/fr\.js/);
    await expect(C.loadTimelineAsync(fixture("timelinejs/maliki.json"))).rejects.toThrow(/cannot load citeline-timelinejs\.js/);
    await expect(C.preload("en-US", "en")).resolves.toBeUndefined();
  });
});

describe.runIf(built)("the files beside the bundle", () => {
  it("hold every locale other than English, each exporting it as `locale` and its language's words as `messages`", async () => {
    const others = LOCALE_TAGS.filter((tag) => !tag.startsWith("en"));
    for (const tag of others) {
      const module = (await import(dist(`locales/${tag}.js`).href)) as { locale: { code: string }; messages?: (n: unknown) => { chart: { close: string } } };
      expect(localeKey(module.locale.code), tag).toBe(tag);
      // Italian, Dutch and Portuguese have their dates and English words; the others their own.
      const translated = translationFor(tag);
      expect(typeof module.messages, tag).toBe(translated ? "function" : "undefined");
      if (translated) expect(module.messages!(numbersFor(module.locale.code)).chart.close, tag).toBe(translated(numbersFor(module.locale.code)).chart.close);
    }
  });

  it("hold the EDTF reader, which reads every example of the specification as Node's does", async () => {
    const part = (await import(dist("citeline-edtf.js").href)) as { readLevel2: typeof readLevel2 };
    const examples = (JSON.parse(fixture("edtf/spec-examples.json")) as { examples: { edtf: string }[] }).examples.map((e) => e.edtf);
    for (const edtf of [...examples, "156X-12-25", "hello"]) expect(part.readLevel2(edtf), edtf).toEqual(readLevel2(edtf));
  });

  it("hold the reader of dates in words, which reads every language's dates of moment's tests, and every feed's, as Node's does", async () => {
    const part = (await import(dist("citeline-words.js").href)) as { normalizeSpelling: typeof normalizeSpelling };
    const languages = JSON.parse(fixture("languages/moment-locales.json")) as { locales: Record<string, { formats: Record<string, string> }> };
    // A feed's day, without the time the date-time reader takes off before this reader sees it.
    const feeds = (JSON.parse(fixture("feeds/rss-parser-pubdates.json")) as { pubDate: string }[]).map((f) => f.pubDate.replace(/ \d{1,2}:\d\d.*$/, ""));
    const texts = [
      ...Object.values(languages.locales).flatMap((l) => Object.values(l.formats)),
      ...feeds,
      "June 7, 2008", "Sept. 11, 2001", "Mon, 08 Jun 2008", "7 June 08", "hello", "2008-06-07",
      // Everyday spellings, read by the same part.
      "07/06/2008", "1980–1988", "c. 1900", "early June 2008", "2008-06-07 14:30", "754 BCE", "20080607",
    ];
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(part.normalizeSpelling(text), text).toEqual(normalizeSpelling(text));
    // It reads, not only agrees: most of them are dates.
    expect(texts.filter((text) => nameSpelling(text)?.ok).length).toBeGreaterThan(40);
  });

  it("hold story mode, lent the bundle's story reading and card, whose slide is Node's; the bundle has none of it", async () => {
    expect(readFileSync(dist("citeline.umd.min.js"), "utf8")).not.toContain("cl-slide-nav");
    const part = (await import(dist("citeline-story.js").href)) as { slideNode: typeof slideNode; lendStory(from: StoryLent): void };
    const { timeline } = loadTimeline(readFileSync(new URL("../examples/seed-tehran-2008/events.csv", import.meta.url), "utf8"));
    const input = (slide: number) => ({ story: storyOf(timeline), slide, words: wordsFor(timeline), prefix: "tl", level: 3, width: 800, messages: en.chart, title: "Maliki in Tehran", inert: false });
    // It carries no card of its own: until the bundle lends it, no slide can be drawn.
    expect(() => part.slideNode(input(1))).toThrow(/before the bundle lent it its scene/);
    part.lendStory({ storyOf, slideEvent, slideOf, eventNumber, clampSlide, slideWindow, onSlide, eventParts });
    for (const slide of [0, 1, 3]) expect(part.slideNode(input(slide))).toEqual(slideNode(input(slide)));
  });

  it("hold the page writer's document, which writes what Node's does", async () => {
    const part = (await import(dist("citeline-page.js").href)) as { pageDocument: typeof pageDocument };
    const fragment = '<div class="citeline">a "timeline" & its <sources></div>';
    for (const parts of [
      { title: "Maliki in Tehran", description: "Three days in June.", fragment, width: 900, theme: "auto" as const, dir: undefined, lang: "en-GB", css: ".x { color: red }</style>", media: false },
      { title: "مالکی در تهران", fragment, width: 320, theme: "dark" as const, dir: "rtl" as const, lang: 'fa"><script>', media: true },
    ]) {
      expect(part.pageDocument(parts)).toBe(pageDocument(parts));
    }
  });

  it("hold the HTML reader, which tells what the bundle's reader tells; the TimelineJS reader carries it too", async () => {
    const part = (await import(dist("citeline-html.js").href)) as { readHtml: typeof readHtml };
    const importer = (await import(dist("citeline-timelinejs.js").href)) as { readHtml: typeof readHtml };
    // Common entities only: the browser's reader leaves the rare ones to the page's DOM.
    const fragments = ['<a href="https://www.irna.ir/">IRNA</a> via <i>The New York Times</i>', "Steps &amp; a greeting", "<p>One<p>Two<br>Three", "plain text\r\nline"];
    const heard = (read: typeof readHtml, html: string) => {
      const out: unknown[] = [];
      read(html, { open: (name, attributes) => out.push(["open", name, { ...attributes }]), text: (t) => out.push(["text", t]), close: (name) => out.push(["close", name]) });
      return out;
    };
    for (const html of fragments) {
      expect(heard(part.readHtml, html), html).toEqual(heard(readHtml, html));
      expect(heard(importer.readHtml, html), html).toEqual(heard(readHtml, html));
    }
  });

  it("hold the TimelineJS reader, which reads a file as Node's does with the diagnostics the bundle lends it", async () => {
    const part = (await import(dist("citeline-timelinejs.js").href)) as { fromTimelineJs(json: unknown): unknown; lendDiagnostic(builder: typeof diagnostic): void };
    const { fromTimelineJs } = await import("../src/parse/timelinejs.js");
    // No HTML entity outside the common ones here, so no DOMParser is needed in Node.
    const json = { events: [{ start_date: { year: 2008, month: 6 }, text: { headline: "Maliki&rsquo;s <b>visit</b>", text: '<p>See <a href="https://x.example/a">this</a>.</p>' }, media: { credit: "IRNA<br>AP via Reuters" } }] };
    // It carries no sentences of its own: until the bundle lends it its diagnostics, a file with a
    // problem (here, a field TimelineJS does not have) cannot be read.
    const odd = { events: [{ start_date: { year: 2008 }, text: { headline: "A visit" }, colour: "red" }] };
    expect(readFileSync(dist("citeline-timelinejs.js"), "utf8")).not.toContain("is not a date citeline can read");
    expect(() => part.fromTimelineJs(odd)).toThrow(/before the bundle lent it its diagnostics/);
    part.lendDiagnostic(diagnostic);
    expect(part.fromTimelineJs(odd)).toEqual(fromTimelineJs(odd));
    expect(JSON.stringify(fromTimelineJs(odd))).toContain('"severity"');
    expect(part.fromTimelineJs(json)).toEqual(fromTimelineJs(json));
  });
});

it.skipIf(built)("needs a build: run npm run build (npm test does it first)", () => {
  expect.fail("dist/citeline.umd.js is missing");
});
