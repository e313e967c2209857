// @vitest-environment node
// A file's bytes in the encodings spreadsheets are saved in (test/fixtures/encodings/ORIGIN.md):
// read as the text they hold, and said where the encoding was a guess or characters were lost.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText, loadable } from "../../src/parse/decode.js";
import { loadTimeline } from "../../src/load.js";

const bytes = (name: string) => readFileSync(new URL(`../fixtures/encodings/${name}`, import.meta.url));
const SHEET = "Headline\tStart\tSource\nPrime minister’s visit to Tehran\t2008-06-07\tIRNA – via The New York Times\nCafé Müller closes\t2008-06-09\tLe Monde\n";
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Array.from(text, (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat()]);
const windows1252 = (text: string) => new Uint8Array(Array.from(text, (c) => ({ "’": 0x92, "–": 0x96, "€": 0x80 })[c] ?? c.charCodeAt(0)));

describe("decodeText, on node-chardet's samples", () => {
  it("reads UTF-16 with its byte-order mark (Excel's \"Unicode Text\") as the same text as the UTF-8 sample", () => {
    const [sixteen, eight] = [decodeText(bytes("chardet-utf16le")), decodeText(bytes("chardet-utf8"))];
    expect([sixteen.encoding, eight.encoding]).toEqual(["utf-16le", "utf-8"]);
    expect(sixteen.text).toBe(eight.text);
    expect(eight.text).toContain("Euro Symbol: €.");
    expect(eight.text).toContain("Ég get etið gler án þess að meiða mig.");
  });

  it("reads bytes that are not UTF-8 as Windows-1252, its bytes 0x80–0x9F as their letters, not control characters", () => {
    const { text, encoding } = decodeText(bytes("chardet-windows_1252"));
    expect(encoding).toBe("windows-1252");
    expect(text.startsWith("What is Unicode?")).toBe(true);
    expect(text).toContain("€ ‚  ƒ  „  …  †  ‡ Š");
    expect(text).not.toMatch(/[\u0080-\u009f\ufffd]/u);
  });

  it("hands the loader the text where the encoding is certain, and the bytes where it was a guess", () => {
    const ansi = bytes("chardet-windows_1252");
    expect(loadable(bytes("chardet-utf16le"))).toEqual({ text: decodeText(bytes("chardet-utf8")).text, data: decodeText(bytes("chardet-utf8")).text });
    expect(loadable(ansi)).toEqual({ text: decodeText(ansi).text, data: ansi });
  });

  it("reads an ArrayBuffer, a Uint8Array and a view into a larger buffer alike", () => {
    const whole = new Uint8Array([0x20, 0x43, 0x61, 0x66, 0xc3, 0xa9, 0x20]);
    expect(decodeText(whole.buffer).text).toBe(" Café ");
    expect(decodeText(whole.subarray(1, 6))).toEqual({ text: "Café", encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0x43, 0x00, 0x61, 0x00]))).toEqual({ text: "Ca", encoding: "utf-16le" });
  });
});

describe("a sheet's file handed to the loader as bytes", () => {
  it("in UTF-16 (Excel's \"Unicode Text\", tabs between cells) loads as the same timeline as its text", () => {
    const fromText = loadTimeline(SHEET);
    const fromBytes = loadTimeline(utf16le(SHEET));
    expect(fromBytes.timeline).toEqual(fromText.timeline);
    expect(fromBytes.diagnostics).toEqual(fromText.diagnostics);
    expect(fromBytes.timeline.events.map((e) => e.title)).toEqual(["Prime minister’s visit to Tehran", "Café Müller closes"]);
  });

  it("in Windows-1252 (Excel's plain \"CSV\") loads every letter, with a warning saying how it was read", () => {
    const { timeline, diagnostics } = loadTimeline(windows1252(SHEET));
    expect(timeline).toEqual(loadTimeline(SHEET).timeline);
    expect(diagnostics[0]).toMatchObject({ code: "text-encoding", severity: "warning", section: "timeline", value: "Windows-1252" });
    expect(diagnostics[0]!.message).toContain('save the sheet as "CSV UTF-8"');
  });

  it("in UTF-8, with a byte-order mark or without, loads without a word", () => {
    const utf8 = new TextEncoder().encode(SHEET);
    for (const b of [utf8, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])]) {
      const { timeline, diagnostics } = loadTimeline(b);
      expect(timeline).toEqual(loadTimeline(SHEET).timeline);
      expect(diagnostics.filter((d) => d.code === "text-encoding")).toEqual([]);
    }
  });
});

describe("text that lost characters to a wrong encoding before citeline got it", () => {
  it("a Windows-1252 file read as UTF-8 (fetch's text(), File#text()) is said: its letters are gone", () => {
    const text = new TextDecoder().decode(windows1252(SHEET));
    expect(text).toContain("Caf\uFFFD");
    const { timeline, diagnostics } = loadTimeline(text);
    expect(timeline.events).toHaveLength(2);
    expect(diagnostics[0]).toMatchObject({ code: "text-encoding", severity: "warning" });
    expect(diagnostics[0]!.message).toContain("it was read as UTF-8, but it is not");
  });

  it("a stray zero character is no UTF-16, and text with none of these is said nothing of", () => {
    expect(loadTimeline("Title,Date\nVisit\0,2008\n").diagnostics.filter((d) => d.code === "text-encoding")).toEqual([]);
    expect(loadTimeline(SHEET).diagnostics.filter((d) => d.code === "text-encoding")).toEqual([]);
  });

  it("a UTF-16 file read as UTF-8 loads its ASCII, and says it is UTF-16", () => {
    const text = new TextDecoder().decode(utf16le(SHEET));
    const { timeline, diagnostics } = loadTimeline(text);
    expect(timeline.events.map((e) => e.start.edtf)).toEqual(["2008-06-07", "2008-06-09"]);
    expect(diagnostics[0]!.message).toContain(`it is UTF-16 (Excel's "Unicode Text")`);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});
