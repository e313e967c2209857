/**
 * `<cite-line>`: the timeline as a custom element.
 *
 * ```html
 * <link rel="stylesheet" href="citeline/style.css">
 * <cite-line src="events.csv" height="420" locale="en-GB" theme="dark" window="2008-06-01/2008-09-01"></cite-line>
 * ```
 *
 * The element draws in its light DOM, not a shadow root, on purpose:
 * - the page's `citeline/style.css` (and the page's own overrides, `.citeline .cl-title { … }`)
 *   applies as it does to `createTimeline`; a shadow root would need the stylesheet adopted into
 *   it, either as an inline `<style>` (refused by a strict Content-Security-Policy) or bundled into
 *   the script as a constructable stylesheet (the CSS twice, and out of reach of the page's
 *   overrides except through custom properties);
 * - the timeline finds its own nodes through `document.getElementById` (focus moves between
 *   events by id) and its SVG patterns and gradients by `url(#id)`, which a shadow root hides;
 * - in-page search, reader modes and print see the event list and cards like the rest of the article.
 * The price is that page CSS can reach inside; every class citeline uses starts with `cl-`.
 *
 * @module
 */
import type { Diagnostic } from "../diagnostics.js";
import type { TimelineHandle } from "../view/timeline.js";
import { createEmbed, type CiteLineEventMap, type Embed, type EmbedState } from "./embed.js";
import { readMarkup, type MarkupConfig } from "./markup.js";
import { warnMarkup } from "./problems.js";
import { OPTION_ATTRIBUTES } from "../options.js";

