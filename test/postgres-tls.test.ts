/**
 * The token never travels to Postgres in clear (issue 22, items 5–7), through `dist/index.js`
 * against real PostgreSQL servers started by this file: one without TLS, and two with TLS that
 * refuse the action's role on a plain connection (so a run that succeeds used TLS), with
 * certificates of a throwaway CA naming `localhost` or `127.0.0.1` only.
 *
 * A host that is not loopback as written is `db.example.test`: the action runs with a preload
 * (helpers/test-hosts.ts) that resolves names under `.test` to 127.0.0.1, so no DNS or
 * /etc/hosts entry is needed.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { ActionRun } from './helpers/action.ts';
import { channelInputs, decrypt, seedChannels, storedIn } from './helpers/channels.ts';
import type { PgServer } from './helpers/postgres.ts';
import { startPostgres } from './helpers/postgres.ts';
import type { TestCa } from './helpers/tls.ts';
import { testCa } from './helpers/tls.ts';
import type { World } from './helpers/world.ts';
import { startWorld, token } from './helpers/world.ts';

const REMOTE = 'db.example.test';
const PRELOAD = `--import=${new URL('./helpers/test-hosts.ts', import.meta.url).href}`;

let ca: TestCa;
/** No TLS. */
let plain: PgServer;
/** TLS required for `app`; the certificate names `localhost` only. */
let namedLocalhost: PgServer;
/** TLS required for `app`; the certificate names `127.0.0.1` only. */
let namedIp: PgServer;
let world: World | undefined;

before(async () => {
  ca = testCa();
  plain = await startPostgres();
  namedLocalhost = await startPostgres({ tls: { ...ca.issue(['DNS:localhost']), required: true } });
  namedIp = await startPostgres({ tls: { ...ca.issue(['IP:127.0.0.1']), required: true } });
});
after(async () => {
  await Promise.all([plain.stop(), namedLocalhost.stop(), namedIp.stop()]);
});
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const UPDATE = 'UPDATE token_row SET access_token = $1 WHERE id = 1';
const SELECT = 'SELECT access_token FROM token_row WHERE id = 1';

/** A world whose action resolves `db.example.test` to 127.0.0.1, and `pg`'s row holding its token. */
async function start(pg: PgServer): Promise<World> {
  world = await startWorld({ current: token({ daysLeft: 10 }) });
  world.env.NODE_OPTIONS = PRELOAD;
  await pg.sql.unsafe(`
    DROP TABLE IF EXISTS token_row;
    CREATE TABLE token_row (id int PRIMARY KEY, access_token text NOT NULL);
    GRANT SELECT, UPDATE ON token_row TO ${pg.user};`);
  await pg.sql`INSERT INTO token_row VALUES (1, ${world.current.token})`;
  return world;
}

const stored = async (pg: PgServer): Promise<string | undefined> =>
  (await pg.sql<Array<{ access_token: string }>>`SELECT access_token FROM token_row WHERE id = 1`)[0]?.access_token;

/** `pg`'s URL for the action, with `host` in place of 127.0.0.1 and `query` appended. */
const urlOf = (pg: PgServer, host: string, query = ''): string =>
  pg.url.replace('@127.0.0.1:', `@${host}:`) + (query ? `?${query}` : '');

const inputs = (url: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'github-secrets': 'META_ACCESS_TOKEN',
  'postgres-url': url,
  'postgres-update': UPDATE,
  'postgres-select': SELECT,
  'timeout-seconds': '5',
  ...extra,
});

