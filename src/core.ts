/**
 * The pure decision core: is the token due, is a refreshed token acceptable, how is a Meta error
 * classified and what must a person do. No I/O here, so every rule is testable without HTTP.
 */
import type { FailureClass, MetaErrorDetail } from './errors.ts';

const DAY_SECONDS = 86_400;

/** What `debug_token` says about a token (api-facts A.2). Times are unix seconds. */
export interface TokenInfo {
  isValid: boolean;
  appId: string;
  /** `USER`, `SYSTEM_USER`, `PAGE`, `APP`, ... */
  type: string;
  application: string | undefined;
  /** Unix seconds; 0 = never expires. */
  expiresAt: number;
  /** Unix seconds; 0 or undefined = not applicable. */
  dataAccessExpiresAt: number | undefined;
  /** Unix seconds; absent for some tokens. */
  issuedAt: number | undefined;
  scopes: string[];
  userId: string | undefined;
  error: { code: number; subcode: number | undefined; message: string } | undefined;
}

export type Decision =
  | { kind: 'non-expiring' }
  | { kind: 'not-due'; daysLeft: number }
  | { kind: 'due'; daysLeft: number; forced: boolean };

/** Whole days left until `expiresAt` (unix seconds) from `now` (unix seconds), rounded down; negative once expired. */
export function daysLeft(expiresAt: number, now: number): number {
  return Math.floor((expiresAt - now) / DAY_SECONDS);
}

