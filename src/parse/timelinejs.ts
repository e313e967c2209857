import { diagnostic } from "../diagnostics.js";
import { isRecord, own } from "./own.js";
import type { Parsed } from "./parsed.js";
import { strayFields } from "./timelinejs-fields.js";
import { readSlides } from "./timelinejs-slides.js";

/**
 * Importers for TimelineJS3 (Knight Lab): its JSON format (here) and its Google-Sheets template
 * (timelinejs-sheet.ts). Both give native-shaped data, unchecked: the model validates it and
 * reports problems in the user's terms.
 *
 * What is kept: headlines and text (HTML turned into plain text), dates (turned into EDTF at the
 * precision written, timelinejs-date.ts), `unique_id`, `group`, `display_date`, eras, the title
 * slide, and the media — its link, credit and caption — as inline sources (timelinejs-media.ts),
 * as are the links in a slide's text; media that is an image file is also the event's picture,
 * with its `alt` (media.ts). What has no place in citeline and is dropped: the player of other
 * media (videos, posts, maps), thumbnails, `background`, `autolink`, `scale`, and an era's `text.text`.
 *
 * @module
 */

export { timelineJsDate } from "./timelinejs-date.js";
export { fromTimelineJsSheet } from "./timelinejs-sheet.js";

/** Native field name → how TimelineJS JSON names it, for diagnostics. */
const JSON_FIELDS: Record<string, string> = {
  id: "unique_id",
  title: "text.headline",
  start: "start_date",
  end: "end_date",
  description: "text.text",
  group: "group",
  displayDate: "display_date",
  sources: "media.credit",
};

/**
 * Read a TimelineJS3 JSON file (https://timeline.knightlab.com/docs/json-format.html) into
 * citeline's native shape, unchecked: the model validates it.
 *
 * Each slide becomes an event: `unique_id` → `id`, `text.headline` → `title` and `text.text` →
 * `description` (HTML made plain text), `start_date`/`end_date` → EDTF strings at the precision
 * written (see `timelineJsDate`), `display_date` → `displayDate`, `group` → a group id, `media`
 * (link, credit, caption) and links in the text → inline sources. A blank headline is allowed, as
 * in TimelineJS: the title is made from the text (or the display date, or the date) with a
 * `title-from-text` warning. The title slide gives the timeline's title, description and sources;
 * `eras` become eras; the distinct groups become `groups`, in first-seen order. `events` and
 * `eras` in the result carry each slide's index and its dates as written, for messages.
 *
 * A field TimelineJS3 does not define (`uniqueid`, `date`, `location`) is ignored with an
 * `unknown-field` warning naming the likely one (see `strayFields`).
 *
 * If `json` is not an object with an `events` array, the result holds no events and a
 * `timelinejs-missing-events` diagnostic.
 *
 * @example
 * ```ts
 * fromTimelineJs({ events: [{ start_date: { year: 2008, month: 6, day: 8 },
 *   text: { headline: "Maliki meets <b>Ahmadinejad</b>" },
 *   media: { url: "https://www.nytimes.com/…", credit: "IRNA via The New York Times" } }] }).data;
 * // { events: [{ title: "Maliki meets Ahmadinejad", start: "2008-06-08",
 * //   sources: [{ publisher: "IRNA", via: { publisher: "The New York Times", url: "https://www.nytimes.com/…" } }] }] }
 * ```
 */
export function fromTimelineJs(json: unknown): Parsed {
  const events = isRecord(json) ? own(json, "events") : undefined;
  if (!isRecord(json) || !Array.isArray(events)) {
    return { data: { events: [] }, diagnostics: [diagnostic("timelinejs-missing-events", { section: "timeline" })] };
  }
  const read = readSlides({ title: own(json, "title"), slides: events, eras: own(json, "eras"), headlineField: JSON_FIELDS.title ?? "text.headline" });
  return { data: read.data, diagnostics: [...read.diagnostics, ...strayFields(json)], events: read.events, eras: read.eras, fields: { ...JSON_FIELDS } };
}
