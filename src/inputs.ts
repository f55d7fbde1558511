/**
 * Reads and validates every action input once, before any network call, and returns one typed
 * settings object. Nothing else reads inputs. Every problem found is reported together, each
 * naming the input and the fix. Each kind's inputs (schemas, checks, settings) live beside it in
 * `inputs/`; this module decides the mode once and puts them together.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import * as core from '@actions/core';
import { InputError } from './errors.ts';
import type { RepoRef } from './model.ts';
import { scheduleIntervalDays } from './schedule.ts';
import { registerSecret } from './secrets.ts';
import type { Raw } from './inputs/common.ts';
import { baseUrl, boolean, wholeNumber, z } from './inputs/common.ts';
import type { SecretDestination, VariableRef } from './inputs/github-secrets.ts';
import { githubSchemas, readGitHubPlaces } from './inputs/github-secrets.ts';
import type { IssueSettings } from './inputs/issue.ts';
import { issueSchemas, toIssueSettings, toRepo } from './inputs/issue.ts';
import type { Mode } from './inputs/modes.ts';
import { MODE_INPUT_DEFAULTS, modeOf, modeProblems } from './inputs/modes.ts';
import type { PostgresSettings } from './inputs/postgres.ts';
import { postgresProblems, postgresSchemas, registerPostgresSecrets, toPostgresSettings } from './inputs/postgres.ts';
import type { SlackSettings } from './inputs/slack.ts';
import { registerSlackSecrets, slackProblems, slackSchemas, toSlackSettings } from './inputs/slack.ts';
import type { TokenProviderSetting } from './inputs/token.ts';
import { providerProblems, tokenSchemas } from './inputs/token.ts';
import type { VercelSettings } from './inputs/vercel.ts';
import { registerVercelSecrets, toVercelSettings, vercelProblems, vercelSchemas } from './inputs/vercel.ts';
import type { WhatsAppSettings } from './inputs/whatsapp.ts';
import { toWhatsAppSettings, whatsappSchemas } from './inputs/whatsapp.ts';

// What the rest of the action uses of the kinds' inputs: the parts of `Settings` and their helpers.
export type { SecretDestination } from './inputs/github-secrets.ts';
export type { IssueSettings } from './inputs/issue.ts';
export { issueTarget } from './inputs/issue.ts';
export type { Mode } from './inputs/modes.ts';
export type { PostgresRowSettings, PostgresSettings, PostgresTableSettings } from './inputs/postgres.ts';
export type { SlackSettings } from './inputs/slack.ts';
export type { ProviderId, TokenProviderSetting } from './inputs/token.ts';
export { appProblems, providerFor } from './inputs/token.ts';
export type { VercelSettings } from './inputs/vercel.ts';
export type { WhatsAppSettings } from './inputs/whatsapp.ts';
export { whatsappProblems } from './inputs/whatsapp.ts';

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
  expiryVariable: VariableRef | undefined;
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
  /**
   * The database the token is kept in, when `postgres-url` is set: `kind` is the mode, `row` (one
   * token's row) or `table` (`postgres-tokens-query`, a table of tokens). Test the mode by it.
   */
  postgres: PostgresSettings | undefined;
  /** The WhatsApp assets the token must reach (`whatsapp-*`); both empty when none are named. */
  whatsapp: WhatsAppSettings;
  issue: IssueSettings;
  /** The Slack webhook told when the failure issue opens or closes (`slack-webhook-url`), when set. */
  slack: SlackSettings | undefined;
}

/** The inputs of the run as a whole: when a token is due, how long calls may take, and the schedule. */
const runSchemas = {
  // 0 would never refresh: a token with an hour left would not be due until it died.
  'refresh-before-days': wholeNumber(1, 365, '15'),
  force: boolean,
  'dry-run': boolean,
  'timeout-seconds': wholeNumber(1, 600, '30'),
  'run-timeout-seconds': wholeNumber(10, 21_600, '900'),
  'github-api-url': baseUrl,
  'keep-schedule-alive': boolean,
} as const;

const schemas = {
  ...runSchemas,
  ...tokenSchemas,
  ...githubSchemas,
  ...vercelSchemas,
  ...postgresSchemas,
  ...whatsappSchemas,
  ...issueSchemas,
  ...slackSchemas,
} as const;

type Parsed = { [K in keyof typeof schemas]: z.output<(typeof schemas)[K]> };

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

/** A `refresh-before-days` window no longer than the interval of the schedule that started this run. */
function scheduleWarnings(env: NodeJS.ProcessEnv, days: number | undefined): string[] {
  const interval = scheduleOf(env);
  if (interval === undefined || days === undefined || days > interval.days) return [];
  const apart = `${interval.days} day${interval.days === 1 ? '' : 's'}`;
  return [
    `refresh-before-days is ${days}, but this workflow's schedule (${interval.cron}) runs up to ${apart} apart: ` +
      'a token due just after one run could expire before the next, with no room for a failed run. ' +
      `Set refresh-before-days above ${interval.days} (the default 15 leaves room for several failed runs).`,
  ];
}

