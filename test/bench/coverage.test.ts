import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ranBytes } from "../../bench/coverage.mjs";

// The bench's weight floor (bench/coverage.mjs) counts the bytes of blocks V8 says ran. V8 nests a
// function's blocks inside its range, listed after it, and functions after the script's whole.
describe("ranBytes", () => {
  it("keeps what ran and drops a block inside it that did not, and a function never called", () => {
    const code = "function a(){if(x){never()}ran()}function b(){}";
    const functions = [
      { ranges: [{ startOffset: 0, endOffset: code.length, count: 1 }] },
      { ranges: [{ startOffset: 0, endOffset: 33, count: 1 }, { startOffset: 18, endOffset: 27, count: 0 }] },
      { ranges: [{ startOffset: 33, endOffset: code.length, count: 0 }] },
    ];
    expect(ranBytes(code, functions)).toBe("function a(){if(x)ran()}");
  });

  it("keeps every byte when all ran, none when the script never did", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (code) => {
        const whole = (count: number) => [{ ranges: [{ startOffset: 0, endOffset: code.length, count }] }];
        expect(ranBytes(code, whole(1))).toBe(code);
        expect(ranBytes(code, whole(0))).toBe("");
      }),
    );
  });
});
