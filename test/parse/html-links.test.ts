// @vitest-environment node
import { describe, expect, it } from "vitest";
import { htmlLines, htmlLinks, httpLink } from "../../src/parse/html-links.js";

describe("httpLink", () => {
  it.each([
    ["https", " https://www.reuters.com/a ", "https://www.reuters.com/a"],
    ["http", "http://vimeo.com/20839673", "http://vimeo.com/20839673"],
    ["protocol-relative is https", "//www.flickr.com/photos/x/1/", "https://www.flickr.com/photos/x/1/"],
    ["a relative path is not a link", "/static/img/family.jpg", undefined],
    ["a YouTube id is not a link", "dQw4w9WgXcQ", undefined],
    ["javascript: is not a link", "javascript:alert(1)", undefined],
    ["a scheme with no host", "https://", undefined],
    ["words with a link in them", "see https://x.example", undefined],
  ])("%s", (_name, text, link) => {
    expect(httpLink(text)).toBe(link);
  });
});

describe("htmlLinks", () => {
  it("finds anchors with their words, embeds' src and a blockquote's cite, in order", () => {
    const html = '<blockquote cite="https://a.example/q">Q <a href="https://b.example/?x=1&amp;y=2">the <b>post</b></a></blockquote>' +
      "<iframe src='//c.example/embed'></iframe><img src=https://d.example/p.jpg>";
    expect(htmlLinks(html)).toEqual([
      { tag: "blockquote", url: "https://a.example/q", text: "" },
      { tag: "a", url: "https://b.example/?x=1&y=2", text: "the post" },
      { tag: "iframe", url: "https://c.example/embed", text: "" },
      { tag: "img", url: "https://d.example/p.jpg", text: "" },
    ]);
  });

  it("leaves out scripts and what is not http(s)", () => {
    expect(htmlLinks('<script src="https://platform.twitter.com/widgets.js"></script><a href="#top">top</a><a href="mailto:x@y.z">mail</a>')).toEqual([]);
  });
});

describe("htmlLines", () => {
  it.each([
    ["a <br>", "A: <a href='https://x.example'>Tom</a><br/>B via C", ["A: <a href='https://x.example'>Tom</a>", "B via C"]],
    ["a newline", "AP\nReuters", ["AP", "Reuters"]],
    ["a newline after an entity", "AT&amp;T &ndash; photo\nReuters", ["AT&amp;T &ndash; photo", "Reuters"]],
    ["paragraphs", "<p>AP</p><p>Reuters</p>", ["AP", "Reuters"]],
    ["blank lines are dropped", "AP<br><br> <br>Reuters", ["AP", "Reuters"]],
    ["one line", "IRNA via The New York Times", ["IRNA via The New York Times"]],
    ["nothing", " ", []],
  ])("cuts at %s", (_name, html, lines) => {
    expect(htmlLines(html)).toEqual(lines);
  });
});
