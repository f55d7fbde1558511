/**
 * GitHub secret writes whose answer was lost (issue 22, item 13): a PUT that GitHub applied but
 * answered 502, answered with a 200 cut off mid-body, or whose connection was cut, leaves the
 * place's token *unknown*, never "old": the summary and the failure issue say so, the run fails,
 * and a plain re-run reads the place back and closes the issue. A write GitHub refused (a 4xx), or
 * one that a read-back shows never landed, keeps the old token. Every place (environment,
 * Dependabot, repository, organization) goes through the same path, so each scenario hits all four
 * at once. Through `dist/index.js` against the GitHub fake.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { createOctokit, getPublicKey, putSecret, setVariable } from '../src/clients/github.ts';
import { ServiceError } from '../src/errors.ts';
import type { GitHubFake } from './fakes/github.ts';
import { startGitHubFake } from './fakes/github.ts';
import type { FaultRule } from './fakes/server.ts';
import type { ActionRun } from './helpers/action.ts';
import { errorsOf } from './helpers/action.ts';
import type { World } from './helpers/world.ts';
import { GH_ISSUES, GH_WRITER, startWorld } from './helpers/world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const LABEL = 'meta-token-refresh';
/** The primary is a repository secret, so that every other place can fail on its own. */
const LINES = [
  'META_ACCESS_TOKEN',
  'META_ACCESS_TOKEN --env production',
  'META_ACCESS_TOKEN --app dependabot',
  'acme/api:WA_TOKEN',
  'META_ACCESS_TOKEN --org acme',
].join('\n');

interface Place {
  target: string;
  path: RegExp;
  value(w: World): string | undefined;
}

const PLACES: Place[] = [
  {
    target: 'acme/app:META_ACCESS_TOKEN --env production',
    path: /^\/repos\/acme\/app\/environments\/production\/secrets\/META_ACCESS_TOKEN$/,
    value: (w) => w.github.secret('acme/app', 'META_ACCESS_TOKEN', { environment: 'production' })?.value,
  },
  {
    target: 'acme/app:META_ACCESS_TOKEN --app dependabot',
    path: /^\/repos\/acme\/app\/dependabot\/secrets\/META_ACCESS_TOKEN$/,
    value: (w) => w.github.secret('acme/app', 'META_ACCESS_TOKEN', { dependabot: true })?.value,
  },
  {
    target: 'acme/api:WA_TOKEN',
    path: /^\/repos\/acme\/api\/actions\/secrets\/WA_TOKEN$/,
    value: (w) => w.github.secret('acme/api', 'WA_TOKEN')?.value,
  },
  {
    target: 'META_ACCESS_TOKEN --org acme',
    path: /^\/orgs\/acme\/actions\/secrets\/META_ACCESS_TOKEN$/,
    value: (w) => w.github.orgSecret('acme', 'META_ACCESS_TOKEN')?.value,
  },
];

const HTML = '<html><head><title>502 Bad Gateway</title></head><body>Bad Gateway</body></html>';
const BAD_GATEWAY = { kind: 'status', status: 502, body: HTML, headers: { 'content-type': 'text/html' } } as const;
const CUT_200 = { kind: 'truncate', status: 200, body: '{"message":"secret stored","documentation_url":"x"}' } as const;
const FORBIDDEN = {
  kind: 'status',
  status: 403,
  body: { message: 'Resource not accessible by personal access token' },
} as const;

/**
 * A world whose token is due, with every place seeded an hour ago with the current token (an
 * earlier run wrote them), so that a write that never landed is told apart by its `updated_at`.
 */
async function start(): Promise<World> {
  world = await startWorld({
    github: {
      tokens: {
        [GH_WRITER]: {
          'acme/app': { secrets: 'write', environments: 'write', dependabot_secrets: 'write' },
          'acme/api': { secrets: 'write' },
          'org:acme': { organization_secrets: 'write' },
        },
        [GH_ISSUES]: { 'acme/app': { issues: 'write' } },
      },
      environments: { 'acme/app': ['production'] },
    },
  });
  const w = world;
  const anHourAgo = new Date(Date.now() - 3_600_000);
  const current = w.current.token;
  w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', current, anHourAgo);
  w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', current, anHourAgo, { environment: 'production' });
  w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', current, anHourAgo, { dependabot: true });
  w.github.seedSecret('acme/api', 'WA_TOKEN', current, anHourAgo);
  w.github.seedOrgSecret('acme', 'META_ACCESS_TOKEN', current, { visibility: 'private', updatedAt: anHourAgo });
  return w;
}

