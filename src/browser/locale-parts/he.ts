// The entry of `locales/he.js`: date-fns's locale and citeline's words in this language, loaded on demand (src/browser/preload.ts).
export { he as locale } from "date-fns/locale/he";
export { hebrew as messages } from "../../messages/he.js";
