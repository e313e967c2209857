/**
 * What stands in, in the script-tag bundle, for a function of a package that d3's modules import
 * but citeline never calls (see ./d3-format-unused.ts, ./d3-color-unused.ts): if it ever were
 * called, it says so rather than computing something else.
 *
 * @module
 */

/** A function that throws, naming the package left out. */
export function uncalled(pkg: string): () => never {
  return () => {
    throw new Error(`citeline: ${pkg} is not in the script-tag bundle`);
  };
}
