/**
 * The `fetch` every client uses: bounded by a per-request timeout and the run's budget, and
 * routed through the runner's proxy (`https_proxy`, `no_proxy`, ...) when one is configured, as
 * `@actions/http-client` decides. Without a proxy it is Node's own `fetch`, so the proxy
 * machinery is loaded only by runners that need it.
 */
import diagnostics from 'node:diagnostics_channel';
import { HttpClient } from '@actions/http-client';
import { requestSignal } from './budget.ts';

async function chooseFetch(url: string): Promise<typeof fetch> {
  const dispatcher = new HttpClient().getAgentDispatcher(url);
  if (!dispatcher) return fetch;
  const undici = await import('undici');
  // undici's fetch takes its own dispatcher. It does not know Node's global Request class (the
  // Vercel SDK passes one), so a Request is passed on as its parts.
  const proxied = async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<unknown> => {
    if (input instanceof Request) {
      const body = input.body ? await input.arrayBuffer() : undefined;
      return undici.fetch(input.url, { method: input.method, headers: [...input.headers], body, signal: input.signal, ...init, dispatcher } as never);
    }
    return undici.fetch(input, { ...init, dispatcher } as never);
  };
  return proxied as unknown as typeof fetch;
}

/**
 * A `fetch` for requests to `baseUrl`: every call gets `requestSignal(timeoutMs)` (its timeout,
 * the run's budget, and any signal of its own).
 */
export function clientFetch(baseUrl: string, timeoutMs: number): typeof fetch {
  let chosen: Promise<typeof fetch> | undefined;
  return async (input, init) => {
    const base = await (chosen ??= chooseFetch(baseUrl));
    const inner = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return base(input, { ...init, signal: requestSignal(timeoutMs, inner) });
  };
}

/**
 * Resolves once the next request's headers are on a socket (undici's diagnostics channel
 * `undici:client:sendHeaders`, which Node's `fetch` publishes), or after `maxMs` milliseconds.
 * The run loads its heavier modules only then, so that their CPU time overlaps Meta's answer
 * instead of delaying the question.
 */
export function requestSent(maxMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      diagnostics.unsubscribe('undici:client:sendHeaders', done);
      resolve();
    };
    const timer = setTimeout(done, maxMs);
    diagnostics.subscribe('undici:client:sendHeaders', done);
  });
}
