/**
 * Instagram Login tokens (`IGAA…`, and `IGQV…` from the retired Basic Display API): alive when
 * `/me` answers, refreshed with `ig_refresh_token` on graph.instagram.com, at least 24 hours
 * after their last refresh (api-facts A.8). Meta reports no expiry for them, so it is kept in the
 * repository variable of `expiry-variable`: written after each refresh from its `expires_in`, and
 * read back with its `updated_at`, the time of that refresh.
 */
import type { Finding, TokenInfo } from '../core.ts';
import { daysLeft, isoTime } from '../core.ts';
import { ServiceError } from '../errors.ts';
import type { InstagramClient } from '../clients/graph.ts';
import { createInstagramClient } from '../clients/graph.ts';
import type { Settings } from '../inputs.ts';
import type { TokenProvider } from './provider.ts';

const DAY_SECONDS = 86_400;
/** How long a refreshed token lives (api-facts A.8). */
const SIXTY_DAYS = 60 * DAY_SECONDS;

/**
 * Of the places still holding the token a refresh replaced: Meta does not say whether it stays
 * valid after `ig_refresh_token` (api-facts A.8), so they may fail at once, not at its expiry.
 */
const OLD_TOKEN_AFTER_REFRESH =
  'the old token may already be dead: Meta does not say whether an Instagram token still works once it is ' +
  'refreshed, so whatever reads these places may fail until they hold the new one';

/** What `token-type` says of these tokens (Meta has no `debug_token` type for them). */
export const INSTAGRAM_TYPE = 'INSTAGRAM_USER';

/** How a person mints a new long-lived Instagram token and stores it in `places` (primary first). */
export function instagramMintAdvice(places: string[]): string {
  const where =
    places.length > 0 ? places.map((p) => `\`${p}\``).join(', ') : 'the secret the workflow reads `access-token` from';
  return [
    "Mint a new long-lived token: log in again through your app's Instagram Login flow (Business Login for Instagram),",
    'exchange the code for a short-lived token, then that for a long-lived one with',
    '`GET https://graph.instagram.com/access_token?grant_type=ig_exchange_token` (with the Instagram app secret, ' +
      'from your own server).',
    `Store it in ${where}, and re-run this workflow. An expired Instagram token cannot be refreshed.`,
  ].join(' ');
}

/**
 * The expiry record of `expiry-variable`: the expiry (unix seconds, 0 never, undefined unknown) and
 * when it was written.
 */
export interface ExpiryRecord {
  expiresAt: number | undefined;
  /** Unix seconds: the time of the refresh that wrote it. */
  writtenAt: number;
}

/** The variable's value as an expiry: `never`, an ISO 8601 time, or (`unknown`, anything else) not known. */
export function parseExpiryRecord(value: string, updatedAt: number): ExpiryRecord {
  const trimmed = value.trim();
  const at = Date.parse(trimmed);
  if (trimmed === 'never') return { expiresAt: 0, writtenAt: updatedAt };
  return { expiresAt: Number.isNaN(at) ? undefined : Math.floor(at / 1000), writtenAt: updatedAt };
}

/**
 * Whether `error` is Meta saying the token is too young to refresh (wording UNCONFIRMED: see
 * test/fakes), whatever its code: the refresh is asked only for a token `/me` has just accepted,
 * so even a 190 (the code of token errors, which Meta may well use here) that names the 24 hours
 * means "not yet", not a dead token.
 */
function tooEarly(error: unknown): boolean {
  return (
    error instanceof ServiceError &&
    error.meta !== undefined &&
    /24 ?hours|too (early|soon|new|recent)/i.test(error.meta.message)
  );
}

/**
 * Whether a refresh that gave the same token back extended it: its new lifetime (`expiresIn`,
 * seconds from `now`) is past the old expiry, or, that unknown, close to a full 60 days. Meta's
 * other possible way of saying "not yet" is the same token with the lifetime it had (UNCONFIRMED).
 */
function extended(oldExpiresAt: number | undefined, expiresIn: number | undefined, now: number): boolean {
  if (expiresIn === undefined) return false;
  if (oldExpiresAt) return now + expiresIn > oldExpiresAt + 60;
  return expiresIn > SIXTY_DAYS - 3600;
}

/**
 * Checks a refreshed token against the one it replaces: alive, the same Instagram user, and an
 * expiry later than the old one when both are known. `now`: unix seconds.
 */
