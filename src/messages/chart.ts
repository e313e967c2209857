/**
 * The words of the drawn timeline, in English: toolbar, chart, lists, card and the announcements
 * of the live region. Keys, not sentences, reach the scene: a translation replaces this table.
 *
 * @module
 */
import { englishCount } from "./numbers.js";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const count = englishCount;

/** The chart's, lists' and card's words. */
export const chartEn = {
  defaultTitle: "Timeline",
  /** What the chart is, for assistive technology (`aria-roledescription`). */
  roleDescription: "timeline",
  toolbarLabel: "Timeline zoom",
  zoomOut: "Zoom out",
  zoomIn: "Zoom in",
  showAll: "Show all",
  listView: "List",
  /** Story mode: the toolbar's toggle, the slides' navigation and what the live region says. */
  storyView: "Story",
  /** What a story's slide is, for assistive technology (`aria-roledescription`). */
  slideRole: "slide",
  storyNav: "Slides",
  previousSlide: "Previous",
  nextSlide: "Next",
  startStory: "Start the story",
  /** The live region while story mode, pressed for, still loads (a browser build loads it on demand). */
  storyLoading: "Loading the story…",
  /** Where a slide is in the story: "3 of 12". */
  slidePosition: (n: number, total: number) => `${count(n)} of ${count(total)}`,
  /** The live region on a new slide, before its title (the user's text): "Slide 3 of 12: …". */
  slideSaid: (n: number, total: number) => `Slide ${count(n)} of ${count(total)}: `,
  /** The live region on the title slide, before the timeline's title. */
  introSaid: "Introduction: ",
  slideKeys: "The left and right arrow keys move between slides.",
  firstSlide: "This is the first slide.",
  lastSlide: "This is the last slide.",
  itemsInView: (n: number) => `${n} events and clusters in view`,
  describe: (events: number, sources: number, showing: string) => `${plural(events, "event", "events")}, ${plural(sources, "source", "sources")}. Showing ${showing}.`,
  keysHelp: "Use the arrow keys to move between events, Enter to open one, plus and minus to zoom.",
  /** The chart's description of a broken axis: each part, in words, in time order. */
  axisParts: (parts: readonly string[]) => `The axis is in ${parts.length} parts, each at its own scale: ${parts.join("; ")}.`,
  eventsHeading: "Events",
  sourcesHeading: "Sources",
  sourceHeading: "Source",
  noSource: "No source given",
  showItsEvents: "Show its events",
  clearSource: "Clear",
  close: "Close",
  eventsCount: (n: number) => plural(n, "event", "events"),
  sameTime: (n: number) => `${n} events at the same time`,
  /** Above a disputed event's accounts in the card and the list. */
  accountsHeading: (n: number) => `Disputed: ${n} accounts`,
  /** Between who gives an account and its date: "IRNA: 8 June 2008". */
  accountSeparator: ": ",
  /** Who gives an account that cites no source. */
  accountUnsourced: "No source",
  /** After the first citations or accounts an entry or a card shows, how many it leaves out. */
  andMore: (n: number) => `and ${count(n)} more`,
  /** Before the source a citation contests, after its relays: "IRNA; contests The New York Times". */
  disputes: "; contests ",
  zoomedInTo: (n: number) => `Zoomed in to ${n} events.`,
  lastEvent: "That is the last event.",
  firstEvent: "That is the first event.",
  eventsPages: "Pages of events",
  sourcesPages: "Pages of sources",
  previousPage: "Previous",
  nextPage: "Next",
  /** Where a page of a list is: "Events 26–50 of 1,000 in view", "Sources 1–25 of 3,000". */
  eventsPage: (first: number, last: number, total: number, all: boolean) => `Events ${count(first)}–${count(last)} of ${count(total)}${all ? "" : " in view"}`,
  sourcesPage: (first: number, last: number, total: number) => `Sources ${count(first)}–${count(last)} of ${count(total)}`,
  /** The card's pagers: a disputed event's accounts, its sources, the events sharing a time (each landmark its own name). */
  accountsPages: "Pages of accounts",
  accountsPage: (first: number, last: number, total: number) => `Accounts ${count(first)}–${count(last)} of ${count(total)}`,
  cardSourcesPages: "Pages of this event's sources",
  cardEventsPages: "Pages of these events",
  /** Before and after the publisher's name (the user's text, isolated between them). */
  sourceCitedBy: (n: number): [string, string] => [`${plural(n, "event", "events")} cite `, "."],
  via: ", via ",
  /** A citation's number before it in the sources list: "[3] ". */
  citeNumber: (n: number) => `[${n}] `,
  /** Between a citation's parts: "IRNA, “Title”, 8 June 2008". */
  comma: ", ",
  /** Around a source's title. */
  quotes: ["“", "”"],
  /** What an event's and a cluster's mark are, for a screen reader (`aria-roledescription`). */
  eventRole: "event",
  clusterRole: "cluster",
  pickSeparator: " — ",
  /** Around a picture's alt text where the picture is not loaded (the page did not opt in). */
  mediaAlt: ["Image: ", ""],
  /** Around who made a picture, on its citation line. */
  mediaCredit: ["Credit: ", ""],
  /** Around a picture's alt text when the picture could not be loaded. */
  mediaFailed: ["Image not available: ", ""],
  /** A decorative picture (no alt text) that could not be loaded. */
  mediaFailedBare: "Image not available",
  /** In a draft event's card and list entry (an event not yet checked by a person). */
  draftNote: "Draft — check before publishing",
  /** Above a timeline with draft events in it. */
  draftsNote: (n: number) => (n === 1 ? "1 event is a draft — check before publishing" : `${count(n)} events are drafts — check before publishing`),
  /** The publisher of an article drafted from when none was given (`draftTimeline`). */
  unknownPublisher: "Publisher not given",
} as const;
