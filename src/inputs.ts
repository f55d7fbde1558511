/**
 * Reads and validates every action input once, before any network call, and returns one typed
 * settings object. Nothing else reads inputs. Every problem found is reported together, each
 * naming the input and the fix.
 */
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
// zod's v3 API, the one @vercel/sdk validates with: one copy of zod in the bundle, not two.
import { z } from 'zod/v3';
import { InputError } from './errors.ts';
import { scheduleIntervalDays } from './schedule.ts';
import { registerSecret } from './secrets.ts';
import type { EnvTarget, EnvType, RepoRef, SecretScope, SecretVisibility } from './model.ts';
import { secretTarget } from './model.ts';

/** One GitHub secret to write: where it lives and its name. */
export interface SecretDestination {
  scope: SecretScope;
  /** Upper-cased, as GitHub stores it. */
  name: string;
}

export type ProviderId = 'facebook' | 'instagram';
export type TokenProviderSetting = ProviderId | 'auto';

export interface Settings {
  /** What is allowed but likely wrong, for the summary. */
  warnings: string[];
  /** The current Meta access token; empty until read from the row when the Postgres row is the primary. */
  accessToken: string;
  /** `auto` picks by the token's prefix (see `providerFor`). */
  tokenProvider: TokenProviderSetting;
  /** Numeric Meta app id; empty when not given (Instagram Login tokens need none). */
  appId: string;
  /** Empty when not given; never sent to graph.instagram.com. */
  appSecret: string;
  /** Base URL of the Instagram Graph API, e.g. `https://graph.instagram.com`. */
  instagramApiUrl: string;
  /** e.g. `v25.0` */
  graphApiVersion: string;
  /** Base URL without the version, e.g. `https://graph.facebook.com`. */
  graphApiUrl: string;
  /** Refresh when the token expires within this many days. */
  refreshBeforeDays: number;
  force: boolean;
  dryRun: boolean;
  /** Scopes the token must hold (empty: no requirement). */
  requiredScopes: string[];
  /** Token that can write Actions secrets; set whenever `githubSecrets` is not empty. */
  githubToken: string | undefined;
  /** The first one is the primary: the secret the workflow reads `access-token` from. */
  githubSecrets: SecretDestination[];
  /** The repository variable that keeps the expiry of the token in the primary, when set. */
  expiryVariable: { repo: RepoRef; name: string } | undefined;
  /** Re-enable the running workflow when the default branch has had no commit for 45 days. */
  keepScheduleAlive: boolean;
  /** The running workflow's file, e.g. `refresh.yml` (from `GITHUB_WORKFLOW_REF`), when known. */
  workflowFile: string | undefined;
  /** The repository the workflow runs in (`GITHUB_REPOSITORY`), when known: the one `keep-schedule-alive` acts on. */
  workflowRepo: RepoRef | undefined;
  /** From `GITHUB_API_URL`. */
  githubApiUrl: string;
  /** Per external request, in milliseconds. */
  timeoutMs: number;
  /** The whole run, in milliseconds. */
  runTimeoutMs: number;
  vercel: VercelSettings;
  /** The database row the token is kept in, when `postgres-url` is set. */
  postgres: PostgresSettings | undefined;
  /** The WhatsApp assets the token must reach (`whatsapp-*`); both empty when none are named. */
  whatsapp: WhatsAppSettings;
  issue: IssueSettings;
}

/** A Postgres row (`postgres-*` inputs). The statements are checked by the Postgres kind before any call. */
export interface PostgresSettings {
  /** A libpq connection string (a secret). */
  url: string;
  /** The user's UPDATE or INSERT … ON CONFLICT DO UPDATE: `$1` the value, `$2` the expiry, `$3` this refresh's time. */
  update: string;
  /** A SELECT returning the stored value in its first column (and optionally `updated_at`), for convergence. */
  select: string | undefined;
  /** How many rows the update must touch (action.yml's default: 1). */
  expectedRows: number;
  /** The row is the primary: `access-token` was not given, and is read from it (`select`). */
  primary: boolean;
  /** The Fernet key (url-safe base64 of 32 bytes) the value is stored under; undefined: stored as is. */
  fernetKey: string | undefined;
  /** PEM of the CA the server's certificate must chain to (Supabase's own), when given. */
  caCert: string | undefined;
  /**
   * Table mode (`postgres-tokens-query`): a SELECT of one row per channel (`id`, `token`, and
   * optionally `token_expires_at` and `last_token_refresh_at`), each refreshed on its own.
   */
  tokensQuery: string | undefined;
  /** Refresh a row whose last refresh is older than this many days, too (seed 003's 45). */
  olderThanDays: number | undefined;
  /** How many rows are in flight at once. */
  concurrency: number;
  /** An INSERT run in each row's transaction: `$1` the row id, `$2` and `$3` the old and new expiry, `$4` the outcome. */
  auditInsert: string | undefined;
  /** An UPDATE run in its own transaction for a row that failed: `$1` the row id, `$2` the failure class, `$3` the reason. */
  failureUpdate: string | undefined;
  /** This job's share of the rows: those whose id hashes to shard `index` (1-based) of `count`. */
  shard: { index: number; count: number } | undefined;
}

