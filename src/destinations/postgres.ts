/**
 * A Postgres row (`postgres-url`, `postgres-update`): the user's own statement stores the token,
 * or its Fernet ciphertext, with bound parameters in a transaction that must touch the expected
 * number of rows. With `postgres-select`, runs that do not refresh compare the stored value with
 * the current token; without it, they store the current token again. The connection opens while
 * the token is inspected.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Statement } from 'pgsql-ast-parser';
import { parse } from 'pgsql-ast-parser';
import type { Sql } from '../clients/postgres.ts';
import { bounded, commitError, connect, postgresError } from '../clients/postgres.ts';
import type { TokenInfo } from '../core.ts';
import { ServiceError } from '../errors.ts';
import type { PostgresSettings, Settings } from '../inputs.ts';
import type { KindLabels } from '../report.ts';
import { registerSecret } from '../secrets.ts';
import type { DestinationSet } from './destination.ts';
import { newRecord } from './destination.ts';

const KIND: KindLabels = {
  id: 'postgres',
  title: 'Postgres row',
  result: 'Result',
  deploys: false,
  writing: 'writing the Postgres row',
};

/** The parameters a statement may use: the value, its expiry, the time of the write (and in table mode the row's id and the value it held). */
const MAX_PARAMETER = 3;
const MAX_TABLE_PARAMETER = 5;

/** The `$n` parameters `statement` uses, by number. */
function parametersOf(statement: Statement): Set<number> {
  const found = new Set<number>();
  JSON.stringify(statement, (key, value: unknown) => {
    if (key === 'name' && typeof value === 'string' && /^\$\d+$/.test(value)) found.add(Number(value.slice(1)));
    return value;
  });
  return found;
}

/** The one statement of `sql`, or why there is not exactly one that parses. */
function single(sql: string): Statement | string {
  try {
    const statements = parse(sql);
    if (statements.length !== 1) return `must be one statement, not ${statements.length}`;
    return statements[0] as Statement;
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    return `could not be parsed as SQL (${first.slice(0, 200)})`;
  }
}

/**
 * Why `sql` is not a statement `postgres-update` may run: a single UPDATE or INSERT … ON CONFLICT
 * … DO UPDATE that binds `$1`; in table mode (`table`) an UPDATE that also binds `$4` (the row's
 * id) and `$5` (the value it held), so that it applies only to a row nobody changed meanwhile.
 */
export function updateProblem(sql: string, table = false): string | undefined {
  const statement = single(sql);
  if (typeof statement === 'string') return statement;
  const upsert = statement.type === 'insert' && typeof statement.onConflict?.do === 'object';
  if (statement.type !== 'update' && !upsert)
    return 'must be a single UPDATE, or INSERT … ON CONFLICT … DO UPDATE (an upsert)';
  const used = parametersOf(statement);
  if (!used.has(1)) return 'must store the token as $1 (the action binds it; it never writes it into the SQL)';
  if (table && (!used.has(4) || !used.has(5)))
    return 'must match the row by $4 (its id) and the value it held, $5, e.g. WHERE id = $4 AND wa_token_encrypted = $5: a row someone changed meanwhile is then left alone';
  if ([...used].some((n) => n > (table ? MAX_TABLE_PARAMETER : MAX_PARAMETER)))
    return table
      ? 'may use only $1 (the token), $2 (its expiry), $3 (the time of this write), $4 (the row id) and $5 (the value it held)'
      : 'may use only $1 (the token), $2 (its expiry, timestamptz) and $3 (the time of this write)';
  return undefined;
}

/** Why `sql` is not a statement `postgres-select` may run: a single SELECT without parameters. */
export function selectProblem(sql: string): string | undefined {
  const statement = single(sql);
  if (typeof statement === 'string') return statement;
  if (statement.type !== 'select') return 'must be a single SELECT returning the stored value in its first column';
  if (parametersOf(statement).size > 0) return 'must not use parameters';
  return undefined;
}

/** Why `sql` is not a statement `postgres-audit-insert` may run: a single INSERT using only `$1`–`$4`. */
export function auditProblem(sql: string): string | undefined {
  const statement = single(sql);
  if (typeof statement === 'string') return statement;
  if (statement.type !== 'insert') return 'must be a single INSERT';
  if ([...parametersOf(statement)].some((n) => n > 4))
    return 'may use only $1 (the row id), $2 and $3 (the old and new expiry, timestamptz) and $4 (the outcome)';
  return undefined;
}

