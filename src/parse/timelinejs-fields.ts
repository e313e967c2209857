/**
 * The fields of a TimelineJS3 JSON file that citeline does not read, said: a slide's `uniqueid`
 * (TimelineJS's compiled `years.json` example writes it for `unique_id`), an early draft's `date`
 * for `start_date`, a StoryMapJS `location`. TimelineJS ignores them without a word, so the
 * author never learns that the id or date they wrote was not read; citeline warns, once per
 * slide and field, with the field it was likely meant to be. Blank values are passed over:
 * nothing written, nothing lost.
 *
 * @module
 */
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { blank, isRecord, own } from "./own.js";

// What TimelineJS3's JSON format names (timeline.knightlab.com/docs/json-format.html). Some are
// read, the rest (background, autolink, a picture's thumbnail, a date's format) have no place in
// citeline, as the importer's documentation says; none of these is reported. Nor is `thumb`,
// TimelineJS 2's thumbnail, which old files keep (the wedding example has one on every slide):
// the thumbnail is not read whatever its name.
const SLIDE = ["start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"];
const ERA = ["start_date", "end_date", "text"];
const DATE = ["year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"];
const PARTS: Record<string, readonly string[]> = {
  text: ["headline", "text"],
  media: ["url", "caption", "credit", "thumbnail", "thumb", "alt", "title", "link", "link_target"],
  start_date: DATE,
  end_date: DATE,
};

// Names people write for a field, by their letters alone (case, `_`, `-` and spaces aside).
const LIKELY: Record<string, string> = { date: "start_date", start: "start_date", end: "end_date", id: "unique_id", headline: "text.headline", title: "text.headline", description: "text.text", image: "media.url" };
// In a date object: the cosmological example's "Today" slide writes `display_text: "Now"`.
const LIKELY_IN_DATE: Record<string, string> = { displaytext: "display_date", display: "display_date", text: "display_date" };
const letters = (name: string) => name.toLowerCase().replace(/[\s_-]/g, "");

/**
 * A warning (`unknown-field`) for each field of a slide, the title slide or an era, or of their
 * `text`, `media` and date objects, that TimelineJS3 does not define, where a value is written.
 *
 * @example
 * ```ts
 * strayFields({ events: [{ start_date: { year: 1900 }, uniqueid: "a" }] });
 * // [{ code: "unknown-field", section: "events", index: 0, field: "uniqueid",
 * //    message: 'Unknown field "uniqueid" was ignored. Did you mean "unique_id"?', … }]
 * ```
 */
export function strayFields(json: Record<string, unknown>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const title = own(json, "title");
  if (isRecord(title)) check(title, SLIDE, "", (field, guess) => out.push(warn({ section: "timeline", field: `title.${field}` }, `title.${field}`, guess)));
  for (const [section, keys] of [["events", SLIDE], ["eras", ERA]] as const) {
    const list = own(json, section);
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, index) => {
      if (isRecord(item)) check(item, keys, "", (field, guess) => out.push(warn({ section, index, field }, field, guess)));
    });
  }
  return out;
}

function check(item: Record<string, unknown>, keys: readonly string[], prefix: string, report: (field: string, guess: string | undefined) => void): void {
  for (const key of Object.keys(item)) {
    const value = item[key];
    if (!keys.includes(key)) {
      if (!empty(value)) report(prefix + key, guessOf(key, keys, prefix));
      continue;
    }
    const parts = prefix === "" ? PARTS[key] : undefined;
    if (parts && isRecord(value)) check(value, parts, `${key}.`, report);
  }
}

function guessOf(key: string, keys: readonly string[], prefix: string): string | undefined {
  const name = letters(key);
  const same = keys.find((k) => letters(k) === name);
  if (same) return prefix + same;
  if (prefix === "") return likely(LIKELY, name);
  const inDate = prefix.endsWith("_date.") ? likely(LIKELY_IN_DATE, name) : undefined;
  return inDate === undefined ? undefined : prefix + inDate;
}

// Own entries only: a slide's `constructor` must not find Object.
function likely(names: Record<string, string>, name: string): string | undefined {
  return Object.hasOwn(names, name) ? names[name] : undefined;
}

// Nothing written: blank text, or an object or list of blanks (a StoryMapJS location left empty).
function empty(value: unknown): boolean {
  if (blank(value)) return true;
  if (Array.isArray(value)) return value.every(empty);
  return isRecord(value) && Object.values(value).every(empty);
}

function warn(at: { section: "timeline" | "events" | "eras"; index?: number; field: string }, name: string, guess: string | undefined): Diagnostic {
  return diagnostic("unknown-field", at, guess === undefined ? { value: name } : { value: name, detail: guess });
}
