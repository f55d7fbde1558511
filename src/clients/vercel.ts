/**
 * Vercel REST client on the official SDK (`@vercel/sdk`, standalone functions with `VercelCore`
 * so the bundle carries only what is used): env upsert, the latest production deployment, a
 * redeploy as `vercel redeploy` does it, and polling until `readyState` settles (api-facts C).
 * Every SDK failure becomes a classified `ServiceError`.
 *
 * Deployments are polled through the list (`GET /v7/deployments`), which the action needs
 * anyway, not `GET /v13/deployments/{id}`: the SDK's schema for the single deployment alone is a
 * quarter of a megabyte of bundle and of schema objects built at start, for the same
 * `readyState`.
 */
import { VercelCore } from '@vercel/sdk/core.js';
import { HTTPClient } from '@vercel/sdk/lib/http.js';
import { HTTPClientError } from '@vercel/sdk/models/httpclienterrors.js';
import { ResponseValidationError } from '@vercel/sdk/models/responsevalidationerror.js';
import { VercelError } from '@vercel/sdk/models/vercelerror.js';
import { isTransportError, messageOf, ServiceError } from '../errors.ts';
import type { EnvTarget, EnvType } from '../model.ts';
import { remainingMs, sleep } from './budget.ts';
import { clientFetch } from './http.ts';

export interface VercelClientOptions {
  token: string;
  /** Sent as `teamId` on every call when set. */
  teamId: string | undefined;
  /** e.g. `https://api.vercel.com` */
  apiUrl: string;
  /** Per request, in milliseconds. */
  timeoutMs: number;
}

export interface Deployment {
  id: string;
  /** Host name without scheme, as Vercel gives it. */
  url: string;
  name: string;
  /** `production`, `staging`, or null for preview. */
  target: string | null;
  readyState: string;
  errorMessage?: string | undefined;
  /** Unix milliseconds, when Vercel says. */
  createdAt?: number | undefined;
  /**
   * Whether a READY production deployment serves production traffic: false when Vercel reports
   * it `STAGED` (staged production, or after an Instant Rollback) or without its alias;
   * undefined when Vercel says neither.
   */
  promoted?: boolean | undefined;
}

/**
 * When a project's variable was last written (unix ms), `missing`, or `hidden`: the list leaves
 * production variables out (only counting them) or has further pages, so it cannot be told.
 */
export type EnvState = number | 'missing' | 'hidden';

export interface VercelClient {
  /** Returns when the variable was written, unix ms on Vercel's clock, when Vercel says. */
  upsertEnv(
    project: string,
    env: { key: string; value: string; type: EnvType; target: EnvTarget[] },
  ): Promise<number | undefined>;
  envState(project: string, key: string, target: EnvTarget[]): Promise<EnvState>;
  latestProductionDeployment(project: string): Promise<Deployment | undefined>;
  /** `runId` marks the deployment as this run's, so that an ambiguous failure can find it. */
  redeploy(project: string, from: Deployment, runId: string): Promise<Deployment>;
  /** The deployment as it is now; `project` is its project id or name. */
  refresh(project: string, deployment: Deployment): Promise<Deployment>;
  /** The newest production deployment of `project` created after `since` (unix ms), if any. */
  productionSince(project: string, since: number): Promise<Deployment | undefined>;
}

/** The `meta` key that marks a redeploy as started by one run of this action. */
const RUN_MARKER = 'metaTokenRefreshRun';

type SdkResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

const TERMINAL = new Set(['READY', 'ERROR', 'CANCELED', 'BLOCKED', 'DELETED']);

/** Whether `readyState` will not change any more. */
const isSettled = (readyState: string): boolean => TERMINAL.has(readyState);

/** Vercel's `{error: {code, message}}` body, when there is one. */
function vercelErrorBody(body: string): { code: string; message: string } | undefined {
  try {
    const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
    const { code, message } = parsed.error ?? {};
    return typeof code === 'string' ? { code, message: typeof message === 'string' ? message : '' } : undefined;
  } catch {
    return undefined;
  }
}

/*
 * Each SDK function is loaded when first called: its schemas are thousands of zod objects (the
 * deployment ones alone tens of megabytes of heap), and a run that only checks the token, or
 * only writes variables, never needs most of them.
 */
const sdkFuncs = {
  createEnv: () => import('@vercel/sdk/funcs/projectsCreateProjectEnv.js'),
  listEnvs: () => import('@vercel/sdk/funcs/projectsFilterProjectEnvs.js'),
  listDeployments: () => import('@vercel/sdk/funcs/deploymentsGetDeployments.js'),
  createDeployment: () => import('@vercel/sdk/funcs/deploymentsCreateDeployment.js'),
};

