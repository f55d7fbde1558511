/**
 * Fault injection: for each external call the action makes, each fault (connection reset,
 * timeout, 500, 502, 429 with and without a retry hint, malformed JSON, an empty 200, 401, 403)
 * is injected into a run that refreshes a due token into two GitHub secrets and two Vercel
 * projects, with one WhatsApp phone number the token must reach. After the faulty run the invariants of the README must hold; then the fault is
 * cleared, a plain re-run must converge, and one more run must change nothing.
 *
 * The same faults, and a 404, are injected into the reads that decide convergence on a run that
 * does not refresh (the token is not due): the secret's state, the public keys, the Vercel
 * variables, the production deployments and the phone number. Such a run may pass only when every destination
 * holds the current token and every project runs it; a read that fails must fail the run.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { FakeServer, Fault, RecordedRequest } from './fakes/server.ts';
import type { FakeDeployment } from './fakes/vercel.ts';
import type { ActionRun } from './helpers/action.ts';
import { errorsOf, runToFault, UNHURRIED } from './helpers/action.ts';
import type { World } from './helpers/world.ts';
import { phoneAsset } from './fakes/meta.ts';
import { DAY, startWorld, TEAM_ID, token, VERCEL_TOKEN } from './helpers/world.ts';

const WEB = { id: 'prj_web0000000000000000000001', name: 'web' };
const API = { id: 'prj_api0000000000000000000002', name: 'api' };
const SECRETS: Array<[string, string]> = [
  ['acme/app', 'META_ACCESS_TOKEN'],
  ['acme/api', 'WA_TOKEN'],
];
const PROJECTS = ['web', 'api'];
const LABEL = 'meta-token-refresh';
/** Short timeouts and budget: a hung call costs a second, not half a minute. */
/** The WhatsApp phone number the app uses: read with each token. */
const PHONE = '105954558954427';
const INPUTS = {
  'timeout-seconds': '1',
  'run-timeout-seconds': '20',
  'vercel-wait-seconds': '10',
  'whatsapp-phone-number-ids': PHONE,
};
const ASSETS = { meta: { assets: { [PHONE]: phoneAsset() } } };

type System = 'meta' | 'github' | 'vercel';

/** One external call the action makes, and how to recognise it. */
interface Call {
  name: string;
  system: System;
  method: string;
  path: RegExp;
  when?: (req: RecordedRequest, w: World) => boolean;
  /** The call happens only when the run fails: force a failure elsewhere (web's variable). */
  onFailure?: boolean;
}

const CALLS: Call[] = [
  {
    name: 'debug_token (inspect)',
    system: 'meta',
    method: 'GET',
    path: /\/debug_token$/,
    when: (r, w) => r.query.get('input_token') === w.current.token,
  },
  {
    name: 'phone number read (current token)',
    system: 'meta',
    method: 'GET',
    path: new RegExp(`/${PHONE}$`),
    when: (r, w) => r.query.get('access_token') === w.current.token,
  },
  { name: 'fb_exchange_token', system: 'meta', method: 'GET', path: /\/oauth\/access_token$/ },
  {
    name: 'phone number read (new token)',
    system: 'meta',
    method: 'GET',
    path: new RegExp(`/${PHONE}$`),
    when: (r, w) => r.query.get('access_token') !== w.current.token,
  },
  {
    name: 'debug_token (verify)',
    system: 'meta',
    method: 'GET',
    path: /\/debug_token$/,
    when: (r, w) => r.query.get('input_token') !== w.current.token,
  },
  {
    name: 'public key acme/app',
    system: 'github',
    method: 'GET',
    path: /^\/repos\/acme\/app\/actions\/secrets\/public-key$/,
  },
  {
    name: 'public key acme/api',
    system: 'github',
    method: 'GET',
    path: /^\/repos\/acme\/api\/actions\/secrets\/public-key$/,
  },
  {
    name: 'secret state acme/api',
    system: 'github',
    method: 'GET',
    path: /^\/repos\/acme\/api\/actions\/secrets\/WA_TOKEN$/,
  },
  {
    name: 'secret PUT primary',
    system: 'github',
    method: 'PUT',
    path: /^\/repos\/acme\/app\/actions\/secrets\/META_ACCESS_TOKEN$/,
  },
  {
    name: 'secret PUT acme/api',
    system: 'github',
    method: 'PUT',
    path: /^\/repos\/acme\/api\/actions\/secrets\/WA_TOKEN$/,
  },
  { name: 'env list web', system: 'vercel', method: 'GET', path: /^\/v10\/projects\/web\/env$/ },
  { name: 'env upsert web', system: 'vercel', method: 'POST', path: /^\/v10\/projects\/web\/env$/ },
  {
    name: 'deployment list web',
    system: 'vercel',
    method: 'GET',
    path: /^\/v7\/deployments$/,
    when: (r) => r.query.get('projectId') === 'web' && r.query.get('state') === 'READY',
  },
  {
    name: 'redeploy web',
    system: 'vercel',
    method: 'POST',
    path: /^\/v13\/deployments$/,
    when: (r) => r.body.includes('"name":"web"'),
  },
  {
    name: 'deployment poll web',
    system: 'vercel',
    method: 'GET',
    path: /^\/v7\/deployments$/,
    when: (r) => r.query.get('projectId') === 'web' && r.query.has('since'),
  },
  { name: 'issue list', system: 'github', method: 'GET', path: /^\/repos\/acme\/app\/issues$/, onFailure: true },
  { name: 'label create', system: 'github', method: 'POST', path: /^\/repos\/acme\/app\/labels$/, onFailure: true },
  { name: 'issue create', system: 'github', method: 'POST', path: /^\/repos\/acme\/app\/issues$/, onFailure: true },
];

