/**
 * The run: inspect the token, refresh it when due, verify the new one, then deliver it: the
 * primary GitHub secret first, then every other secret and Vercel variable at once, then the
 * redeploys. Outputs and the job summary are written whatever happens.
 */
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { startBudget } from './budget.ts';
import type { Finding, SyncInput, SyncPlan, TokenInfo, WrittenAt } from './core.ts';
import { CLOCK_TOLERANCE_SECONDS, checkInspection, checkRefreshed, daysLeft, decide, isoTime, metaErrorHint, planSync, wantsSixtyDays } from './core.ts';
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
  /** Latest READY production deployment per Vercel project. */
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
  /** Marks the deployments this run starts, so that an ambiguous failure can find them. */
  runId: string;
}

/** What one delivery writes; `holds` is what its destinations hold once written. */
interface Delivery {
  value: string;
  holds: 'new' | 'current';
  secrets: SecretDestination[];
  /** Projects whose variable gets `value`, then goes live. */
  envs: string[];
  /** Projects whose variable holds `value` but is not live yet, with when it was written (unix ms, Vercel's clock). */
  activate: Map<string, number>;
  /** Call the deploy hooks even if no project needs them. */
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
  // Read for every project: whether it runs with its variable is judged by its deployment.
  if (vercel) {
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
  for (const warning of settings.warnings) {
    report.notes.push(warning);
    core.warning(warning);
  }
  const run: Run = { settings, report, github, octokit, vercelModule, vercel, prefetched: prefetch(settings, github, octokit, vercel), places: placesOf(settings), runId: randomUUID() };

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
    await dryRun(run, { write: placesOf(settings), activate: [], unknown: [], notPromoted: [] });
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
  await deliver(run, { value: fresh.accessToken, holds: 'new', secrets: others, envs: v.projects, activate: new Map(), hooks: true });
  if (report.failures.length === 0) report.outcome = 'refreshed';
}

/**
 * On a run that does not refresh: finds the destinations that missed the current token (a
 * fault in an earlier run) and brings them up to date with it, and makes live the projects whose
 * deployment predates their variable. Destinations that are current are left alone, so a re-run
 * changes nothing that need not change. A destination whose state cannot be read fails the run.
 */
async function converge(run: Run, token: TokenInfo): Promise<void> {
  const { settings, report } = run;
  const [primary, ...others] = settings.githubSecrets;
  const primaryDestination = report.destinations.find((d) => d.primary);
  if (primaryDestination) primaryDestination.holds = 'current';

  // Read only on runs that do not refresh, which are the ones that need it (a refresh writes
  // everything anyway), all at once. The primary is the reference only without `issued_at`.
  const primaryState = token.issuedAt === undefined && primary ? readSecretState(run, primary) : undefined;
  const secretStates = others.map((d) => readSecretState(run, d));
  const envStates = settings.vercel.projects.map((project) => readEnvState(run, project));
  const input: SyncInput = {
    issuedAt: token.issuedAt,
    primary: primaryState ? (await primaryState).writtenAt : 'unknown',
    destinations: [...(await Promise.all(secretStates)), ...(await Promise.all(envStates))],
  };
  // The primary holds the current token whatever its state says: access-token was read from it.
  if (primaryDestination) primaryDestination.holds = 'current';
  const plan = planSync(input);
  if (plan.unknown.some((u) => u.why === 'no-reference')) noReference(run, input.primary);
  for (const { target } of plan.unknown) holdsUnknown(run, target);
  for (const target of plan.notPromoted) notPromoted(run, target);
  for (const d of report.destinations) {
    if (d.holds === 'old' && !plan.write.includes(d.target)) d.holds = 'current';
  }

  const projectOf = new Map(settings.vercel.projects.map((p) => [envTarget(settings, p), p]));
  const pending = [...plan.write, ...plan.activate];
  if (pending.length === 0) return;
  const what = [...plan.write, ...plan.activate.map((t) => `deploy ${projectOf.get(t) ?? t}`)];
  report.notes.push(`${what.join(', ')} missed the current token in an earlier run${settings.dryRun ? ' and would be brought up to date' : '; brought up to date now'}.`);
  core.info(`Out of date: ${what.join(', ')}`);
  if (settings.dryRun) {
    await dryRun(run, plan);
    return;
  }
  const writtenAt = new Map(input.destinations.map((d) => [d.target, d.writtenAt]));
  await deliver(run, {
    value: settings.accessToken,
    holds: 'current',
    secrets: others.filter((d) => plan.write.includes(secretTarget(d))),
    envs: plan.write.flatMap((t) => projectOf.get(t) ?? []),
    activate: new Map(
      plan.activate.flatMap((t) => {
        const project = projectOf.get(t);
        const at = writtenAt.get(t);
        return project !== undefined && typeof at === 'number' ? [[project, at] as const] : [];
      }),
    ),
    hooks: plan.write.some((t) => projectOf.has(t)),
  });
}

/** When the secret was last written (unix ms) or `missing`; `unknown` (and a failure) when it cannot be read. */
async function readSecretState(run: Run, d: SecretDestination): Promise<SyncInput['destinations'][number]> {
  const target = secretTarget(d);
  const { octokit, github, prefetched } = run;
  const [key, state] = await Promise.all([prefetched.keys.get(repoName(d.repo)), octokit ? settle(github.getSecretUpdatedAt(octokit, d.repo, d.name)) : undefined]);
  // The key matters too: a secret that cannot be sealed cannot be brought up to date.
  const error = !octokit ? new Error('no GitHub client') : key && !key.ok ? key.error : state && !state.ok ? state.error : undefined;
  if (error !== undefined || !state?.ok) return { target, writtenAt: unreadable(run, 'github-secret', target, error) };
  return { target, writtenAt: state.value === 'missing' ? 'missing' : state.value * 1000 };
}

/** When the project's variable was last written and its latest production deployment; `unknown` (and a failure) for what cannot be read. */
async function readEnvState(run: Run, project: string): Promise<SyncInput['destinations'][number]> {
  const { settings, vercel, prefetched } = run;
  const target = envTarget(settings, project);
  const { envKey, envTargets } = settings.vercel;
  const [env, latest] = await Promise.all([vercel ? settle(vercel.envState(project, envKey, envTargets)) : undefined, prefetched.deployments.get(project)]);
  let writtenAt: WrittenAt;
  if (!env?.ok) writtenAt = unreadable(run, 'vercel-env', target, env ? env.error : new Error('no Vercel client'));
  else if (env.value === 'hidden') writtenAt = unreadable(run, 'vercel-env', target, hiddenVariable(project, envKey));
  else writtenAt = env.value;
  if (!latest?.ok) return { target, writtenAt, deployment: writtenAt === 'unknown' ? 'unknown' : unreadable(run, 'redeploy', project, latest?.error) };
  const deployed = latest.value;
  return { target, writtenAt, deployment: deployed?.createdAt === undefined ? 'none' : { createdAt: deployed.createdAt, promoted: deployed.promoted !== false } };
}

function hiddenVariable(project: string, key: string): ServiceError {
  return new ServiceError({
    system: 'vercel',
    failureClass: 'needs-human',
    message: `Vercel: the variable ${key} of ${project} cannot be read: the list of its variables leaves production variables out, or has more pages`,
    hint: `Use a vercel-token whose user can see the production environment variables of ${project} (its role in the team), so that each run can check the variable.`,
  });
}

/** A state that could not be read: the run fails with the reason, and the destination is unknown. */
function unreadable(run: Run, phase: Phase, target: string, error: unknown): 'unknown' {
  const message = fail(run, phase, error, target);
  const failure = run.report.failures.at(-1);
  if (failure) failure.message = `${target} could not be checked: ${message}`;
  holdsUnknown(run, target, failure?.message);
  core.warning(failure?.message ?? message);
  return 'unknown';
}

function holdsUnknown(run: Run, target: string, detail?: string): void {
  const destination = run.report.destinations.find((d) => d.target === target);
  if (!destination) return;
  destination.holds = 'unknown';
  if (detail) destination.detail = detail;
}

/** Without `issued_at`, the primary is the reference; a missing primary leaves nothing to compare with. */
function noReference(run: Run, primary: WrittenAt): void {
  // An unreadable primary is already a failure of its own.
  if (primary !== 'missing') return;
  const target = run.report.destinations.find((d) => d.primary)?.target ?? '';
  run.report.failures.push({
    phase: 'github-secret',
    target,
    failureClass: 'needs-human',
    message: `Meta does not say when this token was issued, and the primary secret ${target} does not exist, so it cannot be told which destinations hold the current token.`,
    hint: `Store the token in ${target} (the secret the workflow passes as access-token), the first line of github-secrets.`,
  });
}

/** A project deployed after its variable whose deployment serves no production traffic. */
function notPromoted(run: Run, target: string): void {
  const project = run.settings.vercel.projects.find((p) => envTarget(run.settings, p) === target) ?? target;
  run.report.failures.push({
    phase: 'redeploy',
    target: project,
    failureClass: 'needs-human',
    message: `Vercel ${project}: the newest production deployment was built with the new variable but is not promoted: production still runs an older deployment with the old token.`,
    hint: NOT_PROMOTED_HINT,
  });
}

const NOT_PROMOTED_HINT =
  'Promote the deployment in Vercel (Deployments → … → Promote), or undo an Instant Rollback; with "Auto-assign Custom Production Domains" off, every production deployment waits to be promoted.';

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
 * Writes every destination of `delivery` at once, secrets and Vercel variables, then makes the
 * projects live with the value. One failure stops nothing else.
 */
async function deliver(run: Run, delivery: Delivery): Promise<void> {
  await core.group('Write secrets and Vercel variables, then deploy', async () => {
    const envWrites = delivery.envs.map(async (project) => [project, await writeVercelEnv(run, project, delivery.value, delivery.holds)] as const);
    const activation = Promise.all(envWrites).then((written) => {
      const live = new Map(delivery.activate);
      for (const [project, at] of written) if (at !== undefined) live.set(project, at);
      return activate(run, live, delivery.hooks);
    });
    await Promise.all([...delivery.secrets.map((d) => writeSecret(run, d, delivery.value, delivery.holds)), activation]);
  });
}

/**
 * Makes each project of `live` (project → when its variable was written, unix ms on Vercel's
 * clock) run with its variable: a redeploy each, or else the deploy hooks, called once, and a
 * wait for each project's new production deployment. With neither, each project fails as not
 * live. `hooks`: call the deploy hooks even when no project needs them (a refresh).
 */
async function activate(run: Run, live: Map<string, number>, hooks: boolean): Promise<void> {
  const { redeploy: redeploying, deployHooks } = run.settings.vercel;
  if (redeploying) {
    // Hooks are called besides the redeploys, as configured, when a variable changed.
    await Promise.all([...[...live.keys()].map((project) => redeploy(run, project)), hooks && deployHooks.length > 0 ? callHooks(run) : undefined]);
  } else if (deployHooks.length > 0) {
    if (!hooks && live.size === 0) return;
    const calledAt = Date.now();
    // With no hook called, no deployment can come: each project then counts as not live.
    if (!(await callHooks(run))) {
      for (const project of live.keys()) notLive(run, project, 'no deploy hook could be called');
      return;
    }
    await Promise.all([...live].map(([project, at]) => awaitHookDeployment(run, project, at, calledAt)));
  } else {
    for (const project of live.keys()) notLive(run, project);
  }
}

/** A project whose variable changed but that nothing deployed: it runs with the old token. */
function notLive(run: Run, project: string, why?: string): void {
  const { report } = run;
  report.deployments.push({ project, source: 'hook', result: 'failed', detail: why ?? 'nothing deploys it' });
  if (why) return; // the hooks' own failures say what went wrong
  report.failures.push({
    phase: 'redeploy',
    target: project,
    failureClass: 'needs-human',
    message: `Vercel ${project}: the variable holds the token, but no deployment was started (vercel-redeploy is false and no deploy hook is set), so production still runs with the old one.`,
    hint: 'Redeploy the project in Vercel, and set vercel-redeploy: true or vercel-deploy-hooks so that each refresh goes live.',
  });
}

/**
 * Upserts the token into one project's variable; returns when it was written (unix ms, Vercel's
 * clock; the runner's clock less the tolerance when Vercel does not say), or undefined when it
 * failed.
 */
async function writeVercelEnv(run: Run, project: string, value: string, holds: Delivery['holds']): Promise<number | undefined> {
  const { envKey, envType, envTargets } = run.settings.vercel;
  const destination = run.report.destinations.find((d) => d.kind === 'vercel-env' && d.project === project) as Destination;
  try {
    if (!run.vercel) throw new Error('no Vercel client');
    const writtenAt = await run.vercel.upsertEnv(project, { key: envKey, value, type: envType, target: envTargets });
    destination.result = 'updated';
    destination.holds = holds;
    core.info(`Vercel ${project}: ${envKey} updated (${envType}, ${envTargets.join(', ')})`);
    return writtenAt ?? Date.now() - CLOCK_TOLERANCE_SECONDS * 1000;
  } catch (error) {
    destination.result = 'failed';
    destination.detail = fail(run, 'vercel-env', error, destination.target);
    core.info(`Vercel ${project}: ${envKey} failed: ${destination.detail}`);
    return undefined;
  }
}

/** Redeploys the project's latest READY production deployment and waits for it to settle. */
async function redeploy(run: Run, project: string): Promise<void> {
  const { vercel, report } = run;
  const record: DeploymentRecord = { project, source: 'redeploy', result: 'started' };
  report.deployments.push(record);
  try {
    const latest = await run.prefetched.deployments.get(project);
    if (!vercel || !latest) throw new Error('no Vercel client');
    if (!latest.ok) throw latest.error;
    if (!latest.value) {
      record.result = 'none';
      record.detail = 'no production deployment yet: the next deployment picks up the new value';
      report.notes.push(`Vercel ${project} has no READY production deployment yet, so nothing was redeployed; its next deployment uses the new value.`);
      return;
    }
    const started = Date.now();
    const created = await vercel.redeploy(project, latest.value, run.runId);
    core.info(`Vercel ${project}: redeploying ${latest.value.id} as ${created.id}`);
    await settleDeployment(run, record, created, started);
  } catch (error) {
    record.result = 'failed';
    record.detail = fail(run, 'redeploy', error, project);
  }
}

/** After the deploy hooks: waits for the production deployment of `project` created after its variable (`writtenAt`, unix ms). */
async function awaitHookDeployment(run: Run, project: string, writtenAt: number, calledAt: number): Promise<void> {
  const record: DeploymentRecord = { project, source: 'hook', result: 'triggered' };
  run.report.deployments.push(record);
  try {
    await settleDeployment(run, record, { since: writtenAt }, calledAt);
  } catch (error) {
    record.result = 'failed';
    record.detail = fail(run, 'redeploy', error, project);
  }
}

/**
 * Waits for `first` (a deployment, or the first production deployment since a time) to settle,
 * as `vercel-wait-seconds` allows, and records the outcome: READY and serving production, or a
 * failure that says why the project does not run with the new value.
 */
async function settleDeployment(run: Run, record: DeploymentRecord, first: Deployment | { since: number }, started: number): Promise<void> {
  const { settings, report, vercel, vercelModule } = run;
  const { project } = record;
  if ('id' in first) Object.assign(record, { id: first.id, url: first.url ? `https://${first.url}` : undefined, readyState: first.readyState });
  const waitMs = settings.vercel.waitSeconds * 1000;
  if (waitMs === 0) return;
  if (!vercel || !vercelModule) throw new Error('no Vercel client');
  const deployment = await vercelModule.waitForDeployment(vercel, project, first, waitMs, settings.vercel.pollSeconds * 1000);
  if (deployment) Object.assign(record, { id: deployment.id, url: deployment.url ? `https://${deployment.url}` : undefined, readyState: deployment.readyState });
  if (deployment?.readyState === 'READY' && deployment.promoted !== false) {
    record.result = 'ready';
    record.seconds = Math.round((Date.now() - started) / 1000);
    core.info(`Vercel ${project}: ${deployment.id} is READY`);
    return;
  }
  record.result = 'failed';
  const state = deployment?.readyState;
  const why = !deployment
    ? `no production deployment appeared within ${settings.vercel.waitSeconds} s of calling the deploy hooks (does a hook belong to this project?)`
    : state === 'READY'
      ? `${deployment.id} is READY but not promoted: production still runs an older deployment`
      : state === 'CANCELED'
        ? `${deployment.id} was CANCELED (an Ignored Build Step can cancel a redeploy of the same commit)`
        : state === 'ERROR'
          ? `${deployment.id} failed (ERROR)`
          : `${deployment.id} is still ${state} after ${settings.vercel.waitSeconds} s`;
  const settled = state === 'ERROR' || state === 'CANCELED' || state === 'READY';
  report.failures.push({
    phase: 'redeploy',
    target: project,
    failureClass: settled ? 'needs-human' : 'retry-later',
    message: `Vercel ${project}: deployment ${why}${deployment?.errorMessage ? `: ${deployment.errorMessage}` : ''}. The variable holds the new token, but the live deployment still runs with the old one.`,
    hint: state === 'READY' ? NOT_PROMOTED_HINT : 'Open the deployment in Vercel, fix the cause, and redeploy the project there so it runs with the new value.',
  });
}

/** Calls every deploy hook once; each one's result is reported on its own. Returns whether any was called. */
async function callHooks(run: Run): Promise<boolean> {
  const called = await Promise.all(
    run.settings.vercel.deployHooks.map(async (url, i) => {
      const record: DeploymentRecord = { project: `deploy hook ${i + 1}`, source: 'hook', result: 'triggered' };
      run.report.deployments.push(record);
      try {
        if (!run.vercelModule) throw new Error('no Vercel client');
        const job = await run.vercelModule.callDeployHook(url, run.settings.timeoutMs);
        record.detail = job ? `job ${job}` : 'triggered';
        return true;
      } catch (error) {
        record.result = 'failed';
        record.detail = fail(run, 'redeploy', error, record.project);
        return false;
      }
    }),
  );
  return called.includes(true);
}

/** Says what `plan` would touch, and fails for every destination it could not reach. */
async function dryRun(run: Run, plan: SyncPlan): Promise<void> {
  const { settings, report, prefetched } = run;
  const touched = [...plan.write, ...plan.activate];
  for (const d of report.destinations) if (plan.write.includes(d.target)) d.result = 'would-write';
  const projects = settings.vercel.projects.filter((p) => touched.includes(envTarget(settings, p)));
  for (const project of settings.vercel.redeploy ? projects : []) {
    const latest = await prefetched.deployments.get(project);
    const from = latest?.ok ? latest.value : undefined;
    report.deployments.push({ project, source: 'redeploy', result: from ? 'would-redeploy' : 'none', ...(from ? { detail: `from ${from.id} (https://${from.url})` } : {}) });
    if (latest && !latest.ok) fail(run, 'redeploy', latest.error, project);
  }
  if (projects.length > 0) {
    settings.vercel.deployHooks.forEach((_, i) => report.deployments.push({ project: `deploy hook ${i + 1}`, source: 'hook', result: 'would-redeploy' }));
  }
  for (const d of settings.githubSecrets) {
    const key = await prefetched.keys.get(repoName(d.repo));
    if (key && !key.ok && plan.write.includes(secretTarget(d))) fail(run, 'github-secret', key.error, secretTarget(d));
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
