// The entry of `locales/ckb.js`: date-fns's locale and citeline's words in this language, loaded on demand (src/browser/preload.ts).
export { ckb as locale } from "date-fns/locale/ckb";
export { sorani as messages } from "../../messages/ckb.js";
