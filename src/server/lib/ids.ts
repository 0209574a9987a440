import { randomBytes } from 'node:crypto';

let lastMs = 0;
let seq = 0;

// UUIDv7 (RFC 9562): time-ordered so new rows land at the end of b-tree indexes.
// A 12-bit counter keeps ids generated in the same millisecond in order.
export function newId(): string {
  let ms = Date.now(); // machine time: ids stay in creation order even when business time is moved
  if (ms <= lastMs) {
    seq = (seq + 1) & 0xfff;
    if (seq === 0) lastMs += 1;
    ms = lastMs;
  } else {
    lastMs = ms;
    seq = randomBytes(2).readUInt16BE(0) & 0x3ff;
  }
  const b = randomBytes(16);
  b.writeUIntBE(ms, 0, 6);
  b[6] = 0x70 | (seq >> 8);
  b[7] = seq & 0xff;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
