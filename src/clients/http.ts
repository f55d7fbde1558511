/**
 * The `fetch` every client uses: undici's, bounded by a per-request timeout and the run's
 * budget, and routed through the runner's proxy (`https_proxy`, `no_proxy`, ...) when one is
 * configured, as `@actions/http-client` decides.
 *
 * undici's rather than Node's own: `@actions/core` loads undici (through `@actions/http-client`)
 * in every run, HTTP parser and all, so using Node's built-in copy as well would load a second
 * HTTP client into the same process.
 */
import diagnostics from 'node:diagnostics_channel';
import { HttpClient } from '@actions/http-client';
import { fetch as undiciFetch } from 'undici';
import { requestSignal } from './budget.ts';

/**
 * A `fetch` for requests to `baseUrl`: every call gets `requestSignal(timeoutMs)` (its timeout,
 * the run's budget, and any signal of its own).
 */
export function clientFetch(baseUrl: string, timeoutMs: number): typeof fetch {
  const dispatcher = new HttpClient().getAgentDispatcher(baseUrl);
  const proxied = async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<unknown> => {
    // undici does not know Node's global Request class (the Vercel SDK passes one): pass its parts.
    if (input instanceof Request) {
      const body = input.body ? await input.arrayBuffer() : undefined;
      init = { method: input.method, headers: [...input.headers], body, signal: input.signal, ...init };
      input = input.url;
    }
    const inner = init?.signal ?? undefined;
    return undiciFetch(input, {
      ...init,
      signal: requestSignal(timeoutMs, inner),
      ...(dispatcher ? { dispatcher } : {}),
    } as never);
  };
  return proxied as unknown as typeof fetch;
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
