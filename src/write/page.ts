/**
 * Server-side rendering: a timeline as a string of HTML (a static SVG, the event list and the
 * sources), built without any DOM. The SVG has the element structure, classes and attributes the
 * DOM renderer (`src/render/*`) draws for the same layout, so one stylesheet styles both and the
 * page does not change shape when a script takes it over.
 *
 * Every user string goes through {@link escapeHtml} (text) or {@link escapeAttribute} (attribute
 * values); links are kept only when `safeHref` accepts them (http, https, mailto).
 *
 * @module
 */
import type { Locale } from "date-fns";
import { anchorOf } from "../interact/keys.js";
import { ITEM } from "../layout/items.js";
import { layoutTimeline } from "../layout/layout.js";
import type {
  ClusterItem,
  EraLayout,
  ItemLayout,
  LaneLayout,
  OverviewLayout,
  PointItem,
  PrecisionLayout,
  SpanItem,
  Tick,
  TimelineLayout,
} from "../layout/types.js";
import { citationText, type CitationText } from "../model/citation.js";
import { describeSpan, spanPrecisionWords } from "../model/date-words.js";
import { domId, endMarkClass, fuzzyEnd, itemClasses, MIN_BAND, setGeometry } from "../render/items.js";
import { citationParts, headingLevels, subParts, SVG_ISOLATE, type Run } from "../render/markup.js";
import { densityPath } from "../render/overview.js";
import type { Timeline } from "../types.js";

/**
 * Options of {@link renderToString}.
 *
 * @example
 * ```ts
 * renderToString(timeline, { width: 640, height: 360, theme: "dark", title: "Maliki in Tehran", idPrefix: "tehran", headingLevel: 2 });
 * ```
 */
export interface RenderStringOptions {
  /** Width of the drawing, px; default 800. Ignored when a layout is given. */
  width?: number;
  /** Height of the drawing, px; default 420. Ignored when a layout is given. */
  height?: number;
  /** date-fns locale for axis labels and dates in words; default en-GB. */
  locale?: Locale;
  /** Colour theme, as `data-theme` on the root: "light" (default), "dark" or "auto". */
  theme?: "light" | "dark" | "auto";
  /** Accessible name of the chart (and the page's title); default the timeline's title. */
  title?: string;
  /** Prefix of every element id, unique per timeline on a page; default "citeline". Letters, digits, `-` and `_`. */
  idPrefix?: string;
  /**
   * Level of the "Events" and "Sources" headings, `<h1>` to `<h6>`; default 3, as `createTimeline`
   * writes them. Choose the level that follows the page's own headings.
   */
  headingLevel?: number;
}

/**
 * Options of {@link renderPage} and {@link renderSvg}: those of `renderToString` and the stylesheet.
 *
 * @example
 * ```ts
 * const css = readFileSync("node_modules/citeline/dist/style.css", "utf8");
 * writeFileSync("timeline.html", renderPage(timeline, { css, lang: "en-GB", title: "Maliki in Tehran" }));
 * ```
 */
export interface RenderPageOptions extends RenderStringOptions {
  /**
   * The text of citeline's stylesheet (`citeline/style.css`), inlined in a `<style>` element.
   * Without it the page has only its own layout and print rules and the chart is unstyled.
   */
  css?: string;
  /** Language of the page, `<html lang>`; default the locale's code, else "en-GB". */
  lang?: string;
}

/**
 * What to render: a loaded timeline (laid out here), or a timeline with a layout already made.
 *
 * @example
 * ```ts
 * const layout = layoutTimeline(timeline, { width: 640, domain: [Date.UTC(2008, 5, 1), Date.UTC(2008, 6, 1)] });
 * renderToString({ timeline, layout }); // draws this window, not the whole extent
 * ```
 */
export type RenderInput = Timeline | { timeline: Timeline; layout: TimelineLayout };

const SVG_NS = "http://www.w3.org/2000/svg";
const DEFAULT_WIDTH = 800;
const HALF = ITEM.barHeight / 2;