/** The WhatsApp assets the app uses: read with each token, and their health reported. */
export interface WhatsAppSettings {
  /** Numeric phone number ids. */
  phoneNumberIds: string[];
  /** The numeric WhatsApp Business Account id, when given. */
  businessAccountId: string | undefined;
}

export interface IssueSettings {
  /** Open, comment on and close the failure issue. */
  enabled: boolean;
  /** Token with `issues: write` on `repo`; undefined when none was given. */
  token: string | undefined;
  /** Where the issue lives; undefined when neither the input nor GITHUB_REPOSITORY says. */
  repo: RepoRef | undefined;
  label: string;
  assignees: string[];
}

/** Where and with what token the failure issue is kept; undefined when it is turned off or either is missing. */
export function issueTarget(issue: IssueSettings): { token: string; repo: RepoRef } | undefined {
  return issue.enabled && issue.token && issue.repo ? { token: issue.token, repo: issue.repo } : undefined;
}

export interface VercelSettings {
  /** Set whenever `projects` is not empty. */
  token: string | undefined;
  teamId: string | undefined;
  /** Project ids or names; empty when Vercel is not used. */
  projects: string[];
  /** The environment variable that receives the token. */
  envKey: string;
  envTargets: EnvTarget[];
  envType: EnvType;
  /** Redeploy each project's latest READY production deployment after its variable is written. */
  redeploy: boolean;
  /** Deploy hook URLs (secrets), called after the variables are written. */
  deployHooks: string[];
  /** How long to wait for each deployment to settle, in seconds; 0 = do not wait. */
  waitSeconds: number;
  /** First pause between deployment polls, in seconds; it grows by half each time. */
  pollSeconds: number;
  /** e.g. `https://api.vercel.com` */
  apiUrl: string;
}

const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A GitHub login or organization: the owner part of OWNER/REPO. */
const LOGIN = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})';
const OWNER = new RegExp(`^${LOGIN}$`);
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const BOOLEANS: Record<string, boolean> = {
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
};

/** Why a secret name breaks GitHub's naming rules (api-facts B.4), or undefined when it is fine. */
export function secretNameProblem(name: string): string | undefined {
  if (!SECRET_NAME.test(name)) {
    return /^[0-9]/.test(name) ? 'must not start with a digit' : 'may contain only letters, digits and underscores';
  }
  if (/^GITHUB_/i.test(name)) return 'must not start with GITHUB_ (reserved by GitHub)';
  return undefined;
}

const isLoopback = (url: URL): boolean => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/**
 * An https URL (http only for a loopback host, as in tests) without credentials: a user name or
 * password would be sent along and printed wherever the URL is. Base URLs also refuse a query or
 * a fragment, which no API base has. The offending part is never echoed.
 */
const url = (options: { base: boolean }) =>
  z.string().transform((value, ctx) => {
    const problem = (message: string): never => {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      return z.NEVER;
    };
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      return problem(
        `must be a URL such as ${options.base ? 'https://graph.facebook.com' : 'https://api.vercel.com/v1/integrations/deploy/prj_…/…'}`,
      );
    }
    if (parsed.username || parsed.password)
      return problem('must not contain a user name or password: remove the part before @');
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLoopback(parsed)))
      return problem('must use https');
    if (options.base && (parsed.search || value.includes('?')))
      return problem('must not contain a query (?…): give the base URL only');
    if (parsed.hash || value.includes('#'))
      return problem('must not contain a fragment (#…): a comment needs a space before the #');
    return value.replace(/\/+$/, '');
  });
const baseUrl = url({ base: true });

const wholeNumber = (min: number, max: number, example: string) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}, e.g. ${example}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/**
 * `line` without its comment. As in YAML, a comment starts at a `#` that begins the line or
 * follows whitespace; a `#` inside a value (a URL's fragment) is part of the value, and is then
 * judged by that value's own rules.
 */