/** Starts loading what writing and redeploying need, so that it loads while Meta answers. */
export function prepareWrites(): void {
  for (const load of [sdkFuncs.createEnv, sdkFuncs.createDeployment]) load().catch(() => undefined);
}

/** Turns an SDK failure while doing `action` into a classified `ServiceError`. */
export function vercelError(error: unknown, action: string): ServiceError {
  const base = { system: 'vercel' as const };
  if (error instanceof ResponseValidationError) {
    return new ServiceError({
      ...base,
      failureClass: 'needs-human',
      status: error.statusCode,
      message:
        `Vercel: ${action}: the answer did not match Vercel's published schema ` +
        `(${error.message.split('\n')[0] ?? ''})`,
      hint: 'Vercel changed its API or answered unexpectedly; check the project in the dashboard and report this.',
    });
  }
  if (error instanceof VercelError) {
    const status = error.statusCode;
    const body = vercelErrorBody(error.body);
    const message = `Vercel: ${action} failed: HTTP ${status}${body ? ` ${body.code}: ${body.message}` : ''}`;
    if (status === 429 || status >= 500)
      return new ServiceError({
        ...base,
        failureClass: 'retry-later',
        status,
        message,
        hint: 'Vercel rate limit or outage: the next run retries.',
      });
    const hints: Record<number, string> = {
      401:
        'vercel-token was rejected: create a new token (Vercel → Account Settings → Tokens) and store it in the ' +
        'secret passed as vercel-token.',
      403:
        'vercel-token cannot access this project: give the token access to the team that owns it (its scope), ' +
        'and set vercel-team-id to that team.',
      404:
        'The project was not found: check the id or name in vercel-projects, and set vercel-team-id when the ' +
        'project belongs to a team.',
    };
    return new ServiceError({
      ...base,
      failureClass: 'needs-human',
      status,
      message,
      hint: hints[status] ?? 'Vercel refused the request; see the message.',
    });
  }
  const transport = error instanceof HTTPClientError || isTransportError(error);
  return new ServiceError({
    ...base,
    failureClass: transport ? 'retry-later' : 'needs-human',
    message: `Vercel: ${action} failed: ${messageOf(error)}`,
  });
}

function unwrap<T>(result: SdkResult<T>, action: string): T {
  if (!result.ok) throw vercelError(result.error, action);
  return result.value;
}

// The SDK's unions include a minimal member without `url` and `name` (api-facts C.4).
type Answer = {
  id: string;
  url?: string;
  name?: string;
  target?: string | null | undefined;
  readyState: string;
  readySubstate?: string | undefined;
  aliasAssigned?: number | boolean | null | undefined;
  errorMessage?: string | null | undefined;
  createdAt?: number | undefined;
};

/**
 * Whether a READY production deployment serves traffic: `readySubstate`, else its alias; undefined
 * when Vercel says neither.
 */
const promoted = (d: Answer): boolean | undefined =>
  d.readySubstate !== undefined
    ? d.readySubstate !== 'STAGED'
    : d.aliasAssigned === undefined
      ? undefined
      : Boolean(d.aliasAssigned);

function toDeployment(d: Answer, fallbackName = ''): Deployment {
  return {
    id: d.id,
    url: d.url ?? '',
    name: d.name ?? fallbackName,
    target: d.target ?? null,
    readyState: d.readyState,
    ...(d.errorMessage ? { errorMessage: d.errorMessage } : {}),
    ...(d.createdAt ? { createdAt: d.createdAt } : {}),
    ...(d.readyState === 'READY' && d.target === 'production' ? { promoted: promoted(d) } : {}),
  };
}

/**
 * The Vercel client on the SDK. The SDK retries 429 and 5xx with backoff, honouring
 * `Retry-After`, for up to twice the request timeout; every request is bounded by `timeoutMs`.
 */
class SdkVercelClient implements VercelClient {
  private readonly sdk: VercelCore;
  private readonly team: { teamId?: string };
  private readonly retryConfig: {
    strategy: 'backoff';
    backoff: { initialInterval: number; maxInterval: number; exponent: number; maxElapsedTime: number };
    retryConnectionErrors: boolean;
  };

  constructor(options: VercelClientOptions) {
    this.retryConfig = {
      strategy: 'backoff',
      backoff: { initialInterval: 500, maxInterval: 10_000, exponent: 2, maxElapsedTime: 2 * options.timeoutMs },
      retryConnectionErrors: true,
    };
    this.sdk = new VercelCore({
      bearerToken: options.token,
      serverURL: options.apiUrl,
      timeoutMs: options.timeoutMs,
      httpClient: new HTTPClient({ fetcher: clientFetch(options.apiUrl, options.timeoutMs) }),
      retryConfig: this.retryConfig,
    });
    this.team = options.teamId ? { teamId: options.teamId } : {};
  }

