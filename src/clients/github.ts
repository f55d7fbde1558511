/**
 * GitHub REST client: `@octokit/core` with the paginate, retry and throttling plugins
 * registered, a timeout on every request, and GitHub's answers turned into classified
 * `ServiceError`s. Secrets follow https://docs.github.com/rest/actions/secrets (api-facts B.1).
 *
 * `@octokit/core` rather than `@actions/github`: the latter loads undici's own `fetch` (and
 * compiles its HTTP parser) at import for proxy support, which costs ~200 ms and ~60 MB in
 * every run; `clientFetch` loads it only when a proxy is configured.
 */
import * as core from '@actions/core';
import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { messageOf, ServiceError } from '../errors.ts';
import type { RepoRef, SecretScope, SecretVisibility } from '../model.ts';
import { repoName } from '../model.ts';
import { remainingMs } from './budget.ts';
import { clientFetch } from './http.ts';
import { seal } from './seal.ts';

export { warmUp as prepareWrites } from './seal.ts';

/**
 * Failed writes that may have reached GitHub on one of their tries, so may have taken effect
 * (`mayHaveLanded`): the errors `gitHubError` classifies, once marked.
 */
const LANDED = new WeakSet<object>();
/**
 * The request options of writes one of whose tries may have reached GitHub; Octokit passes the same
 * object to every try.
 */
const REACHED = new WeakSet<object>();

/** Node and undici codes of a connection that was never made or never trusted: nothing was sent. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
]);

/**
 * Whether one failed try may have reached GitHub. An answer did unless it is a 4xx (GitHub refused
 * the request and changed nothing); a fault without an answer did unless the connection was never
 * made (refused, unresolved, untrusted). A cut connection, a timeout, anything else: it may have.
 */
function mayHaveReached(error: unknown): boolean {
  if (isRequestError(error) && error.response !== undefined) return error.status < 400 || error.status >= 500;
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const { code, syscall } = e as { code?: unknown; syscall?: unknown };
    if ((typeof code === 'string' && NOT_SENT.has(code)) || syscall === 'connect' || syscall === 'getaddrinfo')
      return false;
  }
  return true;
}

/**
 * Marks the error of a write (any method but GET and HEAD) one of whose tries may have reached
 * GitHub. Registered before the retry and throttling plugins, so its hook sees every try: a PUT
 * whose first try was applied but answered 502 and whose retry was refused may still have landed.
 */
function lostAnswers(octokit: OctokitCore): void {
  octokit.hook.error('request', (error, options) => {
    const write = options.method !== 'GET' && options.method !== 'HEAD';
    if (write && (REACHED.has(options) || mayHaveReached(error))) {
      REACHED.add(options);
      LANDED.add(error);
    }
    throw error;
  });
}

/** `error`, marked as a write that may have landed (an answer arrived, but not one that says so). */
function landed<E extends object>(error: E): E {
  LANDED.add(error);
  return error;
}

const GitHub = OctokitCore.plugin(lostAnswers, paginateRest, retry, throttling);
export type Octokit = InstanceType<typeof GitHub>;

/** Longest wait for a rate limit we accept inside one run, in seconds; longer ones fail the call as retry-later. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;

/**
 * The spacing of content-creating requests (a new issue, a comment), in milliseconds: GitHub asks
 * for no more than 80 a minute (api-facts B.7). The first one of a run is not delayed.
 */
export const CONTENT_SPACING_MS = 750;

/**
 * One pacer of content-creating requests for the whole process: the channels' issues and the
 * job's issue are sent through clients of their own, and GitHub counts them together.
 */
let contentPacer: InstanceType<typeof Bottleneck.Group> | undefined;

/**
 * Creates an Octokit for `baseUrl` (GITHUB_API_URL; GHES and tests) authenticated with `token`.
 * Retries 5xx and honours primary (`x-ratelimit-reset`) and secondary (`retry-after`) limits once
 * when the wait is short; other 4xx are not retried. `timeoutMs` bounds every request.
 */
