/**
 * The options' types: what `createTimeline`, `renderToString`/`renderSvg` and `renderPage` take.
 * The table in `./table.ts` says, for each of them, how it is spelled in markup and on the command
 * line, what it means, and how it is read and checked.
 *
 * @module
 */
import type { Locale } from "date-fns";
import type { Measure } from "../layout/measure.js";
import type { BreaksOption } from "../layout/segments.js";
import type { MessagesOverride } from "../messages/index.js";
import type { Calendar, DateFormat, InputFormat, Timeline } from "../types.js";

/**
 * Options of {@link createTimeline}; every one can be changed later with `update`.
 *
 * @example
 * ```ts
 * import { de } from "date-fns/locale/de";
 * createTimeline(element, {
 *   data: csvText, height: 480, locale: de, theme: "auto", label: "Maliki in Tehran",
 *   window: [new Date("2008-06-01"), new Date("2008-07-01")], hash: true,
 * });
 * ```
 */
export interface TimelineOptions {
  /** The data: native JSON text or object, CSV text, or TimelineJS JSON. Read with `loadTimeline`. */
  data?: unknown;
  /** Format of `data`; default `auto`. */
  format?: InputFormat;
  /** How to read all-numeric dates in `data` such as `7/6/2008`: `"DMY"` or `"MDY"` (see `loadTimeline`). */
  dateFormat?: DateFormat;
  /** The first year a two-digit year in `data` (`5/31/17`) can be (see `loadTimeline`). */
  twoDigitYearsFrom?: number;
  /** An already loaded timeline, instead of `data`. */
  timeline?: Timeline;
  /** Height in px; default 420. The width follows the element. */
  height?: number;
  /**
   * The reader's language, for every word, date and digit: a BCP 47 tag (`"fa-IR"`, `"ar"`,
   * `"de-AT"`) or a date-fns locale (whose `code` names the language); default en-GB.
   */
  locale?: Locale | string;
  /** A page's own words, replacing any of the locale's (see `MessagesOverride`). */
  messages?: MessagesOverride;
  /** The calendar dates are shown in (data stays Gregorian EDTF); default "gregory". */
  calendar?: Calendar;
  /** Text direction of labels, lists, card and toolbar; default the element's own (its computed `direction`). */
  dir?: "ltr" | "rtl";
  /** Which way time runs on the axis; default "ltr" (earlier on the left), even on a right-to-left page. */
  timeDirection?: "ltr" | "rtl";
  /** The window to show first, as UTC ms or Dates; default the whole timeline. */
  window?: [number | Date, number | Date];
  /**
   * Leave long empty stretches out of the axis, each stretch of events at a scale of its own:
   * `"auto"` (default), `"none"`, or the stretches as [start, end] pairs (see `segmentsOf`).
   */
  breaks?: BreaksOption;
  /** Accessible name of the chart; default the timeline's title. */
  label?: string;
  /** Show the overview strip; default true. */
  overview?: boolean;
  /**
   * Show the events' pictures (`media`), loaded from their addresses. Off by default: the page
   * fetches nothing it did not ask for, and the card says what the picture shows and who made it.
   */
  media?: boolean;
  /** Colour theme: "light", "dark", or "auto" to follow the reader's system; default "light". */
  theme?: "light" | "dark" | "auto";
  /**
   * Which view leads: the chart with the event list under it, the list alone, or the story (one
   * event at a time under the chart zoomed to it, with previous and next). Default "chart", and
   * "story" for a TimelineJS file given as `data`.
   */
  view?: "chart" | "list" | "story";
  /**
   * Keep the visible window and the selected event in the page's URL hash (`#cl=start,end,id`),
   * so a shared link opens on the same view. Off by default; one timeline per page should use it.
   */
  hash?: boolean;
  /** Text measure for labels; default the canvas in a browser, a width table elsewhere. */
  measure?: Measure;
  /**
   * Level of the "Events" and "Sources" headings and of the card's title, 1 to 6 (the card's
   * "Sources" is one lower); default 3. Choose the level that follows the page's own headings.
   * Anything else throws a RangeError.
   */
  headingLevel?: number;
}

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
  /** The reader's language, a BCP 47 tag or a date-fns locale; default en-GB. */
  locale?: Locale | string;
  /** A page's own words, replacing any of the locale's. */
  messages?: MessagesOverride;
  /** The calendar dates are shown in; default "gregory". */
  calendar?: Calendar;
  /** Text direction; default the locale's (right to left for Arabic, Persian, Hebrew, Sorani…). */
  dir?: "ltr" | "rtl";
  /** Which way time runs on the axis; default "ltr". */
  timeDirection?: "ltr" | "rtl";
  /** Axis breaks: `"auto"` (default), `"none"`, or the empty stretches to leave out. */
  breaks?: BreaksOption;
  /** Show the events' pictures, as `<img>` in the event list (their addresses are fetched by the reader's browser); default off. */
  media?: boolean;
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
  /**
   * Which view leads: "chart" (default), "list", or "story", written at its first slide (the
   * title slide, or the first event with the chart zoomed to it), so `createTimeline` with the
   * same `view` takes it over. Without a script the slide's buttons stay disabled.
   */
  view?: "chart" | "list" | "story";
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
