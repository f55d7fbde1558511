/**
 * A fake of the Vercel REST API routes the action calls: env upsert and list, deployments list,
 * redeploy and get, and deploy hooks. Answers carry every field `@vercel/sdk` 1.28 requires, so
 * the SDK parses them without filling gaps (api-facts C and D). Deployments advance one state per
 * `GET /v13/deployments/{id}`, never on a clock, so tests need no sleeps.
 */
import { randomBytes } from 'node:crypto';
import type { Fault, FakeServer, RecordedRequest, Reply } from './server.ts';
import { json, startFake } from './server.ts';

export type Outcome = 'READY' | 'ERROR' | 'CANCELED';
export interface VercelProjectSeed {
  id: string;
  name: string;
  /** Every env item sent to this project comes back in `failed` of a 201. */
  envFailure?: boolean;
  /** 403 on every call about this project (a token without access to it). */
  forbidden?: boolean;
  /** 404 on every call about this project, its deployments and hooks. */
  missing?: boolean;
  /** Final state of deployments created from now on; default READY. */
  deploymentOutcome?: Outcome;
  /** No seeded production deployment; set later, it hides the seeded one. */
  noProductionDeployment?: boolean;
}
export interface VercelFakeOptions {
  token: string;
  teamId?: string;
  projects: VercelProjectSeed[];
  hideProductionEnvs?: boolean;
  /**
   * A `deploymentId` redeploy without `withLatestCommit` reuses the source deployment's env
   * snapshot instead of the project's current env (api-facts C.3: which one Vercel does is
   * UNCONFIRMED). Default false.
   */
  redeployInheritsEnv?: boolean;
  /**
   * Staged production ("Auto-assign Custom Production Domains" off, or after an Instant
   * Rollback): production deployments created from now on reach READY without serving traffic
   * (`readySubstate: STAGED`, no alias). UNCONFIRMED against the real API. Default false.
   */
  stagedProduction?: boolean;
  /** Whether answers carry `readySubstate` at all (UNCONFIRMED); without it only `aliasAssigned` tells. Default true. */
  reportsReadySubstate?: boolean;
  /** Added to this fake's clock, in milliseconds (a server whose clock is off). */
  clockSkewMs?: number;
  latencyMs?: number;
}
export interface FakeEnv {
  id: string;
  key: string;
  value: string;
  type: string;
  target: string[];
  gitBranch?: string;
  comment?: string;
  createdAt: number;
  updatedAt: number;
  createdBy: string;
  updatedBy: string;
}
export interface FakeDeployment {
  id: string;
  projectId: string;
  name: string;
  url: string;
  target: 'production' | null;
  readyState: string;
  createdAt: number;
  env: Record<string, string>;
  source: 'seed' | 'redeploy' | 'hook';
  redeployOf?: string;
  polls: number;
  /** A production deployment that will not serve traffic once READY (staged production). */
  staged?: boolean;
  /** Where it ends, fixed when it is created. */
  outcome: Outcome;
  meta: Record<string, string>;
  withLatestCommit?: boolean;
  buildingAt?: number;
  finishedAt?: number;
}
export type FakeProject = VercelProjectSeed & { envs: FakeEnv[]; deployments: FakeDeployment[]; hooks: string[] };
export interface VercelFake extends FakeServer {
  /** The list omits production-target vars and reports `hiddenProductionEnvCount`. */
  hideProductionEnvs: boolean;
  redeployInheritsEnv: boolean;
  stagedProduction: boolean;
  project(idOrName: string): FakeProject;
  env(idOrName: string, key: string): FakeEnv | undefined;
  deployment(idOrUrl: string): FakeDeployment | undefined;
  /** Creates a deploy hook and returns its full URL on this fake. */
  hookUrl(idOrName: string): string;
}

type Json = Record<string, unknown>;
const TYPES = ['system', 'encrypted', 'plain', 'sensitive'];
const TARGETS = ['production', 'preview', 'development'];
const USER = { uid: 'usr_fake0user0000000000000001', username: 'fake-user', email: 'fake-user@example.com' };
const CANCELED_MESSAGE = 'The deployment was canceled because the Ignored Build Step command returned exit code 0';

const randomId = (n: number): string => randomBytes(n).toString('base64url').replace(/[-_]/g, 'x').slice(0, n);

export function vercelError(status: number, code: string, message: string, extra: Json = {}): Reply {
  return json(status, { error: { code, message, ...extra } });
}

