/**
 * Table mode (`postgres-tokens-query`): a job over a table of tokens, one per customer channel,
 * as seed 003 plans it. Each row is its own refresh (inspect, decide, exchange, verify, update)
 * with the single-token invariants; one row's failure stops no other. The update is a
 * compare-and-set: `$4` the row's id and `$5` the value it held, so a row someone changed
 * meanwhile (a customer who reconnected WhatsApp) is left alone and reported.
 */
import { createHash } from 'node:crypto';
import * as core from '@actions/core';
import type { Sql } from './clients/postgres.ts';
import { begin, bounded, commitError, connect, postgresError } from './clients/postgres.ts';
import type { TokenInfo } from './core.ts';
import { DAY_SECONDS, decide, expiryText } from './core.ts';
import { boundOf, opened, stored, timestamp } from './destinations/postgres.ts';
import type { FailureClass } from './errors.ts';
import { isTransportError, messageOf, ServiceError } from './errors.ts';
import type { PostgresSettings, Settings } from './inputs.ts';
import type { TokenProvider } from './providers/provider.ts';
import type { RunReport } from './report.ts';
import { registerSecret } from './secrets.ts';

/** One row of `postgres-tokens-query`. Times are unix seconds. */
export interface TokenRow {
  id: string;
  /** What the row holds: the token, or its Fernet ciphertext. */
  stored: string;
  /** The last refresh the table records (`last_token_refresh_at`), when it does. */
  refreshedAt: number | undefined;
}

/** What became of one row: never its token, only its id. */
export interface RowResult {
  id: string;
  type: string;
  /** Expiry before and after, as words (`expiryText`). */
  before: string;
  after: string;
  result: 'refreshed' | 'not-due' | 'non-expiring' | 'changed' | 'failed' | 'skipped' | 'would-refresh';
  detail: string;
  /** For a failed row: whether a later run may get past it on its own, and what a person must do. */
  failureClass?: FailureClass;
  hint?: string;
}

const RETRY = 'Nothing now: the next scheduled run retries this row.';
const CHECK = "Check the row's token and the action's inputs; the message says what Meta or the database refused.";

/** What a person does about a row whose token is dead (seed 003: renew by hand, or reconnect). */
const RECONNECT =
  'Mint a new token for this channel, or have the customer reconnect WhatsApp (Embedded Signup, the "Connect WhatsApp" button): the app stores the new token in the row, and the next run checks it.';

const column = (row: Record<string, unknown>, ...names: string[]): unknown =>
  names.map((n) => row[n]).find((v) => v !== undefined && v !== null);

const seconds = (value: unknown): number | undefined =>
  value instanceof Date ? Math.floor(value.getTime() / 1000) : undefined;

/**
 * The rows of `postgres-tokens-query`, read within `ms` milliseconds; throws `ServiceError` when it
 * fails or lacks the `id` and `token` columns.
 */
export async function readRows(sql: Sql, query: string, ms: number): Promise<TokenRow[]> {
  const rows = await bounded(sql, ms, sql.unsafe(query)).catch((e: unknown) =>
    Promise.reject(postgresError(e, 'reading the tokens')),
  );
  return rows.map((row: Record<string, unknown>) => {
    const id = column(row, 'id');
    const token = column(row, 'token');
    if ((typeof id !== 'string' && typeof id !== 'number') || typeof token !== 'string')
      throw new ServiceError({
        system: 'postgres',
        failureClass: 'needs-human',
        message: 'Postgres: postgres-tokens-query must return an id column and a token column (text)',
        hint: 'Name them in the query, e.g. SELECT id, wa_token_encrypted AS token, last_token_refresh_at FROM "Channel" WHERE …',
      });
    registerSecret(token);
    return {
      id: String(id),
      stored: token,
      refreshedAt: seconds(column(row, 'last_token_refresh_at', 'refreshed_at')),
    };
  });
}

/** Meta's usage (percent of a budget, `X-App-Usage` and kin) past which no new row is started. */
export const THROTTLE_PERCENT = 75;

/** What the job has seen of Meta's limits: the highest usage reported, and whether a call was rate limited. */
export interface Throttle {
  usage: number;
  limited: boolean;
}

/** Whether `error` is one of Meta's rate limits (api-facts A.3, A.4). */
const rateLimited = (error: unknown): boolean => {
  const code = error instanceof ServiceError ? error.meta?.code : undefined;
  return code !== undefined && ([4, 17, 32, 613].includes(code) || (code >= 80_000 && code <= 80_014));
};

/** The shard (1-based, of `count`) row `id` belongs to: by the first 32 bits of its SHA-256, so every job agrees. */
export function shardOf(id: string, count: number): number {
  return (createHash('sha256').update(id).digest().readUInt32BE(0) % count) + 1;
}

