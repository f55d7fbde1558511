/**
 * A green run means every destination holds a valid token and runs with it. Each case here is a
 * way a run once ended green (exit 0, failure issue closed) while a destination kept the old
 * token, or a way a settled run kept writing and deploying; each runs `dist/index.js`.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { scheduleIntervalDays } from '../src/schedule.ts';
import { serverError } from './fakes/vercel.ts';
import type { World, WorldOptions } from './helpers/world.ts';
import { GH_ISSUES, GH_WRITER, startWorld, token } from './helpers/world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const WEB = { id: 'prj_web000000000000000000001', name: 'web' };

async function start(options: WorldOptions = {}): Promise<World> {
  world = await startWorld(options);
  return world;
}

const openIssues = (w: World) => w.github.issues('acme/app').filter((i) => i.state === 'open');
const puts = (w: World): string[] => w.calls().filter((c) => c.startsWith('PUT '));
const vercelWrites = (w: World): string[] =>
  w
    .calls()
    .filter(
      (c) =>
        /^POST \/v10\/projects\/.*\/env$/.test(c) ||
        c === 'POST /v13/deployments' ||
        c.startsWith('POST /v1/integrations/deploy/'),
    );
const productionBuilds = (w: World, project: string) =>
  w.vercel?.project(project).deployments.filter((d) => d.source !== 'seed') ?? [];

/** Refreshes once, then returns the token now in the primary for runs that are not due. */
async function refreshOnce(w: World, inputs: Record<string, string> = {}): Promise<string> {
  const run = await w.run(inputs);
  assert.equal(run.code, 0, run.stdout);
  return w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value ?? '';
}

describe('a destination that cannot be checked', () => {
  it('fails the run, names the permission, and keeps the issue open (403)', async () => {
    const w = await start({
      current: token({ daysLeft: 40 }),
      github: {
        tokens: {
          [GH_WRITER]: { 'acme/app': { secrets: 'write' }, 'acme/api': { issues: 'read' } },
          [GH_ISSUES]: { 'acme/app': { issues: 'write' } },
        },
      },
    });
    w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', w.current.token);
    const run = await w.run();
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /acme\/api:WA_TOKEN could not be checked: .*HTTP 403/);
    assert.match(run.stdout, /needs a person.*Secrets/);
    assert.match(run.summary, /acme\/api:WA_TOKEN .*\| unknown token/);
    assert.equal(openIssues(w).length, 1);
    const again = await w.run();
    assert.equal(again.code, 1);
    assert.equal(openIssues(w).length, 1, 'the issue stays open while a destination is unknown');
    assert.deepEqual(puts(w), [], 'nothing was written');
  });

  it('is retry-later when GitHub answers 5xx', async () => {
    const w = await start({ current: token({ daysLeft: 40 }) });
    w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', w.current.token);
    w.github.seedSecret('acme/api', 'WA_TOKEN', w.current.token);
    w.github.inject({
      method: 'GET',
      path: '/repos/acme/api/actions/secrets/WA_TOKEN',
      fault: { kind: 'status', status: 503, body: { message: 'Service Unavailable' } },
    });
    const run = await w.run();
    assert.equal(run.code, 1, run.stdout);
    assert.match(
      run.stdout,
      /\[github-secret acme\/api:WA_TOKEN; retry later\] acme\/api:WA_TOKEN could not be checked/,
    );
  });
});

