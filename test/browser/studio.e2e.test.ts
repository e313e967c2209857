// @vitest-environment node
// The workbench (issue 15) in the real (system) Chromium: dist/studio/index.html as built, under
// its own strict CSP, driven as a reporter would: drop a sheet, read the problems, follow one to its
// cell, fix it, paste cells, copy each embed form and load it in a blank page, download the page and
// the SVG. Needs `npm run build` first.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { dsvFormat } from "d3-dsv";
import type { Page } from "playwright-core";
import { browser, server, SHOTS, useChromium } from "./harness.js";
import { loadTimeline } from "../../src/load.js";
import { readData, sheetToCsv, type Sheet } from "../../studio/src/sheet.js";

const ROOT = resolve(import.meta.dirname, "../..");
const STUDIO = "/dist/studio/index.html";
const SEED = readFileSync(resolve(ROOT, "examples/seed-tehran-2008/events.csv"), "utf8");
const SEED_TITLES = loadTimeline(SEED).timeline.events.map((e) => e.title).sort();
const AXE = readFileSync(resolve(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
// A sheet with the mistakes the issue names: a byte-order mark, `;` separators, an unknown column,
// a missing title and an ambiguous day/month date.
const BROKEN = "\uFEFFTitle;Start date;Source;Notes\r\nVisit begins;2008-06-07;IRNA;ok\r\n;2008-06-08;IRNA;\r\nTalks;7/6/2008;IRNA;check\r\n";

// FiveThirtyEight's polls on the AHCA (test/fixtures/published/ORIGIN.md): every date "5/31/17",
// its header renamed as a reporter would.
const POLLS = readFileSync(resolve(ROOT, "test/fixtures/published/ahca-polls.csv"), "utf8").replace(/^Start,End,Pollster,Favor,Oppose,Url,Text/, "Start date,End date,Title,Favor,Oppose,Source URL,Description");

useChromium();

interface Opened {
  page: Page;
  errors: string[];
  /** Every request the page and its frames made (data: and blob: URLs are not requests). */
  requests: string[];
}

async function open(width: number, path = STUDIO): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: "reduce", acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  page.on("request", (r) => void (/^(data|blob):/.test(r.url()) || requests.push(r.url())));
  await page.goto(`${server.url}${path}?lang=en`);
  return { page, errors, requests };
}

/** Each ISO day in the problems table's cells, and the order Chromium draws its characters in, left to right. */
function drawnDates(page: Page): Promise<{ date: string; shown: string }[]> {
  return page.locator(".studio-problems td").evaluateAll((tds) =>
    tds.flatMap((td) => {
      // Each text node of the cell, those of the spans that keep a date on one line included.
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      return nodes.flatMap((node) => [...(node.textContent ?? "").matchAll(/\d{4}-\d\d-\d\d/g)].map((m) => {
        const xs = [...m[0]].map((_, i) => {
          const range = document.createRange();
          range.setStart(node, m.index + i);
          range.setEnd(node, m.index + i + 1);
          return range.getBoundingClientRect().left;
        });
        return { date: m[0], shown: xs.map((x, i) => [x, m[0][i]!] as const).sort((a, b) => a[0] - b[0]).map((e) => e[1]).join("") };
      }));
    }),
  );
}

/** Give the workbench a file, through its file input. */
async function pick(page: Page, name: string, text: string): Promise<void> {
  await page.setInputFiles("input[type=file]", { name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
}

/** Drop a file on the drop zone, as the browser does when one is dragged from the desktop. */
async function drop(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([n, t]) => {
      const data = new DataTransfer();
      data.items.add(new File([t!], n!, { type: "text/csv" }));
      const zone = document.querySelector(".studio-drop")!;
      zone.dispatchEvent(new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: data }));
      zone.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: data }));
    },
    [name, text],
  );
}

/** The titles the (first) preview frame lists, once it shows `count` events. */
async function previewTitles(page: Page, count: number): Promise<string[]> {
  const frame = page.frameLocator(".studio-frame").first();
  await expect.poll(() => frame.locator(".cl-entry-title").count(), { timeout: 10_000 }).toBe(count);
  return (await frame.locator(".cl-entry-title").allTextContents()).map((t) => t.trim()).sort();
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const run = (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await run.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
  });
}

