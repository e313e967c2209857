/**
 * The words of the options, in English: what each option means (the one sentence that documents
 * it in docs/options.md and in `citeline --help`), and what a wrong value is told. One wrong value
 * reads the same wherever it was given: `height="tall" is not a height in pixels from 120 to 4000;
 * it was ignored.` from markup, `--height must be a number of pixels from 120 to 4000; got "tall".`
 * from the command line, and the same `must be` as a RangeError from the API.
 *
 * @module
 */
import { eitherOf } from "./details.js";

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
const either = (choices: readonly string[]) => eitherOf(choices.map((c) => `"${c}"`));

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
    firstYear: (min: number, max: number) => same(`is not a year from ${min} to ${max}`, `a whole year from ${min} to ${max}`),
    headingLevel: same("is not a heading level (a whole number from 1 to 6)", "a whole number from 1 to 6"),
    idPrefix: same("is not an id prefix", 'a letter followed by letters, digits, "-" or "_"'),
    lang: same("is not a language tag", "a language tag such as en-GB"),
    text: same("is not text", "a string"),
    boolean: same("is not true or false", "true or false"),
    measure: same("is not a function", "a function (text, font size) → width in px"),
    timeline: same("is not a timeline", "a timeline loadTimeline returned (its dates read, with events, sources, groups and eras)"),
    messages: same("is not a table of words", "an object of words by section, such as { chart: { eventsHeading: \"Events\" } }"),
  },
  nouns: {
    height: "a height", width: "a width", theme: "a theme", view: "a view", format: "a format", dateFormat: "a date order",
    calendar: "a calendar", dir: "a text direction", timeDirection: "a time direction",
  },
} as const;
