import type { Meta, StoryObj } from "@storybook/html-vite";
import seedCsv from "../examples/seed-tehran-2008/events.csv?raw";
import seedJson from "../examples/seed-tehran-2008/events.json?raw";
import { DEFAULT_ARGS, TIMELINE_ARG_TYPES, mount, scroller, type TimelineArgs } from "./support.js";

/** The seed story (Maliki in Tehran, June 2008, beside the Iran–Iraq war) with every option as a control. */
const meta = {
  title: "Timeline",
  args: DEFAULT_ARGS,
  argTypes: TIMELINE_ARG_TYPES,
  render: (args) => mount(args, { data: seedJson }).container,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/** `createTimeline(element, { data })` with the seed's native JSON. */
export const Seed: Story = {};

/** The same story from the journalist's spreadsheet (CSV), read with `format: "csv"`. */
export const SeedFromCsv: Story = {
  name: "Seed (CSV)",
  render: (args) => mount(args, { data: seedCsv, format: "csv" }).container,
};

/** `window`: opens on June–August 2008 instead of the whole extent. */
export const Window: Story = {
  render: (args) => mount(args, { data: seedJson, window: [Date.UTC(2008, 5, 1), Date.UTC(2008, 8, 1)] }).container,
};

/** 320 px, the narrowest phone. */
export const Narrow: Story = { args: { width: 320 } };

/** 1600 px, in a box that scrolls sideways on a narrower page. */
export const Wide: Story = { args: { width: 1600 }, parameters: { layout: "fullscreen" }, render: (args) => scroller(mount(args, { data: seedJson }).container) };

/** `view: "list"`: the event list alone (the "List" button toggles it). */
export const EventList: Story = { name: "Event list view", args: { view: "list" } };

/** No overview strip, a custom accessible name, and the German locale. */
export const Options: Story = {
  name: "Options: locale, label, no overview",
  args: { locale: "de", overview: false, label: "Malikis Besuch in Teheran", height: 320 },
};