export function createOctokit(token: string, options: { baseUrl: string; timeoutMs: number }): Octokit {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const retrying = retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS && retryAfter * 1000 < remainingMs();
      core.warning(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ` +
          `${retrying ? `retrying in ${retryAfter} s` : 'not retrying'}.`,
      );
      return retrying;
    };
  return new GitHub({
    auth: token,
    baseUrl: options.baseUrl,
    userAgent: 'meta-token-refresh',
    request: { fetch: clientFetch(options.baseUrl, options.timeoutMs) },
    headers: { 'x-github-api-version': '2022-11-28' },
    // 5xx and network faults: two more tries, 1 s then 4 s later. Rate limits are the throttling plugin's.
    retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      // The plugin spaces writes one second apart by default; a refresh writes tens of secrets a
      // day at most, far below GitHub's secondary limits, so let a bounded pool run at once. The
      // secondary-limit handler above still backs off when GitHub asks.
      write: new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 }),
      // Issues and comments notify people: one at a time, `CONTENT_SPACING_MS` apart. Table mode
      // creates one per failed channel (up to its cap) and more for the channels that recovered.
      notifications: (contentPacer ??= new Bottleneck.Group({ maxConcurrent: 1, minTime: CONTENT_SPACING_MS })),
    },
  });
}

interface RequestErrorLike {
  status: number;
  message: string;
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return error instanceof Error && typeof (error as Partial<RequestErrorLike>).status === 'number';
}

/**
 * One item of the `errors` list GitHub adds to an error answer (a 422 "Validation Failed",
 * mostly; https://docs.github.com/rest/using-the-rest-api/troubleshooting-the-rest-api).
 * GitHub sends objects, and sometimes plain strings: those become `message`.
 */
export interface GitHubErrorItem {
  resource?: string;
  field?: string;
  code?: string;
  message?: string;
  /** The offending value(s), e.g. the login that cannot be assigned; [] when GitHub names none. */
  values: string[];
}

/** The `errors` of GitHub's answer in `error`, as thrown by Octokit; [] when there are none. */
export function gitHubErrorItems(error: unknown): GitHubErrorItem[] {
  if (!isRequestError(error)) return [];
  const data = error.response?.data;
  const errors = typeof data === 'object' && data !== null && 'errors' in data ? data.errors : undefined;
  if (!Array.isArray(errors)) return [];
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  return errors.flatMap((e: unknown): GitHubErrorItem[] => {
    if (typeof e === 'string') return e === '' ? [] : [{ message: e, values: [] }];
    if (typeof e !== 'object' || e === null) return [];
    const item = e as Record<string, unknown>;
    // `value` is a string, an integer or a list of strings in GitHub's description.
    const raw: unknown[] = Array.isArray(item.value) ? item.value : [item.value];
    const values = raw.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
    const [resource, field, code, message] = [
      text(item.resource),
      text(item.field),
      text(item.code),
      text(item.message),
    ];
    return [
      {
        ...(resource ? { resource } : {}),
        ...(field ? { field } : {}),
        ...(code ? { code } : {}),
        ...(message ? { message } : {}),
        values,
      },
    ];
  });
}

/** At most this many `errors` items go into a message; a validation failure rarely has more. */
const MAX_ERROR_ITEMS = 5;

/** `errors` as one line for a message, e.g. `assignees invalid: octo-gone; name already_exists`. */
function describeErrorItems(items: GitHubErrorItem[]): string {
  const described = items.map((e) => {
    // `custom` only says that `message` is free text.
    const what = [e.field, e.code === 'custom' && e.message ? undefined : e.code]
      .filter((w) => w !== undefined)
      .join(' ');
    const detail = e.message ?? (e.values.length > 0 ? e.values.join(', ') : '');
    return (what && detail ? `${what}: ${detail}` : what || detail).replace(/\s+/g, ' ').slice(0, 200);
  });
  const more = described.length > MAX_ERROR_ITEMS ? `; and ${described.length - MAX_ERROR_ITEMS} more` : '';
  return described.slice(0, MAX_ERROR_ITEMS).join('; ') + more;
}

/**
 * GitHub's `x-accepted-github-permissions` (sent to fine-grained PATs and GitHub Apps) in the
 * words of the token settings: `secrets=write` → `"Secrets: write"`. Sets of permissions that
 * each suffice are separated by `;` (joined with "or"); permissions one set needs together by
 * `,` (joined with "and"). Undefined when the header is absent or empty.
 */
export function acceptedPermissions(header: string | number | undefined): string | undefined {
  if (header === undefined) return undefined;
  const titled = (name: string): string =>
    name
      .split('_')
      .filter(Boolean)
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ');
  const sets = String(header)
    .split(';')
    .map((set) =>
      set
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => {
          const [name = '', level] = p.split('=').map((part) => part.trim());
          return `"${titled(name)}${level ? `: ${level}` : ''}"`;
        })
        .join(' and '),
    )
    .filter(Boolean);
  return sets.length > 0 ? sets.join(' or ') : undefined;
}

/**
 * Turns whatever Octokit threw while doing `action` into a classified `ServiceError`.
 * `permission` names what a 403 means is missing (e.g. `Secrets: write`); when GitHub says which
 * permissions it accepts (`x-accepted-github-permissions`), the hint names those instead. The
 * message carries GitHub's `errors` details, e.g. `HTTP 422: Validation Failed (assignees invalid: octo-gone)`.
 * A write that may have reached GitHub on any of its tries (see `mayHaveReached`) is `mayHaveLanded`.
 */
export function gitHubError(
  error: unknown,
  action: string,
  permission: string,
  where: { classic?: string; notFound?: string } = {},
): ServiceError {
  const mayHaveLanded = typeof error === 'object' && error !== null && LANDED.has(error);
  // No answer, a garbled one (a 2xx Octokit could not read), or a 5xx: worth a later retry.
  if (!isRequestError(error) || error.status < 400 || error.status >= 500) {
    const status = isRequestError(error) && error.status > 0 ? error.status : undefined;
    return new ServiceError({
      system: 'github',
      failureClass: 'retry-later',
      ...(status ? { status } : {}),
      message: `GitHub: ${action} failed: ${messageOf(error)}`,
      mayHaveLanded,
    });
  }
  const { status } = error;
  const data = error.response?.data;
  const apiMessage =
    typeof data === 'object' && data !== null && 'message' in data ? String(data.message) : error.message;
  const headers = error.response?.headers ?? {};
  const rateLimited =
    status === 429 ||
    (status === 403 &&
      (String(headers['x-ratelimit-remaining']) === '0' ||
        headers['retry-after'] !== undefined ||
        /rate limit/i.test(apiMessage)));
  const details = describeErrorItems(gitHubErrorItems(error));
  const base = {
    system: 'github' as const,
    status,
    mayHaveLanded,
    message:
      `GitHub: ${action} failed: HTTP ${status}: ${apiMessage.split('\n')[0] ?? ''}` + (details ? ` (${details})` : ''),
  };
  if (rateLimited)
    return new ServiceError({ ...base, failureClass: 'retry-later', hint: 'GitHub rate limit: the next run retries.' });
  const hints: Record<number, string> = {
    401:
      'github-token was rejected: it expired or was revoked. Mint a new one (fine-grained PAT or GitHub App ' +
      'token) and store it in the secret the workflow passes as github-token.',
    403: forbiddenHint(
      permission,
      acceptedPermissions(headers['x-accepted-github-permissions']),
      where.classic ?? 'repo',
    ),
    404:
      where.notFound ??
      'The repository does not exist or the token cannot see it: check the name, and add the repository to the ' +
        "token's repository access.",
  };
  return new ServiceError({
    ...base,
    failureClass: 'needs-human',
    hint: hints[status] ?? 'GitHub refused the request; see the message.',
  });
}

/** The 403 hint: the permission GitHub accepts when it said (`accepted`), else the caller's `permission`. */
function forbiddenHint(permission: string, accepted: string | undefined, classic: string): string {
  const wanted = accepted ?? `"${permission}"`;
  const said = accepted === undefined ? '' : " (GitHub's x-accepted-github-permissions)";
  // Only Actions secrets are out of GITHUB_TOKEN's reach; it can be granted issues and the rest.
  const secrets = /secrets/i.test(wanted)
    ? " The workflow's own GITHUB_TOKEN cannot write Actions secrets at all."
    : '';
  return (
    `github-token lacks the ${wanted} permission for this repository${said}. A fine-grained PAT needs ` +
    `${wanted} on it, a GitHub App installation the same permission, a classic PAT the \`${classic}\` scope.${secrets}`
  );
}

