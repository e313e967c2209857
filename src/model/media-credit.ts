/**
 * A picture's credit is a citation: whoever made the picture is entered as one of the event's
 * sources, so it is numbered, listed and counted like the rest. A credit the event already cites
 * (the same publisher, or the same "X via Y" chain) is not entered twice: a TimelineJS slide's
 * credit, already read into its sources, and a saved timeline loaded again stay as they were.
 *
 * @module
 */
import type { TimelineEvent } from "../types.js";
import type { MediaRead } from "./media.js";
import type { ItemReader } from "./reader.js";
import type { SourceRegistry } from "./source.js";

/**
 * A credit or publisher as compared: case, spacing and the comma before "via" do not matter.
 *
 * @example
 * ```ts
 * creditKey("IRNA, via  The New York Times"); // "irna via the new york times"
 * ```
 */
export function creditKey(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").replace(/\s*,?\s+via\s+/g, " via ").trim();
}

// The ways a source can be named in a credit line: its publisher, with each relay after it.
function keysOf(registry: SourceRegistry, id: string): Set<string> {
  const names = registry.names(id);
  return new Set(names.map((_, i) => creditKey(names.slice(0, i + 1).join(" via "))));
}

// Whether the event's source `id` is what the credit says: the whole line, or each of its parts
// (a TimelineJS credit of several lines is several sources).
function credits(registry: SourceRegistry, ids: readonly string[], credit: string): string | undefined {
  const whole = creditKey(credit);
  const keys = ids.map((id) => ({ id, keys: keysOf(registry, id) }));
  const same = keys.find((k) => k.keys.has(whole));
  if (same) return same.id;
  const parts = credit.split(/\s*[;\n]\s*/).map(creditKey).filter((p) => p !== "");
  if (parts.length < 2) return undefined;
  const found = parts.map((p) => keys.find((k) => k.keys.has(p))?.id);
  return found.every((id) => id !== undefined) ? found[0] : undefined;
}

/**
 * Enter an event's media credit among its sources (see the module), and note on its media which
 * source it is. `reader` addresses a diagnostic to the event.
 *
 * @example
 * ```ts
 * settleCredit(event, { credit: "IRNA" }, registry, reader); // event.sources now ends with IRNA's id
 * ```
 */
export function settleCredit(event: TimelineEvent, read: MediaRead | undefined, registry: SourceRegistry, reader: ItemReader): void {
  if (read?.credit === undefined) return;
  let id: string | undefined;
  if (read.source !== undefined) {
    if (registry.has(read.source)) id = read.source;
    else reader.report("unknown-source", "media.source", { value: read.source });
  }
  id ??= credits(registry, event.sources, read.credit) ?? registry.addInline({ publisher: read.credit }).id;
  if (!event.sources.includes(id)) event.sources = [...event.sources, id];
  if (event.media) event.media.source = id;
}
