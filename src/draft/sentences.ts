/**
 * An article's sentences, found by the platform's sentence segmenter (`Intl.Segmenter`, the
 * Unicode rules in ICU) rather than a splitter of our own. Each keeps where it stands in the
 * text, so a date expression found anywhere in the text is placed in its sentence.
 *
 * @module
 */

/** One sentence of the text. */
export interface Sentence {
  /** Its position among the text's sentences, from 0. */
  n: number;
  /** The sentence as written, without the spaces and line breaks around it. */
  text: string;
  /** Where `text` starts and ends in the whole text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** The paragraph it is in, from 0: paragraphs are parted by line breaks. */
  paragraph: number;
}

// The abbreviations after which ICU's English rules would end a sentence that goes on: CLDR's
// English sentence-break suppressions (what `ss=standard` asks ICU for, which V8's Intl does not
// offer), with the month names newsrooms shorten. Case matters: "Gen." is one, "gen." is not.
const SUPPRESSED = new Set(
  (
    "Mr Mrs Ms Messrs Mmes Dr Prof Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Gov Sen Rep Rev Hon Pres Supt Insp Det St Ste Mt Ft " +
    "Jr Sr Co Corp Inc Ltd Bros No Nos Vol Fig Ave Blvd Rd Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec U.S U.K U.N E.U"
  ).split(" "),
);

/**
 * The sentences of `text`, by the segmenter for `locale`, without blank ones. A break ICU makes
 * after one of English's usual abbreviations ("Mr. Maliki"), or before a sentence that starts in
 * lower case, is undone: the segmenter is told no exceptions by V8, and a sentence never starts
 * in the middle of a name.
 *
 * @example
 * ```ts
 * sentencesOf("“We will not,” Mr. Maliki said. Talks ended.", "en").map((s) => s.text);
 * // ["“We will not,” Mr. Maliki said.", "Talks ended."]
 * ```
 */
export function sentencesOf(text: string, locale: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let last = 0;
  let open: { start: number; end: number } | undefined;
  const close = () => {
    if (!open) return;
    const raw = text.slice(open.start, open.end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== "") {
      const start = open.start + lead;
      paragraph += lineBreaks(text, last, start);
      last = start;
      out.push({ n: out.length, text: body, start, end: start + body.length, paragraph });
    }
    open = undefined;
  };
  for (const { segment, index } of new Intl.Segmenter(locale, { granularity: "sentence" }).segment(text)) {
    const end = index + segment.length;
    // The part before joins this one when it ended on an abbreviation, or this one goes on in lower case.
    if (open && !/\n/.test(text.slice(open.start, open.end)) && (endsInAbbreviation(text.slice(open.start, open.end)) || /^\s*\p{Ll}/u.test(segment))) {
      open.end = end;
      continue;
    }
    close();
    open = { start: index, end };
  }
  close();
  return out;
}

function endsInAbbreviation(segment: string): boolean {
  const word = /(\S+)\.\s*$/.exec(segment)?.[1];
  return word !== undefined && SUPPRESSED.has(word.replace(/^[(“"‘']+/, ""));
}

// Line breaks between two offsets, a run of them counting once: a new paragraph.
function lineBreaks(text: string, from: number, to: number): number {
  return text.slice(from, to).match(/\n+/g)?.length ?? 0;
}
