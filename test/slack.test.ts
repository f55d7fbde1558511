/**
 * The Slack notice end to end (`dist/index.js` against the Meta, GitHub and Slack fakes): one
 * post when the failure issue opens, none while it stays open, one when it closes; Slack's
 * refusals are warnings that name the fix and never change the run's result; a bad
 * `slack-webhook-url` is refused before any call. The webhook URL and every token are checked
 * absent from the run's output, the issues, and every request but the post itself.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { slackError } from '../src/clients/slack.ts';
import type { IssueNotice } from '../src/notify.ts';
import { escapeMrkdwn, planMessages, SLACK_MESSAGE_CAP, SLACK_SPACING_MS } from '../src/notify.ts';
import { startSlackFake } from './fakes/slack.ts';
import type { SlackFake, SlackPayload } from './fakes/slack.ts';
import type { ActionRun } from './helpers/action.ts';
import { channelInputs, encrypt, FERNET_KEY, seedChannels } from './helpers/channels.ts';
import { assertNoLeak, assertRequestsClean } from './helpers/leaks.ts';
import type { PgServer } from './helpers/postgres.ts';
import { startPostgres } from './helpers/postgres.ts';
import type { World } from './helpers/world.ts';
import { APP_SECRET, GH_ISSUES, GH_WRITER, startWorld, token } from './helpers/world.ts';

const REPO = 'acme/app';
const RUN_URL = 'https://github.com/acme/app/actions/runs/4242';

let world: World | undefined;
let slack: SlackFake | undefined;
afterEach(async () => {
  await Promise.all([world?.close(), slack?.close()]);
  world = undefined;
  slack = undefined;
});

/** A world whose token has `daysLeft` days left (due by default), and a Slack fake. */
async function start(daysLeft = 3): Promise<{ world: World; slack: SlackFake }> {
  world = await startWorld({ current: token({ daysLeft }) });
  slack = await startSlackFake();
  return { world, slack };
}

/** Meta refuses the exchange (a needs-human error): the run fails. */
function failExchange(w: World): void {
  w.meta.inject({
    path: /oauth\/access_token$/,
    fault: {
      kind: 'status',
      status: 400,
      body: { error: { message: 'Permissions error', type: 'OAuthException', code: 200 } },
    },
  });
}

/** Runs with the webhook, and checks that neither it nor a token went anywhere it must not. */
async function run(w: World, s: SlackFake, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const seen = { slack: s.requests.length, meta: w.meta.requests.length, github: w.github.requests.length };
  const result = await w.run({ 'slack-webhook-url': s.webhookUrl, 'slack-api-url': s.url, ...inputs });
  const hook = [s.webhookUrl, new URL(s.webhookUrl).pathname, new URL(s.webhookUrl).pathname.split('/').pop() ?? ''];
  const issues = w.github.issues(REPO).flatMap((i) => [i.title, i.body ?? '', ...i.comments.map((c) => c.body)]);
  assertNoLeak(result, hook, { 'issues and comments': issues.join('\n') });
  const tokens = [w.current.token, ...w.meta.minted.map((t) => t.token), APP_SECRET, GH_WRITER, GH_ISSUES];
  assertRequestsClean('Slack', s.requests.slice(seen.slack), () => tokens);
  assertRequestsClean('Meta', w.meta.requests.slice(seen.meta), () => hook);
  assertRequestsClean('GitHub', w.github.requests.slice(seen.github), () => hook);
  return result;
}

/** Every mrkdwn text of a message, joined. */
const textOf = (p: SlackPayload): string => JSON.stringify(p);

const warnings = (r: ActionRun): string =>
  r.stdout
    .split('\n')
    .filter((l) => l.startsWith('::warning::'))
    .join('\n');

