// The entry of `locales/nl.js`: date-fns's locale (its words are English), loaded on demand (src/browser/preload.ts).
export { nl as locale } from "date-fns/locale/nl";
