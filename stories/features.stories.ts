import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import seedJson from "../examples/seed-tehran-2008/events.json?raw";
import { defineCiteLine } from "../src/index.js";
import { baseScale } from "../src/layout/pieces.js";
import { DEFAULT_ARGS, TIMELINE_ARG_TYPES, argOptions, el, handleOf, mount, type TimelineArgs } from "./support.js";

/** The parts around the chart, the element, and the keyboard. */
const meta = {
  title: "Features",
  args: DEFAULT_ARGS,
  argTypes: TIMELINE_ARG_TYPES,
  render: (args) => mount(args, { data: seedJson }).container,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * The citations: an event's card with its numbered sources (here "Maliki meets Ahmadinejad":
 * IRNA, via The New York Times, via Commentary), and the event list and numbered sources list
 * under the chart.
 */
export const Citations: Story = {
  name: "Citations and sources list",
  play: async ({ canvasElement }) => {
    const handle = handleOf(canvasElement);
    const id = handle.timeline.events.find((e) => e.title.includes("Ahmadinejad"))?.id ?? handle.timeline.events[0]!.id;
    handle.select(id);
    const card = await waitFor(() => {
      const c = canvasElement.querySelector<HTMLElement>(".cl-card");
      if (!c || c.hidden) throw new Error("no card");
      return c;
    });
    await expect(card.querySelectorAll(".cl-card-sources li").length).toBeGreaterThan(0);
    await expect(canvasElement.querySelectorAll(".cl-source-list li").length).toBe(handle.timeline.sources?.length ?? 4);
  },
};

/**
 * On a page whose last heading is an `<h1>`: `headingLevel: 2` makes "Events", "Sources" and the
 * card's title `<h2>` (the card's "Sources" `<h3>`), so the page's headings keep their order.
 */
export const HeadingLevel: Story = {
  name: "Heading level under an h1",
  render: (args) => {
    const page = el("div");
    page.append(el("h1", "Maliki in Tehran"), mount(args, { data: seedJson, headingLevel: 2 }).container);
    return page;
  },
  play: async ({ canvasElement }) => {
    await expect([...canvasElement.querySelectorAll(".cl-list-heading")].map((h) => h.localName)).toEqual(["h2", "h2"]);
  },
};

interface ElementArgs extends TimelineArgs {
  debug: boolean;
}

/** `<cite-line>` after `defineCiteLine()`, with the data given by its `data` property; controls are its attributes. */
export const Element: StoryObj<ElementArgs> = {
  name: "<cite-line> element",
  args: { debug: false },
  argTypes: { debug: { control: "boolean", description: "`debug` attribute: list the diagnostics under the timeline" }, overview: { table: { disable: true } }, hash: { table: { disable: true } } },
  render: (args) => {
    defineCiteLine();
    const node = document.createElement("cite-line");
    // The same choices as `mount` makes (args, else the toolbar), as the element's attributes.
    const { theme, locale, calendar, timeDirection } = argOptions(args);
    node.setAttribute("height", String(args.height));
    node.setAttribute("theme", theme);
    node.setAttribute("view", args.view);
    node.setAttribute("locale", locale);
    node.setAttribute("calendar", calendar);
    node.setAttribute("time-direction", timeDirection);
    if (args.label) node.setAttribute("label", args.label);
    if (args.debug) node.setAttribute("debug", "");
    if (args.width > 0) node.style.width = `${args.width}px`;
    (node as HTMLElement & { data: unknown }).data = seedJson;
    return node;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector("cite-line")?.getAttribute("state") ?? (canvasElement.querySelector("cite-line") as unknown as { state: string }).state).toBe("ready"));
    await expect(canvasElement.querySelector("cite-line .citeline .cl-item")).not.toBeNull();
  },
};

/**
 * A keyboard walkthrough: Tab passes the toolbar and reaches the chart (one tab stop, on the
 * first event in time); + zooms in and 0 shows all again; → moves to the next event in time,
 * Enter opens its card, Esc closes it and gives focus back to the event.
 */
