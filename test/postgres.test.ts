/**
 * The Postgres destination through `dist/index.js`, against a real PostgreSQL server started by
 * this file and the Meta and GitHub fakes: the seeds' own tables (001's Supabase table, 003's
 * Prisma `"Channel"`, 004's Fernet column), rows that do not match, convergence, a server that
 * cannot be reached, and inputs refused before any call.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import fernet from 'fernet';
import type { Grant } from './fakes/github.ts';
import type { ActionRun } from './helpers/action.ts';
import { assertNoLeak } from './helpers/leaks.ts';
import type { PgServer } from './helpers/postgres.ts';
import { startPostgres } from './helpers/postgres.ts';
import type { World } from './helpers/world.ts';
import { GH_ISSUES, GH_WRITER, startWorld, token } from './helpers/world.ts';

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

/** Python's `Fernet.generate_key()` output for 32 fixed bytes. */
const FERNET_KEY = Buffer.alloc(32, 7).toString('base64url') + '=';

/** Seed 001's table (Supabase, schema `crm`), with one active WhatsApp row holding `value`. */
async function seed001(value: string): Promise<void> {
  await pg.sql.unsafe(`
    DROP SCHEMA IF EXISTS crm CASCADE;
    CREATE SCHEMA crm;
    CREATE TABLE crm.marketing_channel_credential (
      id serial PRIMARY KEY, canal_tipo text NOT NULL, activo boolean NOT NULL,
      access_token text, token_expires_at timestamptz, updated_at timestamptz);
    GRANT USAGE ON SCHEMA crm TO ${pg.user};
    GRANT SELECT, UPDATE ON crm.marketing_channel_credential TO ${pg.user};`);
  await pg.sql`INSERT INTO crm.marketing_channel_credential (canal_tipo, activo, access_token)
    VALUES ('whatsapp', true, ${value}), ('instagram', true, 'other')`;
}

const UPDATE_001 = `UPDATE crm.marketing_channel_credential
   SET access_token = $1, token_expires_at = $2, updated_at = $3
 WHERE canal_tipo = 'whatsapp' AND activo = true`;
const SELECT_001 = `SELECT access_token FROM crm.marketing_channel_credential
 WHERE canal_tipo = 'whatsapp' AND activo = true`;

const row001 = async (): Promise<{ access_token: string; token_expires_at: Date | null; updated_at: Date | null }> => {
  const [row] = await pg.sql<Array<{ access_token: string; token_expires_at: Date | null; updated_at: Date | null }>>`
    SELECT access_token, token_expires_at, updated_at FROM crm.marketing_channel_credential WHERE canal_tipo = 'whatsapp'`;
  assert.ok(row);
  return row;
};

async function start(daysLeft = 10): Promise<World> {
  world = await startWorld({ current: token({ daysLeft }) });
  return world;
}

const inputs001 = (extra: Record<string, string> = {}): Record<string, string> => ({
  'github-secrets': 'META_ACCESS_TOKEN',
  'postgres-url': pg.url,
  'postgres-update': UPDATE_001,
  'postgres-select': SELECT_001,
  'timeout-seconds': '5',
  ...extra,
});

/** Nothing secret in what the run left behind or in what the server kept. */
async function assertNothingLeaked(w: World, run: ActionRun, more: string[] = []): Promise<void> {
  assertNoLeak(run, [pg.password, pg.url, FERNET_KEY, ...more]);
  const tokens = [w.current.token, ...w.meta.minted.map((t) => t.token)];
  const activity = await pg.sql<Array<{ query: string }>>`SELECT query FROM pg_stat_activity WHERE query <> ''`;
  const serverSide = `${activity.map((a) => a.query).join('\n')}\n${await pg.readLog()}`;
  for (const t of tokens) assert.ok(!serverSide.includes(t), 'a token reached pg_stat_activity or the server log');
}

/**
 * After a run that failed on the row: the primary secret holds the new token, the row the old
 * one, and the open issue names the row. Then `fix()`, and the next run stores the token in the
 * row and closes the issue.
 */
