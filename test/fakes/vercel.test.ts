/**
 * Tests of the Vercel fake, driven through the official `@vercel/sdk`: its response schemas are the
 * published contract. The SDK is lax (a missing string becomes "", a missing number 0), so every
 * successful answer is also parsed again with the SDK's own schema while counting the values it
 * had to invent: that count must be 0.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { VercelCore } from '@vercel/sdk/core.js';
import { deploymentsCreateDeployment } from '@vercel/sdk/funcs/deploymentsCreateDeployment.js';
import { deploymentsGetDeployment } from '@vercel/sdk/funcs/deploymentsGetDeployment.js';
import { deploymentsGetDeployments } from '@vercel/sdk/funcs/deploymentsGetDeployments.js';
import { projectsCreateProjectEnv } from '@vercel/sdk/funcs/projectsCreateProjectEnv.js';
import { projectsFilterProjectEnvs } from '@vercel/sdk/funcs/projectsFilterProjectEnvs.js';
import { HTTPClient } from '@vercel/sdk/lib/http.js';
import { CreateDeploymentResponseBody$inboundSchema } from '@vercel/sdk/models/createdeploymentresponsebody.js';
import { CreateProjectEnvResponseBody$inboundSchema } from '@vercel/sdk/models/createprojectenvop.js';
import type { CreateProjectEnvRequest } from '@vercel/sdk/models/createprojectenvop.js';
import { FilterProjectEnvsResponseBody$inboundSchema } from '@vercel/sdk/models/filterprojectenvsop.js';
import { GetDeploymentResponseBody$inboundSchema } from '@vercel/sdk/models/getdeploymentresponsebody.js';
import type { GetDeploymentResponseBody } from '@vercel/sdk/models/getdeploymentresponsebody.js';
import { GetDeploymentsResponseBody$inboundSchema } from '@vercel/sdk/models/getdeploymentsop.js';
import { ResponseValidationError } from '@vercel/sdk/models/responsevalidationerror.js';
import { SDKError } from '@vercel/sdk/models/sdkerror.js';
import { startCountingUnrecognized } from '@vercel/sdk/types/unrecognized.js';
import { rateLimited, serverError, startVercelFake } from './vercel.ts';
import type { VercelFake } from './vercel.ts';

const TOKEN = 'vercel_fake_token_0123456789';
const TEAM = 'team_fakeTeam01';
let fake: VercelFake;

before(async () => {
  fake = await startVercelFake({
    token: TOKEN,
    teamId: TEAM,
    projects: [
      { id: 'prj_web', name: 'web' },
      { id: 'prj_broken', name: 'broken', deploymentOutcome: 'ERROR' },
      { id: 'prj_ignored', name: 'ignored', deploymentOutcome: 'CANCELED' },
      { id: 'prj_partial', name: 'partial', envFailure: true },
      { id: 'prj_locked', name: 'locked', forbidden: true },
      { id: 'prj_gone', name: 'gone', missing: true },
      { id: 'prj_fresh', name: 'fresh', noProductionDeployment: true },
    ],
  });
});
after(() => fake.close());

/** Raw bodies of the answers the SDK received, newest last. */
const bodies: string[] = [];
function client(token = TOKEN): VercelCore {
  const httpClient = new HTTPClient();
  httpClient.addHook('response', async (res) => {
    bodies.push(await res.clone().text());
  });
  return new VercelCore({ bearerToken: token, serverURL: fake.url, httpClient, retryConfig: { strategy: 'none' } });
}

type Result<T> = { ok: true; value: T } | { ok: false; error: unknown };
function ok<T>(result: Result<T>): T {
  if (!result.ok) {
    const e = result.error;
    assert.fail(e instanceof ResponseValidationError ? e.pretty() : String(e));
  }
  return result.value;
}
/** The SDK's error for a failed call, with the parsed Vercel error body. */
function failure(result: Result<unknown>): {
  error: SDKError;
  status: number;
  body: { error: Record<string, unknown> };
} {
  if (result.ok) assert.fail('expected the call to fail');
  const error = result.error;
  assert.ok(!(error instanceof ResponseValidationError), 'a failure must not be a ResponseValidationError');
  assert.ok(error instanceof SDKError, `expected SDKError, got ${String(error)}`);
  return { error, status: error.statusCode, body: JSON.parse(error.body) as { error: Record<string, unknown> } };
}
/** Asserts the last answer fits `schema` without the SDK inventing any value for it. */
function exact(schema: { safeParse(data: unknown): { success: boolean } }): void {
  const raw = JSON.parse(bodies.at(-1) ?? 'null') as unknown;
  const counter = startCountingUnrecognized();
  const parsed = schema.safeParse(raw);
  const invented = counter.end();
  assert.ok(parsed.success, 'the answer does not fit the SDK schema');
  assert.equal(invented, 0, 'the SDK had to fill in or coerce fields of the answer');
}

