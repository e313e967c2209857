/**
 * What the loader gives back: a `Timeline` of checked events, numbered sources, lanes and eras,
 * with every date read into a `FuzzyDate`.
 *
 * @module
 */
import type { FuzzyDate } from "./dates.js";
import type { SourceKind } from "./input.js";

/**
 * A source after loading: merged, numbered and with only a safe link.
 *
 * @example
 * ```ts
 * for (const s of timeline.sources) console.log(`[${s.number}] ${s.publisher}`, s.url ?? "");
 * ```
 */
export interface Source {
  /** Identifier, given or generated. */
  id: string;
  /** Citation number, from 1, in order of first citation along the timeline. */
  number: number;
  /** Title of the article or document. */
  title?: string;
  /** Who published it. */
  publisher: string;
  /** Author line. */
  author?: string;
  /** An http(s) or mailto URL; anything else was dropped with a diagnostic. */
  url?: string;
  /** When it was published. */
  published?: FuzzyDate;
  /** When it was read. */
  accessed?: FuzzyDate;
  /** The supporting excerpt. */
  quote?: string;
  /** Id of the source that relayed this one. */
  via?: string;
  /** What sort of source it is. */
  kind?: SourceKind;
  /** Id of a source this one contests. */
  disputes?: string;
}

/**
 * An event after loading.
 *
 * @example
 * ```ts
 * for (const e of timeline.events) console.log(e.id, e.title, describeDate(e.start), e.sources.length);
 * ```
 */
export interface TimelineEvent {
  /** Identifier, given or generated; unique in the timeline. */
  id: string;
  /** Position of the event in the input (array index, or data row from 0 in CSV). */
  index: number;
  /** Headline. */
  title: string;
  /** When it happened or began. */
  start: FuzzyDate;
  /** When it ended; absent for a point in time. */
  end?: FuzzyDate;
  /** Longer text. */
  description?: string;
  /** Id of its group. */
  group?: string;
  /** Free labels. */
  tags: string[];
  /** Label priority, 0 to 100. */
  importance: number;
  /** Ids of the sources it cites, in the order written. */
  sources: string[];
  /** Text shown instead of the formatted date. */
  displayDate?: string;
  /** Its picture, with a checked address. */
  media?: Media;
  /**
   * Accounts that disagree, in the order given; `start` and `end` are then the time they cover
   * together, and `sources` every source they cite (then the event's own).
   */
  accounts?: Account[];
  /** Not yet checked by a person: shown as a draft. Absent once checked. */
  draft?: true;
}

/**
 * One account of a disputed event after loading.
 *
 * @example
 * ```ts
 * for (const a of event.accounts ?? []) console.log(describeSpan(a.start, a.end), a.sources);
 * ```
 */
export interface Account {
  /** When this account says it happened or began. */
  start: FuzzyDate;
  /** When this account says it ended. */
  end?: FuzzyDate;
  /** What it says. */
  description?: string;
  /** Ids of the sources giving it. */
  sources: string[];
}

/**
 * An event's picture after loading: a safe address, the alt text (`""` for a decorative image)
 * and the source its credit is.
 *
 * @example
 * ```ts
 * const m = timeline.events[0]?.media;
 * if (m) console.log(m.url, m.alt || "(decorative)", m.credit ?? "");
 * ```
 */
export interface Media {
  /** An http(s) address, or one relative to the page; anything else was dropped with a diagnostic. */
  url: string;
  /** What the image shows; `""` when it is decorative (or its alt text was missing, with a warning). */
  alt: string;
  /** Who made or owns it. */
  credit?: string;
  /** The line under it. */
  caption?: string;
  /** Id of the source its credit is (one of the event's sources). */
  source?: string;
}

/**
 * A lane after loading.
 *
 * @example
 * ```ts
 * timeline.groups.map((g) => g.label); // ["Iraq", "Iran"]
 * ```
 */
export interface Group {
  /** Identifier. */
  id: string;
  /** Heading. */
  label: string;
  /** Position from 0, after sorting by `order`. */
  order: number;
}

/**
 * A background span after loading.
 *
 * @example
 * ```ts
 * timeline.eras.map((era) => `${era.title}: ${describeSpan(era.start, era.end ?? era.start)}`);
 * ```
 */
export interface Era {
  /** Identifier. */
  id: string;
  /** Position of the era in the input. */
  index: number;
  /** Label. */
  title: string;
  /** When it began. */
  start: FuzzyDate;
  /** When it ended. */
  end?: FuzzyDate;
  /** Ids of the sources it cites. */
  sources: string[];
}

/**
 * A loaded timeline: events in time order, sources numbered once, every reference checked. It is
 * read, never changed: the layout keeps what it works out per timeline, and the empty `tags` and
 * `sources` of events (and eras) are one frozen list. To change a timeline, load its input again.
 *
 * @example
 * ```ts
 * const { timeline } = loadTimeline(csvText);
 * console.log(timeline.title, timeline.events.length, timeline.sources.length);
 * ```
 */
export interface Timeline {
  /** Title. */
  title?: string;
  /** Introduction. */
  description?: string;
  /** Events sorted by start, then end, then input position. */
  events: TimelineEvent[];
  /** Every source, sorted by citation number. */
  sources: Source[];
  /** Lanes in display order. */
  groups: Group[];
  /** Background spans sorted by start. */
  eras: Era[];
  /** The order of story mode, as event ids (each naming an event, once); absent: every event in time order. */
  story?: string[];
}
