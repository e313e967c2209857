/**
 * The preview's controls: the width (each of 320, 375, 768 and 1280 px, or all four side by side)
 * and the theme, as two groups of radio buttons: native, labelled, and moved through with the arrow keys.
 *
 * @module
 */
import { el, uid } from "./dom.js";
import { WIDTHS, type PreviewState } from "./preview.js";
import type { Language } from "./words.js";

/**
 * A group of radio buttons with its legend, reporting the value chosen.
 *
 * @example
 * ```ts
 * host.append(group("Theme", [{ value: "light", label: "Light" }, { value: "dark", label: "Dark" }], "light", (theme) => redraw(theme)));
 * ```
 */
export function group<T extends string | number>(legend: string, choices: readonly { value: T; label: string }[], chosen: T, changed: (value: T) => void): HTMLElement {
  const name = uid("studio-choice");
  return el(
    "fieldset",
    { class: "studio-choices" },
    el("legend", {}, legend),
    ...choices.map(({ value, label }) => {
      const id = uid(name);
      const input = el("input", { type: "radio", name, id, value: String(value), checked: value === chosen });
      input.addEventListener("change", () => input.checked && changed(value));
      return el("span", { class: "studio-choice" }, input, el("label", { for: id }, label));
    }),
  );
}

/**
 * The controls, reporting each new choice.
 *
 * @example
 * ```ts
 * host.append(controls(language, { width: 375, theme: "light" }, (view) => preview.draw(timeline, view)));
 * ```
 */
export function controls(language: Language, start: PreviewState, changed: (view: PreviewState) => void): HTMLElement {
  const { words: w, numbers: n } = language;
  let view = { ...start };
  const widths: { value: PreviewState["width"]; label: string }[] = [...WIDTHS.map((px) => ({ value: px, label: w.pixels(n, px) })), { value: "all", label: w.allWidths }];
  return el(
    "div",
    { class: "studio-controls" },
    group(w.widthLabel, widths, view.width, (width) => changed((view = { ...view, width }))),
    group(w.themeLabel, [{ value: "light" as const, label: w.light }, { value: "dark" as const, label: w.dark }], view.theme, (theme) => changed((view = { ...view, theme }))),
  );
}
