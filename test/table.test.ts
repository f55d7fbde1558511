/**
 * Table mode (`postgres-tokens-query`) through `dist/index.js`, against a real PostgreSQL holding
 * seed 003's Prisma `"Channel"` table (Fernet-encrypted tokens) and the Meta fake: a mix of due,
 * old, not due, never-expiring and dead rows; a row changed or removed between the read and the
 * update (left alone); inputs refused before any call.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { assertWaitBounded, runToFault, UNHURRIED } from './helpers/action.ts';
import type { Channel } from './helpers/channels.ts';
import { channelInputs, decrypt, encrypt, FERNET_KEY, seedChannels, storedIn } from './helpers/channels.ts';
import { startFaultProxy } from './helpers/fault-proxy.ts';
import { assertNoLeak } from './helpers/leaks.ts';
import type { PgServer } from './helpers/postgres.ts';
import { startPostgres } from './helpers/postgres.ts';
import type { World } from './helpers/world.ts';
import { startWorld, token } from './helpers/world.ts';

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

/** Seed 003's table with `channels`; the Meta fake knows their tokens. */
async function seed(channels: Channel[], extra: { meta?: Record<string, unknown> } = {}): Promise<World> {
  await seedChannels(pg, channels);
  world = await startWorld({ meta: { tokens: channels.map((c) => c.token), ...extra.meta } });
  return world;
}

const inputs = (more: Record<string, string> = {}): Record<string, string> => channelInputs(pg.url, more);

const stored = (id: string): Promise<string | undefined> => storedIn(pg, id);

