/**
 * The run: inspect the token, refresh it when due, verify the new one, then deliver it: the
 * primary GitHub secret first, then every other secret and Vercel variable at once, then the
 * redeploys. Outputs and the job summary are written whatever happens.
 */
import * as core from '@actions/core';
import { startBudget } from './budget.ts';
import type { Finding, TokenInfo } from './core.ts';
import { checkInspection, checkRefreshed, daysLeft, decide, isoTime, metaErrorHint, wantsSixtyDays } from './core.ts';
import { InputError, isTransportError, messageOf, ServiceError } from './errors.ts';
import type { Octokit, PublicKey } from './github.ts';
import { createOctokit, getPublicKey, putSecret, repoName } from './github.ts';
import type { SecretDestination, Settings } from './inputs.ts';
import { readSettings } from './inputs.ts';
import type { IssueContext } from './issue.ts';
import { closeIssue, commentOn, ensureLabel, findOpenIssue, issueMarker, issueTitle, openIssue, renderFailure, renderRecovery } from './issue.ts';
import { createGraphClient } from './meta.ts';
import type { DeploymentRecord, Destination, Phase, RunReport } from './report.ts';
import { failureLine, outputsOf, renderSummary, statusOf } from './report.ts';
import type { Deployment, VercelClient } from './vercel.ts';
import { callDeployHook, createVercelClient, waitForDeployment } from './vercel.ts';

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

/** What can be fetched before the new token exists, started while the token is inspected. */
interface Prefetched {
  /** Public key per `owner/repo`. */
  keys: Map<string, Promise<Settled<PublicKey>>>;
  /** Latest READY production deployment per Vercel project (only when redeploying). */
  deployments: Map<string, Promise<Settled<Deployment | undefined>>>;
}

const secretTarget = (d: SecretDestination): string => `${repoName(d.repo)}:${d.name}`;
const envTarget = (settings: Settings, project: string): string => `vercel:${project}:${settings.vercel.envKey}`;

/** Every place the token lives, primary first: where a person puts a token minted by hand. */
const placesOf = (settings: Settings): string[] => [...settings.githubSecrets.map(secretTarget), ...settings.vercel.projects.map((p) => envTarget(settings, p))];

/** Records `error`, thrown during `phase`, as a failure of the run; returns its message. */
function fail(report: RunReport, phase: Phase, error: unknown, places: string[], target?: string): string {
  const base = { phase, ...(target ? { target } : {}) };
  if (error instanceof ServiceError) {
    const hint = error.hint ?? (error.meta && error.failureClass === 'needs-human' ? metaErrorHint(error.meta, places) : undefined);
    report.failures.push({ ...base, failureClass: error.failureClass, message: error.message, ...(hint ? { hint } : {}), ...(error.meta ? { meta: error.meta } : {}) });
  } else {
    report.failures.push({ ...base, failureClass: isTransportError(error) ? 'retry-later' : 'needs-human', message: messageOf(error) });
  }
  return report.failures.at(-1)?.message ?? '';
}

function findingsToFailures(report: RunReport, phase: Phase, findings: Finding[]): void {
  for (const f of findings) report.failures.push({ phase, failureClass: 'needs-human', message: f.message, hint: f.hint, ...(f.meta ? { meta: f.meta } : {}) });
}

function describe(token: TokenInfo, now: number): string {
  const expiry = token.expiresAt === 0 ? 'never expires' : `expires ${isoTime(token.expiresAt)} (${daysLeft(token.expiresAt, now)} days left)`;
  return `${token.type} token of app ${token.appId}${token.application ? ` (${token.application})` : ''}, ${expiry}; scopes: ${token.scopes.join(', ') || '(none)'}`;
}

/** Marks every destination not yet attempted as not written (it keeps the old token). */
function markNotWritten(report: RunReport, reason: string): void {
  for (const d of report.destinations) {
    if (d.result === 'unchanged') {
      d.result = 'not-written';
      d.detail = `not written: ${reason}`;
    }
  }
}

