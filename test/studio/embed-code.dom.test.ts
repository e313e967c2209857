// The embed forms the workbench gives to copy (studio/src/embed-code.ts), read back by a real HTML
// parser (jsdom): whatever the data holds, the element gets exactly that data, and no markup of it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { embedCode, type EmbedInput } from "../../studio/src/embed-code.js";

const INPUT: EmbedInput = { base: "https://news.example/citeline", file: "events.csv", data: "Title,Start date\nVisit,2008-06-07\n", label: "Maliki in Tehran", theme: "light", locale: "en-GB", height: 640 };

function parse(code: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${code}</body>`, "text/html");
}

describe("embedCode", () => {
  it("writes <cite-line> with the data inside, or reading the uploaded file, with citeline's files from the site", () => {
    const inline = parse(embedCode("inline", INPUT));
    expect(inline.querySelector("cite-line")!.getAttribute("data")).toBe(INPUT.data);
    expect(inline.querySelector("link")!.getAttribute("href")).toBe("https://news.example/citeline/style.css");
    expect(inline.querySelector("script")!.getAttribute("src")).toBe("https://news.example/citeline/citeline.umd.min.js");
    expect(embedCode("src", INPUT)).toBe(
      '<link rel="stylesheet" href="https://news.example/citeline/style.css">\n<cite-line src="events.csv" label="Maliki in Tehran"></cite-line>\n<script src="https://news.example/citeline/citeline.umd.min.js"></script>',
    );
  });

  it("writes the snippet with data- attributes, the theme and the language when they are not the defaults", () => {
    const div = parse(embedCode("snippet", { ...INPUT, theme: "dark", locale: "fa" })).querySelector("div")!;
    expect([div.getAttribute("data-citeline"), div.getAttribute("data-theme"), div.getAttribute("data-locale"), div.getAttribute("data-label")]).toEqual(["events.csv", "dark", "fa", "Maliki in Tehran"]);
  });

  it("says how the sheet writes its dates where the data is read: date-format and two-digit-years-from, data- on the snippet; not on the iframe's page, read already", () => {
    const reading = { ...INPUT, dateFormat: "DMY" as const, twoDigitYearsFrom: 1930 };
    for (const form of ["inline", "src"] as const) {
      const line = parse(embedCode(form, reading)).querySelector("cite-line")!;
      expect([line.getAttribute("date-format"), line.getAttribute("two-digit-years-from")], form).toEqual(["DMY", "1930"]);
    }
    const div = parse(embedCode("snippet", reading)).querySelector("div")!;
    expect([div.getAttribute("data-date-format"), div.getAttribute("data-two-digit-years-from")]).toEqual(["DMY", "1930"]);
    expect(embedCode("iframe", reading)).toBe(embedCode("iframe", INPUT));
    // Not said, not written: the data's own dates decide.
    expect(embedCode("src", INPUT)).not.toMatch(/date-format|two-digit/);
  });

  it("writes an iframe of the self-contained page, titled for screen readers", () => {
    const frame = parse(embedCode("iframe", { ...INPUT, label: 'A "quoted" <b>title</b>' })).querySelector("iframe")!;
    expect([frame.getAttribute("src"), frame.getAttribute("title"), frame.getAttribute("height")]).toEqual(["timeline.html", 'A "quoted" <b>title</b>', "640"]);
  });

  it("keeps any data, label and file name as text: the parser gives each back, and makes nothing of it", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "<", ">", "&", '"', "'", "\n", "=", "/", "s", "c", "r", "i", "p", "t", ";", "#", "é", "\u202E") });
    fc.assert(
      fc.property(text, text, text, (data, label, file) => {
        for (const form of ["inline", "src", "snippet", "iframe"] as const) {
          const doc = parse(embedCode(form, { ...INPUT, data, label, file }));
          expect(doc.body.querySelectorAll("*").length, form).toBe(form === "iframe" ? 1 : 3);
          const host = doc.querySelector("cite-line, div, iframe")!;
          expect(host.getAttribute(form === "iframe" ? "title" : form === "snippet" ? "data-label" : "label")).toBe(label);
          if (form === "inline") expect(host.getAttribute("data")).toBe(data);
          if (form === "src") expect(host.getAttribute("src")).toBe(file);
        }
      }),
      { seed: 36, numRuns: 300 },
    );
  });
});
