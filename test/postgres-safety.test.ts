/**
 * The database paths' guarantees through `dist/index.js`, against a real PostgreSQL (issue 22):
 * never write over a value the app reads otherwise (another Fernet key, plaintext under Fernet,
 * ciphertext under none), never touch rows that were not meant (the default of one row, a
 * compare-and-set that a policy or a wrong column keeps from its row), never end green while
 * channels run out (an empty tokens query, a throttled job that leaves rows near their expiry),
 * and statements that leave out `$2` or keep the expiry NOT NULL.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import fernet from 'fernet';
import type { FakeToken } from './fakes/meta.ts';
import { metaErrorEnvelope } from './fakes/meta.ts';
import type { PgServer } from './helpers/postgres.ts';
import { startPostgres } from './helpers/postgres.ts';
import type { World } from './helpers/world.ts';
import { DAY, startWorld, token } from './helpers/world.ts';

let pg: PgServer;
let world: World | undefined;
before(async () => {
  pg = await startPostgres();
});
after(async () => {
  await pg.stop();
});
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const KEY = Buffer.alloc(32, 3).toString('base64url') + '=';
/** The staging key: well formed, but not the one production's rows were encrypted with. */
const STAGING_KEY = Buffer.alloc(32, 4).toString('base64url') + '=';
/** Python's `Fernet(key).encrypt()`, as the app stores a token (the independent implementation). */
const encrypt = (value: string, key = KEY): string =>
  new fernet.Token({
    secret: new fernet.Secret(key),
    time: new Date(Math.floor(Date.now() / 1000) * 1000).toISOString(),
  }).encode(value);
const decrypt = (ciphertext: string): string =>
  new fernet.Token({ secret: new fernet.Secret(KEY), token: ciphertext, ttl: 0 }).decode();

/** One channel per row; `held` is what the token column holds. */
async function seedChannels(rows: Array<{ id: string; held: string | null; expiresInDays?: number }>): Promise<void> {
  await pg.sql.unsafe(`
    DROP TABLE IF EXISTS channel;
    CREATE TABLE channel (id text PRIMARY KEY, kind text NOT NULL, token text, token_expires_at timestamptz,
      updated_at timestamptz);
    GRANT SELECT, UPDATE ON channel TO ${pg.user};`);
  for (const r of rows) {
    const expires = r.expiresInDays === undefined ? null : new Date(Date.now() + r.expiresInDays * DAY * 1000);
    await pg.sql`INSERT INTO channel VALUES (${r.id}, 'whatsapp', ${r.held}, ${expires}, NULL)`;
  }
}
const held = async (id: string): Promise<string | null> =>
  (await pg.sql<Array<{ token: string | null }>>`SELECT token FROM channel WHERE id = ${id}`)[0]?.token ?? null;

const single = (more: Record<string, string> = {}): Record<string, string> => ({
  'github-secrets': 'META_ACCESS_TOKEN',
  'postgres-url': pg.url,
  'postgres-update': "UPDATE channel SET token = $1, token_expires_at = $2, updated_at = $3 WHERE id = 'ch_1'",
  'postgres-select': "SELECT token FROM channel WHERE id = 'ch_1'",
  'timeout-seconds': '5',
  ...more,
});

