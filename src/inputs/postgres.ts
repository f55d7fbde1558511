/**
 * The Postgres inputs (`postgres-*` and table mode's): the connection string and its checks, the
 * statements (checked as SQL by `statements.ts` before any call), and the settings of the row one
 * token is kept in or of the table of tokens, by mode.
 */
import { registerSecret } from '../secrets.ts';
import type { Raw } from './common.ts';
import { optionalToken, trimmed, wholeNumber, z } from './common.ts';
import type { Mode } from './modes.ts';

/** What both kinds of Postgres settings hold: where the database is and how the token is stored. */
interface PostgresConnection {
  /** A libpq connection string (a secret). */
  url: string;
  /**
   * The user's UPDATE (or, for one token, INSERT … ON CONFLICT DO UPDATE): `$1` the value, `$2`
   * the expiry, `$3` this refresh's time; in table mode also `$4` the row id and `$5` the value it held.
   */
  update: string;
  /** The Fernet key (url-safe base64 of 32 bytes) the value is stored under; undefined: stored as is. */
  fernetKey: string | undefined;
  /** PEM of the CA the server's certificate must chain to (Supabase's own), when given. */
  caCert: string | undefined;
}

/** One token's row (`postgres-url` without `postgres-tokens-query`): a place of the token, maybe its primary. */
export interface PostgresRowSettings extends PostgresConnection {
  kind: 'row';
  /** A SELECT returning the stored value in its first column (and optionally `updated_at`), for convergence. */
  select: string;
  /** How many rows the update must touch (action.yml's default: 1). */
  expectedRows: number;
  /** The row is the primary: `access-token` was not given, and is read from it (`select`). */
  primary: boolean;
}

/**
 * Table mode (`postgres-tokens-query`): a table of tokens, one row per channel, each refreshed on
 * its own and its own place.
 */
export interface PostgresTableSettings extends PostgresConnection {
  kind: 'table';
  /** A SELECT of one row per channel (`id`, `token`, and optionally `token_expires_at` and `last_token_refresh_at`). */
  tokensQuery: string;
  /** Refresh a row whose last refresh is older than this many days, too (seed 003's 45). */
  olderThanDays: number | undefined;
  /** How many rows are in flight at once. */
  concurrency: number;
  /** An INSERT run in each row's transaction: `$1` the row id, `$2`/`$3` the old and new expiry, `$4` the outcome. */
  auditInsert: string | undefined;
  /** An UPDATE run in its own transaction for a row that failed: `$1` the row id, `$2` the class, `$3` the reason. */
  failureUpdate: string | undefined;
  /** This job's share of the rows: those whose id hashes to shard `index` (1-based) of `count`. */
  shard: { index: number; count: number } | undefined;
}

/** The database the token is kept in, by mode: one token's row, or table mode's table of tokens. */
export type PostgresSettings = PostgresRowSettings | PostgresTableSettings;

const ENCODE =
  "URL-encode the password's special characters " +
  '(% as %25, / as %2F, ? as %3F, # as %23, @ as %40: encodeURIComponent does it)';
/** libpq's `sslmode` values (PostgreSQL, libpq "SSL Support"). */
const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];
const NOT_A_URL =
  'must be a connection string such as postgres://USER:PASSWORD@HOST:6543/postgres?sslmode=require ' +
  '(Supabase: Connect → Transaction pooler)';

/**
 * Why the part of a connection string after its scheme has user information the driver would
 * misread (RFC 3986: "/", "?" or "#" end the host part, libpq ends the password at the first "@"),
 * or undefined when it has none.
 */