async function execute(settings: Settings, report: RunReport): Promise<void> {
  const { vercel: v } = settings;
  const places = placesOf(settings);
  const graph = createGraphClient({ baseUrl: settings.graphApiUrl, version: settings.graphApiVersion, appId: settings.appId, appSecret: settings.appSecret, timeoutMs: settings.timeoutMs });
  const octokit: Octokit | undefined = settings.githubToken ? createOctokit(settings.githubToken, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs }) : undefined;
  const vercel: VercelClient | undefined = v.token ? createVercelClient({ token: v.token, teamId: v.teamId, apiUrl: v.apiUrl, timeoutMs: settings.timeoutMs }) : undefined;

  // Nothing here depends on the new token: fetch it while the token is inspected.
  const prefetched: Prefetched = { keys: new Map(), deployments: new Map() };
  for (const d of settings.githubSecrets) {
    const name = repoName(d.repo);
    if (octokit && !prefetched.keys.has(name)) prefetched.keys.set(name, settle(getPublicKey(octokit, d.repo)));
  }
  if (vercel && v.redeploy) {
    for (const project of v.projects) prefetched.deployments.set(project, settle(vercel.latestProductionDeployment(project)));
  }

  report.destinations = [
    ...settings.githubSecrets.map((d, i): Destination => ({ kind: 'github-secret', target: secretTarget(d), primary: i === 0, result: 'unchanged', holds: 'old' })),
    ...v.projects.map((project): Destination => ({ kind: 'vercel-env', target: envTarget(settings, project), project, primary: false, result: 'unchanged', holds: 'old' })),
  ];

  const token = await core.group('Inspect the token', async () => {
    try {
      const info = await graph.debugToken(settings.accessToken);
      core.info(describe(info, report.now));
      return info;
    } catch (error) {
      fail(report, 'inspect', error, places);
      return undefined;
    }
  });
  if (!token) {
    markNotWritten(report, 'the token could not be inspected');
    return;
  }
  report.token = token;
  const problems = checkInspection(token, settings.appId, settings.requiredScopes, places);
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
    // Problems with a destination are worth knowing weeks before the token is due.
    for (const problem of await unreachable(settings, prefetched)) {
      const message = `${problem.target} cannot be written when the token is due: ${messageOf(problem.error)}`;
      report.notes.push(message);
      core.warning(message);
    }
    return;
  }
  core.info(decision.forced ? `Refreshing because force is set (${decision.daysLeft} days left).` : `The token is due: ${decision.daysLeft} days left, refresh-before-days is ${settings.refreshBeforeDays}.`);

  if (settings.dryRun) {
    await dryRun(settings, report, prefetched, places, wantsSixtyDays(token));
    return;
  }

  const fresh = await core.group('Refresh and verify', async () => {
    let accessToken: string;
    try {
      ({ accessToken } = await graph.exchangeToken(settings.accessToken, { sixtyDays: wantsSixtyDays(token) }));
    } catch (error) {
      fail(report, 'refresh', error, places);
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
      fail(report, 'verify', error, places);
      return undefined;
    }
  });
  if (!fresh) {
    markNotWritten(report, 'no verified new token');
    return;
  }
  report.fresh = fresh.info;

  const writeSecret = async (d: SecretDestination): Promise<boolean> => {
    const destination = report.destinations.find((x) => x.target === secretTarget(d)) as Destination;
    const key = await prefetched.keys.get(repoName(d.repo));
    try {
      if (!octokit || !key) throw new Error('no GitHub client');
      if (!key.ok) throw key.error;
      destination.result = await putSecret(octokit, d.repo, d.name, key.value, fresh.accessToken);
      destination.holds = 'new';
      core.info(`${destination.target}: ${destination.result}`);
      return true;
    } catch (error) {
      destination.result = 'failed';
      destination.detail = fail(report, 'github-secret', error, places, destination.target);
      core.info(`${destination.target}: failed: ${destination.detail}`);
      return false;
    }
  };

  const [primary, ...others] = settings.githubSecrets;
  // The primary is what the next run reads access-token from: a new token anywhere else but
  // there would be invisible to the next run, so nothing else is written unless it lands.
  const primaryWritten = primary ? await core.group('Write the primary secret', () => writeSecret(primary)) : false;
  if (!primaryWritten) {
    markNotWritten(report, `the primary secret ${primary ? secretTarget(primary) : ''} could not be written`);
    return;
  }
  await core.group('Write the other secrets and Vercel variables, then redeploy', async () => {
    const envWrites = v.projects.map((project) => writeVercelEnv(settings, report, vercel, project, fresh.accessToken, places));
    const redeploys = v.projects.map(async (project, i) => {
      if ((await envWrites[i]) && v.redeploy) await redeploy(settings, report, vercel, project, prefetched, places);
    });
    const hooks = Promise.all(envWrites).then(() => callHooks(settings, report, places));
    await Promise.all([...others.map(writeSecret), ...redeploys, hooks]);
  });
  if (report.failures.length === 0) report.outcome = 'refreshed';
}

