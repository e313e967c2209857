/**
 * Deterministic identifiers: the same input gives the same ids on every load, so links, deep
 * links and tests can rely on them.
 */

/** Returns `base`, or `base-2`, `base-3`, … — the first one not yet in `taken`, which it then joins. */
export function uniqueId(base: string, taken: Set<string>): string {
  const root = base === "" ? "item" : base;
  // Most ids are free: one look-up (adding) says so, with no need for the counters.
  const size = taken.size;
  if (taken.add(root).size > size) return root;
  let id = root;
  // Where the last search for this root stopped: 50,000 sources with one slug would otherwise
  // try 2, 3, … from the start each time, quadratic in the sheet's length.
  let counters = next.get(taken);
  if (!counters) next.set(taken, (counters = new Map<string, number>()));
  for (let n = counters.get(root) ?? 2; taken.has(id); n++) {
    id = `${root}-${n}`;
    counters.set(root, n + 1);
  }
  taken.add(id);
  return id;
}

const next = new WeakMap<Set<string>, Map<string, number>>();
