/**
 * Instagram Login tokens through `dist/index.js`, against the Instagram Graph fake (its switches
 * for what Meta leaves unconfirmed) and the GitHub fake: refreshed with `ig_refresh_token` when
 * due by the expiry `expiry-variable` keeps, or by age where nothing records it; "too early"
 * answered either way; a dead token; a refresh without `expires_in`; what the issue says of the old
 * token; `token-provider` (`auto` asks Meta about a prefix it does not know); faults.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { FakeIgToken, InstagramFake, InstagramFakeOptions } from './fakes/instagram.ts';
import { IG_SIXTY_DAYS, igToken } from './fakes/instagram.ts';
import type { Grant } from './fakes/github.ts';
import type { World } from './helpers/world.ts';
import { APP_ID, APP_SECRET, GH_ISSUES, GH_WRITER, nowSeconds, startWorld, token } from './helpers/world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const VARIABLE = 'IG_TOKEN_EXPIRES_AT';
const iso = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** What the secrets writer may do by default: write both repositories' secrets, and acme/app's variables. */
const WRITER: Record<string, Grant> = {
  'acme/app': { secrets: 'write', variables: 'write' },
  'acme/api': { secrets: 'write' },
};

async function start(
  current: FakeIgToken,
  options: Partial<InstagramFakeOptions> = {},
  writer: Record<string, Grant> = WRITER,
): Promise<World> {
  world = await startWorld({
    instagram: { current, ...options },
    github: { tokens: { [GH_WRITER]: writer, [GH_ISSUES]: { 'acme/app': { issues: 'write' } } } },
  });
  return world;
}

const ig = (w: World): InstagramFake => {
  assert.ok(w.instagram);
  return w.instagram;
};
const refreshes = (w: World): number => ig(w).requests.filter((r) => r.path === '/refresh_access_token').length;
const withVariable = { 'expiry-variable': VARIABLE };

/** The variable as the last refresh left it: the expiry `value`, written `hoursAgo` hours ago. */
function recordExpiry(w: World, value: string, hoursAgo: number): void {
  w.github.seedVariable('acme/app', VARIABLE, value, new Date(Date.now() - hoursAgo * 3600_000));
}

/** Every destination holds `token`. */
function assertHeldEverywhere(w: World, token: string | undefined): void {
  assert.ok(token);
  assert.equal(w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value, token);
  assert.equal(w.github.secret('acme/api', 'WA_TOKEN')?.value, token);
}

