// The entry of `locales/tr.js`: date-fns's locale and citeline's words in this language, loaded on demand (src/browser/preload.ts).
export { tr as locale } from "date-fns/locale/tr";
export { turkish as messages } from "../../messages/tr.js";
