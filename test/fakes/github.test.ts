/**
 * Tests of the GitHub fake itself: if it accepted what GitHub rejects (or answered what GitHub
 * would not), tests built on it would prove nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sodium from 'libsodium-wrappers';
import { startGitHubFake } from './github.ts';
import type { GitHubFake } from './github.ts';

const WRITER = 'ghp_fake_writer';
const BOT = 'ghs_fake_installation';
/** A fine-grained PAT: told on a 403 which permission the route accepts, as the bot is. */
const FINE = 'github_pat_fake_reader';
let fake: GitHubFake;

before(async () => {
  await sodium.ready;
  fake = await startGitHubFake({
    tokens: {
      [WRITER]: { 'acme/app': { secrets: 'write', issues: 'write' }, 'acme/api': { secrets: 'read' } },
      [BOT]: { 'acme/app': { issues: 'write' } },
      [FINE]: { 'acme/api': { secrets: 'read' } },
    },
    assignable: { 'acme/app': ['octocat', 'Hubot'] },
  });
});
// Every response the fake sent in this file must have fitted GitHub's OpenAPI description.
after(async () => {
  await fake.close();
  assert.deepEqual(fake.contractViolations, []);
});

interface Answer { status: number; body: unknown; headers: Headers }
async function call(method: string, path: string, body?: unknown, token: string | null = WRITER): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(fake.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text === '' ? undefined : JSON.parse(text), headers: res.headers };
}
const field = (v: unknown, key: string): unknown => (v as Record<string, unknown>)[key];

