/**
 * Reading timeline options from markup: the attributes of `<cite-line>` (`height="420"`) and the
 * `data-` attributes of a `[data-citeline]` element (`data-height="420"`) say the same things the
 * same way. A value that cannot be read is reported (never silently dropped) and left at its default.
 *
 * @module
 */
import type { Locale } from "date-fns";
import { de } from "date-fns/locale/de";
import { enGB } from "date-fns/locale/en-GB";
import { enUS } from "date-fns/locale/en-US";
import { es } from "date-fns/locale/es";
import { fr } from "date-fns/locale/fr";
import { readDate } from "../model/date.js";
import type { TimelineOptions } from "../view/timeline.js";
import type { InputFormat } from "../types.js";

/** The option names markup can set, as attribute names (`data-` is added for `[data-citeline]`). */
export const OPTION_ATTRIBUTES = ["height", "locale", "theme", "window", "label", "format", "view", "heading-level"] as const;
export type OptionAttribute = (typeof OPTION_ATTRIBUTES)[number];

/**
 * The locales markup can name. Bundled statically, so a page never fetches a locale file from
 * anywhere; an application that needs another passes a date-fns `Locale` to `createTimeline`.
 *
 * @example
 * ```ts
 * Object.keys(LOCALES); // ["en-GB", "en-US", "de", "fr", "es"]
 * ```
 */
export const LOCALES: Readonly<Record<string, Locale>> = { "en-GB": enGB, "en-US": enUS, de, fr, es };

const THEMES = ["light", "dark", "auto"] as const;
const FORMATS = ["auto", "json", "csv", "timelinejs"] as const;
const VIEWS = ["chart", "list"] as const;
const MIN_HEIGHT = 120;
const MAX_HEIGHT = 4000;

/** Options read from markup, and what could not be read (one sentence each). */
export interface MarkupOptions {
  options: Partial<TimelineOptions>;
  problems: string[];
}

/**
 * Read the options that markup sets. `get(name)` returns the attribute's value or null.
 *
 * @example
 * ```ts
 * readOptions((name) => element.getAttribute(`data-${name}`), (name) => `data-${name}`);
 * // { options: { height: 420, theme: "dark" }, problems: [] }
 * ```
 */
export function readOptions(get: (name: OptionAttribute) => string | null, spell: (name: OptionAttribute) => string = (n) => n): MarkupOptions {
  const options: Partial<TimelineOptions> = {};
  const problems: string[] = [];
  const bad = (name: OptionAttribute, value: string, why: string) => problems.push(`${spell(name)}="${value}" ${why}; it was ignored.`);
  for (const name of OPTION_ATTRIBUTES) {
    const raw = get(name);
    if (raw === null) continue;
    const value = raw.trim();
    switch (name) {
      case "height": {
        const px = Number(value.replace(/px$/i, ""));
        if (value !== "" && Number.isFinite(px) && px >= MIN_HEIGHT && px <= MAX_HEIGHT) options.height = Math.round(px);
        else bad(name, raw, `is not a height in pixels from ${MIN_HEIGHT} to ${MAX_HEIGHT}`);
        break;
      }
      case "locale": {
        const locale = localeFor(value);
        if (locale) options.locale = locale;
        else bad(name, raw, `is not a locale citeline bundles (${Object.keys(LOCALES).join(", ")})`);
        break;
      }
      case "theme":
        if ((THEMES as readonly string[]).includes(value)) options.theme = value as (typeof THEMES)[number];
        else bad(name, raw, `is not a theme (${THEMES.join(", ")})`);
        break;
      case "window": {
        const window = readWindow(value);
        if (window) options.window = window;
        else bad(name, raw, "is not a window such as 2008-06-01/2008-09-01 (two dates, start before end)");
        break;
      }
      case "label":
        if (value) options.label = value;
        break;
      case "view":
        if ((VIEWS as readonly string[]).includes(value)) options.view = value as (typeof VIEWS)[number];
        else bad(name, raw, `is not a view (${VIEWS.join(", ")})`);
        break;
      case "format":
        if ((FORMATS as readonly string[]).includes(value)) options.format = value as InputFormat;
        else bad(name, raw, `is not a format (${FORMATS.join(", ")})`);
        break;
      case "heading-level":
        // The level of the page's headings the timeline's headings follow: h1 to h6.
        if (/^[1-6]$/.test(value)) options.headingLevel = Number(value);
        else bad(name, raw, "is not a heading level (a whole number from 1 to 6)");
        break;
    }
  }
  return { options, problems };
}

/**
 * The bundled locale for a language tag: exact (ignoring case), else by language, so `de-AT`
 * is German and `en-AU` British English; undefined when citeline bundles none.
 *
 * @example
 * ```ts
 * localeFor("de-AT")?.code; // "de"
 * localeFor("pt");          // undefined
 * ```
 */
export function localeFor(tag: string): Locale | undefined {
  const wanted = tag.trim().toLowerCase().replace(/_/g, "-");
  if (!wanted) return undefined;
  const exact = Object.entries(LOCALES).find(([name]) => name.toLowerCase() === wanted);
  if (exact) return exact[1];
  const language = wanted.split("-")[0];
  if (language === "en") return enGB;
  return Object.entries(LOCALES).find(([name]) => name === language)?.[1];
}

/**
 * A window written as two dates, `start/end`, each in any form citeline reads (EDTF and everyday
 * spellings): `2008-06-01/2008-09-01`, `1980/1988` (the start of 1980 to the end of 1988).
 */
export function readWindow(text: string): [number, number] | undefined {
  const read = readDate(text.trim());
  if (!read.ok || !read.end || read.end.latest <= read.date.earliest) return undefined;
  return [read.date.earliest, read.end.latest];
}
