// @vitest-environment node
// A sheet's title and description cells written as HTML (a CMS's export, a story page's own
// sheet): read as a page shows them, never shown as tags, never run, and said once per column.
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { writtenInHtml } from "../../src/parse/csv-html.js";

describe("which cells are HTML", () => {
  it("is a cell with a tag of an element a page's text is written with", () => {
    for (const cell of ["<p>Talks.</p>", "Talks<br>began", "Talks<BR/>began", '<a href="https://apnews.com">AP</a>', "a <em>big</em> day", "</p>", "<p class='lede'>x"]) {
      expect(writtenInHtml(cell), cell).toBe(true);
    }
  });

  it("is not plain text with angle brackets or ampersands in it", () => {
    for (const cell of ["Press <Ctrl> and S", "3 < 4 and 5 > 4", "Q&A with Maliki", "AT&amp;T", "<3 Tehran", "x <- y", "<unknown-tag>", "a <pact> b"]) {
      expect(writtenInHtml(cell), cell).toBe(false);
    }
  });
});

describe("a sheet's description written as HTML", () => {
  it("keeps the words and paragraphs, drops the tags, and says so once per column", () => {
    const csv = [
      "Title,Date,Description",
      'Visit begins,2008-06-07,"<p>Maliki <b>arrives</b> in Tehran.</p>\n\n<p>Talks &amp; a dinner.</p>"',
      "Meeting,2008-06-08,<p>With Ahmadinejad.</p>",
      "Pact debated,2008-06-09,No markup here: 3 < 4.",
    ].join("\n");
    const { timeline, diagnostics } = loadTimeline(csv);
    expect(timeline.events.map((e) => e.description)).toEqual(["Maliki arrives in Tehran.\n\nTalks & a dinner.", "With Ahmadinejad.", "No markup here: 3 < 4."]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.field, d.line])).toEqual([["csv-html-text", "warning", "Description", 1]]);
  });

  it("cites each link as a source of its row, once, beside the row's own source", () => {
    const csv = [
      "Title,Date,Description,Source,Source URL",
      'Visit begins,2008-06-07,"Reported <a href=""https://www.nytimes.com/2008/06/08/world/middleeast/08iraq.html"">by the Times</a> and <a href=""https://www.irna.ir/"">IRNA</a>.",IRNA,https://www.irna.ir/',
    ].join("\n");
    const { timeline } = loadTimeline(csv);
    const event = timeline.events[0]!;
    expect(event.description).toBe("Reported by the Times and IRNA.");
    const cited = event.sources.map((id) => timeline.sources.find((s) => s.id === id)!);
    expect(cited.map((s) => [s.publisher, s.url])).toEqual([
      ["IRNA", "https://www.irna.ir/"],
      ["nytimes.com", "https://www.nytimes.com/2008/06/08/world/middleeast/08iraq.html"],
    ]);
  });

  it("never runs or keeps what a hostile cell holds", () => {
    const csv = [
      "Title,Date,Description",
      '<b>Visit</b> <img src=x onerror=alert(1)>,2008-06-07,"<script>alert(2)</script><p>Talks <a href=""javascript:alert(3)"">began</a>.</p><iframe src=""https://evil.example/""></iframe>"',
    ].join("\n");
    const { timeline, diagnostics } = loadTimeline(csv);
    const event = timeline.events[0]!;
    // The title is read as written, as a headline is (the renderers write it as text).
    expect([event.title, event.description]).toEqual(["<b>Visit</b> <img src=x onerror=alert(1)>", "Talks began."]);
    // A javascript: link is no source; an iframe is no link in a description's words.
    expect(timeline.sources).toEqual([]);
    expect(diagnostics.filter((d) => d.code === "csv-html-text").map((d) => d.field)).toEqual(["Description"]);
  });

  it("makes titles from the words, not the tags, when the sheet has no title column", () => {
    const { timeline } = loadTimeline('Date,Content\n2008-06-07,"<p>Maliki arrives in Tehran for three days of talks with Iran\'s leaders on security.</p>"\n');
    expect(timeline.events[0]?.title).toBe("Maliki arrives in Tehran for three days of talks with Iran's…");
  });

  it("leaves a cell with no words empty, as if blank", () => {
    const { timeline } = loadTimeline('Title,Date,Description\nVisit,2008-06-07,"<p> </p><img src=""a.png"">"\n');
    expect(timeline.events[0]?.description).toBeUndefined();
  });

  it("saves and loads back the same", () => {
    const csv = 'Title,Date,Description\nVisit,2008-06-07,"<p>One.</p><p>Two <a href=""https://apnews.com/x"">AP</a>.</p>"\n';
    const first = loadTimeline(csv).timeline;
    const again = loadTimeline(JSON.parse(JSON.stringify(first))).timeline;
    expect(again.events).toEqual(first.events);
    expect(again.sources).toEqual(first.sources);
  });
});