const HTML = '<html><head><title>502 Bad Gateway</title></head><body>Bad Gateway</body></html>';
const json = (status: number, body: unknown, headers: Record<string, string> = {}): Fault => ({
  kind: 'status',
  status,
  body,
  headers,
});
const metaEnvelope = (code: number, message: string) => ({
  error: { message, type: 'OAuthException', code, fbtrace_id: 'AfaultTrace' },
});
const regain = JSON.stringify({
  '102938475610': [
    {
      type: 'whatsapp_business_management',
      call_count: 100,
      total_cputime: 10,
      total_time: 10,
      estimated_time_to_regain_access: 30,
    },
  ],
});

/** Each fault, as each service would send it. */
const FAULTS: Array<{ name: string; make: (system: System) => Fault }> = [
  { name: 'connection reset', make: () => ({ kind: 'reset' }) },
  { name: 'timeout', make: () => ({ kind: 'hang' }) },
  {
    name: '500',
    make: (s) =>
      s === 'meta'
        ? json(500, metaEnvelope(2, 'Service temporarily unavailable'))
        : s === 'github'
          ? json(500, { message: 'Server Error' })
          : json(500, { error: { code: 'internal_server_error', message: 'An unexpected internal error occurred' } }),
  },
  { name: '502', make: () => ({ kind: 'status', status: 502, body: HTML, headers: { 'content-type': 'text/html' } }) },
  {
    name: '429 with a retry hint',
    make: (s) =>
      s === 'meta'
        ? json(429, metaEnvelope(80008, 'Too many calls'), { 'x-business-use-case-usage': regain })
        : s === 'github'
          ? json(429, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '1' })
          : json(
              429,
              {
                error: {
                  code: 'rate_limited',
                  message: 'Rate limit exceeded',
                  limit: { remaining: 0, reset: 1, resetMs: 1000, total: 100 },
                },
              },
              { 'retry-after': '1' },
            ),
  },
  {
    name: '429 without a retry hint',
    make: (s) =>
      s === 'meta'
        ? json(429, metaEnvelope(4, '(#4) Application request limit reached'))
        : s === 'github'
          ? json(429, { message: 'Too many requests' })
          : json(429, { error: { code: 'rate_limited', message: 'Rate limit exceeded' } }),
  },
  {
    name: 'malformed JSON',
    make: () => ({
      kind: 'status',
      status: 200,
      body: '{"data": {"is_valid": tru',
      headers: { 'content-type': 'application/json' },
    }),
  },
  {
    name: 'empty 200',
    make: () => ({ kind: 'status', status: 200, body: '', headers: { 'content-type': 'application/json' } }),
  },
  {
    name: '401',
    make: (s) =>
      s === 'meta'
        ? json(401, metaEnvelope(190, 'Invalid OAuth access token.'))
        : s === 'github'
          ? json(401, { message: 'Bad credentials' })
          : json(401, { error: { code: 'forbidden', message: 'Not authorized', invalidToken: true } }),
  },
  {
    name: '403',
    make: (s) =>
      s === 'meta'
        ? json(403, metaEnvelope(10, '(#10) Application does not have permission for this action'))
        : s === 'github'
          ? json(403, { message: 'Resource not accessible by personal access token' })
          : json(403, { error: { code: 'forbidden', message: 'Not authorized' } }),
  },
];