export interface PublicKey {
  key_id: string;
  /** Standard base64 of a 32-byte Curve25519 key. */
  key: string;
}

/** The routes of one place secrets live (api-facts B.1, B.2), and what a token needs there. */
interface ScopeRoutes {
  /** e.g. `/repos/{owner}/{repo}/actions/secrets` */
  base: string;
  params: Record<string, string>;
  /** e.g. `acme/app`, `environment production of acme/app`, for messages. */
  where: string;
  /** The fine-grained permission, e.g. `Secrets`; read or write is added. */
  permission: string;
  /** The classic PAT scope. */
  classic: string;
  /** What a 404 means there. */
  notFound: string;
}

const NOT_VISIBLE = "the token cannot see it: check the name, and add it to the token's resource access.";

function routesOf(scope: SecretScope): ScopeRoutes {
  switch (scope.kind) {
    case 'repository':
    case 'dependabot': {
      const app = scope.kind === 'repository' ? 'actions' : 'dependabot';
      return {
        base: `/repos/{owner}/{repo}/${app}/secrets`,
        params: { owner: scope.repo.owner, repo: scope.repo.repo },
        where: `${scope.kind === 'dependabot' ? 'the Dependabot secrets of ' : ''}${repoName(scope.repo)}`,
        permission: scope.kind === 'repository' ? 'Secrets' : 'Dependabot secrets',
        classic: 'repo',
        notFound: `The repository does not exist or ${NOT_VISIBLE}`,
      };
    }
    case 'environment':
      return {
        base: '/repos/{owner}/{repo}/environments/{environment_name}/secrets',
        params: { owner: scope.repo.owner, repo: scope.repo.repo, environment_name: scope.environment },
        where: `environment ${scope.environment} of ${repoName(scope.repo)}`,
        permission: 'Environments',
        classic: 'repo',
        notFound:
          `The repository or its environment ${scope.environment} does not exist (create it under Settings ` +
          `→ Environments), or ${NOT_VISIBLE}`,
      };
    case 'organization':
      return {
        base: '/orgs/{org}/actions/secrets',
        params: { org: scope.org },
        where: `organization ${scope.org}`,
        permission: 'Secrets (organization)',
        classic: 'admin:org',
        notFound: `The organization does not exist or ${NOT_VISIBLE}`,
      };
  }
}

