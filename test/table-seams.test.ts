/**
 * What table mode gains from the seams it shares with the single token, through `dist/index.js`
 * against a real PostgreSQL: per-channel WhatsApp health (a `phone_number_id` the tokens query
 * returns is read with each row's current token, BLOCKED failing that channel, and with its new
 * token before the row is written), `keep-schedule-alive`, and `postgres-failure-update` marking
 * a failed channel.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { FakeAsset, FakeToken } from './fakes/meta.ts';
import { phoneAsset } from './fakes/meta.ts';
import { startFaultProxy } from './helpers/fault-proxy.ts';
import type { PgServer } from './helpers/postgres.ts';
import { startPostgres } from './helpers/postgres.ts';
import type { World, WorldOptions } from './helpers/world.ts';
import { APP_ID, DAY, GH_ISSUES, startWorld, token } from './helpers/world.ts';

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

const blocked = (id: string): FakeAsset =>
  phoneAsset({
    entities: [
      {
        entityType: 'PHONE_NUMBER',
        id,
        canSendMessage: 'BLOCKED',
        errors: [{ errorCode: 141006, errorDescription: 'The number is restricted.', possibleSolution: 'Appeal.' }],
      },
      { entityType: 'APP', id: APP_ID, canSendMessage: 'AVAILABLE' },
    ],
  });

describe('table mode: per-channel WhatsApp health', () => {
  it("reads each row's phone number with its current and its new token; a BLOCKED or unreadable one fails that row", async () => {
    const ok = token({ daysLeft: 5 });
    const stuck = token({ daysLeft: 5 });
    const lost = token({ daysLeft: 5 });
    const rows: Array<[string, FakeToken, string]> = [
      ['ch_ok', ok, '1001'],
      ['ch_blocked', stuck, '1002'],
      ['ch_lost', lost, '1003'],
    ];
    await pg.sql.unsafe(`DROP TABLE IF EXISTS channel;
      CREATE TABLE channel (id text PRIMARY KEY, token text, phone_number_id text);
      GRANT SELECT, UPDATE ON channel TO ${pg.user};`);
    for (const [id, t, phone] of rows) await pg.sql`INSERT INTO channel VALUES (${id}, ${t.token}, ${phone})`;
    world = await startWorld({
      meta: {
        tokens: [ok, stuck, lost],
        assets: {
          '1001': phoneAsset(),
          '1002': blocked('1002'),
          // Only the current token reaches it: the new one lost the asset.
          '1003': phoneAsset({ readableBy: (t) => t.token === lost.token }),
        },
      },
    });
    const run = await world.run({
      'access-token': '',
      'github-secrets': '',
      'postgres-url': pg.url,
      'postgres-tokens-query': 'SELECT id, token, phone_number_id FROM channel ORDER BY id',
      'postgres-update': 'UPDATE channel SET token = $1 WHERE id = $4 AND token = $5',
      'timeout-seconds': '5',
    });
    assert.equal(run.code, 1, run.stdout);
    assert.deepEqual(JSON.parse(run.outputs.rows ?? ''), [
      { id: 'ch_blocked', result: 'failed' },
      { id: 'ch_lost', result: 'failed' },
      { id: 'ch_ok', result: 'refreshed' },
    ]);
    assert.match(run.stdout, /\[channel ch_blocked; needs a person\].*phone number 1002.*BLOCKED/);
    assert.match(run.stdout, /\[channel ch_lost; needs a person\] The new token cannot read the phone number 1003/);
    const held = new Map(
      (await pg.sql<Array<{ id: string; token: string }>>`SELECT id, token FROM channel`).map((r) => [r.id, r.token]),
    );
    assert.equal(held.get('ch_blocked'), stuck.token, 'a BLOCKED channel is not refreshed');
    assert.equal(held.get('ch_lost'), lost.token, 'a new token that lost the number is not written');
    const fresh = world.meta.minted.find((m) => m.token === held.get('ch_ok'));
    assert.ok(fresh, 'ch_ok holds a new token');
    const reads = world.meta.requests.filter((r) => r.path.endsWith('/1001')).map((r) => r.query.get('access_token'));
    assert.deepEqual(
      reads,
      [ok.token, fresh.token],
      "ch_ok's number was read with the current token, then the new one",
    );
  });

  const tableInputs = (more: Record<string, string> = {}): Record<string, string> => ({
    'access-token': '',
    'github-secrets': '',
    'postgres-url': pg.url,
    'postgres-tokens-query': 'SELECT id, token FROM channel ORDER BY id',
    'postgres-update': 'UPDATE channel SET token = $1, alert = NULL WHERE id = $4 AND token = $5',
    'timeout-seconds': '5',
    ...more,
  });

  async function seedRows(rows: Array<[string, FakeToken]>, options: Partial<WorldOptions> = {}): Promise<World> {
    await pg.sql.unsafe(`DROP TABLE IF EXISTS channel;
      CREATE TABLE channel (id text PRIMARY KEY, token text, alert text);
      GRANT SELECT, UPDATE ON channel TO ${pg.user};`);
    for (const [id, t] of rows) await pg.sql`INSERT INTO channel VALUES (${id}, ${t.token}, 'stale mark')`;
    world = await startWorld({ meta: { tokens: rows.map(([, t]) => t) }, ...options });
    return world;
  }

  it("keeps the workflow's schedule alive in table mode too", async () => {
    const grants = { [GH_ISSUES]: { 'acme/app': { issues: 'write', actions: 'write', contents: 'read' } } } as const;
    const w = await seedRows([['ch_1', token({ daysLeft: 40 })]], { github: { tokens: grants } });
    w.github.seedWorkflow('acme/app', 'refresh.yml', { state: 'active' });
    w.github.seedLastCommit('acme/app', new Date(Date.now() - 50 * DAY * 1000));
    Object.assign(w.env, { GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/refresh.yml@refs/heads/main' });
    const run = await w.run(tableInputs({ 'keep-schedule-alive': 'true' }));
    assert.equal(run.code, 0, run.stdout);
    const enabled = w.github.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/enable'));
    assert.equal(enabled.length, 1, run.stdout);
    assert.match(run.summary, /the workflow refresh.yml was re-enabled/);
  });

  it('marks a failed channel with postgres-failure-update, in its own transaction, and never with a token', async () => {
    const dead = token({
      invalid: { code: 190, subcode: 460, message: 'The session is invalid because the user logged out.' },
    });
    const good = token({ daysLeft: 5 });
    const w = await seedRows([
      ['ch_dead', dead],
      ['ch_good', good],
    ]);
    const run = await w.run(
      tableInputs({ 'postgres-failure-update': "UPDATE channel SET alert = $2 || ': ' || $3 WHERE id = $1" }),
    );
    assert.equal(run.code, 1, run.stdout);
    const alerts = new Map(
      (await pg.sql<Array<{ id: string; alert: string | null }>>`SELECT id, alert FROM channel`).map((r) => [
        r.id,
        r.alert,
      ]),
    );
    assert.match(alerts.get('ch_dead') ?? '', /^needs-human: .*logged out/);
    assert.ok(!(alerts.get('ch_dead') ?? '').includes(dead.token), 'the mark holds no token');
    assert.equal(alerts.get('ch_good'), null, "the refreshed row's own update cleared its mark");
  });

  it('marks on the connections of the writes: a run holds concurrency + 1 connections at most', async () => {
    const dead = (): FakeToken =>
      token({ invalid: { code: 190, subcode: 460, message: 'The session is invalid because the user logged out.' } });
    const w = await seedRows([
      ['ch_1', token({ daysLeft: 5 })],
      ['ch_2', token({ daysLeft: 5 })],
      ['ch_3', dead()],
      ['ch_4', dead()],
      ['ch_5', dead()],
      ['ch_6', dead()],
    ]);
    const proxy = await startFaultProxy(pg.port);
    try {
      const url = pg.url.replace(`:${pg.port}/`, `:${proxy.port}/`);
      const run = await w.run(
        tableInputs({
          'postgres-url': url,
          concurrency: '2',
          'postgres-failure-update': "UPDATE channel SET alert = $2 || ': ' || $3 WHERE id = $1",
        }),
      );
      assert.equal(run.code, 1, run.stdout);
      const alerts = await pg.sql<
        Array<{ id: string }>
      >`SELECT id FROM channel WHERE alert LIKE 'needs-human: %' ORDER BY id`;
      assert.deepEqual(
        alerts.map((r) => r.id),
        ['ch_3', 'ch_4', 'ch_5', 'ch_6'],
      );
      assert.ok(proxy.pids.length <= 3, `${String(proxy.pids.length)} connections for concurrency 2`);
    } finally {
      await proxy.close();
    }
  });

  it('fails the run when a mark touches no row, and takes a mark that leaves out $2', async () => {
    const dead = token({
      invalid: { code: 190, subcode: 463, message: 'Error validating access token: Session has expired' },
    });
    const w = await seedRows([['ch_dead', dead]]);
    // A common mistake: the WHERE compares $1 with a column other than the id the query returns.
    const wrong = await w.run(
      tableInputs({ 'postgres-failure-update': 'UPDATE channel SET alert = $3 WHERE token = $1' }),
    );
    assert.equal(wrong.code, 1, wrong.stdout);
    assert.match(wrong.stdout, /postgres-failure-update touched 0 rows for row ch_dead, expected 1; rolled back/);
    assert.match(wrong.summary, /compares \$1 with another column than the id/);
    const right = await w.run(
      tableInputs({ 'postgres-failure-update': 'UPDATE channel SET alert = $3 WHERE id = $1' }),
    );
    assert.doesNotMatch(right.stdout, /channel-mark|marking row/, right.stdout);
    const [row] = await pg.sql<Array<{ alert: string }>>`SELECT alert FROM channel WHERE id = 'ch_dead'`;
    assert.match(row?.alert ?? '', /Session has expired/);
  });

  it('refuses a postgres-failure-update without WHERE, before any call', async () => {
    const w = await seedRows([['ch_1', token({ daysLeft: 5 })]]);
    const run = await w.run(tableInputs({ 'postgres-failure-update': 'UPDATE channel SET alert = $3' }));
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Input 'postgres-failure-update' must have a WHERE that picks the failed row by \$1/);
    assert.equal(w.meta.requests.length, 0);
  });
});
