/**
 * Shared by the stories: the controls every timeline story has, and `mount`, which draws a
 * timeline with `createTimeline` into a container sized by the story's args.
 */
import type { ArgTypes } from "@storybook/html-vite";
import { createTimeline, LOCALES, type TimelineHandle, type TimelineOptions } from "../src/index.js";

/** The controls of a timeline story. `width` 0 means "the width of the canvas". */
export interface TimelineArgs {
  width: number;
  height: number;
  theme: "light" | "dark" | "auto";
  locale: string;
  view: "chart" | "list";
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
  theme: { control: "inline-radio", options: ["light", "dark", "auto"], description: "`theme` option" },
  locale: { control: "select", options: Object.keys(LOCALES), description: "`locale` option (a date-fns locale; the ones markup can name are bundled)" },
  view: { control: "inline-radio", options: ["chart", "list"], description: "`view` option" },
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

/** A container sized by the args, with a timeline drawn into it from the args and `options`. */
export function mount(args: TimelineArgs, options: TimelineOptions, container = document.createElement("div")): { container: HTMLElement; handle: TimelineHandle } {
  container.classList.add("cl-story");
  if (args.width > 0) container.style.width = `${args.width}px`;
  const handle = createTimeline(container, {
    height: args.height,
    theme: args.theme,
    locale: LOCALES[args.locale],
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

/** An element with text, for the notes and headings stories add around a timeline. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}
