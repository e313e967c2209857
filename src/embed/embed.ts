/**
 * The controller behind `<cite-line>` and `[data-citeline]`: from a data URL (or data given
 * directly) and options read from markup to a timeline in the host's light DOM, with a loading
 * state, a readable failure, diagnostics for the editor, and the timeline's events re-dispatched
 * on the host as bubbling DOM `CustomEvent`s.
 *
 * @module
 */
import { formatDiagnostic, type Diagnostic } from "../diagnostics.js";
import { createTimeline, type TimelineEvents, type TimelineHandle, type TimelineOptions } from "../view/timeline.js";
import type { Timeline } from "../types.js";
import { diagnosticList, emptyMessage, fetchSource, quote, showError, showLoading, SourceError } from "./load-source.js";

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
 * The DOM events an embed dispatches on its host, all bubbling (and composed), with these
 * `detail`s: the timeline's own events under `citeline-` names, plus `citeline-load` and
 * `citeline-error`.
 *
 * @example
 * ```ts
 * const el = document.querySelector("cite-line") as CiteLineElement;
 * el.addEventListener("citeline-load", (e) => console.log(e.detail.timeline.events.length, e.detail.diagnostics));
 * el.addEventListener("citeline-error", (e) => console.warn(e.detail.message));
 * ```
 */
export interface CiteLineEventMap {
  "citeline-select": CustomEvent<TimelineEvents["select"]>;
  "citeline-zoom": CustomEvent<TimelineEvents["zoom"]>;
  "citeline-focus": CustomEvent<TimelineEvents["focus"]>;
  "citeline-render": CustomEvent<TimelineEvents["render"]>;
  /** The data loaded and the timeline is drawn; `diagnostics` lists what was dropped or reinterpreted. */
  "citeline-load": CustomEvent<{ handle: TimelineHandle; timeline: Timeline; diagnostics: Diagnostic[] }>;
  /**
   * The data could not be fetched, had no event to draw, or reading or drawing it threw; `message`
   * is what the reader sees, `error` the exception thrown, if one was.
   */
  "citeline-error": CustomEvent<{ message: string; diagnostics: Diagnostic[]; error?: unknown }>;
}

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

