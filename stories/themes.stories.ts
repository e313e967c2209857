import type { Meta, StoryObj } from "@storybook/html-vite";
import embedCss from "../src/embed/embed.css?raw";
import themeCss from "../src/write/theme/root.css?raw";
import seedJson from "../examples/seed-tehran-2008/events.json?raw";
import { DEFAULT_ARGS, TIMELINE_ARG_TYPES, el, mount, type TimelineArgs } from "./support.js";

/**
 * Themes. Every colour and size is a CSS custom property declared on `.citeline`, so a custom
 * theme sets them on `.citeline` itself (or with a more specific selector such as
 * `.my-site .citeline`): set on an ancestor, they are hidden by `.citeline`'s own declarations.
 */
const meta = {
  title: "Themes",
  // A Docs tab for the themes: the custom theme's controls change its --cl-* variables there too.
  tags: ["autodocs"],
  args: DEFAULT_ARGS,
  argTypes: TIMELINE_ARG_TYPES,
  render: (args) => mount(args, { data: seedJson }).container,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

export const Light: Story = {};
export const Dark: Story = { args: { theme: "dark" } };
/** `theme: "auto"` follows the reader's `prefers-color-scheme`. */
export const Auto: Story = { args: { theme: "auto" } };

interface CustomArgs extends TimelineArgs {
  "--cl-bg": string;
  "--cl-fg": string;
  "--cl-muted": string;
  "--cl-accent": string;
  "--cl-span": string;
  "--cl-span-text": string;
  "--cl-lane": string;
  "--cl-focus": string;
  "--cl-selected": string;
  "--cl-radius": string;
  "--cl-font": string;
}
const CUSTOM_VARS = ["--cl-bg", "--cl-fg", "--cl-muted", "--cl-accent", "--cl-span", "--cl-span-text", "--cl-lane", "--cl-focus", "--cl-selected", "--cl-radius", "--cl-font"] as const;

/**
 * A custom theme (sepia) through CSS variables: change any of them in the controls. The story sets
 * them with `element.style.setProperty` on the `.citeline` element; a stylesheet rule
 * `.citeline { --cl-accent: … }` loaded after citeline's does the same.
 */
export const Custom: StoryObj<CustomArgs> = {
  name: "Custom theme (CSS variables)",
  args: {
    "--cl-bg": "#fbf7ef",
    "--cl-fg": "#2b2118",
    "--cl-muted": "#5e5040",
    "--cl-accent": "#8a3b12",
    "--cl-span": "#8a3b12",
    "--cl-span-text": "#ffffff",
    "--cl-lane": "#f3ecdd",
    "--cl-focus": "#0b6e4f",
    "--cl-selected": "#0b6e4f",
    "--cl-radius": "0px",
    "--cl-font": "Georgia, 'Liberation Serif', serif",
  },
  argTypes: Object.fromEntries(
    CUSTOM_VARS.map((name) => [name, { control: name === "--cl-radius" || name === "--cl-font" ? "text" : "color", table: { category: "CSS variables" } }]),
  ),
  render: (args) => {
    // A palette is one colour scheme: this one is light, whatever the toolbar's theme says.
    const { container } = mount(args, { data: seedJson, theme: "light" });
    const root = container.querySelector<HTMLElement>(".citeline")!;
    for (const name of CUSTOM_VARS) if (args[name]) root.style.setProperty(name, args[name]);
    return container;
  },
};

/** What each variable is for. */
const PURPOSE: Record<string, string> = {
  "--cl-font": "font of the chart, toolbar, lists and cards",
  "--cl-bg": "background of the timeline and buttons",
  "--cl-fg": "text and event marks",
  "--cl-muted": "secondary text: axis labels, lane names, dates in words",
  "--cl-faint": "gridlines and borders",
  "--cl-lane": "background of even lanes",
  "--cl-lane-odd": "background of odd lanes",
  "--cl-accent": "links, highlighted events, the overview window",
  "--cl-accent-soft": "highlight backgrounds",
  "--cl-span": "fill of spans (events with an end)",
  "--cl-span-text": "label text inside spans",
  "--cl-era": "era bands",
  "--cl-era-text": "era labels",
  "--cl-cluster": "\"+N\" cluster badges",
  "--cl-cluster-text": "text on cluster badges",
  "--cl-focus": "keyboard focus ring",
  "--cl-selected": "the selected (open) event",
  "--cl-card-bg": "background of an event's card",
  "--cl-card-shadow": "shadow of the card",
  "--cl-radius": "corner radius of buttons and cards",
  "--cl-toolbar-height": "height of the toolbar (not declared; used with this fallback)",
  "--cl-embed-font": "font of the embed's loading and error states",
  "--cl-embed-bg": "background of the loading and error states",
  "--cl-embed-fg": "their text",
  "--cl-embed-muted": "secondary text (the loading status)",
  "--cl-embed-border": "their border",
  "--cl-embed-error": "error text and border",
  "--cl-embed-error-bg": "error background",
};

/** The declarations `--cl-x: value;` of a stylesheet, each split into its light and dark value. */
function variables(css: string): { name: string; light: string; dark: string }[] {
  const found = new Map<string, { name: string; light: string; dark: string }>();
  for (const [, name, value] of css.matchAll(/(--cl-[\w-]+)\s*:\s*([^;]+);/g)) {
    const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value!.trim());
    if (!found.has(name!)) found.set(name!, { name: name!, light: pair ? pair[1]! : value!.trim(), dark: pair ? pair[2]! : value!.trim() });
  }
  for (const [, name, fallback] of css.matchAll(/var\((--cl-[\w-]+),\s*([^)]+)\)/g)) {
    if (!found.has(name!)) found.set(name!, { name: name!, light: fallback!.trim(), dark: fallback!.trim() });
  }
  return [...found.values()];
}

