/**
 * An embed: a timeline drawn from a data URL (or data given directly) and options read from
 * markup, in the host's light DOM, with a loading state, a readable failure, diagnostics for the
 * editor, and the timeline's events re-dispatched on the host. This module is its contract and
 * the one-embed-per-host registry; `./controller.ts` runs it.
 *
 * @module
 */
import type { Diagnostic } from "../diagnostics.js";
import type { TimelineHandle, TimelineOptions } from "../view/timeline.js";
import { EmbedController } from "./controller.js";

export type { CiteLineEventMap } from "./events.js";

/**
 * Where an embed is: nothing to show yet, fetching, drawn, or failed (with a message in place).
 *
 * @example
 * ```ts
 * const embed = embedOf(document.querySelector("cite-line")!);
 * if (embed?.state === "error") console.warn(embed.error);
 * ```
 */
export type EmbedState = "idle" | "loading" | "ready" | "error";

/**
 * What an embed is configured with: where its data comes from, and the timeline's options.
 *
 * @example
 * ```ts
 * createEmbed(host, { src: "events.csv", options: { height: 480, theme: "auto" }, debug: true });
 * ```
 */
export interface EmbedConfig {
  /** URL of the data (JSON, CSV or TimelineJS JSON), relative to the page. */
  src?: string | null;
  /** Data given directly (text or object); when set it is used instead of `src`. */
  data?: unknown;
  /** Timeline options (height, locale, theme, window, label, format, view, headingLevel). */
  options?: Partial<TimelineOptions>;
  /** List the diagnostics under a timeline that did load (they are always listed under a failure). */
  debug?: boolean;
  /** Treat a missing `src` (and no `data`) as a failure rather than waiting for data. */
  requireSource?: boolean;
}

/**
 * An embedded timeline, as {@link autoEmbed} and {@link embedOf} return it.
 *
 * @example
 * ```ts
 * const embed = createEmbed(host, { src: "events.csv" });
 * embed.set({ src: "events-2009.csv" }); // loads again
 * embed.destroy();
 * ```
 */
export interface Embed {
  /** The element the embed draws into. */
  readonly element: HTMLElement;
  /** The timeline's handle once drawn; null while loading, after a failure, or after `destroy`. */
  readonly handle: TimelineHandle | null;
  readonly state: EmbedState;
  /** The reader-facing message of the last failure, or null. */
  readonly error: string | null;
  /** Diagnostics of the last load. */
  readonly diagnostics: readonly Diagnostic[];
  /** Change the source or options; a new source loads again, new options update the timeline. */
  set(config: EmbedConfig): void;
  /** Fetch the data again, even from the same URL. */
  reload(): void;
  /** Remove everything the embed added (the timeline and its states) and stop any fetch. */
  destroy(): void;
}

const embeds = new WeakMap<Element, Embed>();

/**
 * The embed drawing into `element` (a `<cite-line>` or a `[data-citeline]` element), if any.
 *
 * @example
 * ```ts
 * embedOf(document.querySelector("[data-citeline]")!)?.reload();
 * ```
 */
export function embedOf(element: Element): Embed | undefined {
  return embeds.get(element);
}

/**
 * Start an embed in `host`: a `div.cl-embed` is appended to it (the host's own children are left
 * alone; the stylesheet hides them once the embed is there, so they can be a fallback), and the
 * data is loaded. One embed per host: a second call returns the first.
 *
 * @example
 * ```ts
 * import { createEmbed } from "citeline";
 * const embed = createEmbed(document.getElementById("timeline")!, { src: "events.csv", options: { height: 420 } });
 * ```
 */
export function createEmbed(host: HTMLElement, initial: EmbedConfig = {}): Embed {
  const existing = embeds.get(host);
  if (existing) {
    existing.set(initial);
    return existing;
  }
  const embed = new EmbedController(host, initial, () => embeds.delete(host));
  // Registered before the first load, so a listener of that load's events already finds it.
  embeds.set(host, embed);
  embed.start();
  return embed;
}
