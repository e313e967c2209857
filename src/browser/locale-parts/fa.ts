// The entry of `locales/fa.js`: date-fns's locale and citeline's words in this language, loaded on demand (src/browser/preload.ts).
export { faIR as locale } from "date-fns/locale/fa-IR";
export { persian as messages } from "../../messages/fa.js";
