/**
 * How the sheet writes its dates, said once for the whole sheet: its order of day and month
 * (`dateFormat`), and the hundred years its two-digit years fall in (`twoDigitYearsFrom`). Each is
 * the loader's own option; the workbench loads with them, and the embed code carries them as
 * attributes, so the article reads the sheet as the workbench showed it.
 *
 * @module
 */
import type { LoadOptions } from "../../src/types.js";
import { group } from "./controls.js";
import { el, uid } from "./dom.js";
import type { Language } from "./words.js";

/** The reading options the workbench sets. */
export type Reading = Pick<LoadOptions, "dateFormat" | "twoDigitYearsFrom">;

// The options table's bounds for twoDigitYearsFrom (src/options/table.ts, FIRST_YEARS; a test
// holds the two alike): a value outside them would throw in the loader, so it is never handed on.
// The workbench reaches the library through its public API alone, so they are not imported.
export const FIRST = 1000;
export const LAST = 9900;

/**
 * The year typed, as the option: undefined when empty, null when it is no whole year from 1000 to 9900.
 *
 * @example
 * ```ts
 * centuryOf("1930"); // 1930
 * centuryOf(""); // undefined
 * centuryOf("۱۹۳۰"); // 1930
 * centuryOf("30"); // null
 * ```
 */
export function centuryOf(text: string): number | undefined | null {
  // Typed as the help text writes it: Persian's digits, or Arabic's.
  const trimmed = text.trim().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));
  if (trimmed === "") return undefined;
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= FIRST && year <= LAST ? year : null;
}

/**
 * The controls, reporting each new reading (a year being typed is reported once it is a whole year in range).
 *
 * @example
 * ```ts
 * host.append(readingControls(language, {}, (reading) => load(reading)));
 * ```
 */
export function readingControls(language: Language, start: Reading, changed: (reading: Reading) => void): HTMLElement {
  const w = language.words;
  let reading: Reading = { ...start };
  const order = group<"shown" | "DMY" | "MDY">(
    w.orderLegend,
    [
      { value: "shown", label: w.orderShown },
      { value: "DMY", label: w.orderDMY },
      { value: "MDY", label: w.orderMDY },
    ],
    reading.dateFormat ?? "shown",
    (value) => {
      reading = { ...reading };
      if (value === "shown") delete reading.dateFormat;
      else reading.dateFormat = value;
      changed(reading);
    },
  );
  const id = uid("studio-century");
  const year = el("input", { id, type: "text", inputmode: "numeric", class: "studio-century", dir: "ltr", maxlength: 4, placeholder: "1930", autocomplete: "off", "aria-describedby": `${id}-help` });
  year.value = reading.twoDigitYearsFrom === undefined ? "" : String(reading.twoDigitYearsFrom);
  const invalid = el("p", { id: `${id}-invalid`, class: "studio-invalid", hidden: true }, w.centuryInvalid);
  year.addEventListener("input", () => {
    const value = centuryOf(year.value);
    const wrong = value === null;
    year.setAttribute("aria-invalid", String(wrong));
    year.setAttribute("aria-describedby", wrong ? `${id}-help ${id}-invalid` : `${id}-help`);
    invalid.hidden = !wrong;
    if (wrong || value === reading.twoDigitYearsFrom) return;
    reading = { ...reading };
    if (value === undefined) delete reading.twoDigitYearsFrom;
    else reading.twoDigitYearsFrom = value;
    changed(reading);
  });
  return el(
    "fieldset",
    { class: "studio-choices studio-reading-options" },
    el("legend", {}, w.readingLegend),
    order,
    el("div", { class: "studio-field" }, el("label", { for: id }, w.centuryLabel), year, el("p", { id: `${id}-help`, class: "studio-help" }, w.centuryHelp), invalid),
  );
}
