// The entry of `locales/es.js`: date-fns's locale and citeline's words in this language, loaded on demand (src/browser/preload.ts).
export { es as locale } from "date-fns/locale/es";
export { spanish as messages } from "../../messages/es.js";
