/**
 * A fake of the GitHub REST API endpoints the action calls (Actions secrets of a repository, an
 * environment or an organization, Dependabot secrets, issues, comments, labels, repository Actions
 * variables, enabling a workflow, the default branch's last commit). Requests and the fake's own responses are checked against GitHub's OpenAPI
 * description (test/fixtures/github-openapi.subset.json), so a drift on either side shows up in tests:
 * a bad request gets the 422 GitHub would send, a bad response lands in `contractViolations`.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import nacl from 'tweetnacl';
import { json, startFake } from './server.ts';
import type { FakeServer, RecordedRequest, Reply } from './server.ts';

// Untyped CommonJS package; this is the one function we use.
const sealedbox = createRequire(import.meta.url)('tweetnacl-sealedbox-js') as {
  open(cipher: Uint8Array, publicKey: Uint8Array, secretKey: Uint8Array): Uint8Array | null;
};

type Level = 'read' | 'write';
/**
 * A token's permissions on one repository (`owner/repo`) or organization (`org:NAME`), named as
 * GitHub's fine-grained permissions are: `secrets` (repository Actions secrets), `environments`
 * (environment secrets), `dependabot_secrets`, `issues`, `variables` (repository Actions variables;
 * GitHub's 403 header calls it `actions_variables`), `actions` (enabling a workflow), `contents`
 * (reading a commit); `organization_secrets` on an organization. Metadata (the repository itself)
 * needs no grant. Nothing else is implied, not even for `ghs_` tokens: a GitHub App installation
 * token holds only what the app asked for, and a GITHUB_TOKEN whose workflow names `permissions:`
 * loses every one it does not name (`contents` too), so a test grants `contents: 'read'` itself.
 */
export interface Grant {
  secrets?: Level;
  issues?: Level;
  environments?: Level;
  dependabot_secrets?: Level;
  organization_secrets?: Level;
  variables?: Level;
  actions?: Level;
  contents?: Level;
}
/** GitHub's name in `x-accepted-github-permissions` where it differs from the grant's. */
const ACCEPTED_NAME: Partial<Record<keyof Grant, string>> = { variables: 'actions_variables' };
/** Where a repository's secret lives: its Actions secrets (the default), one environment's, or Dependabot's. */
export type SecretPlace = { environment: string } | { dependabot: true };
export type OrgSecretVisibility = 'all' | 'private' | 'selected';
export interface GitHubFakeOptions {
  /**
   * Grants per token, per repository (`owner/repo`) or organization (`org:NAME`). A token sees an
   * organization it has an `org:NAME` entry for or a repository of (a GitHub App installed on it, a
   * fine-grained PAT owned by it); any other organization is a 404, as a repository without a grant is.
   */
  tokens: Record<string, Record<string /* owner/repo | org:NAME */, Grant>>;
  latencyMs?: number;
  /** Login per token; default `github-actions[bot]` for `ghs_…`, else the token minus its prefix. */
  logins?: Record<string, string>;
  /** Clock for timestamps. */
  now?: () => Date;
  /**
   * Logins that can be assigned issues, per repository (`owner/repo`); a repository not listed
   * takes any login. Creating an issue with any other assignee is refused as GitHub does: 422,
   * `errors[]` naming each login (field `assignees`, code `invalid`), and no issue.
   */
  assignable?: Record<string /* owner/repo */, string[]>;
  /** Deployment environments per repository (`owner/repo`); more with `seedEnvironment`. Names are matched without regard to case. */
  environments?: Record<string /* owner/repo */, string[]>;
  /**
   * What an organization secret PUT with `visibility: selected` and no `selected_repository_ids`
   * does to the secret's selected repositories; GitHub does not document it. true (default, the
   * worst case): the selection is replaced by an empty one. false: the previous selection is kept.
   */
  orgSelectedPutWithoutIdsClears?: boolean;
  /** Default branch per repository (`owner/repo`); default `main`. */
  defaultBranches?: Record<string /* owner/repo */, string>;
}
export interface StoredSecret {
  name: string;
  value: string;
  created_at: string;
  updated_at: string;
}
export interface StoredOrgSecret extends StoredSecret {
  visibility: OrgSecretVisibility;
  selected_repository_ids: number[];
}
/** A repository's Actions variable, as GitHub serves it. */
export interface StoredVariable {
  name: string;
  value: string;
  created_at: string;
  updated_at: string;
}
/** A workflow's state as GitHub names it (`state` of the workflow schema). */
export type WorkflowState = 'active' | 'deleted' | 'disabled_fork' | 'disabled_inactivity' | 'disabled_manually';
export interface SeedOrgSecret {
  visibility: OrgSecretVisibility;
  selectedRepositoryIds?: number[];
  updatedAt?: Date;
}
export interface FakeComment {
  id: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}
export interface FakeIssue {
  number: number;
  id: number;
  title: string;
  body: string | null;
  user: string;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  labels: string[];
  assignees: string[];
  pull_request: boolean;
  comments: FakeComment[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: string | null;
}
export interface SeedIssue {
  title: string;
  body?: string | null;
  labels?: string[];
  user?: string;
  state?: 'open' | 'closed';
  pull_request?: boolean;
}
export interface GitHubFake extends FakeServer {
  contractViolations: string[];
  /** A repository's secret (its Actions secret unless `where` says otherwise), with its opened value. */
  secret(repo: string, name: string, where?: SecretPlace): StoredSecret | undefined;
  /** Seeds an existing secret (created_at = updated_at); an environment named in `where` is created if missing. */
  seedSecret(repo: string, name: string, value: string, updatedAt?: Date, where?: SecretPlace): void;
  seedSecret(repo: string, name: string, value: string, where: SecretPlace): void;
  /** The key GitHub serves for that place; throws for an environment that does not exist. */
  publicKey(repo: string, where?: SecretPlace): { key_id: string; key: string };
  /** A new key pair for that place only: boxes sealed for the old one are refused (422). */
  rotateKey(repo: string, where?: SecretPlace): void;
  seedEnvironment(repo: string, name: string): void;
  environments(repo: string): string[];
  /** The repository's numeric id, the one `selected_repository_ids` name. */
  repoId(repo: string): number;
  orgSecret(org: string, name: string): StoredOrgSecret | undefined;
  seedOrgSecret(org: string, name: string, value: string, options: SeedOrgSecret): void;
  orgPublicKey(org: string): { key_id: string; key: string };
  rotateOrgKey(org: string): void;
  issues(repo: string): FakeIssue[];
  seedIssue(repo: string, issue: SeedIssue): FakeIssue;
  labels(repo: string): string[];
  /** A repository's Actions variable; names are matched without regard to case (stored upper-case, as secrets are). */
  variable(repo: string, name: string): StoredVariable | undefined;
  /** Seeds an existing variable (created_at = updated_at, default now). */
  seedVariable(repo: string, name: string, value: string, updatedAt?: Date): void;
  /**
   * Declares a workflow file of the repository (`refresh.yml`, or `.github/workflows/refresh.yml`)
   * in a state (default `active`); returns its numeric id, which the API takes as well as the file name.
   */
  seedWorkflow(repo: string, file: string, options?: { state?: WorkflowState }): number;
  /** The state of a declared workflow file; undefined for one never declared. */
  workflow(repo: string, file: string): WorkflowState | undefined;
  /**
   * Makes a new last commit on the default branch, authored and committed at `date` (default now);
   * returns its sha. Until then the last commit is dated when the fake first knew the repository.
   */
  seedLastCommit(repo: string, date?: Date): string;
}

// ---- OpenAPI 3.0 → JSON Schema (draft-07), compiled once per process ----

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
const obj = (v: Json | undefined): JsonObject => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {});
const str = (v: Json | undefined, fallback = ''): string =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : fallback;
const SPEC = 'github-openapi';