/** Upserts the new token into one project's variable; returns whether it landed. */
async function writeVercelEnv(settings: Settings, report: RunReport, vercel: VercelClient | undefined, project: string, value: string, places: string[]): Promise<boolean> {
  const { envKey, envType, envTargets } = settings.vercel;
  const destination = report.destinations.find((d) => d.kind === 'vercel-env' && d.project === project) as Destination;
  try {
    if (!vercel) throw new Error('no Vercel client');
    await vercel.upsertEnv(project, { key: envKey, value, type: envType, target: envTargets });
    destination.result = 'updated';
    destination.holds = 'new';
    core.info(`Vercel ${project}: ${envKey} updated (${envType}, ${envTargets.join(', ')})`);
    return true;
  } catch (error) {
    destination.result = 'failed';
    destination.detail = fail(report, 'vercel-env', error, places, destination.target);
    core.info(`Vercel ${project}: ${envKey} failed: ${destination.detail}`);
    return false;
  }
}

/** Redeploys the project's latest READY production deployment and waits for it to settle. */
async function redeploy(settings: Settings, report: RunReport, vercel: VercelClient | undefined, project: string, prefetched: Prefetched, places: string[]): Promise<void> {
  const record: DeploymentRecord = { project, source: 'redeploy', result: 'started' };
  report.deployments.push(record);
  try {
    const latest = await prefetched.deployments.get(project);
    if (!vercel || !latest) throw new Error('no Vercel client');
    if (!latest.ok) throw latest.error;
    if (!latest.value) {
      record.result = 'none';
      record.detail = 'no production deployment yet: the next deployment picks up the new value';
      report.notes.push(`Vercel ${project} has no READY production deployment yet, so nothing was redeployed; its next deployment uses the new value.`);
      return;
    }
    const started = Date.now();
    const created = await vercel.redeploy(latest.value);
    Object.assign(record, { id: created.id, url: created.url ? `https://${created.url}` : undefined, readyState: created.readyState });
    core.info(`Vercel ${project}: redeploying ${latest.value.id} as ${created.id}`);
    const waitMs = settings.vercel.waitSeconds * 1000;
    if (waitMs === 0) return;
    const { deployment } = await waitForDeployment(vercel, created, waitMs, settings.vercel.pollSeconds * 1000);
    record.readyState = deployment.readyState;
    if (deployment.readyState === 'READY') {
      record.result = 'ready';
      record.seconds = Math.round((Date.now() - started) / 1000);
      core.info(`Vercel ${project}: ${created.id} is READY`);
      return;
    }
    record.result = 'failed';
    const why =
      deployment.readyState === 'CANCELED' ? 'was CANCELED (an Ignored Build Step can cancel a redeploy of the same commit)' : deployment.readyState === 'ERROR' ? 'failed (ERROR)' : `is still ${deployment.readyState} after ${settings.vercel.waitSeconds} s`;
    report.failures.push({
      phase: 'redeploy',
      target: project,
      failureClass: deployment.readyState === 'ERROR' || deployment.readyState === 'CANCELED' ? 'needs-human' : 'retry-later',
      message: `Vercel ${project}: deployment ${created.id} ${why}${deployment.errorMessage ? `: ${deployment.errorMessage}` : ''}. The variable holds the new token, but the live deployment still runs with the old one.`,
      hint: 'Open the deployment in Vercel, fix the cause, and redeploy the project there so it runs with the new value.',
    });
  } catch (error) {
    record.result = 'failed';
    record.detail = fail(report, 'redeploy', error, places, project);
  }
}

