/**
 * The Vercel places of a single token (`vercel-*`): the projects whose environment variable
 * receives it, their redeploys, and deploy hooks.
 */
import type { EnvTarget, EnvType } from '../model.ts';
import { registerSecret } from '../secrets.ts';
import type { Raw } from './common.ts';
import { baseUrl, boolean, list, listItems, optionalToken, unique, url, wholeNumber, z } from './common.ts';

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

const PROJECT = 'must list project ids (prj_…) or names, one per line or comma separated';
const ENV_KEY = 'must be a variable name of letters, digits and underscores, not starting with a digit';
const TEAM_ID = 'must be a team id such as team_a1B2c3 (Team Settings → General → Team ID)';

export const vercelSchemas = {
  'vercel-token': optionalToken,
  'vercel-team-id': z.string().regex(/^(team_[A-Za-z0-9]+)?$/, TEAM_ID),
  'vercel-projects': list.pipe(
    z.array(z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, PROJECT)).refine(unique, 'lists a project twice: list it once'),
  ),
  'vercel-env-key': z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, ENV_KEY),
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
} as const;

type Parsed = { [K in keyof typeof vercelSchemas]: z.output<(typeof vercelSchemas)[K]> };

/** Masks the Vercel inputs that are secrets: the token, and each deploy hook URL whole (anyone with one can deploy). */
export function registerVercelSecrets(raw: Raw): void {
  registerSecret(raw('vercel-token'));
  for (const hook of listItems(raw('vercel-deploy-hooks'))) registerSecret(hook);
}

const NEEDS_TOKEN =
  "Input 'vercel-token' is required when vercel-projects is set: " +
  "create one in Vercel (Account Settings → Tokens) scoped to the projects' team.";
const SENSITIVE_DEVELOPMENT =
  "Inputs 'vercel-env-type' and 'vercel-env-targets': Vercel cannot make a development variable sensitive. " +
  'Drop development from vercel-env-targets, or set vercel-env-type: encrypted ' +
  '(readable by anyone with project access).';
const WAIT_TOO_LONG =
  "Inputs 'vercel-wait-seconds' and 'run-timeout-seconds': the wait for a deployment must fit inside the run; " +
  'lower vercel-wait-seconds or raise run-timeout-seconds.';

/**
 * What the `vercel-*` inputs say together: the token the projects need, a target a sensitive
 * variable cannot have, and a deployment wait that fits in the run (`runTimeoutSeconds`, when valid).
 */
export function vercelProblems(raw: Raw, parsed: Partial<Parsed>, runTimeoutSeconds: number | undefined): string[] {
  const projects = (parsed['vercel-projects']?.length ?? 0) > 0;
  const wait = parsed['vercel-wait-seconds'];
  return [
    ...(projects && raw('vercel-token') === '' ? [NEEDS_TOKEN] : []),
    ...(parsed['vercel-env-type'] === 'sensitive' && parsed['vercel-env-targets']?.includes('development')
      ? [SENSITIVE_DEVELOPMENT]
      : []),
    // Only redeployed projects are waited for: without them the wait is no concern of the run's.
    ...(projects && wait !== undefined && runTimeoutSeconds !== undefined && wait >= runTimeoutSeconds
      ? [WAIT_TOO_LONG]
      : []),
  ];
}

/** The Vercel settings of inputs that passed every check. */
export function toVercelSettings(p: Parsed): VercelSettings {
  return {
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
  };
}
