// The entry of `locales/it.js`: date-fns's locale (its words are English), loaded on demand (src/browser/preload.ts).
export { it as locale } from "date-fns/locale/it";