// Importing this module must not fail where there is no DOM (Node, SSR, a worker): the class then
// extends a stand-in and is simply never defined as an element.
const Base: typeof HTMLElement = typeof HTMLElement === "undefined" ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * The `<cite-line>` element. Attributes: `src` (URL of JSON, CSV or TimelineJS JSON), `height`
 * (px), `locale` (`en-GB`, `en-US`, `en`, `de`, `fr`, `es`, `it`, `nl`, `pt`, `ar`, `fa`, `he`, `tr`, `ckb`), `theme` (`light`, `dark`, `auto`), `window`
 * (`2008-06-01/2008-09-01`), `label` (the chart's accessible name), `format` (`auto`, `json`,
 * `csv`, `timelinejs`), `view` (`chart`, or `list` for the event list alone), `heading-level`
 * (1–6, the level of the lists' headings and the card's title; default 3) and `debug` (list the data's diagnostics under the timeline). The `data`
 * property takes data directly (text or object) instead of `src`, and so does the `data` attribute
 * (the data's text written into the markup, for a small timeline with no file to upload). The timeline's events are
 * dispatched on the element as bubbling `CustomEvent`s: `citeline-select`, `citeline-zoom`,
 * `citeline-focus`, `citeline-slide`, `citeline-render`, and `citeline-load`, `citeline-error` (see {@link CiteLineEventMap}).
 *
 * @example
 * ```ts
 * import { defineCiteLine } from "citeline";
 * defineCiteLine();
 * const el = document.createElement("cite-line");
 * el.data = { events: [{ title: "Maliki in Tehran", start: "2008-06-07" }] };
 * el.addEventListener("citeline-select", (e) => console.log(e.detail.event?.title));
 * document.body.append(el);
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the interface below only types listeners HTMLElement implements
export class CiteLineElement extends Base {
  /** The attributes the element reacts to: `src`, `data` (the data itself, as text), the option attributes and `debug`. */
  static readonly observedAttributes: readonly string[] = ["src", "data", ...OPTION_ATTRIBUTES, "debug"];

  #embed: Embed | null = null;
  #data: unknown = undefined;
  readonly #warned = new Set<string>();

  /** Created by the browser for each `<cite-line>`; use `document.createElement("cite-line")`. */
  constructor() {
    super();
    // A `data` set on the element before it was upgraded is an own property hiding the accessor.
    if (Object.prototype.hasOwnProperty.call(this, "data")) {
      const value = (this as { data?: unknown }).data;
      delete (this as { data?: unknown }).data;
      this.data = value;
    }
  }

  /** Data given directly (text, or a timeline object); used instead of `src` while set. */
  get data(): unknown {
    return this.#data;
  }
  /** Set the data (text or object); the timeline loads it instead of `src`. */
  set data(value: unknown) {
    this.#data = value;
    this.#embed?.set(this.#config());
  }

  /** The `src` attribute. */
  get src(): string {
    return this.getAttribute("src") ?? "";
  }
  /** Set the `src` attribute: the timeline fetches and loads the new URL. */
  set src(value: string) {
    this.setAttribute("src", value);
  }

  /** The timeline's handle once it is drawn; null while loading, after a failure, or when disconnected. */
  get handle(): TimelineHandle | null {
    return this.#embed?.handle ?? null;
  }

  /** `idle` (no data yet), `loading`, `ready` or `error`. */
  get state(): EmbedState {
    return this.#embed?.state ?? "idle";
  }

  /** Diagnostics of the last load: what was dropped or reinterpreted, for the editor. */
  get diagnostics(): readonly Diagnostic[] {
    return this.#embed?.diagnostics ?? [];
  }

  /** Fetch `src` again. */
  reload(): void {
    this.#embed?.reload();
  }

  /** Called by the browser when the element is added to a page: starts the embed. */
  connectedCallback(): void {
    this.#embed ??= createEmbed(this, this.#config());
  }

  /** Called by the browser when the element is removed: destroys the embed and its listeners. */
  disconnectedCallback(): void {
    this.#embed?.destroy();
    this.#embed = null;
  }

  /** Called by the browser when an observed attribute changes: a new `src` loads again, new options update the timeline. */
  attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
    // Before connection the attributes are read all at once in connectedCallback.
    if (before !== after) this.#embed?.set(this.#config());
  }

  #config(): MarkupConfig {
    const { options, problems, localeTag, waiting } = readMarkup((name) => this.getAttribute(name));
    const said = (list: string[]) => list.map((p) => `<${this.localName}> ${p}`);
    warnMarkup(said(problems), this.#warned);
    // The `data` property wins over the `data` attribute (the data written into the page's markup, as
    // the workbench's inline embed does), which wins over `src`.
    const data = this.#data ?? this.getAttribute("data") ?? undefined;
    // An option that waits for its readers is said, once read, as the others are.
    const later =
      waiting &&
      (() => {
        const late = waiting();
        return { ...late, problems: said(late.problems) };
      });
    return { src: this.getAttribute("src"), data, options, debug: this.hasAttribute("debug"), localeTag, waiting: later };
  }
}

// Typed listeners: `el.addEventListener("citeline-select", (e) => e.detail.event)`.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the class
export interface CiteLineElement {
  /** Listen to a `citeline-*` event, with its typed `detail`. */
  addEventListener<K extends keyof CiteLineEventMap>(type: K, listener: (this: CiteLineElement, event: CiteLineEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  /** Listen to a standard DOM event. */
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: CiteLineElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  /** Listen to any event by name. */
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  /** Stop listening to a `citeline-*` event, with its typed `detail`. */
  removeEventListener<K extends keyof CiteLineEventMap>(type: K, listener: (this: CiteLineElement, event: CiteLineEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  /** Stop listening to a standard DOM event. */
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: CiteLineElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  /** Stop listening to any event by name. */
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "cite-line": CiteLineElement;
  }
}

let baseDefined = false;

/**
 * Register the element as `<cite-line>` (or another name). Safe to call more than once, and
 * beside the script-tag bundle, which calls it itself: a name already defined is left as it is.
 * Returns the element's class, or undefined where there is no `customElements` (Node).
 *
 * @example
 * ```ts
 * import { defineCiteLine } from "citeline";
 * import "citeline/style.css";
 * defineCiteLine();                 // <cite-line src="events.csv">
 * defineCiteLine("news-timeline");  // <news-timeline src="events.csv"> as well
 * ```
 */
export function defineCiteLine(name = "cite-line"): CustomElementConstructor | undefined {
  if (typeof customElements === "undefined") return undefined;
  const existing = customElements.get(name);
  if (existing) return existing;
  // One class can be registered under one name only: other names get a subclass of their own.
  const element = baseDefined ? class extends CiteLineElement {} : CiteLineElement;
  customElements.define(name, element);
  baseDefined = true;
  return element;
}
