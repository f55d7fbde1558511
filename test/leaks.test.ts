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
