// @vitest-environment node
import { describe, expect, it } from "vitest";
import { anchorOf, keyAction, KEYMAP, type KeyAction } from "../../src/interact/keys.js";
import type { ClusterItem, ItemLayout, LaneLayout, PointItem, SpanItem } from "../../src/layout/types.js";

// Hand-made geometry: every item says where it is (x, lane, row, y) and nothing else matters to keyAction.
const ROW = 40;
const lane = (id: string, y: number, rows: number): LaneLayout => ({ id, label: id || "Other", y, height: rows * ROW, rows });

const base = (id: string, laneId: string, row: number, laneY: number) => ({
  id,
  lane: laneId,
  row,
  y: laneY + 20 + row * ROW,
  label: null,
  name: id,
});

/** A point event with its mark at `x`. */
function point(id: string, x: number, laneId: string, row: number, laneY: number): PointItem {
  return {
    ...base(id, laneId, row, laneY),
    kind: "point",
    x,
    x0: x - 5,
    x1: x + 5,
    band: [x, x],
    date: { precision: "day", qualifier: "exact" },
    when: "",
    citations: [],
  };
}

/** A span whose bar runs from `from` to `to`; `x0` is the left of what it occupies (the plot edge when the bar starts off it). */
function span(id: string, from: number, to: number, laneId: string, row: number, laneY: number, x0 = from): SpanItem {
  return {
    ...base(id, laneId, row, laneY),
    kind: "span",
    x0,
    x1: to,
    bar: [from, to],
    startBand: [from, from],
    endBand: [to, to],
    labelInside: false,
    start: { precision: "day", qualifier: "exact" },
    end: { precision: "day", qualifier: "exact" },
    when: "",
    citations: [],
  };
}

function cluster(id: string, x: number, members: string[], laneId: string, row: number, laneY: number): ClusterItem {
  return { ...base(id, laneId, row, laneY), kind: "cluster", x, x0: x - 12, x1: x + 12, members, span: [0, 1] };
}

// Three lanes; "b" is empty in this view.
//   lane a (y 0):    row 0: a1 @100, a2 @300, a4 @700      row 1: a3 @320 (span 320–500)   row 2: a5 @650
//   lane b (y 120):  nothing in view
//   lane c (y 240):  row 0: c1 @90 (span starting off the plot, at -400, drawn from x0 = 10 → anchor 10), c2 @680
//                    row 1: k (cluster) @400
const LANES: LaneLayout[] = [lane("a", 0, 3), lane("b", 120, 1), lane("c", 240, 2)];
const A = 0;
const C = 240;
const ITEMS: ItemLayout[] = [
  point("a1", 100, "a", 0, A),
  point("a2", 300, "a", 0, A),
  span("a3", 320, 500, "a", 1, A),
  point("a4", 700, "a", 0, A),
  point("a5", 650, "a", 2, A),
  span("c1", -400, 90, "c", 0, C, 10),
  point("c2", 680, "c", 0, C),
  cluster("cluster:c:x", 400, ["x", "y", "z"], "c", 1, C),
];
// Time order by anchor: c1 (10), a1 (100), a2 (300), a3 (320), k (400), a5 (650), c2 (680), a4 (700).
const ORDER = ["c1", "a1", "a2", "a3", "cluster:c:x", "a5", "c2", "a4"];

const act = (key: string, focused: string | null, items: readonly ItemLayout[] = ITEMS, lanes: readonly LaneLayout[] = LANES): KeyAction =>
  keyAction(key, items, lanes, focused);
const focus = (id: string): KeyAction => ({ type: "focus", id });

describe("anchorOf", () => {
  it("is the mark of a point or cluster, and the visible start of a span", () => {
    expect(anchorOf(point("p", 123, "a", 0, 0))).toBe(123);
    expect(anchorOf(cluster("k", 456, [], "a", 0, 0))).toBe(456);
    expect(anchorOf(span("s", 320, 500, "a", 0, 0))).toBe(320);
    // A bar running off the left edge is read from where it comes into view.
    expect(anchorOf(span("s", -400, 90, "a", 0, 0, 10))).toBe(10);
  });
});

