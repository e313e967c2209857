/**
 * The spreadsheet columns citeline reads, by every name a journalist is likely to give them.
 * Headers are matched case-, space- and punctuation-insensitively; a number in a source column's
 * header ("Source 2 URL") starts another source for the same row.
 */

/** An event (or era) field a column fills. */
export type EventColumn = "id" | "type" | "title" | "start" | "end" | "description" | "group" | "tags" | "importance" | "displayDate";
/**
 * A source field a column fills; `via*` describe the source that relayed it. `media*` are
 * TimelineJS-style columns (Media, Media Credit, Media Caption), read as TimelineJS reads them:
 * the credit is the publisher, the media link its url, the caption its title; and when the media
 * is a picture (an image file, or given an alt text) also the event's `media`.
 */
export type SourceColumn =
  | "publisher" | "title" | "url" | "published" | "author" | "quote" | "kind" | "accessed"
  | "via" | "viaUrl" | "viaTitle" | "viaPublished" | "media" | "mediaCredit" | "mediaCaption" | "mediaAlt";

const EVENT_NAMES: Record<EventColumn, string[]> = {
  id: ["id", "event id", "unique id"],
  type: ["type", "row type"],
  title: ["title", "headline", "event", "event title", "what"],
  start: ["start", "date", "start date", "from", "when", "begin", "begins", "year"],
  end: ["end", "end date", "to", "until", "ends", "end year"],
  description: ["description", "desc", "text", "content", "summary", "details", "body"],
  group: ["group", "lane", "category", "track"],
  tags: ["tags", "tag", "keywords"],
  importance: ["importance", "priority", "weight"],
  displayDate: ["display date", "date label", "date text"],
};

const SOURCE_NAMES: Record<SourceColumn, string[]> = {
  publisher: ["source", "publisher", "source publisher", "outlet", "source name"],
  title: ["source title", "article", "article title", "source headline"],
  url: ["source url", "url", "link", "source link"],
  published: ["source date", "published", "source published", "publication date", "date published"],
  author: ["source author", "author", "byline", "reporter"],
  quote: ["quote", "source quote", "excerpt", "quotation"],
  kind: ["kind", "source kind", "source type"],
  accessed: ["accessed", "source accessed", "accessed date", "retrieved"],
  via: ["via", "source via", "relayed by", "via publisher"],
  viaUrl: ["via url", "via link"],
  viaTitle: ["via title"],
  viaPublished: ["via date", "via published"],
  media: ["media", "media url", "media link", "image", "image url", "photo", "photo url", "picture"],
  mediaCredit: ["media credit", "credit", "photo credit", "image credit"],
  mediaCaption: ["media caption", "caption", "photo caption", "image caption"],
  mediaAlt: ["media alt", "media alt text", "alt", "alt text", "image alt", "image alt text", "image description", "photo alt"],
};

function index<K extends string>(names: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [key, list] of Object.entries(names) as [K, string[]][]) for (const name of list) map.set(name, key);
  return map;
}
const EVENT_INDEX = index(EVENT_NAMES);
const SOURCE_INDEX = index(SOURCE_NAMES);

/** What one header names. */
export type ColumnMeaning =
  | { kind: "event"; field: EventColumn }
  | { kind: "source"; field: SourceColumn; slot: number }
  | { kind: "unknown" };

/** Fold a header to the form the tables use: "Start_Date " → "start date". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * What a spreadsheet header means.
 *
 * @example
 * ```ts
 * columnMeaning("Source 2 URL"); // { kind: "source", field: "url", slot: 2 }
 * columnMeaning("Start date");   // { kind: "event", field: "start" }
 * ```
 */
export function columnMeaning(header: string): ColumnMeaning {
  const name = normalizeHeader(header);
  const event = EVENT_INDEX.get(name);
  if (event) return { kind: "event", field: event };
  const numbered = /^(.*?)\s*\b(\d{1,2})\b\s*(.*)$/.exec(name);
  const slot = numbered ? Number(numbered[2]) : 1;
  const base = numbered ? `${numbered[1] ?? ""} ${numbered[3] ?? ""}`.trim() : name;
  const source = SOURCE_INDEX.get(base);
  if (source && slot >= 1) return { kind: "source", field: source, slot };
  return { kind: "unknown" };
}

/** Every header name citeline knows, for messages and documentation. */
export const KNOWN_COLUMNS = { event: EVENT_NAMES, source: SOURCE_NAMES } as const;