/** `nullable` has no JSON Schema meaning; refs are re-rooted so any fragment compiles on its own. */
function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node))
    out[k] = k === '$ref' && typeof v === 'string' ? v.replace(/^#/, `${SPEC}#`) : toJsonSchema(v);
  if (out.nullable !== true) return out;
  delete out.nullable;
  if (typeof out.type !== 'string') return { anyOf: [out, { type: 'null' }] };
  out.type = [out.type, 'null'];
  // An enum is checked on its own: without null in it, `type: [x, 'null']` still rejects null.
  if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  return out;
}

const raw = JSON.parse(
  readFileSync(new URL('../fixtures/github-openapi.subset.json', import.meta.url), 'utf8'),
) as JsonObject;
const doc = obj(toJsonSchema(raw));
const paths = obj(doc.paths);

const ajv = new Ajv({ strict: false, allErrors: true, verbose: true });
// ajv-formats is CommonJS; under NodeNext its default import is typed as the module object.
(formatsPlugin as unknown as (a: Ajv) => Ajv)(ajv);
ajv.addFormat('timestamp', true); // OpenAPI-only format name; GitHub gives no grammar for it
ajv.addSchema({ $id: SPEC, components: doc.components ?? {} });

function deref(node: Json | undefined): JsonObject {
  const o = obj(node);
  if (typeof o.$ref !== 'string') return o;
  return deref((o.$ref.split('#/')[1] ?? '').split('/').reduce<Json>((at, key) => obj(at)[key] ?? null, doc));
}
const jsonSchema = (holder: Json | undefined): Json | undefined =>
  obj(obj(deref(holder).content)['application/json']).schema;

/** `responses`: per documented status, the body validator, or null when that status has no JSON body. */
interface Operation {
  docs: string;
  params: ValidateFunction;
  numeric: Set<string>;
  body?: ValidateFunction;
  responses: Map<number, ValidateFunction | null>;
}
const operations = new Map<string, Operation>();
function operation(method: string, path: string): Operation {
  const cached = operations.get(`${method} ${path}`);
  if (cached) return cached;
  const spec = obj(obj(paths[path])[method.toLowerCase()]);
  const properties: JsonObject = {};
  const required: string[] = [];
  const numeric = new Set<string>();
  for (const p of Array.isArray(spec.parameters) ? spec.parameters : []) {
    const param = deref(p);
    const name = str(param.name);
    properties[name] = param.schema ?? {};
    if (param.required === true) required.push(name);
    if (['integer', 'number'].includes(str(obj(param.schema).type))) numeric.add(name);
  }
  const bodySchema = jsonSchema(spec.requestBody);
  const op: Operation = {
    docs: str(obj(spec.externalDocs).url, 'https://docs.github.com/rest'),
    params: ajv.compile({ type: 'object', properties, required }),
    numeric,
    body: bodySchema === undefined ? undefined : ajv.compile(obj(bodySchema)),
    responses: new Map(
      Object.entries(obj(spec.responses)).map(([status, r]) => {
        const schema = jsonSchema(r);
        return [Number(status), schema === undefined ? null : ajv.compile(obj(schema))];
      }),
    ),
  };
  operations.set(`${method} ${path}`, op);
  return op;
}

/** Words GitHub uses for a request that does not fit the schema. */
function describe(e: ErrorObject): string {
  if (e.keyword === 'required') return `"${String(e.params.missingProperty)}" wasn't supplied.`;
  const value = typeof e.data === 'string' ? e.data : JSON.stringify(e.data);
  if (e.keyword === 'pattern') return `${value} does not match /${String(e.params.pattern)}/.`;
  return `For 'properties${e.instancePath}', ${value} ${e.message ?? 'is invalid'}.`;
}
const invalid = (docs: string, errors: ErrorObject[]): Reply =>
  json(422, {
    message: `Invalid request.\n\n${[...new Set(errors.map(describe))].join('\n')}`,
    documentation_url: docs,
  });

// ---- the fake ----

const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const NOT_FOUND = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };
const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})+$|^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)$/;
const MAX_SECRET_BYTES = 48 * 1024;
const reactions = (url: string): JsonObject => ({
  url,
  total_count: 0,
  '+1': 0,
  '-1': 0,
  laugh: 0,
  hooray: 0,
  confused: 0,
  heart: 0,
  rocket: 0,
  eyes: 0,
});

interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
}
interface Key {
  key_id: string;
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}
/** One place secrets live, with its own key pair: GitHub opens a box only with the key of the place it is stored in. */
interface Scope<S extends StoredSecret = StoredSecret> {
  key: Key;
  secrets: Map<string, S>;
}
interface Environment extends Scope {
  name: string;
}
interface Repo extends Scope {
  owner: string;
  name: string;
  id: number;
  created_at: string;
  issues: FakeIssue[];
  labels: Map<string, Label>;
  /** Keyed by lower-case name: GitHub's environment names are not case sensitive. */
  environments: Map<string, Environment>;
  dependabot: Scope;
  /** Keyed by upper-case name: GitHub's variable names are not case sensitive. */
  variables: Map<string, StoredVariable>;
  /** Keyed by file name (`refresh.yml`). */
  workflows: Map<string, Workflow>;
  default_branch: string;
  /** The default branch's head. */
  head: Commit;
}
interface Workflow {
  id: number;
  file: string;
  state: WorkflowState;
}
interface Commit {
  sha: string;
  tree: string;
  date: string;
  parents: string[];
}
interface Org extends Scope<StoredOrgSecret> {
  login: string;
}
interface Base {
  req: RecordedRequest;
  op: Operation;
  grant: Grant;
  login: string;
  params: Record<string, string>;
  body: JsonObject;
}
interface Ctx extends Base {
  repo: Repo;
}
interface OrgCtx extends Base {
  org: Org;
}
/** `run` gets the grant key the token matched (`owner/repo`, or `org:NAME` for organization routes). */
interface Route {
  method: string;
  path: string;
  pattern: RegExp;
  names: string[];
  need: Grant;
  run: (c: Base, grantKey: string) => Reply;
}

const newKey = (): Key => ({ key_id: `${randomInt(1e8, 1e9)}${randomInt(1e8, 1e9)}`, ...nacl.box.keyPair() });
const allows = (grant: Grant, need: Grant): boolean =>
  Object.entries(need).every(
    ([name, level]) => !level || grant[name as keyof Grant] === 'write' || grant[name as keyof Grant] === level,
  );
