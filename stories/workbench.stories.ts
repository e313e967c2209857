import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect, userEvent } from "storybook/test";
import { loadTimeline } from "../src/index.js";
import { drawGrid } from "../studio/src/grid.js";
import { problemRows } from "../studio/src/problem-rows.js";
import { readingControls, type Reading } from "../studio/src/reading.js";
import { drawProblems } from "../studio/src/problems.js";
import { readData, type Sheet } from "../studio/src/sheet.js";
import { languageOf } from "../studio/src/words.js";
import { el } from "./support.js";

// A sheet with the mistakes reporters make: `;` between cells, an unknown column, a missing title,
// an ambiguous day/month date, an event citing nothing, and a date read otherwise than written (its
// problem and its fix say what it was read as: 2008-06-08).
const SHEET = "Title;Start date;Source;Notes\nVisit begins;2008-06-07;IRNA;ok\n;2008-06-08;IRNA;\nTalks;7/6/2008;IRNA;check\nPact debated;2008-22;;\nTalks end;June 8th, '08;IRNA;\n";

interface WorkbenchArgs {
  language: string;
}

/**
 * The workbench (`npx citeline studio`, or `citeline/studio/index.html`): drop a spreadsheet, fix
 * each problem on its row, preview at phone and desktop widths, copy the embed. The whole guide is
 * docs/workbench.md; here are its problems table and editable sheet, in each of its languages
 * (without the workbench page's own stylesheet, which styles a whole page and would leak into the other stories).
 */
const meta = {
  title: "Workbench",
  args: { language: "en" },
  argTypes: { language: { control: "select", options: ["en", "fr", "de", "es", "tr", "ar", "fa", "he", "ckb"] } },
  render: ({ language: key }) => {
    const language = languageOf(key);
    const sheet = readData(SHEET) as Sheet;
    const { timeline, diagnostics } = loadTimeline(SHEET, { requireSources: true });
    const root = el("div", undefined, "studio");
    root.lang = language.tag;
    root.dir = language.dir;
    const guide = el("p", "The workbench's guide is docs/workbench.md in the repository: open it for every step, from the spreadsheet to the embed code.");
    const summary = el("p", undefined, "studio-summary");
    summary.setAttribute("role", "status");
    const table = el("div");
    const gridHost = el("div");
    root.append(el("h2", language.words.problemsHeading), guide, summary, table, el("h2", language.words.sheetHeading), gridHost);
    const grid = drawGrid(gridHost, sheet, language, { cell: () => undefined, addRow: () => undefined, text: () => undefined });
    const unsourced = timeline.events.filter((e) => e.sources.length === 0).length;
    drawProblems({ summary, table }, problemRows(diagnostics, sheet, language), { events: timeline.events.length, unsourced }, language, (t) => grid.show(t));
    return root;
  },
} satisfies Meta<WorkbenchArgs>;
export default meta;
type Story = StoryObj<WorkbenchArgs>;

/** Each problem on its row and column, with the fix; its row button shows the cell in the sheet. */
export const Problems: Story = {
  name: "Problems and the sheet",
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector<HTMLButtonElement>('tr[data-code="date-ambiguous"] button')!;
    await expect(button.textContent).toBe("4");
    await userEvent.click(button);
    const focused = canvasElement.ownerDocument.activeElement;
    await expect([focused?.getAttribute("data-row"), focused?.getAttribute("data-column")]).toEqual(["2", "1"]);
    await expect(canvasElement.querySelector(".studio-unsourced")?.textContent).toBe("1 event cites nothing.");
  },
};

/**
 * The same, in Arabic: a date read otherwise than written says what it was read as, and the dates
 * to type read left to right (2008-06-08, not 08-06-2008) beside Arabic letters.
 */
export const Arabic: Story = {
  name: "Problems and the sheet, in Arabic",
  args: { language: "ar" },
  play: async ({ canvasElement }) => {
    const cells = [...canvasElement.querySelectorAll('tr[data-code="date-reinterpreted"] td')].map((td) => td.textContent ?? "");
    await expect(cells[4]).toContain("\u20662008-06-08\u2069");
    await expect(cells[5]).toContain("\u20662008-06-08\u2069");
  },
};

/** The same, in Persian: right to left, Persian digits, the diagnostics' own Persian sentences. */
export const Persian: Story = { name: "Problems and the sheet, in Persian", args: { language: "fa" } };

/**
 * How the sheet writes dates, said once for the whole sheet: its order of day and month, and the
 * hundred years its two-digit years fall in ("31/5/17"). The problems follow:
 * "31/5/17" says the setting that fixes it, "7/6/2008" is read day first as "31/5/17" shows, and
 * both are gone once the sheet's order and hundred years are set.
 */
export const SheetDates: Story = {
  name: "How the sheet writes dates",
  render: ({ language: key }) => {
    const language = languageOf(key);
    const text = `${SHEET}Poll;31/5/17;Quinnipiac;\n`;
    const sheet = readData(text) as Sheet;
    const root = el("div", undefined, "studio");
    root.lang = language.tag;
    root.dir = language.dir;
    const summary = el("p", undefined, "studio-summary");
    summary.setAttribute("role", "status");
    const table = el("div");
    const draw = (reading: Reading) => {
      const { timeline, diagnostics } = loadTimeline(text, { requireSources: true, ...reading });
      const unsourced = timeline.events.filter((e) => e.sources.length === 0).length;
      drawProblems({ summary, table }, problemRows(diagnostics, sheet, language), { events: timeline.events.length, unsourced }, language, () => undefined);
    };
    root.append(readingControls(language, {}, draw), el("h2", language.words.problemsHeading), summary, table);
    draw({});
    return root;
  },
  play: async ({ canvasElement }) => {
    const named = () => [...canvasElement.querySelectorAll("tr[data-code]")].filter((tr) => /7\/6\/2008|31\/5\/17/.test(tr.textContent ?? "")).length;
    await expect(named()).toBe(2);
    await userEvent.click(canvasElement.querySelector<HTMLInputElement>('input[value="DMY"]')!);
    await userEvent.type(canvasElement.querySelector<HTMLInputElement>(".studio-century")!, "1930");
    await expect(named()).toBe(0);
  },
};
