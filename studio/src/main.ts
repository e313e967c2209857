/**
 * The workbench (`citeline studio`, `dist/studio/index.html`): drop or paste a spreadsheet, see the
 * timeline at phone and desktop widths, fix what the problems table says in the grid, and copy the
 * embed. It runs in the page alone, on the library's public API (the global `Citeline`); nothing
 * the reporter gives it leaves the page.
 *
 * @module
 */
import type { Diagnostic } from "../../src/diagnostics.js";
import type { Timeline } from "../../src/types.js";
import { citeline } from "./api.js";
import { drawGrid, type Grid, type GridEvents } from "./grid.js";
import { makeInput } from "./input.js";
import { makeOutputs } from "./outputs.js";
import { layOut } from "./page.js";
import { problemRows } from "./problem-rows.js";
import { drawProblems } from "./problems.js";
import { makePreview, type PreviewState } from "./preview.js";
import { readingControls, type Reading } from "./reading.js";
import { readData, renumber, sheetToCsv, type Sheet, type TextData } from "./sheet.js";
import { LANGUAGE_KEYS, languageOf, pickLanguage } from "./words.js";

/** What the reporter is working on; it outlives a change of language. */
interface Work {
  data: Sheet | TextData | undefined;
  /** The text last loaded: as it arrived, then the sheet as CSV after each edit. */
  text: string;
  /** A file's bytes as they arrived, loaded until the first edit, so that how they were read is said. */
  bytes: ArrayBuffer | undefined;
  name: string | undefined;
  view: PreviewState;
  loaded: { timeline: Timeline; diagnostics: Diagnostic[] } | undefined;
  css: string | undefined;
  /** How the sheet writes its dates, as the reporter said. */
  reading: Reading;
}

const work: Work = { data: undefined, text: "", bytes: undefined, name: undefined, view: { width: 375, theme: "light" }, loaded: undefined, css: undefined, reading: {} };

/** The name the data is published under: the file's, as CSV for a sheet (which is saved with commas). */
function fileName(): string {
  const stem = (work.name ?? "events").replace(/\.(csv|tsv|txt|json)$/i, "");
  return `${stem}.${work.data?.kind === "text" ? "json" : "csv"}`;
}

function dataText(): string {
  return work.data?.kind === "sheet" ? `${sheetToCsv(work.data)}\n` : (work.data?.text ?? "");
}

/** The grid's edits, applied to the work; `changed` loads it again, `redraw` draws the grid again. */
function edits(changed: () => void, redraw: (show?: { row: number; column: number }) => void): GridEvents {
  return {
    cell(row, column, value) {
      if (work.data?.kind !== "sheet") return;
      const cells = row === -1 ? work.data.header : work.data.rows[row];
      if (!cells) return;
      while (cells.length <= column) cells.push("");
      cells[column] = value;
      changed();
    },
    addRow() {
      if (work.data?.kind !== "sheet") return;
      work.data.rows.push(work.data.header.map(() => ""));
      redraw({ row: work.data.rows.length - 1, column: 0 });
      changed();
    },
    text(value) {
      work.data = { kind: "text", text: value };
      changed();
    },
  };
}

/** One build of the page in one language; a change of language builds it again around the same work. */
function start(key: string, root: HTMLElement): () => void {
  const language = languageOf(key);
  const places = layOut(root, language, key, work.view, (view) => ((work.view = view), draw()));
  const preview = makePreview(places.preview, language);
  const outputs = makeOutputs(places.outputs, language, () => ({ timeline: work.loaded?.timeline, data: dataText(), file: fileName(), theme: work.view.theme, css: work.css ?? "", reading: work.reading }));
  let grid: Grid | undefined;
  let token = 0;
  let frame = 0;

  function draw(): void {
    const timeline = work.loaded && work.loaded.timeline.events.length > 0 ? work.loaded.timeline : undefined;
    preview.draw(timeline, work.view, work.loaded !== undefined);
    outputs.refresh();
  }
  async function load(): Promise<void> {
    const mine = ++token;
    const api = citeline();
    const [loaded] = await Promise.all([api.loadTimelineAsync(work.bytes ?? work.text, { requireSources: true, ...work.reading }), language.tag.startsWith("en") ? undefined : api.preload(language.tag).catch(() => undefined)]);
    if (mine !== token) return;
    work.loaded = loaded;
    const sheet = work.data?.kind === "sheet" ? work.data : undefined;
    const unsourced = loaded.timeline.events.filter((e) => e.sources.length === 0).length;
    drawProblems({ summary: places.summary, table: places.problems }, problemRows(loaded.diagnostics, sheet, language), { events: loaded.timeline.events.length, unsourced }, language, (t) => grid?.show(t));
    places.reading.textContent = `${language.words.reading(work.name ?? language.words.pasted)} ${language.words.drawn(language.numbers, loaded.timeline.events.length)}`;
    draw();
  }
  // Edits come a keystroke at a time: one load per frame, whatever the number of keystrokes.
  const changed = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (work.data?.kind === "sheet") work.data = renumber(work.data);
      work.text = work.data?.kind === "sheet" ? sheetToCsv(work.data) : (work.data?.text ?? "");
      work.bytes = undefined;
      void load();
    });
  };
  const showGrid = (show?: { row: number; column: number }) => {
    grid = work.data ? drawGrid(places.grid, work.data, language, edits(changed, showGrid)) : undefined;
    if (show) grid?.show(show);
  };
  const listening = new AbortController();
  const arrived = (text: string, name: string | undefined, bytes?: ArrayBuffer) => {
    work.data = readData(text);
    work.text = text;
    work.bytes = bytes;
    work.name = name;
    showGrid();
    void load();
  };
  makeInput(places.input, language, arrived, listening.signal);
  places.input.append(readingControls(language, work.reading, (reading) => {
    work.reading = reading;
    if (work.data) void load();
  }));
  places.menu.addEventListener("change", () => {
    stop();
    stop = start(places.menu.value, root);
    document.getElementById("studio-language")?.focus();
  });
  if (work.data) {
    showGrid();
    void load();
  }
  // The stylesheet, for the downloads that inline it: from beside the bundle, on this origin.
  if (work.css === undefined) void fetch(new URL("../style.css", document.baseURI)).then((r) => (r.ok ? r.text() : "")).then((css) => (work.css = css), () => (work.css = ""));
  return () => {
    token += 1;
    cancelAnimationFrame(frame);
    listening.abort();
    preview.draw(undefined, work.view);
  };
}

const root = document.getElementById("studio");
let stop = () => {};
if (root) {
  const asked = new URLSearchParams(location.search).get("lang");
  stop = start(asked && LANGUAGE_KEYS.includes(asked) ? asked : pickLanguage(navigator.languages), root);
}
