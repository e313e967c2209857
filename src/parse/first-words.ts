/**
 * A title made from an event's text where none was written: a TimelineJS slide's blank headline,
 * a sheet with no title column.
 *
 * @module
 */

// A title made from text is cut near this many characters, at a word.
const MADE_TITLE_LENGTH = 60;

/**
 * The first line of a text with words in it, cut at a word near 60 characters, with "…".
 *
 * @example
 * ```ts
 * firstWords("North Korea fires off its first ballistic missile, the Unha-1 rocket, also known as the Taepodong-1");
 * // "North Korea fires off its first ballistic missile, the…"
 * ```
 */
export function firstWords(text: string): string {
  const line = (text.split("\n").find((l) => l.trim() !== "") ?? "").replace(/\s+/g, " ").trim();
  if (line.length <= MADE_TITLE_LENGTH) return line;
  const space = line.lastIndexOf(" ", MADE_TITLE_LENGTH);
  const cut = space > MADE_TITLE_LENGTH / 2 ? line.slice(0, space) : line.slice(0, MADE_TITLE_LENGTH);
  return `${cut.replace(/[\s,;:.–—-]+$/, "")}…`;
}