describe('single row: never write over what the app reads otherwise', () => {
  const cases: Array<[string, (current: string) => string, Record<string, string>, RegExp]> = [
    [
      'the staging key in production',
      (current) => encrypt(current),
      { 'postgres-encryption': 'fernet', 'postgres-fernet-key': STAGING_KEY },
      /does not open with postgres-fernet-key/,
    ],
    [
      'fernet over a plaintext column',
      (current) => current,
      { 'postgres-encryption': 'fernet', 'postgres-fernet-key': KEY },
      /not Fernet ciphertext, but postgres-encryption is fernet/,
    ],
    [
      'none over an encrypted column',
      (current) => encrypt(current),
      {},
      /holds Fernet ciphertext, but postgres-encryption is none/,
    ],
  ];
  for (const [name, value, more, message] of cases)
    for (const daysLeft of [5, 40])
      it(`${name}: the row is not written (${daysLeft <= 15 ? 'a refresh' : 'a run that does not refresh'})`, async () => {
        world = await startWorld({ current: token({ daysLeft }) });
        const before = value(world.current.token);
        await seedChannels([{ id: 'ch_1', held: before }]);
        const run = await world.run(single(more));
        assert.equal(run.code, 1, run.stdout);
        assert.match(run.stdout, message);
        assert.match(run.stdout, /\[postgres postgres:channel; needs a person\].*it was not written/);
        assert.equal(await held('ch_1'), before, 'the row keeps the value the app reads');
        assert.ok(
          world.github.issues('acme/app').some((i) => i.state === 'open'),
          'the failure issue is open',
        );
      });

  it('writes a NULL or empty row, and the value the app reads', async () => {
    for (const before of [null, '']) {
      world = await startWorld({ current: token({ daysLeft: 5 }) });
      await seedChannels([{ id: 'ch_1', held: before }]);
      const run = await world.run(single({ 'postgres-encryption': 'fernet', 'postgres-fernet-key': KEY }));
      assert.equal(run.code, 0, run.stdout);
      assert.equal(decrypt((await held('ch_1')) ?? ''), world.meta.minted[0]?.token);
      await world.close();
      world = undefined;
    }
  });

  it('touches one row by default: a WHERE that matches three channels writes none', async () => {
    world = await startWorld({ current: token({ daysLeft: 5 }) });
    await seedChannels([
      { id: 'ch_1', held: world.current.token },
      { id: 'ch_2', held: 'EAAOtherChannel2' },
      { id: 'ch_3', held: 'EAAOtherChannel3' },
    ]);
    const run = await world.run(single({ 'postgres-update': "UPDATE channel SET token = $1 WHERE kind = 'whatsapp'" }));
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /touched 3 rows, expected 1; rolled back/);
    assert.deepEqual(
      [await held('ch_1'), await held('ch_2'), await held('ch_3')],
      [world.current.token, 'EAAOtherChannel2', 'EAAOtherChannel3'],
    );
  });

  it('binds a typed NULL for $2 that the statement leaves out, for a token that never expires', async () => {
    world = await startWorld({ current: token({ expiresAt: 0 }) });
    await seedChannels([{ id: 'ch_1', held: 'EAAStaleTokenOfThisRow' }]);
    const run = await world.run(
      single({ 'postgres-update': "UPDATE channel SET token = $1, updated_at = $3 WHERE id = 'ch_1'" }),
    );
    assert.equal(run.code, 0, run.stdout);
    assert.equal(await held('ch_1'), world.current.token);
  });

  it('accepts WITH … UPDATE and IS NOT DISTINCT FROM', async () => {
    world = await startWorld({ current: token({ daysLeft: 5 }) });
    await seedChannels([{ id: 'ch_1', held: world.current.token }]);
    const update = `WITH target AS (SELECT id FROM channel WHERE id IS NOT DISTINCT FROM 'ch_1')
      UPDATE channel SET token = $1, token_expires_at = $2 WHERE id IN (SELECT id FROM target)`;
    const run = await world.run(single({ 'postgres-update': update }));
    assert.equal(run.code, 0, run.stdout);
    assert.equal(await held('ch_1'), world.meta.minted[0]?.token);
  });

  it("names COALESCE($2, 'infinity') when the expiry column is NOT NULL and the token never expires", async () => {
    world = await startWorld({ current: token({ expiresAt: 0 }) });
    await seedChannels([{ id: 'ch_1', held: 'EAAStaleTokenOfThisRow' }]);
    await pg.sql.unsafe(
      `UPDATE channel SET token_expires_at = now(); ALTER TABLE channel ALTER token_expires_at SET NOT NULL`,
    );
    const run = await world.run(single());
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /\(23502\)/);
    assert.match(run.stdout, /COALESCE\(\$2, 'infinity'\)/);
  });

  it("prints the SQL parser's whole message", async () => {
    world = await startWorld({ current: token({ daysLeft: 5 }) });
    const run = await world.run(single({ 'postgres-update': "UPDATE channel SET token = $1 WHERE id IS NOT 'x'" }));
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /could not be parsed as SQL:.*I was expecting to see one of the following/);
    assert.equal(world.meta.requests.length, 0, 'no call');
  });
});

const QUERY = `SELECT id, token, token_expires_at FROM channel WHERE kind = 'whatsapp' ORDER BY id`;
const CAS = 'UPDATE channel SET token = $1, token_expires_at = $2, updated_at = $3 WHERE id = $4 AND token = $5';

const table = (more: Record<string, string> = {}): Record<string, string> => ({
  'access-token': '',
  'github-secrets': '',
  'postgres-url': pg.url,
  'postgres-tokens-query': QUERY,
  'postgres-update': CAS,
  'timeout-seconds': '5',
  ...more,
});

async function seedTable(
  tokens: Array<{ id: string; token: FakeToken | null; expiresInDays?: number }>,
): Promise<World> {
  await seedChannels(tokens.map((t) => ({ id: t.id, held: t.token?.token ?? null, expiresInDays: t.expiresInDays })));
  world = await startWorld({ meta: { tokens: tokens.flatMap((t) => (t.token ? [t.token] : [])) } });
  return world;
}

