/**
 * The run: inspect the token, refresh it when due, verify the new one, then deliver it: the
 * primary GitHub secret first, then every other secret and Vercel variable at once, then the
 * redeploys. Outputs and the job summary are written whatever happens.
 */
import * as core from '@actions/core';
import { startBudget } from './budget.ts';
import type { Finding, SyncInput, SyncPlan, TokenInfo } from './core.ts';
import { checkInspection, checkRefreshed, daysLeft, decide, isoTime, metaErrorHint, planSync, wantsSixtyDays } from './core.ts';
import { InputError, isTransportError, messageOf, ServiceError } from './errors.ts';
import type { Octokit, PublicKey } from './github.ts';
import type { SecretDestination, Settings } from './inputs.ts';
import { readSettings, repoName } from './inputs.ts';
import type { IssueContext, IssueDesk } from './issue.ts';
import { requestSent } from './http.ts';
import { createGraphClient } from './meta.ts';
import type { DeploymentRecord, Destination, Phase, RunReport } from './report.ts';
import { failureLine, outputsOf, renderSummary, statusOf } from './report.ts';
import type { Deployment, VercelClient } from './vercel.ts';

// Loaded once the first request is out: Meta's answer takes longer than loading them.
type GitHubModule = typeof import('./github.ts');
type VercelModule = typeof import('./vercel.ts');

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

/** Everything one run works with. */
interface Run {
  settings: Settings;
  report: RunReport;
  github: GitHubModule;
  octokit: Octokit | undefined;
  vercelModule: VercelModule | undefined;
  vercel: VercelClient | undefined;
  prefetched: Prefetched;
  /** Where the token lives, for advice. */
  places: string[];
}

/** What one delivery writes; `holds` is what its destinations hold once written. */
interface Delivery {
  value: string;
  holds: 'new' | 'current';
  secrets: SecretDestination[];
  envs: string[];
  redeploys: string[];
  hooks: boolean;
}

const secretTarget = (d: SecretDestination): string => `${repoName(d.repo)}:${d.name}`;
const envTarget = (settings: Settings, project: string): string => `vercel:${project}:${settings.vercel.envKey}`;

/** Every place the token lives, primary first: where a person puts a token minted by hand. */
const placesOf = (settings: Settings): string[] => [...settings.githubSecrets.map(secretTarget), ...settings.vercel.projects.map((p) => envTarget(settings, p))];