/**
 * The reads a run that does not refresh decides with. `unused`: read (prefetched) but not needed:
 * the primary holds the current token by definition (access-token is read from it) and is never
 * written on such a run, so its key decides nothing, and a fault on it may leave the run green.
 */
const READS: Array<Call & { unused?: boolean }> = [
  { name: 'phone number read', system: 'meta', method: 'GET', path: new RegExp(`/${PHONE}$`) },
  {
    name: 'secret state acme/api',
    system: 'github',
    method: 'GET',
    path: /^\/repos\/acme\/api\/actions\/secrets\/WA_TOKEN$/,
  },
  {
    name: 'public key acme/app',
    system: 'github',
    method: 'GET',
    path: /^\/repos\/acme\/app\/actions\/secrets\/public-key$/,
    unused: true,
  },
  {
    name: 'public key acme/api',
    system: 'github',
    method: 'GET',
    path: /^\/repos\/acme\/api\/actions\/secrets\/public-key$/,
  },
  { name: 'env list web', system: 'vercel', method: 'GET', path: /^\/v10\/projects\/web\/env$/ },
  {
    name: 'deployment list web',
    system: 'vercel',
    method: 'GET',
    path: /^\/v7\/deployments$/,
    when: (r) => r.query.get('projectId') === 'web' && r.query.get('state') === 'READY',
  },
];

/** The faults of the refresh suite, and a 404. */
const READ_FAULTS: typeof FAULTS = [
  ...FAULTS,
  {
    name: '404',
    make: (s) =>
      s === 'github'
        ? json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
        : json(404, { error: { code: 'not_found', message: 'Not found' } }),
  },
];

let scenarios = 0;
let convergenceScenarios = 0;
let checks = 0;
/** One invariant check, counted. */
function check(condition: boolean, message: string): void {
  checks += 1;
  assert.ok(condition, message);
}

const fake = (w: World, system: System): FakeServer => {
  const server = system === 'meta' ? w.meta : system === 'github' ? w.github : w.vercel;
  assert.ok(server);
  return server;
};

