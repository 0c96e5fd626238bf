#!/usr/bin/env node
// Draws the app icons in www/ (run once; the PNGs are committed): the favicon's picture, a
// teal square with three white lanes, as SVG and as 192 and 512 px PNGs for the manifest.
// No dependencies: the PNG encoder is the twenty lines below.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [0x1f, 0x6f, 0x8b];
const WHITE = [0xff, 0xff, 0xff];

/** Full-bleed square (also fit for `purpose: maskable`), three lanes inside the safe zone. */
function pixel(x, y, n) {
  const u = (x + 0.5) / n, v = (y + 0.5) / n;
  const inLanes = v > 0.3 && v < 0.7;
  const onLane = [0.34, 0.5, 0.66].some((c) => Math.abs(u - c) < 0.035);
  return inLanes && onLane ? WHITE : TEAL;
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(n) {
  const raw = Buffer.alloc(n * (1 + 3 * n));
  for (let y = 0; y < n; y++) {
    raw[y * (1 + 3 * n)] = 0; // filter: none
    for (let x = 0; x < n; x++) Buffer.from(pixel(x, y, n)).copy(raw, y * (1 + 3 * n) + 1 + 3 * x);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(n, 0); ihdr.writeUInt32BE(n, 4);
  ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

const www = new URL('../www/', import.meta.url).pathname;
for (const n of [192, 512]) writeFileSync(`${www}icon-${n}.png`, png(n));
writeFileSync(`${www}icon.svg`, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1f6f8b"/><path d="M5.4 4.8v6.4M8 4.8v6.4M10.6 4.8v6.4" stroke="#fff" stroke-width="1.1"/></svg>\n`);
