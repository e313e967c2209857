/**
 * Stands in for d3-format in the script-tag bundle. d3-scale's linear scale carries it for
 * `scale.tickFormat`, which citeline never calls (the axis writes its labels from each language's
 * patterns, src/layout/axis-format.ts), and the bundler cannot see that: without this stand-in
 * every page loaded its number formats and its default locale, about 1.7 KB gzip.
 * test/script-tag.test.ts holds the bundle to leaving it out; called, a stand-in throws.
 *
 * @module
 */
import { uncalled } from "./uncalled.js";

const unused = uncalled("d3-format");

export { unused as format, unused as formatPrefix, unused as formatSpecifier, unused as precisionFixed, unused as precisionPrefix, unused as precisionRound };
