/** The pure decision core, without HTTP. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TokenInfo } from '../src/core.ts';
import { classifyMetaError, usagePercent } from '../src/clients/graph.ts';
import type { DueOptions } from '../src/pipeline.ts';
import { decideFor } from '../src/pipeline.ts';
import { inPool, shardOf, stopReason } from '../src/table.ts';
import { byRisk } from '../src/table-rows.ts';
import { CLOCK_TOLERANCE_SECONDS, daysLeft, decide, isoTime, planSync } from '../src/core.ts';
import { checkInstagramRefreshed, parseExpiryRecord } from '../src/providers/instagram.ts';
import { checkInspection, checkRefreshed, metaErrorHint, wantsSixtyDays } from '../src/providers/meta.ts';

const NOW = 1_800_000_000;
const DAY = 86_400;
const info = (overrides: Partial<TokenInfo> = {}): TokenInfo => ({
  isValid: true,
  appId: '1',
  type: 'SYSTEM_USER',
  application: 'App',
  expiresAt: NOW + 10 * DAY,
  dataAccessExpiresAt: 0,
  issuedAt: NOW - 50 * DAY,
  scopes: ['a', 'b'],
  userId: '2',
  error: undefined,
  ...overrides,
});

describe('decide', () => {
  const options = { now: NOW, refreshBeforeDays: 15, force: false };
  it('is due within refresh-before-days, including the boundary', () => {
    assert.deepEqual(decide(info(), options), { kind: 'due', daysLeft: 10, forced: false });
    assert.equal(decide(info({ expiresAt: NOW + 15 * DAY }), options).kind, 'due');
    assert.equal(decide(info({ expiresAt: NOW + 15 * DAY + 1 }), options).kind, 'not-due');
  });
  it('is not due further out unless forced', () => {
    assert.deepEqual(decide(info({ expiresAt: NOW + 40 * DAY }), options), { kind: 'not-due', daysLeft: 40 });
    assert.deepEqual(decide(info({ expiresAt: NOW + 40 * DAY }), { ...options, force: true }), {
      kind: 'due',
      daysLeft: 40,
      forced: true,
    });
  });
  it('never refreshes a token that never expires', () => {
    assert.deepEqual(decide(info({ expiresAt: 0 }), { ...options, force: true }), { kind: 'non-expiring' });
  });
  it('is due on every run when the expiry is not known', () => {
    assert.deepEqual(decide(info({ expiresAt: undefined }), options), {
      kind: 'due',
      daysLeft: undefined,
      forced: false,
    });
  });
  it('is too young under the minimum age, forced or not, and due from it on', () => {
    const young = info({ issuedAt: NOW - DAY + 60 });
    const instagram = { ...options, minAgeSeconds: DAY };
    assert.deepEqual(decide(young, instagram), { kind: 'too-young', refreshableAt: NOW + 60 });
    assert.deepEqual(decide(info({ expiresAt: NOW + 40 * DAY, issuedAt: NOW - 60 }), { ...instagram, force: true }), {
      kind: 'too-young',
      refreshableAt: NOW - 60 + DAY,
    });
    assert.equal(decide(info({ issuedAt: NOW - DAY }), instagram).kind, 'due');
    assert.equal(
      decide(info({ issuedAt: undefined, expiresAt: undefined }), instagram).kind,
      'due',
      'age unknown: try',
    );
    assert.equal(decide(young, options).kind, 'due', 'no minimum age (Facebook Login)');
  });
  it('refresh-before-days 0 refreshes only on the last second', () => {
    assert.equal(decide(info({ expiresAt: NOW + 1 }), { ...options, refreshBeforeDays: 0 }).kind, 'not-due');
    assert.equal(decide(info({ expiresAt: NOW }), { ...options, refreshBeforeDays: 0 }).kind, 'due');
  });
});

describe('time helpers', () => {
  it('counts whole days left, rounding down', () => {
    assert.equal(daysLeft(NOW + DAY - 1, NOW), 0);
    assert.equal(daysLeft(NOW - 1, NOW), -1);
  });
  it('formats ISO 8601 UTC without milliseconds, empty for never', () => {
    assert.equal(isoTime(1_700_000_000), '2023-11-14T22:13:20Z');
    assert.equal(isoTime(0), '');
  });
  it('asks for 60 days only for expiring system-user tokens', () => {
    assert.equal(wantsSixtyDays(info()), true);
    assert.equal(wantsSixtyDays(info({ expiresAt: 0 })), false);
    assert.equal(wantsSixtyDays(info({ type: 'USER' })), false);
  });
});

describe('checkInspection', () => {
  it('accepts a valid token of the app with the required scopes', () => {
    assert.deepEqual(checkInspection(info(), '1', ['a'], []), []);
  });
  it("rejects a dead token with Meta's error and advice to mint a new one", () => {
    const [finding] = checkInspection(
      info({ isValid: false, error: { code: 190, subcode: 463, message: 'Session has expired' } }),
      '1',
      [],
      ['acme/app:META_ACCESS_TOKEN'],
    );
    assert.match(finding?.message ?? '', /190\/463: Session has expired/);
    assert.match(finding?.hint ?? '', /Business Settings.*store it in `acme\/app:META_ACCESS_TOKEN`/);
    assert.equal(finding?.meta?.subcode, 463);
  });
  it('rejects a token of another app and a missing scope, both at once', () => {
    const findings = checkInspection(info({ appId: '9' }), '1', ['c'], []);
    assert.equal(findings.length, 2);
  });
});

describe('checkRefreshed', () => {
  it('accepts a later expiry with every scope kept', () => {
    assert.deepEqual(
      checkRefreshed(info(), info({ expiresAt: NOW + 60 * DAY, scopes: ['b', 'a', 'c'] }), '1', NOW),
      [],
    );
  });
  it('accepts a never-expiring new token', () => {
    assert.deepEqual(checkRefreshed(info(), info({ expiresAt: 0 }), '1', NOW), []);
  });
  it('rejects an expiry that did not move, with the date to re-authorise by', () => {
    const [finding] = checkRefreshed(info({ type: 'USER' }), info({ type: 'USER' }), '1', NOW);
    assert.match(finding?.hint ?? '', new RegExp(`before ${isoTime(NOW + 10 * DAY)}`));
  });
  it('rejects an invalid new token, another app and lost scopes', () => {
    assert.equal(checkRefreshed(info(), info({ isValid: false }), '1', NOW).length, 1);
    assert.equal(
      checkRefreshed(info(), info({ expiresAt: NOW + 60 * DAY, appId: '2', scopes: ['a'] }), '1', NOW).length,
      2,
    );
  });
});

describe('Meta errors', () => {
  it('retries only transient and rate-limit codes', () => {
    for (const code of [1, 2, 4, 17, 32, 341, 613, 80_000, 80_008, 80_014])
      assert.equal(classifyMetaError({ code, message: '' }), 'retry-later', `code ${code}`);
    for (const code of [190, 102, 10, 100, 101, 200, 299, 3, 80_015])
      assert.equal(classifyMetaError({ code, message: '' }), 'needs-human', `code ${code}`);
  });
  it('treats code 1 "Error validating client secret." as configuration', () => {
    assert.equal(classifyMetaError({ code: 1, message: 'Error validating client secret.' }), 'needs-human');
    assert.match(metaErrorHint({ code: 1, message: 'Error validating client secret.' }, []), /app secret is wrong/);
  });
  it('gives advice by class', () => {
    assert.match(metaErrorHint({ code: 190, subcode: 460, message: '' }, ['X']), /Generate new token/);
    assert.match(metaErrorHint({ code: 190, subcode: 492, message: '' }, []), /role on the Page/);
    assert.match(metaErrorHint({ code: 10, message: '' }, []), /permission is missing/);
    assert.match(
      metaErrorHint({ code: 100, message: 'API calls from the server require an appsecret_proof argument' }, []),
      /appsecret_proof/,
    );
  });
});

describe('planSync', () => {
  const T = 1_000_000;
  const ms = (seconds: number): number => seconds * 1000;
  const TOL = ms(CLOCK_TOLERANCE_SECONDS);
  const deployed = (createdAt: number, promoted = true) => ({ createdAt, promoted });
  const empty = { write: [], activate: [], unknown: [], notPromoted: [], building: [] };
  it('plans nothing when every destination was written after the token was issued', () => {
    const plan = planSync({
      issuedAt: T,
      primary: ms(T),
      destinations: [
        { target: 's', writtenAt: ms(T) },
        { target: 'v', writtenAt: ms(T) + 5, deployment: deployed(ms(T) + 10) },
      ],
    });
    assert.deepEqual(plan, empty);
  });
  it('writes destinations written before the token or missing, beyond the clock tolerance', () => {
    const destinations = [
      { target: 'a', writtenAt: ms(T) - TOL - 1 },
      { target: 'b', writtenAt: 'missing' as const },
      { target: 'c', writtenAt: ms(T) + 1 },
      { target: 'skewed', writtenAt: ms(T) - TOL + 1 },
    ];
    assert.deepEqual(planSync({ issuedAt: T, primary: 'unknown', destinations }).write, ['a', 'b']);
  });
  it('writes and activates a stale variable; only activates a deployment older than its variable', () => {
    const plan = planSync({
      issuedAt: T,
      primary: ms(T),
      destinations: [
        { target: 'stale', writtenAt: ms(T) - TOL - 1, deployment: deployed(ms(T) - TOL - 1) },
        { target: 'canceled', writtenAt: ms(T) + 1, deployment: deployed(ms(T) - 100) },
        { target: 'fine', writtenAt: ms(T) + 1, deployment: deployed(ms(T) + 2) },
      ],
    });
    assert.deepEqual(plan, { ...empty, write: ['stale'], activate: ['canceled'] });
  });
  it('does not activate again a project whose deployment since its variable is still being built', () => {
    const plan = planSync({
      issuedAt: T,
      primary: ms(T),
      destinations: [
        { target: 'building', writtenAt: ms(T) + 1, deployment: { ...deployed(ms(T) - 100), building: ms(T) + 1 } },
        { target: 'older', writtenAt: ms(T) + 1, deployment: { ...deployed(ms(T) - 100), building: ms(T) } },
      ],
    });
    assert.deepEqual(plan, { ...empty, activate: ['older'], building: ['building'] });
  });
  it('reports a deployment after the variable that serves no production traffic', () => {
    const plan = planSync({
      issuedAt: T,
      primary: ms(T),
      destinations: [{ target: 'staged', writtenAt: ms(T) + 1, deployment: deployed(ms(T) + 2, false) }],
    });
    assert.deepEqual(plan, { ...empty, notPromoted: ['staged'] });
  });
  it('never counts an unreadable destination or deployment as current', () => {
    const plan = planSync({
      issuedAt: T,
      primary: ms(T),
      destinations: [
        { target: 'x', writtenAt: 'unknown' },
        { target: 'y', writtenAt: ms(T) + 1, deployment: 'unknown' },
      ],
    });
    assert.deepEqual(plan.unknown, [
      { target: 'x', why: 'unreadable' },
      { target: 'y', why: 'unreadable' },
    ]);
  });
  it('does not activate a project without a production deployment', () => {
    const plan = planSync({
      issuedAt: T,
      primary: ms(T),
      destinations: [
        { target: 'none', writtenAt: 'missing', deployment: 'none' },
        { target: 'fresh', writtenAt: ms(T) + 1, deployment: 'none' },
      ],
    });
    assert.deepEqual(plan, { ...empty, write: ['none'] });
  });
  it('without issued_at, compares with the primary', () => {
    const plan = planSync({
      issuedAt: undefined,
      primary: ms(T),
      destinations: [
        { target: 'before', writtenAt: ms(T) - TOL - 1 },
        { target: 'after', writtenAt: ms(T) + 1 },
      ],
    });
    assert.deepEqual(plan, { ...empty, write: ['before'] });
  });
  it('without issued_at or a readable primary, every destination is unknown', () => {
    const plan = planSync({
      issuedAt: undefined,
      primary: 'missing',
      destinations: [
        { target: 'a', writtenAt: ms(T) },
        { target: 'b', writtenAt: 'missing' },
      ],
    });
    assert.deepEqual(plan, { ...empty, write: ['b'], unknown: [{ target: 'a', why: 'no-reference' }] });
  });
});

describe('Instagram Login rules', () => {
  const old = info({ appId: '', type: 'INSTAGRAM_USER', scopes: [], userId: '178', expiresAt: NOW + 5 * DAY });
  it('accepts a refreshed token of the same user with a later or unknown expiry', () => {
    assert.deepEqual(checkInstagramRefreshed(old, { ...old, expiresAt: NOW + 60 * DAY }, NOW), []);
    assert.deepEqual(checkInstagramRefreshed(old, { ...old, expiresAt: undefined }, NOW), []);
    assert.deepEqual(checkInstagramRefreshed({ ...old, expiresAt: undefined }, old, NOW), []);
  });
  it('refuses another user, an expiry not moved, and a token /me rejects', () => {
    assert.match(checkInstagramRefreshed(old, { ...old, userId: '999' }, NOW)[0]?.message ?? '', /user 999, not 178/);
    assert.match(checkInstagramRefreshed(old, old, NOW)[0]?.message ?? '', /did not move the expiry/);
    assert.equal(checkInstagramRefreshed(old, { ...old, isValid: false }, NOW).length, 1);
  });
  it('reads the expiry record: an ISO time, never, or not known', () => {
    assert.deepEqual(parseExpiryRecord('2027-01-01T00:00:00Z', NOW), { expiresAt: 1_798_761_600, writtenAt: NOW });
    assert.deepEqual(parseExpiryRecord('never', NOW), { expiresAt: 0, writtenAt: NOW });
    assert.deepEqual(parseExpiryRecord('unknown', NOW), { expiresAt: undefined, writtenAt: NOW });
    assert.deepEqual(parseExpiryRecord('soon', NOW), { expiresAt: undefined, writtenAt: NOW });
  });
});

describe('table mode rules', () => {
  it("reads the highest usage of Meta's headers, and nothing from headers that say nothing", () => {
    assert.equal(usagePercent('{"call_count":12,"total_cputime":80,"total_time":30}', null), 80);
    const business =
      '{"1029":[{"type":"whatsapp_business_management","call_count":91,"total_cputime":3,"total_time":4}]}';
    assert.equal(usagePercent('{"call_count":5}', business), 91);
    assert.equal(usagePercent(null, null), undefined);
    assert.equal(usagePercent('not json', '{"x":"y"}'), undefined);
  });
  it('puts each id in one shard of n, every job agreeing, and spreads them', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `ch_${String(i)}`);
    const counts = [0, 0, 0, 0];
    for (const id of ids) {
      const shard = shardOf(id, 4);
      assert.equal(shard, shardOf(id, 4));
      counts[shard - 1] = (counts[shard - 1] ?? 0) + 1;
    }
    for (const c of counts) assert.ok(c > 60 && c < 140, `uneven shards: ${counts.join(', ')}`);
  });
  it('is due by age when the last refresh is older than refresh-older-than-days', () => {
    const options = { now: NOW, refreshBeforeDays: 15, force: false, olderThanDays: 45 };
    const far = info({ expiresAt: NOW + 40 * DAY });
    const rowDue = (info: TokenInfo, refreshedAt: number | undefined, o: DueOptions) =>
      decideFor({ minAgeSeconds: 0 }, info, { ...o, refreshedAt });
    assert.equal(rowDue(far, NOW - 46 * DAY, options).kind, 'due');
    assert.equal(rowDue(far, NOW - 44 * DAY, options).kind, 'not-due');
    assert.equal(rowDue(far, undefined, options).kind, 'due', "else Meta's issued_at (50 days ago)");
    assert.equal(rowDue(far, NOW - 46 * DAY, { ...options, olderThanDays: undefined }).kind, 'not-due');
  });
  it('runs at most `limit` at once and keeps the order', async () => {
    let running = 0;
    let most = 0;
    const results = await inPool([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      return n * 10;
    });
    assert.deepEqual(results, [50, 10, 40, 20, 30]);
    assert.equal(most, 2);
  });
  it('takes the soonest expiry first: the expiry column, else the last refresh plus 60 days, else first of all', () => {
    const row = (id: string, expiresAt?: number, refreshedAt?: number) => ({
      id,
      stored: 'x',
      expiresAt,
      refreshedAt,
      assets: [],
    });
    const rows = [
      row('far', NOW + 50 * DAY),
      row('refreshed-long-ago', undefined, NOW - 58 * DAY),
      row('unknown'),
      row('soon', NOW + 3 * DAY),
      row('refreshed-lately', undefined, NOW - 1 * DAY),
    ];
    assert.deepEqual(
      byRisk(rows).map((r) => r.id),
      ['unknown', 'refreshed-long-ago', 'soon', 'far', 'refreshed-lately'],
    );
    assert.deepEqual(rows[0]?.id, 'far', 'the input is left as it was');
  });
  it('stops new rows for a lost database first, then a rate limit, then usage past 75%', () => {
    assert.equal(stopReason({ usage: 74, limited: false }), undefined);
    assert.match(stopReason({ usage: 75, limited: false }) ?? '', /reached 75%/);
    assert.match(stopReason({ usage: 80, limited: true }) ?? '', /rate-limited/);
    assert.match(stopReason({ usage: 80, limited: true, databaseLost: true }) ?? '', /database could not be reached/);
  });
});