/** Calls every deploy hook; each one's result is reported on its own. */
async function callHooks(settings: Settings, report: RunReport, places: string[]): Promise<void> {
  await Promise.all(
    settings.vercel.deployHooks.map(async (url, i) => {
      const record: DeploymentRecord = { project: `deploy hook ${i + 1}`, source: 'hook', result: 'triggered' };
      report.deployments.push(record);
      try {
        const job = await callDeployHook(url, settings.timeoutMs);
        record.detail = job ? `job ${job}` : 'triggered';
      } catch (error) {
        record.result = 'failed';
        record.detail = fail(report, 'redeploy', error, places, record.project);
      }
    }),
  );
}

/** The prefetches that failed, by destination. */
async function unreachable(settings: Settings, prefetched: Prefetched): Promise<Array<{ target: string; phase: Phase; error: unknown }>> {
  const found: Array<{ target: string; phase: Phase; error: unknown }> = [];
  for (const d of settings.githubSecrets) {
    const key = await prefetched.keys.get(repoName(d.repo));
    if (key && !key.ok) found.push({ target: secretTarget(d), phase: 'github-secret', error: key.error });
  }
  for (const [project, pending] of prefetched.deployments) {
    const latest = await pending;
    if (!latest.ok) found.push({ target: project, phase: 'redeploy', error: latest.error });
  }
  return found;
}

/** Says what a refresh would touch, and fails for every destination it could not reach. */
async function dryRun(settings: Settings, report: RunReport, prefetched: Prefetched, places: string[], sixtyDays: boolean): Promise<void> {
  report.outcome = 'dry-run';
  report.notes.push(`Dry run: the token would be exchanged${sixtyDays ? ' (set_token_expires_in_60_days=true)' : ''}, verified and written to the destinations below; nothing was changed.`);
  for (const d of report.destinations) d.result = 'would-write';
  for (const [project, pending] of prefetched.deployments) {
    const latest = await pending;
    const from = latest.ok ? latest.value : undefined;
    report.deployments.push({ project, source: 'redeploy', result: from ? 'would-redeploy' : 'none', ...(from ? { detail: `from ${from.id} (https://${from.url})` } : {}) });
  }
  settings.vercel.deployHooks.forEach((_, i) => report.deployments.push({ project: `deploy hook ${i + 1}`, source: 'hook', result: 'would-redeploy' }));
  for (const problem of await unreachable(settings, prefetched)) fail(report, problem.phase, problem.error, places, problem.target);
}

/**
 * Tells a person through the failure issue: opens it (or comments on the open one) when the run
 * failed, closes it when the run succeeded. A failure here is logged and never hides the run's
 * own result.
 */
