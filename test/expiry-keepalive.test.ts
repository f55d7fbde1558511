/**
 * The expiry where people can see it (`expiry-variable`) and a schedule that stays alive
 * (`keep-schedule-alive`), through `dist/index.js` against the GitHub fake.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { Grant } from './fakes/github.ts';
import type { World } from './helpers/world.ts';
import { DAY, GH_ISSUES, GH_WRITER, startWorld, token } from './helpers/world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const iso = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Meta's clock runs this many seconds ahead, so that a second refresh in the same second still moves the expiry. */
let metaAhead = 0;

async function start(days = 10, writer: Grant = {}): Promise<World> {
  metaAhead = 0;
  world = await startWorld({
    current: token({ daysLeft: days }),
    meta: { now: () => Math.floor(Date.now() / 1000) + metaAhead },
    github: {
      tokens: {
        [GH_WRITER]: { 'acme/app': { secrets: 'write', variables: 'write', ...writer } },
        [GH_ISSUES]: { 'acme/app': { issues: 'write', actions: 'write', contents: 'read' } },
      },
    },
  });
  return world;
}

describe('expiry-variable', () => {
  it('is created after the primary with the new expiry, then updated by the next refresh', async () => {
    const w = await start();
    const inputs = { 'github-secrets': 'META_ACCESS_TOKEN', 'expiry-variable': 'META_TOKEN_EXPIRES_AT' };
    const run = await w.run(inputs);
    assert.equal(run.code, 0, run.stdout);
    const fresh = w.meta.minted[0];
    assert.ok(fresh);
    assert.equal(w.github.variable('acme/app', 'META_TOKEN_EXPIRES_AT')?.value, iso(fresh.expiresAt));
    assert.equal(w.github.variable('acme/app', 'META_TOKEN_EXPIRES_AT')?.value, run.outputs['expires-at']);
    const writes = w.github.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(writes.slice(0, 2), [
      'PUT /repos/acme/app/actions/secrets/META_ACCESS_TOKEN',
      'PATCH /repos/acme/app/actions/variables/META_TOKEN_EXPIRES_AT',
    ]);
    assert.ok(writes.includes('POST /repos/acme/app/actions/variables'), 'created after the PATCH found none');

    metaAhead = 3600;
    const again = await w.run({ ...inputs, 'access-token': fresh.token, force: 'true' });
    assert.equal(again.code, 0, again.stdout);
    const newest = w.meta.minted.at(-1);
    assert.equal(w.github.variable('acme/app', 'META_TOKEN_EXPIRES_AT')?.value, iso(newest?.expiresAt ?? 0));
    assert.match(again.summary, /acme\/app:META_TOKEN_EXPIRES_AT \| ✅ updated/);
  });

  it('is brought up to date by a run that does not refresh, then left alone', async () => {
    const w = await start(40);
    w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', w.current.token);
    w.github.seedVariable('acme/app', 'META_TOKEN_EXPIRES_AT', '2020-01-01T00:00:00Z');
    const run = await w.run({ 'github-secrets': 'META_ACCESS_TOKEN', 'expiry-variable': 'META_TOKEN_EXPIRES_AT' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(w.github.variable('acme/app', 'META_TOKEN_EXPIRES_AT')?.value, iso(w.current.expiresAt));
    const quiet = await w.run({ 'github-secrets': 'META_ACCESS_TOKEN', 'expiry-variable': 'META_TOKEN_EXPIRES_AT' });
    assert.equal(quiet.code, 0);
    assert.equal(
      w.github.requests.filter((r) => r.method === 'PATCH' || r.method === 'POST').length,
      1,
      'a settled variable is left alone',
    );
  });

  it('names "Variables" when the token cannot write it, after the primary was written', async () => {
    const w = await start(10, { variables: 'read' });
    const run = await w.run({ 'github-secrets': 'META_ACCESS_TOKEN', 'expiry-variable': 'META_TOKEN_EXPIRES_AT' });
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /Variables: write|Actions Variables: write/);
    assert.equal(w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value, w.meta.minted[0]?.token);
  });

  it('refuses a bad name before any call', async () => {
    const w = await start();
    const run = await w.run({ 'github-secrets': 'META_ACCESS_TOKEN', 'expiry-variable': 'GITHUB_EXPIRY' });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Input 'expiry-variable' must be NAME or OWNER\/REPO:NAME of a repository variable/);
    assert.deepEqual(w.calls(), []);
  });
});

