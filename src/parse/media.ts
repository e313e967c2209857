import { htmlLines, httpLink } from "./html-links.js";
import { htmlToText } from "./html-text.js";
import { isRecord, own } from "./own.js";

/**
 * Which imported media is a picture, and the native `media` it makes: TimelineJS slides (JSON or
 * sheet) and spreadsheet Media columns. Only an image file becomes a picture; a video, a tweet, a
 * map or any other embed stays what timelinejs-media.ts makes of it (a citation), never a player.
 *
 * @module
 */

// The picture endings TimelineJS draws as an image (its MediaType: jpg, jpeg, png, gif, svg),
// and the newer ones every browser draws too.
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|svg)$/i;

/** A native `media` object as an importer writes it, unchecked: the model reads it. */
export interface ImportedMedia {
  url: string;
  alt?: string;
  credit?: string;
  caption?: string;
}

/**
 * Whether an address names an image file by its ending (before any `?query` or `#fragment`).
 *
 * @example
 * ```ts
 * isImageAddress("https://upload.wikimedia.org/a/Ada_Lovelace_portrait.jpg"); // true
 * isImageAddress("https://www.youtube.com/watch?v=abc");                     // false
 * isImageAddress("images/visit.webp?v=2");                                   // true
 * isImageAddress("https://commons.wikimedia.org/wiki/File:Bowie.jpg");       // false: a page about it
 * ```
 */
export function isImageAddress(url: string): boolean {
  const text = url.trim();
  if (text.startsWith("<")) return false;
  const path = text.split(/[?#]/, 1)[0] ?? "";
  // A wiki's page about a file (Wikimedia Commons' `/wiki/File:…jpg`) is a web page, not the picture.
  return IMAGE_FILE.test(path) && !/\/wiki\//i.test(path);
}

/**
 * The picture of a media block, `{ url, alt?, credit, caption }` as TimelineJS writes it (HTML
 * allowed in the credit and caption): `undefined` unless `url` is an image file, or `declared`
 * says it is one (a spreadsheet that gives the picture an alt text). A `//host/…` address is read
 * as https, as TimelineJS loads it. A credit of several lines is one line, its parts joined by
 * "; ". Blank parts are left out, so a missing alt text is reported by the model.
 *
 * @example
 * ```ts
 * imageMedia({ url: "https://example.org/visit.jpg", credit: "<a href='https://irna.ir'>IRNA</a>", caption: "<i>Tehran</i>" });
 * // { url: "https://example.org/visit.jpg", credit: "IRNA", caption: "Tehran" }
 * imageMedia({ url: "https://www.youtube.com/watch?v=abc" }); // undefined
 * ```
 */
export function imageMedia(media: unknown, declared = false): ImportedMedia | undefined {
  if (!isRecord(media)) return undefined;
  const raw = own(media, "url");
  if (typeof raw !== "string" || raw.trim() === "" || !(declared || isImageAddress(raw))) return undefined;
  const url = raw.trim().startsWith("//") ? (httpLink(raw) ?? raw.trim()) : raw.trim();
  const out: ImportedMedia = { url };
  const alt = plain(own(media, "alt"));
  if (alt !== undefined) out.alt = alt;
  const credit = creditLine(own(media, "credit"));
  if (credit !== undefined) out.credit = credit;
  const caption = plain(own(media, "caption"));
  if (caption !== undefined) out.caption = caption;
  return out;
}

function plain(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return undefined;
  const text = htmlToText(value).replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}

function creditLine(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return undefined;
  const lines = htmlLines(value).map((l) => l.text.replace(/\s+/g, " ").trim()).filter((t) => t !== "");
  return lines.length === 0 ? undefined : lines.join("; ");
}
