/**
 * The Postgres client: `postgres` (porsager) with one connection, no named prepared statements
 * (Supabase's transaction pooler on port 6543 has none), and every failure classified and
 * redacted (api-facts E); for table mode's writes, `pg` (node-postgres) in pipeline mode
 * (`pipeline`), with the same TLS. Values only ever travel as bound parameters: Postgres error texts and
 * `pg_stat_activity` can echo literals.
 */
import { isIPv4 } from 'node:net';
import type { ConnectionOptions, PeerCertificate } from 'node:tls';
import { checkServerIdentity } from 'node:tls';
import * as core from '@actions/core';
import type { ClientConfig, Client as PgClient, QueryResult } from 'pg';
import postgres from 'postgres';
import { ServiceError } from '../errors.ts';
import { registerSecret } from '../secrets.ts';
import type { RequestDeadline } from './budget.ts';
import { budgetSpent, requestDeadline } from './budget.ts';

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
  'CERT_HAS_EXPIRED',
]);

/** Said when Prisma's `schema` argument is left out of the URL. */
const SCHEMA_NOTE = ' Name the schema in the statements (schema.table): Prisma sets it, this action does not.';

/**
 * Opens a client for `url` (a libpq connection string, already checked by the inputs). It speaks
 * TLS as `tlsFor` decides from the URL's host and `sslmode`: never in clear to a host that is
 * not loopback unless the URL says `sslmode=disable` (then with a warning in the log). `caCert`:
 * a PEM the server's certificate must chain to, which then overrides `sslmode` with full
 * verification. `timeoutMs` bounds the connection and each statement (milliseconds); `max`
 * connections (default 1) serve queries that run at once (a `transaction` needs a client of one).
 * No connection is made until the first query.
 */
export const connect = (url: string, options: ClientOptions & { max?: number }): Sql =>
  connector(url, options)(options.max ?? 1);

interface ClientOptions {
  caCert: string | undefined;
  timeoutMs: number;
}

/** What `connect` does, with the notes on `url` said once, for the clients of `renewable`. */
function connector(url: string, options: ClientOptions): (max: number) => Sql {
  const seconds = Math.max(1, Math.ceil(options.timeoutMs / 1000));
  const server = withoutPrismaSettings(url);
  if (server.dropped.length > 0)
    core.info(
      `postgres-url: ${server.dropped.join(', ')} ${server.dropped.length === 1 ? 'is' : 'are'} Prisma's own, ` +
        `not the server's: left out.${server.dropped.includes('schema') ? SCHEMA_NOTE : ''}`,
    );
  const tls = tlsFor(server.url, options.caCert);
  if (tls.inClear)
    core.warning(
      `postgres-url has sslmode=disable for ${tls.inClear}, which is not a loopback host: the token travels in ` +
        `clear. Remove sslmode=disable once the server speaks TLS.`,
    );
  guardDriver();
  return (max) => {
    const sql = postgres(server.url, {
      max,
      prepare: false,
      // The type catalogue is a round trip the action never needs: it binds text and timestamps.
      fetch_types: false,
      connect_timeout: seconds,
      idle_timeout: seconds,
      onnotice: () => undefined,
      // Poolers refuse most startup parameters (statement_timeout among them): a transaction sets its own.
      connection: { application_name: 'meta-token-refresh' },
      // Always set: the driver then ignores the URL's sslmode (and PGSSL), which tlsFor has read.
      ssl: tls.ssl,
    });
    clients.add(sql);
    return sql;
  };
}

/**
 * One client of one connection, opened as `connect` opens one, for table mode's reads: `client()`
 * is a new one once `bounded` retired the last, because the driver hands the last answer of a
 * session the server ended to the next session it opens on the same connection, as the answer to
 * its first statement, which would then be taken for that statement's own.
 */
export function renewable(url: string, options: ClientOptions): { client: () => Sql; end: () => Promise<void> } {
  const open = connector(url, options);
  let held: Sql | undefined;
  return {
    client() {
      if (held && !retired.has(held)) return held;
      held = open(1);
      return held;
    },
    end: async () => {
      await held?.end({ timeout: 0 });
    },
  };
}

/** One statement of a `Pipeline`: its text, and the values of its `$n` parameters. */
export interface Statement {
  text: string;
  values?: unknown[];
}

