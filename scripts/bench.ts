/**
 * `npm run bench`: measures the bundled action against the local fakes, as the runner runs it.
 *
 * - rtt_per_refresh: (median wall time with 100 ms injected per request − median with 0 ms) /
 *   100 ms, for (a) 1 secret + 1 Vercel project + 1 WhatsApp phone number and (b) 20 secrets in 5 repositories + 10
 *   projects, each a full refresh with redeploy (no READY wait). The safe order's floor is 6.
 *   (b_places) is (b) plus 2 environment secrets and 1 organization secret; (c) is 1 secret and 1
 *   Postgres row (a real server behind a proxy that delays each direction by half the latency).
 * - startup_ms: median time from process start to the first request, over 10 runs, beside the
 *   median wall time of `node -e ""`.
 * - dist_bytes (every file in dist/), and peak_rss_mb: the median peak resident set of run (b).
 * - request_rounds: how many injected latencies one slow run's requests span.
 * - (d) table mode: 200 channels, 50 due, concurrency 4: the total round trips of one run at 100
 *   ms (its wall time less the same run's at 0 ms, over 100 ms), the wall times, its peak RSS.
 * - (e) table mode at scale: 10,000 channels, 2,500 due, concurrency 16, measured as (d).
 *
 * Prints plain `name value` lines. Options: `--latency MS` (default 100), `--runs N` (default 5).
 */
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { GitHubFake } from '../test/fakes/github.ts';
import { startGitHubFake } from '../test/fakes/github.ts';
import type { MetaFake } from '../test/fakes/meta.ts';
import { phoneAsset, startMetaFake } from '../test/fakes/meta.ts';
import type { FakeServer } from '../test/fakes/server.ts';
import type { VercelFake } from '../test/fakes/vercel.ts';
import { startVercelFake } from '../test/fakes/vercel.ts';
import { runAction } from '../test/helpers/action.ts';
import { startPostgres } from '../test/helpers/postgres.ts';
import { APP_ID, APP_SECRET, GH_ISSUES, GH_WRITER, TEAM_ID, token, VERCEL_TOKEN } from '../test/helpers/world.ts';

const { values } = parseArgs({
  options: { latency: { type: 'string', default: '100' }, runs: { type: 'string', default: '5' } },
});
const LATENCY = Number(values.latency);
const RUNS = Number(values.runs);
/** The WhatsApp phone number of scenario (a). */
const PHONE = '105954558954427';

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

interface Bench {
  fakes: FakeServer[];
  meta: MetaFake;
  github: GitHubFake;
  vercel: VercelFake;
  inputs: Record<string, string>;
  env: Record<string, string>;
  /** Sets the latency of what is not a fake (the Postgres proxy), in ms. */
  setLatency?: (ms: number) => void;
}

/** A world with `repos` repositories holding `secrets` secrets in all, and `projects` Vercel projects. */
async function world(
  secrets: number,
  repos: number,
  projects: number,
  places: { environments: number; org: boolean } = { environments: 0, org: false },
): Promise<Bench> {
  const current = token({ daysLeft: 5 });
  const repoNames = Array.from({ length: repos }, (_, i) => `acme/repo${i}`);
  const meta = await startMetaFake({
    apps: { [APP_ID]: { secret: APP_SECRET, name: 'Bench' } },
    tokens: [current],
    assets: { [PHONE]: phoneAsset() },
  });
  const github = await startGitHubFake({
    tokens: {
      [GH_WRITER]: {
        ...Object.fromEntries(repoNames.map((r) => [r, { secrets: 'write' as const, environments: 'write' as const }])),
        'org:acme': { organization_secrets: 'write' },
      },
      [GH_ISSUES]: { 'acme/repo0': { issues: 'write' } },
    },
    environments: { 'acme/repo0': Array.from({ length: places.environments }, (_, i) => `env${i}`) },
  });
  const projectSeeds = Array.from({ length: projects }, (_, i) => ({
    id: `prj_bench${String(i).padStart(20, '0')}`,
    name: `app${i}`,
  }));
  const vercel = await startVercelFake({ token: VERCEL_TOKEN, teamId: TEAM_ID, projects: projectSeeds });
  const destinations = [
    ...Array.from({ length: secrets }, (_, i) => `${repoNames[i % repos] ?? ''}:TOKEN_${i}`),
    ...Array.from({ length: places.environments }, (_, i) => `acme/repo0:TOKEN --env env${i}`),
    ...(places.org ? ['TOKEN --org acme'] : []),
  ];
  return {
    fakes: [meta, github, vercel],
    meta,
    github,
    vercel,
    inputs: {
      'access-token': current.token,
      'app-id': APP_ID,
      'app-secret': APP_SECRET,
      'graph-api-url': meta.url,
      'github-token': GH_WRITER,
      'github-secrets': destinations.join('\n'),
      'issue-token': GH_ISSUES,
      'issue-repository': 'acme/repo0',
      'vercel-token': VERCEL_TOKEN,
      'vercel-team-id': TEAM_ID,
      'vercel-projects': projectSeeds.map((p) => p.name).join('\n'),
      'vercel-api-url': vercel.url,
      'vercel-wait-seconds': '0',
    },
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/repo0' },
  };
}

