/**
 * The fault suite's invariants on the Postgres destination: a real PostgreSQL behind a proxy
 * that cuts the connection (a reset), goes quiet (a hang), or has the server end the session
 * (`pg_terminate_backend`, what a restart or a pooler's eviction does) at one point of a run:
 * the connection, the select that reads the row, the update, or COMMIT, dropped or delivered
 * with its answer lost. Each fault is injected into a refresh with the secret as primary and the
 * row beside it, a refresh with the row as primary, and a run that does not refresh and reads the
 * row to converge. After the faulty run nothing but the old or the verified new token may be
 * anywhere, the primary first; the run fails, says what the row holds, and keeps the issue open.
 * Then a plain re-run must converge and one more must change nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ActionRun } from './helpers/action.ts';
import { assertWaitBounded, errorsOf, runToFault, UNHURRIED } from './helpers/action.ts';
import type { FaultProxy, ProxyFault } from './helpers/fault-proxy.ts';
import { startFaultProxy, terminating } from './helpers/fault-proxy.ts';
import { assertNoLeak } from './helpers/leaks.ts';
import type { PgServer } from './helpers/postgres.ts';
import { startPostgres } from './helpers/postgres.ts';
import type { World } from './helpers/world.ts';
import { startWorld, token } from './helpers/world.ts';

let pg: PgServer;
before(async () => {
  pg = await startPostgres();
});
after(async () => {
  await pg.stop();
});

/** `timeout-seconds` of the faulty runs: the one wait a fault may cost them. */
const TIMEOUT_S = 1;
/** Far above anything a fault may cost: a wait left to the run's budget shows in the wall time. */
const RUN_TIMEOUT_S = 60;
const INPUTS = { 'timeout-seconds': String(TIMEOUT_S), 'run-timeout-seconds': String(RUN_TIMEOUT_S) };
/** An older token: what a row that missed the current one holds. */
const STALE = `EAAFakeStale${'x'.repeat(40)}`;

type Mode = 'secret primary' | 'row primary' | 'not due' | 'not due, row stale';
type FaultName = 'reset' | 'hang' | 'terminate';

/** Where the fault strikes: the first chunk the action sends that includes `at` (from the start when undefined). */
interface Point {
  name: string;
  at?: string;
  /** COMMIT reaches the server; only its answer is lost. */
  delivered?: boolean;
}
const CONNECT: Point = { name: 'the connection' };
const SELECT: Point = { name: 'the select', at: 'SELECT access_token' };
const UPDATE: Point = { name: 'the update', at: 'UPDATE ' };
const COMMIT: Point = { name: 'COMMIT', at: 'COMMIT' };
const COMMIT_LOST: Point = { name: "COMMIT's answer", at: 'COMMIT', delivered: true };

const POINTS: Record<Mode, Point[]> = {
  'secret primary': [CONNECT, UPDATE, COMMIT, COMMIT_LOST],
  'row primary': [SELECT, UPDATE, COMMIT, COMMIT_LOST],
  'not due': [SELECT],
  'not due, row stale': [SELECT, UPDATE, COMMIT, COMMIT_LOST],
};

let scenarios = 0;
let checks = 0;
function check(condition: boolean, message: string): void {
  checks += 1;
  assert.ok(condition, message);
}

/** One scenario's world: the fakes, a table of its own (seed 001's shape) and a proxy to the server. */
interface Scene {
  w: World;
  proxy: FaultProxy;
  table: string;
  inputs: Record<string, string>;
  row(): Promise<{ access_token: string; updated_at: Date | null }>;
  secret(): string | undefined;
}

