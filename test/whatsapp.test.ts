/**
 * WhatsApp health through `dist/index.js`, against the Meta fake's phone numbers and accounts:
 * the new token must read every asset before anything is written; every run reports
 * `can_send_message` and quality (BLOCKED fails and opens the issue, LIMITED, YELLOW and RED warn);
 * faults on the reads; ids refused before any call.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { igToken } from './fakes/instagram.ts';
import type { CanSend, FakeAsset, FakeHealthEntity, MetaFakeOptions } from './fakes/meta.ts';
import { phoneAsset, wabaAsset } from './fakes/meta.ts';
import type { World } from './helpers/world.ts';
import { APP_ID, startWorld, token } from './helpers/world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const PHONE = '105954558954427';
const WABA = '102290129340398';
const ASSET_INPUTS = { 'whatsapp-phone-number-ids': PHONE, 'whatsapp-business-account-id': WABA };
const SOLUTION = 'Verify your business in Business Settings → Security center.';

async function start(
  phone: Partial<FakeAsset> = {},
  meta: Partial<MetaFakeOptions> = {},
  current = token(),
): Promise<World> {
  assets = { [PHONE]: phoneAsset(phone), [WABA]: wabaAsset() };
  world = await startWorld({ current, meta: { assets, ...meta } });
  return world;
}

/** The fake's assets, read at each request: a test may change them between runs. */
let assets: Record<string, FakeAsset> = {};

/** The phone number's entities, every one AVAILABLE but `type`, which is `state` with Meta's error. */
function entities(type: FakeHealthEntity['entityType'], state: CanSend): FakeHealthEntity[] {
  return (['PHONE_NUMBER', 'WABA', 'BUSINESS', 'APP'] as const).map((entityType) => ({
    entityType,
    id: entityType === 'APP' ? APP_ID : entityType === 'PHONE_NUMBER' ? PHONE : `${entityType.toLowerCase()}1`,
    canSendMessage: entityType === type ? state : 'AVAILABLE',
    ...(entityType === type
      ? { errors: [{ errorCode: 141006, errorDescription: `The ${type} has a problem.`, possibleSolution: SOLUTION }] }
      : {}),
  }));
}

/** The asset reads the run made, by token. */
const assetReads = (w: World): Array<string | null> =>
  w.meta.requests.filter((r) => /\/\d+$/.test(r.path)).map((r) => r.query.get('access_token'));

const nothingWritten = (w: World): void => {
  assert.equal(w.github.secret('acme/app', 'META_ACCESS_TOKEN'), undefined, 'nothing was written');
};

