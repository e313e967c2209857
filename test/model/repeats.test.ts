// @vitest-environment node
// Ids given more than once: found by sorting (repeatedIds), then every later item with one
// dropped in place (keepFirsts), as a set checked item by item would: the same items kept, in
// the same order, with what stands beside each by its place moved along.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keepFirsts, repeatedIds } from "../../src/model/repeats.js";

// Few ids, so that they repeat; "" (no id given) never counts as one; letters that sort apart by code unit.
const id = fc.constantFrom("", "a", "b", "A", "é", "e\u0301", "a-2", "10", "9");

describe("ids given more than once", () => {
  it.each([
    ["by a set, which then holds every id given", true],
    ["sorted", false],
  ])("are those a count finds, and a list of one of each holds none: %s", (_, bySet) => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 30 }), (ids) => {
        const counts = new Map<string, number>();
        for (const x of ids) if (x !== "") counts.set(x, (counts.get(x) ?? 0) + 1);
        const expected = [...counts].filter(([, c]) => c > 1).map(([x]) => x).sort();
        const seen = bySet ? new Set<string>() : undefined;
        const found = repeatedIds(ids.map((x) => ({ id: x })), seen);
        expect(found ? [...found].sort() : []).toEqual(expected);
        if (seen) expect([...seen].sort()).toEqual([...counts.keys()].sort());
        if (expected.length === 0) expect(found).toBeUndefined();
      }),
      { seed: 31, numRuns: 2000 },
    );
  });

  it.each([
    ["by a set", true],
    ["sorted", false],
  ])("drop every item after the first with one, as a set checked in order would, moving citations, positions and credits along: %s", (_, bySet) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(id, fc.boolean()), { maxLength: 30 }), (specs) => {
        const items = specs.map(([x], n) => ({ id: x, n }));
        const read = { items: [...items], citations: items.map((it) => [`cite-${it.n}`]), positions: Int32Array.from(items, (it) => 10 + it.n), credits: new Map(specs.flatMap(([, has], n) => (has ? [[n, `credit-${n}`] as const] : []))) };
        // The rule as it was: one pass, a set of the ids seen, a repeat dropped with the first's position.
        const seen = new Map<string, number>();
        const kept: typeof items = [];
        const drops: [string, number, number][] = [];
        for (const it of items) {
          if (it.id !== "" && seen.has(it.id)) drops.push([it.id, 10 + it.n, seen.get(it.id)!]);
          else {
            if (it.id !== "") seen.set(it.id, 10 + it.n);
            kept.push(it);
          }
        }
        const dropped: [string, number, number][] = [];
        const repeats = repeatedIds(read.items, bySet ? new Set() : undefined);
        if (repeats) keepFirsts(read, repeats, (x, at, first) => dropped.push([x, at, first]));
        expect(read.items).toEqual(kept);
        expect(dropped).toEqual(drops);
        expect(read.citations).toEqual(kept.map((it) => [`cite-${it.n}`]));
        expect([...read.positions]).toEqual(kept.map((it) => 10 + it.n));
        expect([...read.credits]).toEqual(kept.flatMap((it, w) => (specs[it.n]![1] ? [[w, `credit-${it.n}`]] : [])));
      }),
      { seed: 31, numRuns: 2000 },
    );
  });
});
