// createTimeline in the DOM (jsdom): the detail card an event opens.
import { describe, expect, it } from "vitest";
import { SEED_TEXT, JUNE_WINDOW, WEEKLY, mount, reduceMotion, record, press, itemEl, isCluster, activeId, card, useMounts } from "./timeline-harness.js";

useMounts();

describe("the detail card", () => {
  it("select(id) opens a dialog with title, date in words, precision and numbered citations; select(null) closes it", () => {
    const { handle, element } = mount();
    const rec = record(handle);
    const c = card(element);
    expect(c.getAttribute("role")).toBe("dialog");
    expect(c.hidden).toBe(true);

    handle.select("meets-ahmadinejad");
    expect(c.hidden).toBe(false);
    expect(document.getElementById(c.getAttribute("aria-labelledby")!)!.textContent).toBe("Maliki meets President Ahmadinejad");
    expect(c.querySelector(".cl-card-when")!.textContent).toBe("8 June 2008");
    expect(c.querySelector(".cl-card-precision")!.textContent).toBe("Date known to the day.");
    // The event's group, by its heading: the card stands away from its lane's.
    expect(c.querySelector(".cl-card-group")!.textContent).toBe("Maliki in Tehran");
    const event = handle.timeline.events.find((e) => e.id === "meets-ahmadinejad")!;
    const numbers = event.sources.map((id) => handle.timeline.sources.find((s) => s.id === id)!.number);
    expect(numbers).toEqual([4, 3]); // IRNA, then The New York Times, numbered along the timeline
    const items = [...c.querySelectorAll(".cl-card-sources li")];
    expect(items.map((li) => Number(li.getAttribute("value")))).toEqual(numbers);
    expect(items.map((li) => li.querySelector(".cl-cite-number")!.textContent)).toEqual(numbers.map((n) => `[${n}] `));
    expect(items.map((li) => li.querySelector(".cl-cite-publisher")!.textContent)).toEqual(["IRNA", "The New York Times"]);
    expect(items[0]!.textContent).toContain(", via The New York Times");
    expect(rec.of("select")).toEqual([{ id: "meets-ahmadinejad", event }]);
    expect(itemEl(element, "meets-ahmadinejad")!.classList.contains("cl-selected")).toBe(true);

    handle.select("pact-vote");
    expect(c.querySelector(".cl-card-when")!.textContent).toBe("summer 2008 (uncertain)");
    expect(c.querySelector(".cl-card-precision")!.textContent).toBe("Date known to the season, uncertain.");
    expect(c.querySelector(".cl-card-sources-title")!.textContent).toBe("Source");
    expect(c.querySelector(".cl-card-group")!.textContent).toBe("US–Iraq security pact");

    handle.select(null);
    expect(c.hidden).toBe(true);
    expect(rec.of("select").at(-1)).toEqual({ id: null, event: null });
    expect(element.querySelector(".cl-selected")).toBeNull();
  });

  it("select of an unknown id closes the card", () => {
    const { handle, element } = mount();
    handle.select("visit");
    handle.select("no-such-event");
    expect(card(element).hidden).toBe(true);
  });

  it("a display date is shown as written", () => {
    const { handle, element } = mount();
    handle.select("talks-mottaki-davoudi");
    expect(card(element).querySelector(".cl-card-when")!.textContent).toBe("During the visit, 7–9 June 2008");
  });

  it("the precision of a span speaks of both ends", () => {
    const { handle, element } = mount();
    const precision = (id: string) => {
      handle.select(id);
      return card(element).querySelector(".cl-card-precision")!.textContent;
    };
    expect(precision("visit")).toBe("Dates known to the day.");
    expect(precision("iran-opposes-pact")).toBe("Dates known to the day, approximate.");
    expect(precision("iran-iraq-war")).toBe("Dates known to the day.");
    const { handle: mixed, element: el2 } = mount({ data: { events: [{ id: "m", title: "Mixed", start: "2008-06", end: "2008-07-04~" }] } });
    mixed.select("m");
    expect(card(el2).querySelector(".cl-card-precision")!.textContent).toBe("Start known to the month; end known to the day, approximate.");
  });

  it("Escape in the card closes it and gives focus back to the event", () => {
    reduceMotion();
    const { handle, element } = mount({ data: SEED_TEXT, window: JUNE_WINDOW, height: 640 });
    const rec = record(handle);
    handle.select("meets-ahmadinejad");
    expect(card(element).contains(document.activeElement)).toBe(true);
    rec.clear();
    press("Escape");
    expect(card(element).hidden).toBe(true);
    expect(activeId()).toBe("meets-ahmadinejad");
    expect(rec.of("select")).toEqual([{ id: null, event: null }]);
    expect(rec.of("focus")).toEqual([{ id: "meets-ahmadinejad" }]);
    expect(itemEl(element, "meets-ahmadinejad")!.getAttribute("tabindex")).toBe("0");
  });

  it("the close button closes the card and gives focus back too", () => {
    const { handle, element } = mount({ data: SEED_TEXT, window: JUNE_WINDOW, height: 640 });
    handle.select("visit");
    card(element).querySelector<HTMLButtonElement>(".cl-card-close")!.click();
    expect(card(element).hidden).toBe(true);
    expect(activeId()).toBe("visit");
  });

  // BUG (src/timeline.ts, closeCard → focusItem): when the event shown is inside a cluster at this
  // zoom (or out of view), focusItem(id) finds no element for it: render() resets `focused` to the
  // first item, nothing gets focus (it stays on the card's close button, now hidden, so a browser
  // drops it to <body>), and "focus" is still emitted with the id that has no element.
  it("Escape in the card of an event inside a cluster gives focus to that cluster", () => {
    const { handle, element } = mount({ data: WEEKLY, height: 200 });
    const cluster = handle.layout.items.find(isCluster)!;
    expect(cluster, "a cluster at full zoom").toBeDefined();
    const member = cluster.members[1]!;
    const rec = record(handle);
    handle.select(member);
    expect(card(element).hidden).toBe(false);
    press("Escape");
    expect(card(element).hidden).toBe(true);
    expect(activeId()).toBe(cluster.id);
    expect(itemEl(element, cluster.id)!.getAttribute("tabindex")).toBe("0");
    expect(rec.of("focus").at(-1)).toEqual({ id: cluster.id });
  });

  it("Escape in the card of an event out of view leaves focus on the timeline", () => {
    const { handle, element } = mount({ data: SEED_TEXT, window: JUNE_WINDOW, height: 640 });
    handle.select("iran-iraq-war");
    press("Escape");
    expect(card(element).hidden).toBe(true);
    const tabStop = element.querySelector('g.cl-item[tabindex="0"]');
    expect(document.activeElement).toBe(tabStop);
  });
});

// ---------------------------------------------------------------------------------------------