describe('Instagram Login tokens', () => {
  it('refreshes a token the expiry variable says is due, and records the new expiry', async () => {
    const current = igToken({ daysLeft: 5, ageDays: 55 });
    const w = await start(current);
    recordExpiry(w, iso(current.expiresAt), 55 * 24);
    const run = await w.run(withVariable);
    assert.equal(run.code, 0, run.stdout);
    const fresh = ig(w).minted[0];
    assertHeldEverywhere(w, fresh?.token);
    assert.equal(w.github.variable('acme/app', VARIABLE)?.value, run.outputs['expires-at']);
    const expiresAt = Date.parse(run.outputs['expires-at'] ?? '') / 1000;
    assert.ok(Math.abs(expiresAt - (nowSeconds() + IG_SIXTY_DAYS)) < 120, 'the expiry is the refresh’s expires_in');
    assert.equal(run.outputs['token-type'], 'INSTAGRAM_USER');
    assert.equal(run.outputs.refreshed, 'true');
    assert.match(run.stdout, /token-provider auto: an Instagram Login token/);
    assert.deepEqual(w.meta.requests, [], 'graph.facebook.com is never called');
    const verified = ig(w)
      .requests.filter((r) => r.path.endsWith('/me'))
      .map((r) => r.query.get('access_token'));
    assert.deepEqual(verified, [current.token, fresh?.token], 'the new token is checked with /me before it is written');
  });

  it('leaves a token alone that the expiry variable says is not due, and converges', async () => {
    const current = igToken({ daysLeft: 40, ageDays: 20 });
    const w = await start(current);
    w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', current.token);
    recordExpiry(w, iso(current.expiresAt), 20 * 24);
    const run = await w.run(withVariable);
    assert.equal(run.code, 0, run.stdout);
    assert.equal(refreshes(w), 0);
    assert.equal(run.outputs.status, 'not-due');
    assertHeldEverywhere(w, current.token);
  });

  it('refreshes on every run without an expiry record, and says what it lacks', async () => {
    const w = await start(igToken({ ageDays: 3 }));
    const run = await w.run({ 'required-scopes': 'instagram_business_basic' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(refreshes(w), 1);
    assertHeldEverywhere(w, ig(w).minted[0]?.token);
    assert.match(run.summary, /no expiry-variable is set/);
    assert.match(run.summary, /required-scopes is not checked/);
  });

  it('does not call the refresh for a token its record says is under 24 hours old, even with force', async () => {
    const w = await start(igToken({ ageDays: 0.1 }));
    recordExpiry(w, 'unknown', 2);
    const run = await w.run({ ...withVariable, force: 'true' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(refreshes(w), 0);
    assert.equal(run.outputs.status, 'not-due');
    assert.match(run.summary, /under 24 hours old/);
  });

  it('refreshes a token of unknown expiry once its record is a day old', async () => {
    const w = await start(igToken({ ageDays: 1.5 }));
    recordExpiry(w, 'unknown', 30);
    const run = await w.run(withVariable);
    assert.equal(run.code, 0, run.stdout);
    assert.equal(refreshes(w), 1);
    assert.match(run.summary, /Expiry before \| not known/);
  });

  // 'error-190': the "24 hours" error under the code of token errors, on a token /me has just accepted.
  for (const tooEarly of ['error', 'error-190', 'unchanged'] as const) {
    it(`takes Meta's "too early" (${tooEarly}) for a token of unknown age as not due`, async () => {
      const current = igToken({ ageDays: 0.1 });
      const w = await start(current, { tooEarly });
      w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', current.token);
      const run = await w.run();
      assert.equal(run.code, 0, run.stdout);
      assert.equal(refreshes(w), 1, 'the refresh was tried');
      assert.equal(ig(w).minted.length, 0);
      assert.equal(run.outputs.status, 'not-due');
      assert.match(run.summary, /under 24 hours old/);
      assertHeldEverywhere(w, current.token);
    });
  }

  it('fails with the Instagram Login steps when the token is dead, and opens the issue', async () => {
    const w = await start(igToken({ daysLeft: -1, ageDays: 61 }));
    const run = await w.run();
    assert.equal(run.code, 1, run.stdout);
    assert.equal(refreshes(w), 0);
    const issue = w.github.issues('acme/app').find((i) => i.state === 'open');
    assert.match(issue?.body ?? '', /log in again through your app's Instagram Login flow/);
    assert.match(issue?.body ?? '', /Session has expired/);
    assert.equal(w.github.secret('acme/app', 'META_ACCESS_TOKEN'), undefined, 'nothing written');
  });

  it('says in the issue that the old token may already be dead when a write after the refresh fails', async () => {
    const w = await start(
      igToken({ ageDays: 3 }),
      { oldTokenSurvives: false },
      { ...WRITER, 'acme/api': { secrets: 'read' } },
    );
    const run = await w.run();
    assert.equal(run.code, 1, run.stdout);
    assert.equal(w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value, ig(w).minted[0]?.token);
    const body = w.github.issues('acme/app').find((i) => i.state === 'open')?.body ?? '';
    assert.match(body, /Still hold the \*\*old\*\* token: `acme\/api:WA_TOKEN`/);
    assert.match(body, /the old token may already be dead/);
    assert.doesNotMatch(body, /keeps working until it expires/);
  });

  it('says of a Facebook token, not an Instagram one, that the old token keeps working', async () => {
    world = await startWorld({
      github: {
        tokens: {
          [GH_WRITER]: { 'acme/app': { secrets: 'write' }, 'acme/api': { secrets: 'read' } },
          [GH_ISSUES]: { 'acme/app': { issues: 'write' } },
        },
      },
    });
    const run = await world.run();
    assert.equal(run.code, 1);
    const body = world.github.issues('acme/app')[0]?.body ?? '';
    assert.match(body, /Still hold the \*\*old\*\* token: `acme\/api:WA_TOKEN` \(it keeps working until it expires\)/);
    assert.doesNotMatch(body, /may already be dead/);
  });

  it('says the expiry is not known when the refresh answer has no expires_in, and never invents one', async () => {
    const w = await start(igToken({ daysLeft: 5, ageDays: 55 }), { omitExpiresIn: true });
    const run = await w.run(withVariable);
    assert.equal(run.code, 0, run.stdout);
    assertHeldEverywhere(w, ig(w).minted[0]?.token);
    assert.equal(run.outputs['expires-at'], '');
    assert.equal(run.outputs['days-left'], '');
    assert.equal(w.github.variable('acme/app', VARIABLE)?.value, 'unknown');
    assert.match(run.summary, /Expiry after \| not known/);
    assert.match(run.summary, /no expires_in/);
  });

  it('fails as retry-later and writes nothing when the refresh answers 500', async () => {
    const current = igToken({ ageDays: 3 });
    const w = await start(current);
    ig(w).inject({ method: 'GET', path: /^\/refresh_access_token$/, times: 3, fault: { kind: 'status', status: 500 } });
    const run = await w.run();
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /retry later/);
    assert.equal(w.github.secret('acme/app', 'META_ACCESS_TOKEN'), undefined, 'nothing written');
  });

  it('fails as retry-later and writes nothing when /me cannot be reached', async () => {
    const w = await start(igToken({ ageDays: 3 }));
    ig(w).inject({ method: 'GET', path: /\/me$/, times: 3, fault: { kind: 'reset' } });
    const run = await w.run();
    assert.equal(run.code, 1, run.stdout);
    assert.equal(refreshes(w), 0);
    assert.match(run.stdout, /retry later/);
    assert.equal(w.github.secret('acme/app', 'META_ACCESS_TOKEN'), undefined, 'nothing written');
  });

  it('writes nothing when the new token fails its /me check', async () => {
    const w = await start(igToken({ ageDays: 3 }));
    // The refresh's own /me is the second one.
    ig(w).inject({ method: 'GET', path: /\/me$/, times: 1, fault: { kind: 'wait', until: () => Promise.resolve() } });
    ig(w).inject({ method: 'GET', path: /\/me$/, times: 3, fault: { kind: 'status', status: 503 } });
    const run = await w.run();
    assert.equal(run.code, 1, run.stdout);
    assert.equal(ig(w).minted.length, 1);
    assert.equal(w.github.secret('acme/app', 'META_ACCESS_TOKEN'), undefined, 'nothing written');
  });
});

describe('token-provider', () => {
  it('auto picks Facebook Login for an EAA token', async () => {
    world = await startWorld();
    const run = await world.run();
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /token-provider auto: a Facebook Login token/);
  });

  it('auto asks nothing more of a token whose prefix it knows', async () => {
    const w = await start(igToken({ ageDays: 3 }));
    const run = await w.run({ 'access-token': w.current.token, 'app-id': APP_ID, 'app-secret': APP_SECRET });
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /token-provider auto: a Facebook Login token \(EAA\)/);
    assert.deepEqual(ig(w).requests, [], 'graph.instagram.com is not asked about an EAA token');
  });

  it('auto asks /me about a token of unknown prefix, and refreshes it as an Instagram Login token', async () => {
    // Meta's own example Instagram token starts F4RVB.
    const current = igToken({ ageDays: 3, token: `F4RVBFake${'1'.repeat(40)}` });
    const w = await start(current);
    const run = await w.run({ 'app-id': APP_ID, 'app-secret': APP_SECRET });
    assert.equal(run.code, 0, run.stdout);
    assert.ok(run.stdout.includes(`::add-mask::${current.token}`), 'the token is masked');
    assert.match(run.stdout, /token-provider auto: .*graph\.instagram\.com's \/me answered/);
    assert.equal(refreshes(w), 1);
    assertHeldEverywhere(w, ig(w).minted[0]?.token);
    assert.deepEqual(w.meta.requests, [], 'debug_token is not asked once /me answered');
  });

  it('auto asks debug_token about a token /me does not know, and refreshes it as a Facebook Login token', async () => {
    const current = token({ token: `F4RVBFakeFb${'2'.repeat(40)}` });
    const w = await startWorld({ current, instagram: { current: igToken() } });
    world = w;
    const run = await w.run({ 'access-token': current.token, 'app-id': APP_ID, 'app-secret': APP_SECRET });
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /token-provider auto: .*debug_token/);
    assert.equal(w.meta.minted.length, 1);
    assert.deepEqual(
      ig(w).requests.map((r) => r.path),
      ['/v25.0/me'],
      'one call to graph.instagram.com',
    );
  });

  it('refuses a token neither /me nor debug_token knows, naming token-provider and the fix', async () => {
    const w = await start(igToken());
    const run = await w.run({
      'access-token': 'ya29.not-a-meta-token-0123456789',
      'app-id': APP_ID,
      'app-secret': APP_SECRET,
    });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Input 'token-provider' is auto/);
    assert.match(run.stdout, /set token-provider to facebook or instagram/);
    assert.deepEqual(
      w.calls().filter((c) => !c.startsWith('GET /repos/')),
      ['GET /v25.0/debug_token', 'GET /v25.0/me'],
    );
    assert.equal(w.github.secret('acme/app', 'META_ACCESS_TOKEN'), undefined, 'nothing written');
  });

  it('refuses a token /me does not know when there are no app credentials to ask debug_token', async () => {
    const w = await start(igToken());
    const run = await w.run({ 'access-token': 'ya29.not-a-meta-token-0123456789' });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Input 'token-provider' is auto/);
    assert.match(run.stdout, /app-id and app-secret/);
    assert.deepEqual(w.meta.requests, []);
    assert.equal(ig(w).requests.length, 1);
  });

  it('fails as retry-later when the call that finds the provider cannot be answered', async () => {
    const w = await start(igToken({ ageDays: 3, token: `F4RVBFake${'3'.repeat(40)}` }));
    ig(w).inject({ method: 'GET', path: /\/me$/, times: 3, fault: { kind: 'status', status: 503 } });
    const run = await w.run();
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /retry later/);
    assert.doesNotMatch(run.stdout, /needs a person/);
    assert.equal(refreshes(w), 0);
    assert.equal(w.github.secret('acme/app', 'META_ACCESS_TOKEN'), undefined, 'nothing written');
  });

  it('needs app-id and app-secret for a Facebook Login token only', async () => {
    world = await startWorld();
    const run = await world.run({ 'app-id': '', 'app-secret': '' });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Input 'app-id' is required for a Facebook Login token/);
    assert.match(run.stdout, /Input 'app-secret' is required for a Facebook Login token/);
    assert.deepEqual(world.calls(), []);
  });

  it('instagram refreshes any token with ig_refresh_token, without app credentials', async () => {
    const w = await start(igToken({ ageDays: 3, token: `IGQVFake${'0'.repeat(40)}` }));
    const run = await w.run({ 'token-provider': 'instagram' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(refreshes(w), 1);
    assert.doesNotMatch(run.stdout, /token-provider auto/);
  });
});
