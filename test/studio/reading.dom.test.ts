// "How the sheet writes dates" (studio/src/reading.ts) in jsdom: each choice reported as the
// loader's options, a year reported once it is one the loader takes, and a wrong one said, never handed on.
import { describe, expect, it } from "vitest";
import { loadTimeline } from "../../src/load.js";
import { FIRST_YEARS } from "../../src/options/table.js";
import { centuryOf, FIRST, LAST, readingControls, type Reading } from "../../studio/src/reading.js";
import { languageOf } from "../../studio/src/words.js";

function mount(start: Reading = {}) {
  const seen: Reading[] = [];
  const node = readingControls(languageOf("en"), start, (r) => seen.push(r));
  document.body.replaceChildren(node);
  const year = node.querySelector<HTMLInputElement>(".studio-century")!;
  const type = (text: string) => {
    year.value = text;
    year.dispatchEvent(new Event("input"));
  };
  const choose = (label: string) => {
    const input = [...node.querySelectorAll("label")].find((l) => l.textContent === label)!.control as HTMLInputElement;
    input.checked = true;
    input.dispatchEvent(new Event("change"));
  };
  return { node, seen, year, type, choose };
}

describe("how the sheet writes dates", () => {
  it("reports the order of day and month as dateFormat, and the data's own order as none", () => {
    const { seen, choose, node } = mount();
    expect(node.querySelector("legend")?.textContent).toBe("How the sheet writes dates");
    choose("Day first (7/6/2008 is 7 June)");
    choose("Month first (7/6/2008 is July 6)");
    choose("As its dates show");
    expect(seen).toEqual([{ dateFormat: "DMY" }, { dateFormat: "MDY" }, {}]);
  });

  it("reports a year once it is whole and from 1000 to 9900, says a wrong one, and hands on only what the loader takes", () => {
    const { seen, type, year, node } = mount({ dateFormat: "MDY" });
    const invalid = node.querySelector<HTMLElement>(".studio-invalid")!;
    type("19");
    expect([year.getAttribute("aria-invalid"), invalid.hidden]).toEqual(["true", false]);
    expect(year.getAttribute("aria-describedby")).toContain(invalid.id);
    type("1930");
    expect([year.getAttribute("aria-invalid"), invalid.hidden]).toEqual(["false", true]);
    type("0930");
    type("");
    expect(seen).toEqual([{ dateFormat: "MDY", twoDigitYearsFrom: 1930 }, { dateFormat: "MDY" }]);
    for (const r of seen) expect(() => loadTimeline("Title,Start date\nA,5/31/17\n", r)).not.toThrow();
  });

  it("shows what was chosen before, after a change of language rebuilds it", () => {
    const { node, year } = mount({ dateFormat: "DMY", twoDigitYearsFrom: 1950 });
    expect(year.value).toBe("1950");
    const checked = node.querySelector<HTMLInputElement>("input[type=radio]:checked")!;
    expect(checked.labels?.[0]?.textContent).toBe("Day first (7/6/2008 is 7 June)");
  });

  it("reads the year typed as the options table's bounds say, in Arabic's and Persian's digits too", () => {
    expect({ min: FIRST, max: LAST }).toEqual(FIRST_YEARS);
    expect([centuryOf("1930"), centuryOf(" 2000 "), centuryOf(""), centuryOf("30"), centuryOf("999"), centuryOf("9901"), centuryOf("1930.5"), centuryOf("١٩٣٠"), centuryOf("۱۹۵۰")]).toEqual([1930, 2000, undefined, null, null, null, null, 1930, 1950]);
  });
});