describe("keyAction: left and right follow time", () => {
  it("ArrowRight walks every item in anchor order, then goes beyond the last", () => {
    const seen: string[] = [];
    let at: string | null = ORDER[0]!;
    seen.push(at);
    for (;;) {
      const a = act("ArrowRight", at);
      if (a.type !== "focus") {
        expect(a).toEqual({ type: "beyond", direction: 1, from: "a4" });
        break;
      }
      seen.push(a.id);
      at = a.id;
      if (seen.length > ITEMS.length + 1) throw new Error(`no end: ${seen.join(" ")}`);
    }
    expect(seen).toEqual(ORDER);
  });

  it("ArrowLeft walks back, then goes beyond the first", () => {
    const seen: string[] = [];
    let at: string | null = ORDER[ORDER.length - 1]!;
    seen.push(at);
    for (let a = act("ArrowLeft", at); a.type === "focus"; a = act("ArrowLeft", at)) {
      seen.push(a.id);
      at = a.id;
    }
    expect(seen).toEqual([...ORDER].reverse());
    expect(act("ArrowLeft", "c1")).toEqual({ type: "beyond", direction: -1, from: "c1" });
  });

  it("does not depend on the order of the items list", () => {
    const shuffled = [ITEMS[4]!, ITEMS[7]!, ITEMS[0]!, ITEMS[6]!, ITEMS[2]!, ITEMS[5]!, ITEMS[1]!, ITEMS[3]!];
    for (const [i, id] of ORDER.entries()) {
      const expected = ORDER[i + 1];
      expect(act("ArrowRight", id, shuffled)).toEqual(expected ? focus(expected) : { type: "beyond", direction: 1, from: id });
    }
  });

  it("breaks a tie in x by y (top first), then by id", () => {
    const items = [point("low", 200, "c", 0, C), point("high", 200, "a", 0, A), point("b-same", 200, "a", 0, A), point("a-same", 200, "a", 0, A)];
    expect(act("Home", null, items)).toEqual(focus("a-same"));
    expect(act("ArrowRight", "a-same", items)).toEqual(focus("b-same"));
    expect(act("ArrowRight", "b-same", items)).toEqual(focus("high"));
    expect(act("ArrowRight", "high", items)).toEqual(focus("low"));
  });

  it.each([
    ["ArrowRight", null],
    ["ArrowLeft", null],
    ["ArrowRight", "gone"],
    ["ArrowLeft", "gone"],
  ])("%s with focus %j (nothing, or an item no longer in view) starts at the first item", (key, focused) => {
    expect(act(key, focused)).toEqual(focus("c1"));
  });

  it.each([
    ["ArrowRight", 1],
    ["ArrowLeft", -1],
  ] as const)("%s with no items in view goes beyond, from nothing", (key, direction) => {
    expect(act(key, null, [])).toEqual({ type: "beyond", direction, from: null });
    expect(act(key, "gone", [])).toEqual({ type: "beyond", direction, from: null });
  });

  it("a single item: both arrows go beyond it", () => {
    const one = [point("only", 50, "a", 0, A)];
    expect(act("ArrowRight", "only", one)).toEqual({ type: "beyond", direction: 1, from: "only" });
    expect(act("ArrowLeft", "only", one)).toEqual({ type: "beyond", direction: -1, from: "only" });
  });
});

describe("keyAction: up and down move across rows, then lanes, to the nearest item", () => {
  // [key, from, expected]. Score = |Δx| + |Δy| / 4; rows of the same lane come before other lanes.
  const TABLE: [string, string, KeyAction][] = [
    // Within lane a, the rows below compete and the nearest wins, whatever its row.
    ["ArrowDown", "a2", focus("a3")], // a2 (300, y 20): a3 (320, y 60) 20 + 10 = 30; a5 (650, y 100) 350 + 20
    ["ArrowDown", "a4", focus("a5")], // a4 (700): a5 (650, row 2) 50 + 20 = 70 beats a3 (320, row 1) 380 + 10
    ["ArrowDown", "a1", focus("a3")], // a1 (100): a3 220 + 10 beats a5 550 + 20
    ["ArrowDown", "a3", focus("a5")], // a3 (row 1): a row below in its own lane (a5) before lane c
    ["ArrowUp", "a5", focus("a4")], // a5 (650, row 2): a4 (700, row 0) 50 + 20 = 70 beats a3 (320, row 1) 330 + 10
    ["ArrowUp", "a3", focus("a2")], // a3 (320, row 1): a2 (300) 20 + 10
    // Out of lane a's last row: lane b is empty, so lane c.
    ["ArrowDown", "a5", focus("c2")], // a5 (650, y 100): c2 (680, y 260) 30 + 40 = 70; k (400, y 300) 250 + 50; c1 (10) 640 + 40
    // Out of lane c's first row, up: lane b is empty, so lane a, nearest overall (not lane a's top row).
    ["ArrowUp", "c1", focus("a1")], // c1 (anchor 10, y 260): a1 (100, y 20) 90 + 60 = 150
    ["ArrowUp", "c2", focus("a5")], // c2 (680, y 260): a5 (650, y 100) 30 + 40 = 70 beats a4 (700, y 20) 20 + 60 = 80
    // A cluster in lane c's row 1 goes to lane c's row 0 first.
    ["ArrowUp", "cluster:c:x", focus("c2")], // k (400, y 300): c2 (680) 280 + 10 beats c1 (10) 390 + 10
    ["ArrowDown", "c2", focus("cluster:c:x")],
    // Edges: nothing above the top row of the top lane, nothing below the bottom one.
    ["ArrowUp", "a1", { type: "none" }],
    ["ArrowUp", "a4", { type: "none" }],
    ["ArrowDown", "cluster:c:x", { type: "none" }],
  ];

  it.each(TABLE)("%s from %s → %j", (key, from, expected) => {
    expect(act(key, from)).toEqual(expected);
  });

  it("skips every empty lane, however many, in both directions", () => {
    const lanes = [lane("top", 0, 1), lane("e1", 40, 1), lane("e2", 80, 1), lane("e3", 120, 1), lane("bottom", 160, 1)];
    const items = [point("t", 100, "top", 0, 0), point("b", 110, "bottom", 0, 160)];
    expect(act("ArrowDown", "t", items, lanes)).toEqual(focus("b"));
    expect(act("ArrowUp", "b", items, lanes)).toEqual(focus("t"));
  });

  it("with nothing focused, up and down start at the first item; with no items they do nothing", () => {
    expect(act("ArrowDown", null)).toEqual(focus("c1"));
    expect(act("ArrowUp", "gone")).toEqual(focus("c1"));
    expect(act("ArrowDown", null, [])).toEqual({ type: "none" });
    expect(act("ArrowUp", null, [], [])).toEqual({ type: "none" });
  });

  it("a single lane with a single row: nowhere to go", () => {
    const items = [point("p", 10, "a", 0, A), point("q", 20, "a", 0, A)];
    expect(act("ArrowDown", "p", items, [lane("a", 0, 1)])).toEqual({ type: "none" });
    expect(act("ArrowUp", "q", items, [lane("a", 0, 1)])).toEqual({ type: "none" });
  });
});

