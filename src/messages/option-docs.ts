/**
 * One sentence per option, in English, for docs/options.md and `citeline --help`: what the option
 * means and its default. Apart from the options' rules (./options.ts), which every page needs to
 * tell a wrong value, since no page shows these.
 *
 * @module
 */

/** The options' sentences, by API name. */
export const optionDocsEn = {
  data: "The data: native JSON text or object, CSV text, or TimelineJS JSON (the command reads it from the file named).",
  timeline: "An already loaded timeline, instead of `data`.",
  format: "Format of the data: auto (default), json, csv or timelinejs.",
  dateFormat: "How to read all-numeric dates such as 7/6/2008, DMY or MDY; by default they are refused as ambiguous.",
  twoDigitYearsFrom: (min: number, max: number) =>
    `The first year a two-digit year (5/31/17, 28-May-15) can be, ${min} to ${max}: 1930 reads 17 as 2017 and 78 as 1978; by default such dates are refused, their century unknown.`,
  height: (min: number, max: number, fallback: number) => `Height of the chart in px, ${min} to ${max}; default ${fallback}.`,
  width: (min: number, max: number, fallback: number) => `Width of the chart in px, ${min} to ${max}; default ${fallback} (in a page, the timeline follows its element).`,
  locale: (known: readonly string[]) =>
    `The reader's language, for every word, date and digit: one of ${known.join(", ")} (de-AT reads as de), or from the API a date-fns locale; default en-GB.`,
  messages: "A page's own words, replacing any of the locale's: { chart: { eventsHeading: \"…\" } } by section (chart, layout, dates, embed, diagnostics).",
  calendar: "The calendar dates are shown in: gregory (default), persian (Solar Hijri), islamic-umalqura or islamic-civil (Hijri). Data stays Gregorian EDTF.",
  dir: "Text direction of labels, lists, card and toolbar: ltr or rtl; default the element's own, and for server rendering the locale's.",
  timeDirection: "Which way time runs on the axis: ltr (default, earlier on the left, even on a right-to-left page) or rtl (earlier on the right; arrow keys and drag follow).",
  theme: "Colour theme: light (default), dark, or auto to follow the reader's system.",
  breaks: "Leave long empty stretches out of the axis, each stretch of events at its own scale: auto (default: a stretch at least a quarter of the whole and four times as long as the crowded events beside it), none, or the stretches, such as 1989/2007.",
  window: "The window shown first: two UTC times or Dates, or in markup two dates such as 2008-06-01/2008-09-01; default the whole timeline.",
  label: "Accessible name of the chart; default the timeline's title.",
  title: "Title of the chart and of the page; default the timeline's own.",
  view: "Which view leads: chart (default, with the event list under it), list alone, or story (one event at a time under the chart, with previous and next; the default for a TimelineJS file).",
  headingLevel: "Level of the Events and Sources headings and of the card's title, 1 to 6; default 3, and 2 on a page of its own (under its h1).",
  overview: "Show the overview strip under the chart; default true.",
  hash: "Keep the window and the selected event in the page's URL hash, so a shared link opens on the same view; default off.",
  media: "Show the events' pictures, loaded from their addresses: off by default, so nothing is fetched unless the page opts in; without it a card says what the picture shows and who made it.",
  measure: "Text measure for labels; default the canvas in a browser, a width table elsewhere.",
  idPrefix: "Prefix of every element id, unique per timeline on a page: a letter, then letters, digits, - or _; default citeline.",
  css: "The text of citeline's stylesheet (citeline/style.css), inlined in the page or the SVG.",
  lang: "Language of the page (html lang); default the locale's code; anything that is not a language tag is en-GB.",
} as const;