let tables = 0;
async function scene(mode: Mode): Promise<Scene> {
  const refresh = mode === 'secret primary' || mode === 'row primary';
  const w = await startWorld({ current: token({ daysLeft: refresh ? 10 : 40 }) });
  const table = `faults${String((tables += 1))}.credential`;
  const schema = table.split('.')[0] ?? '';
  await pg.sql.unsafe(`CREATE SCHEMA ${schema};
    CREATE TABLE ${table} (id int PRIMARY KEY, access_token text, token_expires_at timestamptz, updated_at timestamptz);
    GRANT USAGE ON SCHEMA ${schema} TO ${pg.user}; GRANT SELECT, UPDATE ON ${table} TO ${pg.user};`);
  const written = new Date(Date.now() - 3_600_000);
  const held = mode === 'not due, row stale' ? STALE : w.current.token;
  await pg.sql.unsafe(`INSERT INTO ${table} VALUES (1, $1, NULL, $2)`, [held, written]);
  if (mode !== 'secret primary') w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', w.current.token, written);
  const proxy = await startFaultProxy(pg.port);
  const inputs = {
    ...INPUTS,
    'github-secrets': 'META_ACCESS_TOKEN',
    'postgres-url': pg.url.replace(`:${pg.port}/`, `:${proxy.port}/`),
    'postgres-update': `UPDATE ${table} SET access_token = $1, token_expires_at = $2, updated_at = $3 WHERE id = 1`,
    'postgres-select': `SELECT access_token FROM ${table} WHERE id = 1`,
    ...(mode === 'row primary' ? { 'access-token': '' } : {}),
  };
  return {
    w,
    proxy,
    table,
    inputs,
    async row() {
      const [row] = await pg.sql.unsafe<Array<{ access_token: string; updated_at: Date | null }>>(
        `SELECT access_token, updated_at FROM ${table} WHERE id = 1`,
      );
      assert.ok(row);
      return row;
    },
    secret: () => w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value,
  };
}

async function close(s: Scene): Promise<void> {
  await s.proxy.close();
  await s.w.close();
}

/** The fault as the proxy applies it; `terminate` ends the action's sessions from the server side. */
const faultOf = (name: FaultName, proxy: FaultProxy): ProxyFault =>
  name === 'terminate' ? terminating(pg.sql, proxy) : name;

/** What the summary says the row holds (`new`, `old`, `unknown`, ...). */
const rowSays = (run: ActionRun): string | undefined =>
  /\| (\w+) token \|/.exec(run.summary.split('\n').find((l) => l.startsWith('| postgres:')) ?? '')?.[1];

/** The invariants after the faulty run. */
async function checkAfterFault(s: Scene, run: ActionRun, mode: Mode, point: Point, label: string): Promise<void> {
  const { w } = s;
  const old = w.current.token;
  const minted = w.meta.minted.at(-1)?.token;
  const verified =
    minted !== undefined &&
    w.meta.requests.some((r) => r.path.endsWith('/debug_token') && r.query.get('input_token') === minted);
  const row = (await s.row()).access_token;
  const secret = s.secret();
  check(s.proxy.fired, `${label}: the run never reached the point of the fault`);
  check(run.code === 1 && /::error::/.test(run.stdout), `${label}: the fault did not fail the run loudly`);
  check(/; retry later\]/.test(run.stdout), `${label}: a fault of the network or the server is not "retry later"`);
  const before = mode === 'not due, row stale' ? [STALE, old] : [old];
  for (const [place, value] of [
    ['the row', row],
    ['the secret', secret],
  ] as const)
    check(
      value === undefined || before.includes(value) || (verified && value === minted),
      `${label}: ${place} holds a token that was not verified`,
    );
  // The primary first: the new token is nowhere else unless the primary holds it.
  if (mode === 'secret primary') check(row !== minted || secret === minted, `${label}: the row got the token first`);
  if (mode === 'row primary') check(secret !== minted || row === minted, `${label}: the secret got the token first`);
  const said = rowSays(run);
  const truth = row === minted ? ['new'] : row === old ? ['old', 'current'] : ['old'];
  // Only a COMMIT cut off, or a row that could not be read, leaves its token unknown.
  const honest = point.at === 'COMMIT' || point === SELECT ? [...truth, 'unknown'] : truth;
  check(
    said !== undefined && honest.includes(said),
    `${label}: the summary says the row holds the ${String(said)} token`,
  );
  if (point.delivered && mode !== 'not due')
    check(said === 'unknown', `${label}: a COMMIT whose answer was lost is reported as ${String(said)}`);
  if (point === SELECT && mode.startsWith('not due'))
    check(/could not be checked/.test(run.stdout), `${label}: the run does not say the row could not be checked`);
  const issue = w.github.issues('acme/app').find((i) => i.state === 'open');
  check(issue?.body?.includes(`postgres:${s.table}`) === true, `${label}: the open issue does not name the row`);
  assertNoLeak(run, [pg.password, s.inputs['postgres-url'] ?? '']);
}

