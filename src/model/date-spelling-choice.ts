/**
 * Dates written as a choice: "June or July 2008", "7 or 8 June 2008", "1980 or 1981", and as
 * citeline writes a set in words, "one of 1667, 1668", "all of 1667, 1668". EDTF's sets say
 * exactly that (`[2008-06,2008-07]`: one of them; `{1667,1668}`: all of them), so each is read as
 * one, where it was refused as no date.
 *
 * @module
 */
import type { Spelling } from "./date-spelling.js";
import { withoutReadings } from "./date-readings.js";
import { centuryOf, sharedParts } from "./date-spelling-range.js";

// A member as a set holds one: a year, month, season or day, with a qualifier; not a span or a set.
const MEMBER = /^-?\d{4}(?:-\d{2}){0,2}[?~%]?$/;
const SPAN = /^(-?\d{4}(?:-\d{2}){0,2})\/(-?\d{4}(?:-\d{2}){0,2})$/;
const RANGE = /^-?\d{4}(?:-\d{2}){0,2}\.\.-?\d{4}(?:-\d{2}){0,2}$/;
// "Or" in the languages whose month names the readers know and whose dates a sheet writes with
// words: "Juni oder Juli 2008", "juin ou juillet 2008", "junio o julio de 2008", "czerwiec lub
// lipiec 2008", "июнь или июль 2008". Not Dutch "of": English's "the summer of 2008" is one date.
const OR_WORDS = "or|oder|ou|o|u|oppure|eller|tai|vagy|lub|albo|nebo|alebo|ili|или|або|veya|ή|או|أو|یا";
const OR = new RegExp(`\\s(?:${OR_WORDS})\\s`, "iu");
const EITHER = new RegExp(`^(?:either |entweder |ou |o )?(.+?)\\s(?:${OR_WORDS})\\s(.+)$`, "iu");

/**
 * Read "A or B" (each end sharing what the other writes once, as a range does) and "one of A, B,
 * …" or "all of A, B, …" as an EDTF set. Undefined when the text is none, or a member is no single
 * date; the refusal of a member that is refused.
 *
 * @example
 * ```ts
 * choiceSpelling("7 or 8 June 2008", normalizeSpelling); // { ok: true, edtf: "[2008-06-07,2008-06-08]" }
 * choiceSpelling("all of 1667, 1668", normalizeSpelling); // { ok: true, edtf: "{1667,1668}" }
 * ```
 */
export function choiceSpelling(text: string, read: (text: string) => Spelling): Spelling | undefined {
  const listed = /^(one|all) of (.+)$/i.exec(text);
  if (listed) return setOf(listed[2]!.split(/\s*,\s*/), listed[1]!.toLowerCase() === "one", read);
  if (!OR.test(text)) return undefined;
  const either = EITHER.exec(text);
  if (!either) return undefined;
  return setOf(sharedParts(either[1]!, centuryOf(either[1]!, either[2]!)), true, read);
}

function setOf(members: readonly string[], oneOf: boolean, read: (text: string) => Spelling): Spelling | undefined {
  if (members.length < 2 || members.some((m) => m === "")) return undefined;
  const dates = members.map(read);
  const refused = dates.find((d) => !d.ok);
  if (refused && !refused.ok) return dates.every((d) => !d.ok && d.code === "date-invalid" && !d.detail) ? undefined : withoutReadings(refused);
  // A span among them ("one of 1667, 1670 – 1672", "1980–1985 or 1990") is a range in the set,
  // one candidate; an open or qualified span is none.
  const edtf = dates.map((d) => (d.ok ? d.edtf.replace(SPAN, "$1..$2") : ""));
  // Text that is no date at all ("cats or dogs") is for the other readers.
  if (!edtf.every((e) => MEMBER.test(e) || RANGE.test(e))) return edtf.every((e) => /^-?\d{4}/.test(e)) ? { ok: false, code: "date-invalid" } : undefined;
  const warning = dates.map((d) => (d.ok ? d.warning : undefined)).find((w) => w !== undefined);
  const set = oneOf ? `[${edtf.join(",")}]` : `{${edtf.join(",")}}`;
  return warning ? { ok: true, edtf: set, warning } : { ok: true, edtf: set };
}
