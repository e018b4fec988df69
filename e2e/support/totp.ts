import { createHmac } from "node:crypto";

const base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32Decode(text: string): Uint8Array {
  let bits = "";
  for (const character of text.replace(/=+$/, "").toUpperCase()) {
    const value = base32Alphabet.indexOf(character);
    if (value < 0) throw new Error(`not base32: ${character}`);
    bits += value.toString(2).padStart(5, "0");
  }
  const bytes = [];
  for (let index = 0; index + 8 <= bits.length; index += 8) bytes.push(parseInt(bits.slice(index, index + 8), 2));
  return new Uint8Array(bytes);
}

/** A TOTP code (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits) for a base32 secret, as an authenticator app computes it. */
export function totpCode(base32Secret: string, at: number = Date.now()): string {
  return totpCodeForKey(base32Decode(base32Secret), at);
}

/** The same for the secret's bytes (the form better-auth keeps, before it is shown in base32). */
export function totpCodeForKey(key: Uint8Array, at: number = Date.now()): string {
  const counter = new Uint8Array(8);
  new DataView(counter.buffer).setBigUint64(0, BigInt(Math.floor(at / 30_000)));
  const digest = createHmac("sha1", key).update(counter).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const value = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, "0");
}

/** A six-digit code that is none of the valid ones around now (the server accepts one step either side). */
export function wrongTotpCode(base32Secret: string): string {
  const valid = new Set([-1, 0, 1].map((step) => totpCode(base32Secret, Date.now() + step * 30_000)));
  for (let candidate = 0; ; candidate++) {
    const code = candidate.toString().padStart(6, "0");
    if (!valid.has(code)) return code;
  }
}
