/**
 * Vercel project environment variables (`vercel-projects`): upserted with
 * `POST /v10/projects/{idOrName}/env?upsert=true`, then made live by a production redeploy, or by
 * the deploy hooks (called once per run, after every variable is written) and a wait for each
 * project's new production deployment (api-facts C).
 */
import * as core from '@actions/core';
import type { Deployment, VercelClient } from '../clients/vercel.ts';
import { callDeployHook, createVercelClient, prepareWrites, waitForDeployment } from '../clients/vercel.ts';
import { ServiceError } from '../errors.ts';
import type { Settings } from '../inputs.ts';
import type { DeploymentRecord, Failure, KindLabels } from '../report.ts';
import type { Settled } from '../settled.ts';
import { settle } from '../settled.ts';
import type { Destination, DestinationSet, DestinationState, KindContext } from './destination.ts';
import { newRecord } from './destination.ts';

const KIND: KindLabels = {
  id: 'vercel-env',
  title: 'Vercel project',
  result: 'Variable',
  deploys: true,
  writing: 'writing a Vercel variable',
};

const NOT_PROMOTED_HINT =
  'Promote the deployment in Vercel (Deployments → … → Promote), or undo an Instant Rollback; ' +
  'with "Auto-assign Custom Production Domains" off, every production deployment waits to be promoted.';

/**
 * Makes the projects run with their variables: a redeploy each, or the deploy hooks, called once
 * per run, and a wait for each project's new production deployment. Records every outcome.
 */
class Deployer {
  private readonly settings: Settings;
  private readonly context: KindContext;
  private readonly client: VercelClient | undefined;
  private readonly v: Settings['vercel'];
  private readonly latest = new Map<string, Promise<Settled<Deployment | undefined>>>();
  private hooksCalled: Promise<boolean> | undefined;

  constructor(settings: Settings, context: KindContext, client: VercelClient | undefined) {
    this.settings = settings;
    this.context = context;
    this.client = client;
    this.v = settings.vercel;
  }

  clientOrThrow(): VercelClient {
    if (!this.client) throw new Error('no Vercel client');
    return this.client;
  }

  /** The project's latest READY production deployment, read once (started while the token is inspected). */
  latestOf(project: string): Promise<Settled<Deployment | undefined>> {
    let found = this.latest.get(project);
    if (!found) {
      found = settle(Promise.resolve().then(() => this.clientOrThrow().latestProductionDeployment(project)));
      this.latest.set(project, found);
    }
    return found;
  }

  /** Calls every deploy hook, once per run; resolves whether any was called. */
  callHooks(): Promise<boolean> {
    this.hooksCalled ??= callEveryHook(this.settings, this.context);
    return this.hooksCalled;
  }

  /** Makes `project`, whose variable was written at `writtenAt` (unix ms), run with it. */
  async activate(project: string, writtenAt: number): Promise<void> {
    if (this.v.redeploy) await this.redeploy(project);
    else if (this.v.deployHooks.length > 0) await this.awaitHookDeployment(project, writtenAt);
    else this.notLive(project);
  }

  /** Redeploys the project's latest READY production deployment and waits for it to settle. */
  private async redeploy(project: string): Promise<void> {
    const { report } = this.context;
    const record: DeploymentRecord = { project, source: 'redeploy', result: 'started' };
    report.deployments.push(record);
    try {
      const from = await this.latestOf(project);
      if (!from.ok) throw from.error;
      if (!from.value) {
        record.result = 'none';
        record.detail = 'no production deployment yet: the next deployment picks up the new value';
        report.notes.push(
          `Vercel ${project} has no READY production deployment yet, so nothing was redeployed; its next ` +
            `deployment uses the new value.`,
        );
        return;
      }
      const started = Date.now();
      const created = await this.clientOrThrow().redeploy(project, from.value, this.context.runId);
      core.info(`Vercel ${project}: redeploying ${from.value.id} as ${created.id}`);
      await this.settle(record, created, started);
    } catch (error) {
      record.result = 'failed';
      record.detail = this.context.fail('redeploy', error, project);
    }
  }

