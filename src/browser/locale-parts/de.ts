// The entry of `locales/de.js`: date-fns's locale and citeline's words in this language, loaded on demand (src/browser/preload.ts).
export { de as locale } from "date-fns/locale/de";
export { german as messages } from "../../messages/de.js";
