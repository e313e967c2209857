/**
 * One rule for making identifiers from text, shared by the model (event and source ids) and the
 * TimelineJS importer (group ids): a leaf module, so both stages may use it.
 */

const MAX_SLUG = 64;

/**
 * Lower-case words joined by hyphens, letters of any script kept, accents dropped.
 *
 * @example
 * ```ts
 * slug("Maliki meets Ahmadinejad, Tehran"); // "maliki-meets-ahmadinejad-tehran"
 * ```
 */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
}
