/**
 * The action's entry: reads the inputs, chooses the mode (one token, or a table of them), and
 * runs it: for one token the inspection goes out first and the destinations are built while it
 * is answered. Then it tells a person through the failure issue. Outputs, a job summary and, when
 * anything failed, a failed step naming every failure are left whatever happens.
 */
import * as core from '@actions/core';
import { startBudget } from './clients/budget.ts';
import { requestSent } from './clients/http.ts';
import { alert, issueContext, lookUpIssue } from './alert.ts';
import { conclude } from './conclude.ts';
import type { Run } from './delivery.ts';
import { closeRun, createRun, markNotWritten, startRun } from './delivery.ts';
import { validateDestinations, withCurrentToken } from './destinations/index.ts';
import { InputError, messageOf, ProviderLookupError, TokenSourceError } from './errors.ts';
import { recordFailure } from './failures.ts';
import { keepScheduleAlive } from './keepalive.ts';
import type { Settings } from './inputs.ts';
import { notValid, readSettings } from './inputs.ts';
import type { IssueDesk } from './issue.ts';
import { adviceProvider, createProvider, pickedProvider, providerNotes } from './providers/index.ts';
import type { TokenProvider } from './providers/provider.ts';
import { healthOf, refresh } from './refresh.ts';
import type { RunReport } from './report.ts';
import { newReport, placesOf } from './report.ts';
import type { Settled } from './settled.ts';
import { settle } from './settled.ts';

/** What a run holds across its phases, for the failure issue and the end. */
interface Job {
  report: RunReport;
  settings?: Settings;
  provider?: TokenProvider;
  /** Not looked up yet: a failure before the lookup starts has the alert look the issue up itself. */
  lookup: Promise<Settled<IssueDesk | undefined>>;
  built?: Promise<Run>;
}

/**
 * Ends the run before the token is inspected, with `failure`: the failure issue names the places
 * and is found by its primary (their records, no requests), with the advice of the provider set.
 */
async function endEarly(job: Job, settings: Settings, failure: Error): Promise<never> {
  job.provider = adviceProvider(settings);
  job.built = createRun(settings, job.report, job.provider);
  await job.built;
  throw failure;
}

/** The single token's refresh: read it (from its primary when not given), inspect it first, then the rest. */
async function runSingle(job: Job, given: Settings): Promise<void> {
  const current = await withCurrentToken(given).catch((e: unknown) => endEarly(job, given, new TokenSourceError(e)));
  job.settings = current;
  // A call asking Meta what the token is (`token-provider: auto`) may fail; a refusal is the inputs'.
  const chosen = await createProvider(current).catch((e: unknown) =>
    e instanceof InputError ? Promise.reject(e) : endEarly(job, current, new ProviderLookupError(e)),
  );
  job.provider = chosen;
  const picked = pickedProvider(current, chosen);
  if (picked) core.info(picked);
  for (const note of providerNotes(current, chosen)) {
    job.report.notes.push(note);
    core.warning(note);
  }
  // The inspection is the first request; everything else loads once it is on the wire.
  const sent = requestSent();
  const inspection = settle(chosen.inspect(current.accessToken));
  const health = healthOf(current, chosen);
  const built = sent.then(() => startRun(current, job.report, chosen));
  job.built = built;
  job.lookup = settle(built.then((r) => lookUpIssue(current, issueContext(current, r.report, chosen))));
  await refresh(await built, chosen, inspection, health);
}

/** Records the failure that ended the run early. */
function recordEnd(job: Job, error: unknown): void {
  const { report, settings, provider } = job;
  if (error instanceof TokenSourceError) {
    recordFailure(report, (e) => provider?.advice(e, []), 'read-token', error.cause, undefined, 'reading the token');
    return;
  }
  if (error instanceof ProviderLookupError) {
    const doing = 'asking Meta which kind of token it is (token-provider auto)';
    recordFailure(report, (e) => provider?.advice(e, placesOf(report)), 'inspect', error.cause, undefined, doing);
    markNotWritten(report, 'the token could not be inspected');
    return;
  }
  const primary = report.fresh ? report.destinations.find((d) => d.primary)?.kind.id : undefined;
  const phase = error instanceof InputError || !settings ? 'inputs' : (primary ?? 'inspect');
  report.failures.push({ phase, failureClass: 'needs-human', message: messageOf(error) });
}

/** The action's entry (`core.setFailed` on any failure, every failure named). */
export async function run(): Promise<void> {
  const report = newReport();
  const job: Job = { report, lookup: Promise.resolve({ ok: false, error: undefined }) };
  let keepalive: Promise<void> = Promise.resolve();
  try {
    const settings = readSettings();
    job.settings = settings;
    const problems = await validateDestinations(settings);
    if (problems.length > 0) throw new InputError(notValid(problems));
    startBudget(settings.runTimeoutMs);
    for (const warning of settings.warnings) {
      report.notes.push(warning);
      core.warning(warning);
    }
    keepalive = requestSent().then(() => keepScheduleAlive(settings, report));
    if (settings.postgres?.kind === 'table')
      job.provider = await (await import('./table.ts')).runTableJob(settings, report);
    else await runSingle(job, settings);
  } catch (error) {
    recordEnd(job, error);
  } finally {
    await keepalive;
    await job.built?.then(closeRun, () => undefined);
    // In table mode the alert also tells the channels' own issues, under the same budgets.
    if (job.settings && job.provider) await alert(job.settings, report, job.provider, job.lookup);
    await conclude(report);
  }
}
