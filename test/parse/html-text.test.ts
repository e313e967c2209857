// @vitest-environment node
import { describe, it, expect } from "vitest";
import { htmlToText } from "../../src/parse/html-text.js";

describe("htmlToText", () => {
  it.each([
    // Entities
    ["named &amp;", "Mottaki &amp; Davoudi", "Mottaki & Davoudi"],
    ["curly quotes", "&ldquo;We will not allow it,&rdquo; he said.", "“We will not allow it,” he said."],
    ["numeric apostrophe", "Iraq&#8217;s prime minister", "Iraq’s prime minister"],
    ["hex entity", "caf&#xE9;", "café"],
    ["dashes", "Iran&ndash;Iraq War &mdash; 1980", "Iran–Iraq War — 1980"],
    ["escaped markup stays text", "&lt;b&gt;not bold&lt;/b&gt;", "<b>not bold</b>"],
    ["double-escaped stays escaped once", "&amp;lt;script&amp;gt;", "&lt;script&gt;"],
    ["no-break space is a space", "5&nbsp;km", "5 km"],
    // Tags dropped, words kept
    ["inline tags", "Maliki meets President <b>Ahmadinejad</b>", "Maliki meets President Ahmadinejad"],
    ["link keeps its words, not its href", '<a href="https://nytimes.com/x">The Times</a> reported', "The Times reported"],
    ["attributes never leak", '<span title="secret" data-x="y">shown</span>', "shown"],
    ["unclosed tag", "before <i>italic to the end", "before italic to the end"],
    ["comment", "a<!-- hidden note -->b", "ab"],
    // Dangerous or non-text content dropped entirely
    ["script content", "Hello<script>alert('pwned')</script> world", "Hello world"],
    ["script hiding a closing tag", "<script>var s = '</p><p>';</script>ok", "ok"],
    ["style content", "<style>p { color: red }</style>Text", "Text"],
    ["iframe content", 'See <iframe src="https://evil.example">fallback <b>words</b></iframe>this', "See this"],
    ["object content", '<object data="x.swf"><param name="a" value="b">Flash</object>Done', "Done"],
    ["img onerror", 'Photo<img src=x onerror="alert(1)">', "Photo"],
    ["svg onload", '<svg onload="alert(1)"><text>svg words</text></svg>After', "After"],
    ["javascript: link keeps only words", '<a href="javascript:alert(1)">click</a>', "click"],
    // Blocks become line and paragraph breaks
    ["paragraphs", "<p>First.</p><p>Second.</p>", "First.\n\nSecond."],
    ["br", "Line one<br>Line two<br/>Line three", "Line one\nLine two\nLine three"],
    ["two br make a paragraph", "One<br><br>Two", "One\n\nTwo"],
    ["many br stop at a paragraph", "One<br><br><br><br>Two", "One\n\nTwo"],
    ["div", "<div>One</div><div>Two</div>", "One\nTwo"],
    ["list items", "<ul><li>Tehran</li><li>Baghdad</li></ul>", "Tehran\nBaghdad"],
    ["headings", "<h2>Background</h2>The war began in 1980.", "Background\n\nThe war began in 1980."],
    ["h1 and h6", "<h1>A</h1><h6>B</h6>", "A\n\nB"],
    ["empty paragraphs vanish", "<p>&nbsp;</p><p>Text</p><p> </p>", "Text"],
    // Whitespace
    ["collapsed", "  Maliki \n\t  met   Ahmadinejad  ", "Maliki met Ahmadinejad"],
    ["source newlines are spaces", "<p>one\ntwo</p>", "one two"],
    ["space across tags kept once", "a <b> b </b> c", "a b c"],
    ["no space invented between inline tags", "<b>Ira</b><i>q</i>", "Iraq"],
    ["indentation between blocks", "<p>\n  First\n</p>\n\n  <p>\n  Second\n</p>\n", "First\n\nSecond"],
    // Trivial inputs
    ["empty", "", ""],
    ["plain text", "Just words.", "Just words."],
    ["only markup", "<p><br></p>", ""],
  ])("%s", (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it("reads a realistic TimelineJS slide text", () => {
    const html =
      "<p>Maliki offered assurances that American bases would not be used to attack Iran.</p>" +
      "<p>&ldquo;We will not allow Iraq to become a platform for harming the security of Iran and its neighbors,&rdquo; he said.</p>" +
      "<script>alert(1)</script>";
    expect(htmlToText(html)).toBe(
      "Maliki offered assurances that American bases would not be used to attack Iran.\n\n" +
        "“We will not allow Iraq to become a platform for harming the security of Iran and its neighbors,” he said.",
    );
  });
});
