/**
 * Why a table-mode row failed, as a short key that rows which failed alike share: the job issue
 * gathers the rows of one cause, and only a row whose own token needs a person gets an issue of
 * its own. Keys never hold a token or a message, only codes:
 *
 * - `token:190/463`, `token:invalid`: Meta says this row's token is dead (its own verdict).
 * - `token:scopes`: the row's token lacks a required permission.
 * - `token:whatsapp`: the channel's phone number is BLOCKED, or its token cannot read it.
 * - `token:app`: the row's token belongs to another app (many alike: app-id is wrong).
 * - `held`: the row holds nothing, or a value that does not open (many alike: the key is wrong).
 * - `verify`: the exchanged token failed its checks.
 * - `meta:<code>[/<subcode>]`, `meta:<status or class>`: a call Meta refused or that failed,
 *   about the app rather than the row (a refused app token is `meta:190` on every row).
 * - `postgres:<SQLSTATE or socket code>`, `github:…`: the database (or another system) failed.
 * - `network:<error name>`, `error`: a fault without a classified answer.
 */
import type { TokenInfo } from './core.ts';
import { isTransportError, ServiceError } from './errors.ts';

export const HELD_CAUSE = 'held';
export const VERIFY_CAUSE = 'verify';
/** The channel's WhatsApp number or account: BLOCKED, or out of its token's reach. */
export const WHATSAPP_CAUSE = 'token:whatsapp';

/** Meta codes that, on a call with the row's own token, are about that token (api-facts A.3). */
const TOKEN_CODES = (code: number): boolean =>
  code === 190 || code === 102 || code === 10 || (code >= 200 && code <= 299);

const codeOf = (code: number, subcode: number | undefined): string =>
  `${String(code)}${subcode === undefined ? '' : `/${String(subcode)}`}`;

/**
 * The cause of a row whose inspection `info` says it may not be used (`checkCurrent` found
 * problems): dead, of another app than `appId`, or else short of a permission. Pure.
 */
export function tokenCause(info: TokenInfo, appId: string): string {
  if (!info.isValid) return `token:${info.error ? codeOf(info.error.code, info.error.subcode) : 'invalid'}`;
  return info.appId === appId ? 'token:scopes' : 'token:app';
}

/**
 * The cause of a row that failed on `error`. `inspected`: whether the row's token had been
 * inspected when it failed; before that, a Meta error envelope is about the app's own token
 * (debug_token refuses the whole call), after it, a 190 or permission code is about the row's. Pure.
 */
export function errorCause(error: unknown, inspected: boolean): string {
  if (error instanceof ServiceError) {
    const meta = error.meta;
    if (meta) return `${inspected && TOKEN_CODES(meta.code) ? 'token' : 'meta'}:${codeOf(meta.code, meta.subcode)}`;
    return `${error.system}:${error.code ?? (error.status === undefined ? error.failureClass : String(error.status))}`;
  }
  if (isTransportError(error)) return `network:${(error as Error).name}`;
  return 'error';
}

/** Whether a cause is about the row's own token, so that a person acts on that row alone. Pure. */
export const isPersonal = (cause: string | undefined): boolean =>
  cause !== undefined && (cause.startsWith('token:') || cause === HELD_CAUSE);

/**
 * Personal causes that, shared by more than a few rows, point at a setting rather than at each
 * row: every row of another app (app-id), every value unreadable (postgres-fernet-key).
 */
export const isSettingLike = (cause: string): boolean => cause === 'token:app' || cause === HELD_CAUSE;