/** Records `error`, thrown during `phase`, as a failure of the run; returns its message. */
function fail(run: Run, phase: Phase, error: unknown, target?: string): string {
  const { report, places } = run;
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

/** Starts every read a refresh needs that does not depend on the new token. */
function prefetch(settings: Settings, github: GitHubModule, octokit: Octokit | undefined, vercel: VercelClient | undefined): Prefetched {
  const prefetched: Prefetched = { keys: new Map(), deployments: new Map() };
  for (const d of settings.githubSecrets) {
    const name = repoName(d.repo);
    if (octokit && !prefetched.keys.has(name)) prefetched.keys.set(name, settle(github.getPublicKey(octokit, d.repo)));
  }
  if (vercel && settings.vercel.redeploy) {
    for (const project of settings.vercel.projects) prefetched.deployments.set(project, settle(vercel.latestProductionDeployment(project)));
  }
  return prefetched;
}

async function execute(settings: Settings, report: RunReport, sent: Promise<void>): Promise<void> {
  const { vercel: v } = settings;
  const graph = createGraphClient({ baseUrl: settings.graphApiUrl, version: settings.graphApiVersion, appId: settings.appId, appSecret: settings.appSecret, timeoutMs: settings.timeoutMs });
  const inspection = settle(graph.debugToken(settings.accessToken));
  await sent;
  const [github, vercelModule] = await Promise.all([import('./github.ts'), v.token || v.deployHooks.length > 0 ? import('./vercel.ts') : undefined]);
  const octokit = settings.githubToken ? github.createOctokit(settings.githubToken, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs }) : undefined;
  const vercel = vercelModule && v.token ? vercelModule.createVercelClient({ token: v.token, teamId: v.teamId, apiUrl: v.apiUrl, timeoutMs: settings.timeoutMs }) : undefined;
  // Nothing here depends on the new token: it is fetched while the token is inspected.
  const run: Run = { settings, report, github, octokit, vercelModule, vercel, prefetched: prefetch(settings, github, octokit, vercel), places: placesOf(settings) };

  report.destinations = [
    ...settings.githubSecrets.map((d, i): Destination => ({ kind: 'github-secret', target: secretTarget(d), primary: i === 0, result: 'unchanged', holds: 'old' })),
    ...v.projects.map((project): Destination => ({ kind: 'vercel-env', target: envTarget(settings, project), project, primary: false, result: 'unchanged', holds: 'old' })),
  ];

  const token = await core.group('Inspect the token', async () => {
    const inspected = await inspection;
    if (inspected.ok) {
      core.info(describe(inspected.value, report.now));
      return inspected.value;
    }
    fail(run, 'inspect', inspected.error);
    return undefined;
  });
  if (!token) {
    markNotWritten(report, 'the token could not be inspected');
    return;
  }
  report.token = token;
  const problems = checkInspection(token, settings.appId, settings.requiredScopes, run.places);
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
    await converge(run, token);
    return;
  }
  core.info(decision.forced ? `Refreshing because force is set (${decision.daysLeft} days left).` : `The token is due: ${decision.daysLeft} days left, refresh-before-days is ${settings.refreshBeforeDays}.`);
  if (!settings.dryRun) {
    // What the writes need loads while Meta answers the exchange, once that request is out.
    void requestSent().then(() => {
      github.prepareWrites();
      vercelModule?.prepareWrites();
    });
  }

  if (settings.dryRun) {
    report.outcome = 'dry-run';
    report.notes.push(`Dry run: the token would be exchanged${wantsSixtyDays(token) ? ' (set_token_expires_in_60_days=true)' : ''}, verified and written to the destinations below; nothing was changed.`);
    await dryRun(run, { secrets: settings.githubSecrets.map(secretTarget), envs: v.projects, redeploys: v.redeploy ? v.projects : [] });
    return;
  }

  const fresh = await core.group('Refresh and verify', async () => {
    let accessToken: string;
    try {
      ({ accessToken } = await graph.exchangeToken(settings.accessToken, { sixtyDays: wantsSixtyDays(token) }));
    } catch (error) {
      fail(run, 'refresh', error);
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
      fail(run, 'verify', error);
      return undefined;
    }
  });
  if (!fresh) {
    markNotWritten(report, 'no verified new token');
    return;
  }
  report.fresh = fresh.info;

  const [primary, ...others] = settings.githubSecrets;
  // The primary is what the next run reads access-token from: a new token anywhere else but
  // there would be invisible to the next run, so nothing else is written unless it lands.
  const primaryWritten = primary ? await core.group('Write the primary secret', () => writeSecret(run, primary, fresh.accessToken, 'new')) : false;
  if (!primaryWritten) {
    markNotWritten(report, `the primary secret ${primary ? secretTarget(primary) : ''} could not be written`);
    return;
  }
  await deliver(run, { value: fresh.accessToken, holds: 'new', secrets: others, envs: v.projects, redeploys: v.redeploy ? v.projects : [], hooks: true });
  if (report.failures.length === 0) report.outcome = 'refreshed';
}

/**
 * On a run that does not refresh: finds the destinations that missed the current token (a
 * fault in an earlier run) and brings them up to date with it, redeploying those projects.
 * Destinations that are current are left alone, so a re-run changes nothing that need not change.
 */
async function converge(run: Run, token: TokenInfo): Promise<void> {
  const { settings, report, prefetched, octokit, vercel } = run;
  const others = settings.githubSecrets.slice(1);
  const primaryDestination = report.destinations.find((d) => d.primary);
  if (primaryDestination) primaryDestination.holds = 'current';

  // When each destination was last written: read only on runs that do not refresh, which are
  // the ones that need it (a refresh writes everything anyway).
  const { envKey, envTargets } = settings.vercel;
  const secretStates = new Map(others.map((d) => [secretTarget(d), octokit ? settle(run.github.getSecretUpdatedAt(octokit, d.repo, d.name)) : undefined]));
  const envStates = new Map(settings.vercel.projects.map((p) => [p, vercel ? settle(vercel.envState(p, envKey, envTargets)) : undefined]));

  const secrets: Array<{ target: string; updatedAt: number | 'missing' }> = [];
  for (const d of others) {
    const target = secretTarget(d);
    const [key, state] = await Promise.all([prefetched.keys.get(repoName(d.repo)), secretStates.get(target)]);
    const error = key && !key.ok ? key.error : state && !state.ok ? state.error : undefined;
    if (state?.ok && !error) secrets.push({ target, updatedAt: state.value });
    else unreadable(run, target, error);
  }
  const projects: SyncInput['projects'] = [];
  for (const project of settings.vercel.projects) {
    const [env, deployment] = await Promise.all([envStates.get(project), prefetched.deployments.get(project)]);
    const error = env && !env.ok ? env.error : deployment && !deployment.ok ? deployment.error : undefined;
    if (!env?.ok || error) {
      unreadable(run, envTarget(settings, project), error);
      continue;
    }
    const latest = deployment?.ok ? deployment.value : undefined;
    projects.push({ project, env: env.value, deployment: deployment === undefined ? undefined : (latest?.createdAt ?? 'none') });
  }
  if (token.issuedAt === undefined && (secrets.length > 0 || projects.length > 0)) {
    report.notes.push('Meta does not say when this token was issued, so destinations that missed it cannot be told apart; the next refresh writes them all.');
  }
  const plan = planSync({ issuedAt: token.issuedAt, secrets, projects });
  for (const d of report.destinations) {
    const stale = plan.secrets.includes(d.target) || (d.project !== undefined && plan.envs.includes(d.project));
    if (d.holds === 'old' && !stale) d.holds = 'current';
  }
  const pending = plan.secrets.length + plan.envs.length + plan.redeploys.length;
  if (pending === 0) return;
  const what = [...plan.secrets, ...plan.envs.map((p) => envTarget(settings, p)), ...plan.redeploys.filter((p) => !plan.envs.includes(p)).map((p) => `redeploy ${p}`)];
  report.notes.push(`${what.join(', ')} missed the current token in an earlier run${settings.dryRun ? ' and would be brought up to date' : '; brought up to date now'}.`);
  core.info(`Out of date: ${what.join(', ')}`);
  if (settings.dryRun) {
    await dryRun(run, plan);
    return;
  }
  await deliver(run, {
    value: settings.accessToken,
    holds: 'current',
    secrets: others.filter((d) => plan.secrets.includes(secretTarget(d))),
    envs: plan.envs,
    redeploys: plan.redeploys,
    hooks: plan.envs.length > 0,
  });
}

