import { slug } from "../slug.js";

export { slug };

/**
 * Deterministic identifiers: the same input gives the same ids on every load, so links, deep
 * links and tests can rely on them.
 */

/** Returns `base`, or `base-2`, `base-3`, … — the first one not yet in `taken`, which it then joins. */
export function uniqueId(base: string, taken: Set<string>): string {
  const root = base === "" ? "item" : base;
  let id = root;
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`;
  taken.add(id);
  return id;
}
