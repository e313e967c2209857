// @vitest-environment node
// htmlToText with htmlparser2 (Node and the ESM build); html.dom.test.ts holds the script-tag
// bundle's tokenizer to the same cases.
import { describe, it, expect } from "vitest";
import { htmlToText } from "../../src/parse/html-text.js";
import { SLIDE_TEXT, TEXT_CASES } from "./html-cases.js";

describe("htmlToText", () => {
  it.each(TEXT_CASES)("%s", (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it("reads a realistic TimelineJS slide text", () => {
    expect(htmlToText(SLIDE_TEXT[0])).toBe(SLIDE_TEXT[1]);
  });
});