describe('the exactness check', () => {
  it('catches an answer the SDK accepts only by inventing a value', () => {
    const item = {
      uid: 'dpl_x',
      name: 'n',
      url: 'u',
      created: 1,
      createdAt: 1,
      readyState: 'READY',
      projectId: 'p',
      type: 'LAMBDAS',
      creator: { uid: 'u' },
      inspectorUrl: null,
    };
    const list = (d: Record<string, unknown>) => ({
      pagination: { count: 1, next: null, prev: null },
      deployments: [d],
    });
    bodies.push(JSON.stringify(list(item)));
    exact(GetDeploymentsResponseBody$inboundSchema);
    bodies.push(JSON.stringify(list({ ...item, uid: undefined })));
    assert.equal(
      GetDeploymentsResponseBody$inboundSchema.safeParse(list({ ...item, uid: undefined })).success,
      true,
      'the SDK alone lets it pass',
    );
    assert.throws(() => {
      exact(GetDeploymentsResponseBody$inboundSchema);
    }, /fill in or coerce/);
  });
});

const lastRequest = () => {
  const req = fake.requests.at(-1);
  assert.ok(req);
  return req;
};

const upsert = (
  requestBody: CreateProjectEnvRequest['requestBody'],
  idOrName = 'prj_web',
  extra: Partial<CreateProjectEnvRequest> = { upsert: 'true', teamId: TEAM },
) => projectsCreateProjectEnv(client(), { idOrName, requestBody, ...extra });

