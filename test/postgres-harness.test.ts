/**
 * The Postgres test harness itself: the role the action would use can connect with its password
 * and only with it, the server can be stopped and started again without losing data, and its log
 * is readable.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import postgres from 'postgres';
import type { PgServer } from './helpers/postgres.ts';
import { startPostgres } from './helpers/postgres.ts';

describe('postgres test harness', () => {
  let pg: PgServer;
  before(async () => {
    pg = await startPostgres();
  });
  after(async () => {
    await pg?.stop();
  });

  /** A one-connection client for `url`, closed after `fn`. */
  async function withClient<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
    const sql = postgres(url, { max: 1, onnotice: () => undefined, connect_timeout: 5 });
    try {
      return await fn(sql);
    } finally {
      await sql.end({ timeout: 1 });
    }
  }

  it('lets the app role connect with its password, without superuser rights', async () => {
    const [row] = await withClient(pg.url, async (sql) => {
      await sql`CREATE TABLE harness_probe (id int PRIMARY KEY, value text NOT NULL)`;
      await sql`INSERT INTO harness_probe VALUES (1, 'kept')`;
      return sql<{ user: string; db: string; su: string }[]>`
        SELECT current_user AS user, current_database() AS db, current_setting('is_superuser') AS su`;
    });
    assert.deepEqual({ ...row }, { user: 'app', db: 'app', su: 'off' });
    const [admin] = await pg.sql<{ su: string }[]>`SELECT current_setting('is_superuser') AS su`;
    assert.equal(admin?.su, 'on');
  });

  it('rejects a wrong password with 28P01', async () => {
    const wrong = pg.url.replace(`:${pg.password}@`, ':not-the-password@');
    assert.notEqual(wrong, pg.url);
    await assert.rejects(
      withClient(wrong, (sql) => sql`SELECT 1`),
      (error: unknown) => error instanceof postgres.PostgresError && error.code === '28P01',
    );
  });

  it('stops and starts again, keeping the data', async () => {
    await pg.stopServer();
    await assert.rejects(
      withClient(pg.url, (sql) => sql`SELECT 1`),
      /ECONNREFUSED/,
    );
    await pg.startServer();
    const rows = await withClient(pg.url, (sql) => sql<{ value: string }[]>`SELECT value FROM harness_probe`);
    assert.deepEqual(
      rows.map((r) => r.value),
      ['kept'],
    );
    // The admin client reconnects by itself.
    const [count] = await pg.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM harness_probe`;
    assert.equal(count?.n, 1);
  });

  it('has a readable log, with failed statements but not their parameters', async () => {
    const value = `not-logged-${Date.now()}`;
    await assert.rejects(pg.sql`INSERT INTO harness_probe (id, value) VALUES (1, ${value})`, { code: '23505' });
    const log = await pg.readLog();
    assert.match(log, /database system is ready to accept connections/);
    assert.match(log, /password authentication failed for user "app"/);
    assert.match(
      log,
      /ERROR: {2}duplicate key value[^\n]*\n[^\n]*DETAIL:[^\n]*\n[^\n]*STATEMENT: {2}INSERT INTO harness_probe/,
    );
    assert.ok(!log.includes(pg.password), 'the password is not in the log');
    assert.ok(!log.includes(value), 'a parameter is not in the log');
  });
});
