import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect, waitFor } from "storybook/test";
import seedJson from "../examples/seed-tehran-2008/events.json?raw";
import deepJson from "../examples/deep-time/events.json?raw";
import { DEFAULT_ARGS, TIMELINE_ARG_TYPES, handleOf, mount, type TimelineArgs } from "./support.js";

/**
 * Axis breaks: a long empty stretch left out of the axis, and each stretch of events on either
 * side drawn at a scale of its own, so the 1980s war and the three days in June 2008 are both
 * readable on one axis. The break says how long it is; each segment says the time it covers.
 */
const meta = {
  title: "Axis breaks",
  args: DEFAULT_ARGS,
  argTypes: TIMELINE_ARG_TYPES,
  render: (args) => mount(args, { data: seedJson }).container,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/** `breaks: "auto"` (the default): the seed's twenty empty years left out, the war and the visit each at its own scale. */
export const Auto: Story = {
  name: "Auto: eight years and one afternoon",
  play: async ({ canvasElement }) => {
    const item = await waitFor(() => {
      const found = canvasElement.querySelector(".cl-break");
      if (!found) throw new Error("no break");
      return found;
    });
    await expect(item.getAttribute("role")).toBe("img");
    await expect(canvasElement.querySelectorAll(".cl-segment-caption").length).toBeGreaterThan(0);
    await expect(handleOf(canvasElement).layout.segments?.length).toBe(2);
  },
};

/** `breaks: "none"`: one linear scale over 28 years; the visit is a hairline at the right edge. */
export const None: Story = {
  name: "None: one linear scale",
  render: (args) => mount(args, { data: seedJson, breaks: "none" }).container,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll(".cl-break").length).toBe(0);
    await expect(handleOf(canvasElement).layout.pieces).toBeUndefined();
  },
};

/** `breaks: [[1990, 1991]]`: a stretch given by hand leaves out the whole empty stretch it overlaps, never part of an event. */
export const Manual: Story = {
  name: "By hand: a stretch named in the options",
  render: (args) => mount(args, { data: seedJson, breaks: [[Date.UTC(1990, 0, 1), Date.UTC(1991, 0, 1)]] }).container,
  play: async ({ canvasElement }) => {
    await expect(handleOf(canvasElement).layout.breaks?.[0]?.label).toBe("20 years");
  },
};

/** Zoomed into the visit's segment: it takes the whole width; "Show all" returns to the segments. */
export const Zoomed: Story = {
  name: "Zoomed into one segment",
  render: (args) => {
    const { container, handle } = mount(args, { data: seedJson });
    const segment = handle.layout.segments?.[1];
    if (segment) handle.zoomTo([segment.start, segment.end]);
    return container;
  },
};

/** Rome from its founding to 476: eras cover the whole time, so "auto" keeps one linear scale. */
export const DeepTime: Story = {
  name: "Deep time keeps one scale",
  render: (args) => mount(args, { data: deepJson }).container,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll(".cl-break").length).toBe(0);
  },
};
