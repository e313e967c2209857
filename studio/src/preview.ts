/**
 * The preview: the timeline at a phone's, a tablet's and a desktop's width (320, 375, 768 or
 * 1280 px, one at a time or side by side), in the light or the dark theme. Each width is a frame
 * of its own (preview.html, same origin), so that the timeline's media queries see the width a
 * reader's screen would have, not the workbench's; the frame's own script-tag bundle draws it with
 * `createTimeline`, updated in place with each load.
 *
 * @module
 */
import type { TimelineHandle } from "../../src/index.js";
import type { Timeline } from "../../src/types.js";
import type { Citeline } from "./api.js";
import { el } from "./dom.js";
import type { Language } from "./words.js";

/** The widths a reporter checks. */
export const WIDTHS = [320, 375, 768, 1280] as const;

/** The preview's choices. */
export interface PreviewState {
  width: (typeof WIDTHS)[number] | "all";
  theme: "light" | "dark";
}

/** A drawn preview: redraw with a new timeline or new choices. */
export interface Preview {
  /** `read`: data was given and read (its timeline undefined when no row of it was). */
  draw(timeline: Timeline | undefined, state: PreviewState, read?: boolean): void;
}

/** A preview frame's window: its own globals, and the script-tag bundle's `Citeline`. */
type FrameWindow = Window & typeof globalThis & { Citeline: Citeline };

interface Frame {
  figure: HTMLElement;
  /** Draw in the frame once it has loaded (and its locale has). */
  show(timeline: Timeline, state: PreviewState): void;
  destroy(): void;
}

/**
 * The preview in `host`: a frame per width shown, each with its own timeline.
 *
 * @example
 * ```ts
 * const preview = makePreview(host, language);
 * preview.draw(timeline, { width: 375, theme: "light" });
 * ```
 */
export function makePreview(host: HTMLElement, language: Language): Preview {
  const frames = new Map<number, Frame>();
  const empty = el("p", { class: "studio-empty" }, language.words.nothingYet);
  host.append(empty);
  return {
    draw(timeline, state, read = false) {
      empty.hidden = timeline !== undefined;
      // Given data with no row read, the reporter is told so, not asked for data again.
      empty.textContent = read ? language.words.nothingRead : language.words.nothingYet;
      const wanted: number[] = timeline === undefined ? [] : state.width === "all" ? [...WIDTHS] : [state.width];
      for (const [width, frame] of frames) {
        if (wanted.includes(width)) continue;
        frame.destroy();
        frames.delete(width);
      }
      host.classList.toggle("studio-side-by-side", state.width === "all");
      // In width order. A frame already in its place stays put: moving an iframe in the document reloads it.
      let before: Element | null = host.firstElementChild === empty ? empty.nextElementSibling : host.firstElementChild;
      for (const width of wanted) {
        const frame = frames.get(width) ?? makeFrame(width, language);
        frames.set(width, frame);
        if (frame.figure !== before) host.insertBefore(frame.figure, before);
        before = frame.figure.nextElementSibling;
        frame.show(timeline!, state);
      }
    },
  };
}

function makeFrame(width: number, language: Language): Frame {
  const caption = language.words.previewAt(language.numbers, width);
  const iframe = el("iframe", { src: "preview.html", title: caption, class: `studio-frame studio-w${width}`, width, height: 480 });
  const figure = el("figure", { class: "studio-figure" }, el("figcaption", {}, caption), iframe);
  let handle: TimelineHandle | undefined;
  let wanted: [Timeline, PreviewState] | undefined;
  let ready: Promise<FrameWindow> | undefined;
  let observer: ResizeObserver | undefined;
  const loaded = new Promise<void>((resolve) => iframe.addEventListener("load", () => resolve(), { once: true }));
  const frameReady = () =>
    (ready ??= loaded.then(async () => {
      const win = iframe.contentWindow as FrameWindow;
      // A file dropped on a preview would open in the frame, in place of the timeline: it is refused there.
      for (const type of ["dragover", "drop"]) win.document.addEventListener(type, (e) => e.preventDefault());
      if (!language.tag.startsWith("en")) await win.Citeline.preload(language.tag).catch(() => undefined);
      // The frame is as tall as what it shows, so the workbench scrolls, not the frame.
      const fit = new win.ResizeObserver(() => (iframe.height = String(Math.ceil(win.document.body.getBoundingClientRect().height))));
      fit.observe(win.document.body);
      observer = fit;
      return win;
    }));
  return {
    figure,
    show(timeline, state) {
      wanted = [timeline, state];
      void frameReady().then((win) => {
        if (!wanted) return;
        const [t, s] = wanted;
        win.document.documentElement.classList.toggle("studio-dark", s.theme === "dark");
        win.document.documentElement.lang = language.tag;
        win.document.documentElement.dir = language.dir;
        const options = { timeline: t, theme: s.theme, locale: language.tag, label: t.title ?? caption };
        if (handle) handle.update(options);
        else handle = win.Citeline.createTimeline(win.document.getElementById("timeline")!, options);
      });
    },
    destroy() {
      wanted = undefined;
      observer?.disconnect();
      handle?.destroy();
      figure.remove();
    },
  };
}
