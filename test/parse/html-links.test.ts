// @vitest-environment node
// htmlLinks and htmlLines with htmlparser2; html.dom.test.ts holds the script-tag bundle's reader to the same cases.
import { describe, expect, it } from "vitest";
import { htmlLines, htmlLinks, httpLink } from "../../src/parse/html-links.js";
import { LINE_CASES, LINK_CASES } from "./html-cases.js";

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
  it.each(LINK_CASES)("%s", (_name, html, links) => {
    expect(htmlLinks(html)).toEqual(links);
  });
});

describe("htmlLines", () => {
  it.each(LINE_CASES)("cuts at %s", (_name, html, lines) => {
    expect(htmlLines(html)).toEqual(lines);
  });
});