/** The run's output without the `::add-mask::` lines, which carry the secrets on purpose. */
const shown = (run: ActionRun): string =>
  [...run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')), run.stderr, run.summary].join('\n');

describe('Postgres over TLS', () => {
  for (const query of ['', 'sslmode=prefer', 'sslmode=allow']) {
    it(`refuses a host that is not loopback (${query || 'no sslmode'}) when the server does not speak TLS`, async () => {
      const w = await start(plain);
      const run = await w.run(inputs(urlOf(plain, REMOTE, query)));
      assert.equal(run.code, 1, run.stdout);
      assert.equal(await stored(plain), w.current.token, 'the row was not written');
      assert.match(run.stdout, /Postgres: (reading|updating|connecting) failed/);
      assert.match(run.stdout, /TLS/);
      assert.match(run.stdout, /sslmode=disable/, 'the hint names the way out');
    });
  }

  it('sends in clear to a host that is not loopback only with sslmode=disable, and warns', async () => {
    const w = await start(plain);
    const run = await w.run(inputs(urlOf(plain, REMOTE, 'sslmode=disable')));
    assert.equal(run.code, 0, run.stdout);
    assert.equal(await stored(plain), w.meta.minted[0]?.token);
    assert.match(run.stdout, /::warning::.*sslmode=disable.*in clear/);
  });

  it('keeps a loopback host without sslmode in clear, without a warning', async () => {
    const w = await start(plain);
    const run = await w.run(inputs(plain.url));
    assert.equal(run.code, 0, run.stdout);
    assert.equal(await stored(plain), w.meta.minted[0]?.token);
    assert.doesNotMatch(run.stdout, /in clear/);
  });

  it('uses TLS for a host that is not loopback without sslmode, and the server saw it', async () => {
    const w = await start(namedLocalhost);
    // The server refuses the role `app` on a plain connection: a run that wrote the row used TLS.
    const run = await w.run(inputs(urlOf(namedLocalhost, REMOTE)));
    assert.equal(run.code, 0, run.stdout);
    assert.equal(await stored(namedLocalhost), w.meta.minted[0]?.token);
  });

  it('names the fix when the server takes the user over TLS only and postgres-url says sslmode=disable', async () => {
    const w = await start(namedLocalhost);
    const run = await w.run(inputs(urlOf(namedLocalhost, REMOTE, 'sslmode=disable')));
    assert.equal(run.code, 1, run.stdout);
    assert.equal(await stored(namedLocalhost), w.current.token, 'the row was not written');
    assert.match(run.stdout, /no encryption \(28000\)/);
    assert.match(run.stdout, /takes this user over TLS only: remove sslmode=disable/);
  });

  it("refuses, with postgres-ca-cert and host 127.0.0.1, a certificate that names only 'localhost'", async () => {
    const w = await start(namedLocalhost);
    const run = await w.run(inputs(namedLocalhost.url, { 'postgres-ca-cert': ca.cert }));
    assert.equal(run.code, 1, run.stdout);
    assert.equal(await stored(namedLocalhost), w.current.token, 'the row was not written');
    assert.match(run.stdout, /ERR_TLS_CERT_ALTNAME_INVALID/);
    assert.match(run.stdout, /certificate does not name the host of postgres-url/);
    assert.doesNotMatch(run.stdout, /not trusted/, 'not the CA-trust hint');
  });

  it('accepts, with postgres-ca-cert and host 127.0.0.1, a certificate that names IP 127.0.0.1', async () => {
    const w = await start(namedIp);
    const run = await w.run(inputs(namedIp.url, { 'postgres-ca-cert': ca.cert }));
    assert.equal(run.code, 0, run.stdout);
    assert.equal(await stored(namedIp), w.meta.minted[0]?.token);
  });

  it("accepts, with postgres-ca-cert and host localhost, a certificate that names 'localhost'", async () => {
    const w = await start(namedLocalhost);
    const run = await w.run(inputs(urlOf(namedLocalhost, 'localhost'), { 'postgres-ca-cert': ca.cert }));
    assert.equal(run.code, 0, run.stdout);
    assert.equal(await stored(namedLocalhost), w.meta.minted[0]?.token);
  });

  it('verifies with sslmode=verify-full: a CA the runner does not trust is refused with the trust hint', async () => {
    const w = await start(namedLocalhost);
    const run = await w.run(inputs(urlOf(namedLocalhost, 'localhost', 'sslmode=verify-full')));
    assert.equal(run.code, 1, run.stdout);
    assert.equal(await stored(namedLocalhost), w.current.token, 'the row was not written');
    assert.match(run.stdout, /not trusted: give its CA as postgres-ca-cert/);
  });
});

describe('postgres-url refused in input validation', () => {
  // Each password is refused before any call; none of its parts may be printed.
  for (const [what, password] of [
    ['a % not followed by two hex digits', 's3cr3tA%zzs3cr3tB'],
    ['an unencoded / (the part before it reads as a port)', '54321/s3cr3tC'],
    ['an unencoded /', 's3cr3tD/s3cr3tE'],
    ['an unencoded ?', 's3cr3tF?s3cr3tG'],
    ['an unencoded #', 's3cr3tH#s3cr3tI'],
    ['an unencoded @', 's3cr3tJ@s3cr3tK'],
  ] as const) {
    it(`refuses a password with ${what}, naming the input, printing no part of it`, async () => {
      const w = await start(plain);
      const url = `postgres://${plain.user}:${password}@127.0.0.1:${plain.port}/${plain.database}`;
      const run = await w.run(inputs(url));
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stdout, /Input 'postgres-url'.*URL-encode the password's special characters/);
      assert.deepEqual(w.calls(), [], 'no call was made: no secret was written');
      assert.equal(await stored(plain), w.current.token, 'the row is unchanged');
      const output = shown(run);
      for (const part of password.split(/[^A-Za-z0-9]+/))
        assert.ok(!output.includes(part), `a part of the password (${part.slice(0, 3)}…) was printed`);
    });
  }
});

describe('table mode over TLS', () => {
  // The rows are listed by one driver and written, pipelined, by another: both must speak TLS as
  // the URL says. Each server refuses the role `app` on a plain connection: a row written used TLS.
  const cases: Array<[string, () => PgServer, (pg: PgServer) => string, Record<string, string>]> = [
    ['verified with postgres-ca-cert (127.0.0.1)', () => namedIp, (pg) => pg.url, { 'postgres-ca-cert': ca.cert }],
    ['sslmode=prefer on loopback', () => namedLocalhost, (pg) => urlOf(pg, 'localhost', 'sslmode=prefer'), {}],
    ['a host that is not loopback, without sslmode', () => namedLocalhost, (pg) => urlOf(pg, REMOTE), {}],
  ];
  for (const [what, server, url, extra] of cases)
    it(`writes every row over TLS: ${what}`, async () => {
      const pg = server();
      const channels = ['ch_1', 'ch_2', 'ch_3'].map((id) => ({ id, token: token({ daysLeft: 5 }) }));
      await seedChannels(pg, channels);
      world = await startWorld({ meta: { tokens: channels.map((c) => c.token) } });
      world.env.NODE_OPTIONS = PRELOAD;
      const run = await world.run(channelInputs(url(pg), { concurrency: '2', ...extra }));
      assert.equal(run.code, 0, shown(run));
      assert.equal(run.outputs['rows-refreshed'], '3');
      const minted = new Set(world.meta.minted.map((t) => t.token));
      for (const c of channels)
        assert.ok(minted.has(decrypt((await storedIn(pg, c.id)) ?? '')), `${c.id} holds its new token`);
    });
});