describe('Vercel fake: environment variables', () => {
  it('creates a variable with upsert=true: 201, created object, failed []', async () => {
    const value = ok(
      await upsert({ key: 'META_TOKEN', value: 'EAAfirst', type: 'sensitive', target: ['production', 'preview'] }),
    );
    exact(CreateProjectEnvResponseBody$inboundSchema);
    assert.deepEqual(value.failed, []);
    const created = value.created;
    assert.ok(created && !Array.isArray(created));
    assert.match(created.id ?? '', /^[A-Za-z0-9]{16}$/);
    assert.equal(created.key, 'META_TOKEN');
    assert.equal(created.type, 'sensitive');
    assert.deepEqual(created.target, ['production', 'preview']);
    assert.equal(created.value, '', 'a sensitive value is never sent back');
    assert.equal(fake.env('web', 'META_TOKEN')?.value, 'EAAfirst');
    const req = lastRequest();
    assert.equal(req.method, 'POST');
    assert.equal(req.path, '/v10/projects/prj_web/env');
    assert.equal(req.query.get('upsert'), 'true');
    assert.equal(req.query.get('teamId'), TEAM);
    assert.equal(req.headers.authorization, `Bearer ${TOKEN}`);
  });

  it('upserts an existing key: new value and updatedAt, same id, type kept', async () => {
    const old = { ...fake.env('web', 'META_TOKEN') };
    const value = ok(
      await upsert({ key: 'META_TOKEN', value: 'EAAsecond', type: 'encrypted', target: ['production', 'preview'] }),
    );
    exact(CreateProjectEnvResponseBody$inboundSchema);
    assert.deepEqual(value.failed, []);
    const stored = fake.env('web', 'META_TOKEN');
    assert.equal(stored?.value, 'EAAsecond');
    assert.equal(stored.type, 'sensitive');
    assert.equal(stored.id, old.id);
    assert.ok(stored.updatedAt > (old.updatedAt ?? Infinity));
    assert.equal(fake.project('web').envs.filter((e) => e.key === 'META_TOKEN').length, 1);
  });

  it('answers an array body with a created array', async () => {
    const value = ok(
      await upsert([
        { key: 'PLAIN_FLAG', value: 'on', type: 'plain', target: ['production', 'preview', 'development'] },
        { key: 'DEV_TOKEN', value: 'dev-secret', type: 'encrypted', target: ['development'] },
      ]),
    );
    exact(CreateProjectEnvResponseBody$inboundSchema);
    assert.ok(Array.isArray(value.created));
    assert.deepEqual(
      value.created.map((e) => [e.key, e.value]),
      [
        ['PLAIN_FLAG', 'on'],
        ['DEV_TOKEN', 'dev-secret'],
      ],
    );
    assert.ok(value.created.every((e) => typeof e.id === 'string' && e.id !== ''));
  });

  it('puts a duplicate into failed (ENV_ALREADY_EXISTS) without upsert and changes nothing', async () => {
    const value = ok(
      await upsert({ key: 'META_TOKEN', value: 'EAAthird', type: 'sensitive', target: ['production'] }, 'web', {
        teamId: TEAM,
      }),
    );
    exact(CreateProjectEnvResponseBody$inboundSchema);
    assert.equal(value.created, undefined);
    assert.equal(value.failed.length, 1);
    assert.equal(value.failed[0]?.error.code, 'ENV_ALREADY_EXISTS');
    assert.equal(value.failed[0].error.key, 'META_TOKEN');
    assert.equal(value.failed[0].error.envVarId, fake.env('web', 'META_TOKEN')?.id);
    assert.equal(fake.env('web', 'META_TOKEN')?.value, 'EAAsecond');
  });

  it('rejects a sensitive development variable with 400 bad_request and stores nothing', async () => {
    const { status, body } = failure(
      await upsert({ key: 'NOPE', value: 'x', type: 'sensitive', target: ['preview', 'development'] }),
    );
    assert.equal(status, 400);
    assert.equal(body.error.code, 'bad_request');
    assert.match(String(body.error.message), /sensitive/);
    assert.equal(fake.env('web', 'NOPE'), undefined);
  });

  it('reports a partial failure as a 201 with a non-empty failed', async () => {
    const value = ok(
      await upsert({ key: 'META_TOKEN', value: 'v', type: 'sensitive', target: ['production'] }, 'partial'),
    );
    exact(CreateProjectEnvResponseBody$inboundSchema);
    assert.equal(value.failed.length, 1);
    const error = value.failed[0]?.error;
    assert.ok(error && error.code !== '' && error.message !== '');
    assert.equal(error.key, 'META_TOKEN');
    assert.equal(fake.env('partial', 'META_TOKEN'), undefined);
    assert.equal(lastRequest().path, '/v10/projects/partial/env');
  });

  it('lists variables: sensitive values read as "", production ones hidden when switched', async () => {
    const list = ok(await projectsFilterProjectEnvs(client(), { idOrName: 'web', teamId: TEAM }));
    exact(FilterProjectEnvsResponseBody$inboundSchema);
    assert.ok('envs' in list && 'pagination' in list);
    const token = list.envs.find((e) => e.key === 'META_TOKEN');
    assert.equal(token?.value, '');
    assert.equal(token.type, 'sensitive');
    assert.equal(list.envs.find((e) => e.key === 'PLAIN_FLAG')?.value, 'on');

    fake.hideProductionEnvs = true;
    try {
      const hidden = ok(await projectsFilterProjectEnvs(client(), { idOrName: 'prj_web', teamId: TEAM }));
      exact(FilterProjectEnvsResponseBody$inboundSchema);
      assert.ok('hiddenProductionEnvCount' in hidden);
      assert.deepEqual(
        hidden.envs.map((e) => e.key),
        ['DEV_TOKEN'],
      );
      assert.equal(hidden.hiddenProductionEnvCount, 2);
    } finally {
      fake.hideProductionEnvs = false;
    }
  });
});

