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
import { begin, bounded, commitError, connect, connectionLost, postgresError } from './clients/postgres.ts';
import type { TokenInfo } from './core.ts';
import { DAY_SECONDS, decide, expiryText } from './core.ts';
import { errorCause, HELD_CAUSE, tokenCause, VERIFY_CAUSE } from './causes.ts';
import { boundOf, opened, stored, storedProblem, timestamp } from './destinations/postgres.ts';
import type { FailureClass } from './errors.ts';
import { isTransportError, messageOf, ServiceError } from './errors.ts';
import type { PostgresSettings, Settings } from './inputs.ts';
import type { TokenProvider } from './providers/provider.ts';
import type { RunReport } from './report.ts';
import { registerSecret } from './secrets.ts';

/** One row of `postgres-tokens-query`. Times are unix seconds. */
export interface TokenRow {
  id: string;
  /** What the row holds, as read: the token, or its Fernet ciphertext (NULL or another type fails the row). */
  stored: unknown;
  /** The last refresh the table records (`last_token_refresh_at`), when it does. */
  refreshedAt: number | undefined;
  /** The expiry the table records (`token_expires_at`), when it does. */
  expiresAt: number | undefined;
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
  /** For a failed row: what it failed on, a key rows that failed alike share (`causes.ts`). */
  cause?: string;
  /** For a skipped row: whether it is within `refresh-before-days` of its expiry, or of one not known. */
  atRisk?: boolean;
}

const RETRY = 'Nothing now: the next scheduled run retries this row.';
const CHECK = "Check the row's token and the action's inputs; the message says what Meta or the database refused.";
const HELD =
  "Store the channel's token in the row as the app does (check postgres-encryption and postgres-fernet-key against the app's), or have the customer reconnect.";

/** What a person does about a row whose token is dead (seed 003: renew by hand, or reconnect). */
const RECONNECT =
  'Mint a new token for this channel, or have the customer reconnect WhatsApp (Embedded Signup, the "Connect WhatsApp" button): the app stores the new token in the row, and the next run checks it.';

const column = (row: Record<string, unknown>, ...names: string[]): unknown =>
  names.map((n) => row[n]).find((v) => v !== undefined && v !== null);

const seconds = (value: unknown): number | undefined =>
  value instanceof Date && Number.isFinite(value.getTime()) ? Math.floor(value.getTime() / 1000) : undefined;

const queryProblem = (message: string, hint: string): ServiceError =>
  new ServiceError({ system: 'postgres', failureClass: 'needs-human', message: `Postgres: ${message}`, hint });

/**
 * The rows of `postgres-tokens-query`, read within `ms` milliseconds. Throws `ServiceError` when it
 * fails, lacks the `id` or `token` column, or returns no row (a WHERE that matches nothing would
 * otherwise end green while every channel runs out). A row whose token is NULL or not text is
 * returned: it fails on its own.
 */
export async function readRows(sql: Sql, query: string, ms: number): Promise<TokenRow[]> {
  const rows = await bounded(sql, ms, sql.unsafe(query)).catch((e: unknown) =>
    Promise.reject(postgresError(e, 'reading the tokens')),
  );
  const names = new Set(rows.columns.map((c) => c.name));
  if (!names.has('id') || !names.has('token'))
    throw queryProblem(
      'postgres-tokens-query must return an id column and a token column (text)',
      'Name them in the query, e.g. SELECT id, wa_token_encrypted AS token, last_token_refresh_at FROM "Channel" WHERE …',
    );
  if (rows.length === 0)
    throw queryProblem(
      `postgres-tokens-query returned no row: ${query.replace(/\s+/g, ' ').slice(0, 300)}`,
      'Check its WHERE against the table (a typo in a value, or a table the database user may not read: row-level security returns no row rather than an error). A job with no channels should not run.',
    );
  if (rows.some((row) => row.id === null))
    throw queryProblem(
      'postgres-tokens-query returned a row whose id is NULL: the update could never match it',
      "Select the table's primary key as id.",
    );
  return rows.map((row: Record<string, unknown>) => {
    const token = row.token;
    if (typeof token === 'string') registerSecret(token);
    return {
      id: String(row.id),
      stored: token,
      refreshedAt: seconds(column(row, 'last_token_refresh_at', 'refreshed_at')),
      expiresAt: seconds(column(row, 'token_expires_at', 'expires_at')),
    };
  });
}

