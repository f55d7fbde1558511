/**
 * A Postgres row (`postgres-url`, `postgres-update`): the user's own statement stores the token,
 * or its Fernet ciphertext, with bound parameters in a transaction that must touch the expected
 * number of rows. With `postgres-select`, runs that do not refresh compare the stored value with
 * the current token; without it, they store the current token again. The connection opens while
 * the token is inspected.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Expr, Statement } from 'pgsql-ast-parser';
import { parse } from 'pgsql-ast-parser';
import type postgres from 'postgres';
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

/** The one statement of `sql`, or why there is not exactly one that parses (the parser's whole message). */
function single(sql: string): Statement | string {
  try {
    // The parser lacks PostgreSQL's null-safe comparisons; as `=` and `<>` they have the same shape,
    // which is all the checks read (the server runs the statement as written).
    const statements = parse(sql.replace(/\bIS\s+(NOT\s+)?DISTINCT\s+FROM\b/gi, (_, not) => (not ? '=' : '<>')));
    if (statements.length !== 1) return `must be one statement, not ${statements.length}`;
    return statements[0] as Statement;
  } catch (error) {
    return `could not be parsed as SQL:\n${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The statement a `WITH … ` wraps, or the statement itself. */
const body = (statement: Statement): Statement => (statement.type === 'with' ? body(statement.in) : statement);

/** The terms of `where` joined by a top-level AND. */
function conjuncts(where: Expr): Expr[] {
  return where.type === 'binary' && where.op === 'AND'
    ? [...conjuncts(where.left), ...conjuncts(where.right)]
    : [where];
}

/** Whether `expr` is `$n`, or `$n` cast to a type. */
const isParameter = (expr: Expr, n: number): boolean =>
  expr.type === 'cast' ? isParameter(expr.operand, n) : expr.type === 'parameter' && expr.name === `$${n}`;

/** Whether `where` requires, at its top level, a column to equal `$n` (`col = $n AND …`). */
const pins = (where: Expr, n: number): boolean =>
  conjuncts(where).some(
    (term) => term.type === 'binary' && term.op === '=' && (isParameter(term.left, n) || isParameter(term.right, n)),
  );

const COMPARE_AND_SET =
  'must be a compare-and-set: an UPDATE that must match the row by $4 (its id) and the value it held, $5, both ANDed in its WHERE, e.g. WHERE id = $4 AND wa_token_encrypted = $5, so that a row someone changed meanwhile is left alone';

/** Why the kind and the row choice of an update are unsafe: no WHERE, no conflict target, no compare-and-set. */
function targetProblem(statement: Statement, table: boolean): string | undefined {
  if (statement.type === 'update') {
    if (!statement.where)
      return "must have a WHERE that picks the token's row: without one it rewrites every row of the table";
    if (table && !(pins(statement.where, 4) && pins(statement.where, 5))) return COMPARE_AND_SET;
    return undefined;
  }
  if (statement.type === 'insert' && typeof statement.onConflict?.do === 'object') {
    if (table) return `${COMPARE_AND_SET} (an upsert would create a channel again that was removed)`;
    if (!statement.onConflict.on)
      return 'must name its conflict target, e.g. INSERT … ON CONFLICT (kind) DO UPDATE SET …: without one it is not an upsert of one row';
    return undefined;
  }
  return table ? COMPARE_AND_SET : 'must be a single UPDATE, or INSERT … ON CONFLICT (…) DO UPDATE (an upsert)';
}

/**
 * Why `sql` is not a statement `postgres-update` may run: a single UPDATE with a WHERE, or INSERT
 * … ON CONFLICT (target) DO UPDATE, that binds `$1`; in table mode (`table`) an UPDATE whose WHERE
 * ANDs `$4` (the row's id) and `$5` (the value it held), so that it applies only to a row nobody
 * changed meanwhile. Either may sit in a `WITH`.
 */
export function updateProblem(sql: string, table = false): string | undefined {
  const statement = single(sql);
  if (typeof statement === 'string') return statement;
  const target = targetProblem(body(statement), table);
  if (target) return target;
  const used = parametersOf(statement);
  if (!used.has(1)) return 'must store the token as $1 (the action binds it; it never writes it into the SQL)';
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

/** PostgreSQL's type oid of `timestamptz` (pg_type). */
const TIMESTAMPTZ = 1184;

/**
 * A time as a `timestamptz` parameter, typed so that a NULL binds even where the statement leaves
 * it out or the server cannot infer its type (42P18). `unixSeconds`: NULL when undefined or 0 (a
 * token that never expires, or an expiry not known).
 */
export const timestamp = (sql: Sql, unixSeconds: number | undefined): postgres.Parameter<Date | null> =>
  sql.typed(unixSeconds ? new Date(unixSeconds * 1000) : null, TIMESTAMPTZ);

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

/**
 * Why a value a row holds is not one the app reads with these settings, so that writing over it
 * would change what the app can decrypt: it does not open with `postgres-fernet-key` (another
 * key, or a plain token under `fernet`), or it is Fernet ciphertext under `none`. NULL and ''
 * hold nothing to lose: undefined.
 */
export async function storedProblem(pg: PostgresSettings, value: unknown): Promise<string | undefined> {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return `holds a ${typeof value}, not text`;
  const fernet = await import('../clients/fernet.ts');
  if (!pg.fernetKey)
    return fernet.isFernetToken(value)
      ? 'holds Fernet ciphertext, but postgres-encryption is none: set postgres-encryption: fernet and the key the app decrypts the column with'
      : undefined;
  if (!fernet.isFernetToken(value))
    return 'holds a value that is not Fernet ciphertext, but postgres-encryption is fernet: is the column encrypted? If not, set postgres-encryption: none';
  return (await opened(pg, value)) === undefined
    ? "holds Fernet ciphertext that does not open with postgres-fernet-key: give the key the app uses for this database (another environment's key?)"
    : undefined;
}

/** The token a stored value holds (decrypted), or undefined when it is not one these settings read (`storedProblem`). */
export async function opened(pg: PostgresSettings, value: unknown): Promise<string | undefined> {
  if (typeof value !== 'string' || value === '') return undefined;
  const fernet = await import('../clients/fernet.ts');
  if (!pg.fernetKey) return fernet.isFernetToken(value) ? undefined : value;
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
  if (count === pg.expectedRows) return undefined;
  return new ServiceError({
    system: 'postgres',
    failureClass: 'needs-human',
    message: `Postgres: postgres-update touched ${count} row${count === 1 ? '' : 's'}, expected ${pg.expectedRows}; rolled back`,
    hint:
      count === 0
        ? 'No row matched its WHERE: check the values it filters on and that the row exists. If it does, a row-level security policy may let this role read the row but not update it (Supabase: add an UPDATE policy), or a trigger cancels the update.'
        : 'Its WHERE matches more rows than postgres-expected-rows: narrow it to the rows that hold this token, or set postgres-expected-rows to how many they are.',
  });
}

/** Refuses to write over values the app reads otherwise than these settings (`storedProblem`): needs a person. */
async function checkOverwrite(pg: PostgresSettings, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  for (const row of rows) {
    const problem = await storedProblem(pg, Object.values(row)[0]);
    if (problem)
      throw new ServiceError({
        system: 'postgres',
        failureClass: 'needs-human',
        message: `Postgres: the row ${problem}; it was not written`,
        hint: 'Writing over it would leave the app a value it cannot read. Fix postgres-encryption or postgres-fernet-key (the next run then writes the row), or clear the column if its value is meant to go.',
      });
  }
}

/**
 * Runs the update in a transaction, in three round trips: BEGIN, the statement timeout, the
 * select and the update go out together, then COMMIT, or ROLLBACK when the select found a value
 * the app reads otherwise (`checkOverwrite`) or the update touched other than the expected rows.
 * The client has one connection (`max: 1`); should it be replaced between the two, COMMIT would
 * reach a session without the update and do nothing, so the backend's pid is read again in the
 * same pipeline as COMMIT, before it (after it, a transaction pooler may answer from another
 * backend), and compared. `pg.bound`: how many of `$1`–`$3` the statement uses. Throws `ServiceError`.
 */
async function update(
  sql: Sql,
  pg: PostgresSettings & { bound: number; select: string },
  value: string,
  token: TokenInfo,
  ms: number,
): Promise<void> {
  const parameters = [value, timestamp(sql, token.expiresAt), timestamp(sql, Date.now() / 1000)];
  const rollback = async (error: unknown): Promise<never> => {
    await sql.unsafe('ROLLBACK').catch(() => undefined);
    throw postgresError(error, 'updating');
  };
  // Queries without parameters pipeline; the update then needs two round trips (its parameter
  // types are described first), the first shared with them. The timeout is our own whole number.
  // The select runs before the update, in its transaction: it sees the value the update replaces.
  const [, , session, current, result] = await bounded(
    sql,
    ms,
    Promise.all([
      sql.unsafe('BEGIN'),
      sql.unsafe(`SET LOCAL statement_timeout = ${String(Math.round(ms))}`),
      sql.unsafe<Array<{ pid: number }>>('SELECT pg_backend_pid() AS pid'),
      sql.unsafe(pg.select),
      sql.unsafe(pg.update, parameters.slice(0, pg.bound)),
    ]),
  ).catch(rollback);
  const wrong = await checkOverwrite(pg, current).then(
    () => countProblem(pg, result.count),
    (e: unknown) => e,
  );
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

/** The values `postgres-select` returns (first column), as stored. */
async function storedValues(sql: Sql, select: string, ms: number): Promise<unknown[]> {
  const rows = await bounded(sql, ms, sql.unsafe<Array<Record<string, unknown>>>(select)).catch((e: unknown) =>
    Promise.reject(postgresError(e, 'reading')),
  );
  return rows.map((row): unknown => Object.values(row)[0]);
}

/**
 * The current token, read from the row when it is the primary (`access-token` not given), masked
 * at once. Throws `ServiceError` when the select fails, finds no row, rows that differ, or a value
 * these settings do not read (`storedProblem`).
 */
export async function readCurrentToken(settings: Settings): Promise<string | undefined> {
  const pg = settings.postgres;
  if (!pg?.primary || pg.select === undefined) return undefined;
  const sql = clientFor(pg, settings.timeoutMs);
  try {
    const values = await storedValues(sql, pg.select, settings.timeoutMs);
    const problem = (await Promise.all(values.map((v) => storedProblem(pg, v)))).find(Boolean);
    const tokens = await Promise.all(values.map((v) => opened(pg, v)));
    const [first] = tokens;
    if (problem || first === undefined || tokens.some((v) => v !== first))
      throw new ServiceError({
        system: 'postgres',
        failureClass: 'needs-human',
        message: `Postgres: postgres-select returned ${problem ? `a row that ${problem}` : values.length === 0 ? 'no row' : 'no single token'}, so there is no current token to refresh`,
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
  // The inputs require it outside table mode: the update checks what it replaces.
  const select = pg.select ?? '';
  const sql = clientFor(pg, settings.timeoutMs);
  // `validate` passed it before any call: one statement.
  const statement = single(pg.update) as Statement;
  const bound = Math.max(...parametersOf(statement));
  const target = `postgres:${tableOf(body(statement))}`;
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
          const values = await storedValues(sql, select, settings.timeoutMs);
          const tokens = await Promise.all(values.map((v) => opened(pg, v)));
          const holds = tokens.length > 0 && tokens.every((v) => v !== undefined && sameToken(v, settings.accessToken));
          return { writtenAt: holds ? Date.now() : 'missing' };
        },
        async write(value, token) {
          await connected();
          const ciphertext = await stored(pg, value);
          await update(sql, { ...pg, bound, select }, ciphertext, token, settings.timeoutMs);
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
