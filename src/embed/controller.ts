/**
 * The controller behind `<cite-line>` and `[data-citeline]`: one embed's life, from its source and
 * options to a timeline in the host's light DOM (or the loading or failure state in its place),
 * through changes of source or options, to `destroy`.
 *
 * @module
 */
import type { Diagnostic } from "../diagnostics.js";
import type { Messages } from "../messages/index.js";
import { loadingIn } from "../messages/loading.js";
import { languageOf, localeFor, OPTION_LIST, READING_OPTIONS } from "../options.js";
import { createTimeline, type TimelineHandle, type TimelineOptions } from "../view/timeline.js";
import { missingParts } from "../preload.js";
import type { Embed, EmbedState } from "./embed.js";
import { dispatch, forwardEvents } from "./events.js";
import { fetchSource, quote, SourceError } from "./load-source.js";
import { readyFor, type MarkupConfig } from "./markup.js";
import { messageOf, warnDiagnostics, warnMarkup } from "./problems.js";
import { diagnosticList, emptyMessage, showError, showLoading } from "./states.js";

// The options markup sets that update a drawn timeline in place; a new way to read the data
// (format, dateFormat, twoDigitYearsFrom) loads it again.
const RELOADING: readonly string[] = READING_OPTIONS;
const UPDATED = OPTION_LIST.filter((o) => o.attribute !== undefined && !RELOADING.includes(o.name)).map((o) => o.name as keyof TimelineOptions);

/** One embed: see {@link Embed}. Made (and registered, one per host) by `createEmbed`. */
export class EmbedController implements Embed {
  readonly element: HTMLElement;
  readonly #box: HTMLElement;
  readonly #forget: () => void;
  #config: MarkupConfig;
  #handle: TimelineHandle | null = null;
  #unlisten: (() => void) | null = null;
  #state: EmbedState = "idle";
  #error: string | null = null;
  #diagnostics: Diagnostic[] = [];
  #fetched: { src: string; data: unknown } | null = null;
  #controller: AbortController | null = null;
  #token = 0;
  #destroyed = false;
  // The markup's sentences said once each, as the element says those it reads at once.
  readonly #warned = new Set<string>();

