// The entry of `locales/fr.js`: date-fns's locale and citeline's words in this language, loaded on demand (src/browser/preload.ts).
export { fr as locale } from "date-fns/locale/fr";
export { french as messages } from "../../messages/fr.js";