// ---------------------------------------------------------------------------------------------
// Escaping

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
// Characters XML cannot hold at all (controls, noncharacters, lone surrogates): replaced, so the
// standalone SVG stays well-formed whatever the spreadsheet held.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an element's content, in HTML and in XML: `& < > " '` become entities. */
export function escapeHtml(text: string): string {
  return text.replace(NOT_XML, "\uFFFD").replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Text for a double-quoted attribute value; tabs and line breaks are kept as character references. */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A coordinate, rounded to 0.1 px so the output is the same on every run and machine. */
function num(n: number): string {
  if (!Number.isFinite(n)) return "0";
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? "0" : String(r);
}

type Attrs = Record<string, string | number | null | undefined>;

function attrs(a: Attrs): string {
  let out = "";
  for (const [name, value] of Object.entries(a)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${typeof value === "number" ? num(value) : escapeAttribute(value)}"`;
  }
  return out;
}

/** An element; `inner` is markup already escaped. SVG elements without content close themselves. */
function el(tag: string, a: Attrs, inner?: string): string {
  return inner === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${inner}</${tag}>`;
}

// ---------------------------------------------------------------------------------------------
// The SVG, mirroring src/render/svg.ts, lanes.ts, axis.ts, items.ts and overview.ts

interface View {
  focused: string | null;
}

function svgElement(layout: TimelineLayout, prefix: string, view: View, label: { title: string; description: string }, extra: Attrs = {}): string {
  const clip = { x: layout.plot.x - 2, y: 0, width: layout.plot.width + 4, height: layout.plot.y + layout.plot.height };
  const defs =
    el("pattern", { id: `${prefix}-hatch`, patternUnits: "userSpaceOnUse", width: 6, height: 6, patternTransform: "rotate(45)" }, el("rect", { class: "cl-hatch-line", width: 2, height: 6 })) +
    ([["fade-in", 0, 1], ["fade-out", 1, 0]] as const)
      .map(([id, from, to]) =>
        el(
          "linearGradient",
          { id: `${prefix}-${id}`, x1: 0, x2: 1, y1: 0, y2: 0 },
          el("stop", { class: "cl-fade-stop", offset: 0, "stop-opacity": from }) + el("stop", { class: "cl-fade-stop", offset: 1, "stop-opacity": to }),
        ),
      )
      .join("") +
    el("clipPath", { id: `${prefix}-clip` }, el("rect", clip));
  const body = [
    el("title", { id: `${prefix}-title` }, escapeHtml(label.title)),
    el("desc", { id: `${prefix}-desc` }, escapeHtml(label.description)),
    el("defs", {}, defs),
    el("g", { class: "cl-lanes" }, layout.lanes.map((l, i) => lane(l, i, layout)).join("")),
    el("g", { class: "cl-eras" }, layout.eras.map((e) => era(e, layout)).join("")),
    el("g", { class: "cl-grid" }, gridlines(layout)),
    el(
      "g",
      { class: "cl-items", "clip-path": `url(#${prefix}-clip)`, role: "group", tabindex: -1, "aria-label": `${layout.items.length} events and clusters in view` },
      layout.items.map((d) => item(d, prefix, view)).join(""),
    ),
    el("g", { class: "cl-axis", "aria-hidden": "true" }, axis(layout)),
    el("g", { class: "cl-overview" }, layout.overview ? overview(layout.overview) : ""),
  ].join("");
  return el(
    "svg",
    {
      ...extra,
      class: "cl-svg",
      role: "graphics-document",
      "aria-roledescription": "timeline",
      "aria-labelledby": `${prefix}-title`,
      "aria-describedby": `${prefix}-desc`,
      focusable: "false",
      viewBox: `0 0 ${num(layout.width)} ${num(layout.height)}`,
      width: layout.width,
      height: layout.height,
      // As the timeline does: with nothing in view, the chart itself is the tab stop.
      tabindex: layout.items.length === 0 ? 0 : null,
    },
    body,
  );
}

function lane(l: LaneLayout, i: number, layout: TimelineLayout): string {
  return el(
    "g",
    { class: i % 2 === 1 ? "cl-lane cl-lane-odd" : "cl-lane" },
    el("rect", { class: "cl-lane-bg", x: 0, y: l.y, width: layout.width, height: l.height }) + el("text", { class: "cl-lane-label", x: layout.plot.x, y: l.y + 13 }, escapeHtml(l.label)),
  );
}

