// The HTML readers' cases, shared by the Node tests (htmlparser2: html-text.test.ts,
// html-links.test.ts) and the jsdom test of the script-tag bundle's reader (html.dom.test.ts), so
// both readers are held to the same outputs.
import type { HtmlLine, HtmlLink } from "../../src/parse/html-links.js";

/** [name, html, plain text]: htmlToText. */
export const TEXT_CASES: [string, string, string][] = [
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
  ["template content", "<template><p>inert</p></template>Shown", "Shown"],
  ["title and noscript", "<title>T</title><noscript>N</noscript>Body", "Body"],
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
  ["a paragraph left open", "<p>One<p>Two", "One\n\nTwo"],
  // Whitespace
  ["collapsed", "  Maliki \n\t  met   Ahmadinejad  ", "Maliki met Ahmadinejad"],
  ["source newlines are spaces", "<p>one\ntwo</p>", "one two"],
  ["carriage returns are spaces", "<p>one\r\ntwo\rthree</p>", "one two three"],
  ["space across tags kept once", "a <b> b </b> c", "a b c"],
  ["no space invented between inline tags", "<b>Ira</b><i>q</i>", "Iraq"],
  ["indentation between blocks", "<p>\n  First\n</p>\n\n  <p>\n  Second\n</p>\n", "First\n\nSecond"],
  // Trivial inputs
  ["empty", "", ""],
  ["plain text", "Just words.", "Just words."],
  ["only markup", "<p><br></p>", ""],
];

/** A realistic TimelineJS slide text and its words. */
export const SLIDE_TEXT: [string, string] = [
  "<p>Maliki offered assurances that American bases would not be used to attack Iran.</p>" +
    "<p>&ldquo;We will not allow Iraq to become a platform for harming the security of Iran and its neighbors,&rdquo; he said.</p>" +
    "<script>alert(1)</script>",
  "Maliki offered assurances that American bases would not be used to attack Iran.\n\n" +
    "“We will not allow Iraq to become a platform for harming the security of Iran and its neighbors,” he said.",
];

/** [name, html, links]: htmlLinks. */
export const LINK_CASES: [string, string, HtmlLink[]][] = [
  [
    "anchors with their words, embeds' src and a blockquote's cite, in order",
    '<blockquote cite="https://a.example/q">Q <a href="https://b.example/?x=1&amp;y=2">the <b>post</b></a></blockquote>' +
      "<iframe src='//c.example/embed'></iframe><img src=https://d.example/p.jpg>",
    [
      { tag: "blockquote", url: "https://a.example/q", text: "" },
      { tag: "a", url: "https://b.example/?x=1&y=2", text: "the post" },
      { tag: "iframe", url: "https://c.example/embed", text: "" },
      { tag: "img", url: "https://d.example/p.jpg", text: "" },
    ],
  ],
  ["no scripts, nothing but http(s)", '<script src="https://platform.twitter.com/widgets.js"></script><a href="#top">top</a><a href="mailto:x@y.z">mail</a>', []],
  ["upper-case names, the first of two attributes", '<A HREF="https://a.example" href="https://b.example">A</A>', [{ tag: "a", url: "https://a.example", text: "A" }]],
  ["an embedded post's permalink", '<blockquote class="twitter-tweet"><p>Words</p>&mdash; AP (@AP) <a href="https://twitter.com/AP/status/1">June 8, 2008</a></blockquote>', [{ tag: "a", url: "https://twitter.com/AP/status/1", text: "June 8, 2008" }]],
];

/** [name, html, lines]: htmlLines. */
export const LINE_CASES: [string, string, HtmlLine[]][] = [
  [
    "a <br>",
    "A: <a href='https://x.example'>Tom</a><br/>B via C",
    [
      { text: "A: Tom", links: [{ tag: "a", url: "https://x.example", text: "Tom" }] },
      { text: "B via C", links: [] },
    ],
  ],
  ["a newline", "AP\nReuters", [{ text: "AP", links: [] }, { text: "Reuters", links: [] }]],
  ["a carriage return and newline", "AP\r\nReuters", [{ text: "AP", links: [] }, { text: "Reuters", links: [] }]],
  ["a newline after an entity", "AT&amp;T &ndash; photo\nReuters", [{ text: "AT&T – photo", links: [] }, { text: "Reuters", links: [] }]],
  ["paragraphs", "<p>AP</p><p>Reuters</p>", [{ text: "AP", links: [] }, { text: "Reuters", links: [] }]],
  ["blank lines are dropped", "AP<br><br> <br>Reuters", [{ text: "AP", links: [] }, { text: "Reuters", links: [] }]],
  ["one line", "IRNA via The New York Times", [{ text: "IRNA via The New York Times", links: [] }]],
  ["an anchor across a cut: its link stays on its first line", '<a href="https://x.example">Tom<br>Jerry</a>', [{ text: "Tom", links: [{ tag: "a", url: "https://x.example", text: "Tom" }] }, { text: "Jerry", links: [] }]],
  ["a blockquote's cite is on no line", '<blockquote cite="https://q.example">Quoted</blockquote>', [{ text: "Quoted", links: [] }]],
  ["a line holding only a link", 'AP<br><a href="https://x.example"></a>', [{ text: "AP", links: [] }, { text: "", links: [{ tag: "a", url: "https://x.example", text: "" }] }]],
  ["nothing", " ", []],
];
