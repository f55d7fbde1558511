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
import type { RequestDeadline } from './budget.ts';
import { requestDeadline } from './budget.ts';

/**
 * A `fetch` for requests to `baseUrl`: every call gets `requestDeadline(timeoutMs)` (its timeout,
 * the run's budget, and any signal of its own), which ends once the answer's body is read.
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
    const deadline = requestDeadline(timeoutMs, init?.signal);
    try {
      const response = await undiciFetch(input, {
        ...init,
        signal: deadline.signal,
        ...(dispatcher ? { dispatcher } : {}),
      } as never);
      return endsWithBody(response, deadline);
    } catch (error) {
      deadline.done();
      throw error;
    }
  };
  return proxied as unknown as typeof fetch;
}

/** How the clients read an answer's body: each ends the request's deadline once it settles. */
const READERS = ['arrayBuffer', 'blob', 'bytes', 'formData', 'json', 'text'] as const;

/**
 * `response`, whose body readers end `deadline` once they settle; at once when it has no body.
 * The timeout still bounds the body until then.
 */
function endsWithBody<R extends { body: unknown }>(response: R, deadline: RequestDeadline): R {
  if (response.body === null) {
    deadline.done();
    return response;
  }
  for (const name of READERS) {
    const read = (response as Record<string, unknown>)[name];
    if (typeof read !== 'function') continue;
    Object.defineProperty(response, name, {
      value: (...args: unknown[]) =>
        (read as (...a: unknown[]) => Promise<unknown>).apply(response, args).finally(deadline.done),
    });
  }
  return response;
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