/**
 * The proxy, run in a worker thread of its own: the fakes' CPU work in the main thread must not
 * delay its timers (a network link is not slowed by the servers at either end). It holds each
 * chunk for the delay the main thread last posted, in each direction: a database twice that
 * far away. Each chunk is due its delay after it arrived, as on a wire, not after the one before
 * it; chunks keep their order.
 */
const PROXY = `
const { createServer, createConnection } = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');
let delay = 0;
parentPort.on('message', (ms) => { delay = ms; });
const server = createServer((client) => {
  // No Nagle delay on either hop: the server and a wire send each chunk at once.
  const upstream = createConnection({ port: workerData.port, host: '127.0.0.1', noDelay: true });
  client.setNoDelay(true);
  const pipe = (from, to) => {
    let chain = Promise.resolve();
    from.on('data', (chunk) => {
      const due = Date.now() + delay;
      chain = chain
        .then(() => new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now()))))
        .then(() => void to.write(chunk));
    });
    from.on('end', () => void chain.then(() => to.end()));
    from.on('error', () => to.destroy());
  };
  pipe(client, upstream);
  pipe(upstream, client);
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;

/** A TCP proxy to `port` in a worker thread; `setDelay(ms)` sets the hold of each direction. */
async function slowProxy(
  port: number,
): Promise<{ port: number; setDelay(ms: number): void; close(): Promise<number> }> {
  const worker = new Worker(PROXY, { eval: true, workerData: { port } });
  const listening = await new Promise<number>((resolve) => worker.once('message', resolve));
  return {
    port: listening,
    setDelay: (ms) => {
      worker.postMessage(ms);
    },
    close: () => worker.terminate(),
  };
}

/**
 * Table mode: seed 003's table with `rows` channels, the first `due` of them due, each token known
 * to the Meta fake, the database behind its own proxy. `run(latency)` puts the table back as it
 * was, then runs the action once with `latency` ms on every call (half each way to the database).
 */
async function tableBench(rows: number, due: number, concurrency = 4) {
  const tokens = Array.from({ length: rows }, (_, i) => token({ daysLeft: i < due ? 5 : 40 }));
  const meta = await startMetaFake({ apps: { [APP_ID]: { secret: APP_SECRET, name: 'Bench' } }, tokens });
  const db = await startPostgres();
  const dbProxy = await slowProxy(db.port);
  await db.sql.unsafe(`CREATE TABLE "Channel" (id text PRIMARY KEY, type text, wa_token text,
    token_expires_at timestamptz, last_token_refresh_at timestamptz);
    GRANT SELECT, UPDATE ON "Channel" TO ${db.user};`);
  const channels = tokens.map((t, i) => ({
    id: `ch_${String(i).padStart(5, '0')}`,
    type: 'whatsapp',
    wa_token: t.token,
  }));
  const inputs = {
    'app-id': APP_ID,
    'app-secret': APP_SECRET,
    'graph-api-url': meta.url,
    'postgres-url': db.url.replace(`:${db.port}/`, `:${dbProxy.port}/`),
    'postgres-tokens-query': `SELECT id, wa_token AS token FROM "Channel" WHERE type = 'whatsapp' ORDER BY id`,
    'postgres-update': `UPDATE "Channel" SET wa_token = $1, token_expires_at = $2, last_token_refresh_at = $3
      WHERE id = $4 AND wa_token = $5`,
    concurrency: String(concurrency),
    'issue-on-failure': 'false',
  };
  return {
    async run(latency: number, env: Record<string, string> = {}) {
      await db.sql`DELETE FROM "Channel"`;
      await db.sql`INSERT INTO "Channel" ${db.sql(channels)}`;
      meta.latencyMs = latency;
      dbProxy.setDelay(latency / 2);
      const run = await runAction(inputs, env, env.MTR_RSS_FILE ? { nodeArgs: ['--import', probe] } : {});
      if (run.code !== 0 || run.outputs['rows-refreshed'] !== String(due))
        throw new Error(`bench table run failed:\n${run.stdout.slice(-3000)}`);
      return run;
    },
    async close() {
      await meta.close();
      await dbProxy.close();
      await db.stop();
    },
  };
}

async function medianWall(
  bench: Bench,
  latency: number,
  extraEnv: Record<string, string> = {},
): Promise<{ wall: number; runs: Array<Awaited<ReturnType<typeof runAction>>> }> {
  for (const fake of bench.fakes) fake.latencyMs = latency;
  bench.setLatency?.(latency);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await runAction(bench.inputs, { ...bench.env, ...extraEnv });
    if (run.code !== 0) throw new Error(`bench run failed:\n${run.stdout}`);
    runs.push(run);
  }
  return { wall: median(runs.map((r) => r.wallMs)), runs };
}

async function rttPerRefresh(label: string, bench: Bench): Promise<Bench> {
  await medianWall(bench, 0); // warm the file cache
  const fast = await medianWall(bench, 0);
  const slow = await medianWall(bench, LATENCY);
  const rtt = (slow.wall - fast.wall) / LATENCY;
  console.log(`rtt_per_refresh_${label} ${rtt.toFixed(2)}`);
  // The same from the other side: how many latencies the requests of one slow run span, first
  // arrival to last answer. Counts round trips even where CPU work hides under a wait.
  const last = slow.runs.at(-1);
  if (last) {
    const times = bench.fakes.flatMap((f) => f.requests.map((r) => r.at)).filter((t) => t >= last.startedAt);
    console.log(
      `request_rounds_${label} ${((Math.max(...times) + LATENCY - Math.min(...times)) / LATENCY).toFixed(2)}`,
    );
  }
  console.log(`wall_ms_${label} ${fast.wall.toFixed(0)} (0 ms) / ${slow.wall.toFixed(0)} (${LATENCY} ms)`);
  for (const fake of bench.fakes) fake.latencyMs = 0;
  bench.setLatency?.(0);
  return bench;
}

async function bareNode(): Promise<number> {
  const started = performance.now();
  await new Promise((resolve) => spawn(process.execPath, ['-e', '']).on('close', resolve));
  return performance.now() - started;
}

// (a) names one WhatsApp phone number: its reads go out beside the inspection and the verification.
const aWorld = await world(1, 1, 1);
aWorld.inputs['whatsapp-phone-number-ids'] = PHONE;
const a = await rttPerRefresh('a', aWorld);
const b = await rttPerRefresh('b', await world(20, 5, 10));
// (b) with the other places GitHub keeps secrets: 2 environment secrets and 1 organization secret.
const places = await rttPerRefresh('b_places', await world(20, 5, 10, { environments: 2, org: true }));

// (c): 1 secret and 1 Postgres row, the row as far away as the fakes.
const pg = await startPostgres();
await pg.sql.unsafe(`CREATE TABLE channel (id int PRIMARY KEY, access_token text, expires_at timestamptz);
  INSERT INTO channel VALUES (1, NULL); GRANT SELECT, UPDATE ON channel TO ${pg.user};`);
const proxy = await slowProxy(pg.port);
const c = await world(1, 1, 0);
Object.assign(c.inputs, {
  'postgres-url': pg.url.replace(`:${pg.port}/`, `:${proxy.port}/`),
  'postgres-update': 'UPDATE channel SET access_token = $1, expires_at = $2 WHERE id = 1',
  'postgres-select': 'SELECT access_token FROM channel WHERE id = 1',
});
c.setLatency = (ms) => {
  proxy.setDelay(ms / 2);
};
await rttPerRefresh('c', c);

// startup: process start to the first request any fake receives.
const startups: number[] = [];
for (let i = 0; i < 10; i++) {
  const before = a.fakes.map((f) => f.requests.length);
  const run = await runAction(a.inputs, a.env);
  const first = Math.min(...a.fakes.flatMap((f, j) => f.requests.slice(before[j]).map((r) => r.at)));
  startups.push(first - run.startedAt);
}
const bare: number[] = [];
for (let i = 0; i < 10; i++) bare.push(await bareNode());
const startup = median(startups);
const node = median(bare);
console.log(`startup_ms ${startup.toFixed(0)}`);
console.log(`node_startup_ms ${node.toFixed(0)}`);
console.log(`startup_ratio ${(startup / node).toFixed(2)}`);
console.log(`startup_over_node_ms ${(startup - node).toFixed(0)}`);

const dist = path.join(import.meta.dirname, '..', 'dist');
const distBytes = readdirSync(dist).reduce((sum, name) => sum + statSync(path.join(dist, name)).size, 0);
console.log(`dist_bytes ${distBytes}`);

// Peak RSS varies with when V8 collects: the median of RUNS runs of (b).
const rssFile = path.join(mkdtempSync(path.join(tmpdir(), 'mtr-rss-')), 'rss');
const probe = path.join(import.meta.dirname, 'rss-probe.mjs');
const peaks: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const rssRun = await runAction(b.inputs, { ...b.env, MTR_RSS_FILE: rssFile }, { nodeArgs: ['--import', probe] });
  if (rssRun.code !== 0) throw new Error('rss run failed');
  peaks.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
}
console.log(`peak_rss_mb ${median(peaks).toFixed(1)}`);
console.log(`peak_rss_mb_max ${Math.max(...peaks).toFixed(1)}`);

// (d): table mode, 200 channels of which 50 are due, 4 at a time, Meta and the database 100 ms away.
const d = await tableBench(200, 50);
const dFast = await d.run(0);
const dSlow = await d.run(LATENCY, { MTR_RSS_FILE: rssFile });
console.log(`rtt_total_d ${((dSlow.wallMs - dFast.wallMs) / LATENCY).toFixed(1)}`);
console.log(`wall_ms_d ${dFast.wallMs.toFixed(0)} (0 ms) / ${dSlow.wallMs.toFixed(0)} (${LATENCY} ms)`);
console.log(`peak_rss_mb_d ${(Number(readFileSync(rssFile, 'utf8')) / 1024).toFixed(1)}`);
await d.close();

// (e): table mode at scale, 10,000 channels of which 2,500 are due, 16 at a time (the most).
const e = await tableBench(10_000, 2_500, 16);
const eFast = await e.run(0);
const eSlow = await e.run(LATENCY, { MTR_RSS_FILE: rssFile });
console.log(`rtt_total_e ${((eSlow.wallMs - eFast.wallMs) / LATENCY).toFixed(1)}`);
console.log(`wall_ms_e ${eFast.wallMs.toFixed(0)} (0 ms) / ${eSlow.wallMs.toFixed(0)} (${LATENCY} ms)`);
console.log(`peak_rss_mb_e ${(Number(readFileSync(rssFile, 'utf8')) / 1024).toFixed(1)}`);
await e.close();

for (const fake of [...a.fakes, ...b.fakes, ...places.fakes, ...c.fakes]) await fake.close();
await proxy.close();
await pg.stop();