describe('table mode', () => {
  it("refreshes seed 003's due and old rows, leaves the rest, and fails on a dead one", async () => {
    const channels: Channel[] = [
      { id: 'ch_due', token: token({ daysLeft: 10 }), refreshedDaysAgo: 50 },
      { id: 'ch_old', token: token({ daysLeft: 40 }), refreshedDaysAgo: 46 },
      { id: 'ch_fresh', token: token({ daysLeft: 40 }), refreshedDaysAgo: 20 },
      { id: 'ch_never', token: token({ expiresAt: 0 }) },
      {
        id: 'ch_dead',
        token: token({
          invalid: { code: 190, subcode: 460, message: 'The session is invalid because the user logged out.' },
        }),
      },
    ];
    const w = await seed(channels);
    const before = new Map(await Promise.all(channels.map(async (c) => [c.id, await stored(c.id)] as const)));
    const run = await w.run(inputs({ 'refresh-older-than-days': '45', concurrency: '2' }));
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.summary, /5 rows: 2 refreshed, 2 not due, 0 changed by someone else, 1 failed\./);
    assert.equal(run.outputs['rows-refreshed'], '2');
    assert.equal(run.outputs['rows-failed'], '1');
    assert.deepEqual(JSON.parse(run.outputs.rows ?? ''), [
      { id: 'ch_dead', result: 'failed' },
      { id: 'ch_due', result: 'refreshed' },
      { id: 'ch_fresh', result: 'not-due' },
      { id: 'ch_never', result: 'non-expiring' },
      { id: 'ch_old', result: 'refreshed' },
    ]);
    assert.equal(w.meta.minted.length, 2);
    const minted = new Set(w.meta.minted.map((t) => t.token));
    for (const id of ['ch_due', 'ch_old']) {
      const value = await stored(id);
      assert.ok(value && minted.has(decrypt(value)), `${id} holds a new token, opened by Python's Fernet`);
    }
    for (const id of ['ch_fresh', 'ch_never', 'ch_dead'])
      assert.equal(await stored(id), before.get(id), `${id} untouched`);
    assert.match(run.stdout, /channel ch_dead.*logged out.*reconnect WhatsApp/);
    // One issue, the dead channel's; none for the job.
    const open = w.github.issues('acme/app').filter((i) => i.state === 'open');
    assert.deepEqual(
      open.map((i) => i.title),
      ['Meta access token refresh failed: channel ch_dead'],
    );
    assert.match(open[0]?.body ?? '', /row=ch_dead/);
    assert.match(open[0]?.body ?? '', /reconnect WhatsApp/);

    // The customer reconnects: the app stores a new token; the next run closes that channel's issue.
    const reconnected = token({ daysLeft: 59 });
    w.meta.addToken(reconnected);
    await pg.sql`UPDATE "Channel" SET wa_token_encrypted = ${encrypt(reconnected.token)} WHERE id = 'ch_dead'`;
    const next = await w.run(inputs({ 'refresh-older-than-days': '45' }));
    assert.equal(next.code, 0, next.stdout);
    assert.ok(!w.github.issues('acme/app').some((i) => i.state === 'open'), "the channel's issue is closed");
    assert.match(w.github.issues('acme/app')[0]?.comments.at(-1)?.body ?? '', /Recovered/);
    assert.equal(await stored('ig_1'), 'not-a-meta-token');
    assertNoLeak(run, [...channels.map((c) => c.token.token), ...minted, FERNET_KEY, pg.password]);
  });

  for (const change of ['reconnected', 'removed'] as const) {
    it(`leaves a row ${change} between the read and the update alone, and says so`, async () => {
      const w = await seed([{ id: 'ch_1', token: token({ daysLeft: 5 }) }]);
      const newer = encrypt(token().token);
      w.meta.inject({
        method: 'GET',
        path: /\/oauth\/access_token$/,
        times: 1,
        fault: {
          kind: 'wait',
          until: () =>
            change === 'reconnected'
              ? pg.sql`UPDATE "Channel" SET wa_token_encrypted = ${newer} WHERE id = 'ch_1'`
              : pg.sql`DELETE FROM "Channel" WHERE id = 'ch_1'`,
        },
      });
      const run = await w.run(inputs());
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['rows-changed'], '1');
      assert.match(run.summary, /\| ch_1 \|.*changed by someone else/);
      assert.equal(await stored('ch_1'), change === 'reconnected' ? newer : undefined);
    });
  }

  it("stops starting rows once Meta's usage passes 75%, and the next run finishes the job", async () => {
    const channels = ['ch_1', 'ch_2', 'ch_3', 'ch_4', 'ch_5'].map((id) => ({ id, token: token({ daysLeft: 5 }) }));
    // Each row takes three calls (inspect, exchange, verify): the sixth answer reports 80%.
    let busy = true;
    const w = await seed(channels, { meta: { appUsage: (n: number) => (busy ? (n >= 6 ? 80 : 20) : 10) } });
    const first = await w.run(inputs({ concurrency: '1' }));
    // The rows left are 5 days from expiry: the job fails, to be retried, rather than end green.
    assert.equal(first.code, 1, first.stdout);
    assert.match(first.stdout, /\[channel; retry later\] 3 rows left for the next run are within refresh-before-days/);
    assert.equal(first.outputs['rows-refreshed'], '2');
    assert.equal(first.outputs['rows-skipped'], '3');
    assert.match(
      first.summary,
      /usage of this app reached 80% \(X-App-Usage\): no new row was started, and 3 rows are left/,
    );
    assert.equal(w.meta.minted.length, 2);

    busy = false;
    const second = await w.run(inputs({ concurrency: '1' }));
    assert.equal(second.code, 0, second.stdout);
    assert.equal(second.outputs['rows-refreshed'], '3');
    assert.equal(second.outputs['rows-not-due'], '2');
    assert.equal(w.meta.minted.length, 5);
  });

  it('writes the audit row in the same transaction, and rolls the update back when it fails', async () => {
    const w = await seed([
      { id: 'ch_1', token: token({ daysLeft: 5 }) },
      { id: 'ch_2', token: token({ daysLeft: 5 }) },
    ]);
    await pg.sql.unsafe(`DROP TABLE IF EXISTS token_audit;
      CREATE TABLE token_audit (channel_id text NOT NULL CHECK (channel_id <> 'ch_2'), old_expiry timestamptz,
        new_expiry timestamptz, outcome text, at timestamptz DEFAULT now());
      GRANT INSERT ON token_audit TO ${pg.user};`);
    const before = await stored('ch_2');
    const run = await w.run(
      inputs({
        'postgres-audit-insert':
          'INSERT INTO token_audit (channel_id, old_expiry, new_expiry, outcome) VALUES ($1, $2, $3, $4)',
      }),
    );
    assert.equal(run.code, 1, run.stdout);
    const audit = await pg.sql<Array<{ channel_id: string; outcome: string; old_expiry: Date; new_expiry: Date }>>`
      SELECT channel_id, outcome, old_expiry, new_expiry FROM token_audit`;
    assert.deepEqual(
      audit.map((a) => [a.channel_id, a.outcome]),
      [['ch_1', 'refreshed']],
    );
    assert.ok((audit[0]?.new_expiry.getTime() ?? 0) > (audit[0]?.old_expiry.getTime() ?? 0));
    assert.equal(await stored('ch_2'), before, "ch_2's update was rolled back with its audit row");
    assert.match(run.stdout, /row ch_2.*token_audit_channel_id_check/);
  });

  it('covers every row exactly once over two shards', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `ch_${String(i)}`);
    const w = await seed(ids.map((id) => ({ id, token: token({ daysLeft: 5 }) })));
    const taken: string[] = [];
    for (const shard of ['1/2', '2/2']) {
      const run = await w.run(inputs({ shard }));
      assert.equal(run.code, 0, run.stdout);
      const rows = JSON.parse(run.outputs.rows ?? '[]') as Array<{ id: string }>;
      assert.ok(rows.length > 0 && rows.length < ids.length, `shard ${shard} takes some rows, not all`);
      taken.push(...rows.map((r) => r.id));
    }
    assert.deepEqual(taken.sort(), [...ids].sort());
    assert.equal(w.meta.minted.length, ids.length, 'each row refreshed once');
  });

  it('fails the rows the database did not take when it goes down midway, and the next run finishes', async () => {
    const channels = ['ch_1', 'ch_2', 'ch_3'].map((id) => ({ id, token: token({ daysLeft: 5 }) }));
    const w = await seed(channels);
    const old = new Map(await Promise.all(channels.map(async (c) => [c.id, await stored(c.id)] as const)));
    // ch_2's exchange waits until the server is down: ch_1 is written, ch_2 and ch_3 cannot be.
    const second = channels[1]?.token.token;
    w.meta.inject({
      method: 'GET',
      path: /\/oauth\/access_token$/,
      when: (r) => r.query.get('fb_exchange_token') === second,
      times: 1,
      fault: { kind: 'wait', until: () => pg.stopServer() },
    });
    let run;
    try {
      run = await w.run(inputs({ concurrency: '1' }));
    } finally {
      await pg.startServer();
    }
    assert.equal(run.code, 1, run.stdout);
    assert.equal(run.outputs['rows-refreshed'], '1', run.stdout);
    // ch_3 mints nothing once the database is lost: it is left for the next run.
    assert.equal(run.outputs['rows-failed'], '1');
    assert.equal(run.outputs['rows-skipped'], '1');
    assert.equal(w.meta.minted.length, 2);
    assert.match(run.stdout, /\[channel ch_2; retry later\]/);
    const minted = new Set(w.meta.minted.map((t) => t.token));
    for (const c of channels) {
      const value = (await stored(c.id)) ?? '';
      assert.ok(
        value === old.get(c.id) || minted.has(decrypt(value)),
        `${c.id} holds its old token or a verified new one`,
      );
    }
    const next = await w.run(inputs({ concurrency: '1' }));
    assert.equal(next.code, 0, next.stdout);
    assert.equal(next.outputs['rows-refreshed'], '2');
    assert.ok(!w.github.issues('acme/app').some((i) => i.state === 'open'), "the channels' issues are closed");
  });

  it('ends a run whose database goes quiet mid-update, and the next run finishes', async (t) => {
    const proxy = await startFaultProxy(pg.port);
    const url = pg.url.replace(`:${pg.port}/`, `:${proxy.port}/`);
    try {
      // A run that timed out before the update on a busy machine is set up again.
      const { w, run, timeoutS } = await runToFault({
        timeoutS: 1,
        attempt: async (timeoutS) => {
          const w = await seed(['ch_1', 'ch_2'].map((id) => ({ id, token: token({ daysLeft: 5 }) })));
          // The network stops passing anything from the first update on: no answer ever comes.
          proxy.arm('hang', 'UPDATE "Channel"');
          const run = await w.run(
            inputs({ 'postgres-url': url, concurrency: '1', 'timeout-seconds': String(timeoutS) }),
          );
          return { w, run };
        },
        reached: () => proxy.fired,
        discard: async ({ w }) => {
          proxy.clear();
          await w.close();
        },
        t,
      });
      assert.ok(proxy.fired, 'the run never reached the update');
      assert.equal(run.code, 1, run.stdout);
      assert.equal(run.outputs['rows-failed'], '1', run.stdout);
      assert.equal(run.outputs['rows-skipped'], '1', run.stdout);
      assert.equal(w.meta.minted.length, 1, 'no token is minted once the database is lost');
      // COMMIT went out with the update (pipelined): whether it reached the server cannot be told,
      // so the row is in doubt until the next run reads it back.
      assert.match(
        run.stdout,
        new RegExp(
          `\\[channel ch_1; retry later\\] Postgres: committing failed: no answer within ${String(timeoutS + 1)} s ` +
            '.*whether the row holds the new token is not known',
        ),
      );
      proxy.clear();
      const next = await w.run(inputs({ 'postgres-url': url, concurrency: '1', ...UNHURRIED }));
      assert.equal(next.code, 0, next.stdout);
      assert.equal(next.outputs['rows-refreshed'], '2');
      // One wait (the timeout and its grace second) ended the run: measured against the clean
      // re-run of the same rows on this machine, not against a figure a busy machine overshoots.
      assertWaitBounded(run, next, timeoutS, 'the run whose database went quiet');
    } finally {
      await proxy.close();
    }
  });

  it('fails only the row whose exchange Meta refuses, and the next run refreshes it', async () => {
    const channels = ['ch_1', 'ch_2', 'ch_3'].map((id) => ({ id, token: token({ daysLeft: 5 }) }));
    const w = await seed(channels);
    const refused = channels[1]?.token.token;
    w.meta.inject({
      method: 'GET',
      path: /\/oauth\/access_token$/,
      when: (r) => r.query.get('fb_exchange_token') === refused,
      fault: {
        kind: 'status',
        status: 500,
        body: { error: { message: 'Service temporarily unavailable', type: 'OAuthException', code: 2 } },
      },
    });
    const run = await w.run(inputs());
    assert.equal(run.code, 1, run.stdout);
    assert.deepEqual(JSON.parse(run.outputs.rows ?? ''), [
      { id: 'ch_1', result: 'refreshed' },
      { id: 'ch_2', result: 'failed' },
      { id: 'ch_3', result: 'refreshed' },
    ]);
    w.meta.clearFaults();
    const next = await w.run(inputs());
    assert.equal(next.code, 0, next.stdout);
    assert.equal(next.outputs['rows-refreshed'], '1');
  });

  it('changes nothing in a dry run, and says which rows it would refresh', async () => {
    const w = await seed([
      { id: 'ch_1', token: token({ daysLeft: 5 }) },
      { id: 'ch_2', token: token({ daysLeft: 40 }) },
    ]);
    const before = await stored('ch_1');
    const run = await w.run(inputs({ 'dry-run': 'true' }));
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.status, 'dry-run');
    assert.deepEqual(JSON.parse(run.outputs.rows ?? ''), [
      { id: 'ch_1', result: 'would-refresh' },
      { id: 'ch_2', result: 'not-due' },
    ]);
    assert.equal(w.meta.minted.length, 0, 'nothing exchanged');
    assert.equal(await stored('ch_1'), before, 'nothing written');
  });

  it("takes a single-token input left at action.yml's default, however it is written", async () => {
    const w = await seed([{ id: 'ch_1', token: token({ daysLeft: 40 }) }]);
    const run = await w.run(
      inputs({
        'vercel-env-targets': 'production, preview  # the default',
        'instagram-api-url': 'https://graph.instagram.com/',
        'postgres-expected-rows': '1',
      }),
    );
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs['rows-not-due'], '1');
  });

  for (const [more, message] of [
    [
      { 'postgres-update': 'UPDATE "Channel" SET wa_token_encrypted = $1 WHERE id = $4' },
      /must match the row by \$4 \(its id\) and the value it held, \$5/,
    ],
    [
      { 'postgres-update': 'UPDATE "Channel" SET wa_token_encrypted = $1 WHERE id = $4 OR wa_token_encrypted = $5' },
      /must be a compare-and-set/,
    ],
    [
      {
        'postgres-update':
          'INSERT INTO "Channel" (id, type, wa_token_encrypted) VALUES ($4, $5, $1) ON CONFLICT (id) DO UPDATE SET wa_token_encrypted = $1',
      },
      /must be a compare-and-set.*an upsert would create a channel again that was removed/,
    ],
    [
      { 'access-token': 'EAAFakeSomething00000000000000000000' },
      /Input 'access-token' is set, but with postgres-tokens-query/,
    ],
    [{ 'github-secrets': 'META_ACCESS_TOKEN' }, /Input 'github-secrets' is set, but with postgres-tokens-query/],
    [{ 'postgres-tokens-query': 'DELETE FROM "Channel"' }, /Input 'postgres-tokens-query' must be a single SELECT/],
    [{ concurrency: '0' }, /Input 'concurrency' must be at least 1/],
    [{ 'whatsapp-phone-number-ids': '1001' }, /Input 'whatsapp-phone-number-ids' is set, but in table mode/],
    [{ 'postgres-expected-rows': '2' }, /Input 'postgres-expected-rows' is set, but in table mode/],
    [{ shard: '3/2' }, /Input 'shard' must be I\/N with 1 ≤ I ≤ N/],
    [{ 'postgres-audit-insert': 'UPDATE t SET a = $1' }, /Input 'postgres-audit-insert' must be a single INSERT/],
    // Single-token inputs table mode would ignore: refused, naming the mode.
    [{ 'vercel-token': 'vercel_x_000000' }, /Input 'vercel-token' is set, but in table mode .*no Vercel project/],
    [{ 'vercel-env-key': 'WA_TOKEN' }, /Input 'vercel-env-key' is set, but in table mode/],
    [{ 'vercel-redeploy': 'false' }, /Input 'vercel-redeploy' is set, but in table mode/],
    [{ 'vercel-api-url': 'https://vercel.example' }, /Input 'vercel-api-url' is set, but in table mode/],
    [{ 'expiry-variable': 'META_TOKEN_EXPIRES_AT' }, /Input 'expiry-variable' is set, but with postgres-tokens-query/],
    [{ 'postgres-select': 'SELECT token FROM "Channel"' }, /Input 'postgres-select' is set, but with postgres-tokens/],
    [
      { 'instagram-api-url': 'https://ig.example' },
      /Input 'instagram-api-url' is set, but in table mode .*Facebook Login token/,
    ],
    [{ 'token-provider': 'instagram' }, /Input 'token-provider' is instagram, but postgres-tokens-query refreshes/],
    [{ 'postgres-encryption': 'none' }, /Input 'postgres-fernet-key' is set but postgres-encryption is none/],
  ] as const) {
    it(`refuses ${JSON.stringify(more)} before any call`, async () => {
      const w = await seed([{ id: 'ch_1', token: token() }]);
      const run = await w.run(inputs(more));
      assert.equal(run.code, 1);
      assert.match(run.stdout, message);
      assert.deepEqual(w.calls(), []);
    });
  }
});