// Every place answers these routes with the same shapes; Octokit fills any route's placeholders
// from the parameters, so each call is typed as the repository route it mirrors.
type KeyRoute = 'GET /repos/{owner}/{repo}/actions/secrets/public-key';
type SecretRoute = 'GET /repos/{owner}/{repo}/actions/secrets/{secret_name}';
type PutRoute = 'PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}';
type RepoParams = { owner: string; repo: string };

/** The public key of `scope` (`GET …/secrets/public-key`). Throws `ServiceError`. */
export async function getPublicKey(octokit: Octokit, scope: SecretScope): Promise<PublicKey> {
  const r = routesOf(scope);
  try {
    const { data } = await octokit.request(`GET ${r.base}/public-key` as KeyRoute, r.params as RepoParams);
    if (typeof data.key_id !== 'string' || typeof data.key !== 'string')
      throw new Error('GitHub answered without a key_id and key');
    return { key_id: data.key_id, key: data.key };
  } catch (error) {
    throw failed(error, `reading the public key of ${r.where}`, r, 'read');
  }
}

function failed(error: unknown, action: string, r: ScopeRoutes, level: 'read' | 'write'): ServiceError {
  return gitHubError(error, action, `${r.permission}: ${level}`, { classic: r.classic, notFound: r.notFound });
}

