/**
 * An event's picture as a scene: `<figure class="cl-media">` with the image (only where the page
 * opted in), or what it shows in words (where it did not, or where it failed to load), and a
 * caption with the credit as a citation line. Never an iframe, a script or anyone's embed: an
 * `<img>` of a checked address, lazy, with no referrer.
 *
 * @module
 */
import type { Messages } from "../messages/index.js";
import { safeImageSrc } from "../model/source.js";
import type { TimelineEvent } from "../types.js";
import { runNodes } from "./citation.js";
import type { Run } from "./markup.js";
import { h, type SceneElement, type SceneNode } from "./node.js";
import type { Words } from "./words.js";

/**
 * How pictures are shown: loaded, or said in words; and which addresses failed to load in this page.
 *
 * @example
 * ```ts
 * const media: MediaView = { load: options.media === true, failed: new Set(["images/gone.jpg"]) };
 * ```
 */
export interface MediaView {
  /** Load the pictures (the `media` option); otherwise say what they show. */
  load: boolean;
  /** Addresses (as the scene writes them in `src`) that failed to load: shown as their alt text. */
  failed?: ReadonlySet<string>;
}

/** What a picture is drawn with: the words, and how pictures are shown. */
export interface MediaSceneInput {
  words: Words;
  messages: Messages["chart"];
  media?: MediaView | undefined;
}

const OFF: MediaView = { load: false };

/**
 * The figure of an event's picture, as a list of nodes to splice into a card or an entry: none
 * when the event has no picture, or nothing of it would show (a decorative picture not loaded,
 * with no caption and no credit).
 *
 * @example
 * ```ts
 * h("div", {}, [...mediaNodes(event, { words, messages: en.chart, media: { load: true } })]);
 * // <figure class="cl-media"><img class="cl-media-img" src=… alt=… loading="lazy" …><figcaption>…</figcaption></figure>
 * ```
 */
export function mediaNodes(event: TimelineEvent, input: MediaSceneInput, cls = ""): SceneElement[] {
  const media = event.media;
  if (!media) return [];
  const view = input.media ?? OFF;
  const m = input.messages;
  // Checked again where it is written (as links are): a hand-made timeline skips the loader.
  const safe = safeImageSrc(media.url);
  const src = "src" in safe ? safe.src : undefined;
  const failed = src === undefined || (view.failed?.has(src) ?? false);
  const shown: SceneNode[] = [];
  if (view.load && !failed) {
    // `src` last: a browser starts loading when it is set, and by then it must know to wait
    // (lazy) and to send no referrer.
    shown.push(h("img", { class: "cl-media-img", alt: media.alt, loading: "lazy", decoding: "async", referrerpolicy: "no-referrer", src }));
  } else if (view.load) {
    shown.push(h("p", { class: "cl-media-alt cl-media-failed" }, media.alt === "" ? m.mediaFailedBare : around(m.mediaFailed, media.alt)));
  } else if (media.alt !== "") {
    shown.push(h("p", { class: "cl-media-alt" }, around(m.mediaAlt, media.alt)));
  }
  const caption = captionNodes(event, input);
  if (caption.length > 0) shown.push(h("figcaption", { class: "cl-media-caption" }, caption));
  if (shown.length === 0) return [];
  return [h("figure", { class: `cl-media${cls ? ` ${cls}` : ""}${view.load ? "" : " cl-media-off"}` }, shown)];
}

// Our words around the user's, the user's isolated.
function around(words: readonly [string, string], user: string): SceneNode[] {
  const runs: Run[] = [words[0], { user }, words[1]];
  return runNodes(runs);
}

// The caption, then the credit as a citation line: "Credit: IRNA [3]". The number is text, not a
// link: the event's own citations, just below, already link to every source, and a second tab
// stop per picture would only lengthen a keyboard reader's way through the list.
function captionNodes(event: TimelineEvent, input: MediaSceneInput): SceneNode[] {
  const media = event.media!;
  const out: SceneNode[] = [];
  if (media.caption) out.push(h("span", { class: "cl-media-caption-text", dir: "auto" }, media.caption));
  if (media.credit) {
    const number = media.source === undefined ? undefined : input.words.citation(media.source)?.number;
    const line = around(input.messages.mediaCredit, media.credit);
    if (number !== undefined) line.push(" ", h("span", { class: "cl-media-cite" }, input.messages.citeNumber(number).trim()));
    out.push(h("span", { class: "cl-media-credit" }, line));
  }
  return out;
}
