/**
 * The one-snippet embed: every `[data-citeline]` element becomes a timeline.
 *
 * ```html
 * <link rel="stylesheet" href="style.css">
 * <div data-citeline="events.csv" data-height="420" data-theme="dark"></div>
 * <script src="citeline.umd.min.js"></script>   <!-- runs autoEmbed() itself -->
 * ```
 *
 * @module
 */
import { createEmbed, embedOf, type Embed } from "./embed.js";
import { readMarkup, type MarkupConfig } from "./markup.js";
import { warnMarkup } from "./problems.js";

/**
 * Draw a timeline into every `[data-citeline]` element under `root` (and `root` itself): the
 * attribute's value is the data URL (JSON, CSV, TimelineJS JSON); `data-height`, `data-locale`,
 * `data-theme`, `data-window`, `data-label`, `data-format`, `data-view`, `data-heading-level` and
 * `data-debug` set the rest. An
 * element already embedded keeps its timeline, so calling it again (after adding elements) is safe,
 * and so is loading the script twice (the snippet pasted twice in one article): an element another
 * copy of citeline has drawn into is left to it (and not returned).
 * The script-tag bundle calls it on `DOMContentLoaded`; with ESM, call it yourself.
 *
 * @example
 * ```ts
 * import { autoEmbed } from "citeline";
 * import "citeline/style.css";
 * for (const embed of autoEmbed()) embed.element.addEventListener("citeline-error", (e) => report(e));
 * ```
 */
export function autoEmbed(root: ParentNode = document): Embed[] {
  const hosts: HTMLElement[] = [...root.querySelectorAll<HTMLElement>("[data-citeline]")];
  if ("matches" in root && (root as Element).matches("[data-citeline]")) hosts.unshift(root as HTMLElement);
  return hosts.flatMap((host) => {
    const existing = embedOf(host);
    if (existing) return [existing];
    // Drawn by another copy of citeline on this page (the snippet pasted twice loads the script twice).
    if (host.querySelector(":scope > .cl-embed")) return [];
    const { options, problems, localeTag, waiting } = readMarkup(
      (name) => host.getAttribute(`data-${name}`),
      (name) => `data-${name}`,
    );
    warnMarkup(problems, new Set());
    const config: MarkupConfig = { src: host.getAttribute("data-citeline"), options, debug: host.hasAttribute("data-debug"), requireSource: true, localeTag, waiting };
    return [createEmbed(host, config)];
  });
}
