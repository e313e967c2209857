// The script-tag bundle's character references: HTML 4.01's names and every number, decoded as
// htmlparser2 decodes them in Node; any other name read as the standard reads a name it does not
// know, with no document parsed (a DOMParser would be a Trusted Types sink).
import { readFileSync } from "node:fs";
import { decodeHTML } from "entities/decode";
import { describe, expect, it } from "vitest";
import { decodeAttribute, decodeText } from "../../src/browser/html-entities.js";
import { NAMED } from "../../src/browser/html-entity-names.js";

describe("character references in the script-tag bundle", () => {
  it("decodes every name of its table, and numbers, as the standard's table does", () => {
    for (const name of NAMED.keys()) expect(decodeText(`&${name};`)).toBe(decodeHTML(`&${name};`));
    expect(decodeText("Iraq&rsquo;s &eacute;lite &#8217; &#x2014; &#150; &copy2008")).toBe("Iraq’s élite ’ — – ©2008");
  });

  it("leaves a name it does not hold as written, or reads its legacy start as the standard does", () => {
    expect(decodeText("&e; &bigstar; &Afr;")).toBe("&e; &bigstar; &Afr;");
    expect(decodeText("&notit;")).toBe("¬it;");
    expect(decodeAttribute("?a=1&copy=2&copy2008")).toBe("?a=1&copy=2&copy2008");
  });

  it("never asks the browser: no DOMParser, no Trusted Types policy", () => {
    const source = readFileSync(new URL("../../src/browser/html-entities.ts", import.meta.url), "utf8").replace(/\/\/.*|\/\*[\s\S]*?\*\//g, "");
    expect(source).not.toMatch(/DOMParser|trustedTypes|createPolicy/);
  });
});