function era(e: EraLayout, layout: TimelineLayout): string {
  return el(
    "g",
    { class: "cl-era" },
    el("rect", { x: e.x0, width: e.x1 - e.x0, y: layout.plot.y - 18, height: layout.plot.height + 18 }) +
      el("text", { class: "cl-era-label", x: e.label?.x ?? 0, y: e.label?.y ?? 0 }, isolated("cl-title-text", e.label?.text ?? "", "", e.label?.cites ?? "")) +
      el("title", {}, escapeHtml(e.name)),
  );
}

function gridlines(layout: TimelineLayout): string {
  const { y } = layout.axis;
  return layout.axis.coarse
    .filter((t) => t.x > layout.plot.x + 1)
    .map((t) => el("line", { class: "cl-gridline", x1: t.x, x2: t.x, y1: layout.plot.y, y2: y }))
    .join("");
}

function axis(layout: TimelineLayout): string {
  const { y } = layout.axis;
  const row = (name: string, ticks: Tick[], tickLength: number, baseline: number) =>
    el(
      "g",
      { class: `cl-axis-${name}` },
      ticks
        .map((t) => el("g", { class: "cl-tick", transform: `translate(${num(t.x)},${num(y)})` }, el("line", { y2: tickLength }) + el("text", { x: 3, y: baseline }, escapeHtml(t.label))))
        .join(""),
    );
  return (
    el("line", { class: "cl-axis-base", x1: layout.plot.x, x2: layout.plot.x + layout.plot.width, y1: y, y2: y }) +
    row("fine", layout.axis.fine, 6, 17) +
    row("coarse", layout.axis.coarse, 0, 34)
  );
}

function item(d: ItemLayout, prefix: string, view: View): string {
  const parts = [el("rect", { class: "cl-focus-ring", x: d.x0 - 4, y: d.y - HALF - 3, width: d.x1 - d.x0 + 8, height: ITEM.barHeight + 6, rx: 4 })];
  if (d.kind === "point") parts.push(...pointParts(d, prefix));
  if (d.kind === "span") parts.push(...spanParts(d, prefix));
  if (d.kind === "cluster") parts.push(clusterPill(d));
  parts.push(
    el("text", { class: "cl-title", x: d.label?.x ?? 0, y: d.label?.y ?? 0 }, isolated("cl-title-text", d.label?.text ?? "", "", d.label?.cites ?? "")),
    el("text", { class: "cl-sub", x: d.label?.x ?? 0, y: (d.label?.y ?? 0) + ITEM.subLine }, isolated("cl-sub-text", ...subParts(d.label?.sub ?? ""), "")),
  );
  return el(
    "g",
    {
      "data-kind": d.kind,
      id: domId(prefix, d.id),
      "data-id": d.id,
      class: itemClasses(d, { selected: null, focused: view.focused, highlighted: new Set() }),
      role: "graphics-symbol",
      "aria-roledescription": d.kind === "cluster" ? "cluster" : "event",
      "aria-label": d.name,
      tabindex: d.id === view.focused ? 0 : -1,
      // The DOM renderer builds an item's parts once and marks it so; a later script keeps these.
      "data-built": "",
    },
    parts.join(""),
  );
}

function pointParts(d: PointItem, prefix: string): string[] {
  const banded = d.band[1] - d.band[0] >= MIN_BAND;
  const band = { x: d.band[0], width: banded ? d.band[1] - d.band[0] : 0, y: d.y - HALF, height: ITEM.barHeight, rx: 3 };
  const set = d.set ? setGeometry(d) : undefined;
  return [
    el("rect", { class: "cl-band", ...band }),
    el("rect", { class: "cl-band-hatch", ...band, fill: `url(#${prefix}-hatch)` }),
    ...(set ? [el("line", { class: "cl-set-join", ...set.join }), ...set.marks.map((m) => el("rect", { class: "cl-candidate", ...m }))] : []),
    el("circle", { class: "cl-mark", cx: d.x, cy: d.y, r: d.set ? 0 : ITEM.radius }),
  ];
}

