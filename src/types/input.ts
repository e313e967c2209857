/**
 * What you write: a timeline's events, sources, groups and eras as input, in JSON or a
 * spreadsheet's columns.
 *
 * @module
 */
import type { DateInput } from "./dates.js";

/**
 * The kind of a source, used for labels and filtering. Free text is allowed; these are the usual ones.
 *
 * @example
 * ```ts
 * const irna: SourceInput = { publisher: "IRNA", kind: "state-media" };
 * ```
 */
export type SourceKind =
  | "news"
  | "state-media"
  | "government"
  | "commentary"
  | "encyclopedia"
  | "primary-document"
  | "academic"
  | "other"
  | (string & {});

/**
 * A citation: who says so, where and when. A source is not a link; `url` is optional.
 *
 * @example
 * ```json
 * { "id": "irna", "publisher": "IRNA", "kind": "state-media", "via": "nyt-2008-06-09" }
 * ```
 */
export interface SourceInput {
  /** Identifier that events use to cite this source. Generated from url or publisher+title when missing. */
  id?: string;
  /** A loaded timeline's citation number; ignored on loading, since numbers follow the order of citation. */
  number?: number;
  /** Title of the article, document or page. */
  title?: string;
  /** Who published it, e.g. "The New York Times", "IRNA". Required. */
  publisher: string;
  /** Author or authors, as one line. */
  author?: string;
  /** Where to read it. Only http(s) and mailto URLs are kept. */
  url?: string;
  /** When it was published. */
  published?: DateInput;
  /** When you read it (for web pages that change). */
  accessed?: DateInput;
  /** The excerpt that supports the claim. */
  quote?: string;
  /**
   * The source that relayed this one: "IRNA, via The New York Times" is IRNA with `via` naming the
   * Times. An id of another source, or an inline source.
   */
  via?: string | SourceInput;
  /**
   * Id of a source this one contests: it gives another account of the same events ("IRNA
   * disputes the Times"). The card says so beside the citation.
   */
  disputes?: string;
  /** What sort of source it is: news, state-media, government, commentary, encyclopedia, primary-document, … */
  kind?: SourceKind;
}

/**
 * One dated event.
 *
 * @example
 * ```json
 * { "title": "Maliki meets Ahmadinejad", "start": "2008-06-08", "sources": ["irna"] }
 * ```
 */
export interface EventInput {
  /** Stable identifier; generated deterministically from start and title when missing. */
  id?: string;
  /**
   * Position in the input the event was first loaded from, as a loaded timeline writes it, so a
   * saved timeline keeps its order for events at the same time. Default: its position here.
   */
  index?: number;
  /** Short headline. Plain text. */
  title: string;
  /**
   * When it happened or began. An EDTF interval here (`"1980/1988"`) sets both start and end.
   * Required, unless the event has `accounts`: then each account gives its own date.
   */
  start?: DateInput;
  /** When it ended, for spans. Omit for a point in time. */
  end?: DateInput;
  /** Longer text. Plain text: markup is shown as written, never interpreted. */
  description?: string;
  /** Id of the group (lane) it belongs to. */
  group?: string;
  /** Free labels. */
  tags?: string[];
  /** Which labels survive when space is short: higher wins. A number from 0 to 100; default 50. */
  importance?: number;
  /** Citations: ids of shared sources, or sources written inline. */
  sources?: (string | SourceInput)[];
  /** Text shown instead of the formatted date, e.g. "Spring (reported later)". */
  displayDate?: string;
  /** A picture of the event, with its alt text and credit. Shown only where the page opts in (`media: true`). */
  media?: MediaInput;
  /**
   * Sources that disagree about when (or how) it happened, each account with its own date and
   * sources: drawn as one event with a mark per account (accounts too close to tell apart at the
   * zoom shown share one), and said to be disputed.
   */
  accounts?: AccountInput[];
  /**
   * A draft not yet checked by a person, such as an event `draftTimeline` made from an article:
   * the timeline says so beside it ("Draft — check before publishing") until this is removed.
   */
  draft?: boolean;
}

