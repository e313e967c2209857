/**
 * Which children of a patched element can stay where they stand: the longest run of them already
 * in the order the scene asks for. The patcher moves only the others, so one node moving from the
 * front of a list to its back is one move, not a move of every node after it. A move of an SVG
 * node costs the browser its style and layout again, and a zoom step reorders dozens.
 *
 * @module
 */

/**
 * For each scene child, whether its node stays: `positions[i]` is where child `i`'s node stands
 * now (-1 for a node made anew, which is always placed); the ones marked form a longest increasing
 * run of positions, found in n log n (patience sorting).
 *
 * @example
 * ```ts
 * staying([2, 0, 1, -1, 3]); // Uint8Array [0, 1, 1, 0, 1]: only the node now first moves
 * ```
 */
export function staying(positions: ArrayLike<number>): Uint8Array {
  const n = positions.length;
  // tails[k]: the child ending the increasing run of length k + 1 with the least last position.
  const tails: number[] = [];
  const before = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = positions[i]!;
    if (p < 0) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[tails[mid]!]! < p) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) before[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const stay = new Uint8Array(n);
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = before[i]!) stay[i] = 1;
  return stay;
}

/**
 * Put an element's children in the scene's order with the fewest moves: the element holds only the
 * nodes kept, in their old order (`positions`, as for {@link staying}); the longest run of them
 * already in the new order stays, and each other node goes before the one after it, from the
 * last. Returns the number of moves.
 *
 * @example
 * ```ts
 * placeFewest(list, [b, a, c], [1, 0, -1]); // one move of b (or a), c appended: 2
 * ```
 */
export function placeFewest(el: Element, nodes: readonly ChildNode[], positions: readonly number[]): number {
  const stay = staying(positions);
  let moves = 0;
  let after: ChildNode | null = null;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (!stay[i]) {
      el.insertBefore(node, after);
      moves++;
    }
    after = node;
  }
  return moves;
}

/**
 * Place only the nodes made anew (`positions[i]` -1), each before the scene's next node; the
 * nodes kept stay where they stand, in or out of the scene's order. Returns the number of moves.
 *
 * @example
 * ```ts
 * placeNew(list, [b, a, c], [1, 0, -1]); // c appended, b and a left as they stand: 1
 * ```
 */
export function placeNew(el: Element, nodes: readonly ChildNode[], positions: readonly number[]): number {
  let moves = 0;
  let after: ChildNode | null = null;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (positions[i]! < 0) {
      el.insertBefore(node, after);
      moves++;
    }
    after = node;
  }
  return moves;
}
