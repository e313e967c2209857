/**
 * The words of the options, in English: what each option means (the one sentence that documents
 * it in docs/options.md and in `citeline --help`), and what a wrong value is told. One wrong value
 * reads the same wherever it was given: `height="tall" is not a height in pixels from 120 to 4000;
 * it was ignored.` from markup, `--height must be a number of pixels from 120 to 4000; got "tall".`
 * from the command line, and the same `must be` as a RangeError from the API.
 *
 * @module
 */

/** How a wrong value is described: in markup (`is not …`), as text (`must be …`) and as a value. */
export interface OptionRule {
  /** After the attribute and its value: `is not a theme (light, dark, auto)`. */
  isNot: string;
  /** After a flag's `must be`: what the text must say. */
  text: string;
  /** After an API name's `must be`: what the value must be. */
  value: string;
}

/** `"light", "dark" or "auto"`. */
function either(choices: readonly string[]): string {
  const quoted = choices.map((c) => `"${c}"`);
  return quoted.length < 2 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}

const same = (isNot: string, must: string): OptionRule => ({ isNot, text: must, value: must });

/** The options' words. */
export const optionsEn = {
  /** A markup attribute that could not be read (the option keeps its default). */
  ignored: (attribute: string, raw: string, rule: OptionRule) => `${attribute}="${raw}" ${rule.isNot}; it was ignored.`,
  /** A flag or an API value that is not allowed; `got` is the value as quoted. */
  mustBe: (name: string, must: string, got: string) => `${name} must be ${must}; got ${got}.`,
  rules: {
    pixels: (noun: string, min: number, max: number) => same(`is not ${noun} in pixels from ${min} to ${max}`, `a number of pixels from ${min} to ${max}`),
    choice: (noun: string, choices: readonly string[]): OptionRule => ({ isNot: `is not ${noun} (${choices.join(", ")})`, text: either(choices), value: either(choices) }),
    locale: (known: readonly string[]): OptionRule => ({
      isNot: `is not a locale citeline bundles (${known.join(", ")})`,
      text: `a locale citeline bundles (${known.join(", ")})`,
      value: `a locale citeline bundles (${known.join(", ")}) or a date-fns locale (an object with a code)`,
    }),
    window: {
      isNot: "is not a window such as 2008-06-01/2008-09-01 (two dates, start before end)",
      text: "two dates such as 2008-06-01/2008-09-01, start before end",
      value: "two times (UTC ms or Dates), the start before the end",
    },
    breaks: {
      isNot: "is not auto, none or empty stretches such as 1989/2007 (two dates each, start before end, separated by commas)",
      text: "auto, none, or empty stretches such as 1989/2007,2009/2010",
      value: '"auto", "none", or an array of [start, end] pairs (UTC ms or Dates), each start before its end',
    },
    headingLevel: same("is not a heading level (a whole number from 1 to 6)", "a whole number from 1 to 6"),
    idPrefix: same("is not an id prefix", 'a letter followed by letters, digits, "-" or "_"'),
    lang: same("is not a language tag", "a language tag such as en-GB"),
    text: same("is not text", "a string"),
    boolean: same("is not true or false", "true or false"),
    measure: same("is not a function", "a function (text, font size) → width in px"),
    timeline: same("is not a timeline", "a loaded timeline (an object with an events array)"),
    messages: same("is not a table of words", "an object of words by section, such as { chart: { eventsHeading: \"Events\" } }"),
  },
  nouns: {
    height: "a height", width: "a width", theme: "a theme", view: "a view", format: "a format", dateFormat: "a date order",
    calendar: "a calendar", dir: "a text direction", timeDirection: "a time direction",
  },
  /** One sentence per option, for docs/options.md and `citeline --help`. */
  docs: {
    data: "The data: native JSON text or object, CSV text, or TimelineJS JSON (the command reads it from the file named).",
    timeline: "An already loaded timeline, instead of `data`.",
    format: "Format of the data: auto (default), json, csv or timelinejs.",
    dateFormat: "How to read all-numeric dates such as 7/6/2008, DMY or MDY; by default they are refused as ambiguous.",
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
  },
} as const;