/**
 * One source's account of an event: its date (any form `start` takes), what it says, and who
 * says so.
 *
 * @example
 * ```json
 * { "start": "2008-06-08", "description": "Met on the visit's second day.", "sources": ["irna"] }
 * ```
 */
export interface AccountInput {
  /** When this account says it happened or began. Required. */
  start: DateInput;
  /** When this account says it ended. */
  end?: DateInput;
  /** What this account says. Plain text. */
  description?: string;
  /** Who gives this account: ids of shared sources, or sources written inline. */
  sources?: (string | SourceInput)[];
}

/**
 * An event's picture. Only http(s) addresses and addresses on the page's own site
 * (`images/visit.jpg`, `/img/visit.jpg`) are kept. The credit is also entered as one of the
 * event's sources, unless the event already cites a source by that name.
 *
 * @example
 * ```json
 * { "url": "images/maliki-tehran.jpg", "alt": "Maliki and Ahmadinejad shake hands in Tehran",
 *   "credit": "IRNA", "caption": "The two leaders on 8 June 2008." }
 * ```
 */
export interface MediaInput {
  /** Address of the image: http(s), or relative to the page (same site). Required. */
  url: string;
  /**
   * What the image shows, for readers who cannot see it. Leave it out and the loader warns; write
   * `""` for a purely decorative image.
   */
  alt?: string;
  /** Who made or owns the image ("IRNA", "Photo: Jane Doe/AP"). Plain text. */
  credit?: string;
  /** A line under the image. Plain text. */
  caption?: string;
  /**
   * Id of the source that holds the credit, as a loaded timeline writes it. When it names one of
   * the event's sources (or a shared one), the credit is not entered again.
   */
  source?: string;
}

/**
 * A lane of related events.
 *
 * @example
 * ```json
 * { "id": "iraq", "label": "Iraq", "order": 1 }
 * ```
 */
export interface GroupInput {
  /** Identifier that events name in `group`. */
  id: string;
  /** Heading shown for the lane; defaults to the id. */
  label?: string;
  /** Sort key of the lane; lanes without one follow in the order written. */
  order?: number;
}

/**
 * A labelled background span, such as a war or a presidency.
 *
 * @example
 * ```json
 * { "title": "Iran–Iraq War", "start": "1980-09-22/1988-08-20", "sources": ["britannica"] }
 * ```
 */
export interface EraInput {
  /** Stable identifier; generated when missing. */
  id?: string;
  /** Position in the input the era was first loaded from (see {@link EventInput.index}). */
  index?: number;
  /** Label shown at the top of the band. */
  title: string;
  /** When it began. An EDTF interval here sets both ends. */
  start: DateInput;
  /** When it ended. */
  end?: DateInput;
  /** Citations for the era itself. */
  sources?: (string | SourceInput)[];
}

/**
 * The native input format, as JSON or as an object.
 *
 * @example
 * ```json
 * { "title": "Maliki in Tehran",
 *   "sources": [{ "id": "nyt", "publisher": "The New York Times" }],
 *   "events": [{ "title": "Visit begins", "start": "2008-06-07", "sources": ["nyt"] }] }
 * ```
 */
export interface TimelineInput {
  /** Address of the JSON Schema, so editors can check the file; the loader ignores it. */
  $schema?: string;
  /** Title of the timeline. */
  title?: string;
  /** One or two sentences that introduce it. */
  description?: string;
  /** The events. */
  events: EventInput[];
  /** Sources shared between events, cited by id. */
  sources?: SourceInput[];
  /** Lanes, in order. */
  groups?: GroupInput[];
  /** Background spans. */
  eras?: EraInput[];
  /**
   * The order of story mode (`view: "story"`): event ids, one slide each, in the order the story
   * tells them. Without it the story is every event in time order. An id that names no event is
   * reported (`unknown-story-event`) and skipped.
   */
  story?: string[];
}
