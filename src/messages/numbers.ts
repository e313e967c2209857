/**
 * Numbers, plurals and lists in a reader's language, all from `Intl`: the digits the language's
 * tag uses by default (`fa` ۱۲۳, `ar-EG` ١٢٣, `ar` 123, as Intl says), its plural categories and
 * its way of joining a list. A language's table is made from one of these, so a page in `ar-EG`
 * and one in `ar` share their words and differ only in digits.
 *
 * @module
 */

/** A language's forms of a counted phrase, by plural category; `#` stands for the count. */
export type PluralForms = { readonly [C in Intl.LDMLPluralRule]?: string } & { readonly other: string };

/** Numbers in one language. */
export interface Numbers {
  /** The BCP 47 tag they are written for. */
  readonly tag: string;
  /** A count, grouped as the language groups: 1,234 · ۱٬۲۳۴ · 1 234. */
  readonly count: (n: number) => string;
  /** A number without grouping (a year, a citation number): 2008 · ۲۰۰۸. */
  readonly plain: (n: number) => string;
  /** The ASCII digits of `text` in the language's digits ("+88" → "+۸۸"). */
  readonly digits: (text: string) => string;
  /** The form for `n` (its category from `Intl.PluralRules`, else `other`), `#` replaced by the count. */
  readonly plural: (n: number, forms: PluralForms) => string;
  /** Items as the language lists them: "a, b and c", or with "or". */
  readonly list: (items: readonly string[], kind?: "and" | "or") => string;
  /** Citation numbers as a label writes them, in the language's digits: see {@link citeRuns}. */
  readonly citeRuns: (numbers: readonly number[], comma: string) => string;
}

const made = new Map<string, Numbers>();

/**
 * The numbers of a language tag, made once per tag.
 *
 * @example
 * ```ts
 * numbersFor("fa-IR").count(1234);                                        // "۱٬۲۳۴"
 * numbersFor("ar").plural(2, { one: "حدث واحد", two: "حدثان", other: "# حدث" }); // "حدثان"
 * ```
 */
export function numbersFor(tag: string): Numbers {
  let numbers = made.get(tag);
  if (!numbers) made.set(tag, (numbers = make(tag)));
  return numbers;
}

/**
 * A count in English, grouped ("1,990"): the one helper English's tables count with.
 *
 * @example
 * ```ts
 * englishCount(1990); // "1,990"
 * ```
 */
export function englishCount(n: number): string {
  return numbersFor("en").count(n);
}

// A language whose lists Intl may not know (its ICU data has no Sorani patterns, and writes
// English's "or"): its own words, joined as Intl joins Arabic-script lists.
const LIST_WORDS: Readonly<Record<string, { and: string; or: string; comma: string }>> = { ckb: { and: "و", or: "یان", comma: "، " } };

function listFormat(tag: string, kind: "and" | "or"): { format(items: Iterable<string>): string } {
  const made = new Intl.ListFormat(tag, { type: kind === "and" ? "conjunction" : "disjunction" });
  const language = tag.split("-")[0]!;
  const own = LIST_WORDS[language];
  if (!own || made.resolvedOptions().locale.split("-")[0] === language) return made;
  return {
    format(items) {
      const all = [...items];
      return all.length < 2 ? (all[0] ?? "") : `${all.slice(0, -1).join(own.comma)} ${own[kind]} ${all.at(-1)!}`;
    },
  };
}

// Each Intl object is made on first use: making them loads locale data, tens of milliseconds on a
// cold page, and a first render needs only some of them.
function make(tag: string): Numbers {
  const once = <T>(makeIt: () => T) => {
    let made: T | undefined;
    return () => (made ??= makeIt());
  };
  const grouped = once(() => new Intl.NumberFormat(tag));
  const plain = once(() => new Intl.NumberFormat(tag, { useGrouping: false }));
  const rules = once(() => new Intl.PluralRules(tag));
  // English writes its whole numbers without Intl: a page's first Intl number format loads the
  // browser's ICU data, about 30 ms of an English first render at 1k in a fresh page, for digits
  // and counts a few characters can write (a property test holds them to Intl's).
  const ascii = ASCII_GROUPED.has(tag);
  const zero = once(() => (ascii ? "0" : plain().format(0)));
  // Each digit is one code point in every numbering system Intl uses by default.
  const digits = (text: string) => (zero() === "0" ? text : text.replace(/[0-9]/g, (d) => plain().format(Number(d))));
  const lists = { and: once(() => listFormat(tag, "and")), or: once(() => listFormat(tag, "or")) };
  const count = (n: number) => (ascii && whole(n) ? groupThousands(n) : grouped().format(n));
  return {
    tag,
    count,
    plain: (n) => (ascii && whole(n) ? String(n) : plain().format(n)),
    digits,
    plural: (n, forms) => (forms[rules().select(n)] ?? forms.other).replace("#", count(n)),
    list: (items, kind = "and") => lists[kind]().format(items),
    citeRuns: (numbers, comma) => citeRuns(numbers, (k) => digits(String(k)), comma),
  };
}

// Tags whose numbers Intl writes in ASCII digits grouped by threes with commas, as English's
// default tables do (not en-IN's lakhs, nor en-ZA's or en-CH's other separators).
const ASCII_GROUPED = new Set(["en", "en-GB", "en-US"]);

// A whole number that `String` writes in plain digits (no exponent), and -0 excepted: Intl writes "-0".
const whole = (n: number) => Number.isSafeInteger(n) && !Object.is(n, -0);

// 1234567 → "1,234,567", as Intl writes it in English.
function groupThousands(n: number): string {
  const text = String(Math.abs(n));
  let out = text.slice(0, ((text.length - 1) % 3) + 1);
  for (let i = out.length; i < text.length; i += 3) out += `,${text.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

// Past this many parts a label's numbers end in "…": the card and the sources list give every one.
const MOST_PARTS = 8;

/**
 * Citation numbers as a label writes them: three or more in a row as a range ("1–3"), the rest one
 * by one, in the order given, joined by `comma`; past eight parts, "…".
 *
 * @example
 * ```ts
 * citeRuns([1, 2, 3, 5], String, ",");                                  // "1–3,5"
 * citeRuns([4, 3], String, ",");                                        // "4,3"
 * citeRuns(Array.from({ length: 300 }, (_, i) => i + 1), String, ","); // "1–300"
 * ```
 */
export function citeRuns(numbers: readonly number[], write: (n: number) => string, comma: string): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length && parts.length <= MOST_PARTS; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${write(numbers[i]!)}–${write(numbers[j]!)}`);
    else for (let k = i; k <= j; k++) parts.push(write(numbers[k]!));
    i = j + 1;
  }
  return parts.length > MOST_PARTS ? `${parts.slice(0, MOST_PARTS).join(comma)}${comma}…` : parts.join(comma);
}
