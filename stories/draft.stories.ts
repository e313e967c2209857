import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect, waitFor } from "storybook/test";
import article from "../test/fixtures/draft/tehran-visit-2008.txt?raw";
import { draftTimeline } from "../src/draft/draft.js";
import type { EventInput, TimelineInput } from "../src/types.js";
import { DEFAULT_ARGS, TIMELINE_ARG_TYPES, mount, type TimelineArgs } from "./support.js";

// The seed article drafted as `citeline draft article.txt --published 2008-06-09` does: every
// event marked draft until a person checks it.
const draft = draftTimeline(article, { published: "2008-06-09", publisher: "Commentary on the visit", title: "Maliki in Tehran (draft)" }).timeline;
const JUNE_2008: [number, number] = [Date.UTC(2008, 4, 28), Date.UTC(2008, 6, 1)];

/**
 * A draft: a timeline drafted from an article (`draftTimeline`, `citeline draft`), not yet checked.
 * Every draft event says so in words: "· draft" on its label's date line and in its accessible
 * name, "Draft — check before publishing" in its card and list entry, and a line above the
 * timeline counts them. Remove an event's `draft: true` once checked and its marks go.
 */
const meta = {
  title: "Draft from an article",
  args: DEFAULT_ARGS,
  argTypes: TIMELINE_ARG_TYPES,
  render: (args) => mount(args, { data: draft, window: JUNE_2008 }).container,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

const drafted = (root: HTMLElement) =>
  waitFor(() => {
    const line = root.querySelector(".cl-drafts");
    if (!line) throw new Error("no drafts line");
    return line;
  });

// An event a reviewer has checked: its draft mark removed.
function checkedOf(event: EventInput): EventInput {
  const copy = { ...event };
  delete copy.draft;
  return copy;
}

/** The seed article, drafted: eight events, each marked draft, the line above counting them. */
export const Drafted: Story = {
  name: "Drafted: every event marked",
  play: async ({ canvasElement }) => {
    await expect((await drafted(canvasElement)).textContent).toBe(`${draft.events.length} events are drafts — check before publishing`);
    const named = [...canvasElement.querySelectorAll("g.cl-item:not(.cl-cluster)")].map((g) => g.getAttribute("aria-label") ?? "");
    await expect(named.length).toBeGreaterThan(0);
    await expect(named.every((name) => name.endsWith("draft, check before publishing"))).toBe(true);
  },
};

/** Reviewing: an event's card, with the sentence it was drafted from as its source's quote. */
export const Review: Story = {
  name: "Review: a draft's card and its quote",
  render: (args) => {
    const { container, handle } = mount(args, { data: draft, window: JUNE_2008 });
    const meeting = handle.timeline.events.find((e) => /Ahmadinejad on the second day/.test(e.title));
    if (meeting) handle.select(meeting.id);
    return container;
  },
  play: async ({ canvasElement }) => {
    await drafted(canvasElement);
    await expect(canvasElement.querySelector(".cl-card .cl-card-draft")?.textContent).toBe("Draft — check before publishing");
    await expect(canvasElement.querySelector(".cl-card .cl-cite-quote, .cl-card .cl-card-sources")?.textContent).toContain("second day of a three-day visit");
  },
};

/** Checked: half the events reviewed (their `draft` removed); the rest still say so. */
export const PartlyChecked: Story = {
  name: "Partly checked",
  render: (args) => {
    const half: TimelineInput = { ...draft, events: draft.events.map((e, i) => (i % 2 === 0 ? checkedOf(e) : e)) };
    return mount(args, { data: half, window: JUNE_2008, view: "list" }).container;
  },
  play: async ({ canvasElement }) => {
    const line = await drafted(canvasElement);
    await expect(line.textContent).toBe(`${Math.floor(draft.events.length / 2)} events are drafts — check before publishing`);
  },
};
