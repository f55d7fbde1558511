/**
 * A request's deadline (`requestDeadline`) and the `fetch` every client uses: the timeout, the
 * run's budget and the caller's signal end a request, and once it is over nothing of it stays
 * alive (a table job makes tens of thousands of requests).
 */
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { requestDeadline, startBudget } from '../src/clients/budget.ts';
import { clientFetch } from '../src/clients/http.ts';

describe('requestDeadline', () => {
  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    startBudget(60_000);
  });
  afterEach(() => {
    mock.timers.reset();
  });

  it('aborts with a TimeoutError that names the timeout', () => {
    const { signal } = requestDeadline(5_000);
    mock.timers.tick(4_999);
    assert.equal(signal.aborted, false);
    mock.timers.tick(1);
    assert.equal((signal.reason as Error).name, 'TimeoutError');
    assert.match((signal.reason as Error).message, /no answer within 5 s/);
  });

  it('aborts with the budget and with the caller’s signal, for their reasons', () => {
    const inner = new AbortController();
    const byInner = requestDeadline(30_000, inner.signal);
    inner.abort(new Error('cancelled by the caller'));
    assert.match((byInner.signal.reason as Error).message, /cancelled by the caller/);
    const byBudget = requestDeadline(120_000);
    mock.timers.tick(60_000);
    assert.match((byBudget.signal.reason as Error).message, /time budget of 60 s ran out/);
    assert.equal(requestDeadline(1_000, inner.signal).signal.aborted, true, 'a signal already aborted');
  });

  it('once done, neither its timer nor the caller’s signal aborts it, and it listens to nothing', () => {
    const inner = new AbortController();
    const deadline = requestDeadline(1_000, inner.signal);
    assert.equal(getEventListeners(inner.signal, 'abort').length, 1);
    deadline.done();
    assert.equal(getEventListeners(inner.signal, 'abort').length, 0);
    mock.timers.tick(1_000);
    inner.abort();
    assert.equal(deadline.signal.aborted, false);
  });
});

describe('clientFetch', () => {
  it('lets go of the request once its body is read, or at once when it has none', async (t) => {
    const server = createServer((req, res) => {
      res.writeHead(req.url === '/empty' ? 204 : 200).end(req.url === '/empty' ? undefined : '{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    t.after(() => server.close());
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const fetch = clientFetch(base, 10_000);
    const inner = new AbortController();
    const listening = (): number => getEventListeners(inner.signal, 'abort').length;

    const response = await fetch(`${base}/json`, { signal: inner.signal });
    assert.equal(listening(), 1, 'the body is still bounded by the deadline');
    assert.deepEqual(await response.json(), { ok: true });
    assert.equal(listening(), 0);

    await fetch(`${base}/empty`, { signal: inner.signal });
    assert.equal(listening(), 0);
  });
});