/** A 429 as Vercel sends it (api-facts C.5), for `inject`. The message text is UNCONFIRMED. */
export function rateLimited(retryAfterSeconds: number, total = 100): Fault {
  const resetMs = Date.now() + retryAfterSeconds * 1000;
  const reset = Math.ceil(resetMs / 1000);
  return {
    kind: 'status',
    status: 429,
    body: {
      error: { code: 'rate_limited', message: 'Rate limit exceeded', limit: { remaining: 0, reset, resetMs, total } },
    },
    headers: {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-limit': String(total),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(reset),
    },
  };
}

export function serverError(status = 500): Fault {
  return {
    kind: 'status',
    status,
    body: { error: { code: 'internal_server_error', message: 'An unexpected internal error occurred' } },
  };
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): Record<string, string> =>
  isObject(v)
    ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {};

interface EnvInput {
  key: string;
  value: string;
  type: string;
  target: string[];
  gitBranch?: string;
  comment?: string;
}
/** The body check Vercel does before touching anything: one bad item fails the whole request. */
function envInput(item: unknown): EnvInput | string {
  if (!isObject(item)) return 'body must be an object or an array of objects';
  const { key, value, type, target, gitBranch, comment } = item;
  if (typeof key !== 'string' || key === '') return 'missing required property `key`';
  if (typeof value !== 'string') return 'missing required property `value`';
  if (typeof type !== 'string' || !TYPES.includes(type)) return `\`type\` must be one of ${TYPES.join(', ')}`;
  if (
    !Array.isArray(target) ||
    target.length === 0 ||
    !target.every((t) => typeof t === 'string' && TARGETS.includes(t))
  ) {
    return `\`target\` must be a non-empty array of ${TARGETS.join(', ')}`;
  }
  if (gitBranch !== undefined && gitBranch !== null && (typeof gitBranch !== 'string' || target.join() !== 'preview')) {
    return '`gitBranch` needs `target: ["preview"]`';
  }
  // Documented rule (api-facts C.1); the real error code is UNCONFIRMED, we send 400 bad_request.
  if (type === 'sensitive' && target.includes('development'))
    return 'Development environment variables cannot be made sensitive';
  return {
    key,
    value,
    type,
    target: target.map(String),
    ...(typeof gitBranch === 'string' ? { gitBranch } : {}),
    ...(typeof comment === 'string' ? { comment } : {}),
  };
}