/**
 * A connection that takes transactions pipelined (pg's pipeline mode): `send` writes a
 * transaction's statements at once, each bound without being described first, and resolves each
 * one's result in order. `postgres` (the driver of `connect`) describes a statement before it
 * binds it and holds its connection meanwhile, so a transaction there costs three round trips.
 */
export interface Pipeline {
  /**
   * Writes `statements` at once and settles each; throws a classified `ServiceError` when the
   * connection could not be made (nothing was sent). Answers must keep coming: once none has come
   * for `timeoutMs` plus a grace second (or the run's budget is spent), the connection is cut, and
   * what it had not answered fails with `ETIMEDOUT`.
   */
  send(statements: Statement[]): Promise<Array<PromiseSettledResult<QueryResult>>>;
  end(): Promise<void>;
}

/** A connection to `url` as `connect` would make it (the same TLS), in pg's pipeline mode: see `Pipeline`. */
export function pipeline(url: string, options: ClientOptions): Pipeline {
  let ready: Promise<Connection> | undefined;
  const limit = options.timeoutMs + GRACE_MS;
  const send = async (statements: Statement[], again: boolean): Promise<Array<PromiseSettledResult<QueryResult>>> => {
    const opening = (ready ??= openPipeline(url, options).then((client) => new Connection(client, limit)));
    const connection = await opening.catch((error: unknown) =>
      Promise.reject(postgresError(pgFailure(error), 'connecting')),
    );
    // A connection that ended while idle (the server went away between rows) takes nothing: a new one is made.
    if (connection.ended) {
      if (ready === opening) ready = undefined;
      if (!again) return send(statements, true);
      const ended = Object.assign(new Error('the connection ended before anything was sent'), {
        code: 'CONNECTION_ENDED',
      });
      throw postgresError(ended, 'connecting');
    }
    const settled = await connection.send(statements);
    // Behind a session the server ended (its FATAL answered a statement before these), none of
    // them ran: they go again on a new connection, once.
    if (!again && connection.endedByServer && settled.every((r) => r.status === 'rejected' && !answered(r.reason))) {
      if (ready === opening) ready = undefined;
      return send(statements, true);
    }
    return settled;
  };
  return {
    send: (statements) => send(statements, false),
    async end() {
      const connection = await ready?.catch(() => undefined);
      await connection?.end();
    },
  };
}

/** Whether `error` is the server's answer (an ERROR, or the FATAL that ends its session), not the connection's loss. */
const answered = (error: unknown): boolean => typeof (error as { severity?: unknown } | null)?.severity === 'string';

/** One pg connection of a `Pipeline`, and what it has seen: cut by its watchdog, or ended by the server. */
class Connection {
  endedByServer = false;
  ended = false;
  private cut = false;
  private outstanding = 0;
  private watch: RequestDeadline | undefined;
  private readonly client: PgClient;
  private readonly limitMs: number;
  constructor(client: PgClient, limitMs: number) {
    this.client = client;
    this.limitMs = limitMs;
    client.on('end', () => (this.ended = true));
  }

  async send(statements: Statement[]): Promise<Array<PromiseSettledResult<QueryResult>>> {
    const answers = statements.map((s) => {
      this.outstanding++;
      return this.client
        .query(s.text, s.values)
        .catch((error: unknown) => {
          if ((error as { severity?: unknown }).severity === 'FATAL') this.endedByServer = true;
          throw this.failure(error);
        })
        .finally(() => {
          this.outstanding--;
          this.watchdog();
        });
    });
    this.watchdog();
    return Promise.allSettled(answers);
  }

  async end(): Promise<void> {
    this.watch?.done();
    await this.client.end().catch(() => undefined);
  }

  /** Cuts the connection once no answer has come for `limitMs` while statements wait for one. */
  private watchdog(): void {
    this.watch?.done();
    this.watch = undefined;
    if (this.outstanding === 0) return;
    const deadline = requestDeadline(this.limitMs);
    deadline.signal.addEventListener('abort', () => {
      this.cut = true;
      this.client.connection.stream.destroy();
    });
    this.watch = deadline;
  }

  private failure(error: unknown): unknown {
    if (!this.cut) return pgFailure(error);
    const why = budgetSpent() ? "the run's time budget ran out" : `no answer within ${String(this.limitMs / 1000)} s`;
    return Object.assign(new Error(why), { code: 'ETIMEDOUT' });
  }
}

