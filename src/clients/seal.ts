/**
 * Sealed boxes for GitHub secrets: libsodium `crypto_box_seal` with the repository's
 * Curve25519 public key, base64 in the ORIGINAL (standard, padded) variant GitHub expects
 * (https://docs.github.com/rest/guides/encrypting-secrets-for-the-rest-api).
 */
import sodium from 'libsodium-wrappers';

/** Starts libsodium's WebAssembly now, so that the first seal does not wait for it. */
export function warmUp(): void {
  sodium.ready.catch(() => undefined);
}

/**
 * Seals `plaintext` for the holder of `publicKey` (standard base64 of 32 bytes, as served by
 * `GET .../secrets/public-key`). Returns the `encrypted_value` (standard base64, 48 bytes longer
 * than the plaintext once decoded). Throws if the key is not a 32-byte base64 key.
 */
export async function seal(publicKey: string, plaintext: string): Promise<string> {
  await sodium.ready;
  const key = sodium.from_base64(publicKey, sodium.base64_variants.ORIGINAL);
  if (key.length !== sodium.crypto_box_PUBLICKEYBYTES)
    throw new Error(`public key has ${key.length} bytes, expected ${sodium.crypto_box_PUBLICKEYBYTES}`);
  const box = sodium.crypto_box_seal(sodium.from_string(plaintext), key);
  return sodium.to_base64(box, sodium.base64_variants.ORIGINAL);
}
