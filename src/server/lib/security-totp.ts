import { createHmac, randomBytes } from 'node:crypto';

// TOTP (RFC 6238 over RFC 4226's HOTP): HMAC-SHA-1, 30-second steps, 6 digits — what every
// authenticator app (Google Authenticator, Microsoft Authenticator, FreeOTP, 阿里云/腾讯身份宝)
// reads from an otpauth:// URI. Time is passed in (the one clock), so tests can move it.

export const STEP_SECONDS = 30;
export const DIGITS = 6;
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(buf: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(s: string): Buffer {
  const clean = s.toUpperCase().replace(/[\s=-]/g, '');
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const v = B32.indexOf(ch);
    if (v < 0) throw new Error('not base32');
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 4226: the code for one counter value (digits may be 6 or 8 for the RFC's test vectors). */
export function hotp(key: Buffer, counter: number, digits = DIGITS): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(msg).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const bin = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(bin % 10 ** digits).padStart(digits, '0');
}

export const stepAt = (ms: number) => Math.floor(ms / 1000 / STEP_SECONDS);

/** The code for the moment `ms`. */
export const totp = (key: Buffer, ms: number, digits = DIGITS) => hotp(key, stepAt(ms), digits);

/**
 * The step a code belongs to, within one step either side of `ms` (a phone's clock drifts), or
 * null. The caller refuses a step at or before the last one used, so a code works once.
 */
export function matchStep(key: Buffer, code: string, ms: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const now = stepAt(ms);
  for (const step of [now, now - 1, now + 1]) if (hotp(key, step) === code) return step;
  return null;
}

/** A new secret: 160 bits, as RFC 4226 recommends for SHA-1. */
export const newSecret = () => base32Encode(randomBytes(20));

export function otpauthUri(secret: string, account: string, issuer = 'Seatwise') {
  const label = encodeURIComponent(`${issuer}:${account}`);
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=${DIGITS}&period=${STEP_SECONDS}`;
}