describe('keep-schedule-alive', () => {
  const WORKFLOW_REF = { GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/refresh.yml@refs/heads/main' };
  /** A run whose token is not due, in a repository whose last commit is `days` old, with the workflow active. */
  async function quiet(days: number): Promise<World> {
    const w = await start(40);
    w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', w.current.token);
    w.github.seedWorkflow('acme/app', 'refresh.yml', { state: 'active' });
    w.github.seedLastCommit('acme/app', new Date(Date.now() - days * DAY * 1000));
    Object.assign(w.env, WORKFLOW_REF);
    return w;
  }
  const enables = (w: World): number =>
    w.github.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/enable')).length;

  for (const [quietDays, enabled] of [
    [50, 1],
    [10, 0],
  ] as const) {
    it(`${enabled ? 're-enables' : 'leaves alone'} the workflow when the last commit is ${quietDays} days old`, async () => {
      const w = await quiet(quietDays);
      const run = await w.run({ 'github-secrets': 'META_ACCESS_TOKEN', 'keep-schedule-alive': 'true' });
      assert.equal(run.code, 0, run.stdout);
      assert.equal(enables(w), enabled);
      if (enabled) assert.match(run.summary, /no commit for 50 days, so the workflow refresh.yml was re-enabled/);
    });
  }

  it('only warns when it cannot re-enable the workflow', async () => {
    const w = await start(40);
    w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', w.current.token);
    w.github.seedLastCommit('acme/app', new Date(Date.now() - 50 * DAY * 1000));
    Object.assign(w.env, WORKFLOW_REF);
    // No workflow of that name: GitHub answers 404.
    const run = await w.run({ 'github-secrets': 'META_ACCESS_TOKEN', 'keep-schedule-alive': 'true' });
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /::warning::keep-schedule-alive: could not re-enable the workflow/);
    assert.equal(run.outputs.status, 'not-due');
  });

  it("re-enables the workflow's own repository when the issue goes to another", async () => {
    const w = await quiet(50);
    const run = await w.run({
      'github-secrets': 'META_ACCESS_TOKEN',
      'keep-schedule-alive': 'true',
      'issue-repository': 'acme/ops',
    });
    assert.equal(run.code, 0, run.stdout);
    const enabled = w.github.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/enable'));
    assert.deepEqual(
      enabled.map((r) => r.path),
      ['/repos/acme/app/actions/workflows/refresh.yml/enable'],
    );
  });

  it('names the permission to grant when GitHub answers 403', async () => {
    const w = await quiet(50);
    w.github.inject({
      method: 'PUT',
      path: /\/enable$/,
      fault: { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } },
    });
    const run = await w.run({ 'github-secrets': 'META_ACCESS_TOKEN', 'keep-schedule-alive': 'true' });
    assert.equal(run.code, 0, run.stdout);
    assert.match(
      run.stdout,
      /::warning::keep-schedule-alive: could not re-enable the workflow.*Grant issue-token "Actions: write"/,
    );
  });

  it('does nothing unless asked', async () => {
    const w = await start(40);
    w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', w.current.token);
    Object.assign(w.env, WORKFLOW_REF);
    const run = await w.run({ 'github-secrets': 'META_ACCESS_TOKEN' });
    assert.equal(run.code, 0);
    assert.equal(w.github.requests.filter((r) => r.path.includes('/commits/') || r.path.endsWith('/enable')).length, 0);
  });
});
