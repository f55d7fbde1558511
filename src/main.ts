/**
 * The action's entry: reads the inputs, sends the inspection first, builds the destinations
 * while it is answered, runs the refresh, and then tells a person through the failure issue.
 * Outputs, a job summary and, when anything failed, a failed step naming every failure are left
 * whatever happens.
 */
import * as core from '@actions/core';
import { startBudget } from './clients/budget.ts';
import { requestSent } from './clients/http.ts';
import { alert, issueContext, lookUpIssue } from './alert.ts';
import type { Run } from './delivery.ts';
import { closeRun, createRun, startRun } from './delivery.ts';
import { validateDestinations, withCurrentToken } from './destinations/index.ts';
import { InputError, messageOf } from './errors.ts';
import { recordFailure } from './failures.ts';
import { keepScheduleAlive } from './keepalive.ts';
import type { Settings } from './inputs.ts';
import { notValid, readSettings } from './inputs.ts';
import type { IssueDesk } from './issue.ts';
import { adviceProvider, createProvider, pickedProvider, providerNotes } from './providers/index.ts';
import type { TokenProvider } from './providers/provider.ts';
import type { Health } from './refresh.ts';
import { refresh } from './refresh.ts';
import { createMetaProvider } from './providers/meta.ts';
import type { AssetRead } from './health.ts';
import { assetsOf } from './health.ts';
import type { RunReport } from './report.ts';
import { failureLine, outputsOf, renderSummary, statusOf, whereTheTokenIs } from './report.ts';
import type { Settled } from './settled.ts';
import { settle } from './settled.ts';

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

/** The WhatsApp assets the inputs name, read with the current token at once (beside the inspection). */
function healthOf(settings: Settings, provider: TokenProvider): Health {
  const refs = assetsOf(settings.whatsapp);
  const read = (token: string): Promise<AssetRead[]> =>
    refs.length > 0 && provider.readAssets ? provider.readAssets(token, refs) : Promise.resolve([]);
  return { current: read(settings.accessToken), read };
}

/** A failure to read the current token from the primary. */
class TokenSourceError extends Error {
  override readonly cause: unknown;
  constructor(cause: unknown) {
    super('reading the current token from the primary failed');
    this.cause = cause;
  }
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
  // Not looked up yet: a failure before the lookup starts has the alert look the issue up itself.
  let lookup: Promise<Settled<IssueDesk | undefined>> = Promise.resolve({ ok: false, error: undefined });
  let keepalive: Promise<void> = Promise.resolve();
  let built: Promise<Run> | undefined;
  try {
    settings = readSettings();
    const problems = await validateDestinations(settings);
    if (problems.length > 0) throw new InputError(notValid(problems));
    startBudget(settings.runTimeoutMs);
    for (const warning of settings.warnings) {
      report.notes.push(warning);
      core.warning(warning);
    }
    if (settings.postgres?.tokensQuery) {
      // Table mode: every row holds its own Facebook Login token.
      // Meta's usage, as each answer reports it, throttles the job.
      const throttle = { usage: 0, limited: false };
      const onUsage = (percent: number): void => {
        throttle.usage = Math.max(throttle.usage, percent);
      };
      provider = createMetaProvider({ ...settings, onUsage });
      // The driver loads only here, in the Postgres chunk.
      const table = await (await import('./destinations/postgres.ts')).tableMode();
      await table.runTable(settings, report, provider, throttle);
      return;
    }
    const given = settings;
    // Without access-token, the token is read from the primary (a Postgres row) first.
    const current = await withCurrentToken(given).catch(async (error: unknown) => {
      // The failure issue names the places and is found by its primary: their records, no requests.
      provider = adviceProvider(given);
      built = createRun(given, report, provider);
      await built;
      throw new TokenSourceError(error);
    });
    settings = current;
    const chosen = createProvider(current);
    provider = chosen;
    const picked = pickedProvider(current, chosen);
    if (picked) core.info(picked);
    for (const note of providerNotes(current, chosen)) {
      report.notes.push(note);
      core.warning(note);
    }
    // The inspection is the first request; everything else loads once it is on the wire.
    const sent = requestSent();
    const inspection = settle(provider.inspect(current.accessToken));
    const health = healthOf(current, chosen);
    built = sent.then(() => startRun(current, report, chosen));
    keepalive = sent.then(() => keepScheduleAlive(current, report));
    const run = built;
    lookup = settle(run.then((r) => lookUpIssue(current, issueContext(current, r.report, chosen))));
    await refresh(await run, chosen, inspection, health);
  } catch (error) {
    const phase =
      error instanceof InputError || !settings
        ? 'inputs'
        : error instanceof TokenSourceError
          ? 'read-token'
          : report.fresh
            ? (report.destinations.find((d) => d.primary)?.kind.id ?? 'inspect')
            : 'inspect';
    const chosen = provider;
    if (error instanceof TokenSourceError)
      recordFailure(report, (e) => chosen?.advice(e, []), phase, error.cause, undefined, 'reading the token');
    else report.failures.push({ phase, failureClass: 'needs-human', message: messageOf(error) });
  } finally {
    await keepalive;
    await built?.then(closeRun, () => undefined);
    // In table mode the alert also tells the channels' own issues, under the same budgets.
    if (settings && provider) await alert(settings, report, provider, lookup);
    await conclude(report);
  }
}