/**
 * pg's client for `url`, connected: each host in turn (as `postgres` tries them), with TLS as
 * `tlsFor` says; `prefer` tries TLS, then plain when the server has none.
 */
async function openPipeline(url: string, options: ClientOptions): Promise<PgClient> {
  // Loaded by table mode only: a single row is written with `postgres`.
  const { default: pg } = await import('pg');
  const server = withoutPrismaSettings(url);
  const parsed = new URL(server.url);
  const tls = tlsFor(server.url, options.caCert).ssl;
  const attempts =
    tls === 'prefer'
      ? [{ rejectUnauthorized: false }, false]
      : [tls === 'require' ? { rejectUnauthorized: false } : tls];
  let last: unknown;
  for (const host of hostsOf(parsed.hostname))
    for (const ssl of attempts) {
      const client = new pg.Client({
        ...pgSettings(parsed),
        host,
        ssl,
        pipeline: true,
        connectionTimeoutMillis: options.timeoutMs,
      });
      // A connection's end is told to every query in flight; the event itself needs a listener.
      client.on('error', () => undefined);
      try {
        await client.connect();
        return client;
      } catch (error) {
        last = error;
      }
    }
  throw last;
}

/** libpq's URL parameters the client reads; any other is a server setting, sent at startup as `postgres` sends it. */
const CLIENT_PARAMETERS = new Set([
  'sslmode',
  'ssl',
  'sslrootcert',
  'sslnegotiation',
  'target_session_attrs',
  'connect_timeout',
  'host',
  'port',
  'options',
]);

/** pg's settings for the URL `parsed`, but its host and TLS: the user, password, database, port and server settings. */
function pgSettings(parsed: URL): ClientConfig {
  const settings = [...parsed.searchParams].filter(([name]) => !CLIENT_PARAMETERS.has(name));
  const escape = (value: string): string => value.replace(/[\\ ]/g, '\\$&');
  const options = [
    parsed.searchParams.get('options') ?? '',
    ...settings
      .filter(([name]) => name !== 'application_name')
      .map(([name, value]) => `-c ${escape(name)}=${escape(value)}`),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)) || decodeURIComponent(parsed.username),
    application_name: parsed.searchParams.get('application_name') ?? 'meta-token-refresh',
    ...(options ? { options } : {}),
  };
}

/**
 * pg's failure `error` with the code `postgresError` reads: its connection errors carry none
 * (CONNECTION_CLOSED, CONNECT_TIMEOUT), and a server without TLS is told as `postgres` tells it.
 */
function pgFailure(error: unknown): unknown {
  const { code, message } = fields(error);
  if (code) return error;
  if (/does not support SSL/.test(message))
    return Object.assign(new Error(`${message}: ended before secure TLS connection was established`), {
      code: 'ECONNRESET',
    });
  if (/connection timeout|timeout expired/i.test(message))
    return Object.assign(new Error(message), { code: 'CONNECT_TIMEOUT' });
  if (/Connection terminated|not queryable|Client was closed/i.test(message))
    return Object.assign(new Error(message), { code: 'CONNECTION_CLOSED' });
  return error;
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
      `Postgres: the driver failed outside any query (${error.message}); its connections are closed, and what was ` +
        `in flight fails.`,
    );
    for (const sql of clients) void sql.end({ timeout: 0 });
  };
  process.on('uncaughtException', onUncaught);
}

/** libpq's `sslmode` values (PostgreSQL, libpq "SSL Support"); the inputs refuse any other. */
type SslMode = 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full';

/**
 * The TLS of a connection to `url` (libpq connection string) as the driver's `ssl` option, and,
 * when the token would travel in clear to a host that is not loopback (`sslmode=disable`), that
 * host, for a warning. `caCert`: PEM of the CA the server's certificate must chain to.
 *
 * The host is judged as the URL writes it, never resolved: `localhost`, 127.0.0.0/8, `::1` (and
 * a Unix socket directory) are loopback; any other name is remote, even one that resolves to a
 * loopback address. With several comma-separated hosts, all must be loopback.
 *
 * | `sslmode`                  | loopback host               | other host             |
 * |----------------------------|-----------------------------|------------------------|
 * | none                       | plain                       | TLS                    |
 * | `disable`                  | plain                       | plain, with a warning  |
 * | `allow`, `prefer`          | TLS if the server offers it | TLS, or no connection  |
 * | `require`                  | TLS, or no connection       | TLS, or no connection  |
 * | `verify-ca`, `verify-full` | TLS, verified               | TLS, verified          |
 *
 * "TLS" alone encrypts without checking the certificate (libpq's `require`). Verified: the
 * certificate chains to `caCert`, else to Node's trusted CAs (and NODE_EXTRA_CA_CERTS), and
 * names the host as written (a DNS name, or an IP address as `IP:` subjectAltName); `verify-ca`
 * checks the name too, as the driver always has. `caCert` verifies whatever `sslmode` says.
 */
