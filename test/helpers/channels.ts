/**
 * Seed 003's Prisma `"Channel"` table for the table-mode tests: Fernet-encrypted tokens (the
 * independent `fernet` implementation, as the app's Python stores them), the query and the
 * compare-and-set update the action is given, and a reader of what a row holds.
 */
import fernet from 'fernet';
import type { FakeToken } from '../fakes/meta.ts';
import type { PgServer } from './postgres.ts';
import { DAY } from './world.ts';

export const FERNET_KEY = Buffer.alloc(32, 9).toString('base64url') + '=';
const secret = new fernet.Secret(FERNET_KEY);

/** Python's `Fernet(key).encrypt()`, as the app stores a token (the independent implementation). */
export const encrypt = (value: string): string =>
  new fernet.Token({ secret, time: new Date(Math.floor(Date.now() / 1000) * 1000).toISOString() }).encode(value);

/** The token a row's ciphertext holds; throws when it does not open with the key. */
export const decrypt = (ciphertext: string): string => new fernet.Token({ secret, token: ciphertext, ttl: 0 }).decode();

export const QUERY = `SELECT id, wa_token_encrypted AS token, last_token_refresh_at FROM "Channel"
 WHERE type = 'whatsapp' AND wa_token_encrypted IS NOT NULL ORDER BY id`;
export const UPDATE = `UPDATE "Channel" SET wa_token_encrypted = $1, token_expires_at = $2, last_token_refresh_at = $3
 WHERE id = $4 AND wa_token_encrypted = $5`;

/** The action's table-mode inputs for seed 003's table at `url` (Fernet, timeout 5 s), with `more` on top. */
export const channelInputs = (url: string, more: Record<string, string> = {}): Record<string, string> => ({
  'access-token': '',
  'github-secrets': '',
  'postgres-url': url,
  'postgres-tokens-query': QUERY,
  'postgres-update': UPDATE,
  'postgres-encryption': 'fernet',
  'postgres-fernet-key': FERNET_KEY,
  'timeout-seconds': '5',
  ...more,
});

export interface Channel {
  id: string;
  token: FakeToken;
  /** Days since the table's last refresh. */
  refreshedDaysAgo?: number;
}

/** (Re)creates seed 003's table with `channels`, and an Instagram channel the query leaves out. */
export async function seedChannels(pg: PgServer, channels: Channel[]): Promise<void> {
  await pg.sql.unsafe(`
    DROP TABLE IF EXISTS "Channel";
    CREATE TABLE "Channel" (id text PRIMARY KEY, type text NOT NULL, wa_token_encrypted text,
      token_expires_at timestamptz, last_token_refresh_at timestamptz);
    GRANT SELECT, UPDATE ON "Channel" TO ${pg.user};`);
  for (const c of channels) {
    const refreshed = c.refreshedDaysAgo === undefined ? null : new Date(Date.now() - c.refreshedDaysAgo * DAY * 1000);
    await pg.sql`INSERT INTO "Channel" VALUES (${c.id}, 'whatsapp', ${encrypt(c.token.token)}, NULL, ${refreshed})`;
  }
  await pg.sql`INSERT INTO "Channel" VALUES ('ig_1', 'instagram', 'not-a-meta-token', NULL, NULL)`;
}

/** What row `id` of `"Channel"` holds (the ciphertext), or undefined when it is gone. */
export async function storedIn(pg: PgServer, id: string): Promise<string | undefined> {
  const [row] = await pg.sql<Array<{ wa_token_encrypted: string | null }>>`
    SELECT wa_token_encrypted FROM "Channel" WHERE id = ${id}`;
  return row?.wa_token_encrypted ?? undefined;
}