async function reportByIssue(settings: Settings, report: RunReport): Promise<void> {
  const { issue } = settings;
  if (!issue.enabled) return;
  if (!issue.token || !issue.repo) {
    if (statusOf(report) === 'failed') core.warning('No failure issue: issue-token or the repository (issue-repository, GITHUB_REPOSITORY) is missing.');
    return;
  }
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
  const primary = settings.githubSecrets[0];
  const context: IssueContext = {
    appId: settings.appId,
    primary: primary ? secretTarget(primary) : '',
    places: placesOf(settings),
    runUrl: server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined,
    refreshBeforeDays: settings.refreshBeforeDays,
  };
  const failed = statusOf(report) === 'failed';
  const octokit = createOctokit(issue.token, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs });
  try {
    const open = await findOpenIssue(octokit, issue.repo, issue.label, issueMarker(context));
    if (settings.dryRun) {
      if (failed || open) report.issue = { action: failed ? (open ? 'would comment' : 'would open') : 'would close', ...(open ? { number: open.number, url: open.html_url } : {}) };
      return;
    }
    if (!failed) {
      if (!open) return;
      await commentOn(octokit, issue.repo, open.number, renderRecovery(report, context));
      await closeIssue(octokit, issue.repo, open.number);
      report.issue = { number: open.number, url: open.html_url, action: 'closed' };
    } else if (open) {
      await commentOn(octokit, issue.repo, open.number, renderFailure(report, context, { marker: false }));
      report.issue = { number: open.number, url: open.html_url, action: 'commented' };
    } else {
      await ensureLabel(octokit, issue.repo, issue.label);
      const created = await openIssue(octokit, issue.repo, { title: issueTitle(context, report.token), body: renderFailure(report, context, { marker: true }), label: issue.label, assignees: issue.assignees });
      report.issue = { number: created.number, url: created.html_url, action: 'opened' };
    }
    core.info(`Failure issue #${report.issue.number ?? ''}: ${report.issue.action}`);
  } catch (error) {
    const message = `Could not ${failed ? 'open or update' : 'close'} the failure issue in ${issue.repo.owner}/${issue.repo.repo}: ${messageOf(error)}${error instanceof ServiceError && error.hint ? ` → ${error.hint}` : ''}`;
    report.notes.push(message);
    if (failed) core.error(message);
    else core.warning(message);
  }
}

/**
 * The action's entry: reads the inputs, runs, tells a person through the failure issue, and
 * always leaves outputs, a job summary and, when anything failed, a failed step
 * (`core.setFailed`) naming every failure.
 */
export async function run(): Promise<void> {
  const report: RunReport = { now: Math.floor(Date.now() / 1000), dryRun: false, destinations: [], deployments: [], failures: [], notes: [] };
  let settings: Settings | undefined;
  try {
    settings = readSettings();
    startBudget(settings.runTimeoutMs);
    report.dryRun = settings.dryRun;
    await execute(settings, report);
  } catch (error) {
    report.failures.push({ phase: error instanceof InputError ? 'inputs' : report.fresh ? 'github-secret' : 'inspect', failureClass: 'needs-human', message: messageOf(error) });
  } finally {
    if (settings) {
      // The alert matters most when the budget was spent: it gets a short budget of its own.
      startBudget(2 * settings.timeoutMs);
      await core.group('Failure issue', () => reportByIssue(settings as Settings, report));
    }
    for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, value);
    try {
      await core.summary.addRaw(renderSummary(report), true).write();
    } catch (error) {
      core.warning(`Could not write the job summary: ${messageOf(error)}`);
    }
    if (statusOf(report) === 'failed') {
      const stale = report.fresh ? report.destinations.filter((d) => d.holds === 'old').map((d) => d.target) : [];
      const notLive = report.deployments.filter((d) => d.result === 'failed').map((d) => d.project);
      const lines = report.failures.map(failureLine);
      if (stale.length > 0) lines.push(`Still holding the old token: ${stale.join(', ')}.`);
      if (notLive.length > 0) lines.push(`Not yet running with the new token: ${notLive.join(', ')}.`);
      core.setFailed(lines.join('\n'));
    }
  }
}