export function checkInstagramRefreshed(old: TokenInfo, fresh: TokenInfo, now: number): Finding[] {
  const retry = 'Nothing was written; the current token is still in place. The next scheduled run retries.';
  if (!fresh.isValid) return [{ message: 'Meta returned a token that /me rejects.', hint: retry }];
  const findings: Finding[] = [];
  if (fresh.userId !== old.userId)
    findings.push({ message: `The new token belongs to user ${fresh.userId}, not ${old.userId}.`, hint: retry });
  if (old.expiresAt && fresh.expiresAt !== undefined && fresh.expiresAt !== 0 && fresh.expiresAt <= old.expiresAt)
    findings.push({
      message:
        `The refresh did not move the expiry: the token still expires ${isoTime(old.expiresAt)} ` +
        `(${daysLeft(old.expiresAt, now)} days left).`,
      hint: `${retry} If it keeps happening, ${instagramMintAdvice([]).replace(/^Mint/, 'mint')}`,
    });
  return findings;
}

/** `/me` with `token`: its user, or Meta's 190 (dead); other failures are thrown. */
async function alive(
  client: InstagramClient,
  token: string,
): Promise<
  { ok: true; userId: string; username: string | undefined } | { ok: false; error: NonNullable<TokenInfo['error']> }
> {
  try {
    return { ok: true, ...(await client.me(token)) };
  } catch (error) {
    if (!(error instanceof ServiceError) || error.meta?.code !== 190) throw error;
    return { ok: false, error: { code: 190, subcode: error.meta.subcode, message: error.meta.message } };
  }
}

/** Why an Instagram token `/me` refused may not be refreshed: it is dead, and only a new login replaces it. */
function checkInstagramCurrent(info: TokenInfo, places: string[]): Finding[] {
  if (info.isValid) return [];
  const error = info.error;
  return [
    {
      message:
        `The Instagram token is not ` +
        `valid${error ? ` (Meta error ${error.code}: ${error.message})` : ''}. It cannot be refreshed: an ` +
        `expired Instagram token cannot be extended.`,
      hint: instagramMintAdvice(places),
      ...(error ? { meta: { code: error.code, message: error.message, type: 'OAuthException' } } : {}),
    },
  ];
}

/** What a person does about a `needs-human` failure of an Instagram call, when it is known. */
function instagramAdvice(error: ServiceError, places: string[]): string | undefined {
  const code = error.meta?.code;
  if (code === 190) return instagramMintAdvice(places);
  if (code === 10 || (code !== undefined && code >= 200 && code <= 299))
    return (
      'The token lacks a permission the refresh needs (instagram_business_basic): have the account owner ' +
      'log in again through your Instagram Login flow and grant it.'
    );
  return undefined;
}

/** The Instagram Login provider; `readExpiry` reads `expiry-variable` (undefined when none is set). */
export function createInstagramProvider(
  settings: Settings,
  readExpiry: () => Promise<ExpiryRecord | undefined>,
  client: InstagramClient = createInstagramClient({
    baseUrl: settings.instagramApiUrl,
    version: settings.graphApiVersion,
    timeoutMs: settings.timeoutMs,
  }),
): TokenProvider {
  // The token this run minted, and what its refresh said: Meta tells its expiry nowhere else.
  let minted: { token: string; expiresAt: number | undefined; at: number } | undefined;

  async function inspect(token: string): Promise<TokenInfo> {
    const record = minted?.token === token ? { expiresAt: minted.expiresAt, writtenAt: minted.at } : readExpiry();
    const [me, expiry] = await Promise.all([alive(client, token), record]);
    return {
      isValid: me.ok,
      appId: '',
      type: INSTAGRAM_TYPE,
      application: me.ok && me.username ? `@${me.username}` : undefined,
      expiresAt: expiry?.expiresAt,
      dataAccessExpiresAt: undefined,
      issuedAt: expiry?.writtenAt,
      scopes: [],
      userId: me.ok ? me.userId : undefined,
      error: me.ok ? undefined : me.error,
    };
  }

  return {
    id: 'instagram',
    minAgeSeconds: DAY_SECONDS,
    inspect,
    checkCurrent: checkInstagramCurrent,
    async refresh(token, info) {
      let answer;
      try {
        answer = await client.refreshToken(token);
      } catch (error) {
        if (tooEarly(error)) return undefined;
        throw error;
      }
      const at = Math.floor(Date.now() / 1000);
      const expiresAt = answer.expiresIn === undefined ? undefined : at + answer.expiresIn;
      if (answer.accessToken === token && !extended(info.expiresAt, answer.expiresIn, at)) return undefined;
      minted = { token: answer.accessToken, expiresAt, at };
      return answer.accessToken;
    },
    checkRefreshed: checkInstagramRefreshed,
    advice: instagramAdvice,
    describeRefresh: () => 'refreshed with ig_refresh_token',
    mintAdvice: instagramMintAdvice,
    oldTokenAfterRefresh: OLD_TOKEN_AFTER_REFRESH,
    replaceByHand: (places) => [
      `**Replace the token by hand.** Your app's Instagram calls fail with "Error validating access token" (code 190).`,
      `   1. ${instagramMintAdvice(places)}`,
      '   2. Keep this workflow on a schedule: a long-lived Instagram token refreshed at least every 60 days (and ' +
        'no more than once a day) never expires.',
    ],
  };
}
