/**
 * The run: inspect the token, refresh it when due, verify the new one, then write it to every
 * destination, primary first. Outputs and the job summary are written whatever happens.
 */
import * as core from '@actions/core';
import type { Finding, TokenInfo } from './core.ts';
import { checkInspection, checkRefreshed, daysLeft, decide, isoTime, metaErrorHint, wantsSixtyDays } from './core.ts';
import { InputError, messageOf, ServiceError } from './errors.ts';
import type { Octokit, PublicKey } from './github.ts';
import { createOctokit, getPublicKey, putSecret, repoName } from './github.ts';
import type { SecretDestination, Settings } from './inputs.ts';
import { readSettings } from './inputs.ts';
import { createGraphClient } from './meta.ts';
import type { Destination, Failure, Phase, RunReport } from './report.ts';
import { failureLine, outputsOf, renderSummary, statusOf } from './report.ts';

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

const targetOf = (d: SecretDestination): string => `${repoName(d.repo)}:${d.name}`;

/** Records `error`, thrown during `phase`, as a failure of the run. */
function fail(report: RunReport, phase: Phase, error: unknown, secretNames: string[], target?: string): void {
  const base = { phase, ...(target ? { target } : {}) };
  if (error instanceof ServiceError) {
    const hint = error.hint ?? (error.meta && error.failureClass === 'needs-human' ? metaErrorHint(error.meta, secretNames) : undefined);
    report.failures.push({ ...base, failureClass: error.failureClass, message: error.message, ...(hint ? { hint } : {}), ...(error.meta ? { meta: error.meta } : {}) });
  } else {
    report.failures.push({ ...base, failureClass: 'needs-human', message: messageOf(error) });
  }
}

function findingsToFailures(report: RunReport, phase: Phase, findings: Finding[]): void {
  for (const f of findings) report.failures.push({ phase, failureClass: 'needs-human', message: f.message, hint: f.hint, ...(f.meta ? { meta: f.meta } : {}) });
}

function describe(token: TokenInfo, now: number): string {
  const expiry = token.expiresAt === 0 ? 'never expires' : `expires ${isoTime(token.expiresAt)} (${daysLeft(token.expiresAt, now)} days left)`;
  return `${token.type} token of app ${token.appId}${token.application ? ` (${token.application})` : ''}, ${expiry}; scopes: ${token.scopes.join(', ') || '(none)'}`;
}

async function execute(settings: Settings, report: RunReport): Promise<void> {
  const secretNames = [...new Set(settings.githubSecrets.map((d) => d.name))];
  const graph = createGraphClient({
    baseUrl: settings.graphApiUrl,
    version: settings.graphApiVersion,
    appId: settings.appId,
    appSecret: settings.appSecret,
    timeoutMs: settings.timeoutMs,
  });
  const octokit: Octokit | undefined = settings.githubToken ? createOctokit(settings.githubToken, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs }) : undefined;

  // Public keys do not depend on the new token: fetch them while the token is inspected.
  const keys = new Map<string, Promise<Settled<PublicKey>>>();
  if (octokit) {
    for (const d of settings.githubSecrets) {
      const name = repoName(d.repo);
      if (!keys.has(name)) keys.set(name, settle(getPublicKey(octokit, d.repo)));
    }
  }
  report.destinations = settings.githubSecrets.map((d, i) => ({ kind: 'github-secret', target: targetOf(d), primary: i === 0, result: 'unchanged', holds: 'old' }));

  const token = await core.group('Inspect the token', async () => {
    try {
      const info = await graph.debugToken(settings.accessToken);
      core.info(describe(info, report.now));
      return info;
    } catch (error) {
      fail(report, 'inspect', error, secretNames);
      return undefined;
    }
  });
  if (!token) {
    markNotWritten(report, 'the token could not be inspected');
    return;
  }
  report.token = token;
  const problems = checkInspection(token, settings.appId, settings.requiredScopes, secretNames);
  if (problems.length > 0) {
    findingsToFailures(report, 'inspect', problems);
    markNotWritten(report, 'the current token is not usable');
    return;
  }
  if (token.dataAccessExpiresAt && token.dataAccessExpiresAt < report.now) {
    report.notes.push(`Data access for this token expired ${isoTime(token.dataAccessExpiresAt)}: reads of user data fail until the user logs in again.`);
  }

  const decision = decide(token, { now: report.now, refreshBeforeDays: settings.refreshBeforeDays, force: settings.force });
  if (decision.kind !== 'due') {
    report.outcome = decision.kind;
    const why = decision.kind === 'non-expiring' ? 'The token never expires (expires_at 0): nothing to refresh.' : `The token is not due: ${decision.daysLeft} days left, refresh-before-days is ${settings.refreshBeforeDays}.`;
    report.notes.push(why + (settings.force && decision.kind === 'non-expiring' ? ' force has no effect on a token that never expires.' : ''));
    core.info(why);
    await warnUnreachable(report, keys);
    return;
  }
  core.info(decision.forced ? `Refreshing because force is set (${decision.daysLeft} days left).` : `The token is due: ${decision.daysLeft} days left, refresh-before-days is ${settings.refreshBeforeDays}.`);

  if (settings.dryRun) {
    report.outcome = 'dry-run';
    report.notes.push(`Dry run: the token would be exchanged${wantsSixtyDays(token) ? ' (set_token_expires_in_60_days=true)' : ''}, verified and written to the destinations below; nothing was changed.`);
    for (const d of report.destinations) d.result = 'would-write';
    await failUnreachable(report, settings, keys, secretNames);
    return;
  }

  const fresh = await core.group('Refresh and verify', async () => {
    let accessToken: string;
    try {
      ({ accessToken } = await graph.exchangeToken(settings.accessToken, { sixtyDays: wantsSixtyDays(token) }));
    } catch (error) {
      fail(report, 'refresh', error, secretNames);
      return undefined;
    }
    try {
      const info = await graph.debugToken(accessToken);
      core.info(`New token: ${describe(info, report.now)}`);
      const findings = checkRefreshed(token, info, settings.appId, report.now);
      if (findings.length > 0) {
        findingsToFailures(report, 'verify', findings);
        return undefined;
      }
      return { accessToken, info };
    } catch (error) {
      fail(report, 'verify', error, secretNames);
      return undefined;
    }
  });
  if (!fresh) {
    markNotWritten(report, 'no verified new token');
    return;
  }
  report.fresh = fresh.info;

  await core.group('Write GitHub secrets', async () => {
    const write = async (d: SecretDestination, index: number): Promise<boolean> => {
      const destination = report.destinations[index] as Destination;
      const key = await keys.get(repoName(d.repo));
      try {
        if (!octokit || !key) throw new Error('no GitHub client');
        if (!key.ok) throw key.error;
        destination.result = await putSecret(octokit, d.repo, d.name, key.value, fresh.accessToken);
        destination.holds = 'new';
        core.info(`${destination.target}: ${destination.result}`);
        return true;
      } catch (error) {
        destination.result = 'failed';
        fail(report, 'github-secret', error, secretNames, destination.target);
        destination.detail = report.failures.at(-1)?.message;
        core.info(`${destination.target}: failed: ${destination.detail ?? ''}`);
        return false;
      }
    };
    const [primary, ...others] = settings.githubSecrets;
    if (!primary) return;
    // The primary is what the next run reads access-token from: a new token anywhere else but
    // there would be invisible to the next run, so nothing else is written unless it lands.
    if (!(await write(primary, 0))) {
      markNotWritten(report, `the primary secret ${targetOf(primary)} could not be written`);
      return;
    }
    await Promise.all(others.map((d, i) => write(d, i + 1)));
  });
  if (report.failures.length === 0) report.outcome = 'refreshed';
}

