// The embeds speak the reader's language too: the loading state, the failure a reader sees in
// place of the timeline, and the editor's list of problems (each diagnostic said from its code,
// value and field), while the console and the diagnostics themselves stay English for developers.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics.js";
import { autoEmbed } from "../../src/embed/auto.js";
import { defineCiteLine, type CiteLineElement } from "../../src/embed/element.js";
import { diagnosticLine } from "../../src/embed/states.js";
import { loadTimeline } from "../../src/load.js";
import { en } from "../../src/messages/index.js";
import { languageOf } from "../../src/options.js";

const SEED_CSV = readFileSync(resolve(import.meta.dirname, "../../examples/seed-tehran-2008/events.csv"), "utf8");
const BROKEN_CSV = readFileSync(resolve(import.meta.dirname, "../fixtures/csv/broken.csv"), "utf8");
const settle = () => new Promise((done) => setTimeout(done, 0));

function stubFetch(files: Record<string, string | (() => Promise<Response>)>) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      const file = files[url.split("/").pop()!];
      if (typeof file === "function") return file();
      if (file === undefined) return new Response("Not found", { status: 404, statusText: "Not Found" });
      return new Response(file, { status: 200, headers: { "content-type": "text/csv" } });
    }),
  );
}

function place(attributes: Record<string, string>): CiteLineElement {
  const element = document.createElement("cite-line");
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

beforeAll(() => {
  defineCiteLine();
});
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("an embed in the reader's language", () => {
  it("loads in Persian, and fails in Persian", async () => {
    let answer: (r: Response) => void = () => {};
    stubFetch({ "missing.csv": () => new Promise<Response>((done) => (answer = done)) });
    const element = place({ src: "missing.csv", locale: "fa" });
    await settle();
    expect(element.querySelector(".cl-loading")?.textContent).toBe("در حال بارگذاری خط زمانی…");
    answer(new Response("Not found", { status: 404, statusText: "Not Found" }));
    await settle();
    await settle();
    expect(element.state).toBe("error");
    expect(element.querySelector(".cl-error-title")?.textContent).toBe("نمایش خط زمانی ممکن نشد.");
    expect(element.querySelector(".cl-error-message")?.textContent).toBe('"missing.csv" پیدا نشد (پاسخ سرور: 404 Not Found).');
  });

  it("lists the data's problems for the editor in Arabic, each from its code, value and field", async () => {
    stubFetch({ "broken.csv": BROKEN_CSV });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const element = place({ src: "broken.csv", locale: "ar-EG", debug: "" });
    await settle();
    await settle();
    const summary = element.querySelector(".cl-diagnostics summary")?.textContent ?? "";
    expect(summary).toMatch(/^للمحرر: /);
    expect(summary).toMatch(/[٠-٩]|خطأ واحد|خطآن|تحذير واحد|تحذيران/);
    const lines = [...element.querySelectorAll(".cl-diagnostic")].map((li) => li.textContent ?? "");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/: (خطأ|تحذير) [a-z-]+: /);
    // The console, for the page's developer, stays English.
    expect(String(vi.mocked(console.warn).mock.calls[0]?.[0])).toMatch(/^citeline: \d+ problems? in "broken.csv"/);
  });

  it("says a diagnostic in English exactly as formatDiagnostic does, and a page's own sentence over it", () => {
    const { diagnostics } = loadTimeline("Title,Date\nVisit begins,2008-06-07\nTalks,03/04/2008\n");
    const d = diagnostics[0]!;
    expect(diagnosticLine(d)).toBe(formatDiagnostic(d));
    expect(diagnosticLine(d, languageOf({}).messages)).toBe(formatDiagnostic(d));
    const own = languageOf({ messages: { diagnostics: { "date-ambiguous": (p) => `Which day is "${p.value}"?` } } }).messages;
    expect(diagnosticLine(d, own)).toBe(`events[1] line 3, Date: error date-ambiguous: Which day is "03/04/2008"?`);
    expect(diagnosticLine(d, languageOf({ locale: "he" }).messages)).toBe('events[1], שורה 3, Date: שגיאה date-ambiguous: "\u206803/04/2008\u2069" דו־משמעי: הוא יכול להיות \u20662008-04-03\u2069 או \u20662008-03-04\u2069 (EDTF). יש לכתוב את התאריך שהתכוונתם אליו בצורה הזו. או לציין את סדר הגיליון ב־\u2066date-format\u2069 (\u2066dateFormat\u2069): \u2066DMY\u2069 (היום תחילה) או \u2066MDY\u2069 (החודש תחילה).');
    expect(d.message).toBe(en.diagnostics["date-ambiguous"]({ value: "03/04/2008", detail: "3 April 2008 or 4 March 2008", option: "dateFormat" }));
  });

  it("draws [data-citeline] in the language its data-locale names", async () => {
    stubFetch({ "events.csv": SEED_CSV });
    const host = document.createElement("div");
    host.setAttribute("data-citeline", "events.csv");
    host.setAttribute("data-locale", "tr");
    document.body.append(host);
    autoEmbed();
    await settle();
    await settle();
    expect(host.querySelector(".cl-list-heading")?.textContent).toBe("Olaylar");
    expect(host.querySelector(".cl-toolbar")?.getAttribute("aria-label")).toBe("Zaman çizelgesini yakınlaştırma");
  });
});
