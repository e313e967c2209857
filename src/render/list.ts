import { select } from "d3-selection";
import type { CitationText } from "../model/citation.js";
import { fillCitation, retag } from "./citation.js";
import { domId } from "./items.js";

/** One event of the list: the same timeline in words. */
export interface ListEntry {
  id: string;
  title: string;
  /** Date in words. */
  when: string;
  /** Machine-readable date for `<time datetime>`: the EDTF or ISO text. */
  datetime: string;
  /** How well the date is known, as a sentence. */
  precision: string;
  description?: string;
  /** Citation numbers. */
  citations: number[];
}

/** What the list and the sources show as selected, highlighted or out of view. */
export interface ListView {
  selected: string | null;
  /** Events highlighted (by choosing a source). */
  highlighted: ReadonlySet<string>;
  /** Source numbers highlighted (by choosing an event). */
  cited: ReadonlySet<number>;
  /** Events inside the visible window. */
  inView: ReadonlySet<string>;
  /** The source whose events are highlighted, or null. */
  source: number | null;
}

/** The event list and the sources section under the chart. */
export interface Lists {
  draw(entries: ListEntry[], sources: CitationText[], view: ListView): void;
  /** Make the "Events" and "Sources" headings `<h{level}>`. */
  setHeadingLevel(level: number): void;
  destroy(): void;
}

/**
 * Create the event list (an ordered list in time order, what screen-reader users and no-JS
 * readers get) and the numbered sources section, headed `<h{headingLevel}>`. Choosing an event in
 * the list calls `onEvent`; choosing a source calls `onSource` with its number. Text only ever
 * through textContent, the user's in `<bdi>` (or a `dir="auto"` block) so it cannot reorder ours.
 */
export function createLists(container: HTMLElement, prefix: string, onEvent: (id: string) => void, onSource: (n: number | null) => void, headingLevel = 3): Lists {
  const root = select(container);
  const events = root.append("section").attr("class", "cl-events").attr("aria-labelledby", `${prefix}-events-title`);
  events.append(`h${headingLevel}`).attr("class", "cl-list-heading").attr("id", `${prefix}-events-title`).text("Events");
  const list = events.append("ol").attr("class", "cl-list");
  const sources = root.append("section").attr("class", "cl-sources").attr("aria-labelledby", `${prefix}-sources-title`);
  sources.append(`h${headingLevel}`).attr("class", "cl-list-heading").attr("id", `${prefix}-sources-title`).text("Sources");
  const sourceList = sources.append("ol").attr("class", "cl-source-list");

  // What each list item was last filled with, so a redraw rewrites only what changed.
  const filled = new WeakMap<Element, ListEntry | CitationText>();
  let shownSource: number | null = null;

  return {
    draw(entries, cited, view) {
      shownSource = view.source;
      list
        .selectAll<HTMLLIElement, ListEntry>("li.cl-entry")
        .data(entries, (e) => e.id)
        .join((enter) => {
          const li = enter.append("li").attr("class", "cl-entry");
          li.append("time").attr("class", "cl-entry-when").append("bdi");
          li.append("button").attr("type", "button").attr("class", "cl-entry-title").append("bdi");
          li.append("span").attr("class", "cl-entry-precision");
          li.append("p").attr("class", "cl-entry-description").attr("dir", "auto");
          li.append("span").attr("class", "cl-entry-cites");
          return li;
        })
        .attr("id", (e) => `${domId(prefix, e.id)}-entry`)
        .attr("data-id", (e) => e.id)
        .classed("cl-selected", (e) => e.id === view.selected)
        .classed("cl-highlighted", (e) => view.highlighted.has(e.id))
        .classed("cl-out-of-view", (e) => !view.inView.has(e.id))
        .each(function (e) {
          const li = select(this);
          li.select("button").attr("aria-pressed", e.id === view.selected ? "true" : "false");
          // Words are written when the entry is new or its words changed, not on every select:
          // rewriting hundreds of entries' text is what made select() take a tenth of a second.
          if (filled.get(this) === e) return;
          filled.set(this, e);
          li.select("time").attr("datetime", e.datetime).select("bdi").text(e.when);
          li.select("button.cl-entry-title bdi").text(e.title);
          li.select("button").on("click", () => onEvent(e.id));
          li.select(".cl-entry-precision").text(e.precision);
          li.select(".cl-entry-description").text(e.description ?? "").property("hidden", !e.description);
          const cites = li.select<HTMLSpanElement>(".cl-entry-cites");
          cites.selectAll("a").data(e.citations.length ? e.citations : []).join("a")
            .attr("href", (n) => `#${prefix}-source-${n}`)
            .attr("class", "cl-cite-ref")
            .text((n) => `[${n}]`);
          cites.selectAll("em").data(e.citations.length ? [] : [0]).join("em").attr("class", "cl-unsourced-note").text("No source given");
        });
      sourceList
        .selectAll<HTMLLIElement, CitationText>("li.cl-source")
        .data(cited, (c) => String(c.number))
        .join((enter) => enter.append("li").attr("class", "cl-source"))
        .attr("id", (c) => `${prefix}-source-${c.number}`)
        .attr("value", (c) => c.number)
        .classed("cl-cited", (c) => view.cited.has(c.number))
        .classed("cl-highlighted", (c) => c.number === view.source)
        .each(function (c) {
          if (filled.get(this) !== c) {
            filled.set(this, c);
            fillCitation(this, c);
            const button = this.ownerDocument.createElement("button");
            button.type = "button";
            button.className = "cl-source-events";
            button.addEventListener("click", () => onSource(shownSource === c.number ? null : c.number));
            this.append(" ", button);
          }
          const button = this.querySelector<HTMLButtonElement>("button.cl-source-events");
          const pressed = c.number === view.source ? "true" : "false";
          // Only the buttons whose state changed are touched: two per select, not one per source.
          if (button && button.getAttribute("aria-pressed") !== pressed) {
            button.textContent = pressed === "true" ? "Clear" : "Show its events";
            button.setAttribute("aria-pressed", pressed);
          }
        });
    },
    setHeadingLevel(level) {
      for (const section of [events, sources]) retag(section.select(".cl-list-heading").node() as Element, `h${level}`);
    },
    destroy() {
      events.remove();
      sources.remove();
    },
  };
}
