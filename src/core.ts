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

/**
 * How far apart the clocks of Meta, GitHub and Vercel may be, in seconds. A destination written
 * up to this long before its reference time still counts as written after it, so a settled
 * re-run writes nothing whatever the skew between the services, up to this tolerance.
 */
export const CLOCK_TOLERANCE_SECONDS = 300;

/** When a destination was last written: unix milliseconds, `missing`, or `unknown` (unreadable). */
export type WrittenAt = number | 'missing' | 'unknown';

/** What the destinations know of the token they hold, for `planSync`. */
export interface SyncInput {
  /** When the current token was issued (`debug_token` `issued_at`), unix seconds; undefined when Meta does not say. */
  issuedAt: number | undefined;
  /** When the primary was last written, unix ms: the reference when `issuedAt` is unknown. */
  primary: WrittenAt;
  /** Every destination but the primary. */
  destinations: Array<{
    target: string;
    writtenAt: WrittenAt;
    /**
     * For a destination that runs only once deployed (a Vercel variable): its latest READY
     * production deployment (`createdAt` unix ms, on the same clock as `writtenAt`; `promoted`
     * false when it serves no production traffic), `none`, or `unknown` (unreadable).
     */
    deployment?: { createdAt: number; promoted: boolean } | 'none' | 'unknown';
  }>;
}

export interface SyncPlan {
  /** Targets that missed the current token: write it, then activate them. */
  write: string[];
  /** Targets that hold it but do not run with it yet (deployed before the write): activate only. */
  activate: string[];
  /** Targets whose state cannot be told: `unreadable`, or `no-reference` (no time to compare with). */
  unknown: Array<{ target: string; why: 'unreadable' | 'no-reference' }>;
  /** Targets deployed after their write whose deployment serves no production traffic. */
  notPromoted: string[];
}

/**
 * Finds the destinations that missed the current token, so that a plain re-run after a partial
 * failure converges without `force`. The reference is the token's `issued_at`, or else the time
 * the primary was last written (it holds the current token, so a destination written before it
 * missed it). A destination written more than `CLOCK_TOLERANCE_SECONDS` before the reference
 * missed the token. A deployment created before its variable was last written does not run with
 * it (same clock, no tolerance). Without a reference, or without a readable state, a destination
 * is unknown, never current.
 */
export function planSync(input: SyncInput): SyncPlan {
  const plan: SyncPlan = { write: [], activate: [], unknown: [], notPromoted: [] };
  const reference = input.issuedAt !== undefined ? input.issuedAt * 1000 : typeof input.primary === 'number' ? input.primary : undefined;
  for (const { target, writtenAt, deployment } of input.destinations) {
    if (writtenAt === 'unknown') plan.unknown.push({ target, why: 'unreadable' });
    else if (writtenAt === 'missing') plan.write.push(target);
    else if (reference === undefined) plan.unknown.push({ target, why: 'no-reference' });
    else if (writtenAt < reference - CLOCK_TOLERANCE_SECONDS * 1000) plan.write.push(target);
    else if (deployment === 'unknown') plan.unknown.push({ target, why: 'unreadable' });
    else if (deployment === undefined || deployment === 'none') continue;
    else if (deployment.createdAt < writtenAt) plan.activate.push(target);
    else if (!deployment.promoted) plan.notPromoted.push(target);
  }
  return plan;
}
