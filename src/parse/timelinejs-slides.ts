import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { slug } from "../slug.js";
import { firstWords } from "./first-words.js";
import { htmlToText } from "./html-text.js";
import { blank, isRecord, own } from "./own.js";
import type { Origin } from "./parsed.js";
import { timelineJsDate, timelineJsDateWords, writtenDate } from "./timelinejs-date.js";
import { imageMedia } from "./media.js";
import { mediaSources, textLinkSources, type MediaSource } from "./timelinejs-media.js";
import { FROM_DATE, FROM_DISPLAY_DATE, FROM_TEXT } from "../messages/details-timelinejs.js";

/**
 * TimelineJS slides (from its JSON or its sheet template) turned into native events, eras and
 * the timeline's title, with the origins and diagnostics the model needs to speak of them.
 *
 * @module
 */

/** Where the slides come from, so that origins and messages can name them. */
export interface SlideInput {
  /** The title slide, if any. */
  title: unknown;
  /** The event slides, in the user's order. */
  slides: readonly unknown[];
  /** The eras: a list, or anything else for the model to report; `undefined` for none. */
  eras: unknown;
  /** Origin of each slide and each era (their index in the file, and line); array positions by default. */
  slideOrigins?: readonly Origin[];
  eraOrigins?: readonly Origin[];
  /** How the input names the headline, for the `title-from-text` warning. */
  headlineField: string;
}

/** The native timeline object, the warnings found, and each event's and era's origin. */
export interface SlidesRead {
  data: Record<string, unknown>;
  diagnostics: Diagnostic[];
  events: Origin[];
  eras: Origin[];
}

/** Group ids in first-seen order, one per distinct group label. */
class Groups {
  private readonly ids = new Map<string, string>();
  private readonly taken = new Set<string>();
  readonly list: { id: string; label: string }[] = [];

  /** The id for a group label; `undefined` for none. Anything not text is passed on for the model to report. */
  id(value: unknown): unknown {
    if (typeof value === "number" && Number.isFinite(value)) value = String(value);
    if (typeof value !== "string") return value ?? undefined;
    const label = value.trim();
    if (label === "") return undefined;
    let id = this.ids.get(label);
    if (id === undefined) {
      const base = slug(label) || "group";
      id = base;
      for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
      this.taken.add(id);
      this.ids.set(label, id);
      this.list.push({ id, label });
    }
    return id;
  }
}

/**
 * The title each link was first given. The model merges sources by link, keeping the first title:
 * a slide that captions the same video otherwise (Mark Twain's "another youtube video") keeps its
 * caption in its description instead of losing it in the merge.
 */
class LinkTitles {
  private readonly titles = new Map<string, string>();

  /** Take from `sources` the titles their links already have otherwise; returns them. */
  displaced(sources: MediaSource[]): string[] {
    const out: string[] = [];
    for (const source of sources) {
      if (source.url === undefined || source.title === undefined) continue;
      const link = href(source.url);
      const first = this.titles.get(link);
      if (first === undefined) this.titles.set(link, source.title);
      else if (first !== source.title) {
        if (!out.includes(source.title)) out.push(source.title);
        delete source.title;
      }
    }
    return out;
  }
}

// A link as the model will compare it (it keeps `URL#href`).
function href(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** HTML text → plain text; numbers become text; blank → undefined; anything else is passed on as is. */
function plain(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return value;
  const text = htmlToText(value);
  return text === "" ? undefined : text;
}

/** Text of a slide: `text.headline` on one line (a `<br>` in it is a space), and `text.text`, as plain text. */
function slideText(slide: Record<string, unknown>): { headline: unknown; text: unknown; html: unknown } {
  const text = own(slide, "text");
  if (!isRecord(text)) return { headline: undefined, text: undefined, html: undefined };
  const headline = plain(own(text, "headline"));
  return { headline: typeof headline === "string" ? headline.replace(/\s+/g, " ") : headline, text: plain(own(text, "text")), html: own(text, "text") };
}

/** The slide's own `display_date`, else its dates' (`start – end`, the start in words when only the end has one). */
function displayDate(slide: Record<string, unknown>): unknown {
  const given = plain(own(slide, "display_date"));
  if (given !== undefined) return given;
  const start = own(slide, "start_date");
  const end = own(slide, "end_date");
  const from = isRecord(start) ? plain(own(start, "display_date")) : undefined;
  const to = isRecord(end) ? plain(own(end, "display_date")) : undefined;
  if (typeof to !== "string") return typeof from === "string" ? from : undefined;
  const fromText = typeof from === "string" ? from : timelineJsDateWords(start);
  return fromText === undefined ? to : `${fromText} – ${to}`;
}

/** A title for a slide whose headline is blank, and what it was made from. */
function madeTitle(slide: Record<string, unknown>, text: unknown, shownDate: unknown): { title: string; from: string } | undefined {
  if (typeof text === "string") return { title: firstWords(text), from: FROM_TEXT };
  if (typeof shownDate === "string") return { title: shownDate.replace(/\s+/g, " "), from: FROM_DISPLAY_DATE };
  const words = timelineJsDateWords(own(slide, "start_date"));
  return words === undefined ? undefined : { title: words, from: FROM_DATE };
}

/** Media sources, then the text's links, and the notes (a caption or quote with no source to keep it) added to the description. */
function citations(slide: Record<string, unknown>, text: { text: unknown; html: unknown }, titles: LinkTitles): { sources: MediaSource[]; description: unknown } {
  const media = mediaSources(own(slide, "media"));
  const sources = [...media.sources, ...textLinkSources(text.html, media.sources)];
  const notes = [...(media.note === undefined ? [] : [media.note]), ...titles.displaced(sources)];
  if (notes.length === 0) return { sources, description: text.text };
  return { sources, description: [...(typeof text.text === "string" ? [text.text] : []), ...notes].join("\n\n") };
}

/** One TimelineJS slide as a native event, and the title made for it when its headline is blank. */
function eventFrom(slide: unknown, groups: Groups, titles: LinkTitles): { event: unknown; made?: { title: string; from: string } } {
  if (!isRecord(slide)) return { event: slide };
  const event: Record<string, unknown> = {};
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) event[key] = value;
  };
  const text = slideText(slide);
  const { sources, description } = citations(slide, text, titles);
  const shownDate = displayDate(slide);
  const made = text.headline === undefined ? madeTitle(slide, text.text, shownDate) : undefined;
  const id = own(slide, "unique_id");
  set("id", typeof id === "number" && Number.isFinite(id) ? String(id) : blank(id) ? undefined : id);
  set("title", made?.title ?? text.headline);
  set("start", timelineJsDate(own(slide, "start_date")));
  set("end", timelineJsDate(own(slide, "end_date")));
  set("description", description);
  set("group", groups.id(own(slide, "group")));
  set("displayDate", shownDate);
  if (sources.length > 0) event.sources = sources;
  // A picture is shown as well as cited (its credit is among the sources above).
  set("media", imageMedia(own(slide, "media")));
  return made === undefined ? { event } : { event, made };
}

