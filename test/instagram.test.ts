/**
 * Instagram Login tokens through `dist/index.js`, against the Instagram Graph fake (its switches
 * for what Meta leaves unconfirmed) and the GitHub fake: refreshed with `ig_refresh_token` when
 * due by the expiry `expiry-variable` keeps, or by age where nothing records it; "too early"
 * answered either way; a dead token; a refresh without `expires_in`; `token-provider`; faults.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { FakeIgToken, InstagramFake, InstagramFakeOptions } from './fakes/instagram.ts';
import { IG_SIXTY_DAYS, igToken } from './fakes/instagram.ts';
import type { World } from './helpers/world.ts';
import { GH_ISSUES, GH_WRITER, nowSeconds, startWorld } from './helpers/world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const VARIABLE = 'IG_TOKEN_EXPIRES_AT';
const iso = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

async function start(current: FakeIgToken, options: Partial<InstagramFakeOptions> = {}): Promise<World> {
  world = await startWorld({
    instagram: { current, ...options },
    github: {
      tokens: {
        [GH_WRITER]: { 'acme/app': { secrets: 'write', variables: 'write' }, 'acme/api': { secrets: 'write' } },
        [GH_ISSUES]: { 'acme/app': { issues: 'write' } },
      },
    },
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

  for (const tooEarly of ['error', 'unchanged'] as const) {
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

  it('refuses a token auto cannot place, before any call', async () => {
    world = await startWorld();
    const run = await world.run({ 'access-token': 'ya29.not-a-meta-token-0123456789' });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Input 'token-provider' is auto, but the token starts with neither EAA/);
    assert.deepEqual(world.calls(), []);
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
