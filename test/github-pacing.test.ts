/**
 * The GitHub client spaces content-creating requests (new issues, comments) by
 * `CONTENT_SPACING_MS`, as GitHub asks (no more than 80 a minute), across every client of the
 * process; reads and other writes are not held back. Against the GitHub fake.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CONTENT_SPACING_MS, createOctokit } from '../src/clients/github.ts';
import type { GitHubFake } from './fakes/github.ts';
import { startGitHubFake } from './fakes/github.ts';

const TOKEN = 'ghs_fake_pacing_token_000000000000';
let github: GitHubFake;
before(async () => {
  github = await startGitHubFake({ tokens: { [TOKEN]: { 'acme/app': { issues: 'write' } } } });
});
after(async () => {
  await github.close();
});

const client = () => createOctokit(TOKEN, { baseUrl: github.url, timeoutMs: 5000 });
const repo = { owner: 'acme', repo: 'app' };

describe('pacing of content-creating requests', () => {
  it('spaces new issues and comments, even when sent at once from two clients', async () => {
    const [a, b] = [client(), client()];
    const { data: issue } = await a.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 'first' });
    const start = github.requests.length;
    await Promise.all([
      a.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 'second' }),
      b.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 'third' }),
      a.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: issue.number,
        body: 'a comment',
      }),
      b.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: issue.number,
        body: 'another',
      }),
    ]);
    const times = github.requests
      .slice(start)
      .filter((r) => r.method === 'POST')
      .map((r) => r.at);
    assert.equal(times.length, 4);
    // Each waited its turn after the one before: the gaps add up to at least three spacings
    // (less a margin for when each request left the client), however busy the machine is.
    for (let i = 1; i < times.length; i++)
      assert.ok((times[i] ?? 0) - (times[i - 1] ?? 0) >= CONTENT_SPACING_MS / 2, `gap ${String(i)}`);
    const span = (times.at(-1) ?? 0) - (times[0] ?? 0);
    assert.ok(span >= 0.9 * CONTENT_SPACING_MS * 3, `${String(span)} ms for 4 requests`);
  });

  it('does not hold back reads and closing behind a spaced comment', async () => {
    const a = client();
    const { data: issue } = await a.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 'to close' });
    const comment = (body: string) =>
      a.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: issue.number,
        body,
      });
    const start = github.requests.length;
    await Promise.all([
      comment('one'),
      comment('two'),
      a.request('GET /repos/{owner}/{repo}/issues', { ...repo, state: 'open' }),
      a.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...repo,
        issue_number: issue.number,
        state: 'closed',
      }),
    ]);
    const seen = github.requests.slice(start);
    const second = seen.filter((r) => r.method === 'POST')[1]?.at ?? 0;
    // The second comment waits a spacing after the first; the read and the close wait for neither.
    for (const r of seen.filter((x) => x.method !== 'POST'))
      assert.ok(r.at < second, `${r.method} ${r.path} went before the second comment`);
  });
});
