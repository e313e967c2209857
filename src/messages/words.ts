/**
 * The shape a language's table takes: English's, with its literal strings widened to `string`.
 * Its own file so that the sections (`./layout.ts`, `./dates.ts`) can name their widened types for
 * the stages that may import only them.
 *
 * @module
 */

/**
 * A table's words with English's literal strings widened to `string`, so another language can fill it.
 *
 * @example
 * ```ts
 * const close: Words<{ close: "Close" }> = { close: "Fermer" };
 * ```
 */
export type Words<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Words<R>
    : { readonly [K in keyof T]: Words<T[K]> };