/** Marks every destination not yet attempted as not written (it keeps the old token). */
function markNotWritten(report: RunReport, reason: string): void {
  for (const d of report.destinations) {
    if (d.result === 'unchanged') {
      d.result = 'not-written';
      d.detail = `not written: ${reason}; still holds the old token`;
    }
  }
}

/** A not-due run warns about destinations it could not reach, so they are fixed before the token is due. */
async function warnUnreachable(report: RunReport, keys: Map<string, Promise<Settled<PublicKey>>>): Promise<void> {
  for (const [repo, pending] of keys) {
    const key = await pending;
    if (!key.ok) {
      const message = `${repo} cannot be written when the token is due: ${messageOf(key.error)}`;
      report.notes.push(message);
      core.warning(message);
    }
  }
}

/** A dry run fails for every destination it could not reach. */
async function failUnreachable(report: RunReport, settings: Settings, keys: Map<string, Promise<Settled<PublicKey>>>, secretNames: string[]): Promise<void> {
  for (const d of settings.githubSecrets) {
    const key = await keys.get(repoName(d.repo));
    if (key && !key.ok) fail(report, 'github-secret', key.error, secretNames, targetOf(d));
  }
}

/**
 * The action's entry: reads the inputs, runs, and always leaves outputs, a job summary and, when
 * anything failed, a failed step (`core.setFailed`) naming every failure.
 */
export async function run(): Promise<void> {
  const report: RunReport = { now: Math.floor(Date.now() / 1000), dryRun: false, destinations: [], failures: [], notes: [] };
  try {
    const settings = readSettings();
    report.dryRun = settings.dryRun;
    await execute(settings, report);
  } catch (error) {
    const failure: Failure = { phase: 'inputs', failureClass: 'needs-human', message: messageOf(error) };
    if (!(error instanceof InputError)) failure.phase = report.token ? 'github-secret' : 'inspect';
    report.failures.push(failure);
  } finally {
    for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, value);
    try {
      await core.summary.addRaw(renderSummary(report), true).write();
    } catch (error) {
      core.warning(`Could not write the job summary: ${messageOf(error)}`);
    }
    if (statusOf(report) === 'failed') {
      const held = report.destinations.filter((d) => d.holds === 'old').map((d) => d.target);
      const stale = held.length > 0 && report.fresh ? `\nStill holding the old token: ${held.join(', ')}.` : '';
      core.setFailed(`${report.failures.map(failureLine).join('\n')}${stale}`);
    }
  }
}
