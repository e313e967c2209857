import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect, waitFor } from "storybook/test";
// Served by Storybook itself (never inlined as a data: address, which citeline refuses): nothing
// here is fetched from the internet.
import visitPng from "./media/visit.png?no-inline";
import notAPicture from "./media/not-a-picture.png?no-inline";
import type { TimelineInput } from "../src/index.js";
import { DEFAULT_ARGS, TIMELINE_ARG_TYPES, el, handleOf, mount, type TimelineArgs } from "./support.js";

/**
 * An event's picture (`media`): shown in the card and the event list only where the page opts in
 * (`media: true`), lazy and with no referrer; said in words otherwise; its credit a citation.
 */
const meta = {
  title: "Media",
  args: { ...DEFAULT_ARGS, height: 460 },
  argTypes: TIMELINE_ARG_TYPES,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/** Three events in June 2008, the first with a picture described by `alt`; `media` varies per story. */
function data(media: NonNullable<TimelineInput["events"][number]["media"]>): TimelineInput {
  return {
    title: "Pictures with their credits",
    events: [
      { id: "arrival", title: "Maliki arrives in Tehran", start: "2008-06-07", media, sources: [{ publisher: "The New York Times", title: "Iraqi leader visits Iran" }] },
      { id: "talks", title: "Talks with Ahmadinejad", start: "2008-06-08", sources: [{ publisher: "IRNA" }] },
      { id: "home", title: "Back in Baghdad", start: "2008-06-09", sources: [{ publisher: "Reuters" }] },
    ],
  };
}

const PICTURE = { url: visitPng, alt: "Green hills under a summer sky, the sun high on the right", credit: "Drawn for citeline", caption: "A stand-in for a news photograph." };

// The story's timeline, with the first event's card open.
function render(args: TimelineArgs, media: Parameters<typeof data>[0], load: boolean): HTMLElement {
  const { container, handle } = mount(args, { data: data(media), media: load });
  handle.select("arrival");
  return container;
}

const card = (root: HTMLElement) =>
  waitFor(() => {
    const c = root.querySelector<HTMLElement>(".cl-card");
    if (!c || c.hidden) throw new Error("no card");
    return c;
  });

/** `media: true`: the picture, lazy and with no referrer, its caption, and the credit as a numbered citation. */
export const Present: Story = {
  name: "Picture with alt text and credit",
  render: (args) => render(args, PICTURE, true),
  play: async ({ canvasElement }) => {
    const c = await card(canvasElement);
    const img = await waitFor(() => {
      const i = c.querySelector<HTMLImageElement>("img.cl-media-img");
      if (!i?.complete || i.naturalWidth === 0) throw new Error("not loaded");
      return i;
    });
    await expect([img.alt, img.loading, img.referrerPolicy]).toEqual([PICTURE.alt, "lazy", "no-referrer"]);
    await expect(c.querySelector(".cl-media-credit")?.textContent).toMatch(/^Credit: Drawn for citeline \[\d\]$/);
  },
};

/** No alt text: the loader warns (below), and the picture is shown as decorative (`alt=""`). */
export const MissingAlt: Story = {
  name: "Picture without alt text (a warning)",
  render: (args) => {
    const noAlt = { url: PICTURE.url, credit: PICTURE.credit, caption: PICTURE.caption };
    const box = el("div");
    const timeline = render(args, noAlt, true);
    const warnings = el("ul", undefined, "story-notes");
    for (const d of handleOf(timeline).diagnostics) warnings.append(el("li", `${d.code}: ${d.message}`));
    box.append(timeline, warnings);
    return box;
  },
  play: async ({ canvasElement }) => {
    const c = await card(canvasElement);
    await expect(c.querySelector("img.cl-media-img")?.getAttribute("alt")).toBe("");
    await expect(handleOf(canvasElement).diagnostics.map((d) => d.code)).toEqual(["media-missing-alt"]);
  },
};

/** A picture that does not load (here a file that is no image): its alt text in a box, and its credit; never a broken icon. */
export const Broken: Story = {
  name: "Picture that fails to load",
  render: (args) => render(args, { ...PICTURE, url: notAPicture, alt: "Maliki walks down the aircraft steps", credit: "IRNA" }, true),
  play: async ({ canvasElement }) => {
    const c = await card(canvasElement);
    const words = await waitFor(() => {
      const p = c.querySelector(".cl-media-failed");
      if (!p) throw new Error("not failed yet");
      return p;
    });
    await expect(words.textContent).toBe("Image not available: Maliki walks down the aircraft steps");
    await expect(canvasElement.querySelectorAll("img")).toHaveLength(0);
    await expect(c.querySelector(".cl-media-credit")?.textContent).toMatch(/^Credit: IRNA \[\d\]$/);
  },
};

/** The default, `media` off: nothing is fetched; the card says what the picture shows and who made it. */
export const Off: Story = {
  name: "Media option off (the default)",
  render: (args) => render(args, PICTURE, false),
  play: async ({ canvasElement }) => {
    const c = await card(canvasElement);
    await expect(canvasElement.querySelectorAll("img")).toHaveLength(0);
    await expect(c.querySelector(".cl-media-alt")?.textContent).toBe(`Image: ${PICTURE.alt}`);
  },
};
