/**
 * What an event is called for a screen reader ("title, date in words, N sources"), and whether it
 * is drawn as accounts that disagree: read by the layout for each item it draws, and by the API.
 *
 * @module
 */
import type { Locale } from "date-fns";
import { apiEn } from "../messages/api.js";
import { layoutEn, type LayoutWords } from "../messages/layout.js";
import { sayDate, saySpan, type DateWordsOptions } from "../model/date-words.js";
import { isLoadedEvent } from "../model/loaded-timeline.js";
import type { TimelineEvent } from "../types.js";

/** Whether an event is drawn as accounts that disagree: it has two or more. */
export function disputed(event: TimelineEvent): boolean {
  return event.accounts !== undefined && event.accounts.length > 1;
}

/**
 * A disputed event's date in words, each account's date one possibility ("4 September 1980 or
 * 22 September 1980"); undefined for an event that is not disputed. Its label and the list say it.
 *
 * @example
 * ```ts
 * disputedWhen(event, { locale: enGB }, layoutEn); // "disputed: 4 September 1980 or 22 September 1980"
 * ```
 */
export function disputedWhen(event: TimelineEvent, dates: DateWordsOptions, words: Pick<LayoutWords, "disputed" | "moreAccounts">): string | undefined {
  return disputed(event) ? words.disputed(firstSaid(event.accounts!, (a) => saySpan(a.start, a.end, dates), words)) : undefined;
}

// A date line or a name says the first accounts and how many more (the card and the list give
// each one): forty accounts made a date line of forty dates, and a screen reader's name of them all.
const MOST_SAID = 4;

function firstSaid<T>(accounts: readonly T[], say: (a: T) => string, words: Pick<LayoutWords, "moreAccounts">): string[] {
  const said = accounts.slice(0, MOST_SAID).map(say);
  return accounts.length > MOST_SAID ? [...said, words.moreAccounts(accounts.length - MOST_SAID)] : said;
}

/**
 * What a screen reader says for an event: "title, date in words, N sources". `dates` says how
 * dates are said (a date-fns locale alone will do, with English words), `words` are the layout's
 * words of the reader's language; English by default.
 *
 * @example
 * ```ts
 * accessibleName(event, enGB, 2); // "Maliki meets President Ahmadinejad, 8 June 2008, 2 sources"
 * ```
 */
export function accessibleName(event: TimelineEvent, dates: DateWordsOptions | Locale, sources: number, words: LayoutWords = layoutEn, sourceBy?: (id: string) => string): string {
  if (!isLoadedEvent(event) || typeof dates !== "object" || dates === null) throw new TypeError(apiEn.notRead("accessibleName", isLoadedEvent(event) ? dates : event));
  return nameOf(event, dates, sources, words, sourceBy);
}

// accessibleName unchecked: the layout names every item it draws with it.
function nameOf(event: TimelineEvent, dates: DateWordsOptions | Locale, sources: number, words: LayoutWords, sourceBy?: (id: string) => string): string {
  const said = "localize" in dates ? { locale: dates } : dates;
  // Disputed: each account's date with who gives it, "8 June 2008 (IRNA) or 9 June 2008 (…)".
  const accounts = disputed(event) ? firstSaid(event.accounts!, (a) => words.accountBy(saySpan(a.start, a.end, said), sourceBy ? a.sources.map(sourceBy).join("; ") : ""), words) : undefined;
  const when = accounts ? words.disputed(accounts) : event.end ? saySpan(event.start, event.end, said) : sayDate(event.start, said);
  const shown = event.displayDate && event.displayDate !== when ? words.shownDate(event.displayDate, when) : when;
  const name = words.eventName(event.title, shown, words.sourceCount(sources));
  return event.draft ? words.draftName(name) : name;
}

/**
 * An item's accessible name: {@link accessibleName}, and, in the last lane, where the groups past
 * the most a drawing holds share one heading that only counts them, its own group's heading.
 *
 * @example
 * ```ts
 * itemName(event, { dates: { locale: enGB }, words: layoutEn, gathered: new Map([["g25", "Group 25"]]) }); // "…, 1 source, Group 25"
 * ```
 */
export function itemName(event: TimelineEvent, c: { dates: DateWordsOptions; words: LayoutWords; sourceBy?: ((id: string) => string) | undefined; gathered?: ReadonlyMap<string, string> | undefined }): string {
  const name = nameOf(event, c.dates, event.sources.length, c.words, c.sourceBy);
  const group = event.group === undefined ? undefined : c.gathered?.get(event.group);
  return group === undefined ? name : c.words.inGroup(name, group);
}