/** Every problem of the Postgres statements, each naming its input; checked before any call. */
export function validate(settings: Settings): string[] {
  const pg = settings.postgres;
  if (!pg) return [];
  const update = updateProblem(pg.update, pg.tokensQuery !== undefined);
  const select = pg.select === undefined ? undefined : selectProblem(pg.select);
  const tokens = pg.tokensQuery === undefined ? undefined : selectProblem(pg.tokensQuery);
  const audit = pg.auditInsert === undefined ? undefined : auditProblem(pg.auditInsert);
  return [
    ...(audit ? [`Input 'postgres-audit-insert' ${audit}.`] : []),
    ...(update ? [`Input 'postgres-update' ${update}.`] : []),
    ...(select ? [`Input 'postgres-select' ${select}.`] : []),
    ...(tokens
      ? [
          `Input 'postgres-tokens-query' ${tokens.replace('the stored value in its first column', 'id and token columns')}.`,
        ]
      : []),
  ];
}

/** How many of `$1`, `$2`, … a statement that passed `validate` binds: the highest it uses. */
export function boundOf(sql: string): number {
  const statement = single(sql);
  return typeof statement === 'string' ? 0 : Math.max(0, ...parametersOf(statement));
}

/** The table the update writes, for the report: `schema.table`. */
function tableOf(statement: Statement): string {
  const table =
    statement.type === 'update' ? statement.table : statement.type === 'insert' ? statement.into : undefined;
  return table ? [table.schema, table.name].filter(Boolean).join('.') : 'row';
}

/** An expiry (unix seconds) as a `timestamptz` parameter: NULL when it never expires or is not known. */
export const timestamp = (unixSeconds: number | undefined): Date | null =>
  unixSeconds ? new Date(unixSeconds * 1000) : null;

/** Whether two tokens are the same, compared by SHA-256 fingerprint in constant time. */
const sameToken = (a: string, b: string): boolean =>
  timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());

/** The stored form of `value`: its Fernet ciphertext, or itself. Masked either way. */
export async function stored(pg: PostgresSettings, value: string): Promise<string> {
  if (!pg.fernetKey) return value;
  const fernet = await import('../clients/fernet.ts');
  const ciphertext = fernet.fernetEncrypt(fernet.parseFernetKey(pg.fernetKey), value);
  registerSecret(ciphertext);
  return ciphertext;
}

/** The token a stored value holds (decrypted), or undefined when it does not open with the key. */
export async function opened(pg: PostgresSettings, value: unknown): Promise<string | undefined> {
  if (typeof value !== 'string') return undefined;
  if (!pg.fernetKey) return value;
  const fernet = await import('../clients/fernet.ts');
  try {
    const token = fernet.fernetDecrypt(fernet.parseFernetKey(pg.fernetKey), value);
    registerSecret(token);
    return token;
  } catch {
    return undefined;
  }
}

/** Why the update's count is not the expected one, or undefined when it is. */
function countProblem(pg: PostgresSettings, count: number): ServiceError | undefined {
  if (pg.expectedRows === undefined ? count >= 1 : count === pg.expectedRows) return undefined;
  return new ServiceError({
    system: 'postgres',
    failureClass: 'needs-human',
    message: `Postgres: postgres-update touched ${count} row${count === 1 ? '' : 's'}, expected ${pg.expectedRows ?? 'at least 1'}; rolled back`,
    hint:
      count === 0
        ? 'No row matched its WHERE: check the values it filters on, or that the row exists (an INSERT … ON CONFLICT creates it).'
        : 'Its WHERE matches more rows than expected: narrow it, or set postgres-expected-rows.',
  });
}

/**
 * Runs the update in a transaction, in three round trips: BEGIN, the statement timeout and the
 * update go out together, then COMMIT, or ROLLBACK when it touched other than the expected rows.
 * The client has one connection (`max: 1`); should it be replaced between the two, COMMIT would
 * reach a session without the update and do nothing, so the backend's pid is read again in the
 * same pipeline as COMMIT, before it (after it, a transaction pooler may answer from another
 * backend), and compared. `pg.bound`: how many of `$1`–`$3` the statement uses. Throws `ServiceError`.
 */
async function update(
  sql: Sql,
  pg: PostgresSettings & { bound: number },
  value: string,
  token: TokenInfo,
  ms: number,
): Promise<void> {
  const parameters = [value, timestamp(token.expiresAt), new Date()];
  const rollback = async (error: unknown): Promise<never> => {
    await sql.unsafe('ROLLBACK').catch(() => undefined);
    throw postgresError(error, 'updating');
  };
  // Queries without parameters pipeline; the update then needs two round trips (its parameter
  // types are described first), the first shared with them. The timeout is our own whole number.
  const [, , session, result] = await bounded(
    sql,
    ms,
    Promise.all([
      sql.unsafe('BEGIN'),
      sql.unsafe(`SET LOCAL statement_timeout = ${String(Math.round(ms))}`),
      sql.unsafe<Array<{ pid: number }>>('SELECT pg_backend_pid() AS pid'),
      sql.unsafe(pg.update, parameters.slice(0, pg.bound)),
    ]),
  ).catch(rollback);
  const wrong = countProblem(pg, result.count);
  if (wrong) return rollback(wrong);
  const [before] = await bounded(
    sql,
    ms,
    Promise.all([sql.unsafe<Array<{ pid: number }>>('SELECT pg_backend_pid() AS pid'), sql.unsafe('COMMIT')]),
  ).catch((error: unknown) => Promise.reject(commitError(error, 'committing')));
  if (before[0]?.pid !== session[0]?.pid)
    throw new ServiceError({
      system: 'postgres',
      failureClass: 'retry-later',
      message: 'Postgres: the connection was lost before COMMIT; the row was not written',
      hint: 'The next run writes it.',
    });
}