/** What the summary says a place holds (`new`, `old`, `unknown`, ...), from its table row. */
function summaryHolds(summary: string, target: string): string | undefined {
  const row = summary.split('\n').find((l) => l.startsWith(`| ${target} |`) || l.startsWith(`| ${target} (primary) |`));
  return /\| (\w+) token \|/.exec(row ?? '')?.[1];
}

const openIssue = (w: World) => w.github.issues('acme/app').find((i) => i.state === 'open' && i.labels.includes(LABEL));

/** The line of the open issue's "Where the token is" that names `target`. */
function issueLine(w: World, target: string): string {
  const body = openIssue(w)?.body ?? '';
  const where = body.split('#### Where the token is')[1]?.split('####')[0] ?? '';
  return where.split('\n').find((l) => l.includes(`\`${target}\``)) ?? `(${target} is not in the issue)`;
}

const puts = (w: World): string[] => w.github.requests.filter((r) => r.method === 'PUT').map((r) => r.path);
const primaryValue = (w: World): string => w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value ?? '';

/** Injects `rules` (without the path) on the PUT of every place. */
function injectEverywhere(w: World, rules: Array<Omit<FaultRule, 'path' | 'method'>>): void {
  for (const place of PLACES) for (const rule of rules) w.github.inject({ ...rule, method: 'PUT', path: place.path });
}

/** The refreshing run under the faults: it fails, and each place says `holds`. */
function checkFailed(w: World, run: ActionRun, holds: 'unknown' | 'old'): void {
  assert.equal(run.code, 1, `the run passed: ${run.stdout}`);
  assert.equal(summaryHolds(run.summary, 'acme/app:META_ACCESS_TOKEN'), 'new', run.summary);
  for (const place of PLACES) {
    assert.equal(summaryHolds(run.summary, place.target), holds, `${place.target} in the summary:\n${run.summary}`);
    const line = issueLine(w, place.target);
    if (holds === 'unknown') {
      assert.match(line, /unknown/i, `${place.target} in the issue`);
      assert.doesNotMatch(line, /\bold\b/, `${place.target} in the issue`);
    } else assert.match(line, /Still hold the \*\*old\*\* token/, `${place.target} in the issue`);
  }
}

/** A plain re-run with the token the primary holds: it passes, writes only `rewrites`, and closes the issue. */
async function checkConverges(w: World, rewrites: RegExp[]): Promise<void> {
  const token = primaryValue(w);
  const before = puts(w).length;
  const run = await w.run({ 'github-secrets': LINES, 'access-token': token });
  assert.equal(run.code, 0, `the re-run failed: ${errorsOf(run)}`);
  const written = puts(w).slice(before);
  assert.equal(written.length, rewrites.length, `written again: ${written.join(', ')}`);
  for (const path of rewrites)
    assert.ok(
      written.some((p) => path.test(p)),
      `${String(path)} was not written again`,
    );
  for (const place of PLACES) {
    assert.equal(place.value(w), token, `${place.target} did not converge`);
    assert.equal(summaryHolds(run.summary, place.target), 'current', place.target);
  }
  assert.equal(openIssue(w), undefined, 'the failure issue is still open');
}

