/**
 * The pure, provider-neutral decision core: is the token due, and which destinations missed it?
 * No I/O here, so every rule is testable without HTTP. What is particular to Meta lives in
 * `providers/`.
 */
import type { MetaErrorDetail } from './errors.ts';

export const DAY_SECONDS = 86_400;

/** What `debug_token` says about a token (api-facts A.2). Times are unix seconds. */
export interface TokenInfo {
  isValid: boolean;
  appId: string;
  /** `USER`, `SYSTEM_USER`, `PAGE`, `APP`, ... */
  type: string;
  application: string | undefined;
  /** Unix seconds; 0 = never expires; undefined = not known (an Instagram Login token without an expiry record). */
  expiresAt: number | undefined;
  /** Unix seconds; 0 or undefined = not applicable. */
  dataAccessExpiresAt: number | undefined;
  /** Unix seconds: when it was issued or last refreshed; absent for some tokens. */
  issuedAt: number | undefined;
  scopes: string[];
  userId: string | undefined;
  error: { code: number; subcode: number | undefined; message: string } | undefined;
}

export type Decision =
  | { kind: 'non-expiring' }
  | { kind: 'not-due'; daysLeft: number }
  /** Due, but younger than the provider refreshes (`refreshableAt`, unix seconds). */
  | { kind: 'too-young'; refreshableAt: number }
  /** `daysLeft` undefined: the expiry is not known, so every run refreshes it. */
  | { kind: 'due'; daysLeft: number | undefined; forced: boolean };

/** Whole days left until `expiresAt` (unix seconds) from `now` (unix seconds), rounded down; negative once expired. */
export function daysLeft(expiresAt: number, now: number): number {
  return Math.floor((expiresAt - now) / DAY_SECONDS);
}

/** `expiresAt` (unix seconds, 0 = never) as ISO 8601 UTC without milliseconds, or '' for never. */
export function isoTime(unixSeconds: number): string {
  return unixSeconds === 0 ? '' : new Date(unixSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * When `token` expires, in words: `never`, `not known`, or the ISO 8601 time and the days left from
 * `now` (unix seconds).
 */
export function expiryText(token: Pick<TokenInfo, 'expiresAt'>, now: number): string {
  if (token.expiresAt === undefined) return 'not known';
  if (token.expiresAt === 0) return 'never';
  return `${isoTime(token.expiresAt)} (${daysLeft(token.expiresAt, now)} days left)`;
}

/**
 * Decides whether a valid token must be refreshed now: due when it expires within
 * `refreshBeforeDays` days of `now` (unix seconds), when its expiry is not known, or whenever
 * `force` is set. A token with `expires_at: 0` never expires and is never exchanged, forced or
 * not. A due token younger than `minAgeSeconds` (Instagram's 24 hours; age from `issuedAt`,
 * when known) is `too-young`: the provider would refuse it.
 */
export function decide(
  info: TokenInfo,
  options: { now: number; refreshBeforeDays: number; force: boolean; minAgeSeconds?: number },
): Decision {
  const { expiresAt, issuedAt } = info;
  if (expiresAt === 0) return { kind: 'non-expiring' };
  const left = expiresAt === undefined ? undefined : daysLeft(expiresAt, options.now);
  const due = expiresAt === undefined || expiresAt - options.now <= options.refreshBeforeDays * DAY_SECONDS;
  if (!due && !options.force) return { kind: 'not-due', daysLeft: left ?? 0 };
  const minAge = options.minAgeSeconds ?? 0;
  if (issuedAt !== undefined && options.now - issuedAt < minAge)
    return { kind: 'too-young', refreshableAt: issuedAt + minAge };
  return { kind: 'due', daysLeft: left, forced: !due };
}

/** A reason the token may not be used, with what a person must do. */
export interface Finding {
  message: string;
  hint: string;
  meta?: MetaErrorDetail;
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
     * false when it serves no production traffic; `building`, when that one is older than the
     * variable: when a newer one still being built was created, unix ms), `none`, or `unknown`
     * (unreadable).
     */
    deployment?: { createdAt: number; promoted: boolean; building?: number } | 'none' | 'unknown';
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
  /** Targets whose deployment created after their write is still being built: going live, not activated again. */
  building: string[];
}

/**
 * Finds the destinations that missed the current token, so that a plain re-run after a partial
 * failure converges without `force`. The reference is the token's `issued_at`, or else the time
 * the primary was last written (it holds the current token, so a destination written before it
 * missed it). A destination written more than `CLOCK_TOLERANCE_SECONDS` before the reference
 * missed the token. A deployment created before its variable was last written does not run with
 * it (same clock, no tolerance); one created since that is still being built is going live, so it
 * is not activated again (a second build of the same value). Without a reference, or without a
 * readable state, a destination is unknown, never current.
 */
export function planSync(input: SyncInput): SyncPlan {
  const plan: SyncPlan = { write: [], activate: [], unknown: [], notPromoted: [], building: [] };
  const reference =
    input.issuedAt !== undefined
      ? input.issuedAt * 1000
      : typeof input.primary === 'number'
        ? input.primary
        : undefined;
  for (const { target, writtenAt, deployment } of input.destinations) {
    if (writtenAt === 'unknown') plan.unknown.push({ target, why: 'unreadable' });
    else if (writtenAt === 'missing') plan.write.push(target);
    else if (reference === undefined) plan.unknown.push({ target, why: 'no-reference' });
    else if (writtenAt < reference - CLOCK_TOLERANCE_SECONDS * 1000) plan.write.push(target);
    else if (deployment === 'unknown') plan.unknown.push({ target, why: 'unreadable' });
    else if (deployment === undefined || deployment === 'none') continue;
    else if (deployment.createdAt < writtenAt)
      ((deployment.building ?? -Infinity) >= writtenAt ? plan.building : plan.activate).push(target);
    else if (!deployment.promoted) plan.notPromoted.push(target);
  }
  return plan;
}
