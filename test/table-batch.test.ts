/**
 * Table mode's Graph batch requests (issue 24), through `dist/index.js` against a real PostgreSQL
 * and the Meta fake, which models batches as api-facts E.1 documents them: the rows' tokens are
 * inspected in batches of at most 50 calls, each call's answer handled as if it had come alone (a
 * dead row is that row's finding, a 5xx or a rate limit is retried); a batch Meta refuses as a
 * whole falls back to single calls; exchanges go together while Meta takes them in a batch, and
 * alone from its first refusal (UNCONFIRMED, a switch of the fake), never minting twice.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Channel } from './helpers/channels.ts';
import { channelInputs, decrypt, seedChannels, storedIn } from './helpers/channels.ts';
import { assertNoLeak } from './helpers/leaks.ts';
import type { PgServer } from './helpers/postgres.ts';
import { startPostgres } from './helpers/postgres.ts';
import type { World } from './helpers/world.ts';
import { startWorld, token } from './helpers/world.ts';
import type { RecordedRequest } from './fakes/server.ts';

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

async function seed(channels: Channel[], meta: Record<string, unknown> = {}): Promise<World> {
  await seedChannels(pg, channels);
  world = await startWorld({ meta: { tokens: channels.map((c) => c.token), ...meta } });
  return world;
}

const inputs = (more: Record<string, string> = {}): Record<string, string> => channelInputs(pg.url, more);

/** The batch requests the fake received, and how many calls each carried. */
const batches = (w: World): number[] =>
  w.meta.requests
    .filter((r) => r.method === 'POST')
    .map((r) => (JSON.parse(new URLSearchParams(r.body).get('batch') ?? '[]') as unknown[]).length);

/** The calls of `path` (`debug_token`, `oauth/access_token`) made alone and inside batches. */
function calls(w: World, path: string): { alone: RecordedRequest[]; inBatch: RecordedRequest[] } {
  const all = w.meta.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/${path}`));
  return { alone: all.filter((r) => !r.inBatch), inBatch: all.filter((r) => r.inBatch) };
}

/** Row `id` holds a token the fake minted and the action verified. */
async function holdsNew(w: World, id: string): Promise<boolean> {
  const value = await storedIn(pg, id);
  const plain = value === undefined ? '' : decrypt(value);
  return w.meta.minted.some((t) => t.token === plain);
}

const ids = (n: number, prefix = 'ch'): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}_${String(i + 1).padStart(3, '0')}`);

