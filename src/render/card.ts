import { select, type Selection } from "d3-selection";
import type { CitationText } from "../model/citation.js";
import { appendRuns, fillCitation, retag } from "./citation.js";
import { headingLevels } from "./markup.js";

/** What the detail card shows for one event. Plain text only: it is set with `.text()`. */
export interface CardContent {
  /** Event id. */
  id: string;
  title: string;
  /** Date in words, e.g. "7–9 June 2008". */
  when: string;
  /** How well it is known, as a sentence: "Date known to the month, approximate." */
  precision: string;
  description?: string;
  citations: CitationText[];
}

/** The detail card: an HTML dialog inside the timeline's root, hidden until an event opens it. */
export interface Card {
  root: Selection<HTMLDivElement, unknown, null, undefined>;
  /** Show `content` near (x, y) in the timeline's coordinates, within `width`. */
  open(content: CardContent, x: number, y: number, width: number): void;
  /**
   * Show a list of events (a cluster that zooming cannot split: they share their dates), each a
   * button that calls `pick` with its id.
   */
  openList(title: string, events: { id: string; title: string; when: string }[], pick: (id: string) => void, x: number, y: number, width: number): void;
  close(): void;
  /** Make the title `<h{level}>` and its "Sources" one level lower (at most `<h6>`). */
  setHeadingLevel(level: number): void;
  /** The id of the event shown, or null. */
  readonly openId: string | null;
}

/**
 * Create the card. Links are kept only for http(s) and mailto URLs (checked again here, since a
 * timeline may be built by hand) and open with `rel="noopener noreferrer"`. The user's text sits in
 * `<bdi>` (or a `dir="auto"` block), so it cannot reorder the card's own words.
 */
export function createCard(container: HTMLElement, prefix: string, onClose: () => void, headingLevel = 3): Card {
  const levels = headingLevels(headingLevel);
  const root = select(container)
    .append("div")
    .attr("class", "cl-card")
    .attr("role", "dialog")
    .attr("aria-modal", "false")
    .attr("aria-labelledby", `${prefix}-card-title`)
    .attr("id", `${prefix}-card`)
    .property("hidden", true);
  root.append("button").attr("type", "button").attr("class", "cl-card-close").attr("aria-label", "Close").text("×").on("click", onClose);
  root.append("p").attr("class", "cl-card-when").append("bdi");
  root.append(`h${levels.main}`).attr("class", "cl-card-title").attr("id", `${prefix}-card-title`).append("bdi");
  root.append("p").attr("class", "cl-card-precision");
  root.append("p").attr("class", "cl-card-description").attr("dir", "auto");
  root.append(`h${levels.sub}`).attr("class", "cl-card-sources-title").text("Sources");
  root.append("ol").attr("class", "cl-card-sources");
  root.append("ul").attr("class", "cl-card-list");
  let openId: string | null = null;
  const place = (x: number, y: number, width: number) => {
    const cardWidth = Math.min(340, width - 16);
    // Positioned through the CSSOM, never a style attribute string, so a strict CSP allows it.
    const node = root.node()!;
    node.style.width = `${cardWidth}px`;
    node.style.left = `${Math.max(8, Math.min(x, width - cardWidth - 8))}px`;
    node.style.top = `${Math.max(4, y)}px`;
  };
  const show = (list: boolean) => {
    for (const cls of [".cl-card-precision", ".cl-card-description", ".cl-card-sources-title", ".cl-card-sources"]) root.select(cls).property("hidden", list);
    root.select(".cl-card-list").property("hidden", !list);
  };

  return {
    root,
    get openId() {
      return openId;
    },
    openList(title, events, pick, x, y, width) {
      openId = null;
      show(true);
      root.property("hidden", false).attr("data-event", null);
      root.select(".cl-card-when bdi").text(`${events.length} events`);
      root.select(".cl-card-title bdi").text(title);
      root
        .select(".cl-card-list")
        .selectAll<HTMLLIElement, (typeof events)[number]>("li")
        .data(events, (e) => e.id)
        .join((enter) => {
          const li = enter.append("li");
          li.append("button").attr("type", "button").attr("class", "cl-card-pick");
          return li;
        })
        .select<HTMLButtonElement>("button")
        .each(function (e) {
          this.replaceChildren();
          appendRuns(this, [{ user: e.title }, " — ", { user: e.when }]);
        })
        .on("click", (_, e) => pick(e.id));
      place(x, y, width);
    },
    open(content, x, y, width) {
      openId = content.id;
      show(false);
      root.property("hidden", false).attr("data-event", content.id);
      root.select(".cl-card-when bdi").text(content.when);
      root.select(".cl-card-title bdi").text(content.title);
      root.select(".cl-card-precision").text(content.precision);
      root.select(".cl-card-description").text(content.description ?? "").property("hidden", !content.description);
      root.select(".cl-card-sources-title").text(content.citations.length === 0 ? "No source given" : content.citations.length === 1 ? "Source" : "Sources");
      const item = root
        .select(".cl-card-sources")
        .selectAll<HTMLLIElement, CitationText>("li")
        .data(content.citations)
        .join("li")
        .attr("value", (c) => c.number);
      item.each(function (c) {
        fillCitation(this, c);
      });
      root.select(".cl-card-description").property("hidden", !content.description);
      place(x, y, width);
    },
    close() {
      openId = null;
      root.property("hidden", true).attr("data-event", null);
    },
    setHeadingLevel(level) {
      const next = headingLevels(level);
      retag(root.select(".cl-card-title").node() as Element, `h${next.main}`);
      retag(root.select(".cl-card-sources-title").node() as Element, `h${next.sub}`);
    },
  };
}