/** Runs `work` over `items`, at most `limit` at once; results in the order of `items`. */
export async function inPool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Whether a row is due: by Meta's expiry (`refresh-before-days`, `force`), or because its last
 * refresh (the table's, else Meta's `issued_at`) is older than `olderThanDays`. Pure.
 */
export function rowDue(
  info: TokenInfo,
  refreshedAt: number | undefined,
  options: { now: number; refreshBeforeDays: number; force: boolean; olderThanDays: number | undefined },
): ReturnType<typeof decide> {
  const decision = decide(info, options);
  if (decision.kind !== 'not-due' || options.olderThanDays === undefined) return decision;
  const last = refreshedAt ?? info.issuedAt;
  const old = last !== undefined && options.now - last > options.olderThanDays * DAY_SECONDS;
  return old ? { kind: 'due', daysLeft: decision.daysLeft, forced: false } : decision;
}

/** A row whose update matched nothing: someone changed (or removed) it since it was read. */
class Changed extends Error {}

/**
 * Stores `value` in row `row` in one transaction: `$1` the value (ciphertext with Fernet), `$2`
 * the expiry, `$3` now, `$4` the id, `$5` what the row held; then, with `postgres-audit-insert`,
 * the audit row (`$1` the id, `$2` and `$3` the old and new expiry, `$4` the outcome). Throws
 * `Changed` when no row matched, `ServiceError` otherwise (more than one row matched, or the
 * database failed).
 */
async function writeRow(
  sql: Sql,
  pg: PostgresSettings,
  row: TokenRow,
  value: string,
  tokens: { old: TokenInfo; fresh: TokenInfo },
  ms: number,
): Promise<void> {
  const token = tokens.fresh;
  const parameters = [await stored(pg, value), timestamp(token.expiresAt), new Date(), row.id, row.stored];
  const transaction = begin(sql, async (tx) => {
    // Pipelined: the timeout and the update's description share a round trip.
    const [, result] = await Promise.all([
      tx.unsafe(`SET LOCAL statement_timeout = ${String(Math.round(ms))}`),
      tx.unsafe(pg.update, parameters),
    ]);
    if (result.count === 0) throw new Changed();
    if (pg.auditInsert) {
      const audit = [row.id, timestamp(tokens.old.expiresAt), timestamp(token.expiresAt), 'refreshed'];
      await tx.unsafe(pg.auditInsert, audit.slice(0, boundOf(pg.auditInsert)));
    }
    if (result.count !== 1)
      throw new ServiceError({
        system: 'postgres',
        failureClass: 'needs-human',
        message: `Postgres: postgres-update touched ${result.count} rows for row ${row.id}, expected 1; rolled back`,
        hint: 'Match the row by its id: WHERE id = $4 AND <token column> = $5.',
      });
  });
  // A connection lost at any point may have taken COMMIT (which `begin` sends) with it.
  await bounded(sql, ms, transaction).catch((error: unknown) =>
    Promise.reject(error instanceof Changed ? error : commitError(error, 'updating')),
  );
}

