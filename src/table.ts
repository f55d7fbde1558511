/**
 * Table mode (`postgres-tokens-query`): a job over a table of tokens, one per customer channel,
 * as seed 003 plans it. Each row is its own refresh (inspect, decide, exchange, verify, update)
 * with the single-token invariants; one row's failure stops no other. The update is a
 * compare-and-set: `$4` the row's id and `$5` the value it held, so a row someone changed
 * meanwhile (a customer who reconnected WhatsApp) is left alone and reported.
 */
import { createHash } from 'node:crypto';
import * as core from '@actions/core';
import type { Pipeline, Sql, Statement } from './clients/postgres.ts';
import {
  bounded,
  commitError,
  connectionLost,
  dateOf,
  pipeline,
  postgresError,
  renewable,
} from './clients/postgres.ts';
import type { TokenInfo } from './core.ts';
import { DAY_SECONDS, expiryText } from './core.ts';
import { boundOf, checkedUpdate, tableOf, typedStatement } from './statements.ts';
import { opened, stored, storedProblem } from './stored-value.ts';
import { errorCause, HELD_CAUSE, tokenCause, VERIFY_CAUSE, WHATSAPP_CAUSE } from './causes.ts';
import type { FailureClass } from './errors.ts';
import { isTransportError, messageOf, ServiceError } from './errors.ts';
import type { PostgresTableSettings, Settings } from './inputs.ts';
import type { AssetRead, AssetRef } from './health.ts';
import { judgeAssets } from './health.ts';
import { decideFor, exchangeAndVerify } from './pipeline.ts';
import { BATCH_SIZE } from './clients/graph.ts';
import { createMetaProvider } from './providers/meta.ts';
import type { TokenProvider } from './providers/provider.ts';
import type { RowResult, RunReport } from './report.ts';
import type { Settled } from './settled.ts';
import { settle } from './settled.ts';
import type { Listed, TokenRow } from './table-rows.ts';
import { byRisk, expiryEstimate, fetchWindow, listRows } from './table-rows.ts';

const RETRY = 'Nothing now: the next scheduled run retries this row.';
const CHECK = "Check the row's token and the action's inputs; the message says what Meta or the database refused.";
const HELD =
  "Store the channel's token in the row as the app does (check postgres-encryption and postgres-fernet-key against " +
  "the app's), or have the customer reconnect.";

/** What a person does about a row whose token is dead (seed 003: renew by hand, or reconnect). */
const RECONNECT =
  'Mint a new token for this channel, or have the customer reconnect WhatsApp (Embedded Signup, the "Connect ' +
  'WhatsApp" button): the app stores the new token in the row, and the next run checks it.';

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

/**
 * Runs `work` over `items` with at most `limit` workers, each taking one item at a time; `work`
 * learns which worker (0-based) runs it. Results in the order of `items`.
 */