describe('Vercel fake: deployments', () => {
  const current = async (projectId: string) => {
    const value = ok(
      await deploymentsGetDeployments(client(), {
        projectId,
        target: 'production',
        state: 'READY',
        limit: 1,
        teamId: TEAM,
      }),
    );
    exact(GetDeploymentsResponseBody$inboundSchema);
    return value;
  };
  const poll = async (idOrUrl: string) => {
    const value = ok(await deploymentsGetDeployment(client(), { idOrUrl, teamId: TEAM }));
    exact(GetDeploymentResponseBody$inboundSchema);
    assert.ok('url' in value, 'the full deployment member');
    return value;
  };
  const redeploy = async (project: string) => {
    const {
      deployments: [from],
    } = await current(project);
    assert.ok(from);
    const value = ok(
      await deploymentsCreateDeployment(client(), {
        forceNew: '1',
        teamId: TEAM,
        requestBody: { name: from.name, deploymentId: from.uid, target: 'production', meta: { action: 'redeploy' } },
      }),
    );
    exact(CreateDeploymentResponseBody$inboundSchema);
    assert.ok('url' in value, 'the full deployment member');
    return { from, created: value };
  };

  it('finds the seeded READY production deployment by uid', async () => {
    const { deployments, pagination } = await current('prj_web');
    const seed = fake.project('web').deployments[0];
    assert.equal(deployments.length, 1);
    assert.equal(pagination.count, 1);
    const [d] = deployments;
    assert.ok(d);
    assert.equal(d.uid, seed?.id);
    assert.match(d.uid, /^dpl_[A-Za-z0-9]{28}$/);
    assert.equal(d.readyState, 'READY');
    assert.equal(d.target, 'production');
    assert.equal(d.projectId, 'prj_web');
    assert.ok(d.url.endsWith('.vercel.app'));
    assert.equal((await current('fresh')).deployments.length, 0);
  });

  it('redeploys (QUEUED), then each poll advances: BUILDING, READY with aliasAssigned', async () => {
    const { from, created } = await redeploy('web');
    const req = lastRequest();
    assert.equal(req.path, '/v13/deployments');
    assert.equal(req.query.get('forceNew'), '1');
    assert.equal((JSON.parse(req.body) as { deploymentId: string }).deploymentId, from.uid);
    assert.equal(created.readyState, 'QUEUED');
    assert.notEqual(created.id, from.uid);
    assert.match(created.id, /^dpl_/);
    assert.equal(created.target, 'production');
    assert.equal(created.aliasAssigned, false);
    const stored = fake.deployment(created.id);
    assert.equal(stored?.redeployOf, from.uid);
    assert.equal(stored.source, 'redeploy');
    assert.equal(stored.env.META_TOKEN, 'EAAsecond', 'built with the value set before the redeploy');
    assert.equal(stored.env.DEV_TOKEN, undefined, 'development vars are not in a production build');

    assert.equal((await current('web')).deployments[0]?.uid, from.uid, 'not current before it is READY');
    assert.equal((await poll(created.id)).readyState, 'BUILDING');
    const ready = await poll(created.url);
    assert.equal(ready.readyState, 'READY');
    assert.equal(ready.aliasAssigned, true);
    assert.equal(ready.id, created.id);
    assert.equal(fake.deployment(created.id)?.polls, 2);
    assert.equal((await current('web')).deployments[0]?.uid, created.id);
    assert.equal((await poll(created.id)).readyState, 'READY', 'a final state stays');
  });

  it('ends in ERROR (BUILD_FAILED) or CANCELED (Ignored Build Step) when the project says so', async () => {
    const broken = await redeploy('prj_broken');
    await poll(broken.created.id);
    const failed = await poll(broken.created.id);
    assert.equal(failed.readyState, 'ERROR');
    assert.equal(failed.errorCode, 'BUILD_FAILED');
    assert.ok(failed.errorMessage);
    assert.equal(failed.aliasAssigned, false);

    const ignored = await redeploy('prj_ignored');
    await poll(ignored.created.id);
    const canceled = await poll(ignored.created.id);
    assert.equal(canceled.readyState, 'CANCELED');
    assert.match(canceled.errorMessage ?? '', /Ignored Build Step command returned exit code 0/);
    assert.equal(
      (await current('prj_ignored')).deployments[0]?.uid,
      ignored.from.uid,
      'production stays on the old deployment',
    );
  });

  it('follows a switch flipped between creation and polls only for later deployments', async () => {
    const p = fake.project('web');
    const first = await redeploy('web');
    p.deploymentOutcome = 'ERROR';
    try {
      const second = await redeploy('web');
      for (const id of [first.created.id, second.created.id]) await poll(id);
      assert.equal((await poll(first.created.id)).readyState, 'READY');
      assert.equal((await poll(second.created.id)).readyState, 'ERROR');
    } finally {
      p.deploymentOutcome = undefined;
    }
  });

  it('can make a deploymentId redeploy reuse the old env snapshot (UNCONFIRMED Vercel behaviour)', async () => {
    await upsert({ key: 'META_TOKEN', value: 'EAAthird', type: 'sensitive', target: ['production', 'preview'] });
    fake.redeployInheritsEnv = true;
    try {
      const { from, created } = await redeploy('web');
      assert.equal(fake.deployment(created.id)?.env.META_TOKEN, fake.deployment(from.uid)?.env.META_TOKEN);
      assert.notEqual(fake.deployment(created.id)?.env.META_TOKEN, 'EAAthird');
    } finally {
      fake.redeployInheritsEnv = false;
    }
    const { created } = await redeploy('web');
    assert.equal(fake.deployment(created.id)?.env.META_TOKEN, 'EAAthird');
  });

  it('hides the seeded deployment when noProductionDeployment is switched on later', async () => {
    const p = fake.project('prj_broken');
    p.noProductionDeployment = true;
    try {
      assert.equal((await current('broken')).deployments.length, 0);
    } finally {
      p.noProductionDeployment = undefined;
    }
    assert.equal((await current('broken')).deployments.length, 1);
  });
});

