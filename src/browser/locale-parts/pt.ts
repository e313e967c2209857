// The entry of `locales/pt.js`: date-fns's locale (its words are English), loaded on demand (src/browser/preload.ts).
export { pt as locale } from "date-fns/locale/pt";
