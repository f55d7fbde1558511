/**
 * Turning what went wrong into the report's failures: every thrown value is classified (a
 * `ServiceError` carries its class; a timeout or network fault is retry-later; anything else
 * needs a person) and given what a person must do, when that is known.
 */
import type { Finding } from './core.ts';
import { isTransportError, messageOf, ServiceError } from './errors.ts';
import type { Phase, RunReport } from './report.ts';

/** What a person must do about a `needs-human` `ServiceError` that carries no hint of its own. */
export type Advice = (error: ServiceError) => string | undefined;

/**
 * Records `error`, thrown during `phase` (about `target`, when given; `doing` names the phase for
 * the issue), as a failure of the run. Returns its redacted message.
 */
export function recordFailure(
  report: RunReport,
  advice: Advice,
  phase: Phase,
  error: unknown,
  target?: string,
  doing?: string,
): string {
  const base = { phase, ...(target ? { target } : {}), ...(doing ? { doing } : {}) };
  if (error instanceof ServiceError) {
    const hint = error.hint ?? (error.failureClass === 'needs-human' ? advice(error) : undefined);
    report.failures.push({
      ...base,
      failureClass: error.failureClass,
      message: error.message,
      ...(hint ? { hint } : {}),
      ...(error.meta ? { meta: error.meta } : {}),
    });
  } else {
    report.failures.push({
      ...base,
      failureClass: isTransportError(error) ? 'retry-later' : 'needs-human',
      message: messageOf(error),
    });
  }
  return report.failures.at(-1)?.message ?? '';
}

/** Records each finding (a token that may not be used) as a failure that needs a person. */
export function recordFindings(report: RunReport, phase: Phase, findings: Finding[]): void {
  for (const f of findings)
    report.failures.push({
      phase,
      failureClass: 'needs-human',
      message: f.message,
      hint: f.hint,
      ...(f.meta ? { meta: f.meta } : {}),
    });
}