describe('table mode: Graph batch requests', () => {
  it('inspects the rows in batches of at most 50 calls, and each call counts on its own', async () => {
    // 120 rows not due, 2 at a time: two batches of 50 and one of 20, nothing made alone.
    const channels = ids(120).map((id) => ({ id, token: token({ daysLeft: 40 }) }));
    const w = await seed(channels);
    const run = await w.run(inputs({ concurrency: '2' }));
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs['rows-not-due'], '120');
    assert.deepEqual(
      batches(w).toSorted((a, b) => b - a),
      [50, 50, 20],
    );
    const inspections = calls(w, 'debug_token');
    assert.equal(inspections.inBatch.length, 120);
    assert.equal(inspections.alone.length, 0);
  });

  it('handles each answer of a batch as if it came alone: a dead row, a 5xx, a rate limit', async () => {
    const dead = token({
      invalid: { code: 190, subcode: 460, message: 'The session is invalid because the user logged out.' },
    });
    const flaky = token({ daysLeft: 5 });
    const limited = token({ daysLeft: 5 });
    const channels: Channel[] = [
      { id: 'ch_dead', token: dead },
      { id: 'ch_flaky', token: flaky },
      { id: 'ch_limited', token: limited },
      { id: 'ch_ok', token: token({ daysLeft: 5 }) },
    ];
    const w = await seed(channels);
    const inspecting = (value: string) => (r: RecordedRequest) => r.query.get('input_token') === value;
    w.meta.inject({
      method: 'GET',
      path: /\/debug_token$/,
      when: inspecting(flaky.token),
      times: 1,
      fault: {
        kind: 'status',
        status: 500,
        body: { error: { message: 'An unexpected error has occurred.', type: 'OAuthException', code: 2 } },
      },
    });
    w.meta.inject({
      method: 'GET',
      path: /\/debug_token$/,
      when: inspecting(limited.token),
      times: 1,
      fault: {
        kind: 'status',
        status: 400,
        body: { error: { message: '(#4) Application request limit reached', type: 'OAuthException', code: 4 } },
      },
    });
    const run = await w.run(inputs({ concurrency: '4' }));
    assert.equal(run.code, 1, run.stdout);
    assert.deepEqual(JSON.parse(run.outputs.rows ?? ''), [
      { id: 'ch_dead', result: 'failed' },
      { id: 'ch_flaky', result: 'refreshed' },
      { id: 'ch_limited', result: 'refreshed' },
      { id: 'ch_ok', result: 'refreshed' },
    ]);
    // The first inspection of every row went in one batch; the two that failed there were retried.
    const first = calls(w, 'debug_token').inBatch.slice(0, 4);
    assert.deepEqual(first.map((r) => r.query.get('input_token')).sort(), channels.map((c) => c.token.token).sort());
    assert.match(run.stdout, /\[channel ch_dead; needs a person\].*logged out/);
    assert.doesNotMatch(run.stdout, /\[channel ch_(flaky|limited)/);
    for (const id of ['ch_flaky', 'ch_limited', 'ch_ok']) assert.ok(await holdsNew(w, id), `${id} holds a new token`);
    assert.equal(w.meta.minted.length, 3);
    assert.deepEqual(
      w.github
        .issues('acme/app')
        .filter((i) => i.state === 'open')
        .map((i) => i.title),
      ['Meta access token refresh failed: channel ch_dead'],
    );
    assertNoLeak(
      run,
      channels.map((c) => c.token.token),
    );
  });

  for (const fault of ['status', 'reset'] as const) {
    it(`falls back to single calls when Meta fails the batch as a whole (${fault})`, async () => {
      const channels = ids(6).map((id) => ({ id, token: token({ daysLeft: 5 }) }));
      const w = await seed(channels);
      w.meta.inject({
        method: 'POST',
        path: /^\/v\d+\.\d+\/?$/,
        fault:
          fault === 'status'
            ? {
                kind: 'status',
                status: 500,
                body: { error: { message: 'Please retry', type: 'OAuthException', code: 1 } },
              }
            : { kind: 'reset' },
      });
      const run = await w.run(inputs({ concurrency: '3' }));
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['rows-refreshed'], '6');
      assert.ok(batches(w).length > 0, 'a batch was tried');
      assert.equal(calls(w, 'debug_token').inBatch.length, 0);
      // Each row inspected alone (and its new token verified alone), each token minted once.
      assert.equal(calls(w, 'debug_token').alone.length, 12);
      assert.equal(w.meta.minted.length, 6);
      for (const c of channels) assert.ok(await holdsNew(w, c.id), `${c.id} holds a new token`);
    });
  }

  for (const exchangeInBatch of ['accepted', 'refused'] as const) {
    it(`exchanges together while Meta takes them in a batch, alone once it refuses (${exchangeInBatch})`, async () => {
      const channels = ids(8).map((id) => ({ id, token: token({ daysLeft: 5 }) }));
      const w = await seed(channels, { exchangeInBatch });
      const run = await w.run(inputs({ concurrency: '4' }));
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['rows-refreshed'], '8');
      // One new token per row, whatever the batch did.
      assert.equal(w.meta.minted.length, 8);
      for (const c of channels) assert.ok(await holdsNew(w, c.id), `${c.id} holds a new token`);
      const exchanges = calls(w, 'oauth/access_token');
      if (exchangeInBatch === 'accepted') {
        assert.ok(exchanges.inBatch.length > 0, 'no exchange went in a batch');
        assert.equal(exchanges.inBatch.length + exchanges.alone.length, 8);
      } else {
        // Refused once in a batch, each refused call was made alone, and no later batch was tried.
        const refused = exchanges.inBatch.length;
        assert.ok(refused > 0 && refused <= 8, `exchanges refused in a batch: ${refused}`);
        assert.equal(exchanges.alone.length, 8);
      }
    });
  }
});
