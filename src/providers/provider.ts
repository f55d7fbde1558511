/**
 * The shape every kind of token shares: how it is inspected, refreshed and checked, and what a
 * person must do when that fails. The run works on this interface alone; each kind (Facebook
 * Login tokens through `fb_exchange_token`, Instagram Login tokens through `ig_refresh_token`) is
 * one file beside this one.
 */
import type { Finding, TokenInfo } from '../core.ts';
import type { ServiceError } from '../errors.ts';
import type { AssetRead, AssetRef } from '../health.ts';
import type { Settled } from '../settled.ts';

export interface TokenProvider {
  /** `facebook` or `instagram`: which kind of token this provider handles. */
  readonly id: 'facebook' | 'instagram';
  /** How old a token must be before it can be refreshed, in seconds (Instagram: 24 hours). */
  readonly minAgeSeconds: number;
  /** Inspects `token` (its validity, type, expiry, scopes). Throws `ServiceError`. */
  inspect(token: string): Promise<TokenInfo>;
  /**
   * `inspect` of each of `tokens` in as few requests as the provider can make (Meta: batch
   * requests of up to 50 calls); each result on its own, in order. Providers without it are
   * asked one token at a time.
   */
  inspectMany?(tokens: string[]): Promise<Array<Settled<TokenInfo>>>;
  /** Why the current token may not be used or refreshed; none means it may. `places`: where it lives, primary first. */
  checkCurrent(info: TokenInfo, places: string[]): Finding[];
  /**
   * Exchanges the current token for a new one, masked before this returns; undefined when Meta
   * will not refresh it yet (an Instagram token under 24 hours old). Throws `ServiceError`.
   */
  refresh(token: string, info: TokenInfo): Promise<string | undefined>;
  /** Why a refreshed token may not replace `old` (unix seconds `now`); none means it may. */
  checkRefreshed(old: TokenInfo, fresh: TokenInfo, now: number): Finding[];
  /** What a person must do about a `needs-human` failure of this provider's calls, when it knows. */
  advice(error: ServiceError, places: string[]): string | undefined;
  /** Reads the WhatsApp assets `refs` with `token` (providers whose tokens reach them). */
  readAssets?(token: string, refs: AssetRef[]): Promise<AssetRead[]>;
  /** For a dry run: how the token would be refreshed. */
  describeRefresh(info: TokenInfo): string;
  /** How a person replaces a dead token by hand and stores it in `places`, as steps for the failure issue. */
  replaceByHand(places: string[]): string[];
  /** The one-paragraph form of that advice, used as a failure's hint. */
  mintAdvice(places: string[]): string;
  /**
   * What is known of the old token once a refresh has succeeded, said of the places that still
   * hold it when delivering the new one failed: whether they keep working is up to Meta.
   */
  readonly oldTokenAfterRefresh: string;
}
