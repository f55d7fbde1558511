/**
 * Reading table mode's rows (`postgres-tokens-query`) in two passes, so that a table of 100,000
 * channels never sits in memory: the query is first listed through a cursor, keeping of each row
 * only its id and the times that order it (`Listed`); each window of rows is then fetched again
 * by id just before it is refreshed (`fetchWindow`), with the value it holds now.
 */
import type { Sql } from './clients/postgres.ts';
import { bounded, postgresError } from './clients/postgres.ts';
import { DAY_SECONDS } from './core.ts';
import { ServiceError } from './errors.ts';
import type { AssetRef } from './health.ts';
import { assetsOf } from './health.ts';
import { registerSecret } from './secrets.ts';

/** What the job keeps of a row until its window comes: its id, and the times the table records (unix seconds). */
export interface Listed {
  id: string;
  /** The last refresh the table records (`last_token_refresh_at`), when it does. */
  refreshedAt: number | undefined;
  /** The expiry the table records (`token_expires_at`), when it does. */
  expiresAt: number | undefined;
}

/** One row of `postgres-tokens-query`, as its window fetched it. Times are unix seconds. */
export interface TokenRow extends Listed {
  /** What the row holds, as read: the token, or its Fernet ciphertext (NULL or another type fails the row). */
  stored: unknown;
  /**
   * The channel's WhatsApp assets (`phone_number_id`, `whatsapp_business_account_id` or `waba_id`),
   * read with each token.
   */
  assets: AssetRef[];
}

/** How many rows one cursor page carries: a round trip per page. */
const PAGE_ROWS = 5000;

const column = (row: Record<string, unknown>, ...names: string[]): unknown =>
  names.map((n) => row[n]).find((v) => v !== undefined && v !== null);

const seconds = (value: unknown): number | undefined =>
  value instanceof Date && Number.isFinite(value.getTime()) ? Math.floor(value.getTime() / 1000) : undefined;

const queryProblem = (message: string, hint: string): ServiceError =>
  new ServiceError({ system: 'postgres', failureClass: 'needs-human', message: `Postgres: ${message}`, hint });

/** The times of a row that order it. */
const listedOf = (row: Record<string, unknown>): Listed => ({
  id: String(row.id),
  refreshedAt: seconds(column(row, 'last_token_refresh_at', 'refreshed_at')),
  expiresAt: seconds(column(row, 'token_expires_at', 'expires_at')),
});

/**
 * Lists the rows of `query` through a cursor (`PAGE_ROWS` a page), within `ms` milliseconds in
 * all; keeps no token. Throws `ServiceError` when it fails, lacks the `id` or `token` column,
 * returns a NULL id, or returns no row (a WHERE that matches nothing would otherwise end green
 * while every channel runs out).
 */
export async function listRows(sql: Sql, query: string, ms: number): Promise<Listed[]> {
  const listed: Listed[] = [];
  const read = async (): Promise<void> => {
    for await (const page of sql.unsafe<Array<Record<string, unknown>>>(query).cursor(PAGE_ROWS)) {
      const first = page[0];
      if (listed.length === 0 && first && !('id' in first && 'token' in first))
        throw queryProblem(
          'postgres-tokens-query must return an id column and a token column (text)',
          'Name them in the query, e.g. SELECT id, wa_token_encrypted AS token, last_token_refresh_at FROM ' +
            '"Channel" WHERE …',
        );
      for (const row of page) {
        if (row.id === null || row.id === undefined)
          throw queryProblem(
            'postgres-tokens-query returned a row whose id is NULL: the update could never match it',
            "Select the table's primary key as id.",
          );
        listed.push(listedOf(row));
      }
    }
  };
  await bounded(sql, ms, read()).catch((e: unknown) => Promise.reject(postgresError(e, 'reading the tokens')));
  if (listed.length === 0)
    throw queryProblem(
      `postgres-tokens-query returned no row: ${query.replace(/\s+/g, ' ').slice(0, 300)}`,
      'Check its WHERE against the table (a typo in a value, or a table the database user may not read: row-level ' +
        'security returns no row rather than an error). A job with no channels should not run.',
    );
  return listed;
}

/**
 * The rows of `query` whose ids are `ids` (compared as text), as they are now, masked at once; a row
 * removed since it was listed is missing. Within `ms` milliseconds. Throws `ServiceError`.
 */
export async function fetchWindow(sql: Sql, query: string, ids: string[], ms: number): Promise<Map<string, TokenRow>> {
  const rows = await bounded(
    sql,
    ms,
    sql.unsafe<Array<Record<string, unknown>>>(windowOf(query), [JSON.stringify(ids)]),
  ).catch((e: unknown) => Promise.reject(postgresError(e, 'reading the tokens')));
  return new Map(
    rows.map((row): [string, TokenRow] => {
      const token = row.token;
      if (typeof token === 'string') registerSecret(token);
      const listed = listedOf(row);
      return [listed.id, { ...listed, stored: token, assets: assetsOfRow(row) }];
    }),
  );
}

/**
 * The rows of `query` whose id, as text, is one of `$1`: a JSON array of strings (the driver binds
 * no arrays without the type catalogue, which it does not fetch).
 */
const windowOf = (query: string): string =>
  `SELECT q.* FROM (${query.replace(/;\s*$/, '')}) AS q ` +
  'WHERE q.id::text IN (SELECT jsonb_array_elements_text($1::text::jsonb))';

/** A numeric Graph id a column holds (text or a number), else undefined. */
const graphId = (value: unknown): string | undefined =>
  (typeof value === 'string' || typeof value === 'number') && /^\d+$/.test(String(value)) ? String(value) : undefined;

/** The WhatsApp assets a row of the tokens query names, as the `whatsapp-*` inputs name a single token's. */
function assetsOfRow(row: Record<string, unknown>): AssetRef[] {
  const phone = graphId(row.phone_number_id);
  const account = graphId(column(row, 'whatsapp_business_account_id', 'waba_id'));
  return assetsOf({ phoneNumberIds: phone ? [phone] : [], businessAccountId: account });
}

/** How long Meta's expiring tokens live: an expiry estimated from a table's last refresh (api-facts A.1). */
const TOKEN_LIFE_SECONDS = 60 * DAY_SECONDS;

/**
 * When a row's token expires as far as the table tells, before any call (unix seconds): its
 * expiry column, else its last refresh plus 60 days, else -Infinity (nothing known: most at risk).
 */
export const expiryEstimate = (row: Listed): number =>
  row.expiresAt ?? (row.refreshedAt === undefined ? -Infinity : row.refreshedAt + TOKEN_LIFE_SECONDS);

/**
 * The rows in the order they are taken: the soonest expiry first, so that a throttled job leaves
 * the safest rows. Pure.
 */
export const byRisk = <R extends Listed>(rows: R[]): R[] =>
  rows.toSorted((a, b) => expiryEstimate(a) - expiryEstimate(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