export const Keyboard: Story = {
  name: "Keyboard walkthrough",
  play: async ({ canvasElement, step }) => {
    const focusedItem = () => document.activeElement?.closest(".cl-item") ?? null;
    const slow = { timeout: 3000 };
    await step("Tab into the chart", async () => {
      for (let i = 0; i < 8 && !focusedItem(); i++) await userEvent.tab();
      await expect(focusedItem()).toBeTruthy();
    });
    const first = focusedItem()!;
    await step("+ zooms in, 0 shows all, focus stays on the event", async () => {
      const handle = handleOf(canvasElement);
      // How much of the axis the window shows: in time on a linear axis, in the pixels of the
      // unzoomed map on a broken one (zooming in doubles each segment's scale, not the time shown).
      const span = () => {
        const { domain, pieces } = handle.layout;
        const at = pieces ? baseScale(pieces) : (t: number) => t;
        return Math.abs(at(domain[1]) - at(domain[0]));
      };
      // The story's element is laid out at a fallback width until the page has placed it: the
      // whole is measured once the timeline has its real width (else, one run in four, the "+"
      // was measured against the narrower map's whole, and a correct zoom read as too little).
      const host = canvasElement.querySelector<HTMLElement>(".cl-story")!;
      await waitFor(() => expect(handle.layout.width).toBe(host.clientWidth), slow);
      const whole = span();
      await userEvent.keyboard("+");
      await waitFor(() => expect(span()).toBeLessThan(whole * 0.55), slow);
      await expect(focusedItem()?.id).toBe(first.id);
      await userEvent.keyboard("0");
      await waitFor(() => expect(span()).toBeGreaterThan(whole * 0.95), slow);
    });
    await step("→ moves to the next event", async () => {
      await userEvent.keyboard("{ArrowRight}");
      await waitFor(() => expect(focusedItem()?.id).not.toBe(first.id));
      await expect(focusedItem()).toBeTruthy();
    });
    const item = focusedItem()!;
    await step("Enter opens the card, Esc closes it and returns focus", async () => {
      await userEvent.keyboard("{Enter}");
      const card = canvasElement.querySelector<HTMLElement>(".cl-card")!;
      await waitFor(() => expect(card.hidden).toBe(false));
      await expect(card.textContent).toContain(handleOf(canvasElement).timeline.events.find((e) => item.id.endsWith(e.id))?.title ?? "");
      await userEvent.keyboard("{Escape}");
      await waitFor(() => expect(card.hidden).toBe(true));
      await waitFor(() => expect(focusedItem()?.id).toBe(item.id));
    });
  },
};

/**
 * The lists a page at a time: 120 events, each citing its own source, so the event list and the
 * sources list each show 25 entries with where the page is between Previous and Next. A
 * citation's number turns the sources list to its source.
 */
export const PagedLists: Story = {
  name: "Lists, a page at a time",
  render: (args) => {
    const sources = Array.from({ length: 120 }, (_, i) => ({ id: `s${i}`, publisher: `Paper ${i + 1}`, url: `https://example.org/${i + 1}` }));
    const events = Array.from({ length: 120 }, (_, i) => ({ id: `e${i}`, title: `Event ${i + 1}`, start: new Date(Date.UTC(2008, 0, 1 + 3 * i)).toISOString().slice(0, 10), sources: [`s${i}`] }));
    return mount(args, { data: { title: "A year in 120 events", events, sources } }).container;
  },
  play: async ({ canvasElement, step }) => {
    const status = (list: string) => canvasElement.querySelector(`.cl-${list} .cl-pager-status`)?.textContent;
    await step("25 of 120 on the first page", async () => {
      await expect(status("events")).toBe("Events 1–25 of 120 in view");
      await expect(canvasElement.querySelectorAll(".cl-list > li").length).toBe(25);
    });
    await step("Next turns the page and keeps the focus on the pager", async () => {
      await userEvent.click(canvasElement.querySelector(".cl-events .cl-pager-next")!);
      await expect(status("events")).toBe("Events 26–50 of 120 in view");
      await expect(document.activeElement?.classList.contains("cl-pager-next")).toBe(true);
    });
    await step("A citation's number goes to its source", async () => {
      await userEvent.click(canvasElement.querySelector(".cl-list > li a.cl-cite-ref")!);
      await expect(status("sources")).toBe("Sources 26–50 of 120");
      await expect(document.activeElement?.id.endsWith("-source-26")).toBe(true);
    });
  },
};
