/**
 * The embed code in each form a CMS takes, as text to copy: `<cite-line>` with the data inside (its
 * `data` attribute) or reading an uploaded file (`src`), the `data-citeline` snippet, and an
 * `<iframe>` of the self-contained page. Every value is escaped for the attribute it goes in, so a
 * cell holding markup stays text in the embed too. Pure: tested without a page.
 *
 * @module
 */

/** What every form is made from. */
export interface EmbedInput {
  /** Where citeline's files are on the site: a folder URL (a missing final `/` is added). */
  base: string;
  /** The data file's name as uploaded beside the article (`events.csv`). */
  file: string;
  /** The data itself, for the inline form. */
  data: string;
  /** The timeline's accessible name. */
  label: string;
  theme: "light" | "dark";
  /** The language tag to draw in; English adds no attribute. */
  locale: string;
  /** The iframe's height in px. */
  height: number;
  /** The sheet's order of day and month, where it was said. */
  dateFormat?: "DMY" | "MDY" | undefined;
  /** The first of the hundred years the sheet's two-digit years fall in, where it was said. */
  twoDigitYearsFrom?: number | undefined;
}

/** The forms, by key. */
export type EmbedForm = "inline" | "src" | "snippet" | "iframe";

/** Above this many bytes of data the inline form is discouraged (a CMS field, an article's weight). */
export const INLINE_LIMIT = 20_000;

/**
 * Text as an attribute value in double quotes. A NUL character, which no HTML page can carry, is
 * written as U+FFFD, as every HTML parser would read it.
 *
 * @example
 * ```ts
 * attribute('a "b" <c> & d'); // "a &quot;b&quot; &lt;c&gt; &amp; d"
 * ```
 */
export function attribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\0/g, "\uFFFD");
}

function folder(base: string): string {
  const trimmed = base.trim();
  return trimmed === "" || trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
}

/** The options as attributes, with a prefix (`data-` for the snippet). */
function options(input: EmbedInput, prefix: string): string {
  const parts = [` ${prefix}label="${attribute(input.label)}"`];
  if (input.theme === "dark") parts.push(` ${prefix}theme="dark"`);
  if (!/^en\b/i.test(input.locale)) parts.push(` ${prefix}locale="${attribute(input.locale)}"`);
  // How the data's dates are written goes where the data is read; the iframe's page is already read.
  if (input.dateFormat) parts.push(` ${prefix}date-format="${input.dateFormat}"`);
  if (input.twoDigitYearsFrom !== undefined) parts.push(` ${prefix}two-digit-years-from="${Math.trunc(input.twoDigitYearsFrom)}"`);
  return parts.join("");
}

/**
 * The code of one embed form.
 *
 * @example
 * ```ts
 * embedCode("src", { base: "/citeline/", file: "events.csv", data, label: "Maliki in Tehran", theme: "light", locale: "en-GB", height: 640 });
 * // '<link rel="stylesheet" href="/citeline/style.css">\n<cite-line src="events.csv" label="Maliki in Tehran"></cite-line>\n<script src="/citeline/citeline.umd.min.js"></script>'
 * ```
 */
export function embedCode(form: EmbedForm, input: EmbedInput): string {
  const base = folder(input.base);
  const css = `<link rel="stylesheet" href="${attribute(`${base}style.css`)}">`;
  const script = `<script src="${attribute(`${base}citeline.umd.min.js`)}"></script>`;
  switch (form) {
    case "inline":
      return `${css}\n<cite-line data="${attribute(input.data)}"${options(input, "")}></cite-line>\n${script}`;
    case "src":
      return `${css}\n<cite-line src="${attribute(input.file)}"${options(input, "")}></cite-line>\n${script}`;
    case "snippet":
      return `${css}\n<div data-citeline="${attribute(input.file)}"${options(input, "data-")}></div>\n${script}`;
    case "iframe":
      return `<iframe src="timeline.html" title="${attribute(input.label)}" width="100%" height="${Math.round(input.height)}" loading="lazy"></iframe>`;
  }
}
