import { createCipheriv, createDecipheriv, createSecretKey, hkdfSync, randomBytes, type KeyObject } from "node:crypto";

/**
 * Secrets stored in the database (a municipality's OIDC client secret) are encrypted with
 * AES-256-GCM. The key is derived (HKDF-SHA-256) from SSO_ENCRYPTION_KEY, or from
 * BETTER_AUTH_SECRET when that is not set; a changed key makes stored secrets unreadable, and
 * the administrator enters them again. The stored form: v1.<iv>.<tag>.<ciphertext>, base64url.
 */
const version = "v1";

export function secretKey(material: string): KeyObject {
  return createSecretKey(new Uint8Array(hkdfSync("sha256", material, "afwegingskader", "sso-client-secret", 32)));
}

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "base64url"));
const text = (data: Uint8Array) => Buffer.from(data).toString("base64url");

export function encryptSecret(plaintext: string, key: KeyObject): string {
  const iv = new Uint8Array(randomBytes(12));
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = cipher.update(plaintext, "utf8", "base64url") + cipher.final("base64url");
  return [version, text(iv), text(new Uint8Array(cipher.getAuthTag())), ciphertext].join(".");
}

/** The plaintext, or null when the value was not made with this key or was changed since. */
export function decryptSecret(stored: string, key: KeyObject): string | null {
  const [storedVersion, iv, tag, ciphertext, ...rest] = stored.split(".");
  if (storedVersion !== version || !iv || !tag || ciphertext === undefined || rest.length > 0) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, bytes(iv));
    decipher.setAuthTag(bytes(tag));
    return decipher.update(ciphertext, "base64url", "utf8") + decipher.final("utf8");
  } catch {
    return null;
  }
}
