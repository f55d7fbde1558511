/**
 * The Postgres client: `postgres` (porsager) with one connection, no named prepared statements
 * (Supabase's transaction pooler on port 6543 has none), and every failure classified and
 * redacted (api-facts E). Values only ever travel as bound parameters: Postgres error texts and
 * `pg_stat_activity` can echo literals.
 */
import * as core from '@actions/core';
import postgres from 'postgres';
import { ServiceError } from '../errors.ts';
import { registerSecret } from '../secrets.ts';
import { budgetSpent, requestSignal } from './budget.ts';

export type Sql = postgres.Sql;
export type TransactionSql = postgres.TransactionSql;

/** SQLSTATE classes and codes a later run may get past on its own (PostgreSQL, Appendix A). */
const TRANSIENT = /^(08|53|57P0[1-3]|40001|40P01|57014|55P03)/;
/** Socket and TLS failures (Node error codes) and the client's own. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'CONNECT_TIMEOUT']);
const CLOSED = new Set(['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED']);
const TLS_TRUST = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
]);

/**
 * Opens a client for `url` (a libpq connection string; its `sslmode` is followed, see README).
 * `caCert`: a PEM the server's certificate must chain to, which then overrides `sslmode` with
 * full verification. `timeoutMs` bounds the connection and each statement (milliseconds); `max`
 * connections (default 1) serve transactions that run at once.
 * No connection is made until the first query.
 */
export function connect(url: string, options: { caCert: string | undefined; timeoutMs: number; max?: number }): Sql {
  const seconds = Math.max(1, Math.ceil(options.timeoutMs / 1000));
  const server = withoutPrismaSettings(url);
  if (server.dropped.length > 0)
    core.info(
      `postgres-url: ${server.dropped.join(', ')} ${server.dropped.length === 1 ? 'is' : 'are'} Prisma's own, not the server's: left out.${server.dropped.includes('schema') ? ' Name the schema in the statements (schema.table): Prisma sets it, this action does not.' : ''}`,
    );
  guardDriver();
  const sql = postgres(server.url, {
    max: options.max ?? 1,
    prepare: false,
    // The type catalogue is a round trip the action never needs: it binds text and timestamps.
    fetch_types: false,
    connect_timeout: seconds,
    idle_timeout: seconds,
    onnotice: () => undefined,
    // Poolers refuse most startup parameters (statement_timeout among them): the update sets its own.
    connection: { application_name: 'meta-token-refresh' },
    ...(options.caCert ? { ssl: { ca: options.caCert, rejectUnauthorized: true } } : {}),
  });
  clients.add(sql);
  return sql;
}

/** The clients `connect` made, for `guardDriver` to end. */
const clients = new Set<Sql>();
let guarded = false;

/**
 * The driver can throw outside any promise: a connection whose socket is gone may still flush a
 * write from a timer (`nextWrite`, porsager/postgres #1154, #1208), and the process would end
 * before the summary and the issue. Such an exception ends every client instead, so that what is
 * in flight fails (retry later) and the run concludes; any other one is thrown again.
 */
function guardDriver(): void {
  if (guarded) return;
  guarded = true;
  const onUncaught = (error: Error): void => {
    if (!(error instanceof TypeError && /\bnextWrite\b/.test(error.stack ?? ''))) {
      // Not the driver's: as without this listener, the process ends on it.
      process.off('uncaughtException', onUncaught);
      process.nextTick(() => {
        throw error;
      });
      return;
    }
    core.warning(
      `Postgres: the driver failed outside any query (${error.message}); its connections are closed, and what was in flight fails.`,
    );
    for (const sql of clients) void sql.end({ timeout: 0 });
  };
  process.on('uncaughtException', onUncaught);
}

/**
 * The arguments Prisma's PostgreSQL connector reads from its connection string and the server does
 * not know. A team's `DATABASE_URL` carries them (Supabase's string for Prisma ends in
 * `?pgbouncer=true`), and the driver would send them as server settings, which the server refuses.
 */
const PRISMA_ONLY = [
  'pgbouncer',
  'connection_limit',
  'pool_timeout',
  'socket_timeout',
  'statement_cache_size',
  'schema',
  'sslaccept',
  'sslidentity',
  'sslpassword',
];

/** `url` without Prisma's own arguments (masked: it holds the password), and the names of those it had. */
function withoutPrismaSettings(url: string): { url: string; dropped: string[] } {
  const parsed = new URL(url);
  const dropped = PRISMA_ONLY.filter((name) => parsed.searchParams.has(name));
  if (dropped.length === 0) return { url, dropped };
  for (const name of dropped) parsed.searchParams.delete(name);
  registerSecret(parsed.href);
  return { url: parsed.href, dropped };
}

/** How long past `statement_timeout` the runner waits, so that the server, which rolls back cleanly, answers first. */
const GRACE_MS = 1000;

/**
 * `work` (queries of `sql`), bounded by `timeoutMs` milliseconds (and a grace second) and the
 * run's budget. The server's `statement_timeout` cannot end a wait on a network that stopped
 * answering, and the driver has no timeout of its own once connected: past the limit the
 * client's connections are cut (the server rolls back what they left open), and it rejects with
 * an `ETIMEDOUT` error for `postgresError` to classify (retry later). Any later query of `sql`
 * then fails at once.
 */
