// The entry of `locales/ar.js`: date-fns's locale and citeline's words in this language, loaded on demand (src/browser/preload.ts).
export { ar as locale } from "date-fns/locale/ar";
export { arabic as messages } from "../../messages/ar.js";
