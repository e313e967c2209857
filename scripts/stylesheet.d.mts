/** An `@import "./…";` of a part beside the file that imports it: the only kind the sources use. */
export const PART_IMPORT: RegExp;
/** src/write/theme.css with its parts inlined, in the order it imports them. */
export function themeSource(): string;
/** The whole stylesheet's source: the theme, then the embed's states. */
export function stylesheetSource(): string;