/** `expiresAt` (unix seconds, 0 = never) as ISO 8601 UTC without milliseconds, or '' for never. */
export function isoTime(unixSeconds: number): string {
  return unixSeconds === 0 ? '' : new Date(unixSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Decides whether a valid token must be refreshed now: due when it expires within
 * `refreshBeforeDays` days of `now` (unix seconds), or whenever `force` is set. A token with
 * `expires_at: 0` never expires and is never exchanged, forced or not.
 */
export function decide(info: TokenInfo, options: { now: number; refreshBeforeDays: number; force: boolean }): Decision {
  if (info.expiresAt === 0) return { kind: 'non-expiring' };
  const left = daysLeft(info.expiresAt, options.now);
  const due = info.expiresAt - options.now <= options.refreshBeforeDays * DAY_SECONDS;
  if (due || options.force) return { kind: 'due', daysLeft: left, forced: !due };
  return { kind: 'not-due', daysLeft: left };
}

/** Whether the exchange must ask for a new 60-day token (expiring system-user tokens, api-facts A.1). */
export function wantsSixtyDays(info: TokenInfo): boolean {
  return info.type === 'SYSTEM_USER' && info.expiresAt !== 0;
}

/** A reason the token may not be used, with what a person must do. */
export interface Finding {
  message: string;
  hint: string;
  meta?: MetaErrorDetail;
}

export const WHATSAPP_SCOPES = ['whatsapp_business_messaging', 'whatsapp_business_management'];

/**
 * What a person does when the token is dead: the manual rotation the project replaces, in the
 * words of the teams' own guides (Business Settings → System users → Generate new token).
 * `places` are where the token lives, e.g. `acme/app:META_ACCESS_TOKEN`, primary first.
 */
export function mintTokenAdvice(places: string[]): string {
  const where = places.length > 0 ? places.map((p) => `\`${p}\``).join(', ') : 'the secret the workflow reads `access-token` from';
  return [
    'Mint a new token: Meta Business Settings (https://business.facebook.com/settings/system-users) → System users →',
    `select the system user → Generate new token → choose this app, an expiration, and the permissions ${WHATSAPP_SCOPES.map((s) => `\`${s}\``).join(' and ')}`,
    `(plus any others your app uses). Copy it at once (it is shown only once), store it in ${where}, and re-run this workflow.`,
  ].join(' ');
}

/**
 * Checks the current token before anything else happens: it must be valid, belong to `appId`,
 * and hold every scope in `requiredScopes`.
 */
export function checkInspection(info: TokenInfo, appId: string, requiredScopes: string[], places: string[]): Finding[] {
  const findings: Finding[] = [];
  if (!info.isValid) {
    const error = info.error;
    const subcode = error?.subcode === undefined ? '' : `/${error.subcode}`;
    findings.push({
      message: `The access token is not valid${error ? ` (Meta error ${error.code}${subcode}: ${error.message})` : ''}. It cannot be refreshed: an expired or revoked token cannot be exchanged.`,
      hint: mintTokenAdvice(places),
      ...(error ? { meta: { code: error.code, ...(error.subcode === undefined ? {} : { subcode: error.subcode }), message: error.message, type: 'OAuthException' } } : {}),
    });
    return findings;
  }
  if (info.appId !== appId) {
    findings.push({
      message: `The access token belongs to app ${info.appId}${info.application ? ` (${info.application})` : ''}, not to app-id ${appId}.`,
      hint: 'Set app-id and app-secret to the app that issued the token, or mint a token for this app.',
    });
  }
  const missing = requiredScopes.filter((scope) => !info.scopes.includes(scope));
  if (missing.length > 0) {
    findings.push({
      message: `The access token lacks the required scopes ${missing.join(', ')} (it has ${info.scopes.join(', ') || 'none'}).`,
      hint: mintTokenAdvice(places),
    });
  }
  return findings;
}

/**
 * Checks a freshly exchanged token against the one it replaces before it is written anywhere:
 * valid, same app, every old scope kept, and an expiry later than the old one (0 = never counts as
 * later). Returns the problems found; none means the new token may be written.
 */
export function checkRefreshed(old: TokenInfo, fresh: TokenInfo, appId: string, now: number): Finding[] {
  const findings: Finding[] = [];
  const retry = 'Nothing was written; the current token is still in place. The next scheduled run retries.';
  if (!fresh.isValid) {
    findings.push({ message: `Meta returned a token that debug_token reports as not valid${fresh.error ? ` (${fresh.error.code}: ${fresh.error.message})` : ''}.`, hint: retry });
    return findings;
  }
  if (fresh.appId !== appId) {
    findings.push({ message: `The new token belongs to app ${fresh.appId}, not to app-id ${appId}.`, hint: retry });
  }
  const lost = old.scopes.filter((scope) => !fresh.scopes.includes(scope));
  if (lost.length > 0) {
    findings.push({ message: `The new token lost the scopes ${lost.join(', ')}.`, hint: retry });
  }
  const later = fresh.expiresAt === 0 || fresh.expiresAt > old.expiresAt;
  if (!later) {
    findings.push({
      message: `The refresh did not move the expiry: the token still expires ${isoTime(old.expiresAt)} (${daysLeft(old.expiresAt, now)} days left). A ${old.type} token of this kind cannot be extended by an exchange.`,
      hint: `A person must re-authorise before ${isoTime(old.expiresAt)}: log in again to mint a new long-lived token, or better, switch to a System User token (Business Settings → System users), which this action can refresh unattended.`,
    });
  }
  return findings;
}

/** Meta error codes that clear on their own (api-facts A.3): transient and rate limits. */
const RETRYABLE_CODES = new Set([1, 2, 4, 17, 32, 341, 368, 613]);

/** Classifies a Meta Graph error by `code`/`error_subcode` (never by HTTP status, api-facts A.3). */
export function classifyMetaError(detail: Pick<MetaErrorDetail, 'code' | 'message'>): FailureClass {
  const { code, message } = detail;
  if (code === 1 && /client secret/i.test(message)) return 'needs-human';
  if (RETRYABLE_CODES.has(code) || (code >= 80_000 && code <= 80_014)) return 'retry-later';
  return 'needs-human';
}

/** What a person must do about a Meta error of the `needs-human` class. */
export function metaErrorHint(detail: MetaErrorDetail, places: string[]): string {
  const { code, subcode, message } = detail;
  if (code === 1 && /client secret/i.test(message)) {
    return 'The app secret is wrong: copy it again from the App Dashboard (App settings → Basic → App secret) into the app-secret input\'s secret.';
  }
  if (code === 101) return 'The app id is wrong: set app-id to the App ID shown in the App Dashboard.';
  if (code === 190 && subcode === 492) {
    return 'The user behind this token lost their role on the Page: restore the role, or use a System User token.';
  }
  if (code === 190 || code === 102) return mintTokenAdvice(places);
  if (code === 10 || (code >= 200 && code <= 299) || code === 3) {
    return 'A permission is missing or was not used for 90 days: grant it again to the system user (Business Settings → System users → Assign assets) and mint a new token with it.';
  }
  if (code === 100) {
    return /appsecret_proof/i.test(message)
      ? 'The app requires appsecret_proof: check that app-secret belongs to this app.'
      : 'Meta rejected a parameter: check app-id, graph-api-version and the token.';
  }
  return 'Meta refused the request; see the message above.';
}

/** What the destinations know of the token they hold, for `planSync`. */
export interface SyncInput {
  /** When the current token was issued (`debug_token` `issued_at`), unix seconds; undefined when Meta does not say. */
  issuedAt: number | undefined;
  /** Secrets other than the primary: when each was last written (unix seconds, GitHub's precision), or `missing`. */
  secrets: Array<{ target: string; updatedAt: number | 'missing' }>;
  projects: Array<{
    project: string;
    /** When the variable was last written (unix ms, Vercel's precision), `missing`, or `hidden` (the list may hide it). */
    env: number | 'missing' | 'hidden';
    /** When the latest READY production deployment was created (unix ms); `none` without one; undefined when not redeploying. */
    deployment: number | 'none' | undefined;
  }>;
}

export interface SyncPlan {
  /** Secret targets to write the current token to. */
  secrets: string[];
  /** Projects whose variable must get the current token. */
  envs: string[];
  /** Projects to redeploy (after their variable, when it is in `envs`). */
  redeploys: string[];
}

/**
 * Finds the destinations that missed the current token, so that a plain re-run after a partial
 * failure converges without `force`. A destination written before the token was issued cannot
 * hold it. A deployment created before its variable was last written does not run with it. A
 * hidden variable is judged by its deployment: one created after the token was issued was
 * deployed by a run that had written the variable. Without `issuedAt` nothing can be told and
 * nothing is planned.
 */
export function planSync(input: SyncInput): SyncPlan {
  const plan: SyncPlan = { secrets: [], envs: [], redeploys: [] };
  const { issuedAt } = input;
  if (issuedAt === undefined) return plan;
  for (const s of input.secrets) if (s.updatedAt === 'missing' || s.updatedAt < issuedAt) plan.secrets.push(s.target);
  const issuedAtMs = issuedAt * 1000;
  for (const p of input.projects) {
    const deployed = typeof p.deployment === 'number' ? p.deployment : undefined;
    const envStale = p.env === 'missing' || (p.env === 'hidden' ? deployed === undefined || deployed < issuedAtMs : p.env < issuedAtMs);
    if (envStale) plan.envs.push(p.project);
    if (p.deployment === undefined || p.deployment === 'none') continue;
    const envWrittenAt = typeof p.env === 'number' ? p.env : issuedAtMs;
    if (envStale || p.deployment < envWrittenAt) plan.redeploys.push(p.project);
  }
  return plan;
}