function tlsFor(
  url: string,
  caCert: string | undefined,
): { ssl: false | 'prefer' | 'require' | ConnectionOptions; inClear: string | undefined } {
  const parsed = new URL(url);
  const hosts = hostsOf(parsed.hostname);
  const loopback = hosts.every(isLoopback);
  const mode = sslModeOf(parsed.searchParams);
  if (caCert !== undefined || mode === 'verify-ca' || mode === 'verify-full')
    return { ssl: verified(hosts, caCert), inClear: undefined };
  if (mode === 'require') return { ssl: 'require', inClear: undefined };
  if (loopback)
    // libpq's allow tries plain first, then TLS; the driver's allow is TLS or nothing: prefer is nearer.
    return { ssl: mode === 'allow' || mode === 'prefer' ? 'prefer' : false, inClear: undefined };
  // The driver's prefer falls back to plain when the server declines TLS: require does not.
  return mode === 'disable' ? { ssl: false, inClear: hosts.join(',') } : { ssl: 'require', inClear: undefined };
}

/**
 * The `sslmode` of the URL's query, read as the driver reads it: `sslmode`, else its own `ssl`
 * parameter (`disable`/`false`: off; any value other than a libpq mode verifies), and
 * `sslrootcert=system` verifies. Undefined when the URL says nothing.
 */
function sslModeOf(params: URLSearchParams): SslMode | undefined {
  if (params.get('sslrootcert') === 'system') return 'verify-full';
  const value = params.get('sslmode') ?? params.get('ssl');
  if (value === null || value === '') return undefined;
  if (value === 'false') return 'disable';
  const modes: readonly string[] = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];
  return modes.includes(value) ? (value as SslMode) : 'verify-full';
}

/**
 * The hosts of a URL's `hostname`, as the driver reads them: percent-decoded, without an IPv6
 * address's brackets, split at commas (the driver's form for several hosts).
 */
function hostsOf(hostname: string): string[] {
  let decoded = hostname;
  try {
    decoded = decodeURIComponent(hostname);
  } catch {
    // The driver fails on it too, before any connection.
  }
  return decoded.split(',').map((host) => host.replace(/^\[(.*)\]$/, '$1'));
}

/** Whether `host`, as written, is this machine: `localhost`, 127.0.0.0/8, `::1`, or a Unix socket directory. */
function isLoopback(host: string): boolean {
  const name = host.toLowerCase();
  return name === 'localhost' || name === '::1' || (isIPv4(name) && name.startsWith('127.')) || name.startsWith('/');
}

/**
 * Options for a verified TLS connection to one of `hosts`. The driver gives Node no `servername`
 * for an IP address (SNI takes none), and Node then checks the certificate against `localhost`:
 * the name is checked here against the host as written instead.
 */