describe("the workbench", () => {
  it("draws the dropped seed spreadsheet with no problems, and is axe-clean at 375 and 1280 px", async () => {
    for (const width of [375, 1280]) {
      const { page, errors, requests } = await open(width);
      await drop(page, "events.csv", SEED);
      await expect.poll(() => page.locator(".studio-reading").textContent(), { timeout: 10_000 }).toContain("7 events drawn");
      expect(await page.locator(".studio-summary").textContent()).toBe("No problems: every row was read.");
      expect(await page.locator(".studio-problems tbody tr").count()).toBe(0);
      expect(await previewTitles(page, 7)).toEqual(SEED_TITLES);
      expect(await page.locator(".studio-grid tbody tr").count()).toBe(7);
      // The problems table, too, must pass: a sheet with mistakes on top.
      await pick(page, "broken.csv", BROKEN);
      await expect.poll(() => page.locator(".studio-problems tbody tr").count()).toBeGreaterThan(0);
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/studio-${width}.png`, fullPage: true });
      expect(errors).toEqual([]);
      for (const url of requests) expect(url.startsWith(`${server.url}/dist/`), url).toBe(true);
      await page.context().close();
    }
  });

  it("says when a sheet was read but no row of it could be, and asks for data only before any was given", async () => {
    const { page, errors } = await open(1280);
    const empty = page.locator(".studio-empty");
    expect(await empty.textContent()).toBe("Nothing to show yet: drop a file or paste cells above.");
    // A published sheet with no column a title can come from (test/fixtures/published/ORIGIN.md).
    await pick(page, "cabinet-turnover-2023.csv", readFileSync(resolve(ROOT, "test/fixtures/published/cabinet-turnover-2023.csv"), "utf8"));
    await expect.poll(() => page.locator(".studio-reading").textContent(), { timeout: 10_000 }).toContain("0 events drawn");
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.textContent()).toBe("Nothing to draw: no row could be read. The problems below say why.");
    await page.locator(".studio-paste").fill(SEED);
    await expect.poll(() => empty.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("stands each problem as a block on a 320 px screen, what is wrong and its fix in view, and keeps its table for a screen reader", async () => {
    for (const lang of ["en", "ar", "de"]) {
      const { page, errors } = await open(320);
      if (lang !== "en") await page.locator("#studio-language").selectOption(lang);
      await pick(page, "broken.csv", BROKEN);
      const rows = page.locator(".studio-problems tbody tr");
      await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(2);
      // Nothing to scroll sideways: not the page, not the problems' region. As a table, the last
      // two columns stood past the screen's right edge.
      const widths = await page.evaluate(() => {
        const region = document.querySelector(".studio-problems")!.closest(".studio-scroll")!;
        return [document.documentElement.scrollWidth, document.documentElement.clientWidth, region.scrollWidth, region.clientWidth];
      });
      expect(widths[0], lang).toBeLessThanOrEqual(widths[1]!);
      expect(widths[2], lang).toBeLessThanOrEqual(widths[3]!);
      for (let i = 0; i < (await rows.count()); i++) {
        for (const cell of [4, 5]) {
          const box = (await rows.nth(i).locator("td").nth(cell).boundingBox())!;
          expect(box.x, `${lang} row ${i} cell ${cell}`).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, `${lang} row ${i} cell ${cell}`).toBeLessThanOrEqual(320);
        }
      }
      // The sheet scrolls sideways as a spreadsheet does, but its caption wraps in view: it ran
      // out of sight past the screen's edge, as wide as the grid.
      const caption = (await page.locator(".studio-grid caption").boundingBox())!;
      expect(caption.x, lang).toBeGreaterThanOrEqual(0);
      expect(caption.x + caption.width, lang).toBeLessThanOrEqual(320);
      // Each date to type is on one line: in German, "2008-07-06" broke after "2008-".
      const dates = page.locator(".studio-problems .studio-nowrap");
      expect(await dates.count(), lang).toBeGreaterThan(2);
      const lines = await dates.evaluateAll((spans) => spans.map((span) => [span.textContent, span.getClientRects().length] as const));
      for (const [date, count] of lines) expect(count, `${lang} ${date}`).toBe(1);
      // Each cell is named by its column for the eye; a screen reader still has a table, its
      // headers, and cells that say only what they hold.
      const table = page.getByRole("table", { name: lang === "en" ? "Problems" : /./ }).filter({ has: page.locator("tbody tr[data-code]") });
      expect(await table.getByRole("columnheader").count()).toBe(6);
      expect(await table.getByRole("row").count()).toBe((await rows.count()) + 1);
      if (lang === "en") expect(await table.getByRole("cell", { name: "Title", exact: true }).count()).toBeGreaterThan(0);
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/studio-problems-320-${lang}.png`, fullPage: true });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it("names each problem's row and column, shows its cell, and redraws when it is fixed", async () => {
    const { page, errors } = await open(1280);
    await pick(page, "broken.csv", BROKEN);
    await expect.poll(() => page.locator(".studio-reading").textContent(), { timeout: 10_000 }).toContain("1 event drawn");
    const rows = await page.locator(".studio-problems tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({ code: tr.getAttribute("data-code"), cells: [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim()) })),
    );
    const find = (code: string) => rows.find((r) => r.code === code)!;
    // Row numbers as the spreadsheet numbers them (the header is row 1), columns as written.
    expect(find("missing-title").cells.slice(0, 3)).toEqual(["3", "Error", "Title"]);
    expect(find("date-ambiguous").cells.slice(0, 4)).toEqual(["4", "Error", "Start date", "7/6/2008"]);
    expect(find("date-ambiguous").cells[5]).toBe("Write 2008-06-07 or 2008-07-06, whichever you mean. Or choose the sheet's order of day and month under “How the sheet writes dates”.");
    expect(find("csv-unknown-column").cells.slice(0, 3)).toEqual(["Header", "Warning", "Notes"]);
    expect(find("csv-separator").cells[0]).toBe("Header");
    // The byte-order mark is not part of the first column's name.
    expect(rows.some((r) => r.code === "csv-unknown-column" && r.cells[2] !== "Notes")).toBe(false);

    await page.locator('.studio-problems tr[data-code="date-ambiguous"] button').click();
    const focused = () => page.evaluate(() => [document.activeElement?.getAttribute("data-row"), document.activeElement?.getAttribute("data-column")]);
    expect(await focused()).toEqual(["2", "1"]);
    expect(await page.locator(".studio-grid tr.studio-marked th").textContent()).toBe("4");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("2008-06-07");
    await expect.poll(() => page.locator(".studio-reading").textContent(), { timeout: 10_000 }).toContain("2 events drawn");
    expect(await page.locator('.studio-problems tr[data-code="date-ambiguous"]').count()).toBe(0);
    expect(await previewTitles(page, 2)).toEqual(["Talks", "Visit begins"]);

    await page.locator('.studio-problems tr[data-code="missing-title"] button').click();
    expect(await focused()).toEqual(["1", "0"]);
    await page.keyboard.type("Talks continue");
    // The third event is drawn from the first key typed ("T") and redrawn a frame at a time as the
    // rest arrive, so the count can be right while the title is still half typed: wait for the title.
    await expect.poll(() => page.locator(".studio-reading").textContent(), { timeout: 10_000 }).toContain("3 events drawn");
    await expect.poll(() => previewTitles(page, 3), { timeout: 10_000 }).toEqual(["Talks", "Talks continue", "Visit begins"]);
    // The sheet as fixed is what the downloads and the embed carry: commas, no byte-order mark.
    const download = page.waitForEvent("download");
    await page.locator('[data-download="sheet"]').click();
    const sheet = readFileSync(await (await download).path(), "utf8");
    expect(sheet.startsWith("Title,Start date,Source,Notes\n")).toBe(true);
    expect(loadTimeline(sheet).diagnostics.map((d) => d.code)).toEqual(["csv-unknown-column"]);
    // Another language keeps the work: the same sheet, its problems in French.
    await page.locator("#studio-language").selectOption("fr");
    await expect.poll(() => page.locator(".studio-reading").textContent(), { timeout: 10_000 }).toContain("3 événements affichés.");
    expect(await page.evaluate(() => [document.documentElement.lang, document.activeElement?.id])).toEqual(["fr", "studio-language"]);
    expect(await page.locator(".studio-grid textarea").evaluateAll((a) => a.map((t) => (t as HTMLTextAreaElement).value))).toContain("Talks continue");
    expect(await page.locator('.studio-problems tr[data-code="csv-unknown-column"] td').nth(5).textContent()).toMatch(/^Renommez la colonne/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("draws the dates its problems name in their order in Arabic and Persian, and says what a date was read as", async () => {
    // With a row in the other order, so that the sheet shows both and its days stay ambiguous (a
    // sheet that shows one order has its days read in it: test/model/date-order.test.ts).
    const europe = `${readFileSync(resolve(ROOT, "test/fixtures/sheets/excel-europe.csv"), "utf8")}Another order;6/13/2008;;;Background;Reuters;\r\n`;
    for (const lang of ["ar", "fa"]) {
      const { page, errors } = await open(1280, `${STUDIO}`);
      await page.locator("#studio-language").selectOption(lang);
      await pick(page, "excel-europe.csv", europe);
      await expect.poll(() => page.locator('.studio-problems tr[data-code="date-reinterpreted"]').count()).toBe(4);
      // Each EDTF date in a sentence or a fix, as Chromium lays out its characters from left to
      // right. Beside Arabic letters, unisolated, 2008-11-17 was drawn 17-11-2008.
      const drawn = await drawnDates(page);
      // Four dates read otherwise, each in its sentence and its fix, and the two readings of each
      // of the five ambiguous days (the fifth at its time of day), each in its sentence and its fix.
      expect(drawn.length, lang).toBe(4 * 2 + 5 * 2 * 2);
      for (const { date, shown } of drawn) expect(shown, lang).toBe(date);
      // A day as written stands on one line: the column was squeezed to "07.06.200" / "8".
      const written = await page.locator(".studio-problems .studio-value").evaluateAll((codes) => codes.filter((c) => /^\d\d\.\d\d\.\d{4}$/.test(c.textContent ?? "")).map((c) => c.getClientRects().length));
      expect(written.length, lang).toBeGreaterThan(3);
      for (const lines of written) expect(lines, lang).toBe(1);
      const reread = page.locator('.studio-problems tr[data-code="date-reinterpreted"]').first().locator("td");
      expect(await reread.nth(4).textContent()).toContain("2008-11-17");
      expect(await reread.nth(5).textContent()).toContain("2008-11-17");
      // A value as written, quoted in a sentence: an end before its start, in ISO days.
      await pick(page, "backwards.csv", "Title,Date,End date,Source\nBackwards,2008-06-09,2008-06-07,IRNA\n");
      await expect.poll(() => page.locator('.studio-problems tr[data-code="end-before-start"]').count()).toBe(1);
      const quoted = await drawnDates(page);
      expect(quoted.length, lang).toBeGreaterThanOrEqual(1);
      for (const { date, shown } of quoted) expect(shown, lang).toBe(date);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it("shows each value as written in its own direction in Arabic, and says why each date was refused", async () => {
    // Dates as Excel's d-mmm-yy and RSS feeds write them, and an Arabic title beside them.
    const csv = 'Title,Date,Source\nزيارة طهران,8-Jun-08,IRNA\nFeed item,"Tue, 01 Oct 2019 14:30:00 PST",Reuters\n';
    const { page, errors } = await open(1280);
    await page.locator("#studio-language").selectOption("ar");
    await pick(page, "refused.csv", csv);
    await expect.poll(() => page.locator('.studio-problems tr[data-code="date-invalid"]').count()).toBe(2);
    // Each value as written, its characters from left to right in the order written: beside
    // Arabic, "8-Jun-08" was drawn "Jun-08-8".
    const values = await page.locator(".studio-problems .studio-value").evaluateAll((codes) =>
      codes.map((code) => {
        const node = code.firstChild as Text;
        const text = node.textContent ?? "";
        const xs = [...text].map((_, i) => {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          return [Math.round(rect.top), rect.left] as const;
        });
        // Line by line (a long value wraps), each line from left to right.
        const drawn = xs.map((at, i) => [at, text[i]!] as const).filter(([, c]) => c !== " ");
        return { text, shown: drawn.sort((a, b) => a[0][0] - b[0][0] || a[0][1] - b[0][1]).map((e) => e[1]).join("") };
      }),
    );
    expect(values.map((v) => v.text)).toEqual(["8-Jun-08", "Tue, 01 Oct 2019 14:30:00 PST"]);
    for (const { text, shown } of values) expect(shown).toBe(text.replace(/ /g, ""));
    // The grid's cells too: a date left to right, the Arabic title right to left.
    const directions = await page.locator(".studio-grid textarea").evaluateAll((areas) => areas.map((a) => [(a as HTMLTextAreaElement).value, getComputedStyle(a).direction]));
    expect(directions).toContainEqual(["8-Jun-08", "ltr"]);
    expect(directions).toContainEqual(["زيارة طهران", "rtl"]);
    // Why, in Arabic: a year of two digits, a zone's abbreviation.
    const problems = await page.locator('.studio-problems tr[data-code="date-invalid"] td:nth-child(5)').allTextContents();
    expect(problems[0]).toContain("قد تنتمي السنة المكتوبة برقمين إلى أي قرن");
    expect(problems[1]).toContain("قد يدل اختصار المنطقة الزمنية على أكثر من فارق توقيت");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("reads cells pasted from a spreadsheet (tab-separated) as the same timeline as the CSV", async () => {
    const { page, errors } = await open(1280);
    const rows = dsvFormat(",").parseRows(SEED);
    const tsv = rows.map((r) => r.map((c) => (/[\t\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join("\t")).join("\n");
    await page.locator(".studio-paste").fill(tsv);
    await expect.poll(() => page.locator(".studio-reading").textContent(), { timeout: 10_000 }).toContain("7 events drawn");
    expect(await previewTitles(page, 7)).toEqual(SEED_TITLES);
    // Read as tabs: said once, on the header, with nothing to fix.
    expect(await page.locator(".studio-problems tbody tr").evaluateAll((trs) => trs.map((t) => t.getAttribute("data-code")))).toEqual(["csv-separator"]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("reads a sheet Excel saved as Unicode Text (UTF-16) or plain CSV (Windows-1252) with every letter", async () => {
    const { page, errors } = await open(1280);
    const sheet = "Title,Start date\nCafé Müller’s last night,2008-06-07\nAhmadinejad’s “welcome”,2008-06-08\n";
    const titles = ["Ahmadinejad’s “welcome”", "Café Müller’s last night"];
    const unicode = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet.replace(/,/g, "\t"), "utf16le")]);
    const codes = () => page.locator(".studio-problems tbody tr").evaluateAll((trs) => trs.map((t) => t.getAttribute("data-code")));
    await page.setInputFiles("input[type=file]", { name: "unicode.txt", mimeType: "text/plain", buffer: unicode });
    await expect.poll(() => page.locator(".studio-reading").textContent(), { timeout: 10_000 }).toContain("2 events drawn");
    expect(await previewTitles(page, 2)).toEqual(titles);
    expect(await codes()).not.toContain("text-encoding");
    // A third row, so that the preview shows this file's events and not the last one's.
    const ansiSheet = `${sheet}Señor Ruíz – a “no”,2008-06-09\n`;
    const ansi = Buffer.from(Array.from(ansiSheet, (c) => ({ "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96 })[c] ?? c.charCodeAt(0)));
    await page.setInputFiles("input[type=file]", { name: "ansi.csv", mimeType: "text/csv", buffer: ansi });
    await expect.poll(() => page.locator(".studio-reading").textContent(), { timeout: 10_000 }).toContain("3 events drawn");
    expect(await previewTitles(page, 3)).toEqual([...titles, "Señor Ruíz – a “no”"]);
    // The guess is said, for the whole file, until the sheet is edited (then it is the workbench's own text).
    expect(await codes()).toContain("text-encoding");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("what the workbench publishes", () => {
  it("copies each embed form, and each draws the same timeline in a blank page", async () => {
    const { page, errors } = await open(1280);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await drop(page, "events.csv", SEED);
    await expect.poll(() => page.locator(".studio-reading").textContent(), { timeout: 10_000 }).toContain("7 events drawn");
    await page.locator(".studio-base").fill(`${server.url}/dist/`);
    const saved = async (kind: string) => {
      const download = page.waitForEvent("download");
      await page.locator(`[data-download="${kind}"]`).click();
      const file = await download;
      return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
    };
    const sheet = await saved("sheet");
    const standalone = await saved("page");
    expect([sheet.name, standalone.name]).toEqual(["events.csv", "timeline.html"]);
    const blank = await page.context().newPage();
    const blankErrors: string[] = [];
    blank.on("pageerror", (e) => blankErrors.push(e.message));
    for (const form of ["inline", "src", "snippet", "iframe"]) {
      await page.locator(`.studio-copy[data-form="${form}"]`).click();
      await expect.poll(() => page.locator(`.studio-form:has([data-form="${form}"]) [role=status]`).textContent()).toBe("Copied.");
      const code = await page.locator(`textarea[data-form="${form}"]`).inputValue();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
      // A blank page holding nothing but the copied code, beside the files the form says it needs.
      await blank.route(`${server.url}/blank/**`, (route) => {
        const name = new URL(route.request().url()).pathname.split("/").pop();
        if (name === "index.html") return route.fulfill({ contentType: "text/html", body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>\n${code}\n</body></html>` });
        if (name === sheet.name) return route.fulfill({ contentType: "text/csv", body: sheet.text });
        if (name === standalone.name) return route.fulfill({ contentType: "text/html", body: standalone.text });
        return route.fulfill({ status: 404, body: "" });
      });
      await blank.goto(`${server.url}/blank/index.html`);
      const scope = form === "iframe" ? blank.frameLocator("iframe") : blank.locator("body");
      await expect.poll(() => scope.locator(".cl-entry-title").count(), { timeout: 10_000 }).toBe(7);
      expect((await scope.locator(".cl-entry-title").allTextContents()).map((t) => t.trim()).sort(), form).toEqual(SEED_TITLES);
      await blank.unrouteAll();
    }
    expect([...errors, ...blankErrors]).toEqual([]);
    await page.context().close();
  });

  it("reads a sheet's two-digit years in the hundred years the reporter gives, its day-first dates as said, and its embed says so too", async () => {
    const { page, errors } = await open(1280);
    await drop(page, "polls.csv", POLLS);
    await expect.poll(() => page.locator(".studio-summary").textContent(), { timeout: 10_000 }).toMatch(/^30 errors/);
    // Each refusal says the setting that reads it.
    expect(await page.locator(".studio-problems tbody tr").first().textContent()).toContain("How the sheet writes dates");
    const century = page.getByLabel("Two-digit years (5/31/17) are from");
    await century.fill("19");
    expect(await century.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => page.locator(".studio-invalid").isVisible()).toBe(true);
    await century.fill("1930");
    await expect.poll(() => page.locator(".studio-reading").textContent(), { timeout: 10_000 }).toContain("15 events drawn");
    expect(await page.locator(".studio-invalid").isVisible()).toBe(false);
    const titles = (await previewTitles(page, 15));
    expect(titles).toEqual(loadTimeline(POLLS, { twoDigitYearsFrom: 1930 }).timeline.events.map((e) => e.title).sort());
    await page.screenshot({ path: `${SHOTS}/studio-reading-1280.png`, fullPage: false });
    // The snippet reads the same file the same way in a blank page.
    await page.locator(".studio-base").fill(`${server.url}/dist/`);
    const snippet = await page.locator('textarea[data-form="snippet"]').inputValue();
    expect(snippet).toContain('data-two-digit-years-from="1930"');
    const blank = await page.context().newPage();
    await blank.route(`${server.url}/blank/**`, (route) => {
      const name = new URL(route.request().url()).pathname.split("/").pop();
      if (name === "index.html") return route.fulfill({ contentType: "text/html", body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>\n${snippet}\n</body></html>` });
      return name === "polls.csv" ? route.fulfill({ contentType: "text/csv", body: POLLS }) : route.fulfill({ status: 404, body: "" });
    });
    await blank.goto(`${server.url}/blank/index.html`);
    await expect.poll(() => blank.locator(".cl-entry-title").count(), { timeout: 10_000 }).toBe(15);
    // Day first, for the whole sheet: "7/6/2008" is 7 June, and the problem is gone.
    await pick(page, "broken.csv", BROKEN);
    await expect.poll(() => page.locator(".studio-problems tbody").textContent()).toContain("7/6/2008");
    await page.getByLabel("Day first (7/6/2008 is 7 June)").check();
    await expect.poll(() => page.locator(".studio-problems tbody").textContent()).not.toContain("7/6/2008");
    expect(await page.locator('textarea[data-form="src"]').inputValue()).toContain('date-format="DMY"');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("downloads a page and an SVG that open with no request outside themselves, and a PNG", async () => {
    const { page } = await open(1280);
    await drop(page, "events.csv", SEED);
    await expect.poll(() => page.locator(".studio-reading").textContent(), { timeout: 10_000 }).toContain("7 events drawn");
    for (const [kind, type, check] of [
      ["page", "text/html", ".cl-entry-title"],
      ["svg", "image/svg+xml", "g.cl-item"],
    ] as const) {
      const download = page.waitForEvent("download");
      await page.locator(`[data-download="${kind}"]`).click();
      const body = readFileSync(await (await download).path(), "utf8");
      const viewer = await page.context().newPage();
      const requests: string[] = [];
      viewer.on("request", (r) => void (r.url().startsWith("data:") || requests.push(r.url())));
      const address = `${server.url}/opened/${kind}`;
      await viewer.route(address, (route) => route.fulfill({ contentType: type, body }));
      await viewer.goto(address);
      expect(await viewer.locator(check).count(), kind).toBe(7);
      expect(requests, kind).toEqual([address]);
      await viewer.close();
    }
    const download = page.waitForEvent("download");
    await page.locator('[data-download="png"]').click();
    const png = readFileSync(await (await download).path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(2560);
    // A page the clipboard refuses: the code is selected, and the reporter told to press Ctrl+C.
    await page.evaluate(() => Object.defineProperty(navigator.clipboard, "writeText", { value: () => Promise.reject(new DOMException("denied", "NotAllowedError")) }));
    await page.locator('.studio-copy[data-form="snippet"]').click();
    await expect.poll(() => page.locator('.studio-form:has([data-form="snippet"]) [role=status]').textContent()).toMatch(/^This page may not write to the clipboard/);
    const selected = await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return [area.getAttribute("data-form"), area.selectionStart, area.selectionEnd === area.value.length && area.value.length > 0];
    });
    expect(selected).toEqual(["snippet", 0, true]);
    await page.context().close();
  });

  it("keeps hostile cells as inert text everywhere in the workbench", async () => {
    const { page, errors } = await open(1280);
    const ran: string[] = [];
    page.on("dialog", (d) => void (ran.push(`dialog ${d.message()}`), d.dismiss()));
    await page.context().exposeFunction("__pwn", (n: unknown) => void ran.push(`__pwn(${String(n)})`));
    const hostile = readFileSync(resolve(ROOT, "test/fixtures/hostile/hostile.csv"), "utf8");
    await pick(page, "hostile.csv", hostile);
    await expect.poll(() => page.locator(".studio-reading").textContent(), { timeout: 10_000 }).toContain("events drawn");
    await page.locator(".studio-frame").first().waitFor();
    await page.frameLocator(".studio-frame").first().locator("svg.cl-svg").waitFor();
    // Follow every problem to its cell: each focus is a chance for markup to run.
    for (const button of (await page.locator(".studio-goto:not([disabled])").all()).slice(0, 8)) await button.click();
    for (const frame of page.frames()) {
      const found = await frame.evaluate(() => ({
        scripts: [...document.querySelectorAll("script")].map((s) => s.getAttribute("src")),
        javascript: document.querySelectorAll("a[href^='javascript' i], [src^='javascript' i], iframe[srcdoc]").length,
        handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
      }));
      expect(found.scripts.every((src) => src !== null && /(citeline\.umd\.min|studio)\.js$/.test(src)), frame.url()).toBe(true);
      expect([found.javascript, found.handlers], frame.url()).toEqual([0, 0]);
    }
    // The markup is in the grid, and in the embed's data, as the text it was written as.
    const cells = await page.locator(".studio-grid textarea").evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(cells.some((c) => c.includes("<script>__pwn("))).toBe(true);
    const inline = await page.locator('textarea[data-form="inline"]').inputValue();
    const data = await page.evaluate((code) => new DOMParser().parseFromString(code, "text/html").querySelector("cite-line")?.getAttribute("data"), inline);
    // (NUL, which no HTML page can carry, is read as U+FFFD by any parser.)
    expect(data).toBe(`${sheetToCsv(readData(hostile) as Sheet)}\n`.replace(/\0/g, "\uFFFD"));
    expect(data?.includes("<script>__pwn(")).toBe(true);
    expect(ran).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