/** The run's one client, shared by the token read of a Postgres primary and the destination. */
let client: Sql | undefined;
const clientFor = (pg: PostgresSettings, timeoutMs: number): Sql =>
  (client ??= connect(pg.url, { caCert: pg.caCert, timeoutMs }));

/** The values `postgres-select` returns (first column), opened with the Fernet key when one is set. */
async function storedTokens(
  sql: Sql,
  pg: PostgresSettings,
  select: string,
  ms: number,
): Promise<Array<string | undefined>> {
  const rows = await bounded(sql, ms, sql.unsafe(select)).catch((e: unknown) =>
    Promise.reject(postgresError(e, 'reading')),
  );
  return Promise.all(rows.map((row) => opened(pg, Object.values(row)[0])));
}

/**
 * The current token, read from the row when it is the primary (`access-token` not given), masked
 * at once. Throws `ServiceError` when the select fails, finds no row, rows that differ, or a value
 * that does not open with the key.
 */
export async function readCurrentToken(settings: Settings): Promise<string | undefined> {
  const pg = settings.postgres;
  if (!pg?.primary || pg.select === undefined) return undefined;
  const sql = clientFor(pg, settings.timeoutMs);
  try {
    const values = await storedTokens(sql, pg, pg.select, settings.timeoutMs);
    const [first] = values;
    if (first === undefined || first === '' || values.some((v) => v !== first))
      throw new ServiceError({
        system: 'postgres',
        failureClass: 'needs-human',
        message: `Postgres: postgres-select returned ${values.length === 0 ? 'no row' : 'no single token that opens'}, so there is no current token to refresh`,
        hint: 'Store the current token in the row (and check postgres-select and, with Fernet, postgres-fernet-key), or pass access-token.',
      });
    registerSecret(first);
    return first;
  } catch (error) {
    await sql.end({ timeout: 0 });
    throw error;
  }
}

/** The Postgres row of `postgres-url`, when it is set: the primary when `access-token` was not given. */
export function createDestinations(settings: Settings): DestinationSet {
  const pg = settings.postgres;
  // In table mode every row is its own place (table.ts), not a destination of one token.
  if (!pg || pg.tokensQuery !== undefined) return { destinations: [] };
  const sql = clientFor(pg, settings.timeoutMs);
  // `validate` passed it before any call: one statement.
  const statement = single(pg.update) as Statement;
  const bound = Math.max(...parametersOf(statement));
  const target = `postgres:${tableOf(statement)}`;
  let ready: Promise<unknown> | undefined;
  // The connection (TCP, TLS, authentication) is made while the token is inspected.
  const connected = (): Promise<unknown> => {
    ready ??= bounded(sql, settings.timeoutMs, sql`select 1`).catch((error: unknown) =>
      Promise.reject(postgresError(error, 'connecting')),
    );
    return ready;
  };
  return {
    destinations: [
      {
        target,
        primary: pg.primary,
        record: newRecord({ kind: KIND, target, label: target, primary: pg.primary }),
        prepare: () => void connected().catch(() => undefined),
        // Only runs that do not refresh read it: the token they deliver is the one access-token holds.
        async readState() {
          await connected();
          // Without a select the row cannot be compared: the current token is stored again.
          if (pg.select === undefined) return { writtenAt: 'missing' };
          const values = await storedTokens(sql, pg, pg.select, settings.timeoutMs);
          const holds = values.length > 0 && values.every((v) => v !== undefined && sameToken(v, settings.accessToken));
          return { writtenAt: holds ? Date.now() : 'missing' };
        },
        async write(value, token) {
          await connected();
          const ciphertext = await stored(pg, value);
          await update(sql, { ...pg, bound }, ciphertext, token, settings.timeoutMs);
          return { result: 'updated', writtenAt: undefined };
        },
        async checkWritable() {
          await connected();
        },
      },
    ],
    // Terminate is sent; the server's close is not awaited (the process exits without it).
    close: () => sql.end({ timeout: 0 }),
  };
}

/**
 * Table mode (`postgres-tokens-query`, `table.ts`), loaded from this module so that its chunk of
 * `dist/` shares this one's modules (this file and the client) instead of carrying copies.
 */
export const tableMode = (): Promise<typeof import('../table.ts')> => import('../table.ts');