  /** `GET /v7/deployments` with `query`. */
  private async list(
    action: string,
    query: { projectId: string; since?: number; target?: string; state?: string; limit: number },
  ) {
    const { deploymentsGetDeployments } = await sdkFuncs.listDeployments();
    return unwrap(await deploymentsGetDeployments(this.sdk, { ...query, ...this.team }), action).deployments;
  }

  /**
   * `POST /v10/projects/{idOrName}/env?upsert=true`: creates the variable or updates its value
   * (Vercel keeps an existing variable's type). A 201 whose `failed` list is not empty is a
   * failure. Never list-then-patch: production variables can be hidden from the list.
   */
  async upsertEnv(
    project: string,
    env: { key: string; value: string; type: EnvType; target: EnvTarget[] },
  ): Promise<number | undefined> {
    const action = `upserting ${env.key} in project ${project}`;
    const { projectsCreateProjectEnv } = await sdkFuncs.createEnv();
    const result = unwrap(
      await projectsCreateProjectEnv(this.sdk, { idOrName: project, upsert: 'true', ...this.team, requestBody: env }),
      action,
    );
    const [failed] = result.failed;
    if (failed) {
      throw new ServiceError({
        system: 'vercel',
        failureClass: 'needs-human',
        status: 201,
        message: `Vercel: ${action} failed: ${failed.error.code}: ${failed.error.message}`,
        hint:
          'Check the variable in the project settings (Environment Variables); a variable of another type or ' +
          'branch may block it.',
      });
    }
    const written = [result.created].flat().map((e) => (e && 'updatedAt' in e ? e.updatedAt : undefined));
    const times = written.filter((t): t is number => typeof t === 'number');
    return times.length > 0 ? Math.max(...times) : undefined;
  }

  /**
   * When the variable `key` with a target in `target` was last written: its `updatedAt` from
   * `GET /v10/projects/{idOrName}/env`, `missing` when the list lacks it, or `hidden` when the
   * list may hide it (production variables can be left out and only counted, api-facts C.1).
   */
  async envState(project: string, key: string, target: EnvTarget[]): Promise<EnvState> {
    const { projectsFilterProjectEnvs } = await sdkFuncs.listEnvs();
    const result = unwrap(
      await projectsFilterProjectEnvs(this.sdk, { idOrName: project, ...this.team }),
      `listing the variables of ${project}`,
    );
    const envs = 'envs' in result ? result.envs : [result];
    const found = envs.find(
      (e) => e.key === key && [e.target ?? []].flat().some((t) => (target as string[]).includes(t)),
    );
    if (found) return found.updatedAt ?? 'hidden';
    const hidden = 'hiddenProductionEnvCount' in result && result.hiddenProductionEnvCount > 0;
    const morePages = 'pagination' in result && result.pagination.next !== null;
    return hidden || morePages ? 'hidden' : 'missing';
  }

  /** The newest READY production deployment (`GET /v7/deployments`), or undefined when the project has none. */
  async latestProductionDeployment(project: string): Promise<Deployment | undefined> {
    const [latest] = await this.list(`listing the production deployments of ${project}`, {
      projectId: project,
      target: 'production',
      state: 'READY',
      limit: 1,
    });
    return latest && toDeployment({ ...latest, id: latest.uid });
  }

  /**
   * Redeploys `from` as `vercel redeploy` does: `POST /v13/deployments?forceNew=1` with
   * `deploymentId`, `name`, `target` and `meta.action=redeploy`, plus this run's marker.
   * Returns the new deployment. Only a 429 (nothing created) is retried by the SDK: after an
   * ambiguous failure (5xx, timeout, reset) Vercel may have created it anyway, so the run's own
   * deployment is looked for, and created once more only when there is none.
   */
  async redeploy(project: string, from: Deployment, runId: string): Promise<Deployment> {
    const action = `redeploying ${from.name} from ${from.id}`;
    const requestBody = {
      name: from.name,
      deploymentId: from.id,
      meta: { action: 'redeploy', [RUN_MARKER]: runId },
      ...(from.target ? { target: from.target } : {}),
    };
    const create = async (): Promise<Deployment> => {
      const { deploymentsCreateDeployment } = await sdkFuncs.createDeployment();
      const result = await deploymentsCreateDeployment(
        this.sdk,
        { forceNew: '1', ...this.team, requestBody },
        { retryCodes: ['429'], retries: { ...this.retryConfig, retryConnectionErrors: false } },
      );
      return toDeployment(unwrap(result, action), from.name);
    };
    const started = async (): Promise<Deployment | undefined> => {
      const since = (from.createdAt ?? Date.now() - 3_600_000) - 1;
      const mine = (
        await this.list(`looking for the redeploy of ${from.name}`, { projectId: project, since, limit: 100 })
      ).find((d) => d.meta?.[RUN_MARKER] === runId);
      return mine && toDeployment({ ...mine, id: mine.uid });
    };
    for (let attempt = 1; ; attempt++) {
      try {
        return await create();
      } catch (error) {
        if (!(error instanceof ServiceError) || error.failureClass !== 'retry-later') throw error;
        const found = await started();
        if (found) return found;
        if (attempt === 2) throw error;
      }
    }
  }

