/**
 * Table mode's alert plan, pure: the cause of a failed row (`causes.ts`), which rows get an
 * issue of their own, and what the job's issue lists (`planRows`, `jobView`), and the job issue's
 * marker (a shard's and a tokens query's own; single-token markers unchanged).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCause, tokenCause } from '../src/causes.ts';
import type { TokenInfo } from '../src/core.ts';
import { ServiceError } from '../src/errors.ts';
import { issueMarker, issueMarkers } from '../src/issue.ts';
import type { RunReport } from '../src/report.ts';
import { ALIKE_ROWS, jobView, planRows } from '../src/row-issues.ts';
import type { RowResult } from '../src/report.ts';

const failed = (id: string, cause: string): RowResult => ({
  id,
  type: '',
  before: '',
  after: '',
  result: 'failed',
  detail: `row ${id} failed`,
  failureClass: 'needs-human',
  hint: 'do something',
  cause,
});
const meta = (code: number, subcode?: number): ServiceError =>
  new ServiceError({
    system: 'meta',
    failureClass: 'needs-human',
    message: 'refused',
    meta: { code, ...(subcode === undefined ? {} : { subcode }), message: 'refused' },
  });

describe('row causes', () => {
  it("tells the app's refused token from the row's own", () => {
    assert.equal(errorCause(meta(190), false), 'meta:190');
    assert.equal(errorCause(meta(190, 463), true), 'token:190/463');
    assert.equal(errorCause(meta(1), true), 'meta:1');
    assert.equal(errorCause(meta(10), true), 'token:10');
    const down = new ServiceError({
      system: 'postgres',
      failureClass: 'retry-later',
      message: 'x',
      code: 'ECONNREFUSED',
    });
    assert.equal(errorCause(down, true), 'postgres:ECONNREFUSED');
    assert.equal(errorCause(new DOMException('late', 'TimeoutError'), true), 'network:TimeoutError');
    const info = { isValid: true, appId: '1', scopes: [] } as unknown as TokenInfo;
    assert.equal(tokenCause(info, '1'), 'token:scopes');
    assert.equal(tokenCause(info, '2'), 'token:app');
    assert.equal(
      tokenCause({ ...info, isValid: false, error: { code: 190, subcode: 460, message: '' } }, '1'),
      'token:190/460',
    );
  });
});

describe('planRows and jobView', () => {
  it("keeps a row's own token personal however many share it, and gathers the rest by cause", () => {
    const rows = [
      ...['a', 'b', 'c', 'd', 'e'].map((id) => failed(id, 'token:190/463')),
      failed('f', 'meta:2'),
      ...['g', 'h', 'i', 'j'].slice(0, ALIKE_ROWS + 1).map((id) => failed(id, 'held')),
      failed('k', 'held'),
      { ...failed('ok', ''), result: 'refreshed' as const },
    ];
    const plan = planRows(rows);
    assert.deepEqual(
      plan.personal.map((r) => r.id),
      ['a', 'b', 'c', 'd', 'e'],
    );
    assert.deepEqual([...plan.alike.keys()], ['meta:2', 'held']);
    const report: RunReport = {
      now: 0,
      destinations: [],
      deployments: [],
      notes: [],
      failures: [
        { phase: 'channel', target: 'a', failureClass: 'needs-human', message: 'row a' },
        { phase: 'channel', failureClass: 'retry-later', message: 'rows left for the next run' },
      ],
      rows,
    };
    const view = jobView(report, plan, new Set(['a', 'b', 'c']));
    const lines = view.failures.map((f) => `${f.doing ?? f.phase}: ${f.message}`);
    assert.equal(lines[0], 'channel: rows left for the next run');
    assert.match(lines[1] ?? '', /^1 channel failed alike \(`meta:2`\): row f failed\. Rows: `f`$/);
    assert.match(lines[2] ?? '', /^5 channels failed alike \(`held`\).*Rows: `g`, `h`, `i`, `j`, `k`$/);
    assert.match(lines[3] ?? '', /^2 channels whose own token needs a person.*Rows: `d` \(token:190\/463\), `e` /);
    assert.equal(lines.length, 4);
  });

  it('gives a lone row whose value does not open an issue of its own', () => {
    assert.deepEqual(
      planRows([failed('a', 'held')]).personal.map((r) => r.id),
      ['a'],
    );
  });
});

describe('job issue markers', () => {
  const base = { appId: '42', primary: 'acme/app:META_ACCESS_TOKEN' };
  it('leaves the single-token marker as it was', () => {
    assert.equal(issueMarker(base), '<!-- meta-token-refresh app=42 secret=acme/app:META_ACCESS_TOKEN -->');
    assert.deepEqual(issueMarkers(base), [issueMarker(base)]);
  });
  it("gives each shard and tokens query its own, and lets an unsharded job adopt an earlier version's", () => {
    const table = { appId: '42', primary: '' };
    const one = issueMarker({ ...table, table: { query: 'abcd1234', shard: '1/2' } });
    const two = issueMarker({ ...table, table: { query: 'abcd1234', shard: '2/2' } });
    const other = issueMarker({ ...table, table: { query: 'ffff0000', shard: '1/2' } });
    assert.equal(one, '<!-- meta-token-refresh app=42 secret=- table=abcd1234 shard=1/2 -->');
    assert.ok(!one.includes(two) && !two.includes(one) && !other.includes(one));
    assert.deepEqual(issueMarkers({ ...table, table: { query: 'abcd1234', shard: '1/2' } }), [one]);
    assert.deepEqual(issueMarkers({ ...table, table: { query: 'abcd1234' } }), [
      '<!-- meta-token-refresh app=42 secret=- table=abcd1234 -->',
      '<!-- meta-token-refresh app=42 secret=- -->',
    ]);
  });
});