async function seedEnv(w: World, project: string, value: string): Promise<void> {
  const url = `${w.vercel?.url ?? ''}/v10/projects/${project}/env?upsert=true&teamId=${TEAM_ID}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${VERCEL_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ key: 'META_ACCESS_TOKEN', value, type: 'sensitive', target: ['production', 'preview'] }),
  });
  assert.equal(response.status, 201);
}

/**
 * A consistent world: both secrets and both variables hold the current token, which is due,
 * written by an earlier run an hour ago (after the token was issued, well before this one).
 */
async function world(): Promise<World> {
  const w = await startWorld({ ...ASSETS, vercel: { projects: [{ ...WEB }, { ...API }] } });
  const anHourAgo = Date.now() - 3_600_000;
  for (const [repo, name] of SECRETS) w.github.seedSecret(repo, name, w.current.token, new Date(anHourAgo));
  for (const project of PROJECTS) {
    await seedEnv(w, project, w.current.token);
    const env = w.vercel?.env(project, 'META_ACCESS_TOKEN');
    assert.ok(env);
    env.updatedAt = anHourAgo;
  }
  return w;
}

/** An older token, never valid here: what a destination that missed the current one holds. */
const STALE = `EAAFakeStale${'x'.repeat(40)}`;

/**
 * A settled world on a token that is not due (40 days left): both secrets and both variables hold
 * it, written by an earlier run an hour ago (after it was issued), and each project's latest
 * production deployment was built after its variable, with it. `stale`: acme/api still holds an
 * older token, written before the current one was issued, so the run must write it.
 */
async function settledWorld(stale: boolean): Promise<World> {
  const w = await startWorld({
    ...ASSETS,
    current: token({ daysLeft: 40 }),
    vercel: { projects: [{ ...WEB }, { ...API }] },
  });
  const anHourAgo = Date.now() - 3_600_000;
  for (const [repo, name] of SECRETS) w.github.seedSecret(repo, name, w.current.token, new Date(anHourAgo));
  if (stale)
    w.github.seedSecret('acme/api', 'WA_TOKEN', STALE, new Date(((w.current.issuedAt ?? 0) - 10 * DAY) * 1000));
  for (const project of PROJECTS) {
    await seedEnv(w, project, w.current.token);
    const env = w.vercel?.env(project, 'META_ACCESS_TOKEN');
    const deployed = newest(w, project);
    assert.ok(env && deployed);
    env.updatedAt = anHourAgo;
    deployed.env = { ...deployed.env, META_ACCESS_TOKEN: w.current.token };
  }
  assert.ok(deployedAfterWrite(w, 'web') && deployedAfterWrite(w, 'api'));
  return w;
}

/** What each destination holds: secrets by `repo:NAME`, variables by `vercel:project`. */
function holdings(w: World): Map<string, string | undefined> {
  const map = new Map<string, string | undefined>();
  for (const [repo, name] of SECRETS) map.set(`${repo}:${name}`, w.github.secret(repo, name)?.value);
  for (const project of PROJECTS)
    map.set(`vercel:${project}:META_ACCESS_TOKEN`, w.vercel?.env(project, 'META_ACCESS_TOKEN')?.value);
  return map;
}

const isValid = (w: World, token: string | undefined): boolean => {
  const t = token === undefined ? undefined : w.meta.tokens.get(token);
  return t !== undefined && t.invalid === undefined && (t.expiresAt === 0 || t.expiresAt > Date.now() / 1000);
};

/** The latest READY production deployment of `project`. */
const newest = (w: World, project: string): FakeDeployment | undefined =>
  w.vercel
    ?.project(project)
    .deployments.filter((d) => d.target === 'production' && d.readyState === 'READY')
    .sort((a, b) => a.createdAt - b.createdAt)
    .at(-1);

/** The token the latest READY production deployment of `project` runs with. */
const live = (w: World, project: string): string | undefined => newest(w, project)?.env.META_ACCESS_TOKEN;

/** Whether the latest READY production deployment of `project` was created after its variable was last written. */
const deployedAfterWrite = (w: World, project: string): boolean => {
  const deployed = newest(w, project)?.createdAt;
  const written = w.vercel?.env(project, 'META_ACCESS_TOKEN')?.updatedAt;
  return deployed !== undefined && written !== undefined && deployed > written;
};

const openIssue = (w: World): boolean =>
  w.github.issues('acme/app').some((i) => i.state === 'open' && i.labels.includes(LABEL));

/** Why the world is not settled on `value`: each destination that misses it, each project that does not run it. */
function unsettled(w: World, value: string): string[] {
  const why = isValid(w, value) ? [] : ['the current token is not valid'];
  for (const [target, held] of holdings(w)) if (held !== value) why.push(`${target} does not hold it`);
  for (const project of PROJECTS) {
    if (!deployedAfterWrite(w, project)) why.push(`the production deployment of ${project} predates its variable`);
    else if (live(w, project) !== value || newest(w, project)?.staged === true)
      why.push(`${project} does not run with it`);
  }
  return why;
}

/** What the summary says a destination holds (`new`, `old`, ...), from its table row. */
function summaryHolds(summary: string, target: string): string | undefined {
  const label = target.startsWith('vercel:') ? (target.split(':')[1] ?? '') : target;
  const row = summary
    .split('\n')
    .find((line) => line.startsWith(`| ${label} `) || line.startsWith(`| ${label} (primary)`));
  return /\| (\w+) token \|/.exec(row ?? '')?.[1];
}

/** The invariants after a faulty run (README, "Nothing is lost"). */
function checkAfterFault(w: World, run: ActionRun, old: string, label: string): void {
  const minted = w.meta.minted.at(-1)?.token;
  const verified =
    minted !== undefined &&
    w.meta.requests.some((r) => r.path.endsWith('/debug_token') && r.query.get('input_token') === minted);
  const held = holdings(w);
  for (const [target, value] of held) {
    // 1, 2: nothing but the old token or a verified new one is ever written.
    check(value === old || (verified && value === minted), `${label}: ${target} holds a token that was not verified`);
    // 3: every destination holds a valid token, and the summary says which.
    check(isValid(w, value), `${label}: ${target} holds a token that is not valid`);
    const said = summaryHolds(run.summary, target);
    const truth = value === old ? ['old', 'current'] : ['new'];
    check(
      said !== undefined && truth.includes(said),
      `${label}: the summary says ${target} holds the ${String(said)} token, but it holds the ${truth[0] ?? ''} one`,
    );
  }
  const newest = verified ? minted : old;
  const settled = [...held.values()].every((v) => v === newest) && PROJECTS.every((p) => live(w, p) === newest);
  // 5: the run fails loudly whenever a destination missed the newest token.
  check(settled || run.code === 1, `${label}: a destination missed the new token, yet the run passed`);
  if (run.code === 1) {
    check(/::error::/.test(run.stdout), `${label}: a failed run says why`);
    const stale = [...held].filter(([, v]) => v !== newest).map(([t]) => t);
    const issue = w.github.issues('acme/app').find((i) => i.state === 'open' && i.labels.includes(LABEL));
    // 3: the failure issue says which destinations still hold the old token.
    if (issue && stale.length > 0)
      check(
        stale.every((t) => (issue.body ?? '').includes(t)),
        `${label}: the issue does not name every stale destination`,
      );
  }
}

/**
 * After the fault is cleared: a plain re-run converges, and the run after it changes nothing.
 * Neither has a fault to wait out: they run with timeouts a loaded machine cannot reach.
 */
async function checkConverges(w: World, label: string): Promise<void> {
  const primary = (): string => w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value ?? '';
  const run = await w.run({ ...INPUTS, ...UNHURRIED, 'access-token': primary() });
  check(run.code === 0, `${label}: the re-run failed: ${errorsOf(run)}`);
  const token = primary();
  check(isValid(w, token), `${label}: the primary holds a token that is not valid`);
  for (const [target, value] of holdings(w)) check(value === token, `${label}: ${target} did not converge`);
  for (const project of PROJECTS)
    check(live(w, project) === token, `${label}: ${project} does not run with the converged token`);
  for (const project of PROJECTS)
    check(deployedAfterWrite(w, project), `${label}: the production deployment of ${project} predates its variable`);
  check(!openIssue(w), `${label}: the failure issue is still open`);

  const marks = { github: w.github.requests.length, vercel: w.vercel?.requests.length ?? 0 };
  const quiet = await w.run({ ...INPUTS, ...UNHURRIED, 'access-token': primary() });
  check(quiet.code === 0, `${label}: the run after convergence failed`);
  const writes = [...w.github.requests.slice(marks.github), ...(w.vercel?.requests.slice(marks.vercel) ?? [])].filter(
    (r) =>
      r.method === 'PUT' ||
      (r.method === 'POST' &&
        (r.path.endsWith('/env') || r.path === '/v13/deployments' || r.path.startsWith('/v1/integrations/deploy/'))),
  );
  check(
    writes.length === 0,
    `${label}: a settled world was written again (${writes.map((r) => `${r.method} ${r.path}`).join(', ')})`,
  );
}

// Most of a scenario is waiting (timeouts, retries, the fakes' answers): 8 in flight keep 2 cores busy.
describe('fault injection', { concurrency: 8 }, () => {
  after(() => {
    console.log(
      `fault suite: ${scenarios} refresh scenarios + ${convergenceScenarios} convergence scenarios, ${checks} invariant checks, all passed`,
    );
  });

  for (const call of CALLS) {
    for (const fault of FAULTS) {
      const label = `${fault.name} on ${call.name}`;
      it(label, async () => {
        const w = await world();
        try {
          const old = w.current.token;
          fake(w, call.system).inject({
            method: call.method,
            path: call.path,
            when: (r) => call.when?.(r, w) ?? true,
            fault: fault.make(call.system),
          });
          const web = w.vercel?.project('web');
          assert.ok(web);
          web.envFailure = call.onFailure === true;
          const run = await w.run(INPUTS);
          checkAfterFault(w, run, old, label);
          if (call.onFailure) check(run.code === 1, `${label}: the forced failure was hidden`);

          for (const system of ['meta', 'github', 'vercel'] as const) fake(w, system).clearFaults();
          web.envFailure = false;
          await checkConverges(w, label);
          scenarios += 1;
        } finally {
          await w.close();
        }
      });
    }
  }

  for (const stale of [false, true]) {
    for (const read of READS) {
      for (const fault of READ_FAULTS) {
        const label = `${fault.name} on ${read.name}, token not due${stale ? ', acme/api stale' : ''}`;
        it(label, async (t) => {
          // A run that timed out before the read on a busy machine is set up again.
          const { w, server, when, run } = await runToFault({
            timeoutS: Number(INPUTS['timeout-seconds']),
            attempt: async (timeoutS) => {
              const w = await settledWorld(stale);
              try {
                const server = fake(w, read.system);
                const when = (r: RecordedRequest): boolean => read.when?.(r, w) ?? true;
                server.inject({ method: read.method, path: read.path, when, fault: fault.make(read.system) });
                return { w, server, when, run: await w.run({ ...INPUTS, 'timeout-seconds': String(timeoutS) }) };
              } catch (error) {
                await w.close();
                throw error;
              }
            },
            reached: ({ server, when }) =>
              server.requests.some((r) => r.method === read.method && read.path.test(r.path) && when(r)),
            discard: ({ w }) => w.close(),
            t,
          });
          try {
            check(
              server.requests.some((r) => r.method === read.method && read.path.test(r.path) && when(r)),
              `${label}: the run never made the call`,
            );
            // The invariant: a green run means every destination holds the current token and runs with it.
            const why = unsettled(w, w.current.token);
            check(
              run.code !== 0 || (why.length === 0 && !openIssue(w)),
              `${label}: the run passed, but ${why.length > 0 ? why.join('; ') : 'the failure issue is open'}`,
            );
            // A secret that is not found is missing, and written; any other fault leaves a state unread.
            const missing = fault.name === '404' && read.name.startsWith('secret state');
            const errors = errorsOf(run);
            if (read.unused) check(run.code === 0, `${label}: a read the run does not need failed it: ${errors}`);
            else
              check(
                run.code === (missing ? 0 : 1),
                `${label}: ${missing ? `a missing secret failed the run: ${errors}` : `a read that failed did not fail the run (exit ${String(run.code)})`}`,
              );
            if (run.code === 1) {
              check(
                /could not be checked/.test(run.stdout),
                `${label}: the failed run does not say what could not be checked: ${errors}`,
              );
              check(openIssue(w), `${label}: the failure issue is not open after a failed run`);
            }

            server.clearFaults();
            await checkConverges(w, label);
            convergenceScenarios += 1;
          } finally {
            await w.close();
          }
        });
      }
    }
  }

  for (const [what, method, path] of [
    ['the recovery comment', 'POST', /^\/repos\/acme\/app\/issues\/\d+\/comments$/],
    ['closing the issue', 'PATCH', /^\/repos\/acme\/app\/issues\/\d+$/],
  ] as const) {
    for (const fault of FAULTS) {
      const label = `${fault.name} on ${what}`;
      it(label, async () => {
        const w = await world();
        try {
          const project = w.vercel?.project('web');
          assert.ok(project);
          project.envFailure = true;
          // Only sets the scenario up (an open issue): no fault to wait out.
          const failed = await w.run({ ...INPUTS, ...UNHURRIED });
          check(
            failed.code === 1 && w.github.issues('acme/app').length === 1,
            `${label}: the failure did not open an issue`,
          );
          project.envFailure = false;
          w.github.inject({ method, path, fault: fault.make('github') });
          const primary = w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value ?? '';
          const recovered = await w.run({ ...INPUTS, 'access-token': primary });
          check(recovered.code === 0, `${label}: a fault on the issue failed a run that succeeded`);
          check(/Could not close the failure issue/.test(recovered.stdout), `${label}: the issue fault was not logged`);
          w.github.clearFaults();
          await checkConverges(w, label);
          scenarios += 1;
        } finally {
          await w.close();
        }
      });
    }
  }
});
