import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect, waitFor } from "storybook/test";
import disputedJson from "../examples/disputed/events.json?raw";
import disputedCsv from "../examples/disputed/events.csv?raw";
import { DEFAULT_ARGS, TIMELINE_ARG_TYPES, handleOf, mount, type TimelineArgs } from "./support.js";

const SEPTEMBER_1980: [number, number] = [Date.UTC(1980, 7, 25), Date.UTC(1980, 9, 10)];

/**
 * Disputed accounts: an event whose sources disagree about when it happened. Each account is
 * drawn as its own mark on the event's row, with the number of the source giving it, joined by a
 * bracket (accounts too close to tell apart at the zoom share one mark); the label says "disputed"; the card and the list set the accounts side by side.
 */
const meta = {
  title: "Disputed accounts",
  args: DEFAULT_ARGS,
  argTypes: TIMELINE_ARG_TYPES,
  render: (args) => mount(args, { data: disputedJson, breaks: "none", window: SEPTEMBER_1980 }).container,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

const disputedItem = (root: HTMLElement) =>
  waitFor(() => {
    const found = root.querySelector<SVGGElement>('g.cl-item[data-id="war-begins"]');
    if (!found) throw new Error("no disputed event");
    return found;
  });

/** Two accounts of the war's first day: Iraq's (4 September 1980) and most histories' (22 September). */
export const Chart: Story = {
  name: "Two accounts of one date",
  play: async ({ canvasElement }) => {
    const item = await disputedItem(canvasElement);
    await expect(item.querySelectorAll("rect.cl-account").length).toBe(2);
    await expect(item.getAttribute("aria-label")).toContain("disputed:");
  },
};

/** The whole war: 4 and 22 September 1980 a few pixels apart share one mark with both numbers, "1,2"; zoom in and they part. */
export const Close: Story = {
  name: "Accounts too close to tell apart: one mark",
  render: (args) => mount(args, { data: disputedJson, breaks: "none" }).container,
  play: async ({ canvasElement }) => {
    const item = await disputedItem(canvasElement);
    await expect(item.querySelectorAll("rect.cl-account").length).toBe(1);
    await expect(item.querySelector("text.cl-account-cites")?.textContent).toBe("1,2");
    await expect(item.getAttribute("aria-label")).toContain("or 22 September 1980");
  },
};

/** The card, opened: the accounts side by side, each with who gives it; the contesting source says whom it contests. */
export const Card: Story = {
  name: "Card: the accounts side by side",
  render: (args) => {
    const { container, handle } = mount(args, { data: disputedJson, breaks: "none", window: SEPTEMBER_1980 });
    handle.select("war-begins");
    return container;
  },
  play: async ({ canvasElement }) => {
    await disputedItem(canvasElement);
    await expect(canvasElement.querySelectorAll(".cl-card .cl-account-entry").length).toBe(2);
    await expect(canvasElement.querySelector(".cl-card .cl-cite-disputes")).not.toBeNull();
  },
};

/** The same timeline as a spreadsheet: rows that share an ID become the accounts of one event. */
export const Sheet: Story = {
  name: "From a sheet: rows with one ID",
  render: (args) => mount(args, { data: disputedCsv, breaks: "none", window: SEPTEMBER_1980, view: "list" }).container,
  play: async ({ canvasElement }) => {
    await disputedItem(canvasElement);
    await expect(handleOf(canvasElement).timeline.events.find((e) => e.id === "war-begins")?.accounts?.length).toBe(2);
  },
};