  /**
   * Follows `deployment` of `project`, created after its variable was written by an earlier run
   * (a redeploy or hook call it did not wait for) and still being built, instead of starting
   * another build of the same value: waits for it as for a redeploy (not in a dry run).
   */
  async awaitBuild(project: string, deployment: Deployment): Promise<void> {
    const record: DeploymentRecord = {
      project,
      source: this.v.redeploy ? 'redeploy' : 'hook',
      result: 'building',
      detail: 'a build started after the variable was written is still in progress',
    };
    this.context.report.deployments.push(record);
    core.info(
      `Vercel ${project}: ${deployment.id} (${deployment.readyState}) was started after the variable was written`,
    );
    try {
      if (this.settings.dryRun) Object.assign(record, shown(deployment));
      else await this.settle(record, deployment, Date.now());
    } catch (error) {
      record.result = 'failed';
      record.detail = this.context.fail('redeploy', error, project);
    }
    if (record.result === 'ready') record.detail = 'a build started after the variable was written';
  }

  /**
   * After the deploy hooks: waits for the production deployment of `project` created after its
   * variable (`writtenAt`, unix ms).
   */
  private async awaitHookDeployment(project: string, writtenAt: number): Promise<void> {
    const calledAt = Date.now();
    if (!(await this.callHooks())) {
      this.notLive(project, 'no deploy hook could be called');
      return;
    }
    const record: DeploymentRecord = { project, source: 'hook', result: 'triggered' };
    this.context.report.deployments.push(record);
    try {
      await this.settle(record, { since: writtenAt }, calledAt);
    } catch (error) {
      record.result = 'failed';
      record.detail = this.context.fail('redeploy', error, project);
    }
  }

  /**
   * Polls `first` until it settles (as `vercel-wait-seconds` allows) and records whether the
   * project now runs with its value.
   */
  private async settle(
    record: DeploymentRecord,
    first: Deployment | { since: number },
    started: number,
  ): Promise<void> {
    const { project } = record;
    const seen = (d: Deployment): void => void Object.assign(record, shown(d));
    if ('id' in first) seen(first);
    if (this.v.waitSeconds === 0) return;
    const deployment = await waitForDeployment(
      this.clientOrThrow(),
      project,
      first,
      this.v.waitSeconds * 1000,
      this.v.pollSeconds * 1000,
    );
    if (deployment) seen(deployment);
    if (deployment?.readyState === 'READY' && deployment.promoted !== false) {
      record.result = 'ready';
      record.seconds = Math.round((Date.now() - started) / 1000);
      core.info(`Vercel ${project}: ${deployment.id} is READY`);
      return;
    }
    record.result = 'failed';
    this.context.report.failures.push(notRunning(project, deployment, this.v.waitSeconds));
  }

  /** A project whose variable changed but that nothing deployed: it runs with the old token. */
  notLive(project: string, why?: string): void {
    const { report } = this.context;
    report.deployments.push({ project, source: 'hook', result: 'failed', detail: why ?? 'nothing deploys it' });
    if (why) return; // the hooks' own failures say what went wrong
    report.failures.push({
      phase: 'redeploy',
      target: project,
      failureClass: 'needs-human',
      message:
        `Vercel ${project}: the variable holds the token, but no deployment was started (vercel-redeploy is ` +
        `false and no deploy hook is set), so production still runs with the old one.`,
      hint:
        'Redeploy the project in Vercel, and set vercel-redeploy: true or vercel-deploy-hooks so that each ' +
        'refresh goes live.',
    });
  }
}

/** What a deployment record shows of `d`. */
const shown = (d: Deployment): Pick<DeploymentRecord, 'id' | 'url' | 'readyState'> => ({
  id: d.id,
  url: d.url ? `https://${d.url}` : undefined,
  readyState: d.readyState,
});