/** How long Meta's expiring tokens live: an expiry estimated from a table's last refresh (api-facts A.1). */
const TOKEN_LIFE_SECONDS = 60 * DAY_SECONDS;

/**
 * When a row's token expires as far as the table tells, before any call (unix seconds): its
 * expiry column, else its last refresh plus 60 days, else -Infinity (nothing known: most at risk).
 */
export const expiryEstimate = (row: TokenRow): number =>
  row.expiresAt ?? (row.refreshedAt === undefined ? -Infinity : row.refreshedAt + TOKEN_LIFE_SECONDS);

/** The rows in the order they are taken: the soonest expiry first, so that a throttled job leaves the safest rows. Pure. */
export const byRisk = (rows: TokenRow[]): TokenRow[] =>
  rows.toSorted((a, b) => expiryEstimate(a) - expiryEstimate(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Meta's usage (percent of a budget, `X-App-Usage` and kin) past which no new row is started. */
export const THROTTLE_PERCENT = 75;

/**
 * What the job has seen that stops new rows: the highest usage Meta reported, whether a call was
 * rate limited, and whether the database was lost (a row's connection could not be made, or was
 * cut on a timeout): a token minted then could not be stored.
 */
export interface Throttle {
  usage: number;
  limited: boolean;
  databaseLost?: boolean;
}

/** Why no new row may start, or may exchange its token, or undefined. */
export function stopReason(throttle: Throttle): string | undefined {
  if (throttle.databaseLost) return 'the database could not be reached, so a new token could not be stored';
  if (throttle.limited) return 'Meta rate-limited this app';
  if (throttle.usage >= THROTTLE_PERCENT) return `Meta's usage of this app reached ${throttle.usage}% (X-App-Usage)`;
  return undefined;
}

/** Whether `error` is one of Meta's rate limits (api-facts A.3, A.4: 4, 17, 32, 341, 368, 613, 80000–80014). */
const rateLimited = (error: unknown): boolean => {
  const code = error instanceof ServiceError ? error.meta?.code : undefined;
  return code !== undefined && ([4, 17, 32, 341, 368, 613].includes(code) || (code >= 80_000 && code <= 80_014));
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

/** What keeps an update from a row that still holds the value read. */
const NOT_MATCHED =
  'Likely causes: a row-level security policy that lets this role read the row but not update it (Supabase: add an UPDATE policy for it); a trigger that cancels the update; or a WHERE that compares $4 or $5 with another column than the id and token the query returns.';

/** The token column of one row (`$1`, its id as text) as `postgres-tokens-query` reads it now. */
const rereadOf = (query: string): string =>
  `SELECT q.token FROM (${query.replace(/;\s*$/, '')}) AS q WHERE q.id::text = $1`;

/**
 * Stores `value` in row `row` in one transaction: `$1` the value (ciphertext with Fernet), `$2`
 * the expiry, `$3` now, `$4` the id, `$5` what the row held (`held`); then, with
 * `postgres-audit-insert`, the audit row (`$1` the id, `$2` and `$3` the old and new expiry, `$4`
 * the outcome). When the update matched nothing the row is read again: `Changed` when it is gone
 * or holds another value; a `ServiceError` (needs a person) when it still holds `held`, so the
 * update cannot reach it. Also throws `ServiceError` when more than one row matched, or the database failed.
 */
async function writeRow(
  sql: Sql,
  pg: PostgresSettings & { tokensQuery: string },
  row: { id: string; held: string },
  value: string,
  tokens: { old: TokenInfo; fresh: TokenInfo },
  ms: number,
): Promise<void> {
  const token = tokens.fresh;
  const now = timestamp(sql, Date.now() / 1000);
  const parameters = [await stored(pg, value), timestamp(sql, token.expiresAt), now, row.id, row.held];
  const transaction = begin(sql, async (tx) => {
    // Pipelined: the timeout and the update's description share a round trip.
    const [, result] = await Promise.all([
      tx.unsafe(`SET LOCAL statement_timeout = ${String(Math.round(ms))}`),
      tx.unsafe(pg.update, parameters),
    ]);
    if (result.count === 0) {
      const [current] = await tx.unsafe<Array<{ token: unknown }>>(rereadOf(pg.tokensQuery), [row.id]);
      if (current?.token !== row.held) throw new Changed();
      throw new ServiceError({
        system: 'postgres',
        failureClass: 'needs-human',
        message: `Postgres: postgres-update matched no row for row ${row.id}, which still holds the value read; nothing was written`,
        hint: NOT_MATCHED,
      });
    }
    if (pg.auditInsert) {
      const audit = [row.id, timestamp(sql, tokens.old.expiresAt), timestamp(sql, token.expiresAt), 'refreshed'];
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

/** Why a row's stored value cannot be refreshed, before any call: nothing in it, or not a value these settings read. */
async function heldProblem(pg: PostgresSettings, held: unknown): Promise<string | undefined> {
  if (held === null || held === undefined || held === '') return 'its token column is empty (NULL)';
  return storedProblem(pg, held);
}

/** One row's refresh; every outcome is a result, never a throw. */
async function refreshRow(
  sql: Sql,
  settings: Settings & { postgres: PostgresSettings & { tokensQuery: string } },
  provider: TokenProvider,
  row: TokenRow,
  now: number,
  throttle: Throttle,
): Promise<RowResult> {
  const result = (r: Omit<RowResult, 'id'>): RowResult => ({ id: row.id, ...r });
  const window = settings.refreshBeforeDays * DAY_SECONDS;
  const skip = (why: string, info?: TokenInfo): RowResult =>
    result({
      type: info?.type ?? '',
      before: info ? expiryText(info, now) : '',
      after: '',
      result: 'skipped',
      detail: `left for the next run: ${why}`,
      atRisk: (info?.expiresAt ?? expiryEstimate(row)) - now <= window,
    });
  const fail = (
    info: TokenInfo | undefined,
    detail: string,
    hint: string,
    cause: string,
    failureClass?: FailureClass,
  ): RowResult =>
    result({
      type: info?.type ?? '',
      before: info ? expiryText(info, now) : '',
      after: '',
      result: 'failed',
      detail,
      failureClass: failureClass ?? 'needs-human',
      hint,
      cause,
    });
  const stopped = stopReason(throttle);
  if (stopped) return skip(stopped);
  const problem = await heldProblem(settings.postgres, row.stored);
  const token = await opened(settings.postgres, row.stored);
  if (problem || token === undefined || typeof row.stored !== 'string')
    return fail(undefined, problem ?? 'its value does not open', HELD, HELD_CAUSE);
  let info: TokenInfo | undefined;
  try {
    info = await provider.inspect(token);
    const problems = provider.checkCurrent(info, [`row ${row.id}`]);
    if (problems.length > 0)
      return fail(info, problems.map((p) => p.message).join(' '), RECONNECT, tokenCause(info, settings.appId));
    const decision = rowDue(info, row.refreshedAt, {
      ...settings,
      now,
      olderThanDays: settings.postgres.olderThanDays,
    });
    const before = expiryText(info, now);
    const unchanged = (kind: RowResult['result'], detail = ''): RowResult =>
      result({ type: info?.type ?? '', before, after: before, result: kind, detail });
    if (decision.kind === 'non-expiring') return unchanged('non-expiring');
    if (decision.kind === 'not-due' || decision.kind === 'too-young') return unchanged('not-due');
    if (settings.dryRun) return unchanged('would-refresh');
    // Rows inspected while the job was stopped mint nothing: their token could not be stored.
    const late = stopReason(throttle);
    if (late) return skip(late, info);
    const fresh = await provider.refresh(token, info);
    if (fresh === undefined) return unchanged('not-due', 'Meta will not refresh it yet');
    const freshInfo = await provider.inspect(fresh);
    const findings = provider.checkRefreshed(info, freshInfo, now);
    if (findings.length > 0)
      return fail(info, findings.map((f) => f.message).join(' '), findings[0]?.hint ?? RETRY, VERIFY_CAUSE);
    const held = { id: row.id, held: row.stored };
    await writeRow(sql, settings.postgres, held, fresh, { old: info, fresh: freshInfo }, settings.timeoutMs);
    return result({ type: info.type, before, after: expiryText(freshInfo, now), result: 'refreshed', detail: '' });
  } catch (error) {
    if (rateLimited(error)) throttle.limited = true;
    if (connectionLost(error)) throttle.databaseLost = true;
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
    return fail(
      info,
      messageOf(error),
      hint,
      errorCause(error, info !== undefined),
      retry ? 'retry-later' : 'needs-human',
    );
  }
}

/** The notes and the failure for rows left for the next run: a failure (retry later) when any is near its expiry. */
function reportSkipped(report: RunReport, rows: RowResult[], throttle: Throttle, refreshBeforeDays: number): void {
  const skipped = rows.filter((r) => r.result === 'skipped');
  if (skipped.length === 0) return;
  const note = `${stopReason(throttle) ?? 'the job was stopped'}: no new row was started, and ${skipped.length} row${skipped.length === 1 ? ' is' : 's are'} left for the next run.`;
  report.notes.push(note);
  core.warning(note);
  const atRisk = skipped.filter((r) => r.atRisk).map((r) => r.id);
  if (atRisk.length > 0)
    report.failures.push({
      phase: 'channel',
      failureClass: 'retry-later',
      message: `${atRisk.length} row${atRisk.length === 1 ? '' : 's'} left for the next run ${atRisk.length === 1 ? 'is' : 'are'} within refresh-before-days (${refreshBeforeDays}) of expiry, or of an expiry the table does not record: ${atRisk.slice(0, 20).join(', ')}${atRisk.length > 20 ? ', …' : ''}`,
      hint: "The next run takes them first (the soonest expiry first). If this repeats, run the job more often or in shards, so that every row fits within Meta's rate limits.",
    });
}

/**
 * Refreshes every row of `postgres-tokens-query`, `concurrency` at once and the soonest expiry
 * first (`byRisk`), into `report.rows`; a failed row is a failure of the run (phase `channel`,
 * `target` its id), a changed row is reported, not failed. Once Meta's usage passes
 * `THROTTLE_PERCENT`, a call is rate limited, or the database is lost (`throttle`, which the
 * provider's client keeps up to date), no new row is started and no token exchanged: the rest are
 * left for the next run, and the run fails (retry later) if one of them is near its expiry.
 */
export async function runTable(
  settings: Settings,
  report: RunReport,
  provider: TokenProvider,
  throttle: Throttle = { usage: 0, limited: false },
): Promise<void> {
  const pg = settings.postgres;
  const tokensQuery = pg?.tokensQuery;
  if (!pg || !tokensQuery) return;
  const sql = connect(pg.url, { caCert: pg.caCert, timeoutMs: settings.timeoutMs, max: pg.concurrency });
  try {
    const shard = pg.shard;
    const all = await readRows(sql, tokensQuery, settings.timeoutMs);
    const rows = shard ? all.filter((r) => shardOf(r.id, shard.count) === shard.index) : all;
    if (shard) core.info(`Shard ${shard.index}/${shard.count}: ${rows.length} of ${all.length} rows.`);
    core.info(`${rows.length} row${rows.length === 1 ? '' : 's'} to check, ${pg.concurrency} at a time.`);
    const order = byRisk(rows);
    const results = await inPool(order, pg.concurrency, (row) =>
      refreshRow(sql, { ...settings, postgres: { ...pg, tokensQuery } }, provider, row, report.now, throttle),
    );
    // Reported in the query's order, whatever order they were taken in.
    const resultOf = new Map(order.map((row, i) => [row, results[i] as RowResult]));
    report.rows = rows.map((row) => resultOf.get(row) as RowResult);
    reportSkipped(report, report.rows, throttle, settings.refreshBeforeDays);
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
