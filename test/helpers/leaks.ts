/**
 * The leak scanner every end-to-end test uses: no secret may appear, in plain, URL-encoded or
 * base64 form, in anything the action leaves behind. stdout may carry a secret only on the
 * `::add-mask::` lines that register it with the runner.
 */
import assert from 'node:assert/strict';
import type { ActionRun } from './action.ts';

/** The forms a secret may take on its way out. */
export function leakForms(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('base64url')])];
}

/** Names the first secret found in `text`, or undefined. */
export function findLeak(text: string, secrets: string[]): string | undefined {
  for (const secret of secrets) {
    for (const form of leakForms(secret)) if (text.includes(form)) return `${secret.slice(0, 6)}… (as ${form === secret ? 'plain' : 'encoded'} text)`;
  }
  return undefined;
}

/** Asserts that none of `secrets` leaked into the run's stdout, stderr, outputs or summary. */
export function assertNoLeak(run: ActionRun, secrets: Array<string | undefined>, extra: Record<string, string> = {}): void {
  const list = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const places: Record<string, string> = { stdout, stderr: run.stderr, GITHUB_OUTPUT: run.outputsFile, summary: run.summary, ...extra };
  for (const [place, text] of Object.entries(places)) {
    const leak = findLeak(text, list);
    assert.equal(leak, undefined, `a secret leaked into ${place}: ${leak}`);
  }
}
