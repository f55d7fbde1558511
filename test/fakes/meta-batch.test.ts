/**
 * Tests of the Meta fake's Graph batch endpoint, with plain `fetch`: each call inside a batch must
 * answer exactly as its single GET does, faults and rate-limit usage must apply per call, and the
 * batch must be refused as a whole past 50 calls. The action's batch client is tested against this.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { BatchElement, FakeToken, MetaFake, MetaFakeOptions } from './meta.ts';
import { startMetaFake } from './meta.ts';

const APP_ID = '634974688087057';
const APP_SECRET = 'fakeappsecret0123456789abcdef0123';
const APP_TOKEN = `${APP_ID}|${APP_SECRET}`;
const DAY = 86_400;
const nowSeconds = (): number => Math.floor(Date.now() / 1000);

function token(name: string, overrides: Partial<FakeToken> = {}): FakeToken {
  return {
    token: `EAAFake${name}${'x'.repeat(30)}`,
    appId: APP_ID,
    type: 'SYSTEM_USER',
    expiresAt: nowSeconds() + 10 * DAY,
    issuedAt: nowSeconds() - 50 * DAY,
    scopes: ['whatsapp_business_management'],
    userId: '104169029247128',
    ...overrides,
  };
}
const VALID = token('Valid');
const DEAD = token('Dead', { invalid: { code: 190, subcode: 460, message: 'The session has been invalidated.' } });
const UNKNOWN = `EAAFakeUnknown${'y'.repeat(30)}`;

function start(options: Partial<MetaFakeOptions> = {}): Promise<MetaFake> {
  return startMetaFake({
    apps: { [APP_ID]: { secret: APP_SECRET, name: 'Lucky Shrub' } },
    tokens: [VALID, DEAD],
    ...options,
  });
}

const inspect = (input: string): { method: string; relative_url: string } => ({
  method: 'GET',
  relative_url: `debug_token?input_token=${encodeURIComponent(input)}`,
});
const exchange = (old: string): { method: string; relative_url: string } => ({
  method: 'GET',
  relative_url: `oauth/access_token?${new URLSearchParams({
    grant_type: 'fb_exchange_token',
    client_id: APP_ID,
    client_secret: APP_SECRET,
    fb_exchange_token: old,
  }).toString()}`,
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}
async function call(url: string, init?: RequestInit): Promise<Answer> {
  const res = await fetch(url, init);
  return { status: res.status, headers: res.headers, text: await res.text() };
}
/** The single GET of `debug_token`, for comparison. */
function single(fake: MetaFake, input: string): Promise<Answer> {
  const query = new URLSearchParams({ input_token: input, access_token: APP_TOKEN });
  return call(`${fake.url}/v25.0/debug_token?${query.toString()}`);
}
/** A form-encoded batch (`batch` as a JSON string), as Meta's examples send it. */
function formBatch(fake: MetaFake, calls: unknown[], extra: Record<string, string> = {}, path = '/v25.0/') {
  const body = new URLSearchParams({ access_token: APP_TOKEN, batch: JSON.stringify(calls), ...extra });
  return call(`${fake.url}${path}`, { method: 'POST', body });
}
/** A JSON batch (`batch` still a JSON string, as in the form). */
function jsonBatch(fake: MetaFake, body: Record<string, unknown>) {
  return call(`${fake.url}/v25.0/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}
function elements(answer: Answer): Array<BatchElement | null> {
  assert.equal(answer.status, 200, answer.text);
  const parsed = JSON.parse(answer.text) as unknown;
  assert.ok(Array.isArray(parsed));
  return parsed as Array<BatchElement | null>;
}
function element(list: Array<BatchElement | null>, i: number): BatchElement {
  const e = list[i];
  assert.ok(e, `element ${i} is null`);
  return e;
}
function header(e: BatchElement, name: string): string | undefined {
  return e.headers?.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
}
function errorOf(text: string | undefined): { code: number; message: string } {
  return (JSON.parse(text ?? '{}') as { error: { code: number; message: string } }).error;
}

describe('Meta fake: Graph batch requests', () => {
  let fake: MetaFake;
  before(async () => {
    fake = await start();
  });
  after(() => fake.close());
  afterEach(() => {
    fake.clearFaults();
  });

  it('answers each debug_token call as the single GET does, in request order', async () => {
    const inputs = [VALID.token, DEAD.token, UNKNOWN];
    const list = elements(await formBatch(fake, inputs.map(inspect)));
    assert.equal(list.length, 3);
    for (const [i, input] of inputs.entries()) {
      const alone = await single(fake, input);
      const e = element(list, i);
      assert.equal(e.code, alone.status);
      assert.equal(e.body, alone.text, `call ${i}`);
      assert.match(header(e, 'content-type') ?? '', /application\/json/);
    }
    const bodies = list.map((e) => JSON.parse(e?.body ?? '{}') as { data: { is_valid: boolean } });
    assert.deepEqual(
      bodies.map((b) => b.data.is_valid),
      [true, false, false],
    );
  });

  it('logs each call in `requests` with `inBatch`, after the batch POST, with the batch token unless its own', async () => {
    const before = fake.requests.length;
    const own = { method: 'GET', relative_url: `debug_token?input_token=${VALID.token}&access_token=other` };
    elements(await formBatch(fake, [inspect(DEAD.token), own]));
    const logged = fake.requests.slice(before);
    assert.deepEqual(
      logged.map((r) => [r.method, r.path, r.inBatch]),
      [
        ['POST', '/v25.0/', undefined],
        ['GET', '/v25.0/debug_token', true],
        ['GET', '/v25.0/debug_token', true],
      ],
    );
    const found = fake.requests.find(
      (r) => r.path.endsWith('/debug_token') && r.query.get('input_token') === DEAD.token && r.inBatch,
    );
    assert.equal(found?.query.get('access_token'), APP_TOKEN);
    assert.equal(logged[2]?.query.get('access_token'), 'other');
  });

  it('takes a version in relative_url, and a POST to the root', async () => {
    const before = fake.requests.length;
    const list = elements(
      await formBatch(fake, [{ method: 'GET', relative_url: `v24.0/debug_token?input_token=${VALID.token}` }], {}, '/'),
    );
    assert.equal(element(list, 0).code, 200);
    assert.equal(fake.requests[before + 1]?.path, '/v24.0/debug_token');
  });

  it('drops the per-call headers with include_headers=false', async () => {
    const list = elements(await formBatch(fake, [inspect(VALID.token)], { include_headers: 'false' }));
    assert.equal(element(list, 0).headers, undefined);
    const viaJson = elements(
      await jsonBatch(fake, {
        access_token: APP_TOKEN,
        batch: JSON.stringify([inspect(VALID.token)]),
        include_headers: false,
      }),
    );
    assert.equal(element(viaJson, 0).headers, undefined);
    assert.equal(element(viaJson, 0).code, 200);
  });

  it('refuses 51 calls as a whole (400, code 100): nothing answered, nothing minted', async () => {
    const before = fake.requests.length;
    const minted = fake.minted.length;
    const calls = [...Array.from({ length: 50 }, () => inspect(VALID.token)), exchange(VALID.token)];
    const answer = await jsonBatch(fake, { access_token: APP_TOKEN, batch: JSON.stringify(calls) });
    assert.equal(answer.status, 400);
    const error = errorOf(answer.text);
    assert.equal(error.code, 100);
    assert.equal(error.message, 'Too many requests in batch message. Maximum batch size is 50');
    assert.equal(fake.requests.length, before + 1, 'only the batch POST is logged');
    assert.equal(fake.minted.length, minted);
    // 50 is allowed.
    assert.equal(elements(await formBatch(fake, calls.slice(0, 50))).length, 50);
  });

  it('refuses a batch without a top-level access_token (400, code 100)', async () => {
    const answer = await jsonBatch(fake, { batch: JSON.stringify([inspect(VALID.token)]) });
    assert.equal(answer.status, 400);
    assert.equal(errorOf(answer.text).code, 100);
  });

  it('applies an injected status fault to that call only, and spends `times`', async () => {
    fake.inject({
      path: '/v25.0/debug_token',
      when: (r) => r.query.get('input_token') === DEAD.token,
      times: 1,
      fault: {
        kind: 'status',
        status: 500,
        body: { error: { message: 'boom', code: 2 } },
        headers: { 'retry-after': '1' },
      },
    });
    const calls = [VALID.token, DEAD.token, UNKNOWN].map(inspect);
    const list = elements(await formBatch(fake, calls));
    assert.deepEqual(
      list.map((e) => e?.code),
      [200, 500, 200],
    );
    assert.deepEqual(JSON.parse(element(list, 1).body ?? ''), { error: { message: 'boom', code: 2 } });
    assert.equal(header(element(list, 1), 'retry-after'), '1');
    assert.equal(element(list, 0).body, (await single(fake, VALID.token)).text);
    // The rule is spent.
    assert.deepEqual(
      elements(await formBatch(fake, calls)).map((e) => e?.code),
      [200, 200, 200],
    );
  });

  it('answers null for a call that hangs, and the other calls as usual', async () => {
    fake.inject({
      path: '/v25.0/debug_token',
      when: (r) => r.query.get('input_token') === UNKNOWN,
      fault: { kind: 'hang' },
    });
    const list = elements(await formBatch(fake, [VALID.token, UNKNOWN, DEAD.token].map(inspect)));
    assert.equal(list[1], null);
    assert.equal(element(list, 0).body, (await single(fake, VALID.token)).text);
    assert.equal(element(list, 2).body, (await single(fake, DEAD.token)).text);
  });

  it('waits for a `wait` fault on one call before answering the batch', async () => {
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let settled = false;
    fake.inject({ path: '/v25.0/debug_token', times: 1, fault: { kind: 'wait', until: () => gate } });
    const pending = formBatch(fake, [inspect(VALID.token), inspect(DEAD.token)]).then((a) => {
      settled = true;
      return a;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(settled, false);
    release();
    assert.deepEqual(
      elements(await pending).map((e) => e?.code),
      [200, 200],
    );
  });

  it('applies a rule on the batch POST to the whole HTTP request', async () => {
    const before = fake.requests.length;
    fake.inject({
      method: 'POST',
      path: /^\/v\d+\.\d+\/?$/,
      times: 1,
      fault: { kind: 'status', status: 503, body: 'down' },
    });
    const answer = await formBatch(fake, [inspect(VALID.token)]);
    assert.equal(answer.status, 503);
    assert.equal(answer.text, 'down');
    assert.equal(fake.requests.length, before + 1, 'no call was made');
  });

  it('mints a token on an exchange inside a batch by default', async () => {
    const minted = fake.minted.length;
    const list = elements(
      await jsonBatch(fake, { access_token: APP_TOKEN, batch: JSON.stringify([exchange(VALID.token)]) }),
    );
    assert.equal(element(list, 0).code, 200);
    assert.equal(fake.minted.length, minted + 1);
    const body = JSON.parse(element(list, 0).body ?? '{}') as { access_token: string };
    assert.equal(body.access_token, fake.minted.at(-1)?.token);
  });
});

describe('Meta fake: batch calls and rate-limit usage', () => {
  it('counts each call as one answer, and sends the last call usage with the batch', async () => {
    const fake = await start({ appUsage: (n) => n * 10 });
    try {
      const answer = await formBatch(fake, [VALID.token, DEAD.token, UNKNOWN].map(inspect));
      const list = elements(answer);
      const usage = (value: string | null | undefined): unknown =>
        (JSON.parse(value ?? '{}') as { call_count?: number }).call_count;
      assert.deepEqual(
        list.map((e) => usage(e && header(e, 'x-app-usage'))),
        [10, 20, 30],
      );
      assert.equal(usage(answer.headers.get('x-app-usage')), 30);
      assert.equal(usage((await single(fake, VALID.token)).headers.get('x-app-usage')), 40);
    } finally {
      await fake.close();
    }
  });
});

describe("Meta fake: exchangeInBatch 'refused'", () => {
  it('refuses the exchange inside a batch (400, code 100), mints nothing, and still exchanges singly', async () => {
    const fake = await start({ exchangeInBatch: 'refused' });
    try {
      const list = elements(await formBatch(fake, [exchange(VALID.token), inspect(VALID.token)]));
      assert.equal(element(list, 0).code, 400);
      const error = errorOf(element(list, 0).body);
      assert.equal(error.code, 100);
      assert.equal(error.message, '(#100) The method oauth/access_token is not supported in batch requests');
      assert.equal(element(list, 1).code, 200);
      assert.equal(fake.minted.length, 0);

      const query = new URLSearchParams({
        grant_type: 'fb_exchange_token',
        client_id: APP_ID,
        client_secret: APP_SECRET,
        fb_exchange_token: VALID.token,
      });
      const alone = await call(`${fake.url}/v25.0/oauth/access_token?${query.toString()}`);
      assert.equal(alone.status, 200);
      assert.equal(fake.minted.length, 1);
    } finally {
      await fake.close();
    }
  });
});