/** Why a project does not run with its new value after waiting for `deployment` (undefined: none appeared). */
function notRunning(project: string, deployment: Deployment | undefined, waitSeconds: number): Failure {
  const state = deployment?.readyState;
  const why = !deployment
    ? `no production deployment appeared within ${waitSeconds} s of calling the deploy hooks (does a hook belong ` +
      `to this project?)`
    : state === 'READY'
      ? `${deployment.id} is READY but not promoted: production still runs an older deployment`
      : state === 'CANCELED'
        ? `${deployment.id} was CANCELED (an Ignored Build Step can cancel a redeploy of the same commit)`
        : state === 'ERROR'
          ? `${deployment.id} failed (ERROR)`
          : `${deployment.id} is still ${state} after ${waitSeconds} s`;
  const settled = state === 'ERROR' || state === 'CANCELED' || state === 'READY';
  return {
    phase: 'redeploy',
    target: project,
    failureClass: settled ? 'needs-human' : 'retry-later',
    message:
      `Vercel ${project}: deployment ` +
      `${why}${deployment?.errorMessage ? `: ${deployment.errorMessage}` : ''}. The variable holds the new token, ` +
      `but the live deployment still runs with the old one.`,
    hint:
      state === 'READY'
        ? NOT_PROMOTED_HINT
        : 'Open the deployment in Vercel, fix the cause, and redeploy the project there so it runs with the new value.',
  };
}

/** The states of a deployment still on its way to READY. */
const IN_PROGRESS = new Set(['QUEUED', 'INITIALIZING', 'BUILDING']);

/**
 * When the project's variable was last written (or that it is missing) and its newest READY
 * production deployment, for a run that does not refresh; when that is older than the variable,
 * also the newest production deployment since, if it is still being built (handed to `building`:
 * an earlier run's redeploy or hook call that did not wait). Throws `ServiceError` when the
 * variable cannot be read.
 */
async function projectState(
  project: string,
  v: Settings['vercel'],
  deployer: Deployer,
  context: KindContext,
  building: (d: Deployment) => void,
): Promise<DestinationState> {
  const [env, deployed] = await Promise.all([
    settle(deployer.clientOrThrow().envState(project, v.envKey, v.envTargets)),
    deployer.latestOf(project),
  ]);
  if (!env.ok) throw env.error;
  if (env.value === 'hidden') throw hiddenVariable(project, v.envKey);
  if (!deployed.ok)
    return { writtenAt: env.value, deployment: context.unreadable('redeploy', project, deployed.error) };
  const last = deployed.value;
  if (last?.createdAt === undefined) return { writtenAt: env.value, deployment: 'none' };
  const deployment = { createdAt: last.createdAt, promoted: last.promoted !== false };
  const writtenAt = env.value;
  if (typeof writtenAt !== 'number' || last.createdAt >= writtenAt) return { writtenAt, deployment };
  // `since` is exclusive: one created in the same millisecond as the write counts too.
  const newer = await settle(deployer.clientOrThrow().productionSince(project, writtenAt - 1));
  if (!newer.ok) return { writtenAt, deployment: context.unreadable('redeploy', project, newer.error) };
  const found = newer.value;
  if (found?.createdAt === undefined) return { writtenAt, deployment };
  // READY since the first read: the newest READY one.
  if (found.readyState === 'READY')
    return { writtenAt, deployment: { createdAt: found.createdAt, promoted: found.promoted !== false } };
  if (!IN_PROGRESS.has(found.readyState)) return { writtenAt, deployment };
  building(found);
  return { writtenAt, deployment: { ...deployment, building: found.createdAt } };
}

