/**
 * An event's `media` as read: the picture's checked address, its alt text, credit and caption.
 * Nothing of it is lost without a word: a refused address drops the picture with a diagnostic
 * and keeps the credit (the model enters it as a source), a missing alt text is a warning and
 * makes the picture decorative.
 *
 * @module
 */
import type { Media } from "../types.js";
import { isRecord, LIMITS, MEDIA_FIELDS } from "./fields.js";
import { safeImageSrc } from "./media-url.js";
import type { ItemReader } from "./reader.js";
import { A_MEDIA_OBJECT, MEDIA_DROPPED } from "../messages/details.js";

/** What an event's media gives: the picture (when its address stands) and the credit to cite. */
export interface MediaRead {
  /** The picture; absent when its address was missing or refused. */
  media?: Media;
  /** Who made it, to be entered as a source: kept even when the picture is dropped. */
  credit?: string;
  /** The id of the source the input says holds the credit (`media.source`). */
  source?: string;
}

const NOTHING: MediaRead = {};

/**
 * Read an event's `media` field for the event `item` reads. Every problem is a warning: media never
 * drops its event.
 *
 * @example
 * ```ts
 * readMedia({ url: "images/visit.jpg", credit: "IRNA" }, reader);
 * // { media: { url: "images/visit.jpg", alt: "", credit: "IRNA" }, credit: "IRNA" } and a media-missing-alt warning
 * ```
 */
export function readMedia(raw: unknown, item: ItemReader): MediaRead {
  if (raw === undefined || raw === null) return NOTHING;
  const reader = item.softened(MEDIA_DROPPED);
  if (!isRecord(raw)) {
    reader.report("wrong-type-ignored", "media", { value: raw, detail: A_MEDIA_OBJECT });
    return NOTHING;
  }
  const f = reader.known(raw, MEDIA_FIELDS, "media.");
  const credit = reader.text(f.credit, "media.credit");
  const caption = reader.text(f.caption, "media.caption", LIMITS.title);
  const source = reader.text(f.source, "media.source", LIMITS.id);
  const out: MediaRead = {};
  if (credit !== undefined) out.credit = credit;
  if (source !== undefined) out.source = source;
  const url = reader.text(f.url, "media.url");
  if (url === undefined) {
    if (f.url === undefined || f.url === null || typeof f.url === "string") reader.report("media-missing-url", "media.url");
    return out;
  }
  const safe = safeImageSrc(url);
  if ("problem" in safe) {
    reader.report(safe.problem, "media.url", { value: url, detail: safe.reason });
    return out;
  }
  const media: Media = { url: safe.src, alt: readAlt(f.alt, reader) };
  if (credit !== undefined) media.credit = credit;
  if (caption !== undefined) media.caption = caption;
  out.media = media;
  return out;
}

// `""` is an author's word that the picture is decorative; nothing at all is an omission.
function readAlt(raw: unknown, reader: ItemReader): string {
  if (typeof raw === "string" && raw.trim() === "") return "";
  if (raw === undefined || raw === null) {
    reader.report("media-missing-alt", "media.alt");
    return "";
  }
  // A refused alt text (not text, too long) has its own diagnostic.
  return reader.text(raw, "media.alt") ?? "";
}
