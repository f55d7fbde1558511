/**
 * Tests of the GitHub fake itself: if it accepted what GitHub rejects (or answered what GitHub
 * would not), tests built on it would prove nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Octokit } from '@octokit/core';
import sodium from 'libsodium-wrappers';
import { startGitHubFake } from './github.ts';
import type { GitHubFake } from './github.ts';

const WRITER = 'ghp_fake_writer';
const BOT = 'ghs_fake_installation';
/** A fine-grained PAT: told on a 403 which permission the route accepts, as the bot is. */
const FINE = 'github_pat_fake_reader';
/** Fine-grained: every secret permission on acme/app and the acme organization's secrets. */
const OPS = 'github_pat_fake_ops';
/** Fine-grained: only the repository Actions secrets permission on acme/app; reads elsewhere. */
const SECRETS_ONLY = 'github_pat_fake_secrets_only';
/** Fine-grained: Variables, Actions and Contents on acme/app; Variables and Contents read on acme/api. */
const ACTIONS = 'github_pat_fake_actions';
let fake: GitHubFake;

before(async () => {
  await sodium.ready;
  fake = await startGitHubFake({
    tokens: {
      [WRITER]: { 'acme/app': { secrets: 'write', issues: 'write' }, 'acme/api': { secrets: 'read' } },
      [BOT]: { 'acme/app': { issues: 'write' } },
      [FINE]: { 'acme/api': { secrets: 'read' } },
      [OPS]: {
        'acme/app': { secrets: 'write', environments: 'write', dependabot_secrets: 'write' },
        'org:acme': { organization_secrets: 'write' },
      },
      [SECRETS_ONLY]: {
        'acme/app': { secrets: 'write' },
        'acme/api': { environments: 'read', dependabot_secrets: 'read' },
        'org:beta': { organization_secrets: 'read' },
      },
      [ACTIONS]: {
        'acme/app': { variables: 'write', actions: 'write', contents: 'read' },
        'acme/api': { variables: 'read', contents: 'read' },
      },
    },
    assignable: { 'acme/app': ['octocat', 'Hubot'] },
    environments: { 'acme/app': ['production'], 'acme/api': ['staging'] },
  });
});
// Every response the fake sent in this file must have fitted GitHub's OpenAPI description.
after(async () => {
  await fake.close();
  assert.deepEqual(fake.contractViolations, []);
});

interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}
async function call(method: string, path: string, body?: unknown, token: string | null = WRITER): Promise<Answer> {
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
  };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(fake.url + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text === '' ? undefined : JSON.parse(text), headers: res.headers };
}
const field = (v: unknown, key: string): unknown => (v as Record<string, unknown>)[key];

/** Seals `value` for the repository's current key, the way GitHub documents it. */
async function seal(
  repo: string,
  value: string,
  variant = sodium.base64_variants.ORIGINAL,
): Promise<{ encrypted_value: string; key_id: string }> {
  const { body } = await call('GET', `/repos/${repo}/actions/secrets/public-key`);
  const key = body as { key_id: string; key: string };
  const sealed = sodium.crypto_box_seal(
    sodium.from_string(value),
    sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL),
  );
  return { encrypted_value: sodium.to_base64(sealed, variant), key_id: key.key_id };
}

