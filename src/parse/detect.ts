import type { InputFormat } from "../types.js";
import { diagnostic } from "../diagnostics.js";
import { parseCsv } from "./csv.js";
import { decodeText, isBytes, lostCharacters } from "./decode.js";
import { fromObject, parseJson } from "./json.js";
import type { Parsed } from "./parsed.js";
import { fromTimelineJs } from "./timelinejs.js";

/**
 * Read input in any supported format into native-shaped data. With `auto`, text that starts
 * with `{` or `[` is JSON, anything else CSV; JSON (or an object) whose events carry
 * `start_date` or `text` is TimelineJS. A file's bytes are read as text first (see
 * `decodeText`), and text with characters lost to a wrong encoding is said.
 *
 * @example
 * ```ts
 * parseInput("Headline,Date\nVisit,2008-06-07", "auto"); // read as CSV
 * ```
 */
export function parseInput(input: unknown, format: InputFormat = "auto"): Parsed {
  // A file's bytes: read in the encoding they are in, and said where that is a guess.
  if (isBytes(input)) {
    const { text, encoding } = decodeText(input);
    return said(parseText(text, format), encoding === "windows-1252" ? { value: "Windows-1252" } : undefined);
  }
  if (typeof input === "string") {
    // UTF-16 read as UTF-8 keeps its ASCII between zero characters, after its mark turned to two U+FFFDs.
    const lost = lostCharacters(input);
    if (lost === "utf-16") return said(parseText(input.replace(/\0/g, "").replace(/^\uFFFD\uFFFD/, ""), format), { detail: lost });
    return said(parseText(input, format), lost ? {} : undefined);
  }
  if (format !== "json" && format !== "timelinejs" && format !== "auto") return unknownFormat(format);
  return fromData(input, format);
}

function parseText(input: string, format: InputFormat): Parsed {
  const text = input.replace(/^\uFEFF/, "");
  if (format === "csv" || (format === "auto" && !/^\s*[[{]/.test(text))) return parseCsv(text);
  if (format !== "json" && format !== "timelinejs" && format !== "auto") return unknownFormat(format);
  const parsed = parseJson(text);
  if (parsed.diagnostics.length > 0) return parsed;
  return fromData(parsed.data, format);
}

// The input's encoding, said first, where it was a guess or lost characters.
function said(parsed: Parsed, encoding: { value?: string; detail?: string } | undefined): Parsed {
  return encoding ? { ...parsed, diagnostics: [diagnostic("text-encoding", { section: "timeline" }, encoding), ...parsed.diagnostics] } : parsed;
}

function fromData(data: unknown, format: InputFormat): Parsed {
  if (format === "timelinejs" || (format === "auto" && looksLikeTimelineJs(data))) return { ...fromTimelineJs(data), format: "timelinejs" };
  return { ...fromObject(data), format: "json" };
}

function unknownFormat(format: unknown): Parsed {
  return { data: { events: [] }, diagnostics: [diagnostic("format-unknown", { section: "timeline" }, { value: format })] };
}

/**
 * TimelineJS events have `start_date` objects and `text.headline`; native ones have `start` and `title`.
 *
 * @example
 * ```ts
 * looksLikeTimelineJs({ events: [{ start_date: { year: "2008" }, text: { headline: "Visit" } }] }); // true
 * looksLikeTimelineJs({ events: [{ title: "Visit", start: "2008" }] });                           // false
 * ```
 */
export function looksLikeTimelineJs(data: unknown): boolean {
  if (typeof data !== "object" || data === null || !("events" in data)) return false;
  const events = (data).events;
  if (!Array.isArray(events)) return false;
  return events.some((e: unknown) => typeof e === "object" && e !== null && ("start_date" in e || "text" in e));
}