/** A destination whose state could not be read: it may be stale, so the run says so. */
function unreadable(run: Run, target: string, error: unknown): void {
  const destination = run.report.destinations.find((d) => d.target === target);
  if (destination) destination.holds = 'unknown';
  const message = `${target} could not be checked: ${messageOf(error)}`;
  if (destination) destination.detail = message;
  run.report.notes.push(message);
  core.warning(message);
}

/** Writes one secret; returns whether it landed. */
async function writeSecret(run: Run, d: SecretDestination, value: string, holds: Delivery['holds']): Promise<boolean> {
  const { report, octokit, prefetched } = run;
  const destination = report.destinations.find((x) => x.target === secretTarget(d)) as Destination;
  const key = await prefetched.keys.get(repoName(d.repo));
  try {
    if (!octokit || !key) throw new Error('no GitHub client');
    if (!key.ok) throw key.error;
    destination.result = await run.github.putSecret(octokit, d.repo, d.name, key.value, value);
    destination.holds = holds;
    core.info(`${destination.target}: ${destination.result}`);
    return true;
  } catch (error) {
    destination.result = 'failed';
    destination.detail = fail(run, 'github-secret', error, destination.target);
    core.info(`${destination.target}: failed: ${destination.detail}`);
    return false;
  }
}

/**
 * Writes every destination of `delivery` at once: secrets, and per project its variable, then
 * its redeploy; deploy hooks once every variable is written. One failure stops nothing else.
 */
async function deliver(run: Run, delivery: Delivery): Promise<void> {
  await core.group('Write secrets and Vercel variables, then redeploy', async () => {
    const envWrites = new Map(delivery.envs.map((project) => [project, writeVercelEnv(run, project, delivery.value, delivery.holds)]));
    const redeploys = delivery.redeploys.map(async (project) => {
      if (await (envWrites.get(project) ?? true)) await redeploy(run, project);
    });
    const hooks = delivery.hooks ? Promise.all(envWrites.values()).then(() => callHooks(run)) : undefined;
    await Promise.all([...delivery.secrets.map((d) => writeSecret(run, d, delivery.value, delivery.holds)), ...redeploys, hooks]);
  });
}

/** Upserts the token into one project's variable; returns whether it landed. */
async function writeVercelEnv(run: Run, project: string, value: string, holds: Delivery['holds']): Promise<boolean> {
  const { envKey, envType, envTargets } = run.settings.vercel;
  const destination = run.report.destinations.find((d) => d.kind === 'vercel-env' && d.project === project) as Destination;
  try {
    if (!run.vercel) throw new Error('no Vercel client');
    await run.vercel.upsertEnv(project, { key: envKey, value, type: envType, target: envTargets });
    destination.result = 'updated';
    destination.holds = holds;
    core.info(`Vercel ${project}: ${envKey} updated (${envType}, ${envTargets.join(', ')})`);
    return true;
  } catch (error) {
    destination.result = 'failed';
    destination.detail = fail(run, 'vercel-env', error, destination.target);
    core.info(`Vercel ${project}: ${envKey} failed: ${destination.detail}`);
    return false;
  }
}

/** Redeploys the project's latest READY production deployment and waits for it to settle. */
async function redeploy(run: Run, project: string): Promise<void> {
  const { settings, report, vercel, vercelModule } = run;
  const record: DeploymentRecord = { project, source: 'redeploy', result: 'started' };
  report.deployments.push(record);
  try {
    const latest = await run.prefetched.deployments.get(project);
    if (!vercel || !vercelModule || !latest) throw new Error('no Vercel client');
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
    const deployment = await vercelModule.waitForDeployment(vercel, project, created, waitMs, settings.vercel.pollSeconds * 1000);
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
    record.detail = fail(run, 'redeploy', error, project);
  }
}