  /** Append the embed's box to `host`; `forget` drops it from the registry on `destroy`. */
  constructor(host: HTMLElement, initial: MarkupConfig, forget: () => void) {
    this.element = host;
    this.#forget = forget;
    this.#config = { ...initial, options: { ...initial.options } };
    this.#box = host.ownerDocument.createElement("div");
    this.#box.className = "cl-embed";
    host.append(this.#box);
  }

  get handle(): TimelineHandle | null {
    return this.#handle;
  }
  get state(): EmbedState {
    return this.#state;
  }
  get error(): string | null {
    return this.#error;
  }
  get diagnostics(): readonly Diagnostic[] {
    return this.#diagnostics;
  }

  /** The first load. */
  start(): void {
    this.#load();
  }

  set(next: MarkupConfig): void {
    if (this.#destroyed) return;
    const before = settled(this.#config);
    const config = settled({ ...before, ...next, options: next.options ? { ...next.options } : { ...before.options } });
    this.#config = config;
    const sourceChanged =
      before.data !== config.data ||
      (config.data == null && (before.src ?? "").trim() !== (config.src ?? "").trim()) ||
      RELOADING.some((name) => before.options?.[name as keyof TimelineOptions] !== config.options?.[name as keyof TimelineOptions]);
    // A locale named in markup that is still to load, or a date the readers still to load read:
    // drawn again (from the data at hand) once they have.
    if (sourceChanged || before.localeTag !== config.localeTag || config.waiting) return this.#load();
    this.#style();
    // Only the options changed: update the timeline in place (while loading, the timeline will be
    // drawn with them). An option no longer given goes back to its default.
    const changed: Partial<TimelineOptions> = {};
    for (const key of UPDATED) {
      if (!same(before.options?.[key], config.options?.[key])) Object.assign(changed, { [key]: config.options?.[key] });
    }
    if (this.#handle && Object.keys(changed).length > 0) {
      try {
        this.#handle.update(changed);
      } catch (thrown) {
        return this.#fail(this.#words().embed.optionsNotApplied(messageOf(thrown, this.#words().embed.unexpected)), [], thrown);
      }
    }
    if (this.#handle && before.debug !== config.debug) {
      this.#box.querySelector(":scope > .cl-diagnostics")?.remove();
      if (config.debug && this.#diagnostics.length > 0) this.#box.append(diagnosticList(this.element.ownerDocument, this.#diagnostics, this.#words()));
    }
  }

  reload(): void {
    if (!this.#destroyed) this.#load(true);
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#token++;
    this.#controller?.abort();
    this.#dropHandle();
    this.#box.remove();
    this.#forget();
    this.#state = "idle";
  }

  // The reader's words: the language the options name, or the locale held back while its file
  // loads, once it has (English while the script-tag bundle is still loading it, but for the
  // loading sentence, which every language has at hand). The options alone said English to a
  // page whose every event was refused, its error drawn after French had loaded.
  #words(): Messages {
    const tag = this.#config.localeTag;
    const locale = tag === undefined ? undefined : localeFor(tag);
    return languageOf(locale ? { ...this.#config.options, locale } : (this.#config.options ?? {})).messages;
  }

  #showLoading(): void {
    showLoading(this.#box, loadingIn(this.#config.localeTag) ?? this.#words().embed.loading);
  }

  #setState(next: EmbedState): void {
    this.#state = next;
    this.#box.setAttribute("data-state", next);
    this.#box.setAttribute("aria-busy", next === "loading" ? "true" : "false");
  }

  #style(): void {
    this.#box.setAttribute("data-theme", this.#config.options?.theme ?? "light");
    // The loading state keeps the timeline's height, so the page does not jump when it arrives.
    // Set through the CSSOM (never a style attribute), which a strict CSP allows.
    const height = this.#config.options?.height;
    if (height) this.#box.style.setProperty("--cl-embed-height", `${height}px`);
    else this.#box.style.removeProperty("--cl-embed-height");
  }

  #dropHandle(): void {
    this.#unlisten?.();
    this.#unlisten = null;
    this.#handle?.destroy();
    this.#handle = null;
  }

  #fail(message: string, found: Diagnostic[] = [], thrown?: unknown): void {
    this.#dropHandle();
    this.#diagnostics = found;
    this.#error = message;
    showError(this.#box, message, found, this.#words());
    this.#setState("error");
    dispatch(this.element, "citeline-error", thrown === undefined ? { message, diagnostics: found } : { message, diagnostics: found, error: thrown });
  }

  // Whatever reading or drawing the data throws (a RangeError from a pathological file, a bad
  // option), the reader gets the error state and the page the citeline-error event, never a
  // "Loading…" that stays forever.
  #draw(data: unknown, where: string): void {
    try {
      this.#drawOrThrow(data, where);
    } catch (thrown) {
      this.#fail(this.#words().embed.notDrawn(where, messageOf(thrown, this.#words().embed.unexpected)), [], thrown);
    }
  }

  // Draw once what the data and the locale need has loaded (at once, outside the script-tag bundle).
  #drawWhenReady(data: unknown, where: string): void {
    const ready = readyFor(data, this.#config);
    if (!ready) return this.#draw(data, where);
    const mine = this.#token;
    if (!this.#handle) {
      this.#showLoading();
      this.#setState("loading");
    }
    ready.then(
      () => mine === this.#token && !this.#destroyed && this.#draw(data, where),
      (reason: unknown) => mine === this.#token && !this.#destroyed && this.#fail(this.#words().embed.notDrawn(where, messageOf(reason, this.#words().embed.unexpected)), [], reason),
    );
  }

  #drawOrThrow(data: unknown, where: string): void {
    this.#readWaiting();
    const tag = this.#config.localeTag;
    const locale = tag === undefined ? undefined : localeFor(tag);
    const options: TimelineOptions = { ...this.#config.options, ...(locale ? { locale } : {}), format: this.#config.options?.format ?? "auto", data };
    let handle = this.#handle;
    if (handle) {
      handle.update(options);
    } else {
      const chart = this.element.ownerDocument.createElement("div");
      chart.className = "cl-embed-chart";
      this.#box.replaceChildren(chart);
      handle = this.#handle = createTimeline(chart, options);
      this.#unlisten = forwardEvents(handle, this.element);
    }
    // A date the page's cheap look missed needs a part still loading: the timeline reads its data
    // again when it has, and the embed reports what it found then.
    if (missingParts(handle.diagnostics).length === 0) return this.#settle(handle, where);
    const [mine, drawn] = [this.#token, handle];
    void drawn.ready.then(() => mine === this.#token && !this.#destroyed && this.#handle === drawn && this.#settle(drawn, where));
  }

  // Options whose dates waited for the readers of spellings are read now that those have loaded
  // (or failed to, when the markup's own sentence says the option was left at its default).
  #readWaiting(): void {
    const late = this.#config.waiting?.();
    if (!late) return;
    warnMarkup(late.problems, this.#warned);
    this.#config = { ...this.#config, options: { ...this.#config.options, ...late.options }, waiting: undefined };
  }

  #settle(handle: TimelineHandle, where: string): void {
    const diagnostics = (this.#diagnostics = handle.diagnostics);
    const empty = emptyMessage(handle.timeline.events.length, diagnostics, where, this.#words().embed);
    if (empty) return this.#fail(empty, diagnostics);
    this.#error = null;
    this.#box.querySelector(":scope > .cl-diagnostics")?.remove();
    if (this.#config.debug && diagnostics.length > 0) this.#box.append(diagnosticList(this.element.ownerDocument, diagnostics, this.#words()));
    warnDiagnostics(diagnostics, where, this.#config.debug === true);
    this.#setState("ready");
    dispatch(this.element, "citeline-load", { handle, timeline: handle.timeline, diagnostics });
  }

  #load(force = false): void {
    const mine = ++this.#token;
    this.#controller?.abort();
    this.#controller = null;
    this.#error = null;
    this.#style();
    const config = this.#config;
    if (config.data !== undefined && config.data !== null) return this.#drawWhenReady(config.data, this.#words().embed.theData);
    const src = config.src?.trim();
    if (!src) {
      this.#dropHandle();
      this.#diagnostics = [];
      if (config.requireSource) return this.#fail(this.#words().embed.noData);
      this.#box.replaceChildren();
      return this.#setState("idle");
    }
    if (!force && this.#fetched?.src === src) return this.#drawWhenReady(this.#fetched.data, quote(src));
    this.#dropHandle();
    this.#showLoading();
    this.#setState("loading");
    const abort = new AbortController();
    this.#controller = abort;
    const current = () => mine === this.#token && !this.#destroyed;
    fetchSource(src, { signal: abort.signal, words: this.#words().embed }).then(
      ({ data }) => {
        if (!current()) return;
        this.#controller = null;
        this.#fetched = { src, data };
        this.#drawWhenReady(data, quote(src));
      },
      (reason: unknown) => {
        if (!current()) return;
        this.#controller = null;
        this.#fail(reason instanceof SourceError ? reason.message : this.#words().embed.notLoaded(quote(src), String(reason)));
      },
    );
  }
}

// A locale tag held back while its file loaded is, once it has, the locale option it names: so a
// timeline drawn in it is not drawn again when markup, read anew, names the locale itself.
function settled(config: MarkupConfig): MarkupConfig {
  const locale = config.localeTag === undefined ? undefined : localeFor(config.localeTag);
  return locale ? { ...config, options: { ...config.options, locale }, localeTag: undefined } : config;
}

// Options compare by value: a window read again from the same attribute is a new array.
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => +(x as number) === +(b[i] as number));
  return a === b;
}