describe("keyAction: other keys", () => {
  it.each([
    ["Home", "a4", focus("c1")],
    ["Home", null, focus("c1")],
    ["End", "c1", focus("a4")],
    ["End", null, focus("a4")],
    ["Enter", "a2", { type: "open", id: "a2" }],
    [" ", "a3", { type: "open", id: "a3" }],
    ["Enter", "cluster:c:x", { type: "open", id: "cluster:c:x" }],
    ["Enter", null, { type: "none" }],
    [" ", "gone", { type: "none" }],
    ["Escape", "a1", { type: "close" }],
    ["Escape", null, { type: "close" }],
    ["+", "a1", { type: "zoom", factor: 2 }],
    ["=", null, { type: "zoom", factor: 2 }],
    ["-", "a1", { type: "zoom", factor: 0.5 }],
    ["_", null, { type: "zoom", factor: 0.5 }],
    ["0", "a1", { type: "reset" }],
    // Not ours: left to the page.
    ["a", "a1", { type: "none" }],
    ["Tab", "a1", { type: "none" }],
    ["PageDown", "a1", { type: "none" }],
    ["Shift", "a1", { type: "none" }],
    ["1", "a1", { type: "none" }],
    ["", "a1", { type: "none" }],
    ["arrowright", "a1", { type: "none" }],
    ["Spacebar", "a1", { type: "none" }],
  ] as [string, string | null, KeyAction][])("%j with focus %j → %j", (key, focused, expected) => {
    expect(act(key, focused)).toEqual(expected);
  });

  it.each([
    ["Home", { type: "none" }],
    ["End", { type: "none" }],
    ["Enter", { type: "none" }],
    [" ", { type: "none" }],
    ["Escape", { type: "close" }],
    ["+", { type: "zoom", factor: 2 }],
    ["-", { type: "zoom", factor: 0.5 }],
    ["0", { type: "reset" }],
    ["x", { type: "none" }],
  ] as [string, KeyAction][])("%j with no items in view → %j", (key, expected) => {
    expect(act(key, null, [], LANES)).toEqual(expected);
    expect(act(key, null, [], [])).toEqual(expected);
  });

  it("is pure: it neither sorts nor changes the items it is given", () => {
    const items = ITEMS.map((i) => structuredClone(i));
    const before = JSON.stringify(items);
    for (const key of ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown", "Home", "End", "Enter"]) act(key, "a3", items);
    expect(JSON.stringify(items)).toBe(before);
  });

  it("every key in KEYMAP's description does something", () => {
    const keys = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "Enter", " ", "Escape", "+", "-", "0"];
    for (const key of keys) expect(act(key, "a3").type, key).not.toBe("none");
    expect(KEYMAP.length).toBeGreaterThan(0);
  });
});