/** Seals `value` for the repository's current key, the way GitHub documents it. */
async function seal(repo: string, value: string, variant = sodium.base64_variants.ORIGINAL): Promise<{ encrypted_value: string; key_id: string }> {
  const { body } = await call('GET', `/repos/${repo}/actions/secrets/public-key`);
  const key = body as { key_id: string; key: string };
  const sealed = sodium.crypto_box_seal(sodium.from_string(value), sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL));
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
    for (const h of ['x-github-request-id', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used']) assert.ok(res.headers.get(h), h);
    assert.equal(res.headers.get('x-ratelimit-limit'), '5000');
    assert.equal(res.headers.get('x-ratelimit-resource'), 'core');
  });

  it('creates (201 {}) then updates (204) a sealed secret and keeps the plaintext', async () => {
    const first = await call('PUT', '/repos/acme/app/actions/secrets/meta_token', await seal('acme/app', 'EAAfirst-value'));
    assert.equal(first.status, 201);
    assert.deepEqual(first.body, {});
    assert.equal(fake.secret('acme/app', 'META_TOKEN')?.value, 'EAAfirst-value');
    const second = await call('PUT', '/repos/acme/app/actions/secrets/META_TOKEN', await seal('acme/app', 'EAAsecond-value'));
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

  it('rejects libsodium\'s default URL-safe unpadded base64 with 422', async () => {
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
    const big = await call('PUT', '/repos/acme/app/actions/secrets/BIG', await seal('acme/app', 'x'.repeat(48 * 1024 + 1)));
    assert.equal(big.status, 422);
    assert.equal((await call('PUT', '/repos/acme/app/actions/secrets/_OK', await seal('acme/app', 'x'.repeat(48 * 1024)))).status, 201);
  });

  it('answers 403 for a read-only grant, 404 without a grant, 401 for unknown or no token', async () => {
    const readOnly = await call('PUT', '/repos/acme/api/actions/secrets/X', await seal('acme/api', 'v'));
    assert.equal(readOnly.status, 403);
    assert.equal(field(readOnly.body, 'message'), 'Resource not accessible by personal access token');
    assert.equal(field(readOnly.body, 'documentation_url'), 'https://docs.github.com/rest/actions/secrets#create-or-update-a-repository-secret');
    assert.equal((await call('GET', '/repos/acme/other/actions/secrets/public-key')).status, 404);
    assert.equal((await call('GET', '/repos/acme/app/actions/secrets/public-key', undefined, BOT)).status, 403);
    const bad = await call('GET', '/repos/acme/app/actions/secrets/public-key', undefined, 'ghp_unknown');
    assert.equal(bad.status, 401);
    assert.equal(field(bad.body, 'message'), 'Bad credentials');
    assert.equal((await call('GET', '/repos/acme/app', undefined, null)).status, 401);
    assert.deepEqual((await call('GET', '/nowhere')).body, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  });

  it('tells fine-grained tokens on a 403 which permission the route accepts (x-accepted-github-permissions)', async () => {
    const fine = await call('PUT', '/repos/acme/api/actions/secrets/X', await seal('acme/api', 'v'), FINE);
    assert.equal(fine.status, 403);
    assert.equal(fine.headers.get('x-accepted-github-permissions'), 'secrets=write');
    const bot = await call('GET', '/repos/acme/app/actions/secrets/public-key', undefined, BOT);
    assert.equal(bot.status, 403);
    assert.equal(bot.headers.get('x-accepted-github-permissions'), 'secrets=read');
    assert.equal((await call('POST', '/repos/acme/api/labels', { name: 'x' }, FINE)).headers.get('x-accepted-github-permissions'), 'issues=write');
    // A classic PAT (ghp_) is not on the fine-grained permission model: no header.
    const classic = await call('PUT', '/repos/acme/api/actions/secrets/X', await seal('acme/api', 'v'));
    assert.equal(classic.status, 403);
    assert.equal(classic.headers.get('x-accepted-github-permissions'), null);
    assert.equal((await call('GET', '/repos/acme/app/actions/secrets/public-key')).headers.get('x-accepted-github-permissions'), null);
  });

  it('treats a seeded secret as existing: PUT updates it (204) and keeps created_at', async () => {
    fake.seedSecret('acme/app', 'seeded', 'old', new Date('2026-01-02T03:04:05.678Z'));
    assert.equal(fake.secret('acme/app', 'SEEDED')?.updated_at, '2026-01-02T03:04:05Z');
    assert.equal((await call('PUT', '/repos/acme/app/actions/secrets/SEEDED', await seal('acme/app', 'new'))).status, 204);
    const stored = fake.secret('acme/app', 'SEEDED');
    assert.equal(stored?.value, 'new');
    assert.equal(stored.created_at, '2026-01-02T03:04:05Z');
    assert.notEqual(stored.updated_at, stored.created_at);
    const raw = await fetch(`${fake.url}/repos/acme/app/actions/secrets/SEEDED`, { method: 'PUT', headers: { authorization: `token ${WRITER}` }, body: '{"key_id":' });
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
    const created = await call('POST', '/repos/acme/app/labels', { name: 'token-refresh', color: 'd73a4a', description: 'Meta token rotation' });
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
    const created = await call('POST', '/repos/acme/app/issues', { title: 'Token refresh failed', body: 'details', labels: ['token-refresh'] }, BOT);
    assert.equal(created.status, 201);
    const number = Number(field(created.body, 'number'));
    assert.equal(field(field(created.body, 'user'), 'login'), 'github-actions[bot]');

    const listed = await call('GET', '/repos/acme/app/issues?labels=token-refresh&state=open');
    const items = listed.body as Array<Record<string, unknown>>;
    assert.deepEqual(items.map((i) => i.number).sort(), [pr.number, number].sort());
    assert.ok(items.find((i) => i.number === pr.number)?.pull_request);
    assert.equal(items.find((i) => i.number === number)?.pull_request, undefined);
    const byCreator = await call('GET', '/repos/acme/app/issues?creator=github-actions[bot]');
    assert.deepEqual((byCreator.body as Array<{ number: number }>).map((i) => i.number), [number]);

    const comment = await call('POST', `/repos/acme/app/issues/${number}/comments`, { body: 'still failing' }, BOT);
    assert.equal(comment.status, 201);
    assert.equal(field(comment.body, 'body'), 'still failing');
    assert.equal(((await call('GET', `/repos/acme/app/issues/${number}/comments`)).body as unknown[]).length, 1);

    const closed = await call('PATCH', `/repos/acme/app/issues/${number}`, { state: 'closed', state_reason: 'completed' }, BOT);
    assert.equal(closed.status, 200);
    assert.equal(field(closed.body, 'state'), 'closed');
    assert.equal(field(closed.body, 'state_reason'), 'completed');
    assert.ok(field(closed.body, 'closed_at'));
    const open = (await call('GET', '/repos/acme/app/issues?labels=token-refresh')).body as Array<{ number: number }>;
    assert.deepEqual(open.map((i) => i.number), [pr.number]);
    const stored = fake.issues('acme/app').find((i) => i.number === number);
    assert.equal(stored?.comments.length, 1);
    assert.deepEqual(fake.labels('acme/app').sort(), ['bug', 'token-refresh']);
  });

  it('refuses an issue with an unassignable login as GitHub does (422 naming it) and opens nothing', async () => {
    const before = fake.issues('acme/app').length;
    const refused = await call('POST', '/repos/acme/app/issues', { title: 'Token refresh failed', assignees: ['octocat', 'octo-gone'] }, BOT);
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.body, {
      message: 'Validation Failed',
      errors: [{ value: 'octo-gone', resource: 'Issue', field: 'assignees', code: 'invalid' }],
      documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
      status: '422',
    });
    const two = await call('POST', '/repos/acme/app/issues', { title: 't', assignees: ['gone-1', 'octocat', 'gone-2'] }, BOT);
    assert.deepEqual((field(two.body, 'errors') as Array<{ value: string }>).map((e) => e.value), ['gone-1', 'gone-2']);
    const single = await call('POST', '/repos/acme/app/issues', { title: 't', assignee: 'octo-gone' }, BOT);
    assert.equal(single.status, 422);
    assert.equal((field(single.body, 'errors') as Array<{ field: string }>)[0]?.field, 'assignee');
    assert.equal(fake.issues('acme/app').length, before, 'no issue opened');
    // Logins are matched without regard to case, as GitHub does; the refusal fits the spec (checked in after()).
    const ok = await call('POST', '/repos/acme/app/issues', { title: 't', assignees: ['OctoCat', 'hubot'] }, BOT);
    assert.equal(ok.status, 201);
    assert.deepEqual((field(ok.body, 'assignees') as Array<{ login: string }>).map((a) => a.login), ['OctoCat', 'hubot']);
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