export const uncomment = (line: string): string => line.replace(/(^|\s)#.*$/, '').trim();

/** The items of a list input given one per line or comma separated, without blanks and comments. */
export const listItems = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .flatMap((line) => uncomment(line).split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');

const list = z.string().transform(listItems);

// `unknown[]`: zod still runs this check when an item failed its own, and that item is then not a string.
const unique = (items: unknown[]): boolean => new Set(items.map((i) => String(i).toLowerCase())).size === items.length;

const boolean = z
  .string()
  .refine((v) => v in BOOLEANS, 'must be true or false')
  .transform((v) => BOOLEANS[v] === true);

const ENCODE =
  "URL-encode the password's special characters (% as %25, / as %2F, ? as %3F, # as %23, @ as %40: encodeURIComponent does it)";
/** libpq's `sslmode` values (PostgreSQL, libpq "SSL Support"). */
const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];

/**
 * Why `value` is not a `postgres://` or `postgresql://` URL with a host that the driver reads as
 * it was meant (RFC 3986 user information, libpq's `sslmode` values), or undefined when it is.
 * The problem never quotes `value`: the password is in it.
 */
function postgresUrlProblem(value: string): string | undefined {
  const generic =
    'must be a connection string such as postgres://USER:PASSWORD@HOST:6543/postgres?sslmode=require (Supabase: Connect → Transaction pooler)';
  const scheme = /^postgres(?:ql)?:\/\//i.exec(value);
  if (!scheme) return generic;
  const rest = value.slice(scheme[0].length);
  // A "/", "?" or "#" ends the host part, so one in the password leaves its "@" behind it: the
  // driver would take the password's start for the host and port (and print it in ENOTFOUND).
  const at = rest.indexOf('@');
  if (at !== -1 && /[/?#]/.test(rest.slice(0, at)))
    return `has a /, ? or # before the @ that ends its password: part of the password would be read as the host or the database. ${ENCODE}.`;
  if ((rest.split(/[/?#]/, 1)[0] ?? '').split('@').length > 2)
    return `has more than one @ before its host: an @ in the user name or password must be encoded (libpq ends the password at the first one). ${ENCODE}.`;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return generic;
  }
  if (parsed.hostname === '') return generic;
  // The URL keeps a "%" as written; the driver's decodeURIComponent throws "URI malformed" on a stray one.
  if (/%(?![0-9A-Fa-f]{2})/.test(parsed.username + parsed.password))
    return `has a % in its user name or password that is not followed by two hex digits. ${ENCODE}.`;
  const sslmode = parsed.searchParams.get('sslmode');
  if (sslmode !== null && !SSL_MODES.includes(sslmode))
    return `has an sslmode the driver does not know: use disable, allow, prefer, require, verify-ca or verify-full (see the README).`;
  return undefined;
}

/** Whether `value` is url-safe base64 of exactly 32 bytes (a Fernet key). */
const fernetKey = (value: string): boolean =>
  /^[A-Za-z0-9_-]{43}=?$/.test(value) && Buffer.from(value, 'base64url').length === 32;

const ONE_TOKEN = 'must be one token without spaces or line breaks: check the secret for a pasted extra line';
/** A token that may be empty (the input is optional, or required only with another). */
const optionalToken = z.string().regex(/^\S*$/, ONE_TOKEN);
const schemas = {
  // Required unless the Postgres row is the primary (checked with the other inputs it needs).
  'access-token': optionalToken,
  // Both required for Facebook Login tokens only (checked with token-provider).
  'app-id': z.string().regex(/^\d*$/, 'must be the numeric App ID from the Meta App Dashboard'),
  'app-secret': optionalToken,
  'token-provider': z.enum(['auto', 'facebook', 'instagram'], {
    errorMap: () => ({ message: 'must be auto, facebook or instagram' }),
  }),
  'instagram-api-url': baseUrl,
  'github-token': optionalToken,
  'vercel-token': optionalToken,
  'issue-token': optionalToken,
  'graph-api-version': z.string().regex(/^v\d+\.\d+$/, 'must look like v25.0'),
  'graph-api-url': baseUrl,
  // 0 would never refresh: a token with an hour left would not be due until it died.
  'refresh-before-days': wholeNumber(1, 365, '15'),
  force: boolean,
  'dry-run': boolean,
  'timeout-seconds': wholeNumber(1, 600, '30'),
  'run-timeout-seconds': wholeNumber(10, 21_600, '900'),
  'required-scopes': z
    .string()
    .transform((v) => listItems(v).flatMap((item) => item.split(/\s+/)))
    .pipe(
      z.array(z.string().regex(/^[a-z_]+$/, 'must list Meta permission names such as whatsapp_business_messaging')),
    ),
  'github-api-url': baseUrl,
  'vercel-team-id': z
    .string()
    .regex(/^(team_[A-Za-z0-9]+)?$/, 'must be a team id such as team_a1B2c3 (Team Settings → General → Team ID)'),
  'vercel-projects': list.pipe(
    z
      .array(
        z
          .string()
          .regex(/^[A-Za-z0-9._-]{1,100}$/, 'must list project ids (prj_…) or names, one per line or comma separated'),
      )
      .refine(unique, 'lists a project twice: list it once'),
  ),
  'vercel-env-key': z
    .string()
    .regex(
      /^[A-Za-z_][A-Za-z0-9_]*$/,
      'must be a variable name of letters, digits and underscores, not starting with a digit',
    ),
  'vercel-env-targets': list.pipe(
    z
      .array(
        z.enum(['production', 'preview', 'development'], {
          errorMap: () => ({ message: 'must list production, preview and/or development' }),
        }),
      )
      .min(1, 'must name at least one of production, preview, development')
      .refine(unique, 'names a target twice'),
  ),
  'vercel-env-type': z.enum(['sensitive', 'encrypted'], {
    errorMap: () => ({ message: 'must be sensitive or encrypted' }),
  }),
  'vercel-redeploy': boolean,
  'vercel-deploy-hooks': list.pipe(z.array(url({ base: false })).refine(unique, 'lists a hook twice')),
  'vercel-wait-seconds': wholeNumber(0, 3600, '600'),
  'vercel-poll-seconds': z
    .string()
    .regex(/^\d+(\.\d+)?$/, 'must be a number of seconds, e.g. 5')
    .transform(Number)
    .pipe(z.number().min(0.01, 'must be at least 0.01').max(60, 'must be at most 60')),
  'vercel-api-url': baseUrl,
  'postgres-url': z.string().superRefine((v, ctx) => {
    const problem = v === '' ? undefined : postgresUrlProblem(v);
    if (problem !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  }),
  'postgres-update': z.string().transform((v) => v.trim()),
  'postgres-select': z.string().transform((v) => v.trim()),
  'postgres-tokens-query': z.string().transform((v) => v.trim()),
  'refresh-older-than-days': z
    .string()
    .regex(/^\d*$/, 'must be a whole number of days, e.g. 45, or empty')
    .transform((v) => (v === '' ? undefined : Number(v)))
    .pipe(z.number().min(1, 'must be at least 1').max(365, 'must be at most 365').optional()),
  concurrency: wholeNumber(1, 16, '4'),
  'postgres-audit-insert': z.string().transform((v) => v.trim()),
  'postgres-failure-update': z.string().transform((v) => v.trim()),
  shard: z
    .string()
    .regex(/^(\d+\/\d+)?$/, 'must be I/N, e.g. 1/4 (this job takes shard I of N), or empty')
    .transform((v) => {
      if (v === '') return undefined;
      const [index, count] = v.split('/').map(Number);
      return { index: index ?? 0, count: count ?? 0 };
    })
    .refine((s) => s === undefined || (s.count >= 1 && s.count <= 256 && s.index >= 1 && s.index <= s.count), {
      message: 'must be I/N with 1 ≤ I ≤ N ≤ 256, e.g. ${{ matrix.shard }}/4',
    }),
  'postgres-expected-rows': z
    .string()
    .regex(/^\d+$/, 'must be a whole number of rows, e.g. 1 (the default)')
    .transform(Number)
    .pipe(z.number().min(1, 'must be at least 1').max(100_000, 'must be at most 100000')),
  'postgres-encryption': z.enum(['none', 'fernet'], { errorMap: () => ({ message: 'must be none or fernet' }) }),
  'postgres-fernet-key': optionalToken.refine((v) => v === '' || fernetKey(v), {
    message:
      "must be a Fernet key: the url-safe base64 of 32 bytes, as Python's Fernet.generate_key() prints (44 characters ending in =)",
  }),
  'postgres-ca-cert': z.string().refine((v) => v.trim() === '' || v.includes('-----BEGIN CERTIFICATE-----'), {
    message: "must be a PEM certificate (-----BEGIN CERTIFICATE----- …), e.g. Supabase's prod-ca-2021.crt",
  }),
  'whatsapp-phone-number-ids': list.pipe(
    z
      .array(
        z
          .string()
          .regex(
            /^\d{5,20}$/,
            'must list numeric phone number ids (WhatsApp Manager → Phone numbers, or the app\'s API Setup: "Phone number ID"), not the phone numbers themselves',
          ),
      )
      .refine(unique, 'lists a phone number id twice'),
  ),
  'whatsapp-business-account-id': z
    .string()
    .regex(/^(\d{5,20})?$/, 'must be the numeric WhatsApp Business Account ID (WhatsApp Manager → Account tools)'),
  'issue-on-failure': boolean,
  'keep-schedule-alive': boolean,
  'issue-repository': z
    .string()
    .regex(new RegExp(`^(${LOGIN}/[A-Za-z0-9._-]{1,100})?$`), 'must be OWNER/REPO, e.g. acme/app'),
  'issue-label': z
    .string()
    .min(1, 'must not be empty')
    .max(50, "must be at most 50 characters (GitHub's limit for a label)")
    // GitHub's labels= filter splits on commas: the open issue would never be found again.
    .regex(/^[^,]*$/, 'must not contain a comma (GitHub would read it as two labels)'),
  'issue-assignees': list.pipe(z.array(z.string().regex(OWNER, 'must list GitHub logins, comma separated'))),
} as const;

type Parsed = { [K in keyof typeof schemas]: z.output<(typeof schemas)[K]> };

const SECRET_SYNTAX =
  'must be NAME or OWNER/REPO:NAME, optionally followed by --env ENVIRONMENT, --app dependabot, or (NAME alone) --org ORG [--visibility all|private|selected], e.g. acme/app:META_ACCESS_TOKEN --env production';

/** The words of a line: runs of non-space, or a double-quoted value (an environment name with spaces). */
const words = (line: string): string[] => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');

/** The scope and name of one `github-secrets` line, or why it is not one. */
function parseSecretLine(line: string, currentRepository: string | undefined): SecretDestination | string {
  const [place = '', ...rest] = words(line);
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) {
    const [flag = '', value] = [rest[i], rest[i + 1]];
    if (!['--env', '--org', '--app', '--visibility'].includes(flag) || value === undefined || flags.has(flag))
      return SECRET_SYNTAX;
    flags.set(flag, value);
  }
  const match = /^(?:([^/:\s]+)\/([^/:\s]+):)?([^/:\s]*)$/.exec(place);
  if (!match) return SECRET_SYNTAX;
  const [, owner, repoName, name = ''] = match;
  const nameProblem = name === '' ? 'is empty' : secretNameProblem(name);
  if (nameProblem) return `: the secret name ${nameProblem}`;
  const app = flags.get('--app') ?? 'actions';
  if (app !== 'actions' && app !== 'dependabot') return ': --app must be actions or dependabot';
  const org = flags.get('--org');
  if (org !== undefined) {
    if (owner !== undefined || flags.has('--env') || app !== 'actions')
      return ': --org takes the secret NAME alone, without OWNER/REPO:, --env or --app dependabot';
    if (!OWNER.test(org)) return `: "${org}" is not a valid organization name`;
    const visibility = flags.get('--visibility');
    if (visibility !== undefined && !['all', 'private', 'selected'].includes(visibility))
      return ': --visibility must be all, private or selected';
    return {
      scope: { kind: 'organization', org, visibility: visibility as SecretVisibility | undefined },
      name: name.toUpperCase(),
    };
  }
  if (flags.has('--visibility')) return ': --visibility applies to organization secrets (--org ORG) only';
  let repo: RepoRef;
  if (owner !== undefined && repoName !== undefined) {
    if (!OWNER.test(owner) || !REPO.test(repoName) || repoName === '.' || repoName === '..')
      return `: "${owner}/${repoName}" is not a valid OWNER/REPO`;
    repo = { owner, repo: repoName };
  } else {
    const [o, r] = (currentRepository ?? '').split('/');
    if (!o || !r) return ': GITHUB_REPOSITORY is not set, so write the destination as OWNER/REPO:NAME';
    repo = { owner: o, repo: r };
  }
  const environment = flags.get('--env');
  if (environment !== undefined) {
    if (app !== 'actions') return ': Dependabot has no environment secrets: drop --env or --app dependabot';
    if (environment === '' || environment.length > 255 || /\p{Cc}/u.test(environment))
      return ': --env must name an environment (at most 255 characters)';
    return { scope: { kind: 'environment', repo, environment }, name: name.toUpperCase() };
  }
  return {
    scope: app === 'dependabot' ? { kind: 'dependabot', repo } : { kind: 'repository', repo },
    name: name.toUpperCase(),
  };
}

/**
 * Parses `github-secrets`: one destination per line, as `gh secret set` is called: `NAME` (a
 * secret of `currentRepository`) or `OWNER/REPO:NAME`, optionally with `--env ENVIRONMENT` (an
 * environment secret) or `--app dependabot` (a Dependabot secret); or `NAME --org ORG`, with
 * `--visibility all|private|selected` for a new one. Blank lines and `#` comments (whole lines or
 * trailing) are ignored. Returns the destinations and the problems found (each naming the line).
 */
export function parseSecretDestinations(
  text: string,
  currentRepository: string | undefined,
): { destinations: SecretDestination[]; problems: string[] } {
  const destinations: SecretDestination[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = uncomment(raw);
    if (line === '') return;
    const where = `line ${index + 1} ("${line}")`;
    const parsed = parseSecretLine(line, currentRepository);
    if (typeof parsed === 'string') {
      problems.push(parsed.startsWith(':') ? `${where}${parsed}` : `${where} ${parsed}`);
      return;
    }
    // Names and repositories are case-insensitive on GitHub; environment names too.
    const key = secretTarget(parsed.scope, parsed.name).toLowerCase();
    if (seen.has(key)) {
      problems.push(`${where} repeats a destination (secret names are case-insensitive): list it once`);
      return;
    }
    seen.add(key);
    destinations.push(parsed);
  });
  return { destinations, problems };
}

/** The cron expression of the `schedule` event this run was started by, and its longest interval in days. */
function scheduleOf(env: NodeJS.ProcessEnv): { cron: string; days: number } | undefined {
  if (env.GITHUB_EVENT_NAME !== 'schedule' || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { schedule?: unknown };
    const cron = typeof event.schedule === 'string' ? event.schedule : undefined;
    const days = cron === undefined ? undefined : scheduleIntervalDays(cron);
    return cron !== undefined && days !== undefined ? { cron, days } : undefined;
  } catch {
    return undefined;
  }
}

function toRepo(fullName: string | undefined): RepoRef | undefined {
  const [owner, repo] = (fullName ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}

type Raw = (name: string) => string;

/** Each input on its own: the values that pass their schema, and a problem for each one that does not. */
function parseEach(raw: Raw, env: NodeJS.ProcessEnv): { parsed: Partial<Parsed>; problems: string[] } {
  const problems: string[] = [];
  const parsed: Partial<Parsed> = {};
  for (const name of Object.keys(schemas) as Array<keyof typeof schemas>) {
    const value = name === 'github-api-url' ? env.GITHUB_API_URL || 'https://api.github.com' : raw(name);
    const result = schemas[name].safeParse(value);
    if (result.success) Object.assign(parsed, { [name]: result.data });
    else
      problems.push(
        `${name === 'github-api-url' ? 'GITHUB_API_URL' : `Input '${name}'`} ${result.error.issues[0]?.message ?? 'is not valid'}`,
      );
  }
  return { parsed, problems };
}

/** What the inputs say together: required pairs and combinations that cannot work. */
function crossCheck(raw: Raw, parsed: Partial<Parsed>, secrets: { count: number; invalid: boolean }): string[] {
  const problems: string[] = [];
  if (secrets.count > 0 && raw('github-token') === '') {
    problems.push(
      'Input \'github-token\' is required when github-secrets is set: pass a fine-grained PAT or GitHub App token with "Secrets: write" (GITHUB_TOKEN cannot write secrets).',
    );
  }
  const postgresPrimary = raw('access-token') === '' && raw('postgres-url') !== '';
  if (secrets.count === 0 && parsed['dry-run'] === false && !secrets.invalid && !postgresPrimary) {
    problems.push(
      "Input 'github-secrets' is empty: a refreshed token would have nowhere to go. List at least one secret, e.g. META_ACCESS_TOKEN (the one access-token is read from), or set dry-run: true to only inspect.",
    );
  }
  if ((parsed['vercel-projects']?.length ?? 0) > 0 && raw('vercel-token') === '') {
    problems.push(
      "Input 'vercel-token' is required when vercel-projects is set: create one in Vercel (Account Settings → Tokens) scoped to the projects' team.",
    );
  }
  if (parsed['vercel-env-type'] === 'sensitive' && parsed['vercel-env-targets']?.includes('development')) {
    problems.push(
      "Inputs 'vercel-env-type' and 'vercel-env-targets': Vercel cannot make a development variable sensitive. Drop development from vercel-env-targets, or set vercel-env-type: encrypted (readable by anyone with project access).",
    );
  }
  problems.push(...postgresProblems(raw, parsed), ...providerProblems(raw, parsed));
  // Only redeployed projects are waited for: without them the wait is no concern of the run's.
  if (
    (parsed['vercel-projects']?.length ?? 0) > 0 &&
    parsed['vercel-wait-seconds'] !== undefined &&
    parsed['run-timeout-seconds'] !== undefined &&
    parsed['vercel-wait-seconds'] >= parsed['run-timeout-seconds']
  ) {
    problems.push(
      "Inputs 'vercel-wait-seconds' and 'run-timeout-seconds': the wait for a deployment must fit inside the run; lower vercel-wait-seconds or raise run-timeout-seconds.",
    );
  }
  return problems;
}

/**
 * Which provider refreshes `token`: `facebook` (Facebook Login, `EAA…`) or `instagram`
 * (Instagram Login, `IGAA…`, or `IGQV…` from the retired Basic Display API). `auto` goes by the
 * token's prefix; `problem` says why not when it cannot tell.
 */
export function providerFor(setting: TokenProviderSetting, token: string): ProviderId | { problem: string } {
  if (setting !== 'auto') return setting;
  if (token.startsWith('EAA')) return 'facebook';
  if (/^IG(AA|QV)/.test(token)) return 'instagram';
  return {
    problem:
      'is auto, but the token starts with neither EAA (Facebook Login) nor IGAA or IGQV (Instagram Login): set token-provider to facebook or instagram, or check that the secret holds the whole token',
  };
}

/** `app-id` and `app-secret`, which Facebook Login tokens need and Instagram Login tokens do not. */
export function appProblems(appId: string, appSecret: string): string[] {
  return [
    ...(appId === ''
      ? ["Input 'app-id' is required for a Facebook Login token: the App ID from the Meta App Dashboard."]
      : []),
    ...(appSecret === ''
      ? [
          "Input 'app-secret' is required for a Facebook Login token: pass it from a secret, e.g. ${{ secrets.META_APP_SECRET }}.",
        ]
      : []),
  ];
}

/** The provider the token calls for, and what it needs; decided after the token is read when a Postgres row holds it. */
function providerProblems(raw: Raw, parsed: Partial<Parsed>): string[] {
  const setting = parsed['token-provider'];
  if (!setting) return [];
  const token = raw('access-token');
  // Table mode: every row holds a Facebook Login token (postgres-tokens-query refuses instagram).
  if (raw('postgres-tokens-query').trim() !== '') return appProblems(raw('app-id'), raw('app-secret'));
  if (token === '' && setting === 'auto') return [];
  const provider = providerFor(setting, token);
  if (typeof provider === 'object') return [`Input 'token-provider' ${provider.problem}`];
  return provider === 'facebook'
    ? appProblems(raw('app-id'), raw('app-secret'))
    : whatsappProblems(parsed['whatsapp-phone-number-ids'] ?? [], parsed['whatsapp-business-account-id'] ?? '');
}

/** The WhatsApp assets, which only a Facebook Login token (WhatsApp Cloud API) reaches. */
export function whatsappProblems(phoneNumberIds: string[], businessAccountId: string | undefined): string[] {
  if (phoneNumberIds.length === 0 && !businessAccountId) return [];
  return [
    "Inputs 'whatsapp-phone-number-ids' and 'whatsapp-business-account-id' need a Facebook Login token (WhatsApp Cloud API), not an Instagram Login token: leave them out.",
  ];
}

/** The `postgres-*` inputs that need each other, and `access-token`, which a Postgres primary replaces. */
function postgresProblems(raw: Raw, parsed: Partial<Parsed>): string[] {
  if (raw('postgres-tokens-query').trim() !== '') return tableProblems(raw);
  const problems = ['postgres-audit-insert', 'postgres-failure-update', 'shard', 'refresh-older-than-days']
    .filter((name) => raw(name).trim() !== '')
    .map((name) => `Input '${name}' applies only with postgres-tokens-query (table mode): leave it out.`);
  if (raw('access-token') === '' && (raw('postgres-url') === '' || raw('postgres-select').trim() === ''))
    problems.push(
      "Input 'access-token' is required: pass it from a secret, e.g. ${{ secrets.META_ACCESS_TOKEN }}, or leave it out and set postgres-url and postgres-select to read it from the database row (the row is then the primary).",
    );
  const url = raw('postgres-url') !== '';
  const update = raw('postgres-update').trim() !== '';
  if (url && !update)
    problems.push(
      "Input 'postgres-update' is required when postgres-url is set: the UPDATE that stores the token, with $1 for the value, e.g. UPDATE channel SET access_token = $1 WHERE kind = 'whatsapp'.",
    );
  if (url && raw('access-token') !== '' && raw('postgres-select').trim() === '')
    problems.push(
      "Input 'postgres-select' is required when postgres-url is set: the SELECT of the value the row holds, e.g. SELECT access_token FROM channel WHERE kind = 'whatsapp'. Before each write the action checks that value is one the app reads with these settings (not another key's ciphertext), so that it never leaves the app a token it cannot decrypt.",
    );
  if (!url && (update || raw('postgres-select').trim() !== ''))
    problems.push("Input 'postgres-url' is required when postgres-update or postgres-select is set.");
  const fernet = parsed['postgres-encryption'] === 'fernet';
  if (fernet && raw('postgres-fernet-key') === '')
    problems.push(
      "Input 'postgres-fernet-key' is required when postgres-encryption is fernet: the key the app decrypts the column with.",
    );
  if (!fernet && raw('postgres-fernet-key') !== '')
    problems.push(
      "Input 'postgres-fernet-key' is set but postgres-encryption is none: set postgres-encryption: fernet, or drop the key.",
    );
  return problems;
}

/** Table mode: every token is a row's, so the inputs of a single token's places do not apply. */
function tableProblems(raw: Raw): string[] {
  const why = 'with postgres-tokens-query, each row holds its own token and is its own place: leave it out';
  const single = ['access-token', 'github-secrets', 'vercel-projects', 'vercel-deploy-hooks', 'expiry-variable'];
  return [
    ...(raw('postgres-url') === '' ? ["Input 'postgres-url' is required when postgres-tokens-query is set."] : []),
    ...(raw('postgres-update').trim() === ''
      ? [
          "Input 'postgres-update' is required when postgres-tokens-query is set: the UPDATE that stores a row's new token, e.g. UPDATE \"Channel\" SET wa_token_encrypted = $1, token_expires_at = $2, last_token_refresh_at = $3 WHERE id = $4 AND wa_token_encrypted = $5.",
        ]
      : []),
    ...single.filter((name) => raw(name).trim() !== '').map((name) => `Input '${name}' is set, but ${why}.`),
    ...(raw('postgres-select').trim() !== '' ? [`Input 'postgres-select' is set, but ${why}.`] : []),
    ...['whatsapp-phone-number-ids', 'whatsapp-business-account-id']
      .filter((name) => raw(name).trim() !== '')
      .map(
        (name) =>
          `Input '${name}' is set, but in table mode (postgres-tokens-query) each channel has its own: return phone_number_id (and whatsapp_business_account_id) from the query instead, and each row's are read with its token.`,
      ),
    ...(raw('postgres-expected-rows').trim() !== '1'
      ? [
          "Input 'postgres-expected-rows' is set, but in table mode (postgres-tokens-query) each row's compare-and-set must touch exactly that row: leave it out.",
        ]
      : []),
    ...(raw('token-provider') === 'instagram'
      ? ["Input 'token-provider' is instagram, but postgres-tokens-query refreshes Facebook Login tokens only."]
      : []),
  ];
}

/** A connection string and the forms of its password a log could show. */
function registerPostgresUrl(value: string): void {
  registerSecret(value);
  // As written, up to the last "@": the whole password even when a "/" or "@" in it misleads
  // the URL parser (the input check refuses those, but the value is in the log's reach now).
  const written = /^[a-z][a-z0-9+.-]*:\/\/[^:@/]*:(.*)@/is.exec(value)?.[1];
  for (const password of [written, URL.canParse(value) ? new URL(value).password : undefined]) {
    if (!password) continue;
    registerSecret(password);
    try {
      registerSecret(decodeURIComponent(password));
    } catch {
      // A stray "%": the input check refuses it, and the password is masked as written.
    }
  }
}

/** A `refresh-before-days` window no longer than the interval of the schedule that started this run. */
function scheduleWarnings(env: NodeJS.ProcessEnv, days: number | undefined): string[] {
  const interval = scheduleOf(env);
  if (interval === undefined || days === undefined || days > interval.days) return [];
  const apart = `${interval.days} day${interval.days === 1 ? '' : 's'}`;
  return [
    `refresh-before-days is ${days}, but this workflow's schedule (${interval.cron}) runs up to ${apart} apart: a token due just after one run could expire before the next, with no room for a failed run. Set refresh-before-days above ${interval.days} (the default 15 leaves room for several failed runs).`,
  ];
}

/** The message of an `InputError` listing `problems`. */
export const notValid = (problems: string[]): string =>
  `${problems.length === 1 ? 'An input is' : `${problems.length} inputs are`} not valid; nothing was changed:\n- ${problems.join('\n- ')}`;

/**
 * Reads every input (`INPUT_*`) and `GITHUB_REPOSITORY`/`GITHUB_API_URL`, masks the secret ones,
 * and validates them all. Defaults are action.yml's, which the runner fills in; the code has
 * none of its own, so the two cannot disagree. Throws one `InputError` listing every problem;
 * makes no network call.
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const raw: Raw = (name) => core.getInput(name);
  for (const name of ['access-token', 'app-secret', 'github-token', 'vercel-token', 'issue-token'])
    registerSecret(raw(name));
  registerPostgresUrl(raw('postgres-url'));
  registerSecret(raw('postgres-fernet-key'));
  // Deploy hook URLs are secrets whole: anyone holding one can deploy.
  for (const hook of listItems(raw('vercel-deploy-hooks'))) registerSecret(hook);

  const { parsed, problems } = parseEach(raw, env);
  const { destinations, problems: destinationProblems } = parseSecretDestinations(
    raw('github-secrets'),
    env.GITHUB_REPOSITORY,
  );
  problems.push(...destinationProblems.map((p) => `Input 'github-secrets' ${p}`));
  problems.push(...crossCheck(raw, parsed, { count: destinations.length, invalid: destinationProblems.length > 0 }));
  const variable = parseVariable(uncomment(raw('expiry-variable')), env.GITHUB_REPOSITORY);
  if (typeof variable === 'string') problems.push(`Input 'expiry-variable' ${variable}`);
  else if (variable && raw('github-token') === '') {
    problems.push('Input \'github-token\' is required when expiry-variable is set: a token with "Variables: write".');
  }
  if (problems.length > 0) {
    throw new InputError(notValid(problems));
  }
  return toSettings(parsed as Parsed, destinations, typeof variable === 'string' ? undefined : variable, env);
}

/** `expiry-variable`: `NAME` or `OWNER/REPO:NAME` of a repository variable, or why it is not one; undefined when empty. */
function parseVariable(
  text: string,
  currentRepository: string | undefined,
): { repo: RepoRef; name: string } | string | undefined {
  if (text === '') return undefined;
  const parsed = parseSecretLine(text, currentRepository);
  if (typeof parsed === 'string' || parsed.scope.kind !== 'repository') {
    return 'must be NAME or OWNER/REPO:NAME of a repository variable (letters, digits and underscores, not starting with GITHUB_ or a digit), e.g. META_TOKEN_EXPIRES_AT';
  }
  return { repo: parsed.scope.repo, name: parsed.name };
}

/** The settings of inputs that passed every check. */
function toSettings(
  p: Parsed,
  destinations: SecretDestination[],
  variable: { repo: RepoRef; name: string } | undefined,
  env: NodeJS.ProcessEnv,
): Settings {
  return {
    warnings: scheduleWarnings(env, p['refresh-before-days']),
    accessToken: p['access-token'],
    tokenProvider: p['token-provider'],
    appId: p['app-id'],
    appSecret: p['app-secret'],
    instagramApiUrl: p['instagram-api-url'],
    graphApiVersion: p['graph-api-version'],
    graphApiUrl: p['graph-api-url'],
    refreshBeforeDays: p['refresh-before-days'],
    force: p.force,
    dryRun: p['dry-run'],
    requiredScopes: p['required-scopes'],
    githubToken: p['github-token'] || undefined,
    githubSecrets: destinations,
    expiryVariable: variable,
    keepScheduleAlive: p['keep-schedule-alive'],
    workflowFile: /\/\.github\/workflows\/([^/@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1],
    workflowRepo: toRepo(env.GITHUB_REPOSITORY),
    githubApiUrl: p['github-api-url'],
    timeoutMs: p['timeout-seconds'] * 1000,
    runTimeoutMs: p['run-timeout-seconds'] * 1000,
    vercel: {
      token: p['vercel-token'] || undefined,
      teamId: p['vercel-team-id'] || undefined,
      projects: p['vercel-projects'],
      envKey: p['vercel-env-key'],
      envTargets: p['vercel-env-targets'],
      envType: p['vercel-env-type'],
      redeploy: p['vercel-redeploy'],
      deployHooks: p['vercel-deploy-hooks'],
      waitSeconds: p['vercel-wait-seconds'],
      pollSeconds: p['vercel-poll-seconds'],
      apiUrl: p['vercel-api-url'],
    },
    postgres: p['postgres-url']
      ? {
          url: p['postgres-url'],
          update: p['postgres-update'],
          select: p['postgres-select'] || undefined,
          expectedRows: p['postgres-expected-rows'],
          primary: p['access-token'] === '' && p['postgres-tokens-query'] === '',
          fernetKey: p['postgres-encryption'] === 'fernet' ? p['postgres-fernet-key'] : undefined,
          caCert: p['postgres-ca-cert'].trim() || undefined,
          tokensQuery: p['postgres-tokens-query'] || undefined,
          olderThanDays: p['refresh-older-than-days'],
          concurrency: p.concurrency,
          auditInsert: p['postgres-audit-insert'] || undefined,
          failureUpdate: p['postgres-failure-update'] || undefined,
          shard: p.shard,
        }
      : undefined,
    whatsapp: {
      phoneNumberIds: p['whatsapp-phone-number-ids'],
      businessAccountId: p['whatsapp-business-account-id'] || undefined,
    },
    issue: {
      enabled: p['issue-on-failure'],
      token: p['issue-token'] || undefined,
      repo: toRepo(p['issue-repository'] || env.GITHUB_REPOSITORY),
      label: p['issue-label'],
      assignees: p['issue-assignees'],
    },
  };
}
