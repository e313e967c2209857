/**
 * Reading options from text: the attributes of `<cite-line>` (`height="420"`), the `data-`
 * attributes of a `[data-citeline]` element (`data-height="420"`) and the command's flags
 * (`--height 420`) are read by the same parser from the one table, so a value one of them accepts
 * the others accept too. Markup reports a value it cannot read (never silently dropped) and leaves
 * the option at its default; the command refuses it.
 *
 * @module
 */
import { optionsEn } from "../messages/options.js";
import { OPTION_LIST, type AnyOptions, type OptionSpec } from "./table.js";
import type { TimelineOptions } from "./types.js";

/**
 * The option names markup can set, as attribute names (`data-` is added for `[data-citeline]`):
 * the table's attributes in its order, written out so that their type is a union of names
 * (test/options.test.ts holds the two equal).
 *
 * @example
 * ```ts
 * OPTION_ATTRIBUTES.includes("heading-level"); // true
 * ```
 */
export const OPTION_ATTRIBUTES = ["height", "locale", "theme", "window", "breaks", "label", "format", "view", "heading-level", "calendar", "dir", "time-direction", "media", "date-format", "two-digit-years-from"] as const;

/** An option's attribute name. */
export type OptionAttribute = (typeof OPTION_ATTRIBUTES)[number];

/**
 * The options the command takes as flags, in the table's order.
 *
 * @example
 * ```ts
 * OPTION_FLAGS.map((o) => o.flag[0]); // ["--height", "--locale", "--theme", "--format", …]
 * ```
 */
export const OPTION_FLAGS = OPTION_LIST.filter((spec): spec is OptionSpec & { flag: readonly [string, string] } => spec.flag !== undefined);

/** Options read from text, and what could not be read (one sentence each). */
export interface MarkupOptions {
  options: Partial<TimelineOptions>;
  problems: string[];
}

/** A value read from text: the value, nothing given, or text that is no value of the option. */
type Reading = { value: unknown } | { absent: true } | { wrong: true };

function readOne(spec: OptionSpec, raw: string | null | undefined): Reading {
  if (raw === null || raw === undefined || !spec.parse) return { absent: true };
  const text = raw.trim();
  if (text === "" && spec.blankIsAbsent) return { absent: true };
  const value = spec.parse(text);
  return value === undefined ? { wrong: true } : { value };
}

/**
 * Read the options that markup sets. `get(name)` returns the attribute's value or null; `spell`
 * writes the attribute's name as the page has it, for the problems.
 *
 * @example
 * ```ts
 * readOptions((name) => element.getAttribute(`data-${name}`), (name) => `data-${name}`);
 * // { options: { height: 420, theme: "dark" }, problems: [] }
 * ```
 */
export function readOptions(get: (name: OptionAttribute) => string | null, spell: (name: OptionAttribute) => string = (n) => n): MarkupOptions {
  const options: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const spec of OPTION_LIST) {
    const attribute = spec.attribute as OptionAttribute | undefined;
    if (attribute === undefined) continue;
    const raw = get(attribute);
    const read = readOne(spec, raw);
    if ("value" in read) options[spec.name] = read.value;
    else if ("wrong" in read) problems.push(optionsEn.ignored(spell(attribute), raw ?? "", spec.rule));
  }
  // Each value is what its option's parser returned (OptionSpec<K>.parse), so of its own type.
  return { options, problems };
}

/**
 * Read the command's flags: `get(flag)` returns the text given after `--height` (and the rest), or
 * undefined. Each wrong value is a sentence such as `--height must be a number of pixels from 120
 * to 4000; got "tall".`
 *
 * @example
 * ```ts
 * readFlags((flag) => ({ "--width": "640", "--locale": "it" })[flag]);
 * // { options: { width: 640, locale: it }, problems: [] }
 * ```
 */
export function readFlags(get: (flag: string) => string | undefined): { options: Partial<AnyOptions>; problems: string[] } {
  const options: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const spec of OPTION_FLAGS) {
    const raw = get(spec.flag[0]);
    const read = readOne(spec, raw);
    if ("value" in read) options[spec.name] = read.value;
    else if ("wrong" in read) problems.push(optionsEn.mustBe(spec.flag[0], spec.rule.text, `"${raw}"`));
  }
  return { options, problems };
}

