/**
 * The words the layout writes into the drawing, in English: accessible names of events, eras and
 * clusters, the "no source" note on a date line, a cluster's count, the fallback lane's heading
 * and the axis's periods and date patterns. A translation replaces this table.
 *
 * @module
 */
import type { Words } from "./words.js";
import { citeRuns, englishCount } from "./numbers.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The layout's words. */
export const layoutEn = {
  /** Heading of the lane for events without a group, when other lanes have one. */
  otherLane: "Other",
  /**
   * Heading of the last lane when there are more groups than a drawing holds: how many groups it
   * gathers, and whether it holds the events without a group too.
   */
  moreLanes: (groups: number, other: boolean) => `${other ? "Other events and " : ""}${plural(groups, "more group", "more groups")}`,
  /** The accessible name of an event in that lane, with its group's heading. */
  inGroup: (name: string, group: string) => `${name}, ${group}`,
  /** An event's date line when it cites no source: the fact is said in words, not only by style. */
  unsourced: (when: string) => `${when} · no source`,
  /** A date as the data wrote it, followed by the date in words when they differ. */
  shownDate: (shown: string, when: string) => `${shown} (${when})`,
  /** How many sources an event cites. */
  sourceCount: (n: number) => (n === 0 ? "no sources" : plural(n, "source", "sources")),
  /** An event's accessible name: title, date, sources. */
  eventName: (title: string, when: string, sources: string) => `${title}, ${when}, ${sources}`,
  /** An era's accessible name, with the citation numbers of its sources when it has any. */
  eraName: (title: string, when: string, citations: readonly number[]) =>
    `${title}, ${when}${citations.length ? `, ${citations.length === 1 ? "source" : "sources"} ${citations.join(", ")}` : ""}`,
  /** The citation numbers after a label: "1,3". */
  cites: (numbers: readonly number[]) => citeRuns(numbers, String, ","),
  /** A cluster's mark: how many events it holds (also measured with 8s, to size the mark by digits). */
  clusterCount: (count: number | string) => `+${count}`,
  /** A cluster's accessible name. */
  clusterName: (n: number) => `${plural(n, "event", "events")} too close together to show at this zoom; activate to see them`,
  /** An axis period of years after year 1, by its first year: "1980s". */
  yearsFrom: (year: number) => `${year}s`,
  /** An axis period before year 1 (where "the 750s BCE" would count the other way), by its first and last years. */
  yearRange: (first: string, last: string) => `${first} – ${last}`,
  /** A break in the axis, for assistive technology: how long the stretch left out is ("20 years"), and that it is. */
  breakName: (length: string) => `${length} without events, left out of the axis`,
  /** A disputed event's date line and the date in its name: its accounts' dates, each one possible. */
  disputed: (accounts: readonly string[]) => `disputed: ${accounts.join(" or ")}`,
  /** The accounts a disputed event's date line and name leave out, as the last of them: "… or 36 more". */
  moreAccounts: (n: number) => `${englishCount(n)} more`,
  /** One account in a disputed event's accessible name: its date, and who gives it. */
  accountBy: (when: string, by: string) => (by ? `${when} (${by})` : when),
  /** Before each source that relayed another, in a disputed event's name: "IRNA, via The New York Times". */
  via: ", via ",
  /** A draft event's date line: the word says so, not only a style. */
  draft: (when: string) => `${when} · draft`,
  /** A draft event's accessible name, after its title, date and sources. */
  draftName: (name: string) => `${name}; draft, check before publishing`,
  /**
   * Axis labels: patterns for times, short and long month names, and a day with its month, in the
   * letters `src/layout/axis-format.ts` reads (d, MMM, MMMM, HH, mm, 'quoted' text).
   */
  axisFormat: { time: "HH:mm", monthShort: "MMM", month: "MMMM", dayMonth: "d MMMM" },
} as const;

/** The layout's words in any language: the type the layout may name (it imports only this file). */
export type LayoutWords = Words<typeof layoutEn>;