/**
 * After the fault is cleared: a plain re-run converges, and the run after it changes nothing.
 * Neither has a fault to wait out: they run with timeouts a loaded machine cannot reach. Returns
 * the re-run, the clean run of the scenario.
 */
async function checkConverges(s: Scene, mode: Mode, label: string): Promise<ActionRun> {
  const { w } = s;
  const current = (): Record<string, string> =>
    mode === 'row primary' ? {} : { 'access-token': s.secret() ?? w.current.token };
  const run = await w.run({ ...s.inputs, ...UNHURRIED, ...current() });
  check(run.code === 0, `${label}: the re-run failed: ${errorsOf(run)}`);
  const row = await s.row();
  const held = s.secret();
  check(row.access_token === held, `${label}: the row and the secret did not converge`);
  const known = held === undefined ? undefined : w.meta.tokens.get(held);
  check(known !== undefined && known.invalid === undefined, `${label}: they converged on a token that is not valid`);
  check(!w.github.issues('acme/app').some((i) => i.state === 'open'), `${label}: the failure issue is still open`);

  const mark = w.github.requests.length;
  const quiet = await w.run({ ...s.inputs, ...UNHURRIED, ...current() });
  check(quiet.code === 0, `${label}: the run after convergence failed`);
  check(
    (await s.row()).updated_at?.getTime() === row.updated_at?.getTime(),
    `${label}: a settled row was written again`,
  );
  const puts = w.github.requests.slice(mark).filter((r) => r.method === 'PUT');
  check(puts.length === 0, `${label}: a settled secret was written again`);
  return run;
}

// Most of a scenario is waiting (timeouts, the fakes, the server): 4 at once keep 2 cores busy.
describe('Postgres fault injection', { concurrency: 4 }, () => {
  after(() => {
    console.log(`postgres fault suite: ${scenarios} scenarios, ${checks} invariant checks, all passed`);
  });
  for (const mode of Object.keys(POINTS) as Mode[]) {
    for (const point of POINTS[mode]) {
      for (const fault of ['reset', 'hang', 'terminate'] as const) {
        // Terminating a session that does not exist yet, or one whose COMMIT is through, is no fault.
        if (fault === 'terminate' && (point === CONNECT || point.delivered)) continue;
        const label = `${fault} at ${point.name}, ${mode}`;
        // A wait the action does not bound fails the scenario instead of holding the suite.
        it(label, { timeout: 6 * RUN_TIMEOUT_S * 1000 }, async (t) => {
          // A run that timed out before the point of the fault on a busy machine is set up again.
          const { s, run, timeoutS } = await runToFault({
            timeoutS: TIMEOUT_S,
            attempt: async (timeoutS) => {
              const s = await scene(mode);
              try {
                s.proxy.arm(faultOf(fault, s.proxy), point.at, point.delivered);
                return { s, run: await s.w.run({ ...s.inputs, 'timeout-seconds': String(timeoutS) }) };
              } catch (error) {
                await close(s);
                throw error;
              }
            },
            reached: ({ s }) => s.proxy.fired,
            discard: ({ s }) => close(s),
            t,
          });
          try {
            await checkAfterFault(s, run, mode, point, label);
            s.proxy.clear();
            const clean = await checkConverges(s, mode, label);
            checks += 1;
            // One wait for an answer (the timeout and its grace second) ends the client.
            assertWaitBounded(run, clean, timeoutS, label);
            scenarios += 1;
          } finally {
            await close(s);
          }
        });
      }
    }
  }
});