function spanParts(d: SpanItem, prefix: string): string[] {
  // The sure part is solid; a band of doubt at either end fades (as src/render/items.ts draws it).
  const fuzzy = fuzzyEnd;
  const sureStart = fuzzy(d.startBand, d.start) ? d.startBand[1] : d.bar[0];
  const sureEnd = fuzzy(d.endBand, d.end) ? d.endBand[0] : d.bar[1];
  const box = { y: d.y - HALF, height: ITEM.barHeight };
  const endMark = (cls: "start" | "end", at: number, p: PrecisionLayout) =>
    el("line", { class: endMarkClass(cls, p), x1: at, x2: at, y1: d.y - HALF - 3, y2: d.y + HALF + 3 });
  return [
    el("rect", { class: "cl-box", x: sureStart, width: Math.max(0, sureEnd - sureStart), ...box }),
    el("rect", {
      class: "cl-fuzz cl-fuzz-start",
      x: d.startBand[0],
      width: fuzzy(d.startBand, d.start) ? Math.max(0, Math.min(d.startBand[1], sureEnd) - d.startBand[0]) : 0,
      ...box,
      fill: `url(#${prefix}-fade-in)`,
    }),
    el("rect", {
      class: "cl-fuzz cl-fuzz-end",
      x: Math.max(d.endBand[0], sureStart),
      width: fuzzy(d.endBand, d.end) ? Math.max(0, d.endBand[1] - Math.max(d.endBand[0], sureStart)) : 0,
      ...box,
      fill: `url(#${prefix}-fade-out)`,
    }),
    endMark("start", d.bar[0], d.start),
    endMark("end", d.bar[1], d.end),
  ];
}

// The user's text in its own isolated tspan, then ours, then the citation numbers (as writeIsolated in src/render/items.ts).
function isolated(cls: string, user: string, ours: string, cites: string): string {
  return (
    el("tspan", { class: cls, "unicode-bidi": SVG_ISOLATE }, escapeHtml(user)) +
    escapeHtml(ours) +
    (cites ? el("tspan", { class: "cl-cites", dy: -4 }, escapeHtml(` ${cites}`)) : "")
  );
}

function clusterPill(d: ClusterItem): string {
  return el("rect", { class: "cl-pill", x: d.x0, width: d.x1 - d.x0, y: d.y - 11, height: 22, rx: 11 });
}



function overview(o: OverviewLayout): string {
  return el(
    "g",
    { class: "cl-overview-strip", "aria-hidden": "true", "pointer-events": "none" },
    el("rect", { class: "cl-overview-bg", x: o.box.x, y: o.box.y, width: o.box.width, height: o.box.height }) +
      el("path", { class: "cl-overview-density", d: densityPath(o) }) +
      el("rect", { class: "cl-overview-window", x: o.window[0], y: o.box.y, width: Math.max(2, o.window[1] - o.window[0]), height: o.box.height }),
  );
}


// ---------------------------------------------------------------------------------------------
// The event list and the sources, with the classes of src/render/list.ts and citation.ts

function eventList(timeline: Timeline, layout: TimelineLayout, prefix: string, locale: Locale | undefined, level: number): string {
  const [from, to] = layout.domain;
  const entries = timeline.events.map((e) => {
    const inView = (e.end ?? e.start).latest >= from && e.start.earliest <= to;
    const datetime = e.end ? `${e.start.edtf}/${e.end.edtf}` : e.start.edtf;
    const when = e.displayDate ?? describeSpan(e.start, e.end, { locale });
    const cites = e.sources.flatMap((id) => {
      const n = layout.citations[id] ?? timeline.sources.find((s) => s.id === id)?.number;
      return n === undefined ? [] : [el("a", { href: `#${prefix}-source-${n}`, class: "cl-cite-ref" }, `[${n}]`)];
    });
    return el(
      "li",
      { class: inView ? "cl-entry" : "cl-entry cl-out-of-view", id: `${domId(prefix, e.id)}-entry`, "data-id": e.id },
      el("time", { class: "cl-entry-when", datetime }, runs([{ user: when }])) +
        el("strong", { class: "cl-entry-title" }, runs([{ user: e.title }])) +
        el("span", { class: "cl-entry-precision" }, escapeHtml(spanPrecisionWords(e.start, e.end))) +
        (e.description ? el("p", { class: "cl-entry-description", dir: "auto" }, escapeHtml(e.description)) : "") +
        el("span", { class: "cl-entry-cites" }, cites.length > 0 ? cites.join(" ") : el("em", { class: "cl-unsourced-note" }, "No source given")),
    );
  });
  return el(
    "section",
    { class: "cl-events", "aria-labelledby": `${prefix}-events-title` },
    el(`h${level}`, { class: "cl-list-heading", id: `${prefix}-events-title` }, "Events") + el("ol", { class: "cl-list" }, entries.join("")),
  );
}

