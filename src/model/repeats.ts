/**
 * Ids given more than once in one list (the events, or the eras): in a long list found as
 * neighbours in a sorted copy of the ids, then every item after the first with such an id
 * dropped. The engine sorts 100,000 ids in 7–11 ms (Node 20), where adding them to a `Set` took
 * 22–45, the slowest line of a load; and a list without a repeat, nearly every one, keeps no set.
 *
 * @module
 */

/**
 * The ids given (not empty) more than once among `items`, or undefined when none is: from
 * `sortedFrom` items on (tests give fewer) by sorting them, below by a set: `seen`, if given,
 * which then holds every id given (for the ids a load makes to keep clear of).
 *
 * @example
 * ```ts
 * repeatedIds([{ id: "a" }, { id: "b" }, { id: "a" }, { id: "" }, { id: "" }]); // Set { "a" }
 * ```
 */
export function repeatedIds(items: readonly { id: string }[], sortedFrom = SORTED_FROM, seen?: Set<string>): Set<string> | undefined {
  let repeats: Set<string> | undefined;
  if (items.length < sortedFrom) {
    seen ??= new Set<string>();
    for (let n = 0; n < items.length; n++) {
      const id = items[n]!.id;
      if (id === "") continue;
      const size = seen.size;
      if (seen.add(id).size === size) (repeats ??= new Set()).add(id);
    }
    return repeats;
  }
  const ids: string[] = [];
  for (let n = 0; n < items.length; n++) {
    const id = items[n]!.id;
    if (id !== "") ids.push(id);
  }
  // The default sort compares strings as their UTF-16 code units: equal ids end up side by side.
  ids.sort();
  for (let k = 1; k < ids.length; k++) if (ids[k] === ids[k - 1]) (repeats ??= new Set()).add(ids[k]!);
  return repeats;
}

/**
 * From how many items repeats are found by sorting: below it a set is as fast or faster (the
 * engine's first sort of a page costs a few ms of its own), at 100,000 four times slower.
 */
export const SORTED_FROM = 20_000;

/** A list as read: its items, and beside each by its place what it cited, its position in the input and its credit. */
export interface ReadList<T extends { id: string }, C, M> {
  items: T[];
  citations: C[];
  positions: Int32Array;
  credits?: Map<number, M>;
}

/**
 * Keep the first item of each id in `repeats` and drop every later one, in place, telling
 * `dropped` its id, its position in the input and the kept one's.
 *
 * @example
 * ```ts
 * keepFirsts(read, repeatedIds(read.items)!, (id, at, first) => report(id, at, first));
 * ```
 */
export function keepFirsts<T extends { id: string }, C, M>(read: ReadList<T, C, M>, repeats: ReadonlySet<string>, dropped: (id: string, at: number, first: number) => void): void {
  const firsts = new Map<string, number>();
  const credits = read.credits ? new Map<number, M>() : undefined;
  let kept = 0;
  for (let n = 0; n < read.items.length; n++) {
    const item = read.items[n]!;
    // Read before anything is moved over it: every move goes to a place at or before n.
    const at = read.positions[n]!;
    if (repeats.has(item.id)) {
      const first = firsts.get(item.id);
      if (first !== undefined) {
        dropped(item.id, at, first);
        continue;
      }
      firsts.set(item.id, at);
    }
    const credit = read.credits?.get(n);
    if (credit !== undefined) credits!.set(kept, credit);
    read.items[kept] = item;
    read.citations[kept] = read.citations[n]!;
    read.positions[kept] = at;
    kept++;
  }
  read.items.length = kept;
  read.citations.length = kept;
  read.positions = read.positions.subarray(0, kept);
  if (credits) read.credits = credits;
}
