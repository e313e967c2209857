import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect, waitFor } from "storybook/test";
import seventhCentury from "../test/fixtures/timelinejs3/compiled-seventh_century.json?raw";
import definingCourage from "../test/fixtures/published/abc-defining-courage.csv?raw";
import { DEFAULT_ARGS, TIMELINE_ARG_TYPES, handleOf, mount, type TimelineArgs } from "./support.js";

/** How sources read when the data gives little of them, or too much in one word. */
const meta = {
  title: "Sources",
  args: DEFAULT_ARGS,
  argTypes: TIMELINE_ARG_TYPES,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

const links = (canvas: HTMLElement) => [...canvas.querySelectorAll(".cl-sources a.cl-cite-link")].map((a) => a.textContent ?? "");

/**
 * TimelineJS's own seventh-century example cites each slide by a Wikipedia link alone. With no
 * title to tell them apart, each source shows its address after the host, its letters decoded
 * ("Nihawānd"): 21 addresses, where they read as 21 "en.wikipedia.org"s.
 */
export const LinksAlone: Story = {
  name: "Cited by their links alone (TimelineJS's seventh century)",
  render: (args) => mount(args, { data: seventhCentury, view: "chart" }).container,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(links(canvasElement)).toHaveLength(21));
    await expect(new Set(links(canvasElement)).size).toBe(21);
    await expect(links(canvasElement)).toContain("en.wikipedia.org/wiki/Battle_of_Nihawānd");
  },
};

// An address written into a title, a description and every part of a source, with no space to break at.
const LONG = "https://en.wikipedia.org/wiki/Timeline_of_the_Middle_Ages_and_everything_after_it_too";
const LONG_DATA = {
  title: `Eras ${LONG}`,
  events: [
    { id: "long", title: `A ${LONG}`, start: "2008-06-07", description: `See ${LONG}`, sources: [{ publisher: `Pub${LONG}`, title: `T${LONG}`, author: `Au${LONG}`, quote: `Q${LONG}`, url: LONG, via: { publisher: `Via${LONG}` } }] },
    { id: "short", title: "B", start: "2008-06-09" },
  ],
};

/**
 * Words longer than a phone is wide, in the card, the list and the sources: each wraps inside its
 * box, and the buttons' own words stay whole.
 */
export const LongWordsPhone: Story = {
  name: "Words longer than a phone is wide (320 px)",
  args: { width: 320 },
  render: (args) => {
    const { container, handle } = mount(args, { data: LONG_DATA, view: "chart" });
    handle.select("long");
    return container;
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>(".citeline")!;
    await waitFor(() => expect(root.querySelector(".cl-sources .cl-cite-publisher")).not.toBeNull());
    await expect(handleOf(canvasElement).timeline.events).toHaveLength(2);
    // Once the timeline has taken its container's width (it is drawn before the canvas holds it).
    const past = () => {
      const right = root.getBoundingClientRect().right + 0.5;
      return [...root.querySelectorAll("*")].filter((e) => !(e instanceof SVGElement) && e.getBoundingClientRect().right > right).map((e) => e.className);
    };
    await waitFor(() => expect(past()).toEqual([]), { timeout: 3000 });
    // The lists stack in a column this narrow, however wide the window.
    const [events, sources] = [root.querySelector(".cl-events"), root.querySelector(".cl-sources")].map((e) => e!.getBoundingClientRect());
    await expect(sources!.top).toBeGreaterThanOrEqual(events!.bottom - 0.5);
  },
};

/**
 * A newsroom's sheet made for a story page of its own (ABC's "Defining Courage",
 * test/fixtures/published/): its `desc` column holds the page's HTML, `<p>` after `<p>`. Read as
 * a page shows it: paragraphs in the card and the list, no tag shown, and a warning naming the
 * column; a link in it would be cited as a source of its row.
 */
export const HtmlDescriptions: Story = {
  name: "A sheet whose descriptions are HTML (ABC's Defining Courage)",
  render: (args) => mount(args, { data: definingCourage, view: "chart" }).container,
  // The card of the sheet's first event, opened once the sheet (and the HTML reader) has loaded.
  play: async ({ canvasElement }) => {
    const handle = handleOf(canvasElement);
    await handle.ready;
    handle.select(handle.timeline.events.find((e) => e.index === 1)!.id);
    const card = await waitFor(() => {
      const found = canvasElement.querySelector(".cl-card-description");
      if (!found) throw new Error("no card yet");
      return found;
    });
    await expect(card.textContent).toMatch(/^\(Paragraph 1 [^<>]*\n\n\(Paragraph 2 /);
    await expect(handleOf(canvasElement).diagnostics.filter((d) => d.code === "csv-html-text").map((d) => d.field)).toEqual(["desc"]);
  },
};
