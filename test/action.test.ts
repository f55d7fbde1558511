/**
 * The action end to end: `dist/index.js` run as the runner runs it, against the Meta and GitHub
 * fakes on 127.0.0.1. Every run is also checked for leaked secrets (see helpers/world.ts).
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { World } from './helpers/world.ts';
import { startWorld, token } from './helpers/world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const writes = (w: World): string[] => w.calls().filter((c) => c.startsWith('PUT '));

/** Puts the world's current token into both secrets, written now (after the token was issued). */
function seedCurrent(w: World): void {
  w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', w.current.token);
  w.github.seedSecret('acme/api', 'WA_TOKEN', w.current.token);
}
const exchanges = (w: World): string[] => w.calls().filter((c) => c.endsWith('/oauth/access_token'));

describe('a due token', () => {
  it('refreshes an expiring system-user token into two repositories, primary first', async () => {
    world = await startWorld();
    const run = await world.run();
    assert.equal(run.code, 0, run.stdout);
    const [fresh] = world.meta.minted;
    assert.ok(fresh, 'Meta minted a token');
    assert.equal(world.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value, fresh.token);
    assert.equal(world.github.secret('acme/api', 'WA_TOKEN')?.value, fresh.token);
    const exchange = world.meta.requests.find((r) => r.path === '/v25.0/oauth/access_token');
    assert.equal(exchange?.query.get('set_token_expires_in_60_days'), 'true');
    const puts = world.github.requests.filter((r) => r.method === 'PUT').map((r) => r.path);
    assert.deepEqual(puts, [
      '/repos/acme/app/actions/secrets/META_ACCESS_TOKEN',
      '/repos/acme/api/actions/secrets/WA_TOKEN',
    ]);
    assert.deepEqual(world.github.contractViolations, []);
    assert.equal(run.outputs.status, 'refreshed');
    assert.equal(run.outputs.refreshed, 'true');
    assert.equal(run.outputs['token-type'], 'SYSTEM_USER');
    assert.match(run.outputs['days-left'] ?? '', /^(59|60)$/, 'a fresh 60-day token');
    assert.equal(Date.parse(run.outputs['expires-at'] ?? ''), fresh.expiresAt * 1000);
    assert.match(run.summary, /acme\/app:META_ACCESS_TOKEN \(primary\) \| ✅ created \| new token/);
    assert.match(run.summary, /acme\/api:WA_TOKEN \| ✅ created \| new token/);
    assert.match(run.summary, /Expiry after \| .* \((59|60) days left\)/);
  });

  it('updates secrets that exist (204) and still works when Meta omits expires_in and requires appsecret_proof', async () => {
    world = await startWorld({ meta: { omitExpiresIn: true, requireAppsecretProof: true } });
    world.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', world.current.token);
    const run = await world.run({ 'github-secrets': 'META_ACCESS_TOKEN' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(world.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value, world.meta.minted[0]?.token);
    assert.match(run.summary, /✅ updated/);
  });

  it('refreshes a token that is not due when force is set', async () => {
    world = await startWorld({ current: token({ daysLeft: 50 }) });
    const run = await world.run({ force: 'true' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.status, 'refreshed');
    assert.equal(world.meta.minted.length, 1);
  });
});

describe('nothing to do', () => {
  it('leaves a token that is not due alone', async () => {
    world = await startWorld({ current: token({ daysLeft: 40 }) });
    seedCurrent(world);
    const run = await world.run();
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.status, 'not-due');
    assert.equal(run.outputs.refreshed, 'false');
    assert.equal(run.outputs['days-left'], '40');
    assert.deepEqual(exchanges(world), []);
    assert.deepEqual(writes(world), []);
    assert.match(run.summary, /not due: 40 days left/);
  });

  it('leaves a never-expiring token alone, even with force', async () => {
    world = await startWorld({ current: token({ expiresAt: 0 }) });
    seedCurrent(world);
    const run = await world.run({ force: 'true' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.status, 'non-expiring');
    assert.equal(run.outputs['expires-at'], '');
    assert.equal(run.outputs['days-left'], '');
    assert.deepEqual(exchanges(world), []);
    assert.deepEqual(writes(world), []);
  });

  it('dry run inspects and reports, and changes nothing', async () => {
    world = await startWorld();
    const run = await world.run({ 'dry-run': 'true' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.status, 'dry-run');
    assert.equal(run.outputs.refreshed, 'false');
    assert.deepEqual(exchanges(world), []);
    assert.deepEqual(writes(world), []);
    assert.match(run.summary, /would write \(dry run\)/);
  });
});

describe('convergence after a partial failure', () => {
  it('brings a destination that missed the current token up to date, without force', async () => {
    world = await startWorld({ current: token({ daysLeft: 50 }) });
    world.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', world.current.token);
    const issuedAt = new Date(((world.current.issuedAt ?? 0) - 3600) * 1000);
    world.github.seedSecret('acme/api', 'WA_TOKEN', 'EAAFakeOlderTokenThatWasReplaced000000', issuedAt);
    const run = await world.run();
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.status, 'not-due');
    assert.deepEqual(exchanges(world), []);
    assert.deepEqual(writes(world), ['PUT /repos/acme/api/actions/secrets/WA_TOKEN']);
    assert.equal(world.github.secret('acme/api', 'WA_TOKEN')?.value, world.current.token);
    assert.match(run.summary, /acme\/api:WA_TOKEN missed the current token in an earlier run; brought up to date now/);
    assert.match(run.summary, /acme\/api:WA_TOKEN \| ✅ updated \| current token/);

    const again = await world.run();
    assert.equal(again.code, 0);
    assert.equal(writes(world).length, 1, 'a second run writes nothing');
  });

  it('writes a destination that does not exist yet', async () => {
    world = await startWorld({ current: token({ daysLeft: 50 }) });
    world.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', world.current.token);
    const run = await world.run();
    assert.equal(run.code, 0, run.stdout);
    assert.equal(world.github.secret('acme/api', 'WA_TOKEN')?.value, world.current.token);
  });
});

describe('a token that cannot be refreshed', () => {
  it('fails on an expired token (190/463), writes nothing and says how to mint a new one', async () => {
    world = await startWorld({ current: token({ daysLeft: -2 }) });
    const run = await world.run();
    assert.equal(run.code, 1);
    assert.equal(run.outputs.status, 'failed');
    assert.deepEqual(exchanges(world), []);
    assert.deepEqual(writes(world), []);
    assert.match(run.stdout, /::error::.*Meta error 190\/463: Error validating access token: Session has expired/);
    assert.match(run.summary, /Business Settings/);
    assert.match(run.summary, /whatsapp_business_messaging/);
    assert.match(run.summary, /store it in `acme\/app:META_ACCESS_TOKEN`, `acme\/api:WA_TOKEN`/);
  });

  it('fails on a wrong app secret with advice about the app credentials, not the token', async () => {
    world = await startWorld();
    const run = await world.run({ 'app-secret': 'wrongsecret0000000000000000000000' });
    assert.equal(run.code, 1);
    assert.deepEqual(writes(world), []);
    assert.match(run.summary, /rejected the app credentials/);
    assert.match(run.summary, /Check app-id and app-secret/);
    assert.doesNotMatch(run.summary, /wrongsecret/);
  });

  it('fails when the exchange did not move the expiry, and names the date to re-authorise by', async () => {
    const current = token({ type: 'USER', daysLeft: 5 });
    world = await startWorld({ current });
    const run = await world.run();
    assert.equal(run.code, 1);
    assert.equal(world.meta.minted.length, 1);
    assert.deepEqual(writes(world), []);
    const date = new Date(current.expiresAt * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    assert.match(run.summary, new RegExp(`re-authorise before ${date}`));
    assert.equal(run.outputs.status, 'failed');
    assert.equal(run.outputs['days-left'], '5');
  });

  it('fails when the new token lost a scope, and writes nothing', async () => {
    world = await startWorld({ meta: { dropScopesOnExchange: ['whatsapp_business_messaging'] } });
    const run = await world.run();
    assert.equal(run.code, 1);
    assert.deepEqual(writes(world), []);
    assert.match(run.summary, /lost the scopes whatsapp_business_messaging/);
  });

  it('fails when the token lacks a required scope', async () => {
    world = await startWorld({ current: token({ scopes: ['whatsapp_business_management'] }) });
    const run = await world.run({ 'required-scopes': 'whatsapp_business_messaging, whatsapp_business_management' });
    assert.equal(run.code, 1);
    assert.deepEqual(exchanges(world), []);
    assert.match(run.summary, /lacks the required scopes whatsapp_business_messaging/);
  });
});

describe('destinations', () => {
  it('writes the other repositories when one answers 403, and says which permission is missing', async () => {
    world = await startWorld({
      github: {
        tokens: {
          github_pat_fake_writer_0000000000: { 'acme/app': { secrets: 'write' }, 'acme/api': { secrets: 'read' } },
        },
      },
    });
    const run = await world.run({ 'github-secrets': 'META_ACCESS_TOKEN\nacme/api:WA_TOKEN\nacme/app:OTHER_TOKEN' });
    assert.equal(run.code, 1);
    const fresh = world.meta.minted[0]?.token;
    assert.equal(world.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value, fresh);
    assert.equal(world.github.secret('acme/app', 'OTHER_TOKEN')?.value, fresh);
    assert.equal(world.github.secret('acme/api', 'WA_TOKEN'), undefined);
    assert.equal(run.outputs.status, 'failed');
    assert.equal(run.outputs.refreshed, 'true');
    assert.match(run.summary, /acme\/api:WA_TOKEN \| ❌ failed \| old token/);
    assert.match(run.summary, /Secrets: write/);
    assert.match(run.stdout, /Still holding the old token: acme\/api:WA_TOKEN/);
  });

  it('writes nothing else when the primary secret cannot be written', async () => {
    world = await startWorld({
      github: {
        tokens: {
          github_pat_fake_writer_0000000000: { 'acme/app': { secrets: 'read' }, 'acme/api': { secrets: 'write' } },
        },
      },
    });
    const run = await world.run();
    assert.equal(run.code, 1);
    assert.equal(world.github.secret('acme/api', 'WA_TOKEN'), undefined);
    assert.deepEqual(writes(world), ['PUT /repos/acme/app/actions/secrets/META_ACCESS_TOKEN']);
    assert.equal(run.outputs.refreshed, 'false');
    assert.equal(run.outputs['days-left'], '10', 'the primary still holds the old token');
    assert.match(run.summary, /acme\/api:WA_TOKEN \| ⏭️ not written \| old token/);
  });

  it('fetches public keys while the token is inspected, once per repository', async () => {
    world = await startWorld();
    await world.run({ 'github-secrets': 'META_ACCESS_TOKEN\nOTHER\nacme/api:WA_TOKEN' });
    const keyReads = world.github.requests.filter((r) => r.path.endsWith('/public-key')).map((r) => r.path);
    assert.deepEqual(keyReads.sort(), [
      '/repos/acme/api/actions/secrets/public-key',
      '/repos/acme/app/actions/secrets/public-key',
    ]);
  });
});