describe('a GitHub secret write whose answer was lost', () => {
  const landed: Array<[string, Array<Omit<FaultRule, 'path' | 'method'>>]> = [
    ['a 502 on every try, each of which took effect', [{ handled: true, fault: BAD_GATEWAY }]],
    ['a 200 cut off mid-body after the write took effect', [{ handled: true, fault: CUT_200 }]],
    ['a connection cut on every try, each of which took effect', [{ handled: true, fault: { kind: 'reset' } }]],
    [
      'a 502 that took effect, then a 403 on the retry',
      [
        { handled: true, times: 1, fault: BAD_GATEWAY },
        { fault: FORBIDDEN, times: 1 },
      ],
    ],
  ];
  for (const [name, rules] of landed) {
    it(`${name}: every place holds an unknown token, then a re-run reads it back`, async () => {
      const w = await start();
      injectEverywhere(w, rules);
      const run = await w.run({ 'github-secrets': LINES });
      const fresh = w.meta.minted.at(-1)?.token;
      assert.ok(fresh, 'the token was refreshed');
      for (const place of PLACES) assert.equal(place.value(w), fresh, `${place.target} holds the new token`);
      checkFailed(w, run, 'unknown');
      assert.match(run.stdout, /which token it holds is not known/);
      w.github.clearFaults();
      // Each place was read back and found current: nothing is written again.
      await checkConverges(w, []);
      assert.deepEqual(w.github.contractViolations, []);
    });
  }

  it('a write refused (403), or answered 502, 200 cut off or cut on every try without effect: the old token, read back', async () => {
    const w = await start();
    const [environment, dependabot, repository, organization] = PLACES.map((p) => p.path);
    const faults: Array<[RegExp | undefined, FaultRule['fault']]> = [
      [environment, BAD_GATEWAY],
      [dependabot, FORBIDDEN],
      [repository, CUT_200],
      [organization, { kind: 'reset' }],
    ];
    for (const [path, fault] of faults) {
      assert.ok(path);
      w.github.inject({ method: 'PUT', path, fault });
    }
    const run = await w.run({ 'github-secrets': LINES });
    for (const place of PLACES) assert.equal(place.value(w), w.current.token, `${place.target} holds the old token`);
    checkFailed(w, run, 'old');
    w.github.clearFaults();
    await checkConverges(
      w,
      PLACES.map((p) => p.path),
    );
  });
});

describe('which failed GitHub requests may have landed', () => {
  let fake: GitHubFake | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });
  const repo = { owner: 'acme', repo: 'app' };
  const scope = { kind: 'repository', repo } as const;
  const failure = (p: Promise<unknown>): Promise<ServiceError> =>
    p.then(
      () => assert.fail('the call succeeded'),
      (e: unknown) => {
        assert.ok(e instanceof ServiceError, String(e));
        return e;
      },
    );

  it('a write that never left (connection refused) or that GitHub refused (4xx) did not land; a read never does', async () => {
    fake = await startGitHubFake({ tokens: { [GH_WRITER]: { 'acme/app': { secrets: 'write', variables: 'write' } } } });
    const octokit = createOctokit(GH_WRITER, { baseUrl: fake.url, timeoutMs: 5_000 });
    const key = await getPublicKey(octokit, scope);
    fake.inject({ method: 'PUT', path: /\/secrets\/REFUSED$/, fault: { kind: 'status', status: 422, body: {} } });
    assert.equal((await failure(putSecret(octokit, scope, 'REFUSED', key, 'v'))).mayHaveLanded, false, '422');
    fake.inject({ method: 'GET', path: /\/public-key$/, handled: true, fault: BAD_GATEWAY });
    // Port 2: nothing listens there, so the connection is refused and nothing is sent. (Port 1, as in
    // the Postgres tests, is on fetch's list of bad ports. A port freed by a probe is no good: the
    // kernel hands it to another test file's fake, which then answers.)
    const closed = createOctokit(GH_WRITER, { baseUrl: 'http://127.0.0.1:2', timeoutMs: 2_000 });
    // Both are retried with waits: at once.
    const [read, refused] = await Promise.all([
      failure(getPublicKey(octokit, scope)),
      failure(setVariable(closed, repo, 'X', 'v')),
    ]);
    assert.equal(read.mayHaveLanded, false, 'a read');
    assert.match(refused.message, /ECONNREFUSED/);
    assert.equal(refused.mayHaveLanded, false, refused.message);
  });

  it('a write answered 5xx may have landed, as its variable shows', async () => {
    fake = await startGitHubFake({ tokens: { [GH_WRITER]: { 'acme/app': { variables: 'write' } } } });
    const octokit = createOctokit(GH_WRITER, { baseUrl: fake.url, timeoutMs: 5_000 });
    fake.inject({ method: 'POST', path: /\/actions\/variables$/, handled: true, fault: BAD_GATEWAY });
    const e = await failure(setVariable(octokit, repo, 'X', 'v'));
    assert.equal(e.mayHaveLanded, true, e.message);
    assert.equal(e.failureClass, 'retry-later');
  });
});
