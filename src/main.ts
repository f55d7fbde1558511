/**
 * The action's entry: reads the inputs, sends the inspection first, builds the destinations
 * while it is answered, runs the refresh, and then tells a person through the failure issue.
 * Outputs, a job summary and, when anything failed, a failed step naming every failure are left
 * whatever happens.
 */
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { startBudget } from './clients/budget.ts';
import { requestSent } from './clients/http.ts';
import type { Run } from './delivery.ts';
import { unreadable } from './delivery.ts';
import type { KindContext } from './destinations/destination.ts';
import { createDestinations } from './destinations/index.ts';
import { InputError, messageOf } from './errors.ts';
import { recordFailure } from './failures.ts';
import type { Settings } from './inputs.ts';
import { issueTarget, readSettings } from './inputs.ts';
import type { IssueContext, IssueDesk } from './issue.ts';
import { createProvider } from './providers/index.ts';
import type { TokenProvider } from './providers/provider.ts';
import { refresh } from './refresh.ts';
import type { RunReport } from './report.ts';
import { failureLine, outputsOf, renderSummary, statusOf, whereTheTokenIs } from './report.ts';

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

/** The destinations, their records in the report, and the reads that need no new token, started. */
async function build(settings: Settings, report: RunReport, provider: TokenProvider): Promise<Run> {
  const places = (): string[] => report.destinations.map((d) => d.target);
  const fail: KindContext['fail'] = (phase, error, target) =>
    recordFailure(
      report,
      (e) => provider.advice(e, places()),
      phase,
      error,
      target,
      report.destinations.find((d) => d.kind.id === phase)?.kind.writing,
    );
  const context: KindContext = {
    report,
    fail,
    runId: randomUUID(),
    unreadable: (phase, target, error) => unreadable(report, fail, phase, target, error),
  };
  const sets = await createDestinations(settings, context);
  const destinations = sets.flatMap((set) => set.destinations);
  report.destinations = destinations.map((d) => d.record);
  for (const d of destinations) d.prepare();
  return { settings, report, sets, destinations, context };
}

function issueContext(settings: Settings, report: RunReport, provider: TokenProvider): IssueContext {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
  const places = report.destinations.map((d) => d.target);
  return {
    appId: settings.appId,
    primary: places[0] ?? '',
    places,
    runUrl: server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined,
    refreshBeforeDays: settings.refreshBeforeDays,
    replaceByHand: provider.replaceByHand(places),
    mintAdvice: provider.mintAdvice(places),
  };
}

/** Looks up the open failure issue early, so a run that succeeds needs no extra round trip to close it. */
async function lookUpIssue(settings: Settings, context: IssueContext): Promise<IssueDesk | undefined> {
  if (!issueTarget(settings.issue)) return undefined;
  const issues = await import('./issue.ts');
  return issues.openIssueDesk(settings, context);
}

/** Tells a person through the failure issue, under a short budget of its own: the alert matters most when the run's was spent. */
async function alert(
  settings: Settings,
  report: RunReport,
  provider: TokenProvider,
  early: Promise<Settled<IssueDesk | undefined>>,
): Promise<void> {
  startBudget(2 * settings.timeoutMs);
  await core.group('Failure issue', async () => {
    const issues = await import('./issue.ts');
    const context = issueContext(settings, report, provider);
    // Looked up again when the early lookup failed: it ran under the spent budget, or hit a fault.
    const desk = early.then((found) => (found.ok ? found.value : issues.openIssueDesk(settings, context)));
    await issues.reportByIssue(settings, report, context, desk);
  });
}

/** Outputs, the job summary and, when anything failed, the failed step. */
async function conclude(report: RunReport): Promise<void> {
  for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, value);
  try {
    await core.summary.addRaw(renderSummary(report), true).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${messageOf(error)}`);
  }
  if (statusOf(report) !== 'failed') return;
  const where = whereTheTokenIs(report);
  const lines = report.failures.map(failureLine);
  if (report.fresh && where.old.length > 0) lines.push(`Still holding the old token: ${where.old.join(', ')}.`);
  if (where.notLive.length > 0) lines.push(`Not yet running with the new token: ${where.notLive.join(', ')}.`);
  core.setFailed(lines.join('\n'));
}

/** The action's entry (`core.setFailed` on any failure, every failure named). */
export async function run(): Promise<void> {
  const report: RunReport = {
    now: Math.floor(Date.now() / 1000),
    destinations: [],
    deployments: [],
    failures: [],
    notes: [],
  };
  let settings: Settings | undefined;
  let provider: TokenProvider | undefined;
  let lookup: Promise<Settled<IssueDesk | undefined>> = Promise.resolve({ ok: true, value: undefined });
  try {
    settings = readSettings();
    startBudget(settings.runTimeoutMs);
    for (const warning of settings.warnings) {
      report.notes.push(warning);
      core.warning(warning);
    }
    const current = settings;
    provider = createProvider(current);
    // The inspection is the first request; everything else loads once it is on the wire.
    const sent = requestSent();
    const inspection = settle(provider.inspect(current.accessToken));
    const chosen = provider;
    const built = sent.then(() => build(current, report, chosen));
    lookup = settle(built.then((r) => lookUpIssue(current, issueContext(current, r.report, chosen))));
    await refresh(await built, provider, inspection);
  } catch (error) {
    const phase =
      error instanceof InputError || !settings
        ? 'inputs'
        : report.fresh
          ? (report.destinations[0]?.kind.id ?? 'inspect')
          : 'inspect';
    report.failures.push({ phase, failureClass: 'needs-human', message: messageOf(error) });
  } finally {
    if (settings && provider) await alert(settings, report, provider, lookup);
    await conclude(report);
  }
}
