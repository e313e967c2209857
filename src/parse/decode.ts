/**
 * A file's bytes as text. Spreadsheets are saved in more than one encoding: Excel's "CSV UTF-8"
 * is UTF-8 with a byte-order mark, its "Unicode Text" UTF-16 (little-endian, with a mark, tabs
 * between cells), and its plain "CSV" the system's code page, Windows-1252 on Western Windows,
 * where "Café" is four bytes that are not UTF-8. Read as UTF-8 regardless, the first comes out
 * right, the second as no sheet at all, and the third with "Caf�": letters lost without a word.
 *
 * @module
 */

/**
 * How a file's bytes were read: {@link decodeText}'s answer.
 *
 * @example
 * ```ts
 * const { encoding } = decodeText(bytes);
 * if (encoding === "windows-1252") console.warn("read as Windows-1252: check the accented letters");
 * ```
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * A file's bytes, as `File#arrayBuffer()`, `Response#arrayBuffer()` or `fs.readFile` give them.
 *
 * @example
 * ```ts
 * const bytes: Bytes = await (await fetch("events.csv")).arrayBuffer();
 * loadTimeline(bytes);
 * ```
 */
export type Bytes = ArrayBuffer | ArrayBufferView;

/**
 * True for bytes: an `ArrayBuffer` or a view of one (a `Uint8Array`, a Node `Buffer`), from this
 * realm or another (an iframe's, jsdom's).
 *
 * @example
 * ```ts
 * isBytes(new Uint8Array(2)); // true
 * isBytes("text");            // false
 * ```
 */
export function isBytes(value: unknown): value is Bytes {
  return ArrayBuffer.isView(value) || Object.prototype.toString.call(value) === "[object ArrayBuffer]";
}

/**
 * Read a file's bytes as text: UTF-16 where its byte-order mark (or, without one, the zero bytes
 * of ASCII text) says so, UTF-8 where the bytes are UTF-8 (a mark or none), and Windows-1252
 * where they are not, which is a guess the caller should say (`encoding` tells it).
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9])); // { text: "Café", encoding: "windows-1252" }
 * ```
 */
export function decodeText(bytes: Bytes): { text: string; encoding: TextEncoding } {
  const b = ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
  const utf16 = utf16Of(b);
  if (utf16) return { text: new TextDecoder(utf16).decode(b), encoding: utf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(b), encoding: "utf-8" };
  } catch {
    return { text: windows1252(b), encoding: "windows-1252" };
  }
}

// Windows-1252's bytes 0x80–0x9F (the WHATWG table); the rest is Latin-1, the byte as the code
// point. Node 20's TextDecoder reads "windows-1252" as Latin-1, which turns "€" and the curly
// quotes into control characters, so the table is ours.
const C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function windows1252(b: Uint8Array): string {
  let text = "";
  for (let at = 0; at < b.length; at += 8192) {
    const codes = Array.from(b.subarray(at, at + 8192), (byte) => (byte >= 0x80 && byte < 0xa0 ? C1.charCodeAt(byte - 0x80) : byte));
    text += String.fromCharCode(...codes);
  }
  return text;
}

/**
 * What to hand the loader for a file's bytes: their text where the encoding is certain (read once,
 * here), the bytes themselves where it was a guess, so that the loader says so.
 *
 * @example
 * ```ts
 * const { text, data } = loadable(await response.arrayBuffer());
 * loadTimeline(data);
 * ```
 */
export function loadable(bytes: Bytes): { text: string; data: string | Bytes } {
  const { text, encoding } = decodeText(bytes);
  return { text, data: encoding === "windows-1252" ? bytes : text };
}

function utf16Of(b: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  // No mark: ASCII text in UTF-16 has a zero byte beside every letter.
  if (b.length < 4) return undefined;
  if (b[0] !== 0 && b[1] === 0 && b[2] !== 0 && b[3] === 0) return "utf-16le";
  if (b[0] === 0 && b[1] !== 0 && b[2] === 0 && b[3] !== 0) return "utf-16be";
  return undefined;
}

/**
 * Whether text was read from bytes in the wrong encoding before it reached citeline: it holds
 * U+FFFD, the mark a decoder leaves for bytes it could not read, or it begins with the zero
 * characters that UTF-16 read as UTF-8 leaves between letters (after its mark, which becomes two
 * U+FFFDs). `"utf-16"` for the latter.
 *
 * @example
 * ```ts
 * lostCharacters("Caf\uFFFD"); // "lost"
 * lostCharacters("Café");      // undefined
 * ```
 */
export function lostCharacters(text: string): "utf-16" | "lost" | undefined {
  if (/^(?:\uFFFD\uFFFD)?(?:[^\0]\0[^\0]\0|\0[^\0]\0[^\0])/.test(text)) return "utf-16";
  return text.includes("\uFFFD") ? "lost" : undefined;
}
