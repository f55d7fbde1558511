/**
 * A Postgres row (`postgres-url`, `postgres-update`): the user's own statement stores the token,
 * or its Fernet ciphertext, with bound parameters in a transaction that must touch the expected
 * number of rows. With `postgres-select`, runs that do not refresh compare the stored value with
 * the current token; without it, they store the current token again. The connection opens while
 * the token is inspected.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Sql } from '../clients/postgres.ts';
import { bounded, connect, postgresError, timestamp, transaction } from '../clients/postgres.ts';
import type { TokenInfo } from '../core.ts';
import { ServiceError } from '../errors.ts';
import type { PostgresRowSettings, Settings } from '../inputs.ts';
import type { KindLabels } from '../report.ts';
import { registerSecret } from '../secrets.ts';
import { boundOf, tableOf } from '../statements.ts';
import { opened, stored, storedProblem } from '../stored-value.ts';
import type { DestinationSet } from './destination.ts';
import { newRecord } from './destination.ts';

const KIND: KindLabels = {
  id: 'postgres',
  title: 'Postgres row',
  result: 'Result',
  deploys: false,
  writing: 'writing the Postgres row',
};

/** Whether two tokens are the same, compared by SHA-256 fingerprint in constant time. */
const sameToken = (a: string, b: string): boolean =>
  timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());

/** Why the update's count is not the expected one, or undefined when it is. */
function countProblem(pg: PostgresRowSettings, count: number): ServiceError | undefined {
  if (count === pg.expectedRows) return undefined;
  return new ServiceError({
    system: 'postgres',
    failureClass: 'needs-human',
    message:
      `Postgres: postgres-update touched ${count} row${count === 1 ? '' : 's'}, expected ` +
      `${pg.expectedRows}; rolled back`,
    hint:
      count === 0
        ? 'No row matched its WHERE: check the values it filters on and that the row exists. If it does, a ' +
          'row-level security policy may let this role read the row but not update it (Supabase: add an UPDATE ' +
          'policy), or a trigger cancels the update.'
        : 'Its WHERE matches more rows than postgres-expected-rows: narrow it to the rows that hold this token, or ' +
          'set postgres-expected-rows to how many they are.',
  });
}

/** Refuses to write over values the app reads otherwise than these settings (`storedProblem`): needs a person. */
async function checkOverwrite(pg: PostgresRowSettings, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  for (const row of rows) {
    const problem = await storedProblem(pg, Object.values(row)[0]);
    if (problem)
      throw new ServiceError({
        system: 'postgres',
        failureClass: 'needs-human',
        message: `Postgres: the row ${problem}; it was not written`,
        hint:
          'Writing over it would leave the app a value it cannot read. Fix postgres-encryption or ' +
          'postgres-fernet-key (the next run then writes the row), or clear the column if its value is meant to go.',
      });
  }
}

/**
 * Runs the update in a transaction (`transaction`), in three round trips: the select and the
 * update go out with BEGIN, then COMMIT, or ROLLBACK when the select found a value the app reads
 * otherwise (`checkOverwrite`) or the update touched other than the expected rows. The select
 * runs before the update, in its transaction: it sees the value the update replaces. The update
 * takes two of the round trips (its parameter types are described first). `pg.bound`: how many
 * of `$1`–`$3` the statement uses. Throws `ServiceError`.
 */
async function update(
  sql: Sql,
  pg: PostgresRowSettings & { bound: number; select: string },
  value: string,
  token: TokenInfo,
  ms: number,
): Promise<void> {
  const parameters = [value, timestamp(sql, token.expiresAt), timestamp(sql, Date.now() / 1000)];
  await transaction(sql, ms, 'updating', async () => {
    const [current, result] = await Promise.all([
      sql.unsafe(pg.select),
      sql.unsafe(pg.update, parameters.slice(0, pg.bound)),
    ]);
    await checkOverwrite(pg, current);
    const wrong = countProblem(pg, result.count);
    if (wrong) throw wrong;
  });
}

/** The run's one client, shared by the token read of a Postgres primary and the destination. */
let client: Sql | undefined;
const clientFor = (pg: PostgresRowSettings, timeoutMs: number): Sql =>
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
  if (pg?.kind !== 'row' || !pg.primary) return undefined;
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
        message:
          `Postgres: postgres-select returned ` +
          `${problem ? `a row that ${problem}` : values.length === 0 ? 'no row' : 'no single token'}, so there is ` +
          `no current token to refresh`,
        hint:
          'Store the current token in the row (and check postgres-select and, with Fernet, ' +
          'postgres-fernet-key), or pass access-token.',
      });
    registerSecret(first);
    return first;
  } catch (error) {
    await sql.end({ timeout: 0 });
    throw error;
  }
}

export { validate } from '../statements.ts';

/** The Postgres row of `postgres-url`, when it is set: the primary when `access-token` was not given. */
export function createDestinations(settings: Settings): DestinationSet {
  const pg = settings.postgres;
  // In table mode every row is its own place (table.ts), not a destination of one token.
  if (pg?.kind !== 'row') return { destinations: [] };
  // The update checks what it replaces.
  const select = pg.select;
  const sql = clientFor(pg, settings.timeoutMs);
  const bound = boundOf(pg.update);
  const target = `postgres:${tableOf(pg.update)}`;
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