function table(caption: string, rows: { name: string; light: string; dark: string }[]): HTMLTableElement {
  const t = el("table", undefined, "story-vars");
  t.append(el("caption", caption));
  const head = t.createTHead().insertRow();
  for (const h of ["Variable", "Light", "Dark", "For"]) {
    const th = el("th", h);
    th.scope = "col";
    head.append(th);
  }
  const body = t.createTBody();
  for (const v of rows) {
    const tr = body.insertRow();
    const th = el("th");
    th.scope = "row";
    th.append(el("code", v.name));
    tr.append(th);
    for (const value of [v.light, v.dark]) {
      const td = tr.insertCell();
      if (/^#|^rgb/.test(value)) {
        const swatch = el("span", undefined, "story-swatch");
        swatch.setAttribute("aria-hidden", "true");
        swatch.style.setProperty("background", value);
        td.append(swatch);
      }
      td.append(el("code", value));
    }
    tr.insertCell().textContent = PURPOSE[v.name] ?? "";
  }
  return t;
}

/**
 * Every theming variable, with its light and dark default, read from the stylesheets themselves
 * (src/write/theme.css and src/embed/embed.css), so this page cannot go stale.
 */
export const Variables: Story = {
  name: "Theming variables",
  parameters: { controls: { disable: true } },
  render: () => {
    const page = el("article", undefined, "story-page");
    page.append(
      el("h1", "Theming variables"),
      el("p", "Each colour is light-dark(light, dark) on .citeline: the theme option (light, dark, auto) only sets color-scheme. Override a variable on .citeline itself, or with a more specific selector such as .my-site .citeline; set on an ancestor, it is hidden by .citeline's own declaration. Try them in Themes › Custom theme."),
      table("The timeline (.citeline)", variables(themeCss)),
      table("The embed's loading and error states (.cl-embed, for <cite-line> and [data-citeline])", variables(embedCss)),
    );
    const style = el("style");
    style.textContent = `.story-page{font:14px/1.4 "Liberation Sans",Arial,sans-serif;color:#1d1d1f;max-width:60rem}
.story-vars{border-collapse:collapse;margin:1.5rem 0;width:100%}.story-vars caption{text-align:left;font-weight:700;padding:.3rem 0}
.story-vars th,.story-vars td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
.story-swatch{display:inline-block;width:1em;height:1em;border:1px solid #888;margin-right:.4em;vertical-align:-.15em}`;
    page.append(style);
    return page;
  },
};