describe('GitHub fake: repository secrets', () => {
  it('serves a real X25519 public key with a numeric string id', async () => {
    const res = await call('GET', '/repos/acme/app/actions/secrets/public-key');
    assert.equal(res.status, 200);
    const key = res.body as { key_id: string; key: string };
    assert.match(key.key_id, /^\d+$/);
    assert.equal(Buffer.from(key.key, 'base64').length, 32);
    assert.deepEqual(key, fake.publicKey('acme/app'));
    for (const h of ['x-github-request-id', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used'])
      assert.ok(res.headers.get(h), h);
    assert.equal(res.headers.get('x-ratelimit-limit'), '5000');
    assert.equal(res.headers.get('x-ratelimit-resource'), 'core');
  });

  it('creates (201 {}) then updates (204) a sealed secret and keeps the plaintext', async () => {
    const first = await call(
      'PUT',
      '/repos/acme/app/actions/secrets/meta_token',
      await seal('acme/app', 'EAAfirst-value'),
    );
    assert.equal(first.status, 201);
    assert.deepEqual(first.body, {});
    assert.equal(fake.secret('acme/app', 'META_TOKEN')?.value, 'EAAfirst-value');
    const second = await call(
      'PUT',
      '/repos/acme/app/actions/secrets/META_TOKEN',
      await seal('acme/app', 'EAAsecond-value'),
    );
    assert.equal(second.status, 204);
    assert.equal(second.body, undefined);
    assert.equal(fake.secret('acme/app', 'meta_token')?.value, 'EAAsecond-value');
    const meta = await call('GET', '/repos/acme/app/actions/secrets/META_TOKEN');
    assert.equal(meta.status, 200);
    assert.equal(field(meta.body, 'name'), 'META_TOKEN');
    assert.match(String(field(meta.body, 'updated_at')), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const list = await call('GET', '/repos/acme/app/actions/secrets');
    assert.equal(field(list.body, 'total_count'), 1);
    assert.equal((await call('GET', '/repos/acme/app/actions/secrets/NOPE')).status, 404);
  });

  it("rejects libsodium's default URL-safe unpadded base64 with 422", async () => {
    // 49 bytes of plaintext + 48 bytes of box = 97 bytes: unpadded base64 has a length that is not a multiple of 4.
    const body = await seal('acme/app', 'x'.repeat(49), sodium.base64_variants.URLSAFE_NO_PADDING);
    const res = await call('PUT', '/repos/acme/app/actions/secrets/URLSAFE', body);
    assert.equal(res.status, 422);
    assert.match(String(field(res.body, 'message')), /^Invalid request\.\n\n.*does not match/);
    assert.equal(fake.secret('acme/app', 'URLSAFE'), undefined);
  });

  it('rejects a missing or stale key_id, and a sealed box for another key', async () => {
    const { encrypted_value } = await seal('acme/app', 'value');
    const missing = await call('PUT', '/repos/acme/app/actions/secrets/A', { encrypted_value });
    assert.equal(missing.status, 422);
    assert.equal(field(missing.body, 'message'), 'Invalid request.\n\n"key_id" wasn\'t supplied.');
    const stale = await seal('acme/app', 'value');
    fake.rotateKey('acme/app');
    assert.notEqual(fake.publicKey('acme/app').key_id, stale.key_id);
    assert.equal((await call('PUT', '/repos/acme/app/actions/secrets/A', stale)).status, 422);
    const wrongBox = { ...stale, key_id: fake.publicKey('acme/app').key_id };
    assert.equal((await call('PUT', '/repos/acme/app/actions/secrets/A', wrongBox)).status, 422);
    assert.equal((await call('PUT', '/repos/acme/app/actions/secrets/A', await seal('acme/app', 'value'))).status, 201);
  });

  it('enforces secret name rules and the 48 KB limit', async () => {
    for (const name of ['GITHUB_X', 'github_token', '1ABC', 'A-B']) {
      const res = await call('PUT', `/repos/acme/app/actions/secrets/${name}`, await seal('acme/app', 'v'));
      assert.equal(res.status, 422, name);
    }
    const big = await call(
      'PUT',
      '/repos/acme/app/actions/secrets/BIG',
      await seal('acme/app', 'x'.repeat(48 * 1024 + 1)),
    );
    assert.equal(big.status, 422);
    assert.equal(
      (await call('PUT', '/repos/acme/app/actions/secrets/_OK', await seal('acme/app', 'x'.repeat(48 * 1024)))).status,
      201,
    );
  });

  it('answers 403 for a read-only grant, 404 without a grant, 401 for unknown or no token', async () => {
    const readOnly = await call('PUT', '/repos/acme/api/actions/secrets/X', await seal('acme/api', 'v'));
    assert.equal(readOnly.status, 403);
    assert.equal(field(readOnly.body, 'message'), 'Resource not accessible by personal access token');
    assert.equal(
      field(readOnly.body, 'documentation_url'),
      'https://docs.github.com/rest/actions/secrets#create-or-update-a-repository-secret',
    );
    assert.equal((await call('GET', '/repos/acme/other/actions/secrets/public-key')).status, 404);
    assert.equal((await call('GET', '/repos/acme/app/actions/secrets/public-key', undefined, BOT)).status, 403);
    const bad = await call('GET', '/repos/acme/app/actions/secrets/public-key', undefined, 'ghp_unknown');
    assert.equal(bad.status, 401);
    assert.equal(field(bad.body, 'message'), 'Bad credentials');
    assert.equal((await call('GET', '/repos/acme/app', undefined, null)).status, 401);
    assert.deepEqual((await call('GET', '/nowhere')).body, {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });
  });

  it('tells fine-grained tokens on a 403 which permission the route accepts (x-accepted-github-permissions)', async () => {
    const fine = await call('PUT', '/repos/acme/api/actions/secrets/X', await seal('acme/api', 'v'), FINE);
    assert.equal(fine.status, 403);
    assert.equal(fine.headers.get('x-accepted-github-permissions'), 'secrets=write');
    const bot = await call('GET', '/repos/acme/app/actions/secrets/public-key', undefined, BOT);
    assert.equal(bot.status, 403);
    assert.equal(bot.headers.get('x-accepted-github-permissions'), 'secrets=read');
    assert.equal(
      (await call('POST', '/repos/acme/api/labels', { name: 'x' }, FINE)).headers.get('x-accepted-github-permissions'),
      'issues=write',
    );
    // A classic PAT (ghp_) is not on the fine-grained permission model: no header.
    const classic = await call('PUT', '/repos/acme/api/actions/secrets/X', await seal('acme/api', 'v'));
    assert.equal(classic.status, 403);
    assert.equal(classic.headers.get('x-accepted-github-permissions'), null);
    assert.equal(
      (await call('GET', '/repos/acme/app/actions/secrets/public-key')).headers.get('x-accepted-github-permissions'),
      null,
    );
  });

  it('treats a seeded secret as existing: PUT updates it (204) and keeps created_at', async () => {
    fake.seedSecret('acme/app', 'seeded', 'old', new Date('2026-01-02T03:04:05.678Z'));
    assert.equal(fake.secret('acme/app', 'SEEDED')?.updated_at, '2026-01-02T03:04:05Z');
    assert.equal(
      (await call('PUT', '/repos/acme/app/actions/secrets/SEEDED', await seal('acme/app', 'new'))).status,
      204,
    );
    const stored = fake.secret('acme/app', 'SEEDED');
    assert.equal(stored?.value, 'new');
    assert.equal(stored.created_at, '2026-01-02T03:04:05Z');
    assert.notEqual(stored.updated_at, stored.created_at);
    const raw = await fetch(`${fake.url}/repos/acme/app/actions/secrets/SEEDED`, {
      method: 'PUT',
      headers: { authorization: `token ${WRITER}` },
      body: '{"key_id":',
    });
    assert.equal(raw.status, 400);
  });

  it('serves the repository and records the API version header', async () => {
    const res = await call('GET', '/repos/ACME/App');
    assert.equal(res.status, 200);
    assert.equal(field(res.body, 'full_name'), 'acme/app');
    assert.equal(fake.requests.at(-1)?.headers['x-github-api-version'], '2022-11-28');
  });
});

describe('GitHub fake: issues, labels and comments', () => {
  it('creates a label once; the second time is 422 already_exists', async () => {
    const created = await call('POST', '/repos/acme/app/labels', {
      name: 'token-refresh',
      color: 'd73a4a',
      description: 'Meta token rotation',
    });
    assert.equal(created.status, 201);
    assert.equal(field(created.body, 'name'), 'token-refresh');
    const again = await call('POST', '/repos/acme/app/labels', { name: 'Token-Refresh' });
    assert.equal(again.status, 422);
    assert.deepEqual(field(again.body, 'errors'), [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    assert.equal((await call('GET', '/repos/acme/app/labels/token-refresh')).status, 200);
    assert.equal((await call('GET', '/repos/acme/app/labels/missing')).status, 404);
    // acme/api grants secrets only: issue-side writes need `issues: 'write'`.
    assert.equal((await call('POST', '/repos/acme/api/labels', { name: 'x' })).status, 403);
  });

  it('creates, lists by label, comments on and closes an issue; PRs appear in the list', async () => {
    fake.seedIssue('acme/app', { title: 'Unrelated bug', labels: ['bug'] });
    const pr = fake.seedIssue('acme/app', { title: 'A pull request', labels: ['token-refresh'], pull_request: true });
    const created = await call(
      'POST',
      '/repos/acme/app/issues',
      { title: 'Token refresh failed', body: 'details', labels: ['token-refresh'] },
      BOT,
    );
    assert.equal(created.status, 201);
    const number = Number(field(created.body, 'number'));
    assert.equal(field(field(created.body, 'user'), 'login'), 'github-actions[bot]');

    const listed = await call('GET', '/repos/acme/app/issues?labels=token-refresh&state=open');
    const items = listed.body as Array<Record<string, unknown>>;
    assert.deepEqual(items.map((i) => i.number).sort(), [pr.number, number].sort());
    assert.ok(items.find((i) => i.number === pr.number)?.pull_request);
    assert.equal(items.find((i) => i.number === number)?.pull_request, undefined);
    const byCreator = await call('GET', '/repos/acme/app/issues?creator=github-actions[bot]');
    assert.deepEqual(
      (byCreator.body as Array<{ number: number }>).map((i) => i.number),
      [number],
    );

    const comment = await call('POST', `/repos/acme/app/issues/${number}/comments`, { body: 'still failing' }, BOT);
    assert.equal(comment.status, 201);
    assert.equal(field(comment.body, 'body'), 'still failing');
    assert.equal(((await call('GET', `/repos/acme/app/issues/${number}/comments`)).body as unknown[]).length, 1);

    const closed = await call(
      'PATCH',
      `/repos/acme/app/issues/${number}`,
      { state: 'closed', state_reason: 'completed' },
      BOT,
    );
    assert.equal(closed.status, 200);
    assert.equal(field(closed.body, 'state'), 'closed');
    assert.equal(field(closed.body, 'state_reason'), 'completed');
    assert.ok(field(closed.body, 'closed_at'));
    const open = (await call('GET', '/repos/acme/app/issues?labels=token-refresh')).body as Array<{ number: number }>;
    assert.deepEqual(
      open.map((i) => i.number),
      [pr.number],
    );
    const stored = fake.issues('acme/app').find((i) => i.number === number);
    assert.equal(stored?.comments.length, 1);
    assert.deepEqual(fake.labels('acme/app').sort(), ['bug', 'token-refresh']);
  });

  it('refuses an issue with an unassignable login as GitHub does (422 naming it) and opens nothing', async () => {
    const before = fake.issues('acme/app').length;
    const refused = await call(
      'POST',
      '/repos/acme/app/issues',
      { title: 'Token refresh failed', assignees: ['octocat', 'octo-gone'] },
      BOT,
    );
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.body, {
      message: 'Validation Failed',
      errors: [{ value: 'octo-gone', resource: 'Issue', field: 'assignees', code: 'invalid' }],
      documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
      status: '422',
    });
    const two = await call(
      'POST',
      '/repos/acme/app/issues',
      { title: 't', assignees: ['gone-1', 'octocat', 'gone-2'] },
      BOT,
    );
    assert.deepEqual(
      (field(two.body, 'errors') as Array<{ value: string }>).map((e) => e.value),
      ['gone-1', 'gone-2'],
    );
    const single = await call('POST', '/repos/acme/app/issues', { title: 't', assignee: 'octo-gone' }, BOT);
    assert.equal(single.status, 422);
    assert.equal((field(single.body, 'errors') as Array<{ field: string }>)[0]?.field, 'assignee');
    assert.equal(fake.issues('acme/app').length, before, 'no issue opened');
    // Logins are matched without regard to case, as GitHub does; the refusal fits the spec (checked in after()).
    const ok = await call('POST', '/repos/acme/app/issues', { title: 't', assignees: ['OctoCat', 'hubot'] }, BOT);
    assert.equal(ok.status, 201);
    assert.deepEqual(
      (field(ok.body, 'assignees') as Array<{ login: string }>).map((a) => a.login),
      ['OctoCat', 'hubot'],
    );
  });

  it('validates issue requests against the spec and pages the list', async () => {
    const noTitle = await call('POST', '/repos/acme/app/issues', { body: 'x' });
    assert.equal(noTitle.status, 422);
    assert.equal(field(noTitle.body, 'message'), 'Invalid request.\n\n"title" wasn\'t supplied.');
    assert.equal((await call('PATCH', '/repos/acme/app/issues/1', { state: 'shut' })).status, 422);
    assert.equal((await call('GET', '/repos/acme/app/issues?state=bogus')).status, 422);
    assert.equal((await call('POST', '/repos/acme/api/issues', { title: 't' })).status, 403);
    assert.equal((await call('GET', '/repos/acme/app/issues/999')).status, 404);
    const paged = await call('GET', '/repos/acme/app/issues?state=all&per_page=1');
    assert.equal((paged.body as unknown[]).length, 1);
    assert.match(paged.headers.get('link') ?? '', /rel="next"/);
  });
});

// ---- the other places secrets live, through a real Octokit (which URL-encodes path parameters) ----

const octokit = (token: string, baseUrl = fake.url): Octokit => new Octokit({ auth: token, baseUrl });
interface Refusal {
  status: number;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}
/** The HTTP error Octokit throws for `request`, as status, headers and body. */
async function refusal(request: Promise<unknown>): Promise<Refusal> {
  try {
    await request;
  } catch (error) {
    const e = error as { status?: unknown; response?: { headers: Refusal['headers']; data: unknown } };
    if (typeof e.status !== 'number' || !e.response) throw error;
    return { status: e.status, headers: e.response.headers, data: e.response.data };
  }
  return assert.fail('the request succeeded');
}
/** Seals `value` for `key` as GitHub documents (libsodium sealed box, standard padded base64). */
function sealFor(key: { key_id: string; key: string }, value: string): { encrypted_value: string; key_id: string } {
  const sealed = sodium.crypto_box_seal(
    sodium.from_string(value),
    sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL),
  );
  return { encrypted_value: sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL), key_id: key.key_id };
}
const STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

describe('GitHub fake: environment secrets', () => {
  const ENV = 'prod/eu west';
  const envKey = async (environment_name: string, token = OPS) =>
    (
      await octokit(token).request('GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key', {
        owner: 'acme',
        repo: 'app',
        environment_name,
      })
    ).data;
  const putEnv = (
    environment_name: string,
    secret_name: string,
    sealed: { encrypted_value: string; key_id: string },
    token = OPS,
  ) =>
    octokit(token).request('PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}', {
      owner: 'acme',
      repo: 'app',
      environment_name,
      secret_name,
      ...sealed,
    });

  it("creates (201 {}) then updates (204) with the environment's own key; names with a slash or space arrive encoded", async () => {
    fake.seedEnvironment('acme/app', ENV);
    const key = await envKey(ENV);
    assert.deepEqual(key, fake.publicKey('acme/app', { environment: ENV }));
    assert.ok(fake.requests.at(-1)?.path.endsWith('/environments/prod%2Feu%20west/secrets/public-key'));
    assert.notEqual(key.key, fake.publicKey('acme/app').key, 'not the repository Actions key');
    assert.notEqual(
      key.key,
      fake.publicKey('acme/app', { environment: 'production' }).key,
      "not another environment's key",
    );
    assert.notEqual(key.key, fake.publicKey('acme/app', { dependabot: true }).key, 'not the Dependabot key');

    const first = await putEnv(ENV, 'env_token', sealFor(key, 'EAAenv-first'));
    assert.equal(first.status, 201);
    assert.deepEqual(first.data, {});
    const created = fake.secret('acme/app', 'ENV_TOKEN', { environment: ENV });
    assert.equal(created?.value, 'EAAenv-first');
    assert.equal(fake.secret('acme/app', 'ENV_TOKEN'), undefined, 'the repository secret is another secret');
    assert.equal(fake.secret('acme/app', 'ENV_TOKEN', { environment: 'production' }), undefined);

    const second = await putEnv(ENV, 'ENV_TOKEN', sealFor(key, 'EAAenv-second'));
    assert.equal(second.status, 204);
    assert.equal(fake.secret('acme/app', 'env_token', { environment: ENV })?.value, 'EAAenv-second');
    const meta = await octokit(OPS).request(
      'GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}',
      {
        owner: 'acme',
        repo: 'app',
        environment_name: ENV,
        secret_name: 'ENV_TOKEN',
      },
    );
    assert.equal(meta.data.name, 'ENV_TOKEN');
    assert.match(meta.data.updated_at, STAMP);
    assert.equal(meta.data.created_at, created?.created_at);
    const absent = await refusal(
      octokit(OPS).request('GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}', {
        owner: 'acme',
        repo: 'app',
        environment_name: ENV,
        secret_name: 'NOPE',
      }),
    );
    assert.equal(absent.status, 404);
  });

  it("refuses (422) a box sealed with another place's key, stale or not, and stores nothing", async () => {
    const repoKey = fake.publicKey('acme/app');
    const otherEnv = fake.publicKey('acme/app', { environment: 'production' });
    const envKeyId = (await envKey(ENV)).key_id;
    for (const sealed of [
      sealFor(repoKey, 'v'), // the repository Actions key, with its key_id
      { ...sealFor(repoKey, 'v'), key_id: envKeyId }, // the environment's key_id on a box for the repository key
      { ...sealFor(otherEnv, 'v'), key_id: envKeyId }, // another environment's key
      { ...sealFor(fake.publicKey('acme/app', { dependabot: true }), 'v'), key_id: envKeyId },
    ]) {
      const res = await refusal(putEnv(ENV, 'CROSS', sealed));
      assert.equal(res.status, 422);
      assert.equal(field(res.data, 'message'), 'Bad request - validation failed due to an improperly encrypted secret');
    }
    assert.equal(fake.secret('acme/app', 'CROSS', { environment: ENV }), undefined);
    // rotateKey is per place: the environment's old key stops working, the repository's does not change.
    const before = sealFor(await envKey(ENV), 'v');
    fake.rotateKey('acme/app', { environment: ENV });
    assert.deepEqual(fake.publicKey('acme/app'), repoKey);
    assert.equal((await refusal(putEnv(ENV, 'CROSS', before))).status, 422);
    assert.equal((await putEnv(ENV, 'CROSS', sealFor(await envKey(ENV), 'v'))).status, 201);
  });

  it("answers GitHub's 404 for an environment that does not exist", async () => {
    const key = await refusal(envKey('nowhere'));
    assert.equal(key.status, 404);
    assert.equal(field(key.data, 'message'), 'Not Found');
    const put = await refusal(
      putEnv('nowhere', 'X', sealFor(fake.publicKey('acme/app', { environment: 'production' }), 'v')),
    );
    assert.equal(put.status, 404);
    assert.deepEqual(
      fake.environments('acme/app').sort(),
      [ENV, 'production'].sort(),
      'a PUT does not create an environment',
    );
  });

  it('needs the Environments permission (403 with x-accepted-github-permissions), not Secrets', async () => {
    const sealed = sealFor(fake.publicKey('acme/app', { environment: 'production' }), 'v');
    const put = await refusal(putEnv('production', 'X', sealed, SECRETS_ONLY));
    assert.equal(put.status, 403);
    assert.equal(field(put.data, 'message'), 'Resource not accessible by personal access token');
    assert.equal(put.headers['x-accepted-github-permissions'], 'environments=write');
    const read = await refusal(envKey('production', SECRETS_ONLY));
    assert.equal(read.status, 403);
    assert.equal(read.headers['x-accepted-github-permissions'], 'environments=read');
    // environments: 'read' reads the key of acme/api's environment but cannot write a secret to it.
    const api = octokit(SECRETS_ONLY);
    const apiKey = await api.request('GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key', {
      owner: 'acme',
      repo: 'api',
      environment_name: 'STAGING',
    });
    assert.deepEqual(
      apiKey.data,
      fake.publicKey('acme/api', { environment: 'staging' }),
      'names are matched without regard to case',
    );
    const readOnly = await refusal(
      api.request('PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}', {
        owner: 'acme',
        repo: 'api',
        environment_name: 'staging',
        secret_name: 'X',
        ...sealFor(apiKey.data, 'v'),
      }),
    );
    assert.equal(readOnly.status, 403);
    assert.equal(readOnly.headers['x-accepted-github-permissions'], 'environments=write');
  });

  it('treats a seeded environment secret as existing: PUT updates it (204) and keeps created_at', async () => {
    fake.seedSecret('acme/app', 'seeded_env', 'old', new Date('2026-01-02T03:04:05Z'), { environment: 'qa' });
    assert.ok(fake.environments('acme/app').includes('qa'), 'seeding a secret creates its environment');
    assert.equal(fake.secret('acme/app', 'SEEDED_ENV', { environment: 'qa' })?.updated_at, '2026-01-02T03:04:05Z');
    assert.equal((await putEnv('qa', 'SEEDED_ENV', sealFor(await envKey('qa'), 'new'))).status, 204);
    const stored = fake.secret('acme/app', 'SEEDED_ENV', { environment: 'qa' });
    assert.equal(stored?.value, 'new');
    assert.equal(stored.created_at, '2026-01-02T03:04:05Z');
    assert.notEqual(stored.updated_at, stored.created_at);
    assert.throws(() => fake.publicKey('acme/app', { environment: 'missing' }), /seedEnvironment/);
  });
});

describe('GitHub fake: Dependabot secrets', () => {
  const dependabotKey = async (token = OPS) =>
    (
      await octokit(token).request('GET /repos/{owner}/{repo}/dependabot/secrets/public-key', {
        owner: 'acme',
        repo: 'app',
      })
    ).data;
  const putDependabot = (secret_name: string, sealed: { encrypted_value: string; key_id: string }, token = OPS) =>
    octokit(token).request('PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}', {
      owner: 'acme',
      repo: 'app',
      secret_name,
      ...sealed,
    });

  it('creates (201) then updates (204) with its own key, and refuses a box for the Actions key (422)', async () => {
    const key = await dependabotKey();
    assert.deepEqual(key, fake.publicKey('acme/app', { dependabot: true }));
    assert.notEqual(key.key, fake.publicKey('acme/app').key);
    fake.seedSecret('acme/app', 'BOT_TOKEN', 'actions-value', new Date('2026-01-01T00:00:00Z'));
    const first = await putDependabot('BOT_TOKEN', sealFor(key, 'EAAbot-first'));
    assert.equal(first.status, 201);
    assert.deepEqual(first.data, {});
    assert.equal(fake.secret('acme/app', 'BOT_TOKEN', { dependabot: true })?.value, 'EAAbot-first');
    assert.equal(fake.secret('acme/app', 'BOT_TOKEN')?.value, 'actions-value', 'the Actions secret is untouched');
    assert.equal(fake.secret('acme/app', 'BOT_TOKEN')?.updated_at, '2026-01-01T00:00:00Z');
    assert.equal((await putDependabot('BOT_TOKEN', sealFor(key, 'EAAbot-second'))).status, 204);
    assert.equal(fake.secret('acme/app', 'BOT_TOKEN', { dependabot: true })?.value, 'EAAbot-second');
    const meta = await octokit(OPS).request('GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}', {
      owner: 'acme',
      repo: 'app',
      secret_name: 'BOT_TOKEN',
    });
    assert.equal(meta.data.name, 'BOT_TOKEN');
    assert.match(meta.data.updated_at, STAMP);

    const actionsKey = fake.publicKey('acme/app');
    for (const sealed of [sealFor(actionsKey, 'v'), { ...sealFor(actionsKey, 'v'), key_id: key.key_id }]) {
      assert.equal((await refusal(putDependabot('CROSS', sealed))).status, 422);
    }
    assert.equal(fake.secret('acme/app', 'CROSS', { dependabot: true }), undefined);
  });

  it('needs the Dependabot secrets permission (403 with x-accepted-github-permissions)', async () => {
    const sealed = sealFor(fake.publicKey('acme/app', { dependabot: true }), 'v');
    const put = await refusal(putDependabot('X', sealed, SECRETS_ONLY));
    assert.equal(put.status, 403);
    assert.equal(put.headers['x-accepted-github-permissions'], 'dependabot_secrets=write');
    const read = await refusal(dependabotKey(SECRETS_ONLY));
    assert.equal(read.headers['x-accepted-github-permissions'], 'dependabot_secrets=read');
    const classic = await refusal(putDependabot('X', sealed, WRITER));
    assert.equal(classic.status, 403);
    assert.equal(classic.headers['x-accepted-github-permissions'], undefined);
    assert.equal(
      (
        await refusal(
          octokit(OPS).request('GET /repos/{owner}/{repo}/dependabot/secrets/public-key', {
            owner: 'acme',
            repo: 'other',
          }),
        )
      ).status,
      404,
    );
  });
});

describe('GitHub fake: organization Actions secrets', () => {
  type Visibility = 'all' | 'private' | 'selected';
  const orgKey = async (org = 'acme', token = OPS, baseUrl = fake.url) =>
    (await octokit(token, baseUrl).request('GET /orgs/{org}/actions/secrets/public-key', { org })).data;
  const putOrg = (
    secret_name: string,
    body: { encrypted_value: string; key_id: string; visibility: Visibility; selected_repository_ids?: number[] },
    { org = 'acme', token = OPS, baseUrl = fake.url } = {},
  ) => octokit(token, baseUrl).request('PUT /orgs/{org}/actions/secrets/{secret_name}', { org, secret_name, ...body });
  const selectedNames = async (secret_name: string, baseUrl = fake.url) => {
    const { data } = await octokit(OPS, baseUrl).request('GET /orgs/{org}/actions/secrets/{secret_name}/repositories', {
      org: 'acme',
      secret_name,
    });
    assert.equal(data.total_count, data.repositories.length);
    return data.repositories.map((r) => r.full_name).sort();
  };

  it('creates (201) then updates (204) with the organization key, keeping visibility and selection', async () => {
    const key = await orgKey();
    assert.deepEqual(key, fake.orgPublicKey('ACME'));
    assert.notEqual(key.key, fake.publicKey('acme/app').key);
    const ids = [fake.repoId('acme/app'), fake.repoId('acme/api')];
    assert.ok(ids.every(Number.isSafeInteger) && ids[0] !== ids[1]);
    const first = await putOrg('meta_token', {
      ...sealFor(key, 'EAAorg-first'),
      visibility: 'selected',
      selected_repository_ids: ids,
    });
    assert.equal(first.status, 201);
    assert.deepEqual(first.data, {});
    const created = fake.orgSecret('acme', 'META_TOKEN');
    assert.equal(created?.value, 'EAAorg-first');
    assert.equal(created.visibility, 'selected');
    assert.deepEqual(created.selected_repository_ids, ids);
    assert.deepEqual(await selectedNames('META_TOKEN'), ['acme/api', 'acme/app']);
    const meta = await octokit(OPS).request('GET /orgs/{org}/actions/secrets/{secret_name}', {
      org: 'acme',
      secret_name: 'META_TOKEN',
    });
    assert.equal(meta.data.visibility, 'selected');
    assert.equal(meta.data.selected_repositories_url, `${fake.url}/orgs/acme/actions/secrets/META_TOKEN/repositories`);
    assert.match(meta.data.updated_at, STAMP);

    const second = await putOrg('META_TOKEN', {
      ...sealFor(key, 'EAAorg-second'),
      visibility: 'selected',
      selected_repository_ids: ids.slice(1),
    });
    assert.equal(second.status, 204);
    const updated = fake.orgSecret('acme', 'META_TOKEN');
    assert.equal(updated?.value, 'EAAorg-second');
    assert.equal(updated.created_at, created.created_at);
    assert.deepEqual(await selectedNames('META_TOKEN'), ['acme/api']);
    // Ids only belong to `selected`: another visibility leaves none.
    assert.equal(
      (await putOrg('META_TOKEN', { ...sealFor(key, 'v'), visibility: 'all', selected_repository_ids: ids })).status,
      204,
    );
    assert.deepEqual(fake.orgSecret('acme', 'META_TOKEN')?.selected_repository_ids, []);
    const all = await octokit(OPS).request('GET /orgs/{org}/actions/secrets/{secret_name}', {
      org: 'acme',
      secret_name: 'META_TOKEN',
    });
    assert.equal(all.data.visibility, 'all');
    assert.equal(all.data.selected_repositories_url, undefined);
    assert.equal(
      (
        await refusal(
          octokit(OPS).request('GET /orgs/{org}/actions/secrets/{secret_name}', { org: 'acme', secret_name: 'NOPE' }),
        )
      ).status,
      404,
    );
  });

  it('clears the selection on a `selected` PUT without ids by default (orgSelectedPutWithoutIdsClears)', async () => {
    const ids = [fake.repoId('acme/app'), fake.repoId('acme/api')];
    fake.seedOrgSecret('acme', 'SHARED', 'old', {
      visibility: 'selected',
      selectedRepositoryIds: ids,
      updatedAt: new Date('2026-01-02T03:04:05Z'),
    });
    assert.deepEqual(await selectedNames('SHARED'), ['acme/api', 'acme/app']);
    const res = await putOrg('SHARED', { ...sealFor(await orgKey(), 'new'), visibility: 'selected' });
    assert.equal(res.status, 204);
    const stored = fake.orgSecret('acme', 'SHARED');
    assert.equal(stored?.value, 'new');
    assert.equal(stored.created_at, '2026-01-02T03:04:05Z');
    assert.deepEqual(stored.selected_repository_ids, []);
    assert.deepEqual(await selectedNames('SHARED'), []);
  });

  it('keeps the selection on a `selected` PUT without ids when orgSelectedPutWithoutIdsClears is false', async () => {
    const other = await startGitHubFake({
      tokens: { [OPS]: { 'org:acme': { organization_secrets: 'write' } } },
      orgSelectedPutWithoutIdsClears: false,
    });
    try {
      const ids = [other.repoId('acme/one'), other.repoId('acme/two')];
      const key = await orgKey('acme', OPS, other.url);
      assert.equal(
        (
          await putOrg(
            'SHARED',
            { ...sealFor(key, 'a'), visibility: 'selected', selected_repository_ids: ids },
            { baseUrl: other.url },
          )
        ).status,
        201,
      );
      assert.equal(
        (await putOrg('SHARED', { ...sealFor(key, 'b'), visibility: 'selected' }, { baseUrl: other.url })).status,
        204,
      );
      assert.deepEqual(other.orgSecret('acme', 'SHARED')?.selected_repository_ids, ids);
      assert.equal(other.orgSecret('acme', 'SHARED')?.value, 'b');
      assert.deepEqual(await selectedNames('SHARED', other.url), ['acme/one', 'acme/two']);
      // An explicit list still replaces it.
      assert.equal(
        (
          await putOrg(
            'SHARED',
            { ...sealFor(key, 'c'), visibility: 'selected', selected_repository_ids: ids.slice(0, 1) },
            { baseUrl: other.url },
          )
        ).status,
        204,
      );
      assert.deepEqual(await selectedNames('SHARED', other.url), ['acme/one']);
    } finally {
      await other.close();
    }
    assert.deepEqual(other.contractViolations, []);
  });

  it('refuses (422) a box for another key, a stale key and a body without visibility', async () => {
    const key = await orgKey();
    const repoKey = fake.publicKey('acme/app');
    for (const sealed of [sealFor(repoKey, 'v'), { ...sealFor(repoKey, 'v'), key_id: key.key_id }]) {
      const res = await refusal(putOrg('CROSS', { ...sealed, visibility: 'private' }));
      assert.equal(res.status, 422);
      assert.equal(field(res.data, 'message'), 'Bad request - validation failed due to an improperly encrypted secret');
    }
    const stale = sealFor(key, 'v');
    fake.rotateOrgKey('acme');
    assert.deepEqual(fake.publicKey('acme/app'), repoKey, "rotating the organization key leaves the repository's");
    assert.equal((await refusal(putOrg('CROSS', { ...stale, visibility: 'private' }))).status, 422);
    assert.equal(fake.orgSecret('acme', 'CROSS'), undefined);
    const noVisibility = await call('PUT', '/orgs/acme/actions/secrets/CROSS', sealFor(await orgKey(), 'v'), OPS);
    assert.equal(noVisibility.status, 422);
    assert.equal(field(noVisibility.body, 'message'), 'Invalid request.\n\n"visibility" wasn\'t supplied.');
    assert.equal(
      (
        await call(
          'PUT',
          '/orgs/acme/actions/secrets/CROSS',
          { ...sealFor(await orgKey(), 'v'), visibility: 'some' },
          OPS,
        )
      ).status,
      422,
    );
  });

  it('needs organization_secrets (403 with x-accepted-github-permissions); an organization the token cannot see is a 404', async () => {
    const sealed = { ...sealFor(fake.orgPublicKey('acme'), 'v'), visibility: 'all' as const };
    // SECRETS_ONLY holds repositories of acme, so it sees the organization, without its secrets permission.
    const put = await refusal(putOrg('X', sealed, { token: SECRETS_ONLY }));
    assert.equal(put.status, 403);
    assert.equal(field(put.data, 'message'), 'Resource not accessible by personal access token');
    assert.equal(put.headers['x-accepted-github-permissions'], 'organization_secrets=write');
    const read = await refusal(orgKey('acme', SECRETS_ONLY));
    assert.equal(read.headers['x-accepted-github-permissions'], 'organization_secrets=read');
    // organization_secrets: 'read' on beta reads the key but cannot write.
    const beta = await orgKey('beta', SECRETS_ONLY);
    assert.deepEqual(beta, fake.orgPublicKey('beta'));
    const readOnly = await refusal(
      putOrg('X', { ...sealFor(beta, 'v'), visibility: 'all' }, { org: 'beta', token: SECRETS_ONLY }),
    );
    assert.equal(readOnly.status, 403);
    assert.equal(readOnly.headers['x-accepted-github-permissions'], 'organization_secrets=write');
    for (const org of ['other-org', 'beta']) {
      const hidden = await refusal(orgKey(org));
      assert.equal(hidden.status, 404, org);
      assert.equal(field(hidden.data, 'message'), 'Not Found');
    }
    // A token holding only a repository of acme (an app installed there, a PAT it owns) sees acme: 403, not 404.
    assert.equal(
      (await refusal(orgKey('acme', FINE))).headers['x-accepted-github-permissions'],
      'organization_secrets=read',
    );
  });

  it('replaces the selection with PUT …/repositories (204), and answers 409 when visibility is not selected', async () => {
    fake.seedOrgSecret('acme', 'PICKED', 'v', {
      visibility: 'selected',
      selectedRepositoryIds: [fake.repoId('acme/app')],
    });
    const set = await octokit(OPS).request('PUT /orgs/{org}/actions/secrets/{secret_name}/repositories', {
      org: 'acme',
      secret_name: 'PICKED',
      selected_repository_ids: [fake.repoId('acme/api')],
    });
    assert.equal(set.status, 204);
    assert.deepEqual(await selectedNames('PICKED'), ['acme/api']);
    fake.seedOrgSecret('acme', 'EVERYWHERE', 'v', {
      visibility: 'all',
      selectedRepositoryIds: [fake.repoId('acme/app')],
    });
    assert.deepEqual(
      fake.orgSecret('acme', 'EVERYWHERE')?.selected_repository_ids,
      [],
      'ids only belong to `selected`',
    );
    const conflict = await refusal(
      octokit(OPS).request('PUT /orgs/{org}/actions/secrets/{secret_name}/repositories', {
        org: 'acme',
        secret_name: 'EVERYWHERE',
        selected_repository_ids: [fake.repoId('acme/api')],
      }),
    );
    assert.equal(conflict.status, 409);
  });
});

// ---- repository variables, workflows and the default branch's last commit, through a real Octokit ----

describe('GitHub fake: repository Actions variables', () => {
  const app = { owner: 'acme', repo: 'app' };
  const getVar = (name: string, token = ACTIONS, repo = app) =>
    octokit(token).request('GET /repos/{owner}/{repo}/actions/variables/{name}', { ...repo, name });
  const createVar = (name: string, value: string, token = ACTIONS, repo = app) =>
    octokit(token).request('POST /repos/{owner}/{repo}/actions/variables', { ...repo, name, value });
  const updateVar = (name: string, body: { value?: string; name?: string }, token = ACTIONS, repo = app) =>
    octokit(token).request('PATCH /repos/{owner}/{repo}/actions/variables/{name}', { ...repo, name, ...body });

  it('creates a variable (201), updates it (204) and serves it; names are not case sensitive', async () => {
    const created = await createVar('refresh_state', 'v1');
    assert.equal(created.status, 201);
    assert.deepEqual(created.data, {});
    const first = fake.variable('acme/app', 'REFRESH_STATE');
    assert.equal(first?.value, 'v1');
    assert.match(first.created_at, STAMP);
    assert.equal((await updateVar('Refresh_State', { value: 'v2' })).status, 204);
    const { status, data } = await getVar('REFRESH_STATE');
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(data).sort(), ['created_at', 'name', 'updated_at', 'value']);
    assert.equal(data.name, 'REFRESH_STATE');
    assert.equal(data.value, 'v2');
    assert.equal(data.created_at, first.created_at);
    assert.deepEqual(fake.variable('acme/app', 'refresh_state'), data);
    // A read grant reads it.
    fake.seedVariable('acme/api', 'shared', 'x', new Date('2026-01-02T03:04:05.678Z'));
    const seeded = await getVar('SHARED', ACTIONS, { owner: 'acme', repo: 'api' });
    assert.deepEqual(seeded.data, {
      name: 'SHARED',
      value: 'x',
      created_at: '2026-01-02T03:04:05Z',
      updated_at: '2026-01-02T03:04:05Z',
    });
  });

  it('answers 404 for a variable that does not exist (GET, PATCH) and 409 for creating one that does', async () => {
    for (const request of [getVar('NOPE'), updateVar('NOPE', { value: 'v' })]) {
      const missing = await refusal(request);
      assert.equal(missing.status, 404);
      assert.equal(field(missing.data, 'message'), 'Not Found');
    }
    assert.equal(fake.variable('acme/app', 'NOPE'), undefined);
    fake.seedVariable('acme/app', 'TAKEN', 'old');
    const conflict = await refusal(createVar('taken', 'new'));
    assert.equal(conflict.status, 409);
    assert.equal(typeof field(conflict.data, 'message'), 'string');
    assert.equal(fake.variable('acme/app', 'TAKEN')?.value, 'old');
  });

  it('renames with PATCH name, and refuses bad names and bodies that do not fit the spec (422)', async () => {
    fake.seedVariable('acme/app', 'OLD_NAME', 'v');
    // Octokit fills the path's {name} from the same parameter, so a rename goes out by hand.
    assert.equal(
      (await call('PATCH', '/repos/acme/app/actions/variables/OLD_NAME', { name: 'new_name' }, ACTIONS)).status,
      204,
    );
    assert.equal(fake.variable('acme/app', 'OLD_NAME'), undefined);
    assert.equal(fake.variable('acme/app', 'NEW_NAME')?.value, 'v');
    for (const name of ['1ST', 'GITHUB_X', 'has-dash']) assert.equal((await refusal(createVar(name, 'v'))).status, 422);
    const noValue = await call('POST', '/repos/acme/app/actions/variables', { name: 'X' }, ACTIONS);
    assert.equal(noValue.status, 422);
    assert.equal(field(noValue.body, 'message'), 'Invalid request.\n\n"value" wasn\'t supplied.');
    assert.equal(fake.variable('acme/app', 'X'), undefined);
  });

  it('needs the Variables permission: 403 with x-accepted-github-permissions actions_variables=read|write', async () => {
    // SECRETS_ONLY holds acme/app without Variables; ACTIONS holds acme/api with Variables read only.
    const read = await refusal(getVar('ANY', SECRETS_ONLY));
    assert.equal(read.status, 403);
    assert.equal(field(read.data, 'message'), 'Resource not accessible by personal access token');
    assert.equal(read.headers['x-accepted-github-permissions'], 'actions_variables=read');
    const api = { owner: 'acme', repo: 'api' };
    fake.seedVariable('acme/api', 'LOCKED', 'v');
    for (const request of [createVar('NEW', 'v', ACTIONS, api), updateVar('LOCKED', { value: 'w' }, ACTIONS, api)]) {
      const write = await refusal(request);
      assert.equal(write.status, 403);
      assert.equal(write.headers['x-accepted-github-permissions'], 'actions_variables=write');
    }
    assert.equal(fake.variable('acme/api', 'LOCKED')?.value, 'v');
    assert.equal(fake.variable('acme/api', 'NEW'), undefined);
    // A classic PAT gets no header; a repository the token cannot see is a 404.
    assert.equal((await refusal(getVar('ANY', WRITER))).headers['x-accepted-github-permissions'], undefined);
    assert.equal((await refusal(getVar('ANY', ACTIONS, { owner: 'acme', repo: 'hidden' }))).status, 404);
  });
});

describe('GitHub fake: workflows', () => {
  const enable = (workflow_id: string | number, token = ACTIONS) =>
    octokit(token).request('PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable', {
      owner: 'acme',
      repo: 'app',
      workflow_id,
    });

  it('enables a workflow by file name or id (204): its state becomes active', async () => {
    const id = fake.seedWorkflow('acme/app', 'refresh.yml', { state: 'disabled_inactivity' });
    assert.equal(fake.workflow('acme/app', 'refresh.yml'), 'disabled_inactivity');
    const res = await enable('refresh.yml');
    assert.equal(res.status, 204);
    assert.equal(fake.workflow('acme/app', 'refresh.yml'), 'active');
    assert.equal(fake.workflow('acme/app', '.github/workflows/refresh.yml'), 'active');
    fake.seedWorkflow('acme/app', '.github/workflows/refresh.yml', { state: 'disabled_manually' });
    assert.equal(fake.seedWorkflow('acme/app', 'refresh.yml', { state: 'disabled_manually' }), id, 'same workflow');
    assert.equal((await enable(id)).status, 204);
    assert.equal(fake.workflow('acme/app', 'refresh.yml'), 'active');
    assert.equal(fake.seedWorkflow('acme/app', 'ci.yml'), id + 1);
    assert.equal(fake.workflow('acme/app', 'ci.yml'), 'active');
  });

  it('answers 404 for an unknown workflow and 403 (actions=write) without the Actions permission', async () => {
    for (const unknown of ['missing.yml', 999]) {
      const res = await refusal(enable(unknown));
      assert.equal(res.status, 404);
      assert.equal(field(res.data, 'message'), 'Not Found');
    }
    assert.equal(fake.workflow('acme/app', 'missing.yml'), undefined);
    fake.seedWorkflow('acme/app', 'sleepy.yml', { state: 'disabled_inactivity' });
    const denied = await refusal(enable('sleepy.yml', SECRETS_ONLY));
    assert.equal(denied.status, 403);
    assert.equal(denied.headers['x-accepted-github-permissions'], 'actions=write');
    assert.equal(fake.workflow('acme/app', 'sleepy.yml'), 'disabled_inactivity');
  });
});

describe("GitHub fake: the default branch's last commit", () => {
  const getCommit = (ref: string, token = ACTIONS, baseUrl = fake.url) =>
    octokit(token, baseUrl).request('GET /repos/{owner}/{repo}/commits/{ref}', { owner: 'acme', repo: 'app', ref });

  it('answers the seeded commit date for the default branch and for its sha', async () => {
    const repo = await octokit(ACTIONS).request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'app' });
    assert.equal(repo.data.default_branch, 'main');
    const date = new Date('2025-11-20T08:09:10.500Z');
    const sha = fake.seedLastCommit('acme/app', date);
    const { status, data } = await getCommit(repo.data.default_branch);
    assert.equal(status, 200);
    assert.equal(data.sha, sha);
    assert.equal(data.commit.committer?.date, '2025-11-20T08:09:10Z');
    assert.equal(data.commit.author?.date, '2025-11-20T08:09:10Z');
    for (const ref of [sha, sha.slice(0, 7), 'heads/main']) assert.equal((await getCommit(ref)).data.sha, sha, ref);
    // Unencoded, a multi-segment ref still names the branch.
    const raw = await call('GET', '/repos/acme/app/commits/refs/heads/main', undefined, ACTIONS);
    assert.equal(field(raw.body, 'sha'), sha);
    // A new last commit has the previous one as parent; without a date it is now.
    const before = Date.now();
    const next = fake.seedLastCommit('acme/app');
    const latest = (await getCommit('main')).data;
    assert.equal(latest.sha, next);
    assert.deepEqual(
      latest.parents.map((p) => p.sha),
      [sha],
    );
    assert.ok(Date.parse(latest.commit.committer?.date ?? '') >= Math.floor(before / 1000) * 1000);
    const unknown = await refusal(getCommit('no-such-branch'));
    assert.equal(unknown.status, 422);
    assert.equal(field(unknown.data, 'message'), 'No commit found for SHA: no-such-branch');
  });

  it('needs Contents read: 403 with contents=read, for a ghs_ token too unless granted', async () => {
    const pat = await refusal(getCommit('main', SECRETS_ONLY));
    assert.equal(pat.status, 403);
    assert.equal(pat.headers['x-accepted-github-permissions'], 'contents=read');
    const bot = await refusal(getCommit('main', BOT));
    assert.equal(bot.status, 403);
    assert.equal(field(bot.data, 'message'), 'Resource not accessible by integration');
    assert.equal(bot.headers['x-accepted-github-permissions'], 'contents=read');
  });

  it('serves another default branch (defaultBranches); until seeded the commit is dated when the fake met the repo', async () => {
    const start = new Date('2026-03-01T00:00:00Z');
    const other = await startGitHubFake({
      tokens: { [ACTIONS]: { 'acme/app': { contents: 'read' } } },
      defaultBranches: { 'ACME/App': 'trunk' },
      now: () => start,
    });
    try {
      const repo = await octokit(ACTIONS, other.url).request('GET /repos/{owner}/{repo}', {
        owner: 'acme',
        repo: 'app',
      });
      assert.equal(repo.data.default_branch, 'trunk');
      const head = await getCommit('trunk', ACTIONS, other.url);
      assert.equal(head.data.commit.committer?.date, '2026-03-01T00:00:00Z');
      assert.equal(repo.data.pushed_at, '2026-03-01T00:00:00Z');
      assert.equal((await refusal(getCommit('main', ACTIONS, other.url))).status, 422);
    } finally {
      await other.close();
    }
    assert.deepEqual(other.contractViolations, []);
  });
});
