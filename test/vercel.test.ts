/**
 * Vercel end to end: the action writes the new token into each project's variable through
 * `@vercel/sdk` against the Vercel fake (whose answers pass the SDK's own schemas), redeploys
 * and waits for READY. Every run is checked for leaks, deploy hook URLs included.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { rateLimited } from './fakes/vercel.ts';
import type { World, WorldOptions } from './helpers/world.ts';
import { startWorld, TEAM_ID } from './helpers/world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const WEB = { id: 'prj_web0000000000000000000001', name: 'web' };
const API = { id: 'prj_api0000000000000000000002', name: 'api' };

async function start(options: WorldOptions = {}): Promise<World & { vercel: NonNullable<World['vercel']> }> {
  world = await startWorld({ vercel: { projects: [{ ...WEB }, { ...API }], ...options.vercel }, ...options });
  const { vercel } = world;
  assert.ok(vercel);
  return Object.assign(world, { vercel });
}

const vercelCalls = (w: World, method: string, pattern: RegExp): number =>
  (w.vercel?.requests ?? []).filter((r) => r.method === method && pattern.test(r.path)).length;

describe('Vercel', () => {
  it('updates two projects and redeploys both to READY, team-scoped', async () => {
    const w = await start();
    const run = await w.run();
    assert.equal(run.code, 0, run.stdout);
    const fresh = w.meta.minted[0]?.token;
    for (const project of ['web', 'api']) {
      const env = w.vercel.env(project, 'META_ACCESS_TOKEN');
      assert.equal(env?.value, fresh, `${project} holds the new token`);
      assert.equal(env?.type, 'sensitive');
      assert.deepEqual(env.target, ['production', 'preview']);
      const redeploy = w.vercel.project(project).deployments.find((d) => d.source === 'redeploy');
      assert.equal(redeploy?.readyState, 'READY');
      assert.equal(redeploy.env.META_ACCESS_TOKEN, fresh, `${project}'s new deployment runs with the new token`);
      assert.equal(redeploy.meta.action, 'redeploy');
    }
    for (const r of w.vercel.requests)
      assert.equal(r.query.get('teamId'), TEAM_ID, `${r.method} ${r.path} carries teamId`);
    const deployments = JSON.parse(run.outputs['vercel-deployments'] ?? '[]') as Array<{
      project: string;
      id: string;
      url: string;
      readyState: string;
    }>;
    assert.deepEqual(deployments.map((d) => [d.project, d.readyState]).sort(), [
      ['api', 'READY'],
      ['web', 'READY'],
    ]);
    assert.ok(deployments.every((d) => d.id.startsWith('dpl_') && d.url.startsWith('https://')));
    assert.match(
      run.summary,
      /\| web \| ✅ updated \| new token \| \[dpl_\w+\]\(https:\/\/[^)]+\) \| READY \| \d+ s \|/,
    );
    assert.equal(run.outputs.status, 'refreshed');
  });

  it('reports a CANCELED redeploy as a failure of that project while the other reaches READY', async () => {
    const w = await start({ vercel: { projects: [{ ...WEB, deploymentOutcome: 'CANCELED' }, { ...API }] } });
    const run = await w.run();
    assert.equal(run.code, 1);
    assert.equal(w.vercel.project('api').deployments.find((d) => d.source === 'redeploy')?.readyState, 'READY');
    assert.match(run.summary, /\| web \| ✅ updated \| new token \| .* \| CANCELED \|/);
    assert.match(run.stdout, /Ignored Build Step/);
    assert.match(run.stdout, /Not yet running with the new token: web/);
    const issue = w.github.issues('acme/app')[0];
    assert.match(issue?.body ?? '', /Not yet running with the new token: `web`/);
  });

  it('reports a partial env write failure (a 201 with failed entries) and skips that redeploy', async () => {
    const w = await start({ vercel: { projects: [{ ...WEB, envFailure: true }, { ...API }] } });
    const run = await w.run();
    assert.equal(run.code, 1);
    assert.notEqual(w.vercel.env('web', 'META_ACCESS_TOKEN')?.value, w.meta.minted[0]?.token);
    assert.equal(w.vercel.project('web').deployments.filter((d) => d.source === 'redeploy').length, 0);
    assert.equal(w.vercel.env('api', 'META_ACCESS_TOKEN')?.value, w.meta.minted[0]?.token);
    assert.match(run.summary, /\| web \| ❌ failed .*ENV_CREATE_FAILED/);
    assert.match(run.stdout, /Still holding the old token: vercel:web:META_ACCESS_TOKEN/);
  });

  it('does not wait when vercel-wait-seconds is 0', async () => {
    const w = await start();
    const run = await w.run({ 'vercel-wait-seconds': '0' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(vercelCalls(w, 'POST', /^\/v13\/deployments$/), 2);
    const polls = w.vercel.requests.filter(
      (r) => r.method === 'GET' && r.path === '/v7/deployments' && r.query.has('since'),
    );
    assert.equal(polls.length, 0);
    const deployments = JSON.parse(run.outputs['vercel-deployments'] ?? '[]') as Array<{ readyState: string }>;
    assert.deepEqual(
      deployments.map((d) => d.readyState),
      ['QUEUED', 'QUEUED'],
    );
  });

  it('calls deploy hooks instead of redeploying, and they deliver the new value even when a redeploy would inherit the old env', async () => {
    const w = await start({ vercel: { projects: [{ ...WEB }], redeployInheritsEnv: true } });
    const hook = w.vercel.hookUrl('web');
    const run = await w.run({ 'vercel-redeploy': 'false', 'vercel-deploy-hooks': hook, 'vercel-projects': 'web' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(vercelCalls(w, 'POST', /^\/v13\/deployments$/), 0);
    const built = w.vercel.project('web').deployments.find((d) => d.source === 'hook');
    assert.equal(built?.env.META_ACCESS_TOKEN, w.meta.minted[0]?.token);
    assert.match(run.summary, /deploy hook 1 .*job/);
  });

  it('dry run reads the deployments it would redeploy and writes nothing', async () => {
    const w = await start();
    const run = await w.run({ 'dry-run': 'true' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(vercelCalls(w, 'POST', /./), 0);
    assert.equal(vercelCalls(w, 'GET', /^\/v7\/deployments$/), 2);
    assert.match(run.summary, /would redeploy \(dry run\)/);
  });

  it('reports a project without a production deployment instead of crashing', async () => {
    const w = await start({ vercel: { projects: [{ ...WEB, noProductionDeployment: true }] } });
    const run = await w.run({ 'vercel-projects': 'web' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(w.vercel.env('web', 'META_ACCESS_TOKEN')?.value, w.meta.minted[0]?.token);
    assert.match(run.summary, /no production deployment yet/);
  });

  it('retries a 429 with Retry-After on the env upsert', async () => {
    const w = await start();
    w.vercel.inject({ method: 'POST', path: /\/env$/, times: 1, fault: rateLimited(1) });
    const run = await w.run({ 'vercel-projects': 'web' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(vercelCalls(w, 'POST', /\/env$/), 2);
  });

  it('says what to fix when the token cannot reach a project (403)', async () => {
    const w = await start({ vercel: { projects: [{ ...WEB, forbidden: true }, { ...API }] } });
    const run = await w.run();
    assert.equal(run.code, 1);
    assert.match(run.summary, /vercel-token cannot access this project/);
    assert.equal(w.vercel.env('api', 'META_ACCESS_TOKEN')?.value, w.meta.minted[0]?.token);
  });

  it('rejects sensitive + development before any call', async () => {
    const w = await start();
    const run = await w.run({ 'vercel-env-targets': 'production,development' });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Vercel cannot make a development variable sensitive/);
    assert.deepEqual(w.calls(), []);
  });
});

describe('Vercel convergence', () => {
  it('after a CANCELED redeploy, the next run redeploys that project only', async () => {
    const w = await start({ vercel: { projects: [{ ...WEB, deploymentOutcome: 'CANCELED' }, { ...API }] } });
    const first = await w.run();
    assert.equal(first.code, 1);
    w.vercel.project('web').deploymentOutcome = 'READY';
    const primary = w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value ?? '';
    const second = await w.run({ 'access-token': primary });
    assert.equal(second.code, 0, second.stdout);
    assert.equal(second.outputs.status, 'not-due');
    assert.equal(vercelCalls(w, 'POST', /\/env$/), 2, 'no variable written again');
    const webRedeploys = w.vercel.project('web').deployments.filter((d) => d.source === 'redeploy');
    assert.deepEqual(
      webRedeploys.map((d) => d.readyState),
      ['CANCELED', 'READY'],
    );
    assert.equal(webRedeploys[1]?.env.META_ACCESS_TOKEN, primary);
    assert.equal(w.vercel.project('api').deployments.filter((d) => d.source === 'redeploy').length, 1);
    const third = await w.run({ 'access-token': primary });
    assert.equal(third.code, 0);
    assert.equal(vercelCalls(w, 'POST', /^\/v13\/deployments$/), 3, 'a settled world is left alone');
  });

  it('does not call a deploy hook again while the build it started is in progress', async () => {
    const w = await start({ vercel: { projects: [{ ...WEB }] } });
    const inputs = {
      'vercel-redeploy': 'false',
      'vercel-deploy-hooks': w.vercel.hookUrl('web'),
      'vercel-projects': 'web',
      'vercel-wait-seconds': '0',
    };
    const first = await w.run(inputs);
    assert.equal(first.code, 0, first.stdout);
    const hookCalls = (): number => vercelCalls(w, 'POST', /^\/v1\/integrations\/deploy\//);
    assert.equal(hookCalls(), 1);
    const primary = w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value ?? '';
    const second = await w.run({ ...inputs, 'access-token': primary });
    assert.equal(second.code, 0, second.stdout);
    assert.equal(second.outputs.status, 'not-due');
    assert.equal(hookCalls(), 1, 'the hook is not called again');
    const built = w.vercel.project('web').deployments.filter((d) => d.source === 'hook');
    assert.deepEqual(
      built.map((d) => d.readyState),
      ['BUILDING'],
    );
    assert.match(second.summary, /\| web \| .*a build started after the variable was written is still in progress/);
    assert.match(second.summary, /BUILDING/);
  });

  it('a re-run that waits follows the redeploys an earlier run did not wait for, and starts none', async () => {
    const w = await start();
    const first = await w.run({ 'vercel-wait-seconds': '0' });
    assert.equal(first.code, 0, first.stdout);
    assert.equal(vercelCalls(w, 'POST', /^\/v13\/deployments$/), 2);
    const primary = w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value ?? '';
    const second = await w.run({ 'access-token': primary });
    assert.equal(second.code, 0, second.stdout);
    assert.equal(vercelCalls(w, 'POST', /^\/v13\/deployments$/), 2, 'no second build of the same value');
    for (const project of ['web', 'api']) {
      const redeploys = w.vercel.project(project).deployments.filter((d) => d.source === 'redeploy');
      assert.deepEqual(
        redeploys.map((d) => [d.readyState, d.env.META_ACCESS_TOKEN]),
        [['READY', primary]],
      );
    }
    assert.match(second.summary, /\| web \| .*a build started after the variable was written\) \| READY \|/);
  });

  it('after a failed variable write, the next run writes it and redeploys', async () => {
    const w = await start({ vercel: { projects: [{ ...WEB, envFailure: true }, { ...API }] } });
    assert.equal((await w.run()).code, 1);
    w.vercel.project('web').envFailure = false;
    const primary = w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value ?? '';
    const second = await w.run({ 'access-token': primary });
    assert.equal(second.code, 0, second.stdout);
    assert.equal(w.vercel.env('web', 'META_ACCESS_TOKEN')?.value, primary);
    assert.equal(
      w.vercel
        .project('web')
        .deployments.filter((d) => d.source === 'redeploy')
        .at(-1)?.env.META_ACCESS_TOKEN,
      primary,
    );
    assert.equal(
      w.vercel.project('api').deployments.filter((d) => d.source === 'redeploy').length,
      1,
      'api was current',
    );
  });

  it('a list that hides production variables: a missing variable is written, a hidden one is unknown and fails the run', async () => {
    const w = await start({
      vercel: { projects: [{ ...WEB, envFailure: true }, { ...API }], hideProductionEnvs: true },
    });
    assert.equal((await w.run()).code, 1);
    w.vercel.project('web').envFailure = false;
    const primary = w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value ?? '';
    const second = await w.run({ 'access-token': primary });
    assert.equal(second.code, 1, second.stdout);
    assert.equal(w.vercel.env('web', 'META_ACCESS_TOKEN')?.value, primary, 'web had no variable at all: written');
    assert.match(second.stdout, /vercel:api:META_ACCESS_TOKEN could not be checked: .*cannot be read/);
    assert.equal(vercelCalls(w, 'POST', /\/env$/), 3, 'api, hidden, not written on a guess');
  });
});
