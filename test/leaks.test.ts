/** The leak scanner itself, and redaction of what services echo back. */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { assertRequestsClean, findLeak } from './helpers/leaks.ts';
import type { World } from './helpers/world.ts';
import { startWorld } from './helpers/world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('leak scanner', () => {
  const secret = 'EAAFakeSecretValue123456';
  it('finds a secret in plain, URL-encoded and base64 form', () => {
    assert.ok(findLeak(`x ${secret} y`, [secret]));
    assert.ok(findLeak(encodeURIComponent(`${secret}|`), [`${secret}|`]));
    assert.ok(findLeak(Buffer.from(secret).toString('base64'), [secret]));
    assert.equal(findLeak('nothing here', [secret]), undefined);
  });
  it('flags a request that carries a secret it must not', () => {
    const req = {
      method: 'PUT',
      path: '/x',
      query: new URLSearchParams(),
      headers: {},
      body: JSON.stringify({ value: secret }),
    };
    assert.throws(() => {
      assertRequestsClean('GitHub', [req], () => [secret]);
    }, /GitHub received a secret/);
  });
});

describe('redaction', () => {
  it('finds every form of hundreds of secrets that share their first characters, overlaps as one', async () => {
    const { redact, registerSecret } = await import('../src/secrets.ts');
    // Tokens of one app share a long prefix (Meta's EAA… and the app's own); not Meta-shaped, so
    // only the registry can find them.
    const secrets = Array.from({ length: 300 }, (_, i) => `xyzApp0123456789_${String(i).padStart(6, '0')}_tail`);
    for (const secret of secrets) registerSecret(secret);
    const last = secrets.at(-1) ?? '';
    const text = `a ${secrets[7] ?? ''} b ${encodeURIComponent(last)} c ${Buffer.from(last).toString('base64')} d`;
    assert.equal(redact(text), 'a *** b *** c *** d');
    // One secret inside a longer one, and two that overlap: each span once.
    registerSecret('overlap-left-part');
    registerSecret('left-part-and-right');
    assert.equal(redact('[overlap-left-part-and-right]'), '[***]');
    assert.equal(redact('nothing here, and short ones: xyz'), 'nothing here, and short ones: xyz');
  });

  it('removes a token and credential parameters that a Meta error message echoes', async () => {
    world = await startWorld();
    const echo = `Invalid token ${world.current.token} in https://graph.facebook.com/v25.0/debug_token?input_token=${world.current.token}&access_token=634974688087057|fakeappsecret0123456789abcdef0123`;
    world.meta.inject({
      path: /debug_token$/,
      fault: {
        kind: 'status',
        status: 400,
        body: { error: { message: echo, type: 'OAuthException', code: 100, fbtrace_id: 'AtraceEcho' } },
      },
    });
    const run = await world.run();
    assert.equal(run.code, 1);
    assert.match(
      run.summary,
      /Invalid token \*\*\* in https:\/\/graph\.facebook\.com\/v25\.0\/debug_token\?input_token=\*\*\*/,
    );
    assert.match(world.github.issues('acme/app')[0]?.body ?? '', /input_token=\*\*\*/);
  });
});