async function assertRowConverges(w: World, fix: () => Promise<unknown>, primaryHolds: string): Promise<void> {
  const fresh = w.meta.minted[0];
  assert.equal(w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value, fresh?.token, primaryHolds);
  assert.equal((await row001()).access_token, w.current.token, 'the row keeps the old token');
  const issue = w.github.issues('acme/app').find((i) => i.state === 'open');
  assert.ok(issue?.body?.includes('postgres:crm.marketing_channel_credential'), 'the issue names the row');

  await fix();
  const again = await w.run(inputs001({ 'access-token': fresh?.token ?? '' }));
  assert.equal(again.code, 0, again.stdout);
  assert.equal((await row001()).access_token, fresh?.token, 'the next run stores the current token');
  assert.ok(!w.github.issues('acme/app').some((i) => i.state === 'open'), 'the failure issue is closed');
}

describe('Postgres destination', () => {
  it("stores the new token in seed 001's Supabase row, with its expiry and the time", async () => {
    const w = await start();
    await seed001(w.current.token);
    const before = Date.now();
    const run = await w.run(inputs001());
    assert.equal(run.code, 0, run.stdout);
    const fresh = w.meta.minted[0];
    assert.ok(fresh);
    const row = await row001();
    assert.equal(row.access_token, fresh.token);
    assert.equal(row.token_expires_at?.getTime(), fresh.expiresAt * 1000);
    assert.ok((row.updated_at?.getTime() ?? 0) >= before - 1000, 'updated_at is the time of the write');
    const [other] =
      await pg.sql`SELECT access_token FROM crm.marketing_channel_credential WHERE canal_tipo = 'instagram'`;
    assert.equal(other?.access_token, 'other', 'a row the WHERE does not match is left alone');
    assert.match(run.summary, /postgres:crm\.marketing_channel_credential \| ✅ updated \| new token/);
    await assertNothingLeaked(w, run);
  });

  it("stores seed 003's Prisma Channel row Fernet-encrypted, opened by an independent implementation", async () => {
    const w = await start();
    await pg.sql.unsafe(`
      DROP TABLE IF EXISTS "Channel";
      CREATE TABLE "Channel" (id text PRIMARY KEY, type text NOT NULL, wa_token_encrypted text,
        token_expires_at timestamp(3), last_token_refresh_at timestamp(3));
      GRANT SELECT, UPDATE ON "Channel" TO ${pg.user};
      INSERT INTO "Channel" (id, type) VALUES ('ch_1', 'whatsapp');`);
    const run = await w.run({
      'github-secrets': 'META_ACCESS_TOKEN',
      'postgres-url': pg.url,
      'postgres-update': `UPDATE "Channel" SET wa_token_encrypted = $1, token_expires_at = $2, last_token_refresh_at = $3
        WHERE id = 'ch_1'`,
      'postgres-select': `SELECT wa_token_encrypted FROM "Channel" WHERE id = 'ch_1'`,
      'postgres-expected-rows': '1',
      'postgres-encryption': 'fernet',
      'postgres-fernet-key': FERNET_KEY,
    });
    assert.equal(run.code, 0, run.stdout);
    const fresh = w.meta.minted[0];
    const [row] = await pg.sql`SELECT wa_token_encrypted, token_expires_at FROM "Channel" WHERE id = 'ch_1'`;
    const ciphertext = String(row?.wa_token_encrypted);
    assert.ok(fresh && !ciphertext.includes(fresh.token));
    const secret = new fernet.Secret(FERNET_KEY);
    assert.equal(new fernet.Token({ secret, token: ciphertext, ttl: 0 }).decode(), fresh.token);
    assert.equal((row?.token_expires_at as Date).getTime(), fresh.expiresAt * 1000);
    await assertNothingLeaked(w, run, [ciphertext]);

    // The next run, not due: the select opens the stored value, finds the current token, writes nothing.
    const quiet = await w.run({
      'access-token': fresh.token,
      'github-secrets': 'META_ACCESS_TOKEN',
      'postgres-url': pg.url,
      'postgres-update': `UPDATE "Channel" SET wa_token_encrypted = $1 WHERE id = 'ch_1'`,
      'postgres-select': `SELECT wa_token_encrypted FROM "Channel" WHERE id = 'ch_1'`,
      'postgres-encryption': 'fernet',
      'postgres-fernet-key': FERNET_KEY,
    });
    assert.equal(quiet.code, 0, quiet.stdout);
    const [same] = await pg.sql`SELECT wa_token_encrypted FROM "Channel" WHERE id = 'ch_1'`;
    assert.equal(same?.wa_token_encrypted, ciphertext, 'a row that holds the current token is not written again');
  });

  it('rolls back and fails when no row matches, then converges once the row exists', async () => {
    const w = await start();
    await seed001(w.current.token);
    await pg.sql`UPDATE crm.marketing_channel_credential SET activo = false WHERE canal_tipo = 'whatsapp'`;
    const run = await w.run(inputs001());
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /postgres-update touched 0 rows, expected 1; rolled back/);
    assert.match(run.stdout, /No row matched its WHERE/);
    await assertRowConverges(
      w,
      () => pg.sql`UPDATE crm.marketing_channel_credential SET activo = true WHERE canal_tipo = 'whatsapp'`,
      'the primary was written first',
    );
  });

  it('rolls back when the update touches more rows than expected', async () => {
    const w = await start();
    await seed001(w.current.token);
    await pg.sql`INSERT INTO crm.marketing_channel_credential (canal_tipo, activo, access_token)
      VALUES ('whatsapp', true, 'second')`;
    const run = await w.run(inputs001({ 'postgres-expected-rows': '1' }));
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /touched 2 rows, expected 1; rolled back/);
    const tokens = await pg.sql<
      Array<{ access_token: string }>
    >`SELECT access_token FROM crm.marketing_channel_credential WHERE canal_tipo = 'whatsapp' ORDER BY id`;
    assert.deepEqual(
      tokens.map((t) => t.access_token),
      [w.current.token, 'second'],
    );
  });

  it('brings a row that missed the token up to date on a run that does not refresh', async () => {
    const w = await start(40);
    await seed001('EAAFakeStaleToken000000000000000000');
    w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', w.current.token, new Date());
    const run = await w.run(inputs001());
    assert.equal(run.code, 0, run.stdout);
    assert.equal(w.meta.minted.length, 0, 'not refreshed');
    assert.equal((await row001()).access_token, w.current.token);
    assert.match(run.summary, /postgres:crm\.marketing_channel_credential \| ✅ updated \| current token/);
  });

  it("takes a Prisma DATABASE_URL: leaves out Prisma's own arguments, and names a setting the server refuses", async () => {
    const w = await start();
    await seed001(w.current.token);
    // Supabase's connection string for Prisma, with Prisma's pool arguments.
    const prisma = `${pg.url}?pgbouncer=true&connection_limit=1&schema=crm`;
    const run = await w.run(inputs001({ 'postgres-url': prisma }));
    assert.equal(run.code, 0, run.stdout);
    assert.equal((await row001()).access_token, w.meta.minted[0]?.token);
    assert.match(run.stdout, /postgres-url: pgbouncer, connection_limit, schema are Prisma's own, not the server's/);
    assert.match(run.stdout, /Name the schema in the statements/);
    assertNoLeak(run, [pg.password, prisma]);

    const typo = await w.run(inputs001({ 'postgres-url': `${pg.url}?sslmode=disable&search_pth=crm` }));
    assert.equal(typo.code, 1, typo.stdout);
    assert.match(
      typo.stdout,
      /unrecognized configuration parameter "search_pth".*needs a person|needs a person.*search_pth/,
    );
    assert.match(typo.stdout, /The server does not know a setting postgres-url passes after its "\?"/);
  });

  it('fails as retry-later when the server cannot be reached, and names the row', async () => {
    const w = await start();
    const closed = pg.url.replace(`:${pg.port}/`, ':1/');
    const run = await w.run(inputs001({ 'postgres-url': closed }));
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /Postgres: .*ECONNREFUSED/);
    assert.equal(run.outputs.status, 'failed');
    assertNoLeak(run, [pg.password, closed]);
  });

  it('fails as retry-later when the server stops mid-run, then converges once it is back', async () => {
    const w = await start();
    await seed001(w.current.token);
    // The server goes down after the connection was opened, just before the primary is written.
    const primaryPut = /^\/repos\/acme\/app\/actions\/secrets\/META_ACCESS_TOKEN$/;
    w.github.inject({
      method: 'PUT',
      path: primaryPut,
      times: 1,
      fault: { kind: 'wait', until: () => pg.stopServer() },
    });
    let run;
    try {
      run = await w.run(inputs001());
    } finally {
      await pg.startServer();
    }
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /Postgres: (updating|connecting) failed/);
    await assertRowConverges(w, () => Promise.resolve(), 'the primary holds the new token');
  });

  it('reads the token from the row when access-token is left out, and writes the row first', async () => {
    const w = await start();
    await seed001(w.current.token);
    const run = await w.run(
      inputs001({ 'access-token': '', 'github-secrets': 'META_ACCESS_TOKEN\nacme/api:WA_TOKEN' }),
    );
    assert.equal(run.code, 0, run.stdout);
    const fresh = w.meta.minted[0];
    assert.ok(fresh);
    const inspected = w.meta.requests.find((r) => r.path.endsWith('/debug_token'))?.query.get('input_token');
    assert.equal(inspected, w.current.token, "the row's token was inspected");
    const row = await row001();
    assert.equal(row.access_token, fresh.token);
    assert.equal(w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value, fresh.token);
    assert.equal(w.github.secret('acme/api', 'WA_TOKEN')?.value, fresh.token);
    assert.match(run.summary, /postgres:crm\.marketing_channel_credential \(primary\)/);
    await assertNothingLeaked(w, run);
  });

  it('writes nothing else when the primary row cannot be written', async () => {
    const w = await start();
    await seed001(w.current.token);
    const run = await w.run(inputs001({ 'access-token': '', 'postgres-expected-rows': '2' }));
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /touched 1 row, expected 2; rolled back/);
    assert.equal((await row001()).access_token, w.current.token);
    assert.equal(w.github.secret('acme/app', 'META_ACCESS_TOKEN'), undefined, 'no secret was written');
  });

  it('converges a secret that missed the token when the row is the primary', async () => {
    // acme/api exists, but the writer may only read its secrets until the grant below.
    const writer: Record<string, Grant> = { 'acme/app': { secrets: 'write' }, 'acme/api': { secrets: 'read' } };
    world = await startWorld({
      github: { tokens: { [GH_WRITER]: writer, [GH_ISSUES]: { 'acme/app': { issues: 'write' } } } },
    });
    const w = world;
    await seed001(w.current.token);
    const inputs = inputs001({ 'access-token': '', 'github-secrets': 'META_ACCESS_TOKEN\nacme/api:WA_TOKEN' });
    const failed = await w.run(inputs);
    assert.equal(failed.code, 1, failed.stdout);
    const fresh = w.meta.minted[0];
    assert.equal((await row001()).access_token, fresh?.token, 'the primary row holds the new token');
    assert.equal(w.github.secret('acme/api', 'WA_TOKEN'), undefined, 'acme/api could not be written');

    writer['acme/api'] = { secrets: 'write' };
    const again = await w.run(inputs);
    assert.equal(again.code, 0, again.stdout);
    assert.equal(w.meta.minted.length, 1, 'the token read from the row is not due');
    assert.equal(w.github.secret('acme/api', 'WA_TOKEN')?.value, fresh?.token);
    assert.ok(!w.github.issues('acme/app').some((i) => i.state === 'open'), 'the failure issue is closed');
  });

  it('fails and opens the issue when the row to read the token from cannot be reached', async () => {
    const w = await start();
    const closed = pg.url.replace(`:${pg.port}/`, ':1/');
    const run = await w.run(inputs001({ 'access-token': '', 'postgres-url': closed }));
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /Postgres: reading failed.*ECONNREFUSED/);
    assert.equal(w.meta.requests.length, 0, 'nothing to inspect');
    const open = w.github.issues('acme/app').filter((i) => i.state === 'open');
    assert.equal(open.length, 1);
    assert.ok(open[0]?.body?.includes('postgres:crm.marketing_channel_credential'), 'the issue names the row');

    await seed001(w.current.token);
    const recovered = await w.run(inputs001({ 'access-token': '' }));
    assert.equal(recovered.code, 0, recovered.stdout);
    assert.ok(!w.github.issues('acme/app').some((i) => i.state === 'open'), 'the next good run closes the issue');
  });

  it('needs access-token unless postgres-select can read it from the row', async () => {
    const w = await start();
    const run = await w.run(inputs001({ 'access-token': '', 'postgres-select': '' }));
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Input 'access-token' is required/);
    assert.deepEqual(w.calls(), []);
  });

  it('fails with the fix when the password is wrong, without printing it', async () => {
    const w = await start();
    const wrong = pg.url.replace(`:${pg.password}@`, ':wrongpassword123@');
    const run = await w.run(inputs001({ 'postgres-url': wrong }));
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /28P01/);
    assert.match(run.stdout, /refused the user or password in postgres-url/);
    assertNoLeak(run, ['wrongpassword123', wrong]);
  });

  for (const [input, value, message] of [
    ['postgres-update', 'SELECT 1', /Input 'postgres-update' must be a single UPDATE/],
    ['postgres-update', "UPDATE t SET a = 'EAAx' WHERE id = 1", /must store the token as \$1/],
    ['postgres-update', 'UPDATE t SET a = $1; DELETE FROM t', /must be one statement, not 2/],
    ['postgres-update', 'UPDATE t SET a = $1, b = $4 WHERE id = 1', /may use only \$1/],
    ['postgres-update', 'UPDATE t SET a = $1', /must have a WHERE that picks the token's row/],
    [
      'postgres-update',
      'INSERT INTO t (k, v) VALUES (1, $1) ON CONFLICT DO UPDATE SET v = excluded.v',
      /must name its conflict target/,
    ],
    ['postgres-update', 'INSERT INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING', /must be a single UPDATE/],
    ['postgres-update', 'UPDATE t SET a = $1 WHERE', /could not be parsed as SQL/],
    ['postgres-select', 'DELETE FROM t', /Input 'postgres-select' must be a single SELECT/],
    ['postgres-url', 'mysql://u:p@h/db', /Input 'postgres-url' must be a connection string/],
    ['postgres-encryption', 'fernet', /Input 'postgres-fernet-key' is required/],
    ['postgres-fernet-key', 'not-a-key', /Input 'postgres-fernet-key' must be a Fernet key/],
    ['postgres-expected-rows', 'one', /Input 'postgres-expected-rows' must be a whole number/],
  ] as const) {
    it(`refuses ${input}: ${value} before any call`, async () => {
      const w = await start();
      const extra: Record<string, string> = { [input]: value };
      if (input === 'postgres-fernet-key') extra['postgres-encryption'] = 'fernet';
      const run = await w.run(inputs001({ ...extra, 'postgres-url': input === 'postgres-url' ? value : pg.url }));
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stdout, message);
      assert.deepEqual(w.calls(), [], 'no call was made');
    });
  }

  it('needs postgres-update with postgres-url', async () => {
    const w = await start();
    const run = await w.run({ 'postgres-url': pg.url });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Input 'postgres-update' is required when postgres-url is set/);
    assert.deepEqual(w.calls(), []);
  });
});