describe('deploy hooks', () => {
  it('a hook that failed is called again by the next run, which waits for the deployment', async () => {
    const w = await start({ vercel: { projects: [{ ...WEB }] } });
    const hook = w.vercel?.hookUrl('web') ?? '';
    const inputs = { 'vercel-redeploy': 'false', 'vercel-deploy-hooks': hook, 'github-secrets': 'META_ACCESS_TOKEN' };
    w.vercel?.inject({ method: 'POST', path: /^\/v1\/integrations\/deploy\//, times: 1, fault: serverError(500) });
    const first = await w.run(inputs);
    assert.equal(first.code, 1, first.stdout);
    assert.equal(openIssues(w).length, 1);
    const primary = w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value ?? '';

    const second = await w.run({ ...inputs, 'access-token': primary });
    assert.equal(second.code, 0, second.stdout);
    const hookCalls = w.calls().filter((c) => c.startsWith('POST /v1/integrations/deploy/'));
    assert.equal(hookCalls.length, 2, 'the hook was called again, once');
    assert.equal(
      w.calls().filter((c) => /^POST \/v10\/projects\/.*\/env$/.test(c)).length,
      1,
      'the variable was not written again',
    );
    const built = productionBuilds(w, 'web').at(-1);
    assert.equal(built?.readyState, 'READY', 'the run waited for the deployment');
    assert.equal(built.env.META_ACCESS_TOKEN, primary);
    assert.equal(openIssues(w).length, 0, 'closed');

    const third = await w.run({ ...inputs, 'access-token': primary });
    assert.equal(third.code, 0, third.stdout);
    assert.equal(
      w.calls().filter((c) => c.startsWith('POST /v1/integrations/deploy/')).length,
      2,
      'a live project is left alone',
    );
  });

  it('a hidden production variable is unknown, and neither written nor deployed every run', async () => {
    const w = await start({ vercel: { projects: [{ ...WEB }], hideProductionEnvs: true } });
    const inputs = {
      'vercel-redeploy': 'false',
      'vercel-deploy-hooks': w.vercel?.hookUrl('web') ?? '',
      'github-secrets': 'META_ACCESS_TOKEN',
    };
    const primary = await refreshOnce(w, inputs);
    const before = vercelWrites(w).length;
    const run = await w.run({ ...inputs, 'access-token': primary });
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /vercel:web:META_ACCESS_TOKEN could not be checked: .*cannot be read/);
    assert.equal(vercelWrites(w).length, before, 'no upsert and no hook call');
  });
});

describe('a token without issued_at', () => {
  it('compares every destination with the primary', async () => {
    const w = await start({ current: token({ daysLeft: 40, issuedAt: undefined }) });
    const hourAgo = new Date(Date.now() - 3_600_000);
    w.github.seedSecret('acme/api', 'WA_TOKEN', 'EAAFakeOlderTokenThatWasReplaced000000', hourAgo);
    w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', w.current.token);
    const run = await w.run();
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(puts(w), ['PUT /repos/acme/api/actions/secrets/WA_TOKEN']);
    assert.equal(w.github.secret('acme/api', 'WA_TOKEN')?.value, w.current.token);
  });

  it('reports every destination as unknown when there is no reference', async () => {
    const w = await start({ current: token({ daysLeft: 40, issuedAt: undefined }) });
    w.github.seedSecret('acme/api', 'WA_TOKEN', w.current.token);
    const run = await w.run();
    assert.equal(run.code, 1, run.stdout);
    assert.match(
      run.stdout,
      /Meta does not say when this token was issued, and the primary secret acme\/app:META_ACCESS_TOKEN does not exist/,
    );
    assert.match(run.summary, /acme\/api:WA_TOKEN .*\| unknown token/);
    assert.equal(openIssues(w).length, 1);
  });
});

describe('clock skew', () => {
  for (const skewMs of [-5000, 5000, -240_000]) {
    it(`a settled re-run writes and deploys nothing with GitHub and Vercel ${skewMs / 1000} s off Meta's clock`, async () => {
      const w = await start({
        github: { now: () => new Date(Date.now() + skewMs) },
        vercel: { projects: [{ ...WEB }], clockSkewMs: skewMs },
      });
      const primary = await refreshOnce(w);
      const before = { puts: puts(w).length, vercel: vercelWrites(w).length };
      const again = await w.run({ 'access-token': primary });
      assert.equal(again.code, 0, again.stdout);
      assert.deepEqual(
        { puts: puts(w).length, vercel: vercelWrites(w).length },
        before,
        'no secret, variable or deployment written',
      );
    });
  }
});

describe('redeploys', () => {
  for (const fault of [
    { kind: 'status' as const, status: 502, body: { error: { code: 'bad_gateway', message: 'Bad Gateway' } } },
    { kind: 'reset' as const },
  ]) {
    it(`start at most one production build when Vercel created the deployment but the answer was lost (${fault.kind === 'reset' ? 'reset' : fault.status})`, async () => {
      const w = await start({ vercel: { projects: [{ ...WEB }] } });
      w.vercel?.inject({ method: 'POST', path: '/v13/deployments', times: 1, handled: true, fault });
      const run = await w.run({ 'github-secrets': 'META_ACCESS_TOKEN' });
      assert.equal(run.code, 0, run.stdout);
      const builds = productionBuilds(w, 'web');
      assert.equal(builds.length, 1, 'one production build');
      assert.equal(builds[0]?.readyState, 'READY');
      assert.equal(builds[0]?.env.META_ACCESS_TOKEN, w.meta.minted[0]?.token);
    });
  }

  for (const reportsReadySubstate of [true, false]) {
    it(`report a READY redeploy that is not promoted as its own failure (${reportsReadySubstate ? 'readySubstate' : 'alias only'})`, async () => {
      const w = await start({ vercel: { projects: [{ ...WEB }], stagedProduction: true, reportsReadySubstate } });
      const run = await w.run({ 'github-secrets': 'META_ACCESS_TOKEN' });
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stdout, /\[redeploy web; needs a person\] .*READY but not promoted.*Promote the deployment/);
      const primary = w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value ?? '';
      const again = await w.run({ 'github-secrets': 'META_ACCESS_TOKEN', 'access-token': primary });
      assert.equal(again.code, 1, again.stdout);
      assert.match(again.stdout, /not promoted/);
      assert.equal(productionBuilds(w, 'web').length, 1, 'no second build: another would be staged too');
    });
  }
});