const ORG_PREFIX = 'org:';

export async function startGitHubFake(options: GitHubFakeOptions): Promise<GitHubFake> {
  const now = options.now ?? (() => new Date());
  const repos = new Map<string, Repo>();
  const orgs = new Map<string, Org>();
  const userIds = new Map<string, number>([['github-actions[bot]', 41898282]]);
  const used = new Map<string, number>();
  const resetAt = Math.floor(now().getTime() / 1000) + 3600;
  let ids = 1_000;
  const loginOf = (token: string): string =>
    options.logins?.[token] ??
    (token.startsWith('ghs_')
      ? 'github-actions[bot]'
      : token.replace(/^(ghp|gho|ghu|github_pat)_/, '').replace(/_/g, '-'));

  function repoState(fullName: string): Repo {
    const [owner = '', name = ''] = fullName.split('/');
    const repo = repos.get(fullName.toLowerCase()) ?? {
      owner,
      name,
      id: 700_000_000 + (ids += 1),
      created_at: iso(now()),
      key: newKey(),
      secrets: new Map(),
      issues: [],
      labels: new Map(),
      environments: new Map(),
      dependabot: { key: newKey(), secrets: new Map() },
      variables: new Map(),
      workflows: new Map(),
      default_branch: defaultBranchOf(fullName),
      head: newCommit(now()),
    };
    repos.set(fullName.toLowerCase(), repo);
    return repo;
  }
  function defaultBranchOf(fullName: string): string {
    const key = Object.keys(options.defaultBranches ?? {}).find((k) => k.toLowerCase() === fullName.toLowerCase());
    return (key === undefined ? undefined : options.defaultBranches?.[key]) ?? 'main';
  }
  const newCommit = (date: Date, parents: string[] = []): Commit => ({
    sha: randomBytes(20).toString('hex'),
    tree: randomBytes(20).toString('hex'),
    date: iso(date),
    parents,
  });
  const workflowFile = (file: string): string => file.replace(/^\.?\/?\.github\/workflows\//, '');
  function orgState(login: string): Org {
    const org = orgs.get(login.toLowerCase()) ?? { login, key: newKey(), secrets: new Map() };
    orgs.set(login.toLowerCase(), org);
    return org;
  }
  function seedEnvironment(repo: string, name: string): Environment {
    const r = repoState(repo);
    const env = r.environments.get(name.toLowerCase()) ?? { name, key: newKey(), secrets: new Map() };
    r.environments.set(name.toLowerCase(), env);
    return env;
  }
  /** The place `where` names in `repo`; undefined for an environment that does not exist. */
  function scopeOf(repo: string, where?: SecretPlace): Scope | undefined {
    const r = repoState(repo);
    if (where === undefined) return r;
    return 'environment' in where ? r.environments.get(where.environment.toLowerCase()) : r.dependabot;
  }
  function existingScope(repo: string, where?: SecretPlace): Scope {
    const scope = scopeOf(repo, where);
    if (!scope)
      throw new Error(
        `GitHub fake: ${repo} has no environment ${JSON.stringify(where)}; seed it with seedEnvironment()`,
      );
    return scope;
  }
  for (const grants of Object.values(options.tokens)) {
    for (const key of Object.keys(grants)) {
      if (key.startsWith(ORG_PREFIX)) orgState(key.slice(ORG_PREFIX.length));
      else repoState(key);
    }
  }
  for (const [repo, names] of Object.entries(options.environments ?? {}))
    for (const name of names) seedEnvironment(repo, name);

  const api = (r: Repo): string => `${server.url}/repos/${r.owner}/${r.name}`;
  function user(login: string): JsonObject {
    const id = userIds.get(login) ?? 10_000 + userIds.size;
    userIds.set(login, id);
    const url = `${server.url}/users/${encodeURIComponent(login)}`;
    const bot = login.endsWith('[bot]');
    return {
      login,
      id,
      node_id: `U_kgDO${id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url,
      html_url: bot ? `https://github.com/apps/${login.slice(0, -5)}` : `https://github.com/${login}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: bot ? 'Bot' : 'User',
      user_view_type: 'public',
      site_admin: false,
    };
  }
  function ensureLabel(r: Repo, name: string, color = 'ededed', description: string | null = null): Label {
    const label = r.labels.get(name.toLowerCase()) ?? { id: (ids += 1), name, color, description };
    r.labels.set(name.toLowerCase(), label);
    return label;
  }
  const labelJson = (r: Repo, l: Label): JsonObject => ({
    id: l.id,
    node_id: `LA_kwDO${l.id}`,
    url: `${api(r)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: false,
    description: l.description,
  });
  function issueJson(r: Repo, i: FakeIssue): JsonObject {
    const url = `${api(r)}/issues/${i.number}`;
    const html = `https://github.com/${r.owner}/${r.name}/${i.pull_request ? 'pull' : 'issues'}/${i.number}`;
    const pr = `${api(r)}/pulls/${i.number}`;
    return {
      url,
      repository_url: api(r),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: html,
      id: i.id,
      node_id: `I_kwDO${i.id}`,
      number: i.number,
      title: i.title,
      user: user(i.user),
      labels: i.labels.map((n) => labelJson(r, ensureLabel(r, n))),
      state: i.state,
      locked: false,
      assignee: i.assignees[0] === undefined ? null : user(i.assignees[0]),
      assignees: i.assignees.map(user),
      milestone: null,
      comments: i.comments.length,
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_at: i.closed_at,
      author_association: i.user === r.owner ? 'OWNER' : 'NONE',
      type: null,
      active_lock_reason: null,
      body: i.body,
      closed_by: i.closed_by === null ? null : user(i.closed_by),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null,
      state_reason: i.state_reason,
      reactions: reactions(`${url}/reactions`),
      ...(i.pull_request
        ? {
            draft: false,
            pull_request: {
              url: pr,
              html_url: html,
              diff_url: `${html}.diff`,
              patch_url: `${html}.patch`,
              merged_at: null,
            },
          }
        : {}),
    };
  }
  const commentJson = (r: Repo, i: FakeIssue, c: FakeComment): JsonObject => ({
    id: c.id,
    node_id: `IC_kwDO${c.id}`,
    url: `${api(r)}/issues/comments/${c.id}`,
    html_url: `https://github.com/${r.owner}/${r.name}/issues/${i.number}#issuecomment-${c.id}`,
    body: c.body,
    user: user(c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${api(r)}/issues/${i.number}`,
    author_association: c.user === r.owner ? 'OWNER' : 'NONE',
    performed_via_github_app: null,
    reactions: reactions(`${api(r)}/issues/comments/${c.id}/reactions`),
  });
  function repoJson(r: Repo, grant: Grant): JsonObject {
    const url = `${server.url}/repos/${r.owner}/${r.name}`;
    const links = Object.fromEntries(
      Object.entries({
        archive: '/{archive_format}{/ref}',
        assignees: '/assignees{/user}',
        blobs: '/git/blobs{/sha}',
        branches: '/branches{/branch}',
        collaborators: '/collaborators{/collaborator}',
        comments: '/comments{/number}',
        commits: '/commits{/sha}',
        compare: '/compare/{base}...{head}',
        contents: '/contents/{+path}',
        contributors: '/contributors',
        deployments: '/deployments',
        downloads: '/downloads',
        events: '/events',
        forks: '/forks',
        git_commits: '/git/commits{/sha}',
        git_refs: '/git/refs{/sha}',
        git_tags: '/git/tags{/sha}',
        hooks: '/hooks',
        issue_comment: '/issues/comments{/number}',
        issue_events: '/issues/events{/number}',
        issues: '/issues{/number}',
        keys: '/keys{/key_id}',
        labels: '/labels{/name}',
        languages: '/languages',
        merges: '/merges',
        milestones: '/milestones{/number}',
        notifications: '/notifications{?since,all,participating}',
        pulls: '/pulls{/number}',
        releases: '/releases{/id}',
        stargazers: '/stargazers',
        statuses: '/statuses/{sha}',
        subscribers: '/subscribers',
        subscription: '/subscription',
        tags: '/tags',
        teams: '/teams',
        trees: '/git/trees{/sha}',
      }).map(([k, suffix]) => [`${k}_url`, url + suffix]),
    );
    const push = grant.secrets === 'write' || grant.issues === 'write' || grant.contents === 'write';
    const open = r.issues.filter((i) => i.state === 'open').length;
    return {
      id: r.id,
      node_id: `R_kgDO${r.id}`,
      name: r.name,
      full_name: `${r.owner}/${r.name}`,
      private: true,
      owner: user(r.owner),
      html_url: `https://github.com/${r.owner}/${r.name}`,
      description: null,
      fork: false,
      url,
      ...links,
      created_at: r.created_at,
      updated_at: r.created_at,
      pushed_at: r.head.date,
      git_url: `git://github.com/${r.owner}/${r.name}.git`,
      ssh_url: `git@github.com:${r.owner}/${r.name}.git`,
      clone_url: `https://github.com/${r.owner}/${r.name}.git`,
      svn_url: `https://github.com/${r.owner}/${r.name}`,
      homepage: null,
      mirror_url: null,
      language: null,
      license: null,
      size: 0,
      default_branch: r.default_branch,
      visibility: 'private',
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      forks_count: 0,
      forks: 0,
      open_issues_count: open,
      open_issues: open,
      network_count: 0,
      subscribers_count: 0,
      archived: false,
      disabled: false,
      has_issues: true,
      has_projects: true,
      has_wiki: false,
      has_pages: false,
      has_discussions: false,
      permissions: { admin: false, maintain: false, push, triage: push, pull: true },
    };
  }

  /** A repository as GitHub lists it where a minimal-repository is documented (the fields its example shows). */
  function minimalRepoJson(r: Repo): JsonObject {
    const full = repoJson(r, {});
    const keys = Object.keys(full).filter(
      (k) =>
        k.endsWith('_url') ||
        ['id', 'node_id', 'name', 'full_name', 'owner', 'private', 'description', 'fork', 'url'].includes(k),
    );
    return Object.fromEntries(keys.map((k) => [k, full[k] ?? null]));
  }

  /** One page of `items` and the `link` header GitHub would send with it. */
  function paginate<T>(c: { req: RecordedRequest }, items: T[]): { items: T[]; headers: Record<string, string> } {
    const per = Math.min(100, Math.max(1, Number(c.req.query.get('per_page') ?? 30)));
    const at = Math.max(1, Number(c.req.query.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / per));
    const to = (n: number, rel: string): string => {
      const q = new URLSearchParams(c.req.query);
      q.set('page', String(n));
      return `<${server.url}${c.req.path}?${q.toString()}>; rel="${rel}"`;
    };
    const rels = [
      ...(at < last ? [to(at + 1, 'next'), to(last, 'last')] : []),
      ...(at > 1 ? [to(1, 'first'), to(at - 1, 'prev')] : []),
    ];
    return { items: items.slice((at - 1) * per, at * per), headers: rels.length > 0 ? { link: rels.join(', ') } : {} };
  }
  const assignableIn = (r: Repo): Set<string> | undefined => {
    const key = Object.keys(options.assignable ?? {}).find(
      (k) => k.toLowerCase() === `${r.owner}/${r.name}`.toLowerCase(),
    );
    return key === undefined ? undefined : new Set((options.assignable?.[key] ?? []).map((l) => l.toLowerCase()));
  };
  const missing = (c: Base): Reply => json(404, { ...NOT_FOUND, documentation_url: c.op.docs });
  const findIssue = (c: Ctx): FakeIssue | undefined =>
    c.repo.issues.find((i) => i.number === Number(c.params.issue_number));
  const labelNames = (c: Ctx, items: Json | undefined): string[] =>
    (Array.isArray(items) ? items : [])
      .map((l) => (typeof l === 'string' ? l : str(obj(l).name)))
      .map((n) => ensureLabel(c.repo, n).name);
  function addIssue(r: Repo, fields: Partial<FakeIssue> & { title: string; user: string }): FakeIssue {
    const stamp = iso(now());
    const issue: FakeIssue = {
      number: r.issues.length + 1,
      id: (ids += 1),
      body: null,
      state: 'open',
      state_reason: null,
      labels: [],
      assignees: [],
      pull_request: false,
      comments: [],
      created_at: stamp,
      updated_at: stamp,
      closed_at: null,
      closed_by: null,
      ...fields,
    };
    if (issue.state === 'closed')
      Object.assign(issue, { state_reason: 'completed', closed_at: stamp, closed_by: issue.user });
    r.issues.push(issue);
    return issue;
  }

  /** The secret a PUT carries, opened with `key`, or GitHub's refusal. */
  function unseal(c: Base, key: Key): Reply | { name: string; value: string } {
    // GitHub's words for a box it cannot open (seen in public reports); a stale key_id, or a box
    // sealed with another place's key (another environment's, Dependabot's, the organization's), ends the same way.
    const unreadable = json(422, {
      message: 'Bad request - validation failed due to an improperly encrypted secret',
      documentation_url: c.op.docs,
      status: '422',
    });
    const name = c.params.secret_name ?? '';
    if (!SECRET_NAME.test(name) || /^GITHUB_/i.test(name)) {
      const rule =
        'Secret names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_), ' +
        'must not start with a number and must not start with the GITHUB_ prefix.';
      return json(422, { message: `Invalid request.\n\n${rule}`, documentation_url: c.op.docs });
    }
    const cipherText = str(c.body.encrypted_value);
    if (c.body.key_id !== key.key_id || !STRICT_BASE64.test(cipherText)) return unreadable;
    const plain = sealedbox.open(new Uint8Array(Buffer.from(cipherText, 'base64')), key.publicKey, key.secretKey);
    if (plain === null) return unreadable;
    // GitHub's documented size limit; the exact error text it sends for it is not known.
    if (plain.length > MAX_SECRET_BYTES) {
      return json(422, {
        message: 'Invalid request.\n\nSecret value exceeds the 48 KB limit.',
        documentation_url: c.op.docs,
      });
    }
    return { name: name.toUpperCase(), value: Buffer.from(plain).toString('utf8') };
  }
  /** Stores an opened secret in `scope`: 201 {} when new, 204 when it replaced one (whose created_at it keeps). */
  function store<S extends StoredSecret>(
    scope: Scope<S>,
    opened: { name: string; value: string },
    fields: (previous?: S) => Omit<S, keyof StoredSecret>,
  ): Reply {
    const previous = scope.secrets.get(opened.name);
    const stamp = iso(now());
    scope.secrets.set(opened.name, {
      ...opened,
      created_at: previous?.created_at ?? stamp,
      updated_at: stamp,
      ...fields(previous),
    } as S);
    return previous ? { status: 204 } : json(201, {});
  }
  function putSecret(c: Base, scope: Scope): Reply {
    const opened = unseal(c, scope.key);
    return 'status' in opened ? opened : store(scope, opened, () => ({}));
  }
  const secretMeta = (c: Base, scope: Scope): Reply => {
    const s = scope.secrets.get((c.params.secret_name ?? '').toUpperCase());
    return s ? json(200, { name: s.name, created_at: s.created_at, updated_at: s.updated_at }) : missing(c);
  };
  /** The environment a route names (decoded from the path), or GitHub's 404. */
  const withEnvironment = (c: Ctx, run: (env: Environment) => Reply): Reply => {
    const env = c.repo.environments.get((c.params.environment_name ?? '').toLowerCase());
    return env ? run(env) : missing(c);
  };
  const orgSecretJson = (o: Org, s: StoredOrgSecret): JsonObject => ({
    name: s.name,
    created_at: s.created_at,
    updated_at: s.updated_at,
    visibility: s.visibility,
    ...(s.visibility === 'selected'
      ? { selected_repositories_url: `${server.url}/orgs/${o.login}/actions/secrets/${s.name}/repositories` }
      : {}),
  });
  function putOrgSecret(c: OrgCtx): Reply {
    const opened = unseal(c, c.org.key);
    if ('status' in opened) return opened;
    const visibility = str(c.body.visibility) as OrgSecretVisibility;
    const given = c.body.selected_repository_ids;
    // The spec takes integers or strings; a string that is not a repository id is refused.
    const ids = Array.isArray(given)
      ? given.map((id) => (typeof id === 'number' || /^\d+$/.test(str(id)) ? Number(id) : Number.NaN))
      : undefined;
    if (ids?.some((id) => !Number.isSafeInteger(id))) {
      return json(422, {
        message: 'Invalid request.\n\nselected_repository_ids must be repository ids.',
        documentation_url: c.op.docs,
      });
    }
    return store(c.org, opened, (previous) => {
      // Ids only mean something for `selected` (GitHub documents them for it alone): any other visibility has none.
      if (visibility !== 'selected') return { visibility, selected_repository_ids: [] };
      const kept =
        options.orgSelectedPutWithoutIdsClears === false ? [...(previous?.selected_repository_ids ?? [])] : [];
      return { visibility, selected_repository_ids: ids ? [...new Set(ids)] : kept };
    });
  }

  /** A variable name GitHub refuses, or null; its rules are documented, the exact 422 text is not (UNCONFIRMED). */
  function badVariableName(c: Base, name: string): Reply | null {
    if (SECRET_NAME.test(name) && !/^GITHUB_/i.test(name)) return null;
    const rule =
      'Variable names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_), ' +
      'must not start with a number and must not start with the GITHUB_ prefix.';
    return json(422, { message: `Invalid request.\n\n${rule}`, documentation_url: c.op.docs });
  }
  // GitHub answers 409 to creating a variable that exists (gh variable set relies on it to fall
  // back to PATCH); the message it sends is UNCONFIRMED.
  const variableExists = (c: Base): Reply =>
    json(409, { message: 'Already exists - Variable already exists', documentation_url: c.op.docs, status: '409' });
  /** The commit a ref names: the default branch (`main`, `heads/main`, `refs/heads/main`) or its head's sha (7+ characters). */
  function commitAt(r: Repo, ref: string): Commit | undefined {
    const b = r.default_branch;
    if ([b, `heads/${b}`, `refs/heads/${b}`].includes(ref)) return r.head;
    return /^[0-9a-f]{7,40}$/i.test(ref) && r.head.sha.startsWith(ref.toLowerCase()) ? r.head : undefined;
  }
  function commitJson(r: Repo, k: Commit): JsonObject {
    const url = `${api(r)}/commits/${k.sha}`;
    const html = `https://github.com/${r.owner}/${r.name}/commit/${k.sha}`;
    const person = { name: r.owner, email: `${r.owner}@users.noreply.github.com`, date: k.date };
    return {
      url,
      sha: k.sha,
      node_id: `C_kwDO${k.sha.slice(0, 16)}`,
      html_url: html,
      comments_url: `${url}/comments`,
      commit: {
        url: `${api(r)}/git/commits/${k.sha}`,
        author: person,
        committer: person,
        message: 'Update',
        tree: { sha: k.tree, url: `${api(r)}/git/trees/${k.tree}` },
        comment_count: 0,
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
      author: user(r.owner),
      committer: user(r.owner),
      parents: k.parents.map((sha) => ({
        sha,
        url: `${api(r)}/commits/${sha}`,
        html_url: `https://github.com/${r.owner}/${r.name}/commit/${sha}`,
      })),
      stats: { total: 0, additions: 0, deletions: 0 },
      files: [],
    };
  }

  const R = '/repos/{owner}/{repo}';
  const V = `${R}/actions/variables`;
  const E = `${R}/environments/{environment_name}/secrets`;
  const O = '/orgs/{org}/actions/secrets';
  const repoRoutes = (
    [
      ['GET', R, {}, (c) => json(200, repoJson(c.repo, c.grant))],
      [
        'GET',
        `${R}/actions/secrets`,
        { secrets: 'read' },
        (c) => {
          const all = [...c.repo.secrets.values()].sort((a, b) => a.name.localeCompare(b.name));
          const { items, headers } = paginate(c, all);
          return json(
            200,
            {
              total_count: all.length,
              secrets: items.map(({ name, created_at, updated_at }) => ({ name, created_at, updated_at })),
            },
            headers,
          );
        },
      ],
      ['GET', `${R}/actions/secrets/public-key`, { secrets: 'read' }, (c) => json(200, publicKeyOf(c.repo))],
      ['GET', `${R}/actions/secrets/{secret_name}`, { secrets: 'read' }, (c) => secretMeta(c, c.repo)],
      ['PUT', `${R}/actions/secrets/{secret_name}`, { secrets: 'write' }, (c) => putSecret(c, c.repo)],
      // Environment secrets need the Environments permission (GitHub documents "Environments: write"
      // for the PUT); the Secrets permission alone is refused.
      [
        'GET',
        `${E}/public-key`,
        { environments: 'read' },
        (c) => withEnvironment(c, (env) => json(200, publicKeyOf(env))),
      ],
      ['GET', `${E}/{secret_name}`, { environments: 'read' }, (c) => withEnvironment(c, (env) => secretMeta(c, env))],
      ['PUT', `${E}/{secret_name}`, { environments: 'write' }, (c) => withEnvironment(c, (env) => putSecret(c, env))],
      [
        'GET',
        `${R}/dependabot/secrets/public-key`,
        { dependabot_secrets: 'read' },
        (c) => json(200, publicKeyOf(c.repo.dependabot)),
      ],
      [
        'GET',
        `${R}/dependabot/secrets/{secret_name}`,
        { dependabot_secrets: 'read' },
        (c) => secretMeta(c, c.repo.dependabot),
      ],
      [
        'PUT',
        `${R}/dependabot/secrets/{secret_name}`,
        { dependabot_secrets: 'write' },
        (c) => putSecret(c, c.repo.dependabot),
      ],
      [
        'POST',
        V,
        { variables: 'write' },
        (c) => {
          const name = str(c.body.name);
          const refused = badVariableName(c, name);
          if (refused) return refused;
          if (c.repo.variables.has(name.toUpperCase())) return variableExists(c);
          const stamp = iso(now());
          c.repo.variables.set(name.toUpperCase(), {
            name: name.toUpperCase(),
            value: str(c.body.value),
            created_at: stamp,
            updated_at: stamp,
          });
          return json(201, {});
        },
      ],
      [
        'GET',
        `${V}/{name}`,
        { variables: 'read' },
        (c) => {
          const v = c.repo.variables.get((c.params.name ?? '').toUpperCase());
          return v ? json(200, { ...v }) : missing(c);
        },
      ],
      [
        'PATCH',
        `${V}/{name}`,
        { variables: 'write' },
        (c) => {
          const v = c.repo.variables.get((c.params.name ?? '').toUpperCase());
          if (!v) return missing(c);
          // `name` renames the variable; renaming onto another one is refused as creating it would be.
          const name = typeof c.body.name === 'string' ? c.body.name.toUpperCase() : v.name;
          if (name !== v.name) {
            const refused = badVariableName(c, name) ?? (c.repo.variables.has(name) ? variableExists(c) : null);
            if (refused) return refused;
            c.repo.variables.delete(v.name);
          }
          c.repo.variables.set(name, {
            ...v,
            name,
            value: typeof c.body.value === 'string' ? c.body.value : v.value,
            updated_at: iso(now()),
          });
          return { status: 204 };
        },
      ],
      [
        'PUT',
        `${R}/actions/workflows/{workflow_id}/enable`,
        { actions: 'write' },
        (c) => {
          // The id, or the file name (`refresh.yml`), as GitHub documents; an unknown one is a 404.
          const id = c.params.workflow_id ?? '';
          const w = /^\d+$/.test(id)
            ? [...c.repo.workflows.values()].find((x) => x.id === Number(id))
            : c.repo.workflows.get(id);
          if (!w) return missing(c);
          w.state = 'active';
          return { status: 204 };
        },
      ],
      [
        'GET',
        `${R}/commits/{ref}`,
        { contents: 'read' },
        (c) => {
          const ref = c.params.ref ?? '';
          const k = commitAt(c.repo, ref);
          // GitHub's answer for a ref it cannot resolve (seen in public reports, `status` as its errors carry it now).
          if (!k)
            return json(422, {
              message: `No commit found for SHA: ${ref}`,
              documentation_url: c.op.docs,
              status: '422',
            });
          return json(200, commitJson(c.repo, k));
        },
      ],
      [
        'GET',
        `${R}/issues`,
        {},
        (c) => {
          const q = c.req.query;
          const state = q.get('state') ?? 'open';
          const wanted = (q.get('labels') ?? '')
            .split(',')
            .map((l) => l.trim().toLowerCase())
            .filter(Boolean);
          const creator = q.get('creator')?.toLowerCase();
          const found = c.repo.issues.filter(
            (i) =>
              (state === 'all' || i.state === state) &&
              wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)) &&
              (!creator || i.user.toLowerCase() === creator),
          );
          found.sort((a, b) => (q.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
          const { items, headers } = paginate(c, found);
          return json(
            200,
            items.map((i) => issueJson(c.repo, i)),
            headers,
          );
        },
      ],
      [
        'POST',
        `${R}/issues`,
        { issues: 'write' },
        (c) => {
          const b = c.body;
          const assignees = [
            ...(typeof b.assignee === 'string' ? [b.assignee] : []),
            ...(Array.isArray(b.assignees) ? b.assignees.map(String) : []),
          ];
          // GitHub refuses the whole request for one login it cannot assign (one that left the
          // organization, or never had access), and names each such login in errors[].
          const allowed = assignableIn(c.repo);
          const refused = allowed ? assignees.filter((a) => !allowed.has(a.toLowerCase())) : [];
          if (refused.length > 0) {
            const field = typeof b.assignee === 'string' && !Array.isArray(b.assignees) ? 'assignee' : 'assignees';
            const errors = refused.map((value) => ({ value, resource: 'Issue', field, code: 'invalid' }));
            return json(422, { message: 'Validation Failed', errors, documentation_url: c.op.docs, status: '422' });
          }
          const body = typeof b.body === 'string' ? b.body : null;
          const issue = addIssue(c.repo, {
            title: str(b.title),
            body,
            user: c.login,
            labels: labelNames(c, b.labels),
            assignees,
          });
          const out = issueJson(c.repo, issue);
          return json(201, out, { location: str(out.url) });
        },
      ],
      [
        'GET',
        `${R}/issues/{issue_number}`,
        {},
        (c) => {
          const issue = findIssue(c);
          return issue ? json(200, issueJson(c.repo, issue)) : missing(c);
        },
      ],
      [
        'PATCH',
        `${R}/issues/{issue_number}`,
        { issues: 'write' },
        (c) => {
          const issue = findIssue(c);
          if (!issue) return missing(c);
          const b = c.body;
          const stamp = iso(now());
          if (b.title !== undefined && b.title !== null) issue.title = str(b.title);
          if (b.body !== undefined) issue.body = typeof b.body === 'string' ? b.body : null;
          if (b.labels !== undefined) issue.labels = labelNames(c, b.labels);
          if (Array.isArray(b.assignees))
            issue.assignees = b.assignees.map((a) => (typeof a === 'string' ? a : str(obj(a).login)));
          const reason = typeof b.state_reason === 'string' ? (b.state_reason as FakeIssue['state_reason']) : null;
          if (b.state === 'closed' && issue.state === 'open') {
            Object.assign(issue, {
              state: 'closed',
              state_reason: reason ?? 'completed',
              closed_at: stamp,
              closed_by: c.login,
            });
          } else if (b.state === 'open' && issue.state === 'closed') {
            Object.assign(issue, { state: 'open', state_reason: 'reopened', closed_at: null, closed_by: null });
          } else if (reason) issue.state_reason = reason;
          issue.updated_at = stamp;
          return json(200, issueJson(c.repo, issue));
        },
      ],
      [
        'GET',
        `${R}/issues/{issue_number}/comments`,
        {},
        (c) => {
          const issue = findIssue(c);
          if (!issue) return missing(c);
          const { items, headers } = paginate(c, issue.comments);
          return json(
            200,
            items.map((m) => commentJson(c.repo, issue, m)),
            headers,
          );
        },
      ],
      [
        'POST',
        `${R}/issues/{issue_number}/comments`,
        { issues: 'write' },
        (c) => {
          const issue = findIssue(c);
          if (!issue) return missing(c);
          const stamp = iso(now());
          const comment: FakeComment = {
            id: (ids += 1),
            body: str(c.body.body),
            user: c.login,
            created_at: stamp,
            updated_at: stamp,
          };
          issue.comments.push(comment);
          issue.updated_at = stamp;
          const out = commentJson(c.repo, issue, comment);
          return json(201, out, { location: str(out.url) });
        },
      ],
      [
        'POST',
        `${R}/labels`,
        { issues: 'write' },
        (c) => {
          const name = str(c.body.name);
          const color = str(c.body.color, 'ededed').replace(/^#/, '');
          const field = c.repo.labels.has(name.toLowerCase())
            ? ['name', 'already_exists']
            : /^[0-9a-f]{6}$/i.test(color)
              ? null
              : ['color', 'invalid'];
          const errors = field && [{ resource: 'Label', code: field[1], field: field[0] }];
          if (errors) return json(422, { message: 'Validation Failed', errors, documentation_url: c.op.docs });
          const out = labelJson(
            c.repo,
            ensureLabel(
              c.repo,
              name,
              color.toLowerCase(),
              typeof c.body.description === 'string' ? c.body.description : null,
            ),
          );
          return json(201, out, { location: str(out.url) });
        },
      ],
      [
        'GET',
        `${R}/labels/{name}`,
        {},
        (c) => {
          const label = c.repo.labels.get((c.params.name ?? '').toLowerCase());
          return label ? json(200, labelJson(c.repo, label)) : missing(c);
        },
      ],
    ] satisfies Array<[string, string, Grant, (c: Ctx) => Reply]>
  ).map(([method, path, need, run]): Route => ({
    ...routeOf(method, path, need),
    run: (c: Base, grantKey: string) => run({ ...c, repo: repoState(grantKey) }),
  }));
  const orgRoutes = (
    [
      ['GET', `${O}/public-key`, { organization_secrets: 'read' }, (c) => json(200, publicKeyOf(c.org))],
      [
        'GET',
        `${O}/{secret_name}`,
        { organization_secrets: 'read' },
        (c) => {
          const s = c.org.secrets.get((c.params.secret_name ?? '').toUpperCase());
          return s ? json(200, orgSecretJson(c.org, s)) : missing(c);
        },
      ],
      ['PUT', `${O}/{secret_name}`, { organization_secrets: 'write' }, putOrgSecret],
      [
        'GET',
        `${O}/{secret_name}/repositories`,
        { organization_secrets: 'read' },
        (c) => {
          const s = c.org.secrets.get((c.params.secret_name ?? '').toUpperCase());
          if (!s) return missing(c);
          // Ids the fake knows no repository for are kept in the secret but cannot be listed.
          const selected = s.selected_repository_ids.flatMap((id) => [...repos.values()].filter((r) => r.id === id));
          const { items, headers } = paginate(c, selected);
          return json(200, { total_count: selected.length, repositories: items.map(minimalRepoJson) }, headers);
        },
      ],
      [
        'PUT',
        `${O}/{secret_name}/repositories`,
        { organization_secrets: 'write' },
        (c) => {
          const s = c.org.secrets.get((c.params.secret_name ?? '').toUpperCase());
          if (!s) return missing(c);
          // GitHub documents this 409 for adding one repository to a secret whose visibility is not `selected`.
          if (s.visibility !== 'selected')
            return json(409, { message: 'Visibility must be selected', documentation_url: c.op.docs, status: '409' });
          s.selected_repository_ids = [
            ...new Set(
              (Array.isArray(c.body.selected_repository_ids) ? c.body.selected_repository_ids : []).map(Number),
            ),
          ];
          return { status: 204 };
        },
      ],
    ] satisfies Array<[string, string, Grant, (c: OrgCtx) => Reply]>
  ).map(([method, path, need, run]): Route => ({
    ...routeOf(method, path, need),
    run: (c: Base) => run({ ...c, org: orgState(c.params.org ?? '') }),
  }));
  const routes = [...repoRoutes, ...orgRoutes];

  function routeOf(method: string, path: string, need: Grant): Omit<Route, 'run'> {
    const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    // A parameter the spec marks `x-multi-segment` (a commit's `ref`: `heads/main`) may hold slashes.
    const spec = obj(obj(paths[path])[method.toLowerCase()]);
    const multi = new Set(
      (Array.isArray(spec.parameters) ? spec.parameters : [])
        .map(deref)
        .filter((p) => p['x-multi-segment'] === true)
        .map((p) => str(p.name)),
    );
    const pattern = path.replace(/\{(\w+)\}/g, (_, name: string) => (multi.has(name) ? '(.+)' : '([^/]+)'));
    return { method, path, need, names, pattern: new RegExp(`^${pattern}$`) };
  }
  const publicKeyOf = (s: Scope): { key_id: string; key: string } => ({
    key_id: s.key.key_id,
    key: Buffer.from(s.key.publicKey).toString('base64'),
  });

  function serve(r: Route, op: Operation, params: Record<string, string>, req: RecordedRequest, token: string): Reply {
    const grants = options.tokens[token] ?? {};
    const org = params.org?.toLowerCase();
    const wanted = org === undefined ? `${params.owner}/${params.repo}`.toLowerCase() : `${ORG_PREFIX}${org}`;
    const grantKey = Object.keys(grants).find((k) => k.toLowerCase() === wanted);
    // GitHub hides repositories and organizations a token cannot see instead of refusing them; a
    // token that holds a repository of the organization sees the organization.
    const visible =
      grantKey !== undefined ||
      (org !== undefined && Object.keys(grants).some((k) => k.toLowerCase().startsWith(`${org}/`)));
    if (!visible) return json(404, { ...NOT_FOUND, documentation_url: op.docs });
    const grant = grantKey === undefined ? {} : (grants[grantKey] ?? {});
    if (!allows(grant, r.need)) {
      const who = token.startsWith('ghs_') ? 'integration' : 'personal access token';
      // Fine-grained actors (GitHub Apps, fine-grained PATs) are told which permission the route
      // accepts; classic PATs and OAuth tokens (ghp_, gho_) get no such header.
      const fineGrained = !/^(ghp|gho)_/.test(token);
      const accepted = Object.entries(r.need)
        .flatMap(([name, level]) => (level ? [`${ACCEPTED_NAME[name as keyof Grant] ?? name}=${level}`] : []))
        .join(',');
      return json(
        403,
        { message: `Resource not accessible by ${who}`, documentation_url: op.docs, status: '403' },
        fineGrained ? { 'x-accepted-github-permissions': accepted } : {},
      );
    }
    // Parameters arrive as text; the spec types some as integers.
    const typed = Object.fromEntries(
      [...req.query, ...Object.entries(params)].map(([k, v]) => [
        k,
        op.numeric.has(k) && /^-?\d+$/.test(v) ? Number(v) : v,
      ]),
    );
    if (!op.params(typed)) return invalid(op.docs, op.params.errors ?? []);
    let body: Json = {};
    if (op.body) {
      try {
        body = req.body.trim() === '' ? {} : (JSON.parse(req.body) as Json);
      } catch {
        return json(400, { message: 'Problems parsing JSON', documentation_url: op.docs, status: '400' });
      }
      if (!op.body(body)) return invalid(op.docs, op.body.errors ?? []);
    }
    return r.run({ req, op, grant, login: loginOf(token), params, body: obj(body) }, grantKey ?? wanted);
  }

  const contractViolations: string[] = [];
  /** A response that does not fit the spec is the fake's bug: recorded, not thrown, so the client under test still gets it. */
  function check(where: string, op: Operation, reply: Reply): void {
    const validate = op.responses.get(reply.status);
    if (validate === undefined) {
      // The spec lists the successes but not every error GitHub may send.
      if (reply.status < 400) contractViolations.push(`${where}: status not in the spec`);
    } else if (validate === null) {
      if (reply.body !== undefined) contractViolations.push(`${where}: the spec says no body`);
    } else if (!validate(JSON.parse(JSON.stringify(reply.body ?? null)))) {
      contractViolations.push(`${where}: ${ajv.errorsText(validate.errors, { dataVar: 'response' })}`);
    }
  }

  function route(req: RecordedRequest, token: string): Reply {
    for (const r of routes) {
      const m = r.method === req.method ? r.pattern.exec(req.path) : null;
      if (!m) continue;
      const op = operation(r.method, r.path);
      const reply = serve(
        r,
        op,
        Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')])),
        req,
        token,
      );
      check(`${req.method} ${req.path} → ${reply.status}`, op, reply);
      return reply;
    }
    return json(404, NOT_FOUND);
  }

  let requestIds = 0;
  const server = await startFake(
    (req) => {
      const token = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const known = token in options.tokens;
      const reply = !req.headers.authorization
        ? json(401, {
            message: 'Requires authentication',
            documentation_url: 'https://docs.github.com/rest',
            status: '401',
          })
        : known
          ? route(req, token)
          : json(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
      const bucket = known ? token : '';
      const limit = known ? 5000 : 60;
      used.set(bucket, (used.get(bucket) ?? 0) + 1);
      reply.headers = {
        ...reply.headers,
        'x-github-request-id': `${(requestIds += 1).toString(16).toUpperCase().padStart(4, '0')}:2F4A:1B3C5D:2C4E6F:${resetAt.toString(16).toUpperCase()}`,
        'x-github-media-type': 'github.v3; format=json',
        'x-github-api-version-selected': String(req.headers['x-github-api-version'] ?? '2022-11-28'),
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(Math.max(0, limit - (used.get(bucket) ?? 0))),
        'x-ratelimit-reset': String(resetAt),
        'x-ratelimit-used': String(used.get(bucket) ?? 0),
        'x-ratelimit-resource': 'core',
      };
      return reply;
    },
    { latencyMs: options.latencyMs },
  );

  return Object.assign(server, {
    contractViolations,
    secret: (repo: string, name: string, where?: SecretPlace) => scopeOf(repo, where)?.secrets.get(name.toUpperCase()),
    seedSecret(repo: string, name: string, value: string, updatedAtOrWhere?: Date | SecretPlace, where?: SecretPlace) {
      const place = updatedAtOrWhere instanceof Date ? where : (updatedAtOrWhere ?? where);
      if (place !== undefined && 'environment' in place) seedEnvironment(repo, place.environment);
      const stamp = iso(updatedAtOrWhere instanceof Date ? updatedAtOrWhere : now());
      existingScope(repo, place).secrets.set(name.toUpperCase(), {
        name: name.toUpperCase(),
        value,
        created_at: stamp,
        updated_at: stamp,
      });
    },
    publicKey: (repo: string, where?: SecretPlace) => publicKeyOf(existingScope(repo, where)),
    rotateKey: (repo: string, where?: SecretPlace) => void (existingScope(repo, where).key = newKey()),
    seedEnvironment: (repo: string, name: string) => void seedEnvironment(repo, name),
    environments: (repo: string) => [...repoState(repo).environments.values()].map((e) => e.name),
    repoId: (repo: string) => repoState(repo).id,
    orgSecret: (org: string, name: string) => orgState(org).secrets.get(name.toUpperCase()),
    seedOrgSecret(
      org: string,
      name: string,
      value: string,
      { visibility, selectedRepositoryIds = [], updatedAt = now() }: SeedOrgSecret,
    ) {
      const stamp = iso(updatedAt);
      const selected = visibility === 'selected' ? [...selectedRepositoryIds] : [];
      orgState(org).secrets.set(name.toUpperCase(), {
        name: name.toUpperCase(),
        value,
        created_at: stamp,
        updated_at: stamp,
        visibility,
        selected_repository_ids: selected,
      });
    },
    orgPublicKey: (org: string) => publicKeyOf(orgState(org)),
    rotateOrgKey: (org: string) => void (orgState(org).key = newKey()),
    issues: (repo: string) => repoState(repo).issues,
    seedIssue(
      repo: string,
      { title, body = null, labels = [], user, state = 'open', pull_request = false }: SeedIssue,
    ) {
      const r = repoState(repo);
      return addIssue(r, {
        title,
        body,
        user: user ?? r.owner,
        labels: labels.map((n) => ensureLabel(r, n).name),
        state,
        pull_request,
      });
    },
    labels: (repo: string) => [...repoState(repo).labels.values()].map((l) => l.name),
    variable: (repo: string, name: string) => repoState(repo).variables.get(name.toUpperCase()),
    seedVariable(repo: string, name: string, value: string, updatedAt = now()) {
      const stamp = iso(updatedAt);
      const upper = name.toUpperCase();
      repoState(repo).variables.set(upper, { name: upper, value, created_at: stamp, updated_at: stamp });
    },
    seedWorkflow(repo: string, file: string, { state = 'active' }: { state?: WorkflowState } = {}) {
      const r = repoState(repo);
      const name = workflowFile(file);
      const w = r.workflows.get(name) ?? { id: 160_000_000 + (ids += 1), file: name, state };
      r.workflows.set(name, { ...w, state });
      return w.id;
    },
    workflow: (repo: string, file: string) => repoState(repo).workflows.get(workflowFile(file))?.state,
    seedLastCommit(repo: string, date = now()) {
      const r = repoState(repo);
      r.head = newCommit(date, [r.head.sha]);
      return r.head.sha;
    },
  });
}
