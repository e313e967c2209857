/**
 * The workbench's language: its own words (src/messages/studio.ts and its translations) and the
 * diagnostics' sentences in that language (src/messages/*-diagnostics.ts), chosen from `?lang=`,
 * else the browser's languages, else English.
 *
 * @module
 */
import { arabicDiagnostics } from "../../src/messages/ar-diagnostics.js";
import { arabicStudio } from "../../src/messages/ar-studio.js";
import { soraniDiagnostics } from "../../src/messages/ckb-diagnostics.js";
import { soraniStudio } from "../../src/messages/ckb-studio.js";
import { germanDiagnostics } from "../../src/messages/de-diagnostics.js";
import { germanStudio } from "../../src/messages/de-studio.js";
import { spanishDiagnostics } from "../../src/messages/es-diagnostics.js";
import { spanishStudio } from "../../src/messages/es-studio.js";
import { persianDiagnostics } from "../../src/messages/fa-diagnostics.js";
import { persianStudio } from "../../src/messages/fa-studio.js";
import { frenchDiagnostics } from "../../src/messages/fr-diagnostics.js";
import { frenchStudio } from "../../src/messages/fr-studio.js";
import { hebrewDiagnostics } from "../../src/messages/he-diagnostics.js";
import { hebrewStudio } from "../../src/messages/he-studio.js";
import type { Messages } from "../../src/messages/index.js";
import { numbersFor, type Numbers } from "../../src/messages/numbers.js";
import { studioEn, type StudioWords } from "../../src/messages/studio.js";
import { turkishDiagnostics } from "../../src/messages/tr-diagnostics.js";
import { turkishStudio } from "../../src/messages/tr-studio.js";

/** One language of the workbench. */
export interface Language {
  /** The tag the timeline is drawn with (its words, dates and digits). */
  tag: string;
  /** The language's name in itself, for the menu. */
  name: string;
  dir: "ltr" | "rtl";
  words: StudioWords;
  numbers: Numbers;
  /** The diagnostics' sentences; none for English, whose diagnostics carry their own. */
  diagnostics: Messages["diagnostics"] | undefined;
}

type Entry = [tag: string, name: string, dir: "ltr" | "rtl", words: StudioWords, diagnostics?: (n: Numbers) => Messages["diagnostics"]];

const TABLE: Record<string, Entry> = {
  en: ["en-GB", "English", "ltr", studioEn],
  fr: ["fr", "Français", "ltr", frenchStudio, frenchDiagnostics],
  de: ["de", "Deutsch", "ltr", germanStudio, germanDiagnostics],
  es: ["es", "Español", "ltr", spanishStudio, spanishDiagnostics],
  tr: ["tr", "Türkçe", "ltr", turkishStudio, turkishDiagnostics],
  ar: ["ar", "العربية", "rtl", arabicStudio, arabicDiagnostics],
  fa: ["fa", "فارسی", "rtl", persianStudio, persianDiagnostics],
  he: ["he", "עברית", "rtl", hebrewStudio, hebrewDiagnostics],
  ckb: ["ckb", "کوردی", "rtl", soraniStudio, soraniDiagnostics],
};

/** The languages the workbench speaks, by key, in menu order. */
export const LANGUAGE_KEYS: readonly string[] = Object.keys(TABLE);

/**
 * The key of the first of `wanted` (BCP 47 tags) the workbench speaks, else `en`.
 *
 * @example
 * ```ts
 * pickLanguage(["fa-IR", "en-US"]); // "fa"
 * ```
 */
export function pickLanguage(wanted: readonly string[]): string {
  for (const tag of wanted) {
    const key = tag.toLowerCase().split("-")[0] ?? "";
    if (key in TABLE) return key;
  }
  return "en";
}

/**
 * A language by key (an unknown key is English).
 *
 * @example
 * ```ts
 * languageOf("fr").words.copy; // "Copier"
 * ```
 */
export function languageOf(key: string): Language {
  const [tag, name, dir, words, diagnostics] = TABLE[key] ?? TABLE.en!;
  const numbers = numbersFor(tag);
  return { tag, name, dir, words, numbers, diagnostics: diagnostics?.(numbers) };
}

/** The name of a language, in itself. */
export function languageName(key: string): string {
  return (TABLE[key] ?? TABLE.en!)[1];
}
