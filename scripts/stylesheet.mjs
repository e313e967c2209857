// The stylesheet's sources as one text, the way `citeline/style.css` ships them before it is
// minified: src/write/theme.css with the parts it imports written in their place, then
// src/embed/embed.css. The build (rollup.config.js) and the tests that read the stylesheet whole
// use this; Vite and Storybook read the imports themselves, and the CLI beside the sources
// inlines them the same way (src/cli/cli.ts).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = new URL("../", import.meta.url);
/** An `@import "./…";` of a part beside the file that imports it: the only kind the sources use. */
export const PART_IMPORT = /^@import "\.\/([\w/-]+\.css)";$/gm;

/** src/write/theme.css with its parts inlined, in the order it imports them. */
export function themeSource() {
  return inline("src/write/theme.css");
}

/** The whole stylesheet's source: the theme, then the embed's states. */
export function stylesheetSource() {
  return `${themeSource()}\n${readFileSync(fileURLToPath(new URL("src/embed/embed.css", ROOT)), "utf8")}`;
}

function inline(path) {
  const url = new URL(path, ROOT);
  return readFileSync(fileURLToPath(url), "utf8").replace(PART_IMPORT, (_, part) => inline(new URL(part, url).href.slice(ROOT.href.length)).trimEnd());
}