function sourceList(timeline: Timeline, prefix: string, locale: Locale | undefined, level: number): string {
  const items = timeline.sources.flatMap((s) => {
    const c = citationText(timeline, s.id, { locale });
    return c ? [el("li", { class: "cl-source", id: `${prefix}-source-${c.number}`, value: c.number }, citation(c))] : [];
  });
  return el(
    "section",
    { class: "cl-sources", "aria-labelledby": `${prefix}-sources-title` },
    el(`h${level}`, { class: "cl-list-heading", id: `${prefix}-sources-title` }, "Sources") + el("ol", { class: "cl-source-list" }, items.join("")),
  );
}

// "[1] IRNA, via The New York Times, “Title”, Author, June 2008 nytimes.com" and the quote: the
// parts src/render/citation.ts writes, from the same description.
function citation(c: CitationText): string {
  return citationParts(c)
    .map((part) =>
      typeof part === "string"
        ? escapeHtml(part)
        : el(part.tag, { class: part.cls, dir: part.dirAuto ? "auto" : null, href: part.href, rel: part.href ? "noopener noreferrer" : null }, runs(part.runs)),
    )
    .join("");
}

// Our words as text, the user's each in a <bdi>, so they cannot reorder ours.
function runs(list: readonly Run[]): string {
  return list.map((r) => (typeof r === "string" ? escapeHtml(r) : el("bdi", {}, escapeHtml(r.user)))).join("");
}



// ---------------------------------------------------------------------------------------------
// Entry points

interface Prepared {
  timeline: Timeline;
  layout: TimelineLayout;
  prefix: string;
  title: string;
  theme: "light" | "dark" | "auto";
  /** Level of the lists' headings. */
  level: number;
  svg: (extra?: Attrs) => string;
}

function prepare(input: RenderInput, options: RenderStringOptions): Prepared {
  const given = "layout" in input && "timeline" in input;
  const timeline = given ? input.timeline : input;
  const layout = given ? input.layout : layoutTimeline(timeline, { width: options.width ?? DEFAULT_WIDTH, height: options.height, locale: options.locale });
  const prefix = options.idPrefix ?? "citeline";
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(prefix)) throw new RangeError(`idPrefix must be a letter followed by letters, digits, "-" or "_"; got ${JSON.stringify(prefix)}.`);
  const theme = options.theme ?? "light";
  if (!["light", "dark", "auto"].includes(theme)) throw new RangeError(`theme must be "light", "dark" or "auto"; got ${JSON.stringify(theme)}.`);
  const level = headingLevels(options.headingLevel).main;
  const title = options.title ?? timeline.title ?? "Timeline";
  // The timeline focuses the first item in reading order, so the chart has one tab stop.
  const first = [...layout.items].sort((a, b) => anchorOf(a) - anchorOf(b) || a.y - b.y)[0];
  const view = { focused: first?.id ?? null };
  const description = describe(timeline, layout, options.locale);
  return { timeline, layout, prefix, title, theme, level, svg: (extra) => svgElement(layout, prefix, view, { title, description }, extra) };
}

function describe(timeline: Timeline, layout: TimelineLayout, locale: Locale | undefined): string {
  const n = timeline.events.length;
  const s = timeline.sources.length;
  const day = (ms: number) => ({ earliest: ms, latest: ms, precision: "day" as const, qualifier: "exact" as const, edtf: "" });
  const showing = describeSpan(day(layout.domain[0]), day(layout.domain[1]), { locale });
  return `${n} event${n === 1 ? "" : "s"}, ${s} source${s === 1 ? "" : "s"}. Showing ${showing}.`;
}