describe('Vercel fake: deploy hooks', () => {
  it('answers 201 with a PENDING job and starts a production deployment that progresses', async () => {
    const url = fake.hookUrl('web');
    assert.ok(url.startsWith(`${fake.url}/v1/integrations/deploy/prj_web/`));
    const count = fake.project('web').deployments.length;
    await upsert({ key: 'META_TOKEN', value: 'EAAhooked', type: 'sensitive', target: ['production'] });
    const res = await fetch(url, { method: 'POST' });
    assert.equal(res.status, 201);
    const { job } = (await res.json()) as { job: { id: string; state: string; createdAt: number } };
    assert.equal(job.state, 'PENDING');
    assert.ok(job.id.length > 0);
    assert.equal(typeof job.createdAt, 'number');
    assert.equal(lastRequest().headers.authorization, undefined);
    const started = fake.project('web').deployments.slice(count);
    assert.equal(started.length, 1);
    const [d] = started;
    assert.ok(d);
    assert.deepEqual(
      [d.source, d.target, d.readyState, d.env.META_TOKEN],
      ['hook', 'production', 'QUEUED', 'EAAhooked'],
    );
    for (const state of ['BUILDING', 'READY']) {
      const r: GetDeploymentResponseBody = ok(
        await deploymentsGetDeployment(client(), { idOrUrl: d.id, teamId: TEAM }),
      );
      exact(GetDeploymentResponseBody$inboundSchema);
      assert.equal(r.readyState, state);
      assert.ok('source' in r && r.source === 'git-deploy-hook');
    }
  });

  it('answers 404 for an unknown hook, a hook of another project or of a missing project', async () => {
    const url = fake.hookUrl('broken');
    assert.equal((await fetch(url.replace(/[^/]+$/, 'unknownHook'), { method: 'POST' })).status, 404);
    assert.equal((await fetch(url.replace('prj_broken', 'prj_web'), { method: 'POST' })).status, 404);
    const gone = await fetch(fake.hookUrl('gone'), { method: 'POST' });
    assert.equal(gone.status, 404);
    assert.deepEqual(((await gone.json()) as { error: { code: string } }).error.code, 'not_found');
  });
});

