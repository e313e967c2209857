// Draws the stories' picture, stories/media/visit.png (a 480 × 270 sky over hills, with a sun), so
// that Storybook shows a real image without fetching anything from the internet.
//   node stories/media/draw.mjs
// A PNG is a signature and three chunks (header, zlib-compressed rows, end), each with its CRC.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const W = 480;
const H = 270;

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

// Each pixel: sky fading to the horizon, a sun, two hills.
function pixel(x, y) {
  const hill1 = H * 0.62 + Math.sin(x / 70) * 18;
  const hill2 = H * 0.74 + Math.cos(x / 45 + 1) * 14;
  let rgb;
  if (y > hill2) rgb = [58, 96, 52];
  else if (y > hill1) rgb = [96, 138, 78];
  else if ((x - 360) ** 2 + (y - 70) ** 2 < 34 ** 2) rgb = [250, 214, 120];
  else {
    const t = y / hill1;
    rgb = [Math.round(92 + 120 * t), Math.round(150 + 80 * t), Math.round(214 + 30 * t)];
  }
  return rgb;
}

// Rows with PNG's "up" filter (each byte less the one above it): a picture that changes slowly
// downwards is then mostly zeros, and compresses to a few kilobytes.
const raw = Array.from({ length: H }, (_, y) => Array.from({ length: W }, (_, x) => pixel(x, y)).flat());
const rows = Buffer.alloc((W * 3 + 1) * H);
raw.forEach((row, y) => {
  rows[y * (W * 3 + 1)] = 2;
  row.forEach((v, i) => (rows[y * (W * 3 + 1) + 1 + i] = (v - (y > 0 ? raw[y - 1][i] : 0)) & 0xff));
});
const header = Buffer.alloc(13);
header.writeUInt32BE(W, 0);
header.writeUInt32BE(H, 4);
header[8] = 8; // bits per channel
header[9] = 2; // truecolour
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
writeFileSync(new URL("visit.png", import.meta.url), png);
console.log(`stories/media/visit.png: ${W} × ${H}, ${png.length} bytes`);