  /** `GET /v7/deployments?projectId=…&since=…`, the deployment found by its `uid`. */
  async refresh(project: string, deployment: Deployment): Promise<Deployment> {
    const since = (deployment.createdAt ?? Date.now() - 600_000) - 1;
    const found = (
      await this.list(`reading deployment ${deployment.id}`, { projectId: project, since, limit: 100 })
    ).find((d) => d.uid === deployment.id);
    if (!found)
      throw new ServiceError({
        system: 'vercel',
        failureClass: 'retry-later',
        message: `Vercel: deployment ${deployment.id} of ${project} is not in its list`,
      });
    return toDeployment({ ...found, id: found.uid });
  }

  async productionSince(project: string, since: number): Promise<Deployment | undefined> {
    const [newest] = await this.list(`listing the new deployments of ${project}`, {
      projectId: project,
      since,
      target: 'production',
      limit: 1,
    });
    return newest && toDeployment({ ...newest, id: newest.uid });
  }
}

/** Creates a Vercel client for `options.apiUrl` (see `SdkVercelClient`). */
export function createVercelClient(options: VercelClientOptions): VercelClient {
  return new SdkVercelClient(options);
}

/**
 * Polls a deployment of `project` until its `readyState` settles or `waitMs` (milliseconds) runs
 * out, sleeping `intervalMs` and then half as long again each time, up to 15 s. `first` is the
 * deployment, or `{ since }` (unix ms) for the first production deployment created after it (a
 * deploy hook's, which Vercel does not name). Returns the deployment as last seen, or undefined
 * when none appeared.
 */
export async function waitForDeployment(
  client: VercelClient,
  project: string,
  first: Deployment | { since: number },
  waitMs: number,
  intervalMs: number,
): Promise<Deployment | undefined> {
  const started = Date.now();
  let deployment = 'id' in first ? first : undefined;
  let interval = intervalMs;
  while (!deployment || !isSettled(deployment.readyState)) {
    const left = Math.min(waitMs - (Date.now() - started), remainingMs());
    if (left <= 0) break;
    await sleep(Math.min(interval, left));
    interval = Math.min(interval * 1.5, 15_000);
    deployment = deployment
      ? await client.refresh(project, deployment)
      : 'since' in first
        ? await client.productionSince(project, first.since)
        : undefined;
  }
  return deployment;
}

/**
 * Calls a deploy hook (`POST https://api.vercel.com/v1/integrations/deploy/{projectId}/{hookId}`;
 * no auth, the URL is the secret). Returns the job id Vercel answers with, when it does.
 */
export async function callDeployHook(url: string, timeoutMs: number): Promise<string | undefined> {
  let response: Response;
  try {
    response = await clientFetch(url, timeoutMs)(url, { method: 'POST' });
  } catch (error) {
    throw new ServiceError({
      system: 'vercel',
      failureClass: isTransportError(error) ? 'retry-later' : 'needs-human',
      message: `Vercel: deploy hook failed: ${messageOf(error)}`,
    });
  }
  const text = await response.text();
  if (!response.ok) {
    const body = vercelErrorBody(text);
    throw new ServiceError({
      system: 'vercel',
      failureClass: response.status === 429 || response.status >= 500 ? 'retry-later' : 'needs-human',
      status: response.status,
      message: `Vercel: deploy hook failed: HTTP ${response.status}${body ? ` ${body.code}: ${body.message}` : ''}`,
      hint: 'Check the deploy hook in the project settings (Git → Deploy Hooks); a deleted hook answers 404.',
    });
  }
  try {
    const job = (JSON.parse(text) as { job?: { id?: unknown } }).job;
    return typeof job?.id === 'string' ? job.id : undefined;
  } catch {
    return undefined;
  }
}