describe('settings that can never work', () => {
  it('knows how far apart a schedule runs', () => {
    assert.equal(scheduleIntervalDays('17 6 * * *'), 1);
    assert.equal(scheduleIntervalDays('*/30 * * * *'), 1);
    assert.equal(scheduleIntervalDays('0 6 * * 1'), 7);
    assert.equal(scheduleIntervalDays('0 6 * * MON-FRI'), 3);
    assert.equal(scheduleIntervalDays('0 6 1 * *'), 31);
    assert.equal(scheduleIntervalDays('0 6 1,15 * *'), 17);
    assert.equal(scheduleIntervalDays('0 6 1 */2 *'), undefined);
  });

  it('warns when refresh-before-days leaves no slack for the schedule', async () => {
    const w = await start({ current: token({ daysLeft: 40 }) });
    w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', w.current.token);
    const dir = await mkdtemp(path.join(tmpdir(), 'mtr-event-'));
    try {
      const eventPath = path.join(dir, 'event.json');
      await writeFile(eventPath, JSON.stringify({ schedule: '17 6 * * 1' }));
      Object.assign(w.env, { GITHUB_EVENT_NAME: 'schedule', GITHUB_EVENT_PATH: eventPath });
      const run = await w.run({ 'refresh-before-days': '7', 'github-secrets': 'META_ACCESS_TOKEN' });
      assert.equal(run.code, 0, run.stdout);
      assert.match(
        run.stdout,
        /::warning::refresh-before-days is 7, but this workflow's schedule \(17 6 \* \* 1\) runs up to 7 days apart/,
      );
      assert.match(run.summary, /Set refresh-before-days above 7/);
      const fine = await w.run({ 'refresh-before-days': '8', 'github-secrets': 'META_ACCESS_TOKEN' });
      assert.doesNotMatch(fine.stdout, /::warning::refresh-before-days/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