/** Each input on its own: the values that pass their schema, and a problem for each one that does not. */
function parseEach(raw: Raw, env: NodeJS.ProcessEnv): { parsed: Partial<Parsed>; problems: string[] } {
  const problems: string[] = [];
  const parsed: Partial<Parsed> = {};
  for (const name of Object.keys(schemas) as Array<keyof typeof schemas>) {
    const value = name === 'github-api-url' ? env.GITHUB_API_URL || 'https://api.github.com' : raw(name);
    const result = schemas[name].safeParse(value);
    const what = name === 'github-api-url' ? 'GITHUB_API_URL' : `Input '${name}'`;
    if (result.success) Object.assign(parsed, { [name]: result.data });
    else problems.push(`${what} ${result.error.issues[0]?.message ?? 'is not valid'}`);
  }
  return { parsed, problems };
}

/**
 * Whether an input differs from action.yml's default (`MODE_INPUT_DEFAULTS`), compared as parsed
 * so that a list's spacing or a URL's trailing slash does not count; as written when it has no
 * schema, or its schema refused it.
 */
function changedFrom(raw: Raw, parsed: Partial<Parsed>): (name: string) => boolean {
  return (name) => {
    const fallback = MODE_INPUT_DEFAULTS[name] ?? '';
    if (!(name in schemas) || !(name in parsed)) return raw(name).trim() !== fallback;
    const key = name as keyof typeof schemas;
    return !isDeepStrictEqual(parsed[key], schemas[key].safeParse(fallback).data);
  };
}

/** What the inputs say together in `mode`: inputs it ignores, required pairs and combinations that cannot work. */
function crossCheck(mode: Mode, raw: Raw, parsed: Partial<Parsed>): string[] {
  const changed = changedFrom(raw, parsed);
  const whatsapp = {
    phoneNumberIds: parsed['whatsapp-phone-number-ids'] ?? [],
    businessAccountId: parsed['whatsapp-business-account-id'] ?? '',
  };
  return [
    ...modeProblems(mode, changed, raw('token-provider')),
    // Table mode refuses every Vercel input: what they need of each other does not matter there.
    ...(mode === 'single' ? vercelProblems(raw, parsed, parsed['run-timeout-seconds']) : []),
    ...postgresProblems(mode, raw, parsed, changed),
    ...providerProblems(mode, raw, parsed, whatsapp),
    ...slackProblems(parsed),
  ];
}

/** The message of an `InputError` listing `problems`. */
export const notValid = (problems: string[]): string => {
  const which = problems.length === 1 ? 'An input is' : `${problems.length} inputs are`;
  return `${which} not valid; nothing was changed:\n- ${problems.join('\n- ')}`;
};

/**
 * Reads every input (`INPUT_*`) and `GITHUB_REPOSITORY`/`GITHUB_API_URL`, masks the secret ones,
 * and validates them all. Defaults are action.yml's, which the runner fills in; the code has
 * none of its own, so the two cannot disagree. Throws one `InputError` listing every problem;
 * makes no network call.
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const raw: Raw = (name) => core.getInput(name);
  for (const name of ['access-token', 'app-secret', 'github-token', 'issue-token']) registerSecret(raw(name));
  registerVercelSecrets(raw);
  registerPostgresSecrets(raw);
  registerSlackSecrets(raw);

  const mode = modeOf(raw);
  const { parsed, problems } = parseEach(raw, env);
  // The token has somewhere else to go: a dry run writes nothing, and a Postgres row or table holds it.
  const postgresPrimary = raw('access-token') === '' && raw('postgres-url') !== '';
  const elsewhere = mode === 'table' || parsed['dry-run'] !== false || postgresPrimary;
  const places = readGitHubPlaces(raw, env.GITHUB_REPOSITORY, elsewhere);
  problems.push(...places.problems, ...crossCheck(mode, raw, parsed));
  if (problems.length > 0) throw new InputError(notValid(problems));
  return toSettings(mode, parsed as Parsed, places, env);
}

/** The settings of inputs that passed every check. */
function toSettings(
  mode: Mode,
  p: Parsed,
  places: { destinations: SecretDestination[]; variable: VariableRef | undefined },
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
    githubSecrets: places.destinations,
    expiryVariable: places.variable,
    keepScheduleAlive: p['keep-schedule-alive'],
    workflowFile: /\/\.github\/workflows\/([^/@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1],
    workflowRepo: toRepo(env.GITHUB_REPOSITORY),
    githubApiUrl: p['github-api-url'],
    timeoutMs: p['timeout-seconds'] * 1000,
    runTimeoutMs: p['run-timeout-seconds'] * 1000,
    vercel: toVercelSettings(p),
    postgres: toPostgresSettings(mode, p, p['access-token']),
    whatsapp: toWhatsAppSettings(p),
    issue: toIssueSettings(p, env.GITHUB_REPOSITORY),
    slack: toSlackSettings(p),
  };
}
