/**
 * The leak scanner every end-to-end test uses: no secret may appear, in plain, URL-encoded or
 * base64 form, in anything the action leaves behind. stdout may carry a secret only on the
 * `::add-mask::` lines that register it with the runner.
 */
import assert from 'node:assert/strict';
import type { ActionRun } from './action.ts';

/** The forms a secret may take on its way out. */
export function leakForms(secret: string): string[] {
  return [
    ...new Set([
      secret,
      encodeURIComponent(secret),
      Buffer.from(secret).toString('base64'),
      Buffer.from(secret).toString('base64url'),
    ]),
  ];
}

/** Names the first secret found in `text`, or undefined. */
export function findLeak(text: string, secrets: string[]): string | undefined {
  for (const secret of secrets) {
    for (const form of leakForms(secret))
      if (text.includes(form)) return `${secret.slice(0, 6)}… (as ${form === secret ? 'plain' : 'encoded'} text)`;
  }
  return undefined;
}

/** Asserts that none of `secrets` leaked into the run's stdout, stderr, outputs or summary. */
export function assertNoLeak(
  run: ActionRun,
  secrets: Array<string | undefined>,
  extra: Record<string, string> = {},
): void {
  const list = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const places: Record<string, string> = {
    stdout,
    stderr: run.stderr,
    GITHUB_OUTPUT: run.outputsFile,
    summary: run.summary,
    ...extra,
  };
  for (const [place, text] of Object.entries(places)) {
    const leak = findLeak(text, list);
    assert.equal(leak, undefined, `a secret leaked into ${place}: ${leak}`);
  }
}

/** A recorded request as one text: method, path, query, headers and body. */
export interface RequestLike {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function requestText(req: RequestLike): string {
  const headers = Object.entries(req.headers).map(([k, v]) => `${k}: ${String(v)}`);
  return [`${req.method} ${req.path}?${req.query.toString()}`, ...headers, req.body].join('\n');
}

/**
 * Asserts that each request a fake received carries only the secrets that belong there:
 * `forbidden(req)` lists the secrets that must not appear in it, in any form.
 */
export function assertRequestsClean(
  system: string,
  requests: RequestLike[],
  forbidden: (req: RequestLike) => string[],
): void {
  for (const req of requests) {
    const leak = findLeak(
      requestText(req),
      forbidden(req).filter((s) => s.length >= 6),
    );
    assert.equal(leak, undefined, `${system} received a secret it must not see in ${req.method} ${req.path}: ${leak}`);
  }
}
