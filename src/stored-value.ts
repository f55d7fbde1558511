/**
 * A token as a Postgres column holds it: as is, or its Fernet ciphertext (`postgres-encryption`),
 * and whether a value the column holds is one the app reads with these settings. Shared by the
 * Postgres destination and table mode.
 */
import type { PostgresSettings } from './inputs.ts';
import { registerSecret } from './secrets.ts';

/** The stored form of `value`: its Fernet ciphertext, or itself. Masked either way. */
export async function stored(pg: PostgresSettings, value: string): Promise<string> {
  if (!pg.fernetKey) return value;
  const fernet = await import('./clients/fernet.ts');
  const ciphertext = fernet.fernetEncrypt(fernet.parseFernetKey(pg.fernetKey), value);
  registerSecret(ciphertext);
  return ciphertext;
}

/**
 * Why a value a row holds is not one the app reads with these settings, so that writing over it
 * would change what the app can decrypt: it does not open with `postgres-fernet-key` (another
 * key, or a plain token under `fernet`), or it is Fernet ciphertext under `none`. NULL and ''
 * hold nothing to lose: undefined.
 */
export async function storedProblem(pg: PostgresSettings, value: unknown): Promise<string | undefined> {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return `holds a ${typeof value}, not text`;
  const fernet = await import('./clients/fernet.ts');
  if (!pg.fernetKey)
    return fernet.isFernetToken(value)
      ? 'holds Fernet ciphertext, but postgres-encryption is none: set postgres-encryption: fernet and the key the ' +
          'app decrypts the column with'
      : undefined;
  if (!fernet.isFernetToken(value))
    return (
      'holds a value that is not Fernet ciphertext, but postgres-encryption is fernet: is the column ' +
      'encrypted? If not, set postgres-encryption: none'
    );
  return (await opened(pg, value)) === undefined
    ? 'holds Fernet ciphertext that does not open with postgres-fernet-key: give the key the app uses for this ' +
        "database (another environment's key?)"
    : undefined;
}

/**
 * The token a stored value holds (decrypted), or undefined when it is not one these settings read
 * (`storedProblem`).
 */
export async function opened(pg: PostgresSettings, value: unknown): Promise<string | undefined> {
  if (typeof value !== 'string' || value === '') return undefined;
  const fernet = await import('./clients/fernet.ts');
  if (!pg.fernetKey) return fernet.isFernetToken(value) ? undefined : value;
  try {
    const token = fernet.fernetDecrypt(fernet.parseFernetKey(pg.fernetKey), value);
    registerSecret(token);
    return token;
  } catch {
    return undefined;
  }
}