/**
 * A timeline as an HTML fragment, with no DOM: `<div class="citeline" data-citeline-ssr>` holding
 * the static SVG chart (what `createTimeline` draws for the same layout, element for element), the
 * event list in time order and the numbered sources. It reads and prints without JavaScript; style
 * it with `citeline/style.css`.
 *
 * @example
 * ```ts
 * import { loadTimeline, renderToString } from "citeline/core";
 * const { timeline } = loadTimeline(csvText);
 * const html = renderToString(timeline, { width: 800, theme: "auto" });
 * ```
 */
export function renderToString(input: RenderInput, options: RenderStringOptions = {}): string {
  const p = prepare(input, options);
  const stage = el("div", { class: "cl-stage" }, p.svg());
  const lists = el("div", { class: "cl-lists" }, eventList(p.timeline, p.layout, p.prefix, options.locale, p.level) + sourceList(p.timeline, p.prefix, options.locale, p.level));
  return el("div", { class: "citeline", "data-theme": p.theme, "data-citeline-ssr": "" }, stage + lists);
}

/**
 * A timeline as a standalone SVG document: the chart alone, inside an outer `<svg class="citeline">`
 * that carries the theme and an inline `<style>` (pass `citeline/style.css` as `css`), so it
 * renders the same in a browser tab or an `<img>`.
 *
 * @example
 * ```ts
 * writeFileSync("timeline.svg", renderSvg(timeline, { css: readFileSync("node_modules/citeline/dist/style.css", "utf8") }));
 * ```
 */