/**
 * What a secret's metadata says: when it was last written (unix seconds) and, for an organization
 * secret, who may use it.
 */
export interface SecretState {
  updatedAt: number;
  visibility?: SecretVisibility;
}

/** The secret `name` of `scope` (`GET …/secrets/{secret_name}`), or `missing`. Throws `ServiceError`. */
export async function getSecretState(
  octokit: Octokit,
  scope: SecretScope,
  name: string,
): Promise<SecretState | 'missing'> {
  const r = routesOf(scope);
  try {
    const { data } = await octokit.request(`GET ${r.base}/{secret_name}` as SecretRoute, {
      ...(r.params as RepoParams),
      secret_name: name,
    });
    const updatedAt = Date.parse(data.updated_at);
    if (Number.isNaN(updatedAt)) throw new Error(`GitHub answered without a valid updated_at`);
    const { visibility } = data as { visibility?: unknown };
    const known = visibility === 'all' || visibility === 'private' || visibility === 'selected';
    return { updatedAt: Math.floor(updatedAt / 1000), ...(known ? { visibility } : {}) };
  } catch (error) {
    if ((error as { status?: unknown }).status === 404) return 'missing';
    throw failed(error, `reading the secret ${name} of ${r.where}`, r, 'read');
  }
}

/**
 * The ids of the repositories an organization secret with `selected` visibility is shared with
 * (`GET /orgs/{org}/actions/secrets/{secret_name}/repositories`, every page). Throws `ServiceError`.
 */
export async function getSelectedRepositories(octokit: Octokit, org: string, name: string): Promise<number[]> {
  const r = routesOf({ kind: 'organization', org, visibility: undefined });
  try {
    const ids: number[] = [];
    for await (const { data } of octokit.paginate.iterator(
      'GET /orgs/{org}/actions/secrets/{secret_name}/repositories',
      {
        org,
        secret_name: name,
        per_page: 100,
      },
    )) {
      ids.push(...data.map((repo) => Number(repo.id)));
    }
    return ids;
  } catch (error) {
    throw failed(error, `reading the repositories of the secret ${name} of ${r.where}`, r, 'read');
  }
}

/**
 * Seals `value` with `publicKey` and writes it to the secret `name` of `scope`
 * (`PUT …/secrets/{secret_name}` with `encrypted_value` and `key_id`; for an organization also
 * `visibility`, which GitHub requires and sets, and for `selected` the `selected_repository_ids`,
 * which GitHub does not document keeping when they are left out). Returns `created` (201) or
 * `updated` (204). Throws `ServiceError`, `mayHaveLanded` when GitHub may have stored the value all
 * the same (an answer lost or cut off, or not 201 or 204).
 */
export async function putSecret(
  octokit: Octokit,
  scope: SecretScope,
  name: string,
  publicKey: PublicKey,
  value: string,
  organization?: { visibility: SecretVisibility; selectedRepositoryIds?: number[] },
): Promise<'created' | 'updated'> {
  const r = routesOf(scope);
  try {
    const encrypted_value = await seal(publicKey.key, value);
    const { status } = await octokit.request(`PUT ${r.base}/{secret_name}` as PutRoute, {
      ...(r.params as RepoParams),
      secret_name: name,
      encrypted_value,
      key_id: publicKey.key_id,
      ...(organization
        ? {
            visibility: organization.visibility,
            ...(organization.selectedRepositoryIds
              ? { selected_repository_ids: organization.selectedRepositoryIds }
              : {}),
          }
        : {}),
    });
    // GitHub documents 201 (created) and 204 (updated); Octokit's types know only 201. Anything
    // else is no proof that the secret was written, nor that it was not.
    const code = status as number;
    if (code !== 201 && code !== 204) throw landed(new Error(`GitHub answered HTTP ${code}, not 201 or 204`));
    return code === 201 ? 'created' : 'updated';
  } catch (error) {
    throw failed(error, `writing the secret ${name} of ${r.where}`, r, 'write');
  }
}

