const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";

/**
 * A new block (or page, or nav item) id: 16 url-safe characters (96 random bits) from
 * `crypto.getRandomValues`, matching the document's id rule `[A-Za-z0-9_-]+`.
 */
export function newBlockId(length = 16): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let id = "";
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}
