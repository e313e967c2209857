// @vitest-environment node
// The script-tag bundle's SHA-256 (src/browser/sha256.ts, swapped in for @noble/hashes) gives
// @noble/hashes' digest for every length around the block boundaries and for random messages.
import { sha256 as noble } from "@noble/hashes/sha2.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256 } from "../../src/browser/sha256.js";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("the script-tag bundle's SHA-256", () => {
  it("knows the standard's examples", () => {
    expect(hex(sha256(new TextEncoder().encode("")))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex(sha256(new TextEncoder().encode("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("agrees with @noble/hashes at every length from 0 to 300 bytes", () => {
    for (let n = 0; n <= 300; n++) {
      const message = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(hex(sha256(message)), `${n} bytes`).toBe(hex(noble(message)));
    }
  });

  it("agrees with @noble/hashes on random messages", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 5000 }), (message) => hex(sha256(message)) === hex(noble(message))));
  });
});