const VARIABLES: ScopeRoutes = {
  base: '',
  params: {},
  where: '',
  permission: 'Variables',
  classic: 'repo',
  notFound: `The repository does not exist or ${NOT_VISIBLE}`,
};

/**
 * The repository variable `name` of `ref` (`GET /repos/{owner}/{repo}/actions/variables/{name}`):
 * its value and when it was last written (unix seconds), or `missing`. Throws `ServiceError`.
 */
export async function getVariable(
  octokit: Octokit,
  ref: RepoRef,
  name: string,
): Promise<{ value: string; updatedAt: number } | 'missing'> {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/variables/{name}', { ...ref, name });
    const updatedAt = Date.parse(data.updated_at);
    if (Number.isNaN(updatedAt)) throw new Error('GitHub answered without a valid updated_at');
    return { value: data.value, updatedAt: Math.floor(updatedAt / 1000) };
  } catch (error) {
    if ((error as { status?: unknown }).status === 404) return 'missing';
    throw failed(error, `reading the variable ${name} of ${repoName(ref)}`, VARIABLES, 'read');
  }
}

/**
 * Sets the repository variable `name` of `ref` to `value`: `PATCH …/actions/variables/{name}`
 * (204), or, when it does not exist yet (404), `POST …/actions/variables` (201). Returns
 * `updated` or `created`. Throws `ServiceError`.
 */
export async function setVariable(
  octokit: Octokit,
  ref: RepoRef,
  name: string,
  value: string,
): Promise<'created' | 'updated'> {
  try {
    await octokit.request('PATCH /repos/{owner}/{repo}/actions/variables/{name}', { ...ref, name, value });
    return 'updated';
  } catch (error) {
    if ((error as { status?: unknown }).status !== 404) {
      throw failed(error, `updating the variable ${name} of ${repoName(ref)}`, VARIABLES, 'write');
    }
  }
  try {
    await octokit.request('POST /repos/{owner}/{repo}/actions/variables', { ...ref, name, value });
    return 'created';
  } catch (error) {
    throw failed(error, `creating the variable ${name} of ${repoName(ref)}`, VARIABLES, 'write');
  }
}

/** When the newest commit of `ref`'s default branch was made (committer date, unix ms). Throws `ServiceError`. */
export async function lastCommitTime(octokit: Octokit, ref: RepoRef): Promise<number> {
  const contents: ScopeRoutes = { ...VARIABLES, permission: 'Contents' };
  try {
    const { data: repo } = await octokit.request('GET /repos/{owner}/{repo}', { ...ref });
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
      ...ref,
      ref: repo.default_branch,
    });
    const date = Date.parse(data.commit.committer?.date ?? data.commit.author?.date ?? '');
    if (Number.isNaN(date)) throw new Error('GitHub answered without the commit date');
    return date;
  } catch (error) {
    throw failed(error, `reading the last commit of ${repoName(ref)}`, contents, 'read');
  }
}

/**
 * Enables the workflow `file` (e.g. `refresh.yml`) of `ref` (`PUT
 * …/actions/workflows/{workflow_id}/enable`). Throws `ServiceError`.
 */
export async function enableWorkflow(octokit: Octokit, ref: RepoRef, file: string): Promise<void> {
  try {
    await octokit.request('PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable', {
      ...ref,
      workflow_id: file,
    });
  } catch (error) {
    throw failed(
      error,
      `enabling the workflow ${file} of ${repoName(ref)}`,
      { ...VARIABLES, permission: 'Actions' },
      'write',
    );
  }
}