export async function bounded<T>(sql: Sql, timeoutMs: number, work: Promise<T>): Promise<T> {
  const signal = requestSignal(timeoutMs + GRACE_MS);
  let onAbort = (): void => undefined;
  const timedOut = new Promise<never>((_, reject) => {
    onAbort = () => {
      void sql.end({ timeout: 0 });
      const why = budgetSpent()
        ? (signal.reason as Error).message
        : `no answer within ${String((timeoutMs + GRACE_MS) / 1000)} s`;
      reject(Object.assign(new Error(why), { code: 'ETIMEDOUT' }));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, timedOut]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * `sql.begin(work)` for a connection that may die mid-transaction (porsager/postgres 3.4).
 * - Once its socket is gone, `begin` would still send ROLLBACK (or COMMIT) on it, and the driver
 *   throws from a timer, which no caller can catch (porsager/postgres #1208). So when a query of
 *   `work` fails because the connection was lost, `work` never settles: `begin` sends nothing
 *   more and rejects on its own as the connection closes (CONNECTION_CLOSED, for `commitError`);
 *   `bounded` ends any other wait.
 * - The driver keeps the last answer of a session the server ended (57P01) and hands it to the
 *   first query of the next session it opens on that connection: another row's BEGIN. A BEGIN
 *   lost that way has sent nothing of `work`, so it is tried once more.
 */
export async function begin<T>(sql: Sql, work: (tx: TransactionSql) => Promise<T>): Promise<T> {
  const held = new Promise<never>(() => undefined);
  for (let attempt = 1; ; attempt++) {
    // Set from the callback: an object, so that the check below is not narrowed to its start.
    const began = { work: false };
    try {
      return (await sql.begin((tx) => {
        began.work = true;
        return work(tx).catch((error: unknown) => {
          if (lost(error)) return held;
          throw error;
        });
      })) as T;
    } catch (error) {
      if (began.work || attempt > 1 || !lost(error)) throw error;
    }
  }
}

/** Whether `error` is the connection's end (its socket, or its session), not the server refusing a statement. */
function lost(error: unknown): boolean {
  const { code } = fields(error);
  const severity = (error as { severity?: unknown } | null)?.severity;
  return CLOSED.has(code) || UNREACHABLE.has(code) || severity === 'FATAL' || severity === 'PANIC';
}

/** The fields of a thrown value the classification reads. */
function fields(error: unknown): { code: string; message: string } {
  const e = error as { code?: unknown; message?: unknown } | null;
  return {
    code: typeof e?.code === 'string' ? e.code : '',
    message: typeof e?.message === 'string' ? e.message : String(error),
  };
}

/**
 * `error` (from the driver or the socket) as a classified `ServiceError` for `what` (e.g.
 * "updating the row"): connection failures and timeouts retry later; authentication, permission
 * and statement errors need a person, with the fix. The message is redacted by `ServiceError`.
 */
export function postgresError(error: unknown, what: string): ServiceError {
  if (error instanceof ServiceError) return error;
  const { code, message } = fields(error);
  const base = {
    system: 'postgres' as const,
    message: `Postgres: ${what} failed: ${message}${code ? ` (${code})` : ''}`,
  };
  if (UNREACHABLE.has(code) || CLOSED.has(code) || TRANSIENT.test(code))
    return new ServiceError({
      ...base,
      failureClass: 'retry-later',
      hint: 'The database could not be reached or was busy: the next run retries. On GitHub-hosted runners use an IPv4 host (Supabase: the pooler).',
    });
  const hint = TLS_TRUST.has(code)
    ? "The server's certificate is not trusted: give its CA as postgres-ca-cert (Supabase: Database Settings → SSL Configuration → Download certificate)."
    : code === 'ENOTFOUND' || code === 'ENETUNREACH' || code === 'EHOSTUNREACH'
      ? "The host cannot be reached from the runner: check the host in postgres-url (Supabase's direct host is IPv6-only: use the pooler host)."
      : code === '42704' && what === 'connecting'
        ? 'The server does not know a setting postgres-url passes after its "?": remove it (only sslmode and settings the server has belong there).'
        : code.startsWith('28')
          ? 'The database refused the user or password in postgres-url: update the secret.'
          : code === '42501'
            ? "The database user may not run postgres-update: GRANT it UPDATE (and SELECT) on the table, or check the table's row-level security."
            : code.startsWith('42')
              ? 'The statement is not valid for this database: check the table and column names in postgres-update / postgres-select.'
              : 'Check postgres-update, postgres-select and the table they use.';
  return new ServiceError({ ...base, failureClass: 'needs-human', hint });
}

/**
 * A failed write whose transaction may have committed: unless the server answered with an error,
 * the answer was lost (the connection was cut, or went quiet) after COMMIT may have reached the
 * server, so the row may hold the new token (`mayHaveLanded`). Classified as `postgresError`.
 */
export function commitError(error: unknown, what: string): ServiceError {
  const e = postgresError(error, what);
  const { code } = fields(error);
  // An answer with an error, or a client already ended (the statement never left), is no doubt.
  const answered = (error as { severity?: unknown } | null)?.severity === 'ERROR' || code === 'CONNECTION_ENDED';
  if (error instanceof ServiceError || answered) return e;
  return new ServiceError({
    system: 'postgres',
    failureClass: e.failureClass,
    message: `${e.message}; whether the row holds the new token is not known`,
    hint: 'Both tokens are valid: the next run reads the row back and writes it if it missed the token.',
    mayHaveLanded: true,
  });
}
