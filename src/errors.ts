/**
 * One error funnel for the run. Every failure is classified: `retry-later` (a rate limit, an
 * outage, a timeout: the next scheduled run may succeed on its own) or `needs-human` (a dead
 * token, a missing permission, a misconfiguration: nothing changes until a person acts).
 */
import { redact } from './secrets.ts';

export type FailureClass = 'retry-later' | 'needs-human';
export type ExternalSystem = 'meta' | 'github' | 'vercel' | 'postgres' | 'slack';

/** The `error` object of a Meta Graph API error envelope (api-facts A.3). */
export interface MetaErrorDetail {
  code: number;
  subcode?: number;
  type?: string;
  message: string;
  fbtraceId?: string;
}

/** A classified failure of one call to an external system. Messages are already redacted. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  readonly system: ExternalSystem;
  readonly failureClass: FailureClass;
  /** HTTP status, when there was an answer. */
  readonly status: number | undefined;
  /** Meta's error envelope, when Meta answered with one. */
  readonly meta: MetaErrorDetail | undefined;
  /** What a person must do, when `failureClass` is `needs-human` and we know. */
  readonly hint: string | undefined;
  /** How long the service asked us to wait before trying again, in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /**
   * A write whose answer was lost after it was sent (a COMMIT cut off, a GitHub write answered
   * 5xx or cut off): it may have landed, so the destination's token is not known.
   */
  readonly mayHaveLanded: boolean;
  /** The system's own code for the failure, when it has one (a SQLSTATE, or a socket's `ECONNREFUSED`). */
  readonly code: string | undefined;

  constructor(init: {
    system: ExternalSystem;
    failureClass: FailureClass;
    message: string;
    status?: number;
    meta?: MetaErrorDetail;
    hint?: string;
    retryAfterMs?: number;
    mayHaveLanded?: boolean;
    code?: string;
  }) {
    super(redact(init.message));
    this.system = init.system;
    this.failureClass = init.failureClass;
    this.status = init.status;
    this.meta = init.meta;
    this.hint = init.hint === undefined ? undefined : redact(init.hint);
    this.retryAfterMs = init.retryAfterMs;
    this.mayHaveLanded = init.mayHaveLanded ?? false;
    this.code = init.code;
  }
}

/** A failure to read the current token from the primary. */
export class TokenSourceError extends Error {
  override readonly cause: unknown;
  constructor(cause: unknown) {
    super('reading the current token from the primary failed');
    this.cause = cause;
  }
}

/** A failure of a call asking Meta which kind a token is (`token-provider: auto`, a prefix it does not know). */
export class ProviderLookupError extends Error {
  override readonly cause: unknown;
  constructor(cause: unknown) {
    super('asking Meta which kind of token it is failed');
    this.cause = cause;
  }
}

/** A bad action input. Raised before any write, and before any call but those of `token-provider: auto`. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** A redacted one-line message for any thrown value, `Error` or not. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return redact(`${error.message}${cause}`);
  }
  return redact(typeof error === 'string' ? error : String(error));
}

/** Whether a `fetch` failure is a timeout or a network fault (both worth a later retry). */
export function isTransportError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'TimeoutError' || error.name === 'AbortError' || error instanceof TypeError;
}
