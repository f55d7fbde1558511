/**
 * Table mode's alerts that scale (issue 23), through `dist/index.js` against a real PostgreSQL
 * holding seed 003's `"Channel"` table and the Meta and GitHub fakes: rows that fail alike (a
 * wrong app secret, a wrong Fernet key, an outage) make one job issue listing them, not one issue
 * each; a channel whose own token is dead gets its own issue, at most `ROW_ISSUE_CAP` a run, the
 * rest listed in the job's issue; notifying requests are spaced; shards keep their own job
 * issues; and the channels' issues are still told when the run's budget is spent.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { CONTENT_SPACING_MS } from '../src/clients/github.ts';
import { ROW_ISSUE_CAP } from '../src/row-issues.ts';
import { shardOf } from '../src/table.ts';
import type { FakeIssue } from './fakes/github.ts';
import type { Channel } from './helpers/channels.ts';
import { channelInputs, encrypt, QUERY, seedChannels, UPDATE } from './helpers/channels.ts';
import { assertNoLeak } from './helpers/leaks.ts';
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

async function seed(channels: Channel[]): Promise<World> {
  await seedChannels(pg, channels);
  world = await startWorld({ meta: { tokens: channels.map((c) => c.token) } });
  return world;
}

const inputs = (more: Record<string, string> = {}): Record<string, string> => channelInputs(pg.url, more);

const open = (w: World): FakeIssue[] => w.github.issues('acme/app').filter((i) => i.state === 'open');
const isJob = (i: FakeIssue): boolean =>
  /<!-- meta-token-refresh app=\d+ secret=- table=[0-9a-f]{8}/.test(i.body ?? '');
const isRow = (i: FakeIssue): boolean => /<!-- meta-token-refresh app=\d+ relation=\S+ row=/.test(i.body ?? '');
const dead = (): Channel['token'] =>
  token({ invalid: { code: 190, subcode: 460, message: 'The session is invalid because the user logged out.' } });
const ids = (n: number, prefix = 'ch_'): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

describe('table mode alerts', () => {
  it('opens one job issue listing every row when the app secret is wrong, and the next run closes it', async () => {
    const rows = ids(12);
    const w = await seed(rows.map((id) => ({ id, token: token({ daysLeft: 5 }) })));
    const wrong = 'wrongappsecret0123456789abcdef0123';
    const run = await w.run(inputs({ 'app-secret': wrong }));
    assert.equal(run.code, 1, run.stdout);
    assert.equal(run.outputs['rows-failed'], '12');
    const issues = open(w);
    assert.equal(issues.length, 1, issues.map((i) => i.title).join('\n'));
    const [job] = issues as [FakeIssue];
    assert.ok(isJob(job), job.body ?? '');
    assert.ok(!w.github.issues('acme/app').some(isRow), 'no channel issue');
    for (const id of rows) assert.ok(job.body?.includes(`\`${id}\``), `the job issue lists ${id}`);
    assert.match(job.body ?? '', /12 channels failed alike \(`meta:190`\)/);
    assert.match(job.body ?? '', /Check app-id and app-secret/);
    assertNoLeak(run, [wrong], { 'issues and comments': `${job.title}\n${job.body ?? ''}` });

    const next = await w.run(inputs());
    assert.equal(next.code, 0, next.stdout);
    assert.deepEqual(open(w), [], 'the job issue is closed');
    assert.match(job.comments.at(-1)?.body ?? '', /Recovered/);
  });

  it('opens one job issue, not one per channel, when no row opens with the Fernet key', async () => {
    const rows = ids(5);
    const w = await seed(rows.map((id) => ({ id, token: token({ daysLeft: 5 }) })));
    const run = await w.run(inputs({ 'postgres-fernet-key': Buffer.alloc(32, 7).toString('base64url') + '=' }));
    assert.equal(run.code, 1, run.stdout);
    const issues = open(w);
    assert.equal(issues.length, 1, issues.map((i) => i.title).join('\n'));
    assert.ok(isJob(issues[0] as FakeIssue));
    assert.match(issues[0]?.body ?? '', /5 channels failed alike \(`held`\)/);
  });

  it(`opens ${String(ROW_ISSUE_CAP)} channel issues at most, spaced, and lists the rest in the job issue`, async () => {
    const deadIds = ids(ROW_ISSUE_CAP + 3, 'dead_');
    const w = await seed([
      ...deadIds.map((id) => ({ id, token: dead() })),
      { id: 'ok_1', token: token({ daysLeft: 40 }) },
    ]);
    const run = await w.run(inputs());
    assert.equal(run.code, 1, run.stdout);
    const issues = open(w);
    const rowIssues = issues.filter(isRow);
    const jobs = issues.filter(isJob);
    assert.equal(rowIssues.length, ROW_ISSUE_CAP);
    assert.equal(jobs.length, 1);
    const withIssue = deadIds.filter((id) => rowIssues.some((i) => i.title.endsWith(`channel ${id}`)));
    const rest = deadIds.filter((id) => !withIssue.includes(id));
    assert.equal(rest.length, 3);
    for (const id of rest) assert.ok(jobs[0]?.body?.includes(`\`${id}\` (token:190/460)`), `the job issue lists ${id}`);
    for (const id of withIssue) assert.ok(!jobs[0]?.body?.includes(`\`${id}\``), `${id} is not in the job issue`);

    // The notifying requests (11 new issues) are spaced by the pacer: the sum of the gaps cannot
    // be shorter than the spacing each one waited, whatever the machine's load adds.
    const created = w.github.requests.filter((r) => r.method === 'POST' && r.path === '/repos/acme/app/issues');
    assert.equal(created.length, ROW_ISSUE_CAP + 1);
    const times = created.map((r) => r.at);
    for (let i = 1; i < times.length; i++)
      assert.ok((times[i] ?? 0) - (times[i - 1] ?? 0) >= CONTENT_SPACING_MS / 2, `gap ${String(i)}`);
    const span = (times.at(-1) ?? 0) - (times[0] ?? 0);
    assert.ok(span >= 0.9 * CONTENT_SPACING_MS * (times.length - 1), `${String(span)} ms for ${String(times.length)}`);

    // The next run keeps the same channel issues (a comment each) and opens no more.
    const next = await w.run(inputs());
    assert.equal(next.code, 1, next.stdout);
    assert.equal(open(w).filter(isRow).length, ROW_ISSUE_CAP);
    assert.equal(open(w).filter(isJob).length, 1);
    assert.ok(rowIssues.every((i) => i.comments.length === 1));
  });

  it("keeps each shard's job issue: another shard's green run does not close it", async () => {
    // Twelve rows over two shards; the exchange of one row of shard 1 fails (an outage).
    const rows = ids(12);
    const channels = rows.map((id) => ({ id, token: token({ daysLeft: 5 }) }));
    const w = await seed(channels);
    const failing = channels.find((c) => shardOf(c.id, 2) === 1);
    assert.ok(failing && channels.some((c) => shardOf(c.id, 2) === 2));
    w.meta.inject({
      method: 'GET',
      path: /\/oauth\/access_token$/,
      when: (r) => r.query.get('fb_exchange_token') === failing.token.token,
      fault: {
        kind: 'status',
        status: 500,
        body: { error: { message: 'Service temporarily unavailable', type: 'OAuthException', code: 2 } },
      },
    });
    const first = await w.run(inputs({ shard: '1/2' }));
    assert.equal(first.code, 1, first.stdout);
    const jobs = open(w).filter(isJob);
    assert.equal(
      jobs.length,
      1,
      open(w)
        .map((i) => i.title)
        .join('\n'),
    );
    const job = jobs[0] as FakeIssue;
    assert.match(job.body ?? '', / shard=1\/2 -->/);
    assert.match(job.title, /\(shard 1\/2\)/);
    assert.ok(job.body?.includes(`\`${failing.id}\``));
    assert.ok(!w.github.issues('acme/app').some(isRow), 'an outage is no channel issue');

    const other = await w.run(inputs({ shard: '2/2' }));
    assert.equal(other.code, 0, other.stdout);
    assert.equal(job.state, 'open', "shard 2's green run leaves shard 1's issue open");

    w.meta.clearFaults();
    const again = await w.run(inputs({ shard: '1/2' }));
    assert.equal(again.code, 0, again.stdout);
    assert.equal(job.state, 'closed', "shard 1's green run closes it");
  });

  it("keeps each table's channel issues: a row of another table with the same id does not close them", async () => {
    const healthy = token({ daysLeft: 40 });
    const channels = [
      { id: 'ch_01', token: dead() },
      { id: 'ch_02', token: token({ daysLeft: 40 }) },
    ];
    await seedChannels(pg, channels);
    // A second table with the same ids, as a platform keeps Messenger pages beside WhatsApp channels.
    await pg.sql.unsafe(`DROP TABLE IF EXISTS "Page"; CREATE TABLE "Page" AS SELECT * FROM "Channel";
      GRANT SELECT, UPDATE ON "Page" TO ${pg.user};`);
    await pg.sql`UPDATE "Page" SET wa_token_encrypted = ${encrypt(healthy.token)} WHERE id = 'ch_01'`;
    const w = (world = await startWorld({ meta: { tokens: [...channels.map((c) => c.token), healthy] } }));
    // An issue an earlier version opened for ch_02, marked without the table.
    const earlier = w.github.seedIssue('acme/app', {
      title: 'Meta access token refresh failed: channel ch_02',
      body: `<!-- meta-token-refresh app=${APP_ID} row=ch_02 -->\n\nThe refresh of channel ch_02 failed`,
      labels: ['meta-token-refresh'],
      user: 'github-actions[bot]',
    });

    const channelRun = await w.run(inputs());
    assert.equal(channelRun.code, 1, channelRun.stdout);
    const [own] = open(w).filter(isRow);
    assert.ok(own, 'ch_01 of "Channel" has its issue');
    assert.match(own.body ?? '', / relation=Channel row=ch_01 -->/);
    assert.equal(earlier.state, 'closed', "the earlier version's issue is found and closed: ch_02 is healthy");

    const pages = {
      'postgres-tokens-query': QUERY.replace('"Channel"', '"Page"'),
      'postgres-update': UPDATE.replace('"Channel"', '"Page"'),
    };
    const pageRun = await w.run(inputs(pages));
    assert.equal(pageRun.code, 0, pageRun.stdout);
    assert.equal(own.state, 'open', 'a healthy ch_01 of "Page" leaves the issue of ch_01 of "Channel" open');
  });

  it("tells the channels' issues when the run's budget is spent", async () => {
    const hung = token({ daysLeft: 5 });
    const w = await seed([
      { id: 'ch_dead_1', token: dead() },
      { id: 'ch_dead_2', token: dead() },
      { id: 'ch_hung', token: hung },
    ]);
    w.meta.inject({
      method: 'GET',
      path: /\/debug_token$/,
      when: (r) => r.query.get('input_token') === hung.token,
      fault: { kind: 'hang' },
    });
    // The request's own timeout is longer than the run's budget: the budget ends the hung row.
    const run = await w.run(inputs({ 'run-timeout-seconds': '10', 'timeout-seconds': '30' }));
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /time budget of 10 s ran out/);
    const issues = open(w);
    assert.deepEqual(
      issues
        .filter(isRow)
        .map((i) => i.title)
        .sort(),
      ['Meta access token refresh failed: channel ch_dead_1', 'Meta access token refresh failed: channel ch_dead_2'],
    );
    const jobs = issues.filter(isJob);
    assert.equal(jobs.length, 1);
    assert.ok(jobs[0]?.body?.includes('`ch_hung`'));
  });
});