/** One project's variable as a destination. */
function projectDestination(
  project: string,
  v: Settings['vercel'],
  deployer: Deployer,
  context: KindContext,
): Destination {
  const target = `vercel:${project}:${v.envKey}`;
  const { report } = context;
  let building: Deployment | undefined;
  return {
    target,
    primary: false,
    record: newRecord({ kind: KIND, target, label: project, primary: false }),
    prepare: () => void deployer.latestOf(project),
    readState: () => projectState(project, v, deployer, context, (d) => (building = d)),
    async write(value) {
      const writtenAt = await deployer
        .clientOrThrow()
        .upsertEnv(project, { key: v.envKey, value, type: v.envType, target: v.envTargets });
      core.info(`Vercel ${project}: ${v.envKey} updated (${v.envType}, ${v.envTargets.join(', ')})`);
      return { result: 'updated', writtenAt };
    },
    checkWritable: () => Promise.resolve().then(() => void deployer.clientOrThrow()),
    activate: (writtenAt) => deployer.activate(project, writtenAt),
    async planActivation() {
      if (!v.redeploy) return;
      const from = await deployer.latestOf(project);
      const source = from.ok ? from.value : undefined;
      report.deployments.push({
        project,
        source: 'redeploy',
        result: source ? 'would-redeploy' : 'none',
        ...(source ? { detail: `from ${source.id} (https://${source.url})` } : {}),
      });
      if (!from.ok) context.fail('redeploy', from.error, project);
    },
    reportNotPromoted() {
      report.failures.push({
        phase: 'redeploy',
        target: project,
        failureClass: 'needs-human',
        message:
          `Vercel ${project}: the newest production deployment was built with the new variable but is not ` +
          `promoted: production still runs an older deployment with the old token.`,
        hint: NOT_PROMOTED_HINT,
      });
    },
    awaitBuild: () => (building ? deployer.awaitBuild(project, building) : Promise.resolve()),
  };
}

/** Every project of `vercel-projects`, and the deploy hooks. */
export function createDestinations(settings: Settings, context: KindContext): DestinationSet {
  const v = settings.vercel;
  const client = v.token
    ? createVercelClient({ token: v.token, teamId: v.teamId, apiUrl: v.apiUrl, timeoutMs: settings.timeoutMs })
    : undefined;
  const deployer = new Deployer(settings, context, client);
  return {
    destinations: v.projects.map((project) => projectDestination(project, v, deployer, context)),
    prepareWrites,
    async afterWrites(written, refreshed) {
      // Called once whatever the mode: besides the redeploys, alone, or as the projects' activation.
      if (v.deployHooks.length > 0 && (refreshed || written.length > 0)) await deployer.callHooks();
    },
    planAfterWrites(written) {
      if (written.length > 0)
        v.deployHooks.forEach((_, i) =>
          context.report.deployments.push({
            project: `deploy hook ${i + 1}`,
            source: 'hook',
            result: 'would-redeploy',
          }),
        );
    },
  };
}

/** Calls every deploy hook; each one's result is reported on its own. Resolves whether any was called. */
async function callEveryHook(settings: Settings, context: KindContext): Promise<boolean> {
  const called = await Promise.all(
    settings.vercel.deployHooks.map(async (url, i) => {
      const record: DeploymentRecord = { project: `deploy hook ${i + 1}`, source: 'hook', result: 'triggered' };
      context.report.deployments.push(record);
      try {
        const job = await callDeployHook(url, settings.timeoutMs);
        record.detail = job ? `job ${job}` : 'triggered';
        return true;
      } catch (error) {
        record.result = 'failed';
        record.detail = context.fail('redeploy', error, record.project);
        return false;
      }
    }),
  );
  return called.includes(true);
}

function hiddenVariable(project: string, key: string): ServiceError {
  return new ServiceError({
    system: 'vercel',
    failureClass: 'needs-human',
    message:
      `Vercel: the variable ${key} of ${project} cannot be read: the list of its variables leaves ` +
      `production variables out, or has more pages`,
    hint:
      `Use a vercel-token whose user can see the production environment variables of ${project} (its role in ` +
      `the team), so that each run can check the variable.`,
  });
}
