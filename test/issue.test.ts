/**
 * The failure issue end to end, against the GitHub fake's issue endpoints (validated against
 * GitHub's OpenAPI description): opened once, commented on repeats, closed on recovery, kept
 * apart per token, and written so that a person knows what to do. Every run is leak-checked,
 * issue bodies and comments included.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { World } from './helpers/world.ts';
import { DAY, GH_ISSUES, nowSeconds, startWorld, token } from './helpers/world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const REPO = 'acme/app';
const CREATE_ISSUE_DOCS = 'https://docs.github.com/rest/issues/issues#create-an-issue';
const metaError = (code: number, message: string, headers: Record<string, string> = {}) => ({
  kind: 'status' as const,
  status: 400,
  headers,
  body: { error: { message, type: 'OAuthException', code, fbtrace_id: 'AtraceRateLimit1' } },
});
/** Meta's business use-case header saying access returns in `minutes` (api-facts A.4). */
const regainIn = (minutes: number) => ({
  'x-business-use-case-usage': JSON.stringify({
    '102938475610': [
      {
        type: 'whatsapp_business_management',
        call_count: 100,
        total_cputime: 20,
        total_time: 30,
        estimated_time_to_regain_access: minutes,
      },
    ],
  }),
});

describe('failure issue', () => {
  it('failure, failure, success: one issue, commented once, then closed as completed', async () => {
    world = await startWorld({ current: token({ daysLeft: 3 }) });
    world.meta.inject({
      path: /oauth\/access_token$/,
      times: 2,
      fault: metaError(80008, 'Too many calls', regainIn(30)),
    });

    const first = await world.run();
    assert.equal(first.code, 1);
    assert.match(first.summary, /again in about 30 minutes/, 'a long rate limit fails fast and says for how long');
    assert.equal(
      world.meta.requests.filter((r) => r.path.endsWith('/oauth/access_token')).length,
      1,
      'no retry into a long block',
    );
    let issues = world.github.issues(REPO);
    assert.equal(issues.length, 1);
    const [issue] = issues;
    assert.ok(issue);
    assert.deepEqual(issue.labels, ['meta-token-refresh']);
    assert.ok(world.github.labels(REPO).includes('meta-token-refresh'));
    assert.equal(first.outputs['issue-number'], String(issue.number));
    assert.match(
      issue.body ?? '',
      /<!-- meta-token-refresh app=634974688087057 secret=acme\/app:META_ACCESS_TOKEN -->/,
    );
    assert.match(issue.title, /Lucky Shrub/);
    const body = issue.body ?? '';

    const second = await world.run();
    assert.equal(second.code, 1);
    issues = world.github.issues(REPO);
    assert.equal(issues.length, 1, 'no second issue');
    assert.equal(issues[0]?.body, body, 'the body is not rewritten');
    assert.equal(issues[0]?.comments.length, 1);
    assert.equal(second.outputs['issue-number'], String(issue.number));

    const third = await world.run();
    assert.equal(third.code, 0, third.stdout);
    const [closed] = world.github.issues(REPO);
    assert.equal(closed?.state, 'closed');
    assert.equal(closed?.state_reason, 'completed');
    assert.equal(closed?.comments.length, 2, 'the failure comment and the recovery comment');
    assert.match(closed?.comments[1]?.body ?? '', /Recovered/);
    assert.equal(third.outputs['issue-number'], String(issue.number));
    assert.deepEqual(world.github.contractViolations, []);
  });

  it('says what failed, where the token is, how urgent it is, and links the run', async () => {
    world = await startWorld({
      github: {
        tokens: {
          github_pat_fake_writer_0000000000: { 'acme/app': { secrets: 'write' }, 'acme/api': { secrets: 'read' } },
          [GH_ISSUES]: { [REPO]: { issues: 'write' } },
        },
      },
    });
    const run = await world.run();
    assert.equal(run.code, 1);
    const body = world.github.issues(REPO)[0]?.body ?? '';
    assert.match(body, /\*\*writing a GitHub secret\*\* \(acme\/api:WA_TOKEN\): .*HTTP 403/);
    assert.match(body, /Hold the \*\*new\*\* token: `acme\/app:META_ACCESS_TOKEN`/);
    assert.match(body, /Still hold the \*\*old\*\* token: `acme\/api:WA_TOKEN` \(it keeps working until it expires\)/);
    assert.match(body, /\*\*10 days left\*\*/);
    assert.match(body, /"Secrets: write"/);
    assert.match(body, /https:\/\/github\.com\/acme\/app\/actions\/runs\/4242/);
  });

  it('gives each error class its own advice', async () => {
    const cases: Array<[string, () => Promise<World>, RegExp[]]> = [
      [
        'a dead token',
        () => startWorld({ current: token({ daysLeft: -1 }) }),
        [
          /already dead/,
          /Generate new token/,
          /Session has expired/,
          /store it in `acme\/app:META_ACCESS_TOKEN`, `acme\/api:WA_TOKEN`/,
          /Meta `190\/463`/,
        ],
      ],
      ['a wrong app secret', () => startWorld(), [/App settings → Basic/]],
      [
        'a rate limit',
        async () => {
          const w = await startWorld();
          w.meta.inject({
            path: /oauth\/access_token$/,
            fault: metaError(80008, 'Too many calls to WhatsApp Business Management API', regainIn(15)),
          });
          return w;
        },
        [/next scheduled run retries\. It must succeed before \d{4}-/, /fbtrace_id `AtraceRateLimit1`/],
      ],
      [
        'a token that cannot be extended',
        () => startWorld({ current: token({ type: 'USER', daysLeft: 5 }) }),
        [/re-authorise before \d{4}-/, /System User token/],
      ],
      [
        'a missing Meta permission',
        async () => {
          const w = await startWorld();
          w.meta.inject({
            path: /oauth\/access_token$/,
            fault: metaError(200, '(#200) Requires business_management permission'),
          });
          return w;
        },
        [/A permission is missing/],
      ],
    ];
    for (const [what, make, expected] of cases) {
      world = await make();
      const run = await world.run(
        what === 'a wrong app secret' ? { 'app-secret': 'wrongsecret0000000000000000000000' } : {},
      );
      assert.equal(run.code, 1, what);
      const body = world.github.issues(REPO)[0]?.body ?? '';
      for (const pattern of expected) assert.match(body, pattern, what);
      await world.close();
      world = undefined;
    }
  });

  it('keeps two tokens in one repository apart', async () => {
    world = await startWorld({ current: token({ daysLeft: -1 }) });
    await world.run();
    await world.run({ 'github-secrets': 'INSTAGRAM_TOKEN' });
    const issues = world.github.issues(REPO);
    assert.equal(issues.length, 2);
    assert.ok(issues.every((i) => i.comments.length === 0));
  });

  it('leaves alone an issue someone else opened with the same label', async () => {
    world = await startWorld({ current: token({ daysLeft: -1 }) });
    const other = world.github.seedIssue(REPO, {
      title: 'Token question',
      body: 'How do I rotate?',
      labels: ['meta-token-refresh'],
      user: 'octocat',
    });
    await world.run();
    const issues = world.github.issues(REPO);
    assert.equal(issues.length, 2);
    const seeded = issues.find((i) => i.number === other.number);
    assert.equal(seeded?.comments.length, 0);
    assert.equal(seeded?.state, 'open');
  });

  it('works when the label already exists, and assigns people', async () => {
    world = await startWorld({ current: token({ daysLeft: -1 }) });
    world.github.seedIssue(REPO, { title: 'old', labels: ['meta-token-refresh'], state: 'closed' });
    const run = await world.run({ 'issue-assignees': 'octocat, hubot' });
    assert.equal(run.code, 1);
    const opened = world.github.issues(REPO).find((i) => i.state === 'open');
    assert.deepEqual(opened?.assignees, ['octocat', 'hubot']);
    assert.deepEqual(world.github.contractViolations, []);
  });

  it('opens the issue without a login GitHub cannot assign, keeps the others, and says who and why', async () => {
    world = await startWorld({ current: token({ daysLeft: -1 }), github: { assignable: { [REPO]: ['octocat'] } } });
    const run = await world.run({ 'issue-assignees': 'octocat, octo-gone' });
    assert.equal(run.code, 1, 'the run fails for the refresh, not for the issue');
    assert.match(run.stdout, /::error::.*Session has expired/);
    const [opened, ...others] = world.github.issues(REPO);
    assert.ok(opened);
    assert.equal(others.length, 0);
    assert.equal(run.outputs['issue-number'], String(opened.number));
    assert.deepEqual(opened.assignees, ['octocat']);
    const body = opened.body ?? '';
    assert.match(
      body,
      /Could not assign `@octo-gone`: GitHub refused this login \(invalid\)\. Check issue-assignees: .*left the organization or lack access to the repository/,
    );
    assert.doesNotMatch(body, /@octocat/);
    assert.match(body, /already dead/, 'the alert itself is intact');
    assert.deepEqual(
      world.calls().filter((c) => c === `POST /repos/${REPO}/issues`).length,
      2,
      'refused once, then opened',
    );
    assert.match(run.stdout, /::warning::Failure issue #\d+: Could not assign `@octo-gone`/);
    assert.match(run.summary, /Could not assign `@octo-gone`/);
    assert.doesNotMatch(run.stdout, /Could not open or update the failure issue/);
    assert.deepEqual(world.github.contractViolations, []);
  });

  it('opens the issue unassigned when no login can be assigned', async () => {
    world = await startWorld({ current: token({ daysLeft: -1 }), github: { assignable: { [REPO]: [] } } });
    const run = await world.run({ 'issue-assignees': 'octo-gone, octo-left' });
    assert.equal(run.code, 1);
    const [opened] = world.github.issues(REPO);
    assert.deepEqual(opened?.assignees, []);
    assert.match(
      opened?.body ?? '',
      /Could not assign `@octo-gone`, `@octo-left`: GitHub refused these logins \(invalid\)/,
    );
  });

  it('opens the issue unassigned when GitHub refuses the assignees without naming a login', async () => {
    world = await startWorld({ current: token({ daysLeft: -1 }) });
    // The older shape of the refusal: no `value` (seen in public reports of this error).
    const errors = [{ resource: 'Issue', field: 'assignees', code: 'invalid' }];
    world.github.inject({
      method: 'POST',
      path: `/repos/${REPO}/issues`,
      times: 1,
      fault: {
        kind: 'status',
        status: 422,
        body: { message: 'Validation Failed', errors, documentation_url: CREATE_ISSUE_DOCS },
      },
    });
    const run = await world.run({ 'issue-assignees': 'octocat, hubot' });
    assert.equal(run.code, 1);
    const [opened] = world.github.issues(REPO);
    assert.deepEqual(opened?.assignees, []);
    assert.match(
      opened?.body ?? '',
      /Could not assign `@octocat`, `@hubot`: GitHub refused the assignees \(invalid\) without saying which login\./,
    );
  });

  it('gives up on assignees after a second refusal, and says who was left out and why', async () => {
    world = await startWorld({ current: token({ daysLeft: -1 }), github: { assignable: { [REPO]: ['octocat'] } } });
    // GitHub names only one of two bad logins the first time; the fake names the other next.
    const errors = [{ value: 'octo-gone', resource: 'Issue', field: 'assignees', code: 'invalid' }];
    world.github.inject({
      method: 'POST',
      path: `/repos/${REPO}/issues`,
      times: 1,
      fault: {
        kind: 'status',
        status: 422,
        body: { message: 'Validation Failed', errors, documentation_url: CREATE_ISSUE_DOCS },
      },
    });
    const run = await world.run({ 'issue-assignees': 'octo-gone, octocat, octo-left' });
    assert.equal(run.code, 1);
    assert.equal(world.calls().filter((c) => c === `POST /repos/${REPO}/issues`).length, 3, 'at most three tries');
    const [opened] = world.github.issues(REPO);
    assert.deepEqual(opened?.assignees, []);
    assert.match(
      opened?.body ?? '',
      /Could not assign `@octo-gone`, `@octo-left`: GitHub refused these logins \(invalid\)\. `@octocat` was left unassigned too/,
    );
  });

  it('still fails with the original error when the issue cannot be opened, and logs both', async () => {
    world = await startWorld({
      current: token({ daysLeft: -1 }),
      github: {
        tokens: {
          github_pat_fake_writer_0000000000: { [REPO]: { secrets: 'write' } },
          [GH_ISSUES]: { [REPO]: { issues: 'read' } },
        },
      },
    });
    const run = await world.run();
    assert.equal(run.code, 1);
    assert.match(run.stdout, /::error::.*Session has expired/);
    assert.match(run.stdout, /::error::Could not open or update the failure issue in acme\/app: .*HTTP 403/);
    assert.equal(run.outputs['issue-number'], '');
    assert.equal(world.github.issues(REPO).length, 0);
  });

  it('dry run says what it would open or close and does neither', async () => {
    world = await startWorld({ current: token({ daysLeft: -1 }) });
    const dry = await world.run({ 'dry-run': 'true' });
    assert.match(dry.summary, /Failure issue: would open/);
    assert.equal(world.github.issues(REPO).length, 0);
    await world.run();
    const fine = token({ expiresAt: nowSeconds() + 50 * DAY });
    world.meta.addToken(fine);
    const dryOk = await world.run({ 'dry-run': 'true', 'access-token': fine.token });
    assert.match(dryOk.summary, /Failure issue: would close/);
    assert.equal(world.github.issues(REPO)[0]?.state, 'open');
  });

  it('can be turned off', async () => {
    world = await startWorld({ current: token({ daysLeft: -1 }) });
    const run = await world.run({ 'issue-on-failure': 'false' });
    assert.equal(run.code, 1);
    assert.equal(world.github.issues(REPO).length, 0);
  });
});