describe('table mode: no false green', () => {
  it('fails a row the update cannot reach (a SELECT-only row-level security policy), not "changed"', async () => {
    const w = await seedTable([{ id: 'ch_1', token: token({ daysLeft: 5 }) }]);
    await pg.sql.unsafe(`ALTER TABLE channel ENABLE ROW LEVEL SECURITY;
      CREATE POLICY channel_read ON channel FOR SELECT TO ${pg.user} USING (true);`);
    const before = await held('ch_1');
    const run = await w.run(table());
    assert.equal(run.code, 1, run.stdout);
    assert.equal(run.outputs['rows-failed'], '1');
    assert.equal(run.outputs['rows-changed'], '0');
    assert.match(run.stdout, /matched no row for row ch_1, which still holds the value read/);
    assert.match(run.stdout, /row-level security policy/);
    assert.equal(await held('ch_1'), before);
  });

  it('fails a row whose $5 is compared with the wrong column', async () => {
    const w = await seedTable([{ id: 'ch_1', token: token({ daysLeft: 5 }) }]);
    const run = await w.run(table({ 'postgres-update': 'UPDATE channel SET token = $1 WHERE id = $4 AND kind = $5' }));
    assert.equal(run.code, 1, run.stdout);
    assert.equal(run.outputs['rows-failed'], '1');
    assert.match(run.stdout, /\[channel ch_1; needs a person\].*matched no row/);
  });

  it('rolls back an update that touches two rows; the rows after it on its connection are written', async () => {
    const w = await seedTable([
      { id: 'ch_1', token: token({ daysLeft: 5 }) },
      { id: 'ch_2', token: token({ daysLeft: 5 }) },
      { id: 'ch_3', token: token({ daysLeft: 5 }) },
    ]);
    // A copy of ch_2 without a key to keep it out: its compare-and-set matches two rows.
    const twin = await held('ch_2');
    await pg.sql.unsafe('ALTER TABLE channel DROP CONSTRAINT channel_pkey');
    await pg.sql`INSERT INTO channel VALUES ('ch_2', 'archive', ${twin}, NULL, NULL)`;
    const run = await w.run(table({ concurrency: '1' }));
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /\[channel ch_2; needs a person\] Postgres: postgres-update touched 2 rows .*rolled back/);
    const rows = await pg.sql<Array<{ token: string }>>`SELECT token FROM channel WHERE id = 'ch_2'`;
    assert.deepEqual(
      rows.map((r) => r.token),
      [twin, twin],
      'neither ch_2 was written',
    );
    assert.equal(run.outputs['rows-refreshed'], '2', 'ch_1 and ch_3 were');
  });

  it('takes an update with its own RETURNING, and one that leaves out $2 and $3', async () => {
    for (const update of [
      'UPDATE channel SET token = $1 WHERE id = $4 AND token = $5 RETURNING id, token',
      'WITH t AS (SELECT 1) UPDATE channel SET token = $1 WHERE id = $4 AND token = $5',
    ]) {
      const w = await seedTable([{ id: 'ch_1', token: token({ daysLeft: 5 }) }]);
      const run = await w.run(table({ 'postgres-update': update }));
      assert.equal(run.code, 0, run.stdout);
      assert.equal(await held('ch_1'), w.meta.minted[0]?.token, update);
      await w.close();
      world = undefined;
    }
  });

  it('fails when the tokens query returns no row, naming it', async () => {
    const w = await seedTable([{ id: 'ch_1', token: token({ daysLeft: 5 }) }]);
    const run = await w.run(table({ 'postgres-tokens-query': "SELECT id, token FROM channel WHERE kind = 'whatsap'" }));
    assert.equal(run.code, 1, run.stdout);
    assert.match(
      run.stdout,
      /postgres-tokens-query returned no row: SELECT id, token FROM channel WHERE kind = 'whatsap'/,
    );
  });

  it('fails a row whose token is NULL on its own; the others go on', async () => {
    const w = await seedTable([
      { id: 'ch_1', token: null },
      { id: 'ch_2', token: token({ daysLeft: 5 }) },
    ]);
    const run = await w.run(table());
    assert.equal(run.code, 1, run.stdout);
    assert.deepEqual(JSON.parse(run.outputs.rows ?? ''), [
      { id: 'ch_1', result: 'failed' },
      { id: 'ch_2', result: 'refreshed' },
    ]);
    assert.match(run.stdout, /\[channel ch_1; needs a person\] its token column is empty/);
  });

  it('takes the soonest expiry first; a rate limit (368) leaves the rest, which fail nothing when far from expiry', async () => {
    const rows = [
      { id: 'ch_a', token: token({ daysLeft: 50 }), expiresInDays: 50 },
      { id: 'ch_b', token: token({ daysLeft: 3 }), expiresInDays: 3 },
      { id: 'ch_c', token: token({ daysLeft: 45 }), expiresInDays: 45 },
    ];
    const w = await seedTable(rows);
    // ch_b's inspection is rate limited, retries included: no further row starts.
    w.meta.inject({
      method: 'GET',
      path: /\/debug_token$/,
      when: (r) => r.query.get('input_token') === rows[1]?.token.token,
      fault: {
        kind: 'status',
        status: 400,
        body: metaErrorEnvelope(368, 'Temporarily blocked for policies violations', undefined, 'OAuthException'),
      },
    });
    const run = await w.run(table({ concurrency: '1' }));
    assert.equal(run.code, 1, run.stdout);
    const results = JSON.parse(run.outputs.rows ?? '') as Array<{ id: string; result: string }>;
    assert.deepEqual(
      results.map((r) => r.result),
      ['skipped', 'failed', 'skipped'],
      'ch_b, the soonest expiry, was taken first',
    );
    assert.match(run.stdout, /\[channel ch_b; retry later\]/);
    assert.equal(w.meta.minted.length, 0);
    assert.doesNotMatch(run.stdout, /left for the next run are within refresh-before-days/, 'none left is near expiry');
  });
});