describe('Slack notice', () => {
  it('posts once when the issue opens, nothing while it stays open, once when it closes', async () => {
    const { world: w, slack: s } = await start();
    failExchange(w);

    const first = await run(w, s);
    assert.equal(first.code, 1, first.stdout);
    const [issue] = w.github.issues(REPO);
    assert.ok(issue, 'an issue was opened');
    assert.equal(s.posts.length, 1, 'one post for the opened issue');
    const opened = s.delivered()[0];
    assert.ok(opened);
    assert.match(String(opened.text), new RegExp(`Failure issue opened: #${String(issue.number)} `));
    const body = textOf(opened);
    assert.ok(body.includes(`<https://github.com/${REPO}/issues/${String(issue.number)}|`), `links the issue: ${body}`);
    assert.ok(body.includes(`<${RUN_URL}|Workflow run>`), `links the run: ${body}`);
    assert.match(body, /Permissions error/, 'says what failed');

    const second = await run(w, s);
    assert.equal(second.code, 1);
    assert.equal(w.github.issues(REPO)[0]?.comments.length, 1, 'the second failure commented');
    assert.equal(s.posts.length, 1, 'a comment posts nothing');

    w.meta.clearFaults();
    const third = await run(w, s);
    assert.equal(third.code, 0, third.stdout);
    assert.equal(w.github.issues(REPO)[0]?.state, 'closed');
    assert.equal(s.posts.length, 2, 'one post for the closed issue');
    const closed = s.delivered()[1];
    assert.ok(closed);
    assert.match(String(closed.text), new RegExp(`Recovered, failure issue closed: #${String(issue.number)} `));
    assert.ok(textOf(closed).includes(`<${RUN_URL}|Workflow run>`));

    const fourth = await run(w, s);
    assert.equal(fourth.code, 0);
    assert.equal(s.posts.length, 2, 'a green run without an issue posts nothing');
    assert.equal(warnings(first) + warnings(third), '', 'no Slack warning when Slack answers ok');
  });

  it('no_service: a warning that says to recreate the webhook; the run ends as it would have', async () => {
    const { world: w, slack: s } = await start();
    s.answerWith('no_service');
    failExchange(w);
    const failed = await run(w, s);
    assert.equal(failed.code, 1);
    assert.equal(failed.outputs.status, 'failed');
    assert.equal(w.github.issues(REPO).length, 1, 'the issue is opened all the same');
    assert.equal(failed.outputs['issue-number'], String(w.github.issues(REPO)[0]?.number));
    assert.match(warnings(failed), /Could not post to Slack \(slack-webhook-url; needs a person\).*no_service/);
    assert.match(warnings(failed), /Add New Webhook to Workspace/);
    assert.match(failed.summary, /Could not post to Slack/);
    assert.doesNotMatch(failed.stdout, /::error::.*Slack/, 'never an error, the run has its own');

    w.meta.clearFaults();
    const green = await run(w, s);
    assert.equal(green.code, 0, green.stdout);
    assert.equal(green.outputs.status, 'refreshed');
    assert.equal(w.github.issues(REPO)[0]?.state, 'closed');
    assert.match(warnings(green), /no_service/, 'the failed notice of a green run is a warning too');
    assert.equal(s.posts.length, 2, 'one attempt each: a refusal is not retried');
  });

  it('a rate limit is retried once after its Retry-After', async () => {
    const { world: w, slack: s } = await start();
    s.answerWith({ rateLimitedFor: 1, times: 1 });
    failExchange(w);
    const failed = await run(w, s);
    assert.equal(failed.code, 1);
    assert.deepEqual(
      s.posts.map((p) => p.answer),
      ['rate_limited', 'ok'],
    );
    assert.equal(warnings(failed), '');
  });

  it('posts each failed run whose issue cannot be opened: Slack is then the one left to tell', async () => {
    world = await startWorld({
      current: token({ daysLeft: 3 }),
      github: {
        tokens: {
          [GH_WRITER]: { [REPO]: { secrets: 'write' }, 'acme/api': { secrets: 'write' } },
          [GH_ISSUES]: { [REPO]: { issues: 'read' } },
        },
      },
    });
    slack = await startSlackFake();
    const [w, s] = [world, slack];
    failExchange(w);
    for (const attempt of [1, 2]) {
      const failed = await run(w, s);
      assert.equal(failed.code, 1);
      assert.equal(w.github.issues(REPO).length, 0, 'the issues token may not open one');
      assert.equal(s.posts.length, attempt, 'one post for each failed run without its issue');
    }
    const posted = s.delivered()[0];
    assert.ok(posted);
    assert.match(String(posted.text), /^Run failed, and its failure issue could not be opened: /);
    const body = textOf(posted);
    assert.match(body, /Permissions error/, 'says what failed');
    assert.match(body, /Could not open or update the failure issue in acme\/app: .*HTTP 403/, 'and why no issue');
    assert.ok(body.includes(`<${RUN_URL}|Workflow run>`), `links the run: ${body}`);
    assert.doesNotMatch(body, /\|Issue #/, 'links no issue');

    w.meta.clearFaults();
    const green = await run(w, s);
    assert.equal(green.code, 0, green.stdout);
    assert.equal(s.posts.length, 2, 'a green run with no issue to close posts nothing');
  });

  it('a dry run posts nothing', async () => {
    const { world: w, slack: s } = await start(-1);
    const dry = await run(w, s, { 'dry-run': 'true' });
    assert.equal(dry.code, 1, 'a dead token fails the dry run');
    assert.match(dry.summary, /Failure issue: would open/);
    assert.equal(s.requests.length, 0, dry.stdout);
  });

  const BAD: Array<[string, (s: SlackFake) => Record<string, string>, RegExp]> = [
    [
      'not a URL',
      () => ({ 'slack-webhook-url': 'hooks.slack.com/services/T1/B2/abcdef' }),
      /must be a Slack incoming-webhook URL/,
    ],
    [
      'http',
      () => ({
        'slack-webhook-url': 'http://hooks.slack.com/services/T1/B2/abcdef',
        'slack-api-url': 'https://hooks.slack.com',
      }),
      /must use https/,
    ],
    [
      'another host',
      (s) => ({ 'slack-webhook-url': 'https://hooks.example.com/services/T1/B2/abcdef', 'slack-api-url': s.url }),
      /must be on 127\.0\.0\.1:\d+ \(slack-api-url\)/,
    ],
    [
      'not Slack by default',
      () => ({
        'slack-webhook-url': 'https://evil.example/services/T1/B2/abcdef',
        'slack-api-url': 'https://hooks.slack.com',
      }),
      /must be on hooks\.slack\.com/,
    ],
    [
      'a Workflow Builder URL',
      () => ({
        'slack-webhook-url': 'https://hooks.slack.com/triggers/T1/123/abcdef',
        'slack-api-url': 'https://hooks.slack.com',
      }),
      /must be an incoming-webhook URL/,
    ],
    [
      'a path cut short',
      () => ({
        'slack-webhook-url': 'https://hooks.slack.com/services/T1/B2',
        'slack-api-url': 'https://hooks.slack.com',
      }),
      /must be an incoming-webhook URL/,
    ],
    [
      'credentials',
      () => ({
        'slack-webhook-url': 'https://u:p@hooks.slack.com/services/T1/B2/abcdef',
        'slack-api-url': 'https://hooks.slack.com',
      }),
      /must not contain a user name or password/,
    ],
    [
      'issues turned off',
      (s) => ({ 'slack-webhook-url': s.webhookUrl, 'issue-on-failure': 'false' }),
      /with issue-on-failure false it would never post/,
    ],
  ];
  for (const [what, inputs, message] of BAD) {
    it(`refuses ${what} before any call, naming the input and the fix`, async () => {
      const { world: w, slack: s } = await start();
      const given: Record<string, string> = { 'slack-api-url': s.url, ...inputs(s) };
      const result = await w.run(given);
      assert.equal(result.code, 1);
      assert.match(result.stdout, /Input 'slack-webhook-url'/);
      assert.match(result.stdout, message);
      assert.deepEqual(w.calls(), [], 'no call to Meta or GitHub');
      assert.equal(s.requests.length, 0, 'no call to Slack');
      const secret = given['slack-webhook-url'] ?? '';
      assertNoLeak(result, [secret, new URL(s.webhookUrl).pathname]);
    });
  }
});

describe('Slack notice, bounded', () => {
  const notice = (i: number, action: IssueNotice['action']): IssueNotice => ({
    action,
    number: i,
    url: `https://github.com/acme/app/issues/${String(i)}`,
    title: `Meta access token refresh failed: channel ch_${String(i)}`,
    details: ['dead'],
  });

  it(`posts one message per issue up to ${String(SLACK_MESSAGE_CAP)}, openings first, then one digest`, () => {
    const notices = [
      ...Array.from({ length: 6 }, (_, i) => notice(i + 1, 'closed')),
      ...Array.from({ length: 9 }, (_, i) => notice(i + 7, 'opened')),
    ];
    const messages = planMessages(notices, 'https://github.com/acme/app/actions/runs/1');
    assert.equal(messages.length, SLACK_MESSAGE_CAP);
    assert.ok(messages.slice(0, 9).every((m) => m.text.startsWith('Failure issue opened')));
    const digest = messages.at(-1);
    assert.match(digest?.text ?? '', /^5 more failure issues this run \(0 opened, 5 closed\)/);
    assert.equal(planMessages(notices.slice(0, SLACK_MESSAGE_CAP), undefined).length, SLACK_MESSAGE_CAP);
  });

  it("classifies Slack's answers: retry later, or what a person does", () => {
    const cases: Array<[number, string, string | null, 'retry-later' | 'needs-human', RegExp]> = [
      [404, 'no_service', null, 'needs-human', /revoked.*Add New Webhook to Workspace/],
      [404, 'channel_not_found', null, 'needs-human', /channel of this webhook was deleted/],
      [410, 'channel_is_archived', null, 'needs-human', /unarchive it/],
      [403, 'action_prohibited', null, 'needs-human', /ask a Slack admin/],
      [400, 'invalid_payload', null, 'needs-human', /a bug of the action/],
      [429, 'rate_limited', '7', 'retry-later', /Nothing to do/],
      [500, 'rollup_error', null, 'retry-later', /outage at Slack/],
      [502, '<html>Bad gateway</html>', null, 'retry-later', /outage at Slack/],
    ];
    for (const [status, body, retryAfter, failureClass, hint] of cases) {
      const error = slackError(status, body, retryAfter);
      assert.equal(error.failureClass, failureClass, body);
      assert.match(error.hint ?? '', hint, body);
      assert.ok(!error.message.includes('<html>'), 'an answer that is not a code is not echoed');
    }
    assert.equal(slackError(429, 'rate_limited', '7').retryAfterMs, 7000);
  });

  it("escapes mrkdwn's control characters, so a row id cannot forge a link", () => {
    assert.equal(escapeMrkdwn('<https://evil|click> & co'), '&lt;https://evil|click&gt; &amp; co');
  });
});

/** Dead channels in the table-mode run: under the cap of channel issues, so each gets its own. */
const CHANNELS = 4;

describe('Slack notice in table mode', () => {
  let pg: PgServer;
  before(async () => {
    pg = await startPostgres();
  });
  after(async () => {
    await pg.stop();
  });

  // The cap and the digest past it are checked without a network above; 4 channels keep this run short.
  it("posts for each channel's issue as it opens and closes, at most one a second", async () => {
    const dead = () =>
      token({ invalid: { code: 190, subcode: 460, message: 'The session is invalid because the user logged out.' } });
    const ids = Array.from({ length: CHANNELS }, (_, i) => `ch_${String(i + 1).padStart(2, '0')}`);
    const channels = ids.map((id) => ({ id, token: dead() }));
    await seedChannels(pg, channels);
    world = await startWorld({ meta: { tokens: channels.map((c) => c.token) } });
    slack = await startSlackFake();
    const w = world;
    const s = slack;
    const tokens = channels.map((c) => c.token.token);
    const inputs = channelInputs(pg.url, { 'slack-webhook-url': s.webhookUrl, 'slack-api-url': s.url });
    const check = (r: ActionRun): void => {
      assertNoLeak(r, [s.webhookUrl, ...tokens, FERNET_KEY, pg.password]);
      assertRequestsClean('Slack', s.requests, () => [...tokens, FERNET_KEY, pg.password, APP_SECRET, GH_ISSUES]);
    };

    // Each channel gets an issue of its own: one post each.
    const first = await w.run(inputs);
    check(first);
    assert.equal(first.code, 1, first.stdout);
    const opened = s.delivered().map((p) => String(p.text));
    assert.equal(
      opened.length,
      CHANNELS,
      first.stdout
        .split('\n')
        .filter((l) => /Slack/.test(l))
        .join('\n'),
    );
    assert.ok(opened.every((t) => t.startsWith('Failure issue opened')));
    assert.equal(opened.filter((t) => / channel ch_\d+$/.test(t)).length, CHANNELS);
    const times = s.requests.map((r) => r.at);
    const span = (times.at(-1) ?? 0) - (times[0] ?? 0);
    assert.ok(
      span >= 0.9 * SLACK_SPACING_MS * (times.length - 1),
      `${String(span)} ms for ${String(times.length)} posts`,
    );

    // Every issue stays open with a comment: nothing to post.
    const second = await w.run(inputs);
    check(second);
    assert.equal(s.posts.length, CHANNELS);

    // Every customer reconnects: each issue closes, one post each.
    for (const c of channels) {
      const fresh = token({ daysLeft: 59 });
      w.meta.addToken(fresh);
      tokens.push(fresh.token);
      await pg.sql`UPDATE "Channel" SET wa_token_encrypted = ${encrypt(fresh.token)} WHERE id = ${c.id}`;
    }
    const third = await w.run(inputs);
    check(third);
    assert.equal(third.code, 0, third.stdout);
    const closed = s.delivered().slice(CHANNELS);
    assert.equal(closed.length, CHANNELS);
    assert.ok(closed.every((p) => String(p.text).startsWith('Recovered, failure issue closed')));
  });
});