const TIMELINE_EVENTS = ["select", "zoom", "focus", "render"] as const;
const OPTION_KEYS = ["height", "locale", "theme", "window", "label", "view", "headingLevel"] as const;
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
  const doc = host.ownerDocument;
  const box = doc.createElement("div");
  box.className = "cl-embed";
  host.append(box);

  let config: EmbedConfig = { ...initial, options: { ...initial.options } };
  let handle: TimelineHandle | null = null;
  let unlisten: (() => void)[] = [];
  let state: EmbedState = "idle";
  let error: string | null = null;
  let diagnostics: Diagnostic[] = [];
  let fetched: { src: string; text: string } | null = null;
  let controller: AbortController | null = null;
  let token = 0;
  let destroyed = false;

  const dispatch = <K extends keyof CiteLineEventMap>(type: K, detail: CiteLineEventMap[K]["detail"]) =>
    host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));

  function setState(next: EmbedState): void {
    state = next;
    box.setAttribute("data-state", next);
    box.setAttribute("aria-busy", next === "loading" ? "true" : "false");
  }

  function style(): void {
    box.setAttribute("data-theme", config.options?.theme ?? "light");
    // The loading state keeps the timeline's height, so the page does not jump when it arrives.
    // Set through the CSSOM (never a style attribute), which a strict CSP allows.
    const height = config.options?.height;
    if (height) box.style.setProperty("--cl-embed-height", `${height}px`);
    else box.style.removeProperty("--cl-embed-height");
  }

  function dropHandle(): void {
    for (const off of unlisten) off();
    unlisten = [];
    handle?.destroy();
    handle = null;
  }

  function fail(message: string, found: Diagnostic[] = [], thrown?: unknown): void {
    dropHandle();
    diagnostics = found;
    error = message;
    showError(box, message, found);
    setState("error");
    dispatch("citeline-error", thrown === undefined ? { message, diagnostics: found } : { message, diagnostics: found, error: thrown });
  }

  // Whatever reading or drawing the data throws (a RangeError from a pathological file, a bad
  // option), the reader gets the error state and the page the citeline-error event, never a
  // "Loading…" that stays forever.
  function draw(data: unknown, source: string): void {
    try {
      drawOrThrow(data, source);
    } catch (thrown) {
      fail(`${source.charAt(0).toUpperCase()}${source.slice(1)} could not be read or drawn: ${messageOf(thrown)}`, [], thrown);
    }
  }

  function drawOrThrow(data: unknown, source: string): void {
    const options: TimelineOptions = { ...config.options, format: config.options?.format ?? "auto", data };
    if (handle) {
      handle.update(options);
    } else {
      const chart = doc.createElement("div");
      chart.className = "cl-embed-chart";
      box.replaceChildren(chart);
      handle = createTimeline(chart, options);
      const drawn = handle;
      unlisten = TIMELINE_EVENTS.map((type) =>
        drawn.on(type, (detail) => dispatch(`citeline-${type}`, detail as never)),
      );
    }
    diagnostics = handle.diagnostics;
    const empty = emptyMessage(handle.timeline.events.length, diagnostics, source);
    if (empty) return fail(empty, diagnostics);
    error = null;
    box.querySelector(":scope > .cl-diagnostics")?.remove();
    if (diagnostics.length > 0) {
      if (config.debug) box.append(diagnosticList(doc, diagnostics));
      const lines = diagnostics.map((d) => `\n  ${formatDiagnostic(d)}`);
      console.warn(`citeline: ${diagnostics.length} problem${diagnostics.length === 1 ? "" : "s"} in ${source}${config.debug ? "" : " (the debug attribute, or data-debug, lists them under the timeline)"}:`, ...lines);
    }
    setState("ready");
    dispatch("citeline-load", { handle, timeline: handle.timeline, diagnostics });
  }

  function load(force = false): void {
    const mine = ++token;
    controller?.abort();
    controller = null;
    error = null;
    style();
    if (config.data !== undefined && config.data !== null) return draw(config.data, "the data");
    const src = config.src?.trim();
    if (!src) {
      dropHandle();
      diagnostics = [];
      if (config.requireSource) return fail("No data was given: the embed needs the address of a JSON or CSV file.");
      box.replaceChildren();
      return setState("idle");
    }
    if (!force && fetched?.src === src) return draw(fetched.text, quote(src));
    dropHandle();
    showLoading(box);
    setState("loading");
    const abort = new AbortController();
    controller = abort;
    fetchSource(src, { signal: abort.signal }).then(
      ({ text }) => {
        if (mine !== token || destroyed) return;
        controller = null;
        fetched = { src, text };
        draw(text, quote(src));
      },
      (reason: unknown) => {
        if (mine !== token || destroyed) return;
        controller = null;
        fail(reason instanceof SourceError ? reason.message : `The data at ${quote(src)} could not be loaded: ${String(reason)}.`);
      },
    );
  }

  const embed: Embed = {
    element: host,
    get handle() {
      return handle;
    },
    get state() {
      return state;
    },
    get error() {
      return error;
    },
    get diagnostics() {
      return diagnostics;
    },
    set(next) {
      if (destroyed) return;
      const before = config;
      config = { ...config, ...next, options: next.options ? { ...next.options } : { ...config.options } };
      const sourceChanged =
        before.data !== config.data || (config.data == null && (before.src ?? "").trim() !== (config.src ?? "").trim()) || before.options?.format !== config.options?.format;
      if (sourceChanged) return load();
      style();
      // Only the options changed: update the timeline in place (while loading, the timeline will be
      // drawn with them). An option no longer given goes back to its default.
      const changed: Partial<TimelineOptions> = {};
      for (const key of OPTION_KEYS) {
        if (!same(before.options?.[key], config.options?.[key])) Object.assign(changed, { [key]: config.options?.[key] });
      }
      if (handle && Object.keys(changed).length > 0) {
        try {
          handle.update(changed);
        } catch (thrown) {
          return fail(`The timeline's options could not be applied: ${messageOf(thrown)}`, [], thrown);
        }
      }
      if (handle && before.debug !== config.debug) {
        box.querySelector(":scope > .cl-diagnostics")?.remove();
        if (config.debug && diagnostics.length > 0) box.append(diagnosticList(doc, diagnostics));
      }
    },
    reload() {
      if (!destroyed) load(true);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      token++;
      controller?.abort();
      dropHandle();
      box.remove();
      embeds.delete(host);
      state = "idle";
    },
  };
  embeds.set(host, embed);
  load();
  return embed;
}

// An exception as a sentence for the reader: its message (never a stack), shortened when long.
function messageOf(thrown: unknown): string {
  let text: string;
  try {
    text = thrown instanceof Error ? String(thrown.message) : String(thrown);
  } catch {
    // Something whose conversion to text throws in turn: no detail to give.
    text = "an unexpected error";
  }
  const short = text.length > 300 ? `${text.slice(0, 299)}…` : text;
  return /[.!?…]$/.test(short) ? short : `${short}.`;
}

// Options compare by value: a window read again from the same attribute is a new array.
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => +(x as number) === +(b[i] as number));
  return a === b;
}

/** Report problems with markup once per embed, as console warnings (never to the reader). */
export function warnMarkup(problems: readonly string[], seen: Set<string>): void {
  for (const problem of problems) {
    if (seen.has(problem)) continue;
    seen.add(problem);
    console.warn(`citeline: ${problem}`);
  }
}
