/**
 * Per-channel WhatsApp health in table mode, through `dist/index.js` against a real PostgreSQL:
 * when the tokens query returns a `phone_number_id`, each row's current token reads it beside its
 * inspection (a BLOCKED number is that channel's failure), and its new token must read it before
 * the row is written, as the `whatsapp-*` inputs do for a single token.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { FakeAsset, FakeToken } from './fakes/meta.ts';
import { phoneAsset } from './fakes/meta.ts';
import type { PgServer } from './helpers/postgres.ts';
import { startPostgres } from './helpers/postgres.ts';
import type { World } from './helpers/world.ts';
import { APP_ID, startWorld, token } from './helpers/world.ts';

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
});