export async function inPool<T, R>(
  items: T[],
  limit: number,
  work: (item: T, worker: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (_: unknown, id: number): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** What keeps an update from a row the query reads: its WHERE `compares` parameters with other columns than `columns`. */
const notMatched = (compares: string, columns: string): string =>
  'Likely causes: a row-level security policy that lets this role read the row but not update it (Supabase: add an ' +
  `UPDATE policy for it); a trigger that cancels the update; or a WHERE that compares ${compares} with another ` +
  `column than the ${columns} the query returns.`;

/** The token column of one row (`$1`, its id as text) as `postgres-tokens-query` reads it now. */
const rereadOf = (query: string): string =>
  `SELECT q.token FROM (${query.replace(/;\s*$/, '')}) AS q WHERE q.id::text = $1`;

/** The types of `postgres-update`'s parameters (`$1` the value … `$5` the value read), and of the audit insert's. */
const UPDATE_TYPES = ['text', 'timestamptz', 'timestamptz', 'text', 'text'];
const AUDIT_TYPES = ['text', 'timestamptz', 'timestamptz', 'text'];

/**
 * Stores `value` in row `row` in one transaction, pipelined on `worker`'s connection (`Pipeline`):
 * BEGIN, the statement timeout, `postgres-update` (`$1` the value, ciphertext with Fernet, `$2`
 * the expiry, `$3` now, `$4` the id, `$5` what the row held), made by the server to fail unless
 * it touched one row, then `postgres-audit-insert` (`$1` the id, `$2` and `$3` the old and new
 * expiry, `$4` the outcome) and COMMIT, written at once. True when the row was written; what else
 * the answers mean is `settleWrite`'s.
 */
async function writeRow(
  job: RowJob,
  worker: number,
  row: { id: string; held: string },
  value: string,
  tokens: { old: TokenInfo; fresh: TokenInfo },
): Promise<boolean> {
  const pg = job.settings.postgres;
  const parameters = [await stored(pg, value), dateOf(tokens.fresh.expiresAt), new Date(), row.id, row.held];
  const audit = [row.id, dateOf(tokens.old.expiresAt), dateOf(tokens.fresh.expiresAt), 'refreshed'];
  const bound = pg.auditInsert ? boundOf(pg.auditInsert) : 0;
  const results = await transaction(job, worker, [
    { text: checkedUpdate(pg.update, UPDATE_TYPES), values: parameters },
    ...(pg.auditInsert
      ? [{ text: typedStatement(pg.auditInsert, AUDIT_TYPES.slice(0, bound)), values: audit.slice(0, bound) }]
      : []),
  ]);
  return settleWrite(job, row, results);
}

/**
 * `statements` in one transaction with the statement timeout, written at once on `worker`'s
 * connection (`Pipeline.send`): the answers to BEGIN, the timeout, each statement and COMMIT.
 */
const transaction = (
  job: RowJob,
  worker: number,
  statements: Statement[],
): Promise<Array<PromiseSettledResult<{ command: string }>>> =>
  job
    .pipe(worker)
    .send([
      { text: 'BEGIN' },
      { text: `SET LOCAL statement_timeout = ${String(Math.round(job.settings.timeoutMs))}` },
      ...statements,
      { text: 'COMMIT' },
    ]);

/** Whether a transaction's answers (`transaction`) end with its COMMIT. */
const committed = (results: Array<PromiseSettledResult<{ command: string }>>): boolean => {
  const commit = results.at(-1);
  return commit?.status === 'fulfilled' && commit.value.command === 'COMMIT';
};

/** The first failure among a transaction's answers, and where it came. */
const firstFailure = (results: Array<PromiseSettledResult<unknown>>): { at: number; error: unknown } => {
  const at = results.findIndex((r) => r.status === 'rejected');
  return { at, error: (results[at] as PromiseRejectedResult | undefined)?.reason };
};

/** The row count a `checkedUpdate` failed on, as text (`meta-token-refresh: N rows`), when that is the failure. */
const countOf = (error: unknown): string | undefined => /meta-token-refresh: (\d+) rows/.exec(messageOf(error))?.[1];

/**
 * What the answers to a row's pipelined transaction (`writeRow`) mean: true when COMMIT answered
 * COMMIT. An ERROR the server answered rolled the transaction back: when it is the update's own
 * count check, the row is read again (false when it is gone or holds another value: someone
 * changed it; a `ServiceError` that needs a person when it still holds the value read, or when
 * the update touched more than one row); otherwise it is thrown as `postgresError`. A session the
 * server ended before COMMIT rolled back too (`postgresError`, retry later). Any other failure is
 * the connection's, after COMMIT was sent: `commitError`, whether the row holds the token is not
 * known.
 */
async function settleWrite(
  job: RowJob,
  row: { id: string; held: string },
  results: Array<PromiseSettledResult<{ command: string }>>,
): Promise<boolean> {
  if (committed(results)) return true;
  const { at: failedAt, error: first } = firstFailure(results);
  const commit = results.at(-1);
  const severity = (first as { severity?: unknown } | undefined)?.severity;
  if ((severity === 'FATAL' || severity === 'PANIC') && failedAt < results.length - 1)
    throw postgresError(first, 'updating');
  if (severity !== 'ERROR')
    throw commitError(
      first ?? new Error(`COMMIT answered ${commit?.status === 'fulfilled' ? commit.value.command : 'nothing'}`),
      'committing',
    );
  const count = countOf(first);
  if (count === undefined) throw postgresError(first, 'updating');
  if (count !== '0')
    throw new ServiceError({
      system: 'postgres',
      failureClass: 'needs-human',
      message: `Postgres: postgres-update touched ${count} rows for row ${row.id}, expected 1; rolled back`,
      hint: 'Match the row by its id: WHERE id = $4 AND <token column> = $5.',
    });
  const { tokensQuery } = job.settings.postgres;
  const sql = job.client();
  const reread = sql.unsafe<Array<{ token: unknown }>>(rereadOf(tokensQuery), [row.id]);
  const [current] = await bounded(sql, job.settings.timeoutMs, reread);
  if (current?.token !== row.held) return false;
  throw new ServiceError({
    system: 'postgres',
    failureClass: 'needs-human',
    message:
      `Postgres: postgres-update matched no row for row ${row.id}, which still holds the value read; ` +
      `nothing was written`,
    hint: notMatched('$4 or $5', 'id and token'),
  });
}

/** Why a row's stored value cannot be refreshed, before any call: nothing in it, or not a value these settings read. */
async function heldProblem(pg: PostgresTableSettings, held: unknown): Promise<string | undefined> {
  if (held === null || held === undefined || held === '') return 'its token column is empty (NULL)';
  return storedProblem(pg, held);
}

/**
 * What one row's refresh works with: the job's database client (`client`, which reads), each
 * worker's connection for writes (`pipe`), the job's settings, its provider and state, and the
 * time (unix seconds).
 */
interface RowJob {
  client: () => Sql;
  pipe: (worker: number) => Pipeline;
  settings: Settings & { postgres: PostgresTableSettings };
  provider: TokenProvider;
  now: number;
  throttle: Throttle;
}

/** The row's result, by kind: the expiry before it as words, when the row was inspected. */
const resultFor =
  (row: Listed, job: RowJob, info?: TokenInfo) =>
  (result: RowResult['result'], detail = '', more: Partial<RowResult> = {}): RowResult => ({
    id: row.id,
    type: info?.type ?? '',
    before: info ? expiryText(info, job.now) : '',
    after: '',
    result,
    detail,
    ...more,
  });

/** A failed row's result, with its `cause` (`causes.ts`): `needs-human` unless `failureClass` says otherwise. */
const failed = (
  row: Listed,
  job: RowJob,
  info: TokenInfo | undefined,
  what: { detail: string; hint: string; cause: string },
  failureClass: FailureClass = 'needs-human',
): RowResult => resultFor(row, job, info)('failed', what.detail, { failureClass, hint: what.hint, cause: what.cause });

/** A row left for the next run, and whether it is near its expiry (then the job fails, to be retried). */
function skipped(row: Listed, job: RowJob, why: string, info?: TokenInfo): RowResult {
  const window = job.settings.refreshBeforeDays * DAY_SECONDS;
  const atRisk = (info?.expiresAt ?? expiryEstimate(row)) - job.now <= window;
  return resultFor(row, job, info)('skipped', `left for the next run: ${why}`, { atRisk });
}

/**
 * The row's current token inspected (or its inspection of the window, `openWindow`) beside the
 * reads of its WhatsApp assets; a result when the row cannot go on (a dead token, an asset it
 * cannot read, a BLOCKED number).
 */
async function inspectRow(job: RowJob, row: TokenRow, open: Opened): Promise<{ info: TokenInfo; stop?: RowResult }> {
  const { provider } = job;
  const read = readerOf(provider, row.assets);
  const inspect = async (): Promise<TokenInfo> => {
    const made = open.inspection;
    if (!made) return provider.inspect(open.token);
    if (made.ok) return made.value;
    throw made.error;
  };
  const [info, reads] = await Promise.all([inspect(), read(open.token)]);
  const judged = judgeAssets(reads, 'current');
  const dead = provider.checkCurrent(info, [`row ${row.id}`]);
  const problems = [...dead, ...judged.unreadable, ...judged.blocked];
  const failedRead = judged.failed[0];
  if (failedRead) throw failedRead.error;
  if (problems.length === 0) return { info };
  const detail = problems.map((p) => p.message).join(' ');
  // A dead token is the customer's to reconnect; an asset's finding says its own fix.
  const what =
    dead.length > 0
      ? { detail, hint: RECONNECT, cause: tokenCause(info, job.settings.appId) }
      : { detail, hint: problems[0]?.hint ?? CHECK, cause: WHATSAPP_CAUSE };
  return { info, stop: failed(row, job, info, what) };
}

/** How the WhatsApp assets `refs` are read with a token (nothing to read when there are none). */
const readerOf =
  (provider: TokenProvider, refs: AssetRef[]) =>
  (token: string): Promise<AssetRead[]> =>
    refs.length > 0 && provider.readAssets ? provider.readAssets(token, refs) : Promise.resolve([]);

/** A row's token as opened from what it holds, and its inspection when the window's were made together. */
interface Opened {
  token: string;
  stored: string;
  inspection?: Settled<TokenInfo>;
}

/** The row's token opened, or its failure: nothing in it, or a value these settings do not read. */
async function openRow(job: RowJob, row: TokenRow): Promise<Opened | RowResult> {
  const pg = job.settings.postgres;
  const problem = await heldProblem(pg, row.stored);
  const token = await opened(pg, row.stored);
  if (problem || token === undefined || typeof row.stored !== 'string')
    return failed(row, job, undefined, { detail: problem ?? 'its value does not open', hint: HELD, cause: HELD_CAUSE });
  return { token, stored: row.stored };
}

/**
 * The rows of a window opened, their tokens inspected together (`inspectMany`: Graph batch
 * requests of up to 50 calls, `concurrency` at once). Not when `concurrency` is 1, which takes
 * one row and one call at a time, nor once the job is stopped.
 */
async function openWindow(job: RowJob, rows: TokenRow[]): Promise<Array<Opened | RowResult>> {
  const open = await Promise.all(rows.map((row) => openRow(job, row)));
  const { provider } = job;
  if (job.settings.postgres.concurrency === 1 || !provider.inspectMany || stopReason(job.throttle)) return open;
  const ready = open.filter((o): o is Opened => 'token' in o);
  const inspections = await provider.inspectMany(ready.map((o) => o.token));
  ready.forEach((o, i) => (o.inspection = inspections[i]));
  return open;
}

/** One row's refresh through the pipeline every mode runs; every outcome is a result, never a throw. */
async function refreshRow(job: RowJob, row: TokenRow, worker: number, open: Opened | RowResult): Promise<RowResult> {
  const { throttle } = job;
  const stopped = stopReason(throttle);
  if (stopped) return skipped(row, job, stopped);
  if (!('token' in open)) return open;
  let info: TokenInfo | undefined;
  try {
    const inspected = await inspectRow(job, row, open);
    info = inspected.info;
    return inspected.stop ?? (await refreshDue(job, { row, worker }, { token: open.token, info, held: open.stored }));
  } catch (error) {
    if (rateLimited(error)) throttle.limited = true;
    if (connectionLost(error)) throttle.databaseLost = true;
    return failedBy(job, row, info, error);
  }
}

/** The row failed with `error` (thrown by a call): retry later or needs a person, as the error says. */
function failedBy(job: RowJob, row: Listed, info: TokenInfo | undefined, error: unknown): RowResult {
  const retry = error instanceof ServiceError ? error.failureClass === 'retry-later' : isTransportError(error);
  const hint = retry ? RETRY : ((error instanceof ServiceError ? error.hint : undefined) ?? CHECK);
  const cause = errorCause(error, info !== undefined);
  return failed(row, job, info, { detail: messageOf(error), hint, cause }, retry ? 'retry-later' : 'needs-human');
}

/** Decides, then exchanges, verifies and writes a due row, with `worker`'s client. Throws what the calls throw. */
async function refreshDue(
  job: RowJob,
  { row, worker }: { row: TokenRow; worker: number },
  current: { token: string; info: TokenInfo; held: string },
): Promise<RowResult> {
  const { settings, provider, now } = job;
  const { info } = current;
  const olderThanDays = settings.postgres.olderThanDays;
  const decision = decideFor(provider, info, { ...settings, now, olderThanDays, refreshedAt: row.refreshedAt });
  const before = expiryText(info, now);
  const unchanged = (result: RowResult['result'], detail = ''): RowResult =>
    resultFor(row, job, info)(result, detail, { after: before });
  if (decision.kind === 'non-expiring') return unchanged('non-expiring');
  if (decision.kind !== 'due') return unchanged('not-due');
  if (settings.dryRun) return unchanged('would-refresh');
  // Rows inspected while the job was stopped mint nothing: their token could not be stored.
  const late = stopReason(job.throttle);
  if (late) return skipped(row, job, late, info);
  const outcome = await exchangeAndVerify(provider, current, now, readerOf(provider, row.assets));
  if (outcome.kind === 'too-young') return unchanged('not-due', 'Meta will not refresh it yet');
  if (outcome.kind === 'failed') throw outcome.error;
  if (outcome.kind === 'refused') {
    const findings = [...outcome.findings, ...judgeAssets(outcome.reads, 'new').unreadable];
    const detail = findings.map((f) => f.message).join(' ') || 'the new token cannot read its WhatsApp assets';
    return failed(row, job, info, { detail, hint: findings[0]?.hint ?? RETRY, cause: VERIFY_CAUSE });
  }
  const held = { id: row.id, held: current.held };
  const tokens = { old: info, fresh: outcome.info };
  if (!(await writeRow(job, worker, held, outcome.accessToken, tokens)))
    return resultFor(row, job, info)('changed', 'changed by someone else since it was read: left alone');
  return resultFor(row, job, info)('refreshed', '', { after: expiryText(outcome.info, now) });
}

/**
 * Every row's refresh, in windows of as many rows as `concurrency` batch requests inspect at once
 * (`refreshWindow`). Results in the order of `rows`.
 */
async function refreshAll(job: RowJob, rows: Listed[]): Promise<RowResult[]> {
  const size = job.settings.postgres.concurrency * BATCH_SIZE;
  const results: RowResult[] = [];
  for (let start = 0; start < rows.length; start += size)
    results.push(...(await refreshWindow(job, rows.slice(start, start + size))));
  return results;
}

/**
 * One window's rows fetched as they are now (`fetchWindow`), opened and inspected together
 * (`openWindow`), then refreshed all at once: their exchanges and verifications go in batch
 * requests together, and their transactions are pipelined on `concurrency` connections (row `i`
 * on connection `i % concurrency`). With `concurrency` 1, one row at a time. A row removed since
 * it was listed is left alone; when the window cannot be read, each of its rows fails with that.
 */
async function refreshWindow(job: RowJob, window: Listed[]): Promise<RowResult[]> {
  const { settings, throttle } = job;
  const stopped = stopReason(throttle);
  if (stopped) return window.map((row) => skipped(row, job, stopped));
  const ids = window.map((row) => row.id);
  const fetched = await settle(fetchWindow(job.client(), settings.postgres.tokensQuery, ids, settings.timeoutMs));
  if (!fetched.ok) {
    if (connectionLost(fetched.error)) throttle.databaseLost = true;
    return window.map((row) => failedBy(job, row, undefined, fetched.error));
  }
  const rows = window.flatMap((row) => fetched.value.get(row.id) ?? []);
  const open = await openWindow(job, rows);
  const indexed = rows.map((row, i) => ({ row, open: open[i] as Opened | RowResult }));
  const { concurrency } = settings.postgres;
  const done = await inPool(indexed, concurrency === 1 ? 1 : indexed.length, (r, i) =>
    refreshRow(job, r.row, i % concurrency, r.open),
  );
  const byId = new Map(done.map((r) => [r.id, r]));
  return window.map(
    (row) => byId.get(row.id) ?? resultFor(row, job)('changed', 'removed since it was listed: left alone'),
  );
}

/**
 * Marks each failed row with `postgres-failure-update` (`$1` its id, `$2` the failure class, `$3`
 * a one-line reason, never a token), each in its own transaction on the connections of the writes
 * (`transaction`); a mark that fails, or touches other than one row, is a failure of the run
 * (phase `channel-mark`). Not tried once the database is lost.
 */
async function markFailed(job: RowJob, report: RunReport, rows: RowResult[]): Promise<void> {
  const { settings, throttle } = job;
  const update = settings.postgres.failureUpdate;
  const failedRows = rows.filter((r) => r.result === 'failed');
  if (!update || settings.dryRun || failedRows.length === 0 || throttle.databaseLost) return;
  const { concurrency } = settings.postgres;
  // As the writes: a window's worth pipelined at once.
  await inPool(failedRows, concurrency === 1 ? 1 : concurrency * BATCH_SIZE, async (r, worker) => {
    const reason = r.detail.replace(/\s+/g, ' ').slice(0, 500);
    const values = [r.id, r.failureClass ?? 'needs-human', reason];
    const statement = { text: checkedUpdate(update, MARK_TYPES), values };
    const e = markProblem(r.id, await settle(transaction(job, worker % concurrency, [statement])));
    if (e)
      report.failures.push({
        phase: 'channel-mark',
        target: r.id,
        failureClass: e.failureClass,
        message: e.message,
        ...(e.hint ? { hint: e.hint } : {}),
      });
  });
}

/** The types of `postgres-failure-update`'s parameters: the id, the failure class and the reason. */
const MARK_TYPES = ['text', 'text', 'text'];

/** Why row `id`'s mark (`markFailed`) did not commit, from its transaction's answers; undefined when it did. */
function markProblem(
  id: string,
  sent: Settled<Array<PromiseSettledResult<{ command: string }>>>,
): ServiceError | undefined {
  const what = `marking row ${id} with postgres-failure-update`;
  if (!sent.ok) return postgresError(sent.error, what);
  if (committed(sent.value)) return undefined;
  const { error } = firstFailure(sent.value);
  const count = countOf(error);
  if (count === undefined) return postgresError(error ?? new Error('COMMIT answered nothing'), what);
  return new ServiceError({
    system: 'postgres',
    failureClass: 'needs-human',
    message: `Postgres: postgres-failure-update touched ${count} rows for row ${id}, expected 1; rolled back`,
    hint: count === '0' ? notMatched('$1', 'id') : 'Match the row by its id: WHERE id = $1.',
  });
}

/** The notes and the failure for rows left for the next run: a failure (retry later) when any is near its expiry. */
function reportSkipped(report: RunReport, rows: RowResult[], throttle: Throttle, refreshBeforeDays: number): void {
  const skipped = rows.filter((r) => r.result === 'skipped');
  if (skipped.length === 0) return;
  const note =
    `${stopReason(throttle) ?? 'the job was stopped'}: no new row was started, and ${skipped.length} ` +
    `row${skipped.length === 1 ? ' is' : 's are'} left for the next run.`;
  report.notes.push(note);
  core.warning(note);
  const atRisk = skipped.filter((r) => r.atRisk).map((r) => r.id);
  if (atRisk.length > 0)
    report.failures.push({
      phase: 'channel',
      failureClass: 'retry-later',
      message:
        `${atRisk.length} row${atRisk.length === 1 ? '' : 's'} left for the next run ` +
        `${atRisk.length === 1 ? 'is' : 'are'} within refresh-before-days (${refreshBeforeDays}) of expiry, or of ` +
        `an expiry the table does not record: ${atRisk.slice(0, 20).join(', ')}${atRisk.length > 20 ? ', …' : ''}`,
      hint:
        'The next run takes them first (the soonest expiry first). If this repeats, run the job more often or ' +
        "in shards, so that every row fits within Meta's rate limits.",
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
  if (pg?.kind !== 'table') return;
  const clients = renewable(pg.url, { caCert: pg.caCert, timeoutMs: settings.timeoutMs });
  const pipes: Pipeline[] = [];
  const pipe = (worker: number): Pipeline =>
    (pipes[worker] ??= pipeline(pg.url, { caCert: pg.caCert, timeoutMs: settings.timeoutMs }));
  report.relation = tableOf(pg.update);
  try {
    const shard = pg.shard;
    const all = await listRows(clients.client(), pg.tokensQuery, settings.timeoutMs);
    const rows = shard ? all.filter((r) => shardOf(r.id, shard.count) === shard.index) : all;
    if (shard) core.info(`Shard ${shard.index}/${shard.count}: ${rows.length} of ${all.length} rows.`);
    core.info(`${rows.length} row${rows.length === 1 ? '' : 's'} to check, ${pg.concurrency} at a time.`);
    const order = byRisk(rows);
    const job: RowJob = {
      client: clients.client,
      pipe,
      settings: { ...settings, postgres: pg },
      provider,
      now: report.now,
      throttle,
    };
    const results = await refreshAll(job, order);
    // Reported in the query's order, whatever order they were taken in.
    const byRow = new Map(order.map((row, i) => [row, results[i] as RowResult]));
    report.rows = rows.map((row) => byRow.get(row) as RowResult);
    await markFailed(job, report, report.rows);
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
    await Promise.all([clients.end(), ...pipes.map((p) => p.end())]);
  }
}

/**
 * Table mode's job: every row refreshed with a Facebook Login provider whose answers' usage
 * throttles the job. Returns the provider, for the issues (the job's and the channels').
 */
export async function runTableJob(settings: Settings, report: RunReport): Promise<TokenProvider> {
  const throttle: Throttle = { usage: 0, limited: false };
  const onUsage = (percent: number): void => {
    throttle.usage = Math.max(throttle.usage, percent);
  };
  const provider = createMetaProvider({ ...settings, onUsage });
  await runTable(settings, report, provider, throttle);
  return provider;
}