function verified(hosts: string[], caCert: string | undefined): ConnectionOptions {
  return {
    rejectUnauthorized: true,
    ...(caCert === undefined ? {} : { ca: caCert }),
    checkServerIdentity: (name: string, cert: PeerCertificate): Error | undefined => {
      // Node passes the driver's servername: the host connected to, unless it is an IP address.
      const candidates = hosts.length === 1 ? hosts : hosts.includes(name) ? [name] : hosts;
      const results = candidates.map((host) => checkServerIdentity(host, cert));
      return results.includes(undefined) ? undefined : results[0];
    },
  };
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

/** PostgreSQL's type oid of `timestamptz` (pg_type). */
const TIMESTAMPTZ = 1184;

/**
 * A time (`unixSeconds`) as a parameter's value: null when undefined or 0 (a token that never
 * expires, or an expiry not known).
 */
export const dateOf = (unixSeconds: number | undefined): Date | null =>
  unixSeconds ? new Date(unixSeconds * 1000) : null;

/**
 * A time as a `timestamptz` parameter of `postgres` (`dateOf`), typed so that a NULL binds even
 * where the statement leaves it out or the server cannot infer its type (42P18).
 */
export const timestamp = (sql: Sql, unixSeconds: number | undefined): postgres.Parameter<Date | null> =>
  sql.typed(dateOf(unixSeconds), TIMESTAMPTZ);

/** How long past `statement_timeout` the runner waits, so that the server, which rolls back cleanly, answers first. */
const GRACE_MS = 1000;

/** Clients whose connection was lost or cut: ended, and never used again (`renewable`). */
const retired = new WeakSet<Sql>();
function retire(sql: Sql): void {
  retired.add(sql);
  clients.delete(sql);
  void sql.end({ timeout: 0 });
}

/**
 * `work` (queries of `sql`), bounded by `timeoutMs` milliseconds (and a grace second) and the
 * run's budget. The server's `statement_timeout` cannot end a wait on a network that stopped
 * answering, and the driver has no timeout of its own once connected: past the limit the
 * client's connections are cut (the server rolls back what they left open), and it rejects with
 * an `ETIMEDOUT` error for `postgresError` to classify (retry later). The client is retired
 * then, and when `work` fails because its connection was lost: any later query of `sql` fails at
 * once.
 */
export async function bounded<T>(sql: Sql, timeoutMs: number, work: Promise<T>): Promise<T> {
  const deadline = requestDeadline(timeoutMs + GRACE_MS);
  const signal = deadline.signal;
  let onAbort = (): void => undefined;
  const timedOut = new Promise<never>((_, reject) => {
    onAbort = () => {
      retire(sql);
      const why = budgetSpent()
        ? (signal.reason as Error).message
        : `no answer within ${String((timeoutMs + GRACE_MS) / 1000)} s`;
      reject(Object.assign(new Error(why), { code: 'ETIMEDOUT' }));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, timedOut]);
  } catch (error) {
    if (lost(error)) retire(sql);
    throw error;
  } finally {
    signal.removeEventListener('abort', onAbort);
    deadline.done();
  }
}

/**
 * Failures after which no query of the client can succeed this run: the server cannot be reached,
 * or `bounded` cut the client.
 */
const LOST = new Set([
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'CONNECT_TIMEOUT',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/**
 * Whether `error` (from the driver or `bounded`) means the database is lost for the rest of the
 * run, not only one session: one terminated backend (57P01) or a reset socket is not.
 */
export const connectionLost = (error: unknown): boolean => LOST.has(fields(error).code);

/** The backend's pid: which session a statement ran in. */
const PID = 'SELECT pg_backend_pid() AS pid';

/**
 * Runs `work` in one transaction on `sql`, a client of one connection, and commits it when `work`
 * resolves, in as few round trips as its statements allow: BEGIN, the statement timeout (`ms`,
 * milliseconds) and the backend's pid go out together with `work`'s first statements (issued on
 * `sql` before its first `await`), and COMMIT together with the pid read again. Should the
 * connection be replaced between them, COMMIT would reach a session without `work` and do
 * nothing: the pid is read before COMMIT (after it, a transaction pooler may answer from another
 * backend) and compared. `work` and COMMIT are each bounded by `ms` (`bounded`).
 *
 * When `work` throws, ROLLBACK is sent, unless the connection is lost (the server rolls back a
 * session that ended). Throws: a `ServiceError` of `work` as it is, any other failure before
 * COMMIT as `postgresError` (`what`, e.g. "updating"), a failed COMMIT as `commitError` (a lost
 * answer: whether it landed is not known), and a replaced session as retry-later "not written".
 */
export async function transaction<T>(sql: Sql, ms: number, what: string, work: () => Promise<T>): Promise<T> {
  const opening = Promise.all([
    sql.unsafe('BEGIN'),
    // Our own whole number: a parameter cannot be bound in SET.
    sql.unsafe(`SET LOCAL statement_timeout = ${String(Math.round(ms))}`),
    sql.unsafe<Array<{ pid: number }>>(PID),
  ]);
  const [[, , session], result] = await bounded(sql, ms, Promise.all([opening, work()])).catch(
    async (error: unknown) => {
      if (!lost(error)) await bounded(sql, ms, sql.unsafe('ROLLBACK')).catch(() => undefined);
      throw postgresError(error, what);
    },
  );
  const [before] = await bounded(
    sql,
    ms,
    Promise.all([sql.unsafe<Array<{ pid: number }>>(PID), sql.unsafe('COMMIT')]),
  ).catch((error: unknown) => Promise.reject(commitError(error, 'committing')));
  if (before[0]?.pid !== session[0]?.pid)
    throw new ServiceError({
      system: 'postgres',
      failureClass: 'retry-later',
      message: 'Postgres: the connection was lost before COMMIT; nothing was written',
      hint: 'The next run writes it.',
    });
  return result;
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
 * Node's error when the server ends the connection during the TLS handshake: what a server that
 * does not speak TLS does (it answers the driver's SSLRequest with "no", then drops the
 * ClientHello the driver sends anyway). A reset in the middle of a handshake looks the same.
 */
const tlsCut = (code: string, message: string): boolean =>
  code === 'ECONNRESET' && message.includes('before secure TLS connection was established');

/**
 * `error` (from the driver or the socket) as a classified `ServiceError` for `what` (e.g.
 * "updating the row"): connection failures and timeouts retry later; authentication, permission,
 * TLS and statement errors need a person, with the fix. The message is redacted by `ServiceError`.
 */
export function postgresError(error: unknown, what: string): ServiceError {
  if (error instanceof ServiceError) return error;
  const { code, message } = fields(error);
  const base = {
    system: 'postgres' as const,
    message: `Postgres: ${what} failed: ${message}${code ? ` (${code})` : ''}`,
    ...(code ? { code } : {}),
  };
  // A server without TLS stays so: retrying would not help.
  if (!tlsCut(code, message) && (UNREACHABLE.has(code) || CLOSED.has(code) || TRANSIENT.test(code)))
    return new ServiceError({
      ...base,
      failureClass: 'retry-later',
      hint:
        'The database could not be reached or was busy: the next run retries. On GitHub-hosted runners use an ' +
        'IPv4 host (Supabase: the pooler).',
    });
  return new ServiceError({ ...base, failureClass: 'needs-human', hint: hintFor(code, message, what) });
}

/** What a person does about a failure with `code` and `message` while `what`. */
function hintFor(code: string, message: string, what: string): string {
  if (TLS_TRUST.has(code))
    return (
      "The server's certificate is not trusted: give its CA as postgres-ca-cert (Supabase: Database Settings " +
      '→ SSL Configuration → Download certificate).'
    );
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
    return (
      "The server's certificate does not name the host of postgres-url: connect by a name the certificate " +
      'holds, or give the server a certificate that names the host (an IP address as IP:… in its subjectAltName).'
    );
  if (tlsCut(code, message))
    return (
      'The server cut the connection at the start of TLS: it may not speak TLS. A host that is not loopback ' +
      '(localhost, 127.x.x.x, ::1) gets TLS unless postgres-url says sslmode=disable: enable TLS on the server, or ' +
      'add sslmode=disable to send the token in clear (not advised).'
    );
  if (code === '28000' && message.includes('no encryption'))
    return (
      'The server takes this user over TLS only: remove sslmode=disable from postgres-url, or add ' +
      'sslmode=require (a loopback host gets TLS only when postgres-url asks for it).'
    );
  if (code === 'ENOTFOUND' || code === 'ENETUNREACH' || code === 'EHOSTUNREACH')
    return (
      "The host cannot be reached from the runner: check the host in postgres-url (Supabase's direct host is " +
      'IPv6-only: use the pooler host).'
    );
  if (code === '42704' && what === 'connecting')
    return (
      'The server does not know a setting postgres-url passes after its "?": remove it (only sslmode and ' +
      'settings the server has belong there).'
    );
  if (code.startsWith('28'))
    return (
      'The database refused the user or password in postgres-url: update the secret (URL-encode the ' +
      "password's special characters)."
    );
  if (code === '23502')
    return (
      'A NOT NULL column was given NULL: $2, the expiry, is NULL for a token that never expires. Store ' +
      "COALESCE($2, 'infinity') in a timestamptz column, or allow NULL there."
    );
  if (code === '42501')
    return (
      'The database user may not run postgres-update: GRANT it UPDATE (and SELECT) on the table, or check the ' +
      "table's row-level security."
    );
  if (code.startsWith('42'))
    return (
      'The statement is not valid for this database: check the table and column names in postgres-update / ' +
      'postgres-select.'
    );
  return 'Check postgres-update, postgres-select and the table they use.';
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
    ...(e.code ? { code: e.code } : {}),
  });
}
