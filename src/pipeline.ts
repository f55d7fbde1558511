/**
 * The refresh every mode runs, whatever the token's provider and wherever it is kept: decide
 * whether a token is due, and when it is, exchange it and verify the new one (its inspection, the
 * provider's checks, and the WhatsApp assets it must reach) before anything is written. Nothing
 * here reports: the single token's run and each row of a table record the outcome their own way.
 */
import type { Decision, Finding, TokenInfo } from './core.ts';
import { DAY_SECONDS, decide } from './core.ts';
import type { AssetRead } from './health.ts';
import { judgeAssets } from './health.ts';
import type { TokenProvider } from './providers/provider.ts';

/** What a decision weighs. Times are unix seconds; `olderThanDays` and `refreshedAt` are table mode's. */
export interface DueOptions {
  now: number;
  refreshBeforeDays: number;
  force: boolean;
  /** Refresh a token whose last refresh (`refreshedAt`, else Meta's `issued_at`) is older than this, too. */
  olderThanDays?: number | undefined;
  refreshedAt?: number | undefined;
}

/**
 * Whether the token `info` is due: by its expiry (`refreshBeforeDays`, `force`, the provider's
 * minimum age), or because its last refresh is older than `olderThanDays`. Pure.
 */
export function decideFor(provider: Pick<TokenProvider, 'minAgeSeconds'>, info: TokenInfo, o: DueOptions): Decision {
  const decision = decide(info, { ...o, minAgeSeconds: provider.minAgeSeconds });
  if (decision.kind !== 'not-due' || o.olderThanDays === undefined) return decision;
  const last = o.refreshedAt ?? info.issuedAt;
  const old = last !== undefined && o.now - last > o.olderThanDays * DAY_SECONDS;
  return old ? { kind: 'due', daysLeft: decision.daysLeft, forced: false } : decision;
}

/** What the exchange and the verification came to. */
export type Exchanged =
  /** A new token that may be written: it passed every check and reads every asset. */
  | { kind: 'verified'; accessToken: string; info: TokenInfo; reads: AssetRead[] }
  /** Meta will not refresh it yet (an Instagram token under 24 hours old). */
  | { kind: 'too-young' }
  /** A call failed: the exchange (`refresh`) or the new token's inspection (`verify`). */
  | { kind: 'failed'; phase: 'refresh' | 'verify'; error: unknown }
  /** A new token that must not be written: the provider's findings, or assets it cannot read. */
  | { kind: 'refused'; info: TokenInfo; findings: Finding[]; reads: AssetRead[] };

/**
 * Exchanges `current.token` (inspected as `current.info`) and verifies the new one at `now` (unix
 * seconds): its inspection and `readAssets` go out together, so proving it reaches the assets
 * costs no round trip. Never throws: every failure is an outcome.
 */
export async function exchangeAndVerify(
  provider: TokenProvider,
  current: { token: string; info: TokenInfo },
  now: number,
  readAssets: (token: string) => Promise<AssetRead[]> = () => Promise.resolve([]),
): Promise<Exchanged> {
  let accessToken: string | undefined;
  try {
    accessToken = await provider.refresh(current.token, current.info);
  } catch (error) {
    return { kind: 'failed', phase: 'refresh', error };
  }
  if (accessToken === undefined) return { kind: 'too-young' };
  try {
    const [info, reads] = await Promise.all([provider.inspect(accessToken), readAssets(accessToken)]);
    const findings = provider.checkRefreshed(current.info, info, now);
    const assets = judgeAssets(reads, 'new');
    const reached = assets.unreadable.length === 0 && assets.failed.length === 0;
    return findings.length === 0 && reached
      ? { kind: 'verified', accessToken, info, reads }
      : { kind: 'refused', info, findings, reads };
  } catch (error) {
    return { kind: 'failed', phase: 'verify', error };
  }
}
