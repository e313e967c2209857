import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import seedJson from "../examples/seed-tehran-2008/events.json?raw";
import timelineJs from "../test/fixtures/timelinejs/maliki.json?raw";
import { DEFAULT_ARGS, TIMELINE_ARG_TYPES, el, handleOf, mount, type TimelineArgs } from "./support.js";

/**
 * Story mode (`view: "story"`): one event at a time under the chart, which zooms to each event and
 * highlights it. Previous and Next, ← and → in the slide, or a swipe; the live region says "Slide 3
 * of 7: …". A slide is the card's content (date in words, how well it is known, description,
 * citations); the first can be the timeline's title slide.
 */
const meta = {
  title: "Story mode",
  args: { ...DEFAULT_ARGS, view: "story" },
  argTypes: TIMELINE_ARG_TYPES,
  render: (args) => mount(args, { data: seedJson }).container,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

const slide = (canvas: HTMLElement) => canvas.querySelector<HTMLElement>(".cl-slide")!;
const slideTitle = (canvas: HTMLElement) => slide(canvas).querySelector(".cl-card-title, .cl-slide-heading")?.textContent ?? "";
const status = (canvas: HTMLElement) => canvas.querySelector(".cl-status")?.textContent ?? "";

/**
 * The seed story slide by slide: Next walks from the title slide through the events in time order;
 * the focus stays on the button pressed, the chart zooms to the event and highlights it, and the
 * live region says where the reader is.
 */
export const Seed: Story = {
  name: "The seed, slide by slide",
  play: async ({ canvasElement, step }) => {
    const handle = handleOf(canvasElement);
    const events = handle.timeline.events;
    await step("Next starts the story at its first event", async () => {
      await userEvent.click(slide(canvasElement).querySelector(".cl-slide-next")!);
      await expect(slideTitle(canvasElement)).toBe(events[0]!.title);
      await expect(status(canvasElement)).toBe(`Slide 1 of ${events.length}: ${events[0]!.title}`);
      await expect(document.activeElement?.classList.contains("cl-slide-next")).toBe(true);
    });
    await step("→ in the slide goes on, and the chart follows", async () => {
      await userEvent.keyboard("{ArrowRight}");
      await expect(slideTitle(canvasElement)).toBe(events[1]!.title);
      // The event, or the cluster holding it where it cannot be drawn apart, is highlighted.
      const shown = () => [...canvasElement.querySelectorAll(".cl-item.cl-highlighted")].map((g) => g.getAttribute("data-id") ?? "");
      const holds = (id: string) => id === events[1]!.id || handleOf(canvasElement).layout.items.some((i) => i.id === id && i.kind === "cluster" && i.members.includes(events[1]!.id));
      await waitFor(() => expect(shown().length > 0 && shown().every(holds)).toBe(true));
    });
  },
};

/** The title slide: the timeline's title and introduction, how many events, and a way in. */
export const TitleSlide: Story = {
  name: "Title slide",
  play: async ({ canvasElement }) => {
    await expect(slideTitle(canvasElement)).toBe(handleOf(canvasElement).timeline.title);
    await expect(slide(canvasElement).querySelector(".cl-slide-next")?.textContent).toMatch(/^Start the story/);
    await expect(slide(canvasElement).querySelector<HTMLButtonElement>(".cl-slide-prev")?.disabled).toBe(true);
  },
};

/**
 * An order given by the data (`story: ["visit", "meets-ahmadinejad", "iran-iraq-war"]`) and no
 * title or description: no title slide, the story opens zoomed to its first event, and tells
 * only the three events it names.
 */
export const DataOrder: Story = {
  name: "The data's own order, no title slide",
  render: (args) => {
    const data = { ...(JSON.parse(seedJson) as Record<string, unknown>), title: undefined, description: undefined, story: ["visit", "meets-ahmadinejad", "iran-iraq-war"] };
    return mount(args, { data }).container;
  },
  play: async ({ canvasElement }) => {
    await expect(slide(canvasElement).dataset.event).toBe("visit");
    await expect(slide(canvasElement).querySelector(".cl-slide-position")?.textContent).toBe("1 of 3");
  },
};

/**
 * Persian on a right-to-left page: Previous on the right, Next on the left, and ← goes on (→
 * back), as the buttons run; Persian digits in "۱ از ۷".
 */
export const Persian: Story = {
  name: "Right to left: Persian (fa-IR)",
  args: { locale: "fa-IR" },
  render: (args) => {
    const box = el("div");
    box.lang = "fa";
    box.dir = "rtl";
    // Drawn once the page holds it, so the timeline reads the page's direction (as languages.stories.ts does).
    queueMicrotask(() => mount(args, { data: seedJson, calendar: "persian" }, box));
    return box;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(".cl-slide")).not.toBeNull());
    slide(canvasElement).focus();
    await userEvent.keyboard("{ArrowLeft}");
    await expect(slide(canvasElement).querySelector(".cl-slide-position")?.textContent).toBe("۱ از ۷");
    await expect(status(canvasElement)).toMatch(/^اسلاید ۱ از ۷: /);
  },
};

/**
 * A TimelineJS file opens as a story, as its readers expect (no `view` given): its title slide
 * becomes the title slide.
 */
export const TimelineJs: Story = {
  name: "A TimelineJS file",
  render: (args) => mount(args, { data: timelineJs, view: undefined }).container,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".cl-story-view")?.getAttribute("aria-pressed")).toBe("true");
    await expect(slideTitle(canvasElement)).toBe("Maliki in Tehran, June 2008");
  },
};