export async function startVercelFake(options: VercelFakeOptions): Promise<VercelFake> {
  let lastTime = 0;
  // Strictly increasing, so "newest first" never depends on two events sharing a millisecond.
  const now = (): number => (lastTime = Math.max(Date.now() + (options.clockSkewMs ?? 0), lastTime + 1));
  const projects: FakeProject[] = options.projects.map((seed) => ({ ...seed, envs: [], deployments: [], hooks: [] }));
  const hooks = new Map<string, string>();
  const find = (idOrName: string): FakeProject | undefined =>
    projects.find((p) => p.id === idOrName || p.name === idOrName);
  const mustFind = (idOrName: string): FakeProject => {
    const p = find(idOrName);
    if (!p) throw new Error(`vercel fake: no project ${idOrName}`);
    return p;
  };
  const ownerOf = (d: FakeDeployment): FakeProject => mustFind(d.projectId);
  const visible = (d: FakeDeployment): boolean => !(d.source === 'seed' && ownerOf(d).noProductionDeployment === true);
  const allDeployments = (): FakeDeployment[] => projects.flatMap((p) => p.deployments);
  const findDeployment = (idOrUrl: string): FakeDeployment | undefined => {
    const host = idOrUrl.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    return allDeployments().find((d) => d.id === idOrUrl || d.url === host);
  };

  function deploy(
    p: FakeProject,
    source: FakeDeployment['source'],
    target: 'production' | null,
    extra: Partial<FakeDeployment> = {},
  ): FakeDeployment {
    const createdAt = now();
    const d: FakeDeployment = {
      id: `dpl_${randomId(28)}`,
      projectId: p.id,
      name: p.name,
      url: `${p.name}-${randomId(9).toLowerCase()}-fake-scope.vercel.app`,
      target,
      readyState: 'QUEUED',
      createdAt,
      source,
      polls: 0,
      outcome: p.deploymentOutcome ?? 'READY',
      meta: {},
      ...(target === 'production' && source !== 'seed' && fake.stagedProduction ? { staged: true } : {}),
      env: Object.fromEntries(
        p.envs.filter((e) => e.target.includes(target ?? 'preview')).map((e) => [e.key, e.value]),
      ),
      ...extra,
    };
    p.deployments.push(d);
    return d;
  }
  for (const p of projects) {
    if (p.noProductionDeployment) continue;
    const meta = { githubCommitRef: 'main', githubCommitSha: randomBytes(20).toString('hex') };
    const seed = deploy(p, 'seed', 'production', { readyState: 'READY', outcome: 'READY', meta });
    seed.buildingAt = seed.finishedAt = seed.createdAt;
  }

  function advance(d: FakeDeployment): void {
    d.polls += 1;
    if (d.readyState === 'QUEUED') {
      d.readyState = 'BUILDING';
      d.buildingAt = now();
    } else if (d.readyState === 'BUILDING') {
      d.readyState = d.outcome;
      d.finishedAt = now();
    }
  }

  const apiSource = { seed: 'git', redeploy: 'redeploy', hook: 'git-deploy-hook' } as const;
  const inspectorUrl = (d: FakeDeployment): string => `https://vercel.com/fake-scope/${d.name}/${d.id.slice(4)}`;
  const failure = (d: FakeDeployment): Json =>
    d.readyState === 'ERROR'
      ? { errorCode: 'BUILD_FAILED', errorMessage: 'Command "npm run build" exited with 1', buildErrorAt: d.finishedAt }
      : d.readyState === 'CANCELED'
        ? { errorMessage: CANCELED_MESSAGE, canceledAt: d.finishedAt }
        : {};
  /** Whether it serves production traffic: `readySubstate` (when reported) and the alias. */
  const traffic = (d: FakeDeployment): Json => {
    if (d.readyState !== 'READY') return { aliasAssigned: false };
    const live = !(d.target === 'production' && d.staged === true);
    const substate =
      d.target === 'production' && (options.reportsReadySubstate ?? true)
        ? { readySubstate: live ? 'PROMOTED' : 'STAGED' }
        : {};
    return { aliasAssigned: live, ...substate };
  };
  /** The full single-deployment shape (CreateDeploymentResponseBody2 / GetDeploymentResponseBody2). */
  function deploymentJson(d: FakeDeployment): Json {
    const ready = d.readyState === 'READY';
    return {
      id: d.id,
      url: d.url,
      name: d.name,
      projectId: d.projectId,
      ownerId: options.teamId ?? USER.uid,
      meta: d.meta,
      target: d.target,
      createdAt: d.createdAt,
      createdIn: 'iad1',
      bootedAt: d.createdAt,
      buildingAt: d.buildingAt ?? d.createdAt,
      ...(ready ? { ready: d.finishedAt } : {}),
      buildSkipped: false,
      build: { env: [] },
      env: [],
      creator: { uid: USER.uid, username: USER.username },
      inspectorUrl: inspectorUrl(d),
      isInConcurrentBuildsQueue: false,
      isInSystemBuildsQueue: false,
      plan: 'pro',
      projectSettings: {},
      public: false,
      readyState: d.readyState,
      status: d.readyState,
      regions: ['iad1'],
      routes: null,
      type: 'LAMBDAS',
      version: 2,
      source: apiSource[d.source],
      alias: ready && d.target === 'production' && !d.staged ? [`${d.name}.vercel.app`] : [],
      aliasError: null,
      ...traffic(d),
      ...failure(d),
    };
  }
  /** An item of `GET /v7/deployments`: `uid`, not `id`. */
  function listItemJson(d: FakeDeployment): Json {
    return {
      uid: d.id,
      name: d.name,
      url: d.url,
      created: d.createdAt,
      createdAt: d.createdAt,
      buildingAt: d.buildingAt ?? d.createdAt,
      ...(d.readyState === 'READY' ? { ready: d.finishedAt } : {}),
      readyState: d.readyState,
      state: d.readyState,
      target: d.target,
      projectId: d.projectId,
      type: 'LAMBDAS',
      creator: USER,
      inspectorUrl: inspectorUrl(d),
      meta: d.meta,
      source: apiSource[d.source],
      aliasError: null,
      isRollbackCandidate: d.readyState === 'READY' && d.target === 'production' && !d.staged,
      ...traffic(d),
      ...failure(d),
    };
  }
  // Sensitive values are write-only: no answer ever carries them.
  const envJson = (e: FakeEnv): Json => ({
    id: e.id,
    key: e.key,
    value: e.type === 'sensitive' ? '' : e.value,
    type: e.type,
    target: e.target,
    ...(e.gitBranch === undefined ? {} : { gitBranch: e.gitBranch }),
    ...(e.comment === undefined ? {} : { comment: e.comment }),
    configurationId: null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    createdBy: e.createdBy,
    updatedBy: e.updatedBy,
  });

  const notFound = (what: string): Reply => vercelError(404, 'not_found', `${what} not found`);
  /** The project as the caller may see it; a project of another scope does not exist for it. */
  function scoped(req: RecordedRequest, p: FakeProject | undefined): FakeProject | Reply {
    if (!p || p.missing || (req.query.get('teamId') ?? undefined) !== options.teamId) return notFound('Project');
    if (p.forbidden) return vercelError(403, 'forbidden', 'Not authorized');
    return p;
  }
  const isReply = (v: FakeProject | Reply): v is Reply => 'status' in v;

  function createEnv(req: RecordedRequest, p: FakeProject, body: unknown): Reply {
    const items = Array.isArray(body) ? body : [body];
    const inputs: EnvInput[] = [];
    for (const item of items) {
      const input = envInput(item);
      if (typeof input === 'string') return vercelError(400, 'bad_request', `Invalid request: ${input}`);
      inputs.push(input);
    }
    const upsert = req.query.get('upsert') === 'true';
    const created: FakeEnv[] = [];
    const failed: Json[] = [];
    for (const input of inputs) {
      const where = {
        key: input.key,
        envVarKey: input.key,
        target: input.target,
        ...(input.gitBranch ? { gitBranch: input.gitBranch } : {}),
      };
      if (p.envFailure) {
        // UNCONFIRMED code: a per-item failure of an otherwise accepted request.
        failed.push({
          error: {
            code: 'ENV_CREATE_FAILED',
            message: `Could not create the Environment Variable ${input.key}.`,
            ...where,
          },
        });
        continue;
      }
      const existing = p.envs.filter(
        (e) => e.key === input.key && e.gitBranch === input.gitBranch && e.target.some((t) => input.target.includes(t)),
      );
      if (existing.length > 0 && !upsert) {
        const message =
          'Another Environment Variable with the same Name and Environment exists in your project. Remove it or choose a different Name or Environment.';
        failed.push({ error: { code: 'ENV_ALREADY_EXISTS', message, envVarId: existing[0]?.id, ...where } });
        continue;
      }
      const t = now();
      // Upsert updates the value only: type and target stay as they were (api-facts C.1).
      for (const e of existing)
        Object.assign(
          e,
          { value: input.value, updatedAt: t, updatedBy: USER.uid },
          input.comment === undefined ? {} : { comment: input.comment },
        );
      if (existing.length === 0) {
        const e: FakeEnv = {
          id: randomId(16),
          ...input,
          createdAt: t,
          updatedAt: t,
          createdBy: USER.uid,
          updatedBy: USER.uid,
        };
        p.envs.push(e);
        existing.push(e);
      }
      created.push(...existing);
    }
    const one = created[0];
    return json(201, { created: Array.isArray(body) ? created.map(envJson) : one && envJson(one), failed });
  }

  function listEnvs(p: FakeProject): Reply {
    const shown = fake.hideProductionEnvs ? p.envs.filter((e) => !e.target.includes('production')) : p.envs;
    const envs = shown.map((e) => ({ ...envJson(e), securityIssues: [] }));
    return json(
      200,
      fake.hideProductionEnvs
        ? { envs, hiddenProductionEnvCount: p.envs.length - shown.length }
        : { envs, pagination: { count: envs.length, next: null, prev: null } },
    );
  }

  function listDeployments(req: RecordedRequest): Reply {
    const q = req.query;
    let pool: FakeDeployment[];
    const projectId = q.get('projectId');
    if (projectId !== null) {
      const p = scoped(req, find(projectId));
      if (isReply(p)) return p;
      pool = p.deployments;
    } else {
      pool =
        (q.get('teamId') ?? undefined) === options.teamId
          ? projects.filter((p) => !p.missing && !p.forbidden).flatMap((p) => p.deployments)
          : [];
    }
    const target = q.get('target');
    const states = q
      .get('state')
      ?.toUpperCase()
      .split(',')
      .map((s) => s.trim());
    const until = Number(q.get('until') ?? Infinity);
    const since = Number(q.get('since') ?? -Infinity);
    const found = pool
      .filter(
        (d) => visible(d) && (target === null || (target === 'preview' ? d.target === null : d.target === target)),
      )
      .filter((d) => (!states || states.includes(d.readyState)) && d.createdAt < until && d.createdAt > since)
      .sort((a, b) => b.createdAt - a.createdAt);
    const limit = Math.min(100, Math.max(1, Number(q.get('limit') ?? 20)));
    const page = found.slice(0, limit);
    // Seeing a deployment in a list is a poll too: the action polls readyState this way.
    for (const d of page) advance(d);
    const next = found.length > limit ? (page.at(-1)?.createdAt ?? null) : null;
    return json(200, { pagination: { count: page.length, next, prev: null }, deployments: page.map(listItemJson) });
  }

  function redeploy(req: RecordedRequest, body: unknown): Reply {
    if (!isObject(body) || typeof body.name !== 'string')
      return vercelError(400, 'bad_request', 'Invalid request: missing required property `name`');
    if (typeof body.deploymentId !== 'string')
      return vercelError(400, 'bad_request', 'Invalid request: the fake only creates redeploys (`deploymentId`)');
    const from = findDeployment(body.deploymentId);
    if (!from || !visible(from)) return notFound('Deployment');
    const p = scoped(req, ownerOf(from));
    if (isReply(p)) return p;
    const target = body.target === 'production' ? 'production' : null;
    const withLatestCommit = body.withLatestCommit === true;
    const d = deploy(p, 'redeploy', target, {
      redeployOf: from.id,
      withLatestCommit,
      meta: { ...from.meta, ...strings(body.meta) },
    });
    if (fake.redeployInheritsEnv && !withLatestCommit) d.env = { ...from.env };
    return json(200, deploymentJson(d));
  }

  function getDeployment(req: RecordedRequest, idOrUrl: string): Reply {
    const d = findDeployment(idOrUrl);
    if (!d || !visible(d)) return notFound('Deployment');
    const p = scoped(req, ownerOf(d));
    if (isReply(p)) return p.status === 404 ? notFound('Deployment') : p;
    advance(d);
    return json(200, deploymentJson(d));
  }

  function handle(req: RecordedRequest): Reply {
    const hook = /^\/v1\/integrations\/deploy\/([^/]+)\/([^/]+)$/.exec(req.path);
    if (hook) {
      // No auth and no teamId: the URL is the secret.
      const p = req.method === 'POST' ? find(hook[1] ?? '') : undefined;
      if (!p || p.missing || hooks.get(hook[2] ?? '') !== p.id) return notFound('Deploy Hook');
      const d = deploy(p, 'hook', 'production');
      return json(201, { job: { id: randomId(20), state: 'PENDING', createdAt: d.createdAt } });
    }
    if (req.headers.authorization !== `Bearer ${options.token}`)
      return vercelError(403, 'forbidden', 'Not authorized', { invalidToken: true });
    let body: unknown;
    try {
      body = req.body === '' ? undefined : JSON.parse(req.body);
    } catch {
      return vercelError(400, 'bad_request', 'Invalid JSON body');
    }
    const env = /^\/v10\/projects\/([^/]+)\/env$/.exec(req.path);
    if (env) {
      const p = scoped(req, find(decodeURIComponent(env[1] ?? '')));
      if (isReply(p)) return p;
      if (req.method === 'POST') return createEnv(req, p, body);
      if (req.method === 'GET') return listEnvs(p);
    }
    if (req.path === '/v7/deployments' && req.method === 'GET') return listDeployments(req);
    if (req.path === '/v13/deployments' && req.method === 'POST') return redeploy(req, body);
    const one = /^\/v13\/deployments\/([^/]+)$/.exec(req.path);
    if (one && req.method === 'GET') return getDeployment(req, decodeURIComponent(one[1] ?? ''));
    return vercelError(404, 'not_found', 'The requested API endpoint was not found');
  }

  const server = await startFake(handle, { latencyMs: options.latencyMs ?? 0 });
  const fake: VercelFake = Object.assign(server, {
    hideProductionEnvs: options.hideProductionEnvs ?? false,
    redeployInheritsEnv: options.redeployInheritsEnv ?? false,
    stagedProduction: options.stagedProduction ?? false,
    project: mustFind,
    env: (idOrName: string, key: string) => mustFind(idOrName).envs.find((e) => e.key === key),
    deployment: findDeployment,
    hookUrl(idOrName: string) {
      const p = mustFind(idOrName);
      const id = randomId(10);
      hooks.set(id, p.id);
      p.hooks.push(id);
      return `${server.url}/v1/integrations/deploy/${p.id}/${id}`;
    },
  });
  return fake;
}