export function renderSvg(input: RenderInput, options: RenderPageOptions = {}): string {
  const p = prepare(input, options);
  const { width, height } = p.layout;
  // CDATA keeps the stylesheet's `>` and quotes as written; "]]>" cannot occur in it then.
  const style = options.css ? el("style", {}, `<![CDATA[\n${options.css.replaceAll("]]>", "]]]]><![CDATA[>")}\n]]>`) : "";
  const outer = { xmlns: SVG_NS, class: "citeline", "data-theme": p.theme, width, height, viewBox: `0 0 ${num(width)} ${num(height)}` };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el("svg", outer, style + p.svg({ x: 0, y: 0 }))}\n`;
}

/**
 * Rules for paper, for pages made by {@link renderPage}: the chart at the page's width in the light
 * theme, the lists one under the other, no controls, and each link's address printed after it.
 *
 * @example
 * ```ts
 * const html = `<style>${PRINT_CSS}</style>${renderToString(timeline)}`;
 * ```
 */
export const PRINT_CSS: string = `@media print {
  @page { margin: 14mm 12mm; }
  html, body { background: #fff; color: #000; }
  .cl-page { max-width: none; padding: 0; }
  .citeline, .citeline[data-theme] { color-scheme: light; background: #fff; }
  .citeline .cl-stage { break-inside: avoid; }
  .citeline .cl-svg { width: 100%; max-width: 100%; height: auto; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .citeline .cl-overview { display: none; }
  .citeline .cl-lists { display: block; columns: auto; }
  .citeline .cl-entry, .citeline .cl-source { break-inside: avoid; }
  .citeline .cl-cite-ref { color: inherit; text-decoration: none; }
  .citeline .cl-cite-link::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
}
`;

// The page around the timeline: a readable column, the title and introduction; nothing in the
// static chart responds to the pointer, so it does not look as if it would.
const PAGE_CSS = `html { background: light-dark(#ffffff, #16181c); color: light-dark(#1d1d1f, #eceef1); }
body { margin: 0; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; line-height: 1.45; }
.cl-page { box-sizing: border-box; margin: 0 auto; padding: 20px 16px 40px; }
.cl-page-title { margin: 0 0 6px; font-size: 1.7rem; line-height: 1.2; }
.cl-page-description { max-width: 44em; margin: 0 0 16px; }
.citeline[data-citeline-ssr] .cl-svg { cursor: auto; touch-action: auto; user-select: text; }
.citeline[data-citeline-ssr] .cl-entry-title { cursor: auto; }
.citeline[data-citeline-ssr] .cl-entry-title:hover { text-decoration: none; }
/* On a phone the chart shrinks to the screen (pinch to read its labels) and the list stacks. */
@media screen and (max-width: 640px) {
  .citeline[data-citeline-ssr] .cl-entry { display: block; }
  .citeline[data-citeline-ssr] .cl-entry > * { display: block; }
  .citeline[data-citeline-ssr] .cl-entry-cites { margin-top: 2px; }
}
`;

/**
 * A complete, standalone HTML document for a timeline: {@link renderToString}'s fragment under the
 * timeline's title (the page's `<h1>`; the lists' headings are `<h2>` unless `headingLevel` says
 * otherwise) and introduction, with the stylesheet (`css`), page and print rules inlined and
 * a Content-Security-Policy that allows that one style element and nothing else — no script, no
 * requests. It reads well with JavaScript off and prints well.
 *
 * @example
 * ```ts
 * const css = readFileSync("node_modules/citeline/dist/style.css", "utf8");
 * writeFileSync("timeline.html", renderPage(timeline, { css, locale: enGB }));
 * ```
 */
export function renderPage(input: RenderInput, options: RenderPageOptions = {}): string {
  const p = prepare(input, options);
  // The page's own title is its h1, so the lists' headings are h2 unless asked otherwise.
  const fragment = renderToString({ timeline: p.timeline, layout: p.layout }, { ...options, headingLevel: options.headingLevel ?? 2 });
  const scheme = { light: "light", dark: "dark", auto: "light dark" }[p.theme];
  // The column is as wide as the chart (so the lists line up under it), and never narrower than a
  // comfortable measure for the lists.
  const column = `.cl-page { max-width: ${Math.round(Math.max(640, p.layout.width)) + 32}px; }\n`;
  const css = `:root { color-scheme: ${scheme}; }\n${PAGE_CSS}${column}${(options.css ?? "").replace(/<\/(style)/gi, "<\\/$1")}\n${PRINT_CSS}`;
  const hash = base64(sha256(new TextEncoder().encode(css)));
  const wanted = options.lang ?? options.locale?.code ?? "en-GB";
  const lang = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(wanted) ? wanted : "en-GB";
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
  const intro = p.timeline.description ? `\n${el("p", { class: "cl-page-description" }, escapeHtml(p.timeline.description))}` : "";
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="color-scheme" content="${scheme}">
<meta name="generator" content="citeline">
<title>${escapeHtml(p.title)}</title>
<style>${css}</style>
</head>
<body>
<main class="cl-page">
${el("h1", { class: "cl-page-title" }, escapeHtml(p.title))}${intro}
${fragment}
</main>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// SHA-256 for the style hash of the Content-Security-Policy (no crypto module: this runs anywhere)

const ROUND = new Uint32Array(64);
const INITIAL = new Uint32Array(8);
{
  const primes: number[] = [];
  for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  const fraction = (x: number) => ((x - Math.floor(x)) * 2 ** 32) >>> 0;
  primes.forEach((p, i) => {
    ROUND[i] = fraction(Math.cbrt(p));
    if (i < 8) INITIAL[i] = fraction(Math.sqrt(p));
  });
}

/** SHA-256 of some bytes (FIPS 180-4). */
export function sha256(bytes: Uint8Array): Uint8Array {
  const length = bytes.length;
  const total = Math.ceil((length + 9) / 64) * 64;
  const message = new Uint8Array(total);
  message.set(bytes);
  message[length] = 0x80;
  const view = new DataView(message.buffer);
  view.setUint32(total - 8, Math.floor(length / 2 ** 29));
  view.setUint32(total - 4, (length * 8) >>> 0);
  const hash = INITIAL.slice();
  const w = new Uint32Array(64);
  const ror = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < total; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      w[i] = w[i - 16]! + (ror(a, 7) ^ ror(a, 18) ^ (a >>> 3)) + w[i - 7]! + (ror(b, 17) ^ ror(b, 19) ^ (b >>> 10));
    }
    let [a, b, c, d, e, f, g, h] = [hash[0]!, hash[1]!, hash[2]!, hash[3]!, hash[4]!, hash[5]!, hash[6]!, hash[7]!];
    for (let i = 0; i < 64; i++) {
      const t1 = (h + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + ROUND[i]! + w[i]!) | 0;
      const t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, h].forEach((v, i) => (hash[i] = hash[i]! + v));
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  hash.forEach((v, i) => outView.setUint32(i * 4, v));
  return out;
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
