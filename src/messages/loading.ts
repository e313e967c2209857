/**
 * "Loading the timeline…" in every language citeline translates, by language subtag. It is the
 * one sentence an embed shows before the script-tag bundle has loaded the reader's language (the
 * rest of which comes in that language's file), so it is at hand for all of them; each
 * language's table takes its own from here.
 *
 * @module
 */

/** The loading sentence, by language subtag. */
export const LOADING = {
  en: "Loading timeline…",
  ar: "جارٍ تحميل الخط الزمني…",
  ckb: "هێڵی کات بار دەکرێت…",
  de: "Zeitleiste wird geladen …",
  es: "Cargando la cronología…",
  fa: "در حال بارگذاری خط زمانی…",
  fr: "Chargement de la chronologie…",
  he: "טוען את ציר הזמן…",
  tr: "Zaman çizelgesi yükleniyor…",
} as const;

/**
 * The loading sentence for a language tag, or undefined for a language citeline does not translate.
 *
 * @example
 * ```ts
 * loadingIn("fa-IR"); // "در حال بارگذاری خط زمانی…"
 * ```
 */
export function loadingIn(tag: string | undefined): string | undefined {
  const lang = tag?.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
  return Object.hasOwn(LOADING, lang) ? LOADING[lang as keyof typeof LOADING] : undefined;
}
