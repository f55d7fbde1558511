/**
 * `gitHubError`: how GitHub's error answers become classified `ServiceError`s. Octokit throws a
 * `RequestError` (an `Error` with `status` and `response.data`/`response.headers`); these tests
 * fabricate such objects, and check once against the GitHub fake that a real Octokit error
 * carries what the hint is built from.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ServiceError } from '../src/errors.ts';
import {
  acceptedPermissions,
  createOctokit,
  getPublicKey,
  gitHubError,
  gitHubErrorItems,
} from '../src/clients/github.ts';
import { registerSecret } from '../src/secrets.ts';
import type { GitHubFake } from './fakes/github.ts';
import { startGitHubFake } from './fakes/github.ts';

/** What Octokit throws for an HTTP error answer, as far as `gitHubError` reads it. */
function requestError(status: number, data: unknown, headers: Record<string, string> = {}): Error {
  const message =
    typeof data === 'object' && data !== null && 'message' in data ? String(data.message) : 'Unknown error';
  return Object.assign(new Error(message), {
    name: 'HttpError',
    status,
    response: { url: 'https://api.github.com/x', status, headers, data },
  });
}

const CREATE_ISSUE_DOCS = 'https://docs.github.com/rest/issues/issues#create-an-issue';

describe('gitHubError: errors[] details', () => {
  it("appends GitHub's errors[] to the message: field, code and the refused value", () => {
    const error = requestError(422, {
      message: 'Validation Failed',
      errors: [{ value: 'octo-gone', resource: 'Issue', field: 'assignees', code: 'invalid' }],
      documentation_url: CREATE_ISSUE_DOCS,
      status: '422',
    });
    const e = gitHubError(error, 'opening the failure issue', 'Issues: write');
    assert.ok(e instanceof ServiceError);
    assert.equal(
      e.message,
      'GitHub: opening the failure issue failed: HTTP 422: Validation Failed (assignees invalid: octo-gone)',
    );
    assert.equal(e.status, 422);
    assert.equal(e.failureClass, 'needs-human');
    assert.equal(e.hint, 'GitHub refused the request; see the message.');
  });

  it('takes string items, messages over values, value lists, and leaves out `custom` when a message says more', () => {
    const error = requestError(422, {
      message: 'Validation Failed\nsecond line',
      errors: [
        'Label does not exist',
        { resource: 'Label', code: 'already_exists', field: 'name' },
        { resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' },
        { resource: 'Issue', field: 'assignees', code: 'invalid', value: ['a', 'b'] },
        { code: 'missing_field', field: 'title', value: null },
      ],
      documentation_url: CREATE_ISSUE_DOCS,
    });
    assert.equal(
      gitHubError(error, 'x', 'Issues: write').message,
      'GitHub: x failed: HTTP 422: Validation Failed (Label does not exist; name already_exists; body: body is too long (maximum is 65536 characters); assignees invalid: a, b; title missing_field)',
    );
    assert.deepEqual(gitHubErrorItems(error)[3], {
      resource: 'Issue',
      field: 'assignees',
      code: 'invalid',
      values: ['a', 'b'],
    });
  });

  it('keeps the message one line and short when GitHub sends many errors', () => {
    const errors = Array.from({ length: 8 }, (_, i) => ({
      resource: 'Issue',
      field: 'assignees',
      code: 'invalid',
      value: `gone-${i}`,
    }));
    const message = gitHubError(requestError(422, { message: 'Validation Failed', errors }), 'x', 'p').message;
    assert.match(message, /\(assignees invalid: gone-0; .*assignees invalid: gone-4; and 3 more\)$/);
    assert.doesNotMatch(message, /gone-5/);
    const multiline = gitHubError(
      requestError(422, { message: 'Validation Failed', errors: [{ code: 'custom', message: 'line one\nline two' }] }),
      'x',
      'p',
    ).message;
    assert.equal(multiline, 'GitHub: x failed: HTTP 422: Validation Failed (line one line two)');
  });

  it('leaves the message as it was without errors[], and ignores items that are neither objects nor strings', () => {
    assert.equal(
      gitHubError(
        requestError(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }),
        'x',
        'p',
      ).message,
      'GitHub: x failed: HTTP 404: Not Found',
    );
    assert.equal(
      gitHubError(requestError(422, { message: 'Validation Failed', errors: [null, 3, ''] }), 'x', 'p').message,
      'GitHub: x failed: HTTP 422: Validation Failed',
    );
    assert.equal(
      gitHubError(requestError(422, { message: 'Validation Failed', errors: 'not a list' }), 'x', 'p').message,
      'GitHub: x failed: HTTP 422: Validation Failed',
    );
    assert.deepEqual(gitHubErrorItems(new Error('no status')), []);
  });

  it('redacts a registered secret that GitHub echoes in errors[]', () => {
    const secret = 'EAAFakeEchoedSecret0123456789abcdefghij';
    registerSecret(secret);
    const e = gitHubError(
      requestError(422, { message: 'Validation Failed', errors: [{ field: 'body', code: 'invalid', value: secret }] }),
      'x',
      'p',
    );
    assert.ok(!e.message.includes(secret), e.message);
    assert.match(e.message, /\(body invalid: /);
  });
});

describe('gitHubError: the 403 hint and x-accepted-github-permissions', () => {
  const forbidden = (headers: Record<string, string> = {}): Error =>
    requestError(
      403,
      {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      },
      headers,
    );

  it('names the permission GitHub says it accepts, in the words of the token settings', () => {
    const e = gitHubError(
      forbidden({ 'x-accepted-github-permissions': 'secrets=write' }),
      'writing the secret X of acme/app',
      'Secrets: write',
    );
    assert.equal(e.failureClass, 'needs-human');
    assert.equal(e.status, 403);
    assert.match(
      e.hint ?? '',
      /^github-token lacks the "Secrets: write" permission for this repository \(GitHub's x-accepted-github-permissions\)\./,
    );
    assert.match(e.hint ?? '', /GITHUB_TOKEN cannot write Actions secrets/);
  });

  it("lists every set GitHub accepts, and prefers them to the caller's guess", () => {
    const e = gitHubError(
      forbidden({ 'x-accepted-github-permissions': 'actions_variables=read; contents=read' }),
      'reading',
      'Secrets: read',
    );
    assert.match(e.hint ?? '', /lacks the "Actions Variables: read" or "Contents: read" permission/);
    assert.doesNotMatch(e.hint ?? '', /Secrets/);
  });

  it("falls back to the caller's permission without the header (a classic PAT), or with an empty one", () => {
    const cases: Array<Record<string, string>> = [{}, { 'x-accepted-github-permissions': '' }];
    for (const headers of cases) {
      const e = gitHubError(forbidden(headers), 'opening the failure issue', 'Issues: write');
      assert.match(
        e.hint ?? '',
        /^github-token lacks the "Issues: write" permission for this repository\. A fine-grained PAT needs "Issues: write" on it/,
      );
      // GITHUB_TOKEN can be granted issues: the secrets remark would mislead here.
      assert.doesNotMatch(e.hint ?? '', /GITHUB_TOKEN/);
    }
  });

  it('translates the header: snake_case names title-cased, levels kept, "," within a set as "and"', () => {
    assert.equal(acceptedPermissions('secrets=write'), '"Secrets: write"');
    assert.equal(
      acceptedPermissions('repository_projects=write; organization_projects=admin'),
      '"Repository Projects: write" or "Organization Projects: admin"',
    );
    assert.equal(
      acceptedPermissions('contents=read,pull_requests=write'),
      '"Contents: read" and "Pull Requests: write"',
    );
    assert.equal(acceptedPermissions(' ; '), undefined);
    assert.equal(acceptedPermissions(undefined), undefined);
  });

  it('keeps the classes: 403 rate limit retry-later, 401/403/404 needs-human, 5xx and transport retry-later', () => {
    const limited = gitHubError(
      requestError(
        403,
        { message: 'API rate limit exceeded for installation.' },
        { 'x-ratelimit-remaining': '0', 'x-accepted-github-permissions': 'secrets=write' },
      ),
      'x',
      'p',
    );
    assert.equal(limited.failureClass, 'retry-later');
    assert.equal(limited.hint, 'GitHub rate limit: the next run retries.');
    for (const status of [401, 403, 404])
      assert.equal(
        gitHubError(requestError(status, { message: 'no' }), 'x', 'p').failureClass,
        'needs-human',
        String(status),
      );
    const outage = gitHubError(requestError(502, { message: 'Server Error', errors: [{ code: 'x' }] }), 'x', 'p');
    assert.equal(outage.failureClass, 'retry-later');
    assert.equal(outage.status, 502);
    const transport = gitHubError(new TypeError('fetch failed'), 'x', 'p');
    assert.equal(transport.failureClass, 'retry-later');
    assert.equal(transport.status, undefined);
  });
});

describe('gitHubError with a real Octokit against the GitHub fake', () => {
  const BOT = 'ghs_fake_installation_errors';
  let fake: GitHubFake;
  before(async () => {
    fake = await startGitHubFake({ tokens: { [BOT]: { 'acme/app': { issues: 'write' } } } });
  });
  after(async () => {
    await fake.close();
    assert.deepEqual(fake.contractViolations, []);
  });

  it('reads x-accepted-github-permissions from the response Octokit throws with', async () => {
    const octokit = createOctokit(BOT, { baseUrl: fake.url, timeoutMs: 5_000 });
    const error = await getPublicKey(octokit, { kind: 'repository', repo: { owner: 'acme', repo: 'app' } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof ServiceError);
    assert.equal(error.status, 403);
    assert.match(
      error.hint ?? '',
      /"Secrets: read" permission for this repository \(GitHub's x-accepted-github-permissions\)/,
    );
  });
});
