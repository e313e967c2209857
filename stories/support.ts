/**
 * Shared by the stories: the controls every timeline story has, the designers' toolbar (the
 * globals of .storybook/preview.ts), and `mount`, which draws a timeline with `createTimeline`
 * into a container sized by the story's args and the toolbar's choices.
 */
import type { ArgTypes } from "@storybook/html-vite";
import { createTimeline, LOCALES, type TimelineHandle, type TimelineOptions } from "../src/index.js";

/** The locales the toolbar offers: the languages citeline translates, Persian as written in Iran. */
export const TOOLBAR_LOCALES = ["en-GB", "fa-IR", "ar", "he", "fr", "de", "es", "tr", "ckb"] as const;
export const CALENDARS = ["gregory", "persian", "islamic-umalqura", "islamic-civil"] as const;
export const THEMES = ["light", "dark", "auto"] as const;

/** The toolbar's choices (Storybook globals), applied to every timeline story by the decorator in preview.ts. */
export interface StoryGlobals {
  locale: string;
  /** Set on the story's root container; "auto" leaves the page's own direction. */
  dir: "auto" | "ltr" | "rtl";
  timeDirection: "ltr" | "rtl";
  calendar: NonNullable<TimelineOptions["calendar"]>;
  theme: (typeof THEMES)[number];
}

export const DEFAULT_GLOBALS: StoryGlobals = { locale: "en-GB", dir: "auto", timeDirection: "ltr", calendar: "gregory", theme: "light" };

// The globals of the story being rendered. The decorator sets them just before the story's render
// function runs, synchronously, so `mount` (called from render functions that get no context) sees them.
let current: StoryGlobals = DEFAULT_GLOBALS;

/** Take the toolbar's globals for the story about to render (unknown values fall back to the defaults). */
export function useStoryGlobals(globals: Record<string, unknown>): StoryGlobals {
  const pick = <K extends keyof StoryGlobals>(key: K, allowed: readonly unknown[] | null): StoryGlobals[K] => {
    const value = globals[key];
    return (allowed ? allowed.includes(value) : typeof value === "string" && value !== "") ? (value as StoryGlobals[K]) : DEFAULT_GLOBALS[key];
  };
  current = {
    locale: pick("locale", null),
    dir: pick("dir", ["auto", "ltr", "rtl"]),
    timeDirection: pick("timeDirection", ["ltr", "rtl"]),
    calendar: pick("calendar", CALENDARS),
    theme: pick("theme", THEMES),
  };
  return current;
}

/**
 * The options the args and the toolbar give together. A story's args win where they differ from
 * `DEFAULT_ARGS` (the story, or the controls panel, chose them); otherwise the toolbar decides.
 */
export function argOptions(args: TimelineArgs): TimelineOptions & Required<Pick<TimelineOptions, "theme" | "calendar" | "timeDirection">> & { locale: string } {
  return {
    theme: args.theme !== DEFAULT_ARGS.theme ? args.theme : current.theme,
    locale: args.locale !== DEFAULT_ARGS.locale ? args.locale : current.locale,
    calendar: current.calendar,
    timeDirection: current.timeDirection,
  };
}

/** The controls of a timeline story. `width` 0 means "the width of the canvas". */
export interface TimelineArgs {
  width: number;
  height: number;
  theme: "light" | "dark" | "auto";
  locale: string;
  view: "chart" | "list" | "story";
  overview: boolean;
  label: string;
  hash: boolean;
}

export const DEFAULT_ARGS: TimelineArgs = {
  width: 0,
  height: 420,
  theme: "light",
  locale: "en-GB",
  view: "chart",
  overview: true,
  label: "",
  hash: false,
};

export const TIMELINE_ARG_TYPES: Partial<ArgTypes<TimelineArgs>> = {
  width: { control: { type: "range", min: 0, max: 1600, step: 10 }, description: "Container width in px (0: the canvas width)" },
  height: { control: { type: "range", min: 120, max: 1200, step: 10 }, description: "`height` option, px" },
  theme: { control: "inline-radio", options: ["light", "dark", "auto"], description: "`theme` option (light: the toolbar's Theme decides)" },
  locale: { control: "select", options: [...new Set([...TOOLBAR_LOCALES, ...Object.keys(LOCALES)])], description: "`locale` option, a BCP 47 tag (en-GB: the toolbar's Locale decides)" },
  view: { control: "inline-radio", options: ["chart", "list", "story"], description: "`view` option" },
  overview: { control: "boolean", description: "`overview` option: the strip with the whole timeline" },
  label: { control: "text", description: "`label` option: the chart's accessible name (empty: the timeline's title)" },
  hash: { control: "boolean", description: "`hash` option: keep the window and open event in the URL hash" },
};

const handles = new Set<TimelineHandle>();
const byContainer = new WeakMap<Element, TimelineHandle>();

/** Destroy every timeline the stories made (called before the next story renders). */
export function destroyAll(): void {
  for (const h of handles) h.destroy();
  handles.clear();
}

/** The handle of the timeline drawn in `container` (or in the first `.cl-story` inside it). */
export function handleOf(container: Element): TimelineHandle {
  const el = byContainer.has(container) ? container : container.querySelector(".cl-story");
  const handle = el && byContainer.get(el);
  if (!handle) throw new Error("No timeline in this story");
  return handle;
}

/** A container sized by the args, with a timeline drawn into it from the args, the toolbar and `options` (which win). */
export function mount(args: TimelineArgs, options: TimelineOptions, container = document.createElement("div")): { container: HTMLElement; handle: TimelineHandle } {
  container.classList.add("cl-story");
  if (args.width > 0) container.style.width = `${args.width}px`;
  const handle = createTimeline(container, {
    ...argOptions(args),
    height: args.height,
    view: args.view,
    overview: args.overview,
    hash: args.hash,
    ...(args.label ? { label: args.label } : {}),
    ...options,
  });
  handles.add(handle);
  byContainer.set(container, handle);
  return { container, handle };
}

/**
 * A box that scrolls sideways around a story wider than the page. Needed once the toolbar makes
 * the story's root right to left: its overflow then goes to the left, where the page (still left to
 * right) cannot scroll; a scrolling box of the root's direction can.
 */
export function scroller(child: HTMLElement): HTMLElement {
  const box = el("div");
  box.style.overflowX = "auto";
  box.append(child);
  return box;
}

/** An element with text, for the notes and headings stories add around a timeline. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}