/** Calls every deploy hook; each one's result is reported on its own. */
async function callHooks(run: Run): Promise<void> {
  await Promise.all(
    run.settings.vercel.deployHooks.map(async (url, i) => {
      const record: DeploymentRecord = { project: `deploy hook ${i + 1}`, source: 'hook', result: 'triggered' };
      run.report.deployments.push(record);
      try {
        if (!run.vercelModule) throw new Error('no Vercel client');
        const job = await run.vercelModule.callDeployHook(url, run.settings.timeoutMs);
        record.detail = job ? `job ${job}` : 'triggered';
      } catch (error) {
        record.result = 'failed';
        record.detail = fail(run, 'redeploy', error, record.project);
      }
    }),
  );
}

/** Says what `plan` would touch, and fails for every destination it could not reach. */
async function dryRun(run: Run, plan: SyncPlan): Promise<void> {
  const { settings, report, prefetched } = run;
  for (const d of report.destinations) {
    if (plan.secrets.includes(d.target) || (d.project !== undefined && plan.envs.includes(d.project))) d.result = 'would-write';
  }
  for (const project of plan.redeploys) {
    const latest = await prefetched.deployments.get(project);
    const from = latest?.ok ? latest.value : undefined;
    report.deployments.push({ project, source: 'redeploy', result: from ? 'would-redeploy' : 'none', ...(from ? { detail: `from ${from.id} (https://${from.url})` } : {}) });
  }
  if (plan.envs.length > 0) settings.vercel.deployHooks.forEach((_, i) => report.deployments.push({ project: `deploy hook ${i + 1}`, source: 'hook', result: 'would-redeploy' }));
  for (const d of settings.githubSecrets) {
    const key = await prefetched.keys.get(repoName(d.repo));
    if (key && !key.ok && plan.secrets.includes(secretTarget(d))) fail(run, 'github-secret', key.error, secretTarget(d));
  }
  for (const project of plan.redeploys) {
    const latest = await prefetched.deployments.get(project);
    if (latest && !latest.ok) fail(run, 'redeploy', latest.error, project);
  }
}

function issueContext(settings: Settings): IssueContext {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
  const primary = settings.githubSecrets[0];
  return {
    appId: settings.appId,
    primary: primary ? secretTarget(primary) : '',
    places: placesOf(settings),
    runUrl: server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined,
    refreshBeforeDays: settings.refreshBeforeDays,
  };
}

/** Looks up the open failure issue once the first request is out, so a run that succeeds needs no extra round trip to close it. */
async function lookUpIssue(settings: Settings, sent: Promise<void>): Promise<IssueDesk | undefined> {
  const { enabled, token, repo } = settings.issue;
  if (!enabled || !token || !repo) return undefined;
  await sent;
  const issues = await import('./issue.ts');
  return issues.openIssueDesk(settings, issueContext(settings));
}

/**
 * The action's entry: reads the inputs, runs, tells a person through the failure issue, and
 * always leaves outputs, a job summary and, when anything failed, a failed step
 * (`core.setFailed`) naming every failure.
 */
export async function run(): Promise<void> {
  const report: RunReport = { now: Math.floor(Date.now() / 1000), destinations: [], deployments: [], failures: [], notes: [] };
  let settings: Settings | undefined;
  let lookup: Promise<Settled<IssueDesk | undefined>> = Promise.resolve({ ok: true, value: undefined });
  try {
    settings = readSettings();
    startBudget(settings.runTimeoutMs);
    // execute() sends the first request (the inspection) before it awaits anything; everything
    // else waits until that request is on the wire.
    const sent = requestSent();
    const executing = execute(settings, report, sent);
    lookup = settle(lookUpIssue(settings, sent));
    await executing;
  } catch (error) {
    const phase = error instanceof InputError || !settings ? 'inputs' : report.fresh ? 'github-secret' : 'inspect';
    report.failures.push({ phase, failureClass: 'needs-human', message: messageOf(error) });
  } finally {
    if (settings) {
      // The alert matters most when the budget was spent: it gets a short budget of its own.
      startBudget(2 * settings.timeoutMs);
      const current = settings;
      await core.group('Failure issue', async () => {
        const issues = await import('./issue.ts');
        const context = issueContext(current);
        // Looked up again when the early lookup failed: it ran under the spent budget, or hit a fault.
        const desk = lookup.then((early) => (early.ok ? early.value : issues.openIssueDesk(current, context)));
        await issues.reportByIssue(current, report, context, desk);
      });
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