/** One TimelineJS era as a native era. */
function eraFrom(era: unknown): unknown {
  if (!isRecord(era)) return era;
  const out: Record<string, unknown> = {};
  const headline = slideText(era).headline;
  if (headline !== undefined) out.title = headline;
  const start = timelineJsDate(own(era, "start_date"));
  if (start !== undefined) out.start = start;
  const end = timelineJsDate(own(era, "end_date"));
  if (end !== undefined) out.end = end;
  return out;
}

/** An item's origin, with its dates as the user wrote them when they are date objects. */
function withWritten(origin: Origin, item: unknown): Origin {
  if (!isRecord(item)) return origin;
  const written: Record<string, string> = {};
  const start = writtenDate(own(item, "start_date"));
  if (start !== undefined) written.start = start;
  const end = writtenDate(own(item, "end_date"));
  if (end !== undefined) written.end = end;
  return Object.keys(written).length === 0 ? origin : { ...origin, written };
}

/** The title slide: the timeline's title, description and the sources its media and text cite. */
function titleFrom(title: unknown, data: Record<string, unknown>, titles: LinkTitles): void {
  if (!isRecord(title)) return;
  const text = slideText(title);
  const { sources, description } = citations(title, text, titles);
  if (text.headline !== undefined) data.title = text.headline;
  if (description !== undefined) data.description = description;
  // The title slide cites for the whole timeline: its sources are listed, though no event cites them.
  if (sources.length > 0) data.sources = sources;
}

/**
 * Read TimelineJS slides into the native timeline object: title slide, events, eras and the groups
 * the events named. A blank headline gets a title made from the slide's first words (about
 * 60 characters, cut at a word, with "…"), else its display date, else its date
 * in words, and a `title-from-text` warning addressed to the slide. Origins carry the dates as
 * written where EDTF spells them otherwise (BCE and long years), for messages.
 *
 * @example
 * ```ts
 * readSlides({ title: undefined, slides: [{ start_date: { year: 1980 }, text: { text: "War begins" } }], eras: undefined, headlineField: "text.headline" });
 * // { data: { events: [{ title: "War begins", start: "1980", description: "War begins" }] },
 * //   diagnostics: [title-from-text warning for events[0]], events: [{ index: 0 }], eras: [] }
 * ```
 */
export function readSlides(input: SlideInput): SlidesRead {
  const groups = new Groups();
  const titles = new LinkTitles();
  const data: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  titleFrom(input.title, data, titles);
  const events = input.slides.map((slide, i) => {
    const origin = withWritten(input.slideOrigins?.[i] ?? { index: i }, slide);
    const { event, made } = eventFrom(slide, groups, titles);
    if (made !== undefined) {
      const at = { section: "events" as const, index: origin.index, field: input.headlineField, ...(origin.line === undefined ? {} : { line: origin.line }) };
      diagnostics.push(diagnostic("title-from-text", at, { value: made.title, detail: made.from }));
    }
    return { event, origin };
  });
  data.events = events.map((e) => e.event);
  let eras: Origin[] = [];
  if (Array.isArray(input.eras)) {
    data.eras = input.eras.map(eraFrom);
    eras = input.eras.map((era: unknown, i) => withWritten(input.eraOrigins?.[i] ?? { index: i }, era));
  } else if (input.eras !== undefined) data.eras = input.eras;
  if (groups.list.length > 0) data.groups = groups.list;
  return { data, diagnostics, events: events.map((e) => e.origin), eras };
}