/** One row's refresh; every outcome is a result, never a throw. */
async function refreshRow(
  sql: Sql,
  settings: Settings & { postgres: PostgresSettings },
  provider: TokenProvider,
  row: TokenRow,
  now: number,
  throttle: Throttle,
): Promise<RowResult> {
  const result = (r: Omit<RowResult, 'id'>): RowResult => ({ id: row.id, ...r });
  if (throttle.limited || throttle.usage >= THROTTLE_PERCENT)
    return result({
      type: '',
      before: '',
      after: '',
      result: 'skipped',
      detail: throttle.limited
        ? 'left for the next run: Meta rate-limited this app'
        : `left for the next run: Meta's usage reached ${throttle.usage}%`,
    });
  const fail = (info: TokenInfo | undefined, detail: string, hint: string, failureClass?: FailureClass): RowResult =>
    result({
      type: info?.type ?? '',
      before: info ? expiryText(info, now) : '',
      after: '',
      result: 'failed',
      detail,
      failureClass: failureClass ?? 'needs-human',
      hint,
    });
  const token = await opened(settings.postgres, row.stored);
  if (token === undefined)
    return fail(
      undefined,
      'its value does not open with postgres-fernet-key',
      'Check postgres-fernet-key against the key the app encrypts the column with, or store the token again.',
    );
  let info: TokenInfo | undefined;
  try {
    info = await provider.inspect(token);
    const problems = provider.checkCurrent(info, [`row ${row.id}`]);
    if (problems.length > 0) return fail(info, problems.map((p) => p.message).join(' '), RECONNECT);
    const decision = rowDue(info, row.refreshedAt, {
      ...settings,
      now,
      olderThanDays: settings.postgres.olderThanDays,
    });
    const before = expiryText(info, now);
    if (decision.kind === 'non-expiring' || decision.kind === 'not-due' || decision.kind === 'too-young')
      return result({
        type: info.type,
        before,
        after: before,
        result: decision.kind === 'non-expiring' ? 'non-expiring' : 'not-due',
        detail: '',
      });
    if (settings.dryRun) return result({ type: info.type, before, after: before, result: 'would-refresh', detail: '' });
    const fresh = await provider.refresh(token, info);
    if (fresh === undefined)
      return result({
        type: info.type,
        before,
        after: before,
        result: 'not-due',
        detail: 'Meta will not refresh it yet',
      });
    const freshInfo = await provider.inspect(fresh);
    const findings = provider.checkRefreshed(info, freshInfo, now);
    if (findings.length > 0) return fail(info, findings.map((f) => f.message).join(' '), findings[0]?.hint ?? RETRY);
    await writeRow(sql, settings.postgres, row, fresh, { old: info, fresh: freshInfo }, settings.timeoutMs);
    return result({ type: info.type, before, after: expiryText(freshInfo, now), result: 'refreshed', detail: '' });
  } catch (error) {
    if (rateLimited(error)) throttle.limited = true;
    if (error instanceof Changed)
      return result({
        type: info?.type ?? '',
        before: info ? expiryText(info, now) : '',
        after: '',
        result: 'changed',
        detail: 'changed by someone else since it was read: left alone',
      });
    const retry = error instanceof ServiceError ? error.failureClass === 'retry-later' : isTransportError(error);
    const hint = retry ? RETRY : ((error instanceof ServiceError ? error.hint : undefined) ?? CHECK);
    return fail(info, messageOf(error), hint, retry ? 'retry-later' : 'needs-human');
  }
}

/**
 * Refreshes every row of `postgres-tokens-query`, `concurrency` at once, into `report.rows`; a
 * failed row is a failure of the run (phase `channel`, `target` its id), a changed row is reported, not failed.
 * Once Meta's usage passes `THROTTLE_PERCENT` or a call is rate limited (`throttle`, which the
 * provider's client keeps up to date), no new row is started: the rest are left for the next run.
 */
export async function runTable(
  settings: Settings,
  report: RunReport,
  provider: TokenProvider,
  throttle: Throttle = { usage: 0, limited: false },
): Promise<void> {
  const pg = settings.postgres;
  if (!pg?.tokensQuery) return;
  const sql = connect(pg.url, { caCert: pg.caCert, timeoutMs: settings.timeoutMs, max: pg.concurrency });
  try {
    const shard = pg.shard;
    const all = await readRows(sql, pg.tokensQuery, settings.timeoutMs);
    const rows = shard ? all.filter((r) => shardOf(r.id, shard.count) === shard.index) : all;
    if (shard) core.info(`Shard ${shard.index}/${shard.count}: ${rows.length} of ${all.length} rows.`);
    core.info(`${rows.length} row${rows.length === 1 ? '' : 's'} to check, ${pg.concurrency} at a time.`);
    report.rows = await inPool(rows, pg.concurrency, (row) =>
      refreshRow(sql, { ...settings, postgres: pg }, provider, row, report.now, throttle),
    );
    const skipped = report.rows.filter((r) => r.result === 'skipped').length;
    if (skipped > 0) {
      const why = throttle.limited
        ? 'Meta rate-limited this app'
        : `Meta's usage of this app reached ${throttle.usage}% (X-App-Usage)`;
      const note = `${why}: no new row was started, and ${skipped} row${skipped === 1 ? ' is' : 's are'} left for the next run.`;
      report.notes.push(note);
      core.warning(note);
    }
    for (const r of report.rows) {
      core.info(`row ${r.id}: ${r.result}${r.detail ? ` (${r.detail})` : ''}`);
      if (r.result === 'failed')
        report.failures.push({
          phase: 'channel',
          target: r.id,
          failureClass: r.failureClass ?? 'needs-human',
          message: r.detail,
          ...(r.hint ? { hint: r.hint } : {}),
        });
    }
    // The status is `failed` whenever a row failed; the outcome is what the rest came to.
    report.outcome = settings.dryRun
      ? 'dry-run'
      : report.rows.some((r) => r.result === 'refreshed')
        ? 'refreshed'
        : 'not-due';
  } catch (error) {
    report.failures.push({
      phase: 'read-token',
      failureClass: error instanceof ServiceError ? error.failureClass : 'needs-human',
      message: messageOf(error),
      ...(error instanceof ServiceError && error.hint ? { hint: error.hint } : {}),
    });
  } finally {
    await sql.end({ timeout: 0 });
  }
}