describe('WhatsApp health', () => {
  it('reads every asset with the current token and with the new one before writing, and tabulates them', async () => {
    const w = await start({}, { requireAppsecretProof: true });
    const run = await w.run(ASSET_INPUTS);
    assert.equal(run.code, 0, run.stdout);
    const fresh = w.meta.minted[0]?.token;
    assert.equal(w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value, fresh);
    assert.deepEqual(assetReads(w).sort(), [w.current.token, w.current.token, fresh, fresh].sort());
    assert.match(
      run.summary,
      /\| phone number 105954558954427 \| Support Number, 15555555555 \| ✅ AVAILABLE \| GREEN \| nothing \|/,
    );
    assert.match(run.summary, /\| WhatsApp Business Account 102290129340398 \| Lucky Shrub \| ✅ AVAILABLE \|/);
  });

  for (const denial of [
    { assetDenial: 'missing-object' },
    { assetDenial: 'permission', permissionErrorStatus: 400 },
    { assetDenial: 'permission', permissionErrorStatus: 403 },
  ] as const) {
    const status = 'permissionErrorStatus' in denial ? denial.permissionErrorStatus : 400;
    it(`writes nothing when the new token cannot read a phone number (${denial.assetDenial}, HTTP ${status})`, async () => {
      const current = token();
      // The phone number is readable by the current token only.
      const w = await start({ readableBy: (t) => t.token === current.token }, denial, current);
      const run = await w.run(ASSET_INPUTS);
      assert.equal(run.code, 1, run.stdout);
      assert.equal(w.meta.minted.length, 1, 'the token was refreshed');
      nothingWritten(w);
      assert.match(run.stdout, /The new token cannot read the phone number 105954558954427/);
      const issue = w.github.issues('acme/app').find((i) => i.state === 'open');
      assert.match(issue?.body ?? '', /Assign assets/);
    });
  }

  for (const type of ['PHONE_NUMBER', 'WABA', 'BUSINESS', 'APP'] as const) {
    it(`fails and opens the issue with Meta's solution when the ${type} is BLOCKED`, async () => {
      const w = await start({ entities: entities(type, 'BLOCKED') });
      const run = await w.run(ASSET_INPUTS);
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.summary, /❌ BLOCKED/);
      const body = w.github.issues('acme/app').find((i) => i.state === 'open')?.body ?? '';
      assert.match(body, new RegExp(`cannot send messages \\(can_send_message BLOCKED\\): ${type} 141006`));
      assert.ok(body.includes(SOLUTION), "the issue quotes Meta's possible_solution");
      assert.equal(
        w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value,
        w.meta.minted[0]?.token,
        'the refresh still lands',
      );
    });

    it(`warns without failing when the ${type} is LIMITED`, async () => {
      const w = await start({ entities: entities(type, 'LIMITED') });
      const run = await w.run(ASSET_INPUTS);
      assert.equal(run.code, 0, run.stdout);
      assert.match(run.summary, /⚠️ LIMITED/);
      assert.match(run.stdout, /::warning::WhatsApp phone number 105954558954427/);
    });
  }

  for (const quality of ['YELLOW', 'RED'] as const) {
    it(`warns without failing on quality ${quality}`, async () => {
      const w = await start({ qualityRating: quality });
      const run = await w.run(ASSET_INPUTS);
      assert.equal(run.code, 0, run.stdout);
      assert.match(run.summary, new RegExp(`⚠️ AVAILABLE \\| ${quality} \\| Quality ${quality}`));
    });
  }

  it('opens the issue on a settled run with a BLOCKED number, and closes it once the number is AVAILABLE', async () => {
    const current = token({ daysLeft: 40 });
    const w = await start({ entities: entities('PHONE_NUMBER', 'BLOCKED') }, {}, current);
    w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', current.token);
    w.github.seedSecret('acme/api', 'WA_TOKEN', current.token);
    const blocked = await w.run(ASSET_INPUTS);
    assert.equal(blocked.code, 1, blocked.stdout);
    assert.equal(w.meta.minted.length, 0, 'not due');
    assert.equal(w.github.issues('acme/app').filter((i) => i.state === 'open').length, 1);

    assets[PHONE] = phoneAsset();
    const recovered = await w.run(ASSET_INPUTS);
    assert.equal(recovered.code, 0, recovered.stdout);
    assert.ok(!w.github.issues('acme/app').some((i) => i.state === 'open'), 'the next good run closes the issue');
  });

  it("writes nothing when a read of the new token's assets fails, and retries later", async () => {
    const current = token();
    const w = await start({}, {}, current);
    const error = { error: { message: 'An unknown error occurred', type: 'OAuthException', code: 1 } };
    w.meta.inject({
      method: 'GET',
      path: new RegExp(`/${PHONE}$`),
      when: (req) => req.query.get('access_token') !== current.token,
      fault: { kind: 'status', status: 500, body: error },
    });
    const run = await w.run(ASSET_INPUTS);
    assert.equal(run.code, 1, run.stdout);
    assert.equal(w.meta.minted.length, 1, 'the token was refreshed');
    nothingWritten(w);
    assert.match(run.stdout, /retry later/);
  });

  it("fails as retry-later when the current token's read cannot reach Meta", async () => {
    const w = await start({}, {}, token({ daysLeft: 40 }));
    w.meta.inject({ method: 'GET', path: new RegExp(`/${WABA}$`), times: 3, fault: { kind: 'reset' } });
    const run = await w.run(ASSET_INPUTS);
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /WhatsApp Business Account 102290129340398/);
    assert.match(run.stdout, /retry later/);
  });

  for (const [inputs, message] of [
    [
      { 'whatsapp-phone-number-ids': '+1 555 0100' },
      /Input 'whatsapp-phone-number-ids' must list numeric phone number ids/,
    ],
    [{ 'whatsapp-phone-number-ids': `${PHONE}, ${PHONE}` }, /lists a phone number id twice/],
    [{ 'whatsapp-business-account-id': 'acme-waba' }, /Input 'whatsapp-business-account-id' must be the numeric/],
  ] as const) {
    it(`refuses ${JSON.stringify(inputs)} before any call`, async () => {
      const w = await start();
      const run = await w.run(inputs);
      assert.equal(run.code, 1);
      assert.match(run.stdout, message);
      assert.deepEqual(w.calls(), []);
    });
  }

  it('refuses WhatsApp assets with an Instagram Login token, before any call', async () => {
    world = await startWorld({ instagram: { current: igToken() } });
    const run = await world.run(ASSET_INPUTS);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /need a Facebook Login token/);
    assert.deepEqual(world.calls(), []);
  });
});