function userInfoProblem(rest: string): string | undefined {
  // A "/", "?" or "#" ends the host part, so one in the password leaves its "@" behind it: the
  // driver would take the password's start for the host and port (and print it in ENOTFOUND).
  const at = rest.indexOf('@');
  if (at !== -1 && /[/?#]/.test(rest.slice(0, at)))
    return (
      'has a /, ? or # before the @ that ends its password: ' +
      `part of the password would be read as the host or the database. ${ENCODE}.`
    );
  if ((rest.split(/[/?#]/, 1)[0] ?? '').split('@').length > 2)
    return (
      'has more than one @ before its host: an @ in the user name or password must be encoded ' +
      `(libpq ends the password at the first one). ${ENCODE}.`
    );
  return undefined;
}

/**
 * Why `value` is not a `postgres://` or `postgresql://` URL with a host that the driver reads as
 * it was meant (RFC 3986 user information, libpq's `sslmode` values), or undefined when it is.
 * The problem never quotes `value`: the password is in it.
 */
function postgresUrlProblem(value: string): string | undefined {
  const scheme = /^postgres(?:ql)?:\/\//i.exec(value);
  if (!scheme) return NOT_A_URL;
  const userInfo = userInfoProblem(value.slice(scheme[0].length));
  if (userInfo) return userInfo;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return NOT_A_URL;
  }
  if (parsed.hostname === '') return NOT_A_URL;
  // The URL keeps a "%" as written; the driver's decodeURIComponent throws "URI malformed" on a stray one.
  if (/%(?![0-9A-Fa-f]{2})/.test(parsed.username + parsed.password))
    return `has a % in its user name or password that is not followed by two hex digits. ${ENCODE}.`;
  const sslmode = parsed.searchParams.get('sslmode');
  if (sslmode !== null && !SSL_MODES.includes(sslmode))
    return (
      'has an sslmode the driver does not know: ' +
      'use disable, allow, prefer, require, verify-ca or verify-full (see the README).'
    );
  return undefined;
}

/** Whether `value` is url-safe base64 of exactly 32 bytes (a Fernet key). */
const isFernetKey = (value: string): boolean =>
  /^[A-Za-z0-9_-]{43}=?$/.test(value) && Buffer.from(value, 'base64url').length === 32;

const FERNET_KEY =
  "must be a Fernet key: the url-safe base64 of 32 bytes, as Python's Fernet.generate_key() prints " +
  '(44 characters ending in =)';
const SHARD = 'must be I/N with 1 ≤ I ≤ N ≤ 256, e.g. ${{ matrix.shard }}/4';

export const postgresSchemas = {
  'postgres-url': z.string().superRefine((v, ctx) => {
    const problem = v === '' ? undefined : postgresUrlProblem(v);
    if (problem !== undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  }),
  'postgres-update': trimmed,
  'postgres-select': trimmed,
  'postgres-tokens-query': trimmed,
  'refresh-older-than-days': z
    .string()
    .regex(/^\d*$/, 'must be a whole number of days, e.g. 45, or empty')
    .transform((v) => (v === '' ? undefined : Number(v)))
    .pipe(z.number().min(1, 'must be at least 1').max(365, 'must be at most 365').optional()),
  concurrency: wholeNumber(1, 16, '4'),
  'postgres-audit-insert': trimmed,
  'postgres-failure-update': trimmed,
  shard: z
    .string()
    .regex(/^(\d+\/\d+)?$/, 'must be I/N, e.g. 1/4 (this job takes shard I of N), or empty')
    .transform((v) => {
      if (v === '') return undefined;
      const [index, count] = v.split('/').map(Number);
      return { index: index ?? 0, count: count ?? 0 };
    })
    .refine((s) => s === undefined || (s.count >= 1 && s.count <= 256 && s.index >= 1 && s.index <= s.count), {
      message: SHARD,
    }),
  'postgres-expected-rows': z
    .string()
    .regex(/^\d+$/, 'must be a whole number of rows, e.g. 1 (the default)')
    .transform(Number)
    .pipe(z.number().min(1, 'must be at least 1').max(100_000, 'must be at most 100000')),
  'postgres-encryption': z.enum(['none', 'fernet'], { errorMap: () => ({ message: 'must be none or fernet' }) }),
  'postgres-fernet-key': optionalToken.refine((v) => v === '' || isFernetKey(v), { message: FERNET_KEY }),
  'postgres-ca-cert': z.string().refine((v) => v.trim() === '' || v.includes('-----BEGIN CERTIFICATE-----'), {
    message: "must be a PEM certificate (-----BEGIN CERTIFICATE----- …), e.g. Supabase's prod-ca-2021.crt",
  }),
} as const;

type Parsed = { [K in keyof typeof postgresSchemas]: z.output<(typeof postgresSchemas)[K]> };

/** Masks a connection string and the forms of its password a log could show, and the Fernet key. */
export function registerPostgresSecrets(raw: Raw): void {
  const value = raw('postgres-url');
  registerSecret(value);
  registerSecret(raw('postgres-fernet-key'));
  // As written, up to the last "@": the whole password even when a "/" or "@" in it misleads
  // the URL parser (the input check refuses those, but the value is in the log's reach now).
  const written = /^[a-z][a-z0-9+.-]*:\/\/[^:@/]*:(.*)@/is.exec(value)?.[1];
  for (const password of [written, URL.canParse(value) ? new URL(value).password : undefined]) {
    if (!password) continue;
    registerSecret(password);
    try {
      registerSecret(decodeURIComponent(password));
    } catch {
      // A stray "%": the input check refuses it, and the password is masked as written.
    }
  }
}

const TABLE_UPDATE =
  "Input 'postgres-update' is required when postgres-tokens-query is set: the UPDATE that stores a row's " +
  'new token, e.g. UPDATE "Channel" SET wa_token_encrypted = $1, token_expires_at = $2, ' +
  'last_token_refresh_at = $3 WHERE id = $4 AND wa_token_encrypted = $5.';
const ACCESS_TOKEN =
  "Input 'access-token' is required: pass it from a secret, e.g. ${{ secrets.META_ACCESS_TOKEN }}, " +
  'or leave it out and set postgres-url and postgres-select to read it from the database row ' +
  '(the row is then the primary).';
const ROW_UPDATE =
  "Input 'postgres-update' is required when postgres-url is set: the UPDATE that stores the token, " +
  "with $1 for the value, e.g. UPDATE channel SET access_token = $1 WHERE kind = 'whatsapp'.";
const ROW_SELECT =
  "Input 'postgres-select' is required when postgres-url is set: the SELECT of the value the row holds, " +
  "e.g. SELECT access_token FROM channel WHERE kind = 'whatsapp'. Before each write the action checks " +
  "that value is one the app reads with these settings (not another key's ciphertext), so that it never " +
  'leaves the app a token it cannot decrypt.';
const FERNET_WITHOUT_KEY =
  "Input 'postgres-fernet-key' is required when postgres-encryption is fernet: " +
  'the key the app decrypts the column with.';
const KEY_WITHOUT_FERNET =
  "Input 'postgres-fernet-key' is set but postgres-encryption is none: " +
  'set postgres-encryption: fernet, or drop the key.';

/** Table mode's own needs: the database and the update that stores each row's token. */
function tableProblems(raw: Raw): string[] {
  return [
    ...(raw('postgres-url') === '' ? ["Input 'postgres-url' is required when postgres-tokens-query is set."] : []),
    ...(raw('postgres-update').trim() === '' ? [TABLE_UPDATE] : []),
  ];
}

/**
 * A single token's Postgres inputs: the row needs its update and select, a row without
 * `postgres-url` is refused in each of its inputs (`changed` says which differ from action.yml's
 * default), and `access-token` is required unless the row is the primary.
 */
function rowProblems(raw: Raw, changed: (name: string) => boolean): string[] {
  const url = raw('postgres-url') !== '';
  const update = raw('postgres-update').trim() !== '';
  const select = raw('postgres-select').trim() !== '';
  const problems = raw('access-token') === '' && (!url || !select) ? [ACCESS_TOKEN] : [];
  if (url && !update) problems.push(ROW_UPDATE);
  if (url && raw('access-token') !== '' && !select) problems.push(ROW_SELECT);
  if (!url && (update || select))
    problems.push("Input 'postgres-url' is required when postgres-update or postgres-select is set.");
  if (!url)
    problems.push(
      ...['postgres-encryption', 'postgres-ca-cert', 'postgres-expected-rows']
        .filter(changed)
        .map((name) => `Input '${name}' is set, but postgres-url is not: there is no Postgres row; leave it out.`),
    );
  return problems;
}

/**
 * What the Postgres inputs say together in `mode`, and `access-token`, which a Postgres primary
 * replaces. `changed` says whether an input differs from action.yml's default. Each problem names
 * its input.
 */
export function postgresProblems(
  mode: Mode,
  raw: Raw,
  parsed: Partial<Parsed>,
  changed: (name: string) => boolean,
): string[] {
  const fernet = parsed['postgres-encryption'] === 'fernet';
  return [
    ...(mode === 'table' ? tableProblems(raw) : rowProblems(raw, changed)),
    ...(fernet && raw('postgres-fernet-key') === '' ? [FERNET_WITHOUT_KEY] : []),
    ...(!fernet && raw('postgres-fernet-key') !== '' ? [KEY_WITHOUT_FERNET] : []),
  ];
}

/**
 * The Postgres settings of inputs that passed every check, of `mode`'s kind; undefined without
 * `postgres-url`. `accessToken`: the token given, '' when the row is to be read for it.
 */
export function toPostgresSettings(mode: Mode, p: Parsed, accessToken: string): PostgresSettings | undefined {
  if (!p['postgres-url']) return undefined;
  const connection: PostgresConnection = {
    url: p['postgres-url'],
    update: p['postgres-update'],
    fernetKey: p['postgres-encryption'] === 'fernet' ? p['postgres-fernet-key'] : undefined,
    caCert: p['postgres-ca-cert'].trim() || undefined,
  };
  if (mode === 'single')
    return {
      kind: 'row',
      ...connection,
      select: p['postgres-select'],
      expectedRows: p['postgres-expected-rows'],
      primary: accessToken === '',
    };
  return {
    kind: 'table',
    ...connection,
    tokensQuery: p['postgres-tokens-query'],
    olderThanDays: p['refresh-older-than-days'],
    concurrency: p.concurrency,
    auditInsert: p['postgres-audit-insert'] || undefined,
    failureUpdate: p['postgres-failure-update'] || undefined,
    shard: p.shard,
  };
}