describe('Vercel fake: errors', () => {
  it('answers a wrong token with 403 forbidden "Not authorized" (invalidToken), an SDKError', async () => {
    const { error, status, body } = failure(
      await projectsFilterProjectEnvs(client('wrong-token'), { idOrName: 'web', teamId: TEAM }),
    );
    assert.equal(status, 403);
    assert.deepEqual(body.error, { code: 'forbidden', message: 'Not authorized', invalidToken: true });
    assert.match(error.message, /^API error occurred: Status 403/);
    assert.equal(error.name, 'SDKError');
  });

  it('answers a project the token cannot use with 403 and a missing one with 404, on every route', async () => {
    const denied = failure(await upsert({ key: 'K', value: 'v', type: 'encrypted', target: ['production'] }, 'locked'));
    assert.equal(denied.status, 403);
    assert.equal(denied.body.error.code, 'forbidden');
    assert.equal(denied.body.error.invalidToken, undefined);
    assert.equal(
      failure(await deploymentsGetDeployments(client(), { projectId: 'prj_locked', teamId: TEAM })).status,
      403,
    );
    const seedOfLocked = fake.project('locked').deployments[0]?.id ?? '';
    assert.equal(
      failure(await deploymentsGetDeployment(client(), { idOrUrl: seedOfLocked, teamId: TEAM })).status,
      403,
    );

    const missing = failure(await projectsFilterProjectEnvs(client(), { idOrName: 'gone', teamId: TEAM }));
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.body.error, { code: 'not_found', message: 'Project not found' });
    assert.equal(
      failure(await upsert({ key: 'K', value: 'v', type: 'encrypted', target: ['production'] }, 'no-such-project'))
        .status,
      404,
    );
    const noDeployment = failure(
      await deploymentsGetDeployment(client(), { idOrUrl: 'dpl_doesNotExist', teamId: TEAM }),
    );
    assert.deepEqual([noDeployment.status, noDeployment.body.error.code], [404, 'not_found']);
    const redeployMissing = failure(
      await deploymentsCreateDeployment(client(), {
        teamId: TEAM,
        requestBody: { name: 'web', deploymentId: 'dpl_doesNotExist' },
      }),
    );
    assert.equal(redeployMissing.status, 404);
  });

  it('scopes projects to the team: without teamId or with another one they are not found', async () => {
    const body = { key: 'SCOPED', value: 'v', type: 'encrypted' as const, target: ['production' as const] };
    assert.equal(failure(await upsert(body, 'web', { upsert: 'true' })).status, 404);
    assert.equal(failure(await upsert(body, 'web', { upsert: 'true', teamId: 'team_other' })).status, 404);
    assert.equal(failure(await deploymentsGetDeployments(client(), { projectId: 'prj_web' })).status, 404);
    const seed = fake.project('web').deployments[0]?.id ?? '';
    assert.equal(failure(await deploymentsGetDeployment(client(), { idOrUrl: seed })).status, 404);
    assert.equal(fake.env('web', 'SCOPED'), undefined);

    // An action-like sequence with the team: every request carries it.
    const start = fake.requests.length;
    ok(await upsert(body));
    ok(await projectsFilterProjectEnvs(client(), { idOrName: 'web', teamId: TEAM }));
    const list = ok(
      await deploymentsGetDeployments(client(), {
        projectId: 'prj_web',
        target: 'production',
        state: 'READY',
        limit: 1,
        teamId: TEAM,
      }),
    );
    const from = list.deployments[0];
    assert.ok(from);
    const d = ok(
      await deploymentsCreateDeployment(client(), {
        forceNew: '1',
        teamId: TEAM,
        requestBody: { name: from.name, deploymentId: from.uid, target: 'production' },
      }),
    );
    ok(await deploymentsGetDeployment(client(), { idOrUrl: d.id, teamId: TEAM }));
    const sent = fake.requests.slice(start);
    assert.equal(sent.length, 5);
    assert.deepEqual(
      sent.map((r) => r.query.get('teamId')),
      Array<string>(5).fill(TEAM),
    );
  });

  it("serves an injected rateLimited(2) as Vercel's 429 with Retry-After, once", async () => {
    fake.inject({ path: '/v10/projects/prj_web/env', times: 1, fault: rateLimited(2) });
    const limited = failure(
      await upsert({ key: 'RL', value: 'v', type: 'encrypted', target: ['production'] }, 'prj_web', {
        upsert: 'true',
        teamId: TEAM,
      }),
    );
    assert.equal(limited.status, 429);
    assert.equal(limited.error.headers.get('retry-after'), '2');
    assert.equal(limited.error.headers.get('x-ratelimit-remaining'), '0');
    assert.equal(limited.error.headers.get('x-ratelimit-limit'), '100');
    const reset = Number(limited.error.headers.get('x-ratelimit-reset'));
    assert.ok(reset >= Date.now() / 1000);
    assert.equal(limited.body.error.code, 'rate_limited');
    const limit = limited.body.error.limit as { remaining: number; reset: number; resetMs: number; total: number };
    assert.deepEqual([limit.remaining, limit.reset, limit.total], [0, reset, 100]);
    assert.ok(Math.abs(limit.resetMs - reset * 1000) < 1000);
    assert.equal(fake.env('web', 'RL'), undefined);
    ok(await upsert({ key: 'RL', value: 'v', type: 'encrypted', target: ['production'] }, 'prj_web'));
  });

  it('serves an injected 5xx as internal_server_error', async () => {
    fake.inject({ path: /^\/v13\/deployments/, times: 1, fault: serverError(503) });
    const { status, body } = failure(await deploymentsGetDeployment(client(), { idOrUrl: 'anything', teamId: TEAM }));
    assert.equal(status, 503);
    assert.equal(body.error.code, 'internal_server_error');
  });
});
