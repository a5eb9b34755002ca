// Draws resources/icon.png (512×512): a parcel on a teal rounded square. Run once; the PNG is
// committed. Pure Node (zlib), so no image tool is needed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const size = 512;
const pixels = Buffer.alloc(size * size * 4);
const inRoundedRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    let color = [0, 0, 0, 0];
    if (inRoundedRect(x, y, 16, 16, 496, 496, 96)) color = [12, 166, 120, 255];
    if (inRoundedRect(x, y, 128, 150, 384, 390, 18)) color = [255, 255, 255, 255];
    if (x >= 236 && x <= 276 && y >= 150 && y <= 390) color = [230, 180, 90, 255];
    if (y >= 150 && y <= 200 && inRoundedRect(x, y, 128, 150, 384, 390, 18)) color = [240, 240, 240, 255];
    if (x >= 236 && x <= 276 && y >= 150 && y <= 200) color = [210, 155, 70, 255];
    pixels.set(color, (y * size + x) * 4);
  }
}
const raw = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8);
writeFileSync(
  new URL('../resources/icon.png', import.meta.url),
  Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]),
);
