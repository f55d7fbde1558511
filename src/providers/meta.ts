/**
 * Facebook Login tokens (`EAA…`: system-user, user and page tokens of WhatsApp Cloud API,
 * Facebook and "Instagram API with Facebook Login" apps): inspected with `debug_token`,
 * refreshed with `fb_exchange_token` (api-facts A.1–A.3), and the advice of the teams' own guides
 * when a person must act. The rules are pure; the calls go through `clients/graph.ts`.
 */
import type { Finding, TokenInfo } from '../core.ts';
import { daysLeft, isoTime } from '../core.ts';
import type { MetaErrorDetail, ServiceError } from '../errors.ts';
import { createGraphClient } from '../clients/graph.ts';
import { readAssets } from '../health.ts';
import type { TokenProvider } from './provider.ts';

/** Whether the exchange must ask for a new 60-day token (expiring system-user tokens, api-facts A.1). */
export function wantsSixtyDays(info: TokenInfo): boolean {
  return info.type === 'SYSTEM_USER' && info.expiresAt !== 0;
}

export const WHATSAPP_SCOPES = ['whatsapp_business_messaging', 'whatsapp_business_management'];

/**
 * What a person does when the token is dead: the manual rotation the project replaces, in the
 * words of the teams' own guides (Business Settings → System users → Generate new token).
 * `places` are where the token lives, e.g. `acme/app:META_ACCESS_TOKEN`, primary first.
 */
export function mintTokenAdvice(places: string[]): string {
  const where =
    places.length > 0 ? places.map((p) => `\`${p}\``).join(', ') : 'the secret the workflow reads `access-token` from';
  return [
    'Mint a new token: Meta Business Settings (https://business.facebook.com/settings/system-users) → ' +
      'System users →',
    'select the system user → Generate new token → choose this app, an expiration, and the permissions ' +
      WHATSAPP_SCOPES.map((s) => `\`${s}\``).join(' and '),
    `(plus any others your app uses). Copy it at once (it is shown only once), store it in ${where}, and re-run ` +
      `this workflow.`,
  ].join(' ');
}

/**
 * Checks the current token before anything else happens: it must be valid, belong to `appId`,
 * and hold every scope in `requiredScopes`.
 */
export function checkInspection(info: TokenInfo, appId: string, requiredScopes: string[], places: string[]): Finding[] {
  const findings: Finding[] = [];
  if (!info.isValid) {
    const error = info.error;
    const subcode = error?.subcode === undefined ? '' : `/${error.subcode}`;
    findings.push({
      message:
        `The access token is not ` +
        `valid${error ? ` (Meta error ${error.code}${subcode}: ${error.message})` : ''}. It cannot be refreshed: ` +
        `an expired or revoked token cannot be exchanged.`,
      hint: mintTokenAdvice(places),
      ...(error
        ? {
            meta: {
              code: error.code,
              ...(error.subcode === undefined ? {} : { subcode: error.subcode }),
              message: error.message,
              type: 'OAuthException',
            },
          }
        : {}),
    });
    return findings;
  }
  if (info.appId !== appId) {
    findings.push({
      message:
        `The access token belongs to app ${info.appId}${info.application ? ` (${info.application})` : ''}, ` +
        `not to app-id ${appId}.`,
      hint: 'Set app-id and app-secret to the app that issued the token, or mint a token for this app.',
    });
  }
  const missing = requiredScopes.filter((scope) => !info.scopes.includes(scope));
  if (missing.length > 0) {
    findings.push({
      message:
        `The access token lacks the required scopes ${missing.join(', ')} ` +
        `(it has ${info.scopes.join(', ') || 'none'}).`,
      hint: mintTokenAdvice(places),
    });
  }
  return findings;
}

/**
 * Checks a freshly exchanged token against the one it replaces before it is written anywhere:
 * valid, same app, every old scope kept, and an expiry later than the old one (0 = never counts as
 * later). Returns the problems found; none means the new token may be written.
 */
export function checkRefreshed(old: TokenInfo, fresh: TokenInfo, appId: string, now: number): Finding[] {
  const findings: Finding[] = [];
  const retry = 'Nothing was written; the current token is still in place. The next scheduled run retries.';
  if (!fresh.isValid) {
    findings.push({
      message:
        'Meta returned a token that debug_token reports as not valid' +
        `${fresh.error ? ` (${fresh.error.code}: ${fresh.error.message})` : ''}.`,
      hint: retry,
    });
    return findings;
  }
  if (fresh.appId !== appId) {
    findings.push({ message: `The new token belongs to app ${fresh.appId}, not to app-id ${appId}.`, hint: retry });
  }
  const lost = old.scopes.filter((scope) => !fresh.scopes.includes(scope));
  if (lost.length > 0) {
    findings.push({ message: `The new token lost the scopes ${lost.join(', ')}.`, hint: retry });
  }
  // debug_token always gives Facebook Login tokens an expiry (0 = never).
  const [was, next] = [old.expiresAt ?? 0, fresh.expiresAt ?? 0];
  if (!(next === 0 || next > was)) {
    findings.push({
      message:
        `The refresh did not move the expiry: the token still expires ${isoTime(was)} ` +
        `(${daysLeft(was, now)} days left). A ${old.type} token of this kind cannot be extended by an exchange.`,
      hint:
        `A person must re-authorise before ${isoTime(was)}: log in again to mint a new long-lived token, or ` +
        'better, switch to a System User token (Business Settings → System users), which this action can ' +
        'refresh unattended.',
    });
  }
  return findings;
}

/** What a person must do about a Meta error of the `needs-human` class. */
export function metaErrorHint(detail: MetaErrorDetail, places: string[]): string {
  const { code, subcode, message } = detail;
  if (code === 1 && /client secret/i.test(message)) {
    return (
      'The app secret is wrong: copy it again from the App Dashboard (App settings → Basic → App secret) into ' +
      "the app-secret input's secret."
    );
  }
  if (code === 101) return 'The app id is wrong: set app-id to the App ID shown in the App Dashboard.';
  if (code === 190 && subcode === 492) {
    return 'The user behind this token lost their role on the Page: restore the role, or use a System User token.';
  }
  if (code === 190 || code === 102) return mintTokenAdvice(places);
  if (code === 10 || (code >= 200 && code <= 299) || code === 3) {
    return (
      'A permission is missing or was not used for 90 days: grant it again to the system user (Business ' +
      'Settings → System users → Assign assets) and mint a new token with it.'
    );
  }
  if (code === 100) {
    return /appsecret_proof/i.test(message)
      ? 'The app requires appsecret_proof: check that app-secret belongs to this app.'
      : 'Meta rejected a parameter: check app-id, graph-api-version and the token.';
  }
  return 'Meta refused the request; see the message above.';
}

/** What the app's logs show when the token is dead (the teams' own guides), to recognise it. */
const DEAD_TOKEN_SYMPTOMS = [
  'Session has expired',
  'The session is invalid because the user logged out',
  'Invalid OAuth access token',
  'Access token could not be decrypted',
];

export interface MetaProviderOptions {
  /** e.g. `https://graph.facebook.com` */
  graphApiUrl: string;
  /** e.g. `v25.0` */
  graphApiVersion: string;
  appId: string;
  appSecret: string;
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /** Scopes the token must hold. */
  requiredScopes: string[];
  /** Told Meta's usage percentage after each answer that reports one (table mode throttles by it). */
  onUsage?: (percent: number) => void;
}

/** The Facebook Login provider over the Graph API at `options.graphApiUrl`. */
export function createMetaProvider(options: MetaProviderOptions): TokenProvider {
  const graph = createGraphClient({
    baseUrl: options.graphApiUrl,
    version: options.graphApiVersion,
    appId: options.appId,
    appSecret: options.appSecret,
    timeoutMs: options.timeoutMs,
    ...(options.onUsage ? { onUsage: options.onUsage } : {}),
  });
  return {
    id: 'facebook',
    minAgeSeconds: 0,
    inspect: (token) => graph.debugToken(token),
    inspectMany: (tokens) => graph.debugTokens(tokens),
    checkCurrent: (info, places) => checkInspection(info, options.appId, options.requiredScopes, places),
    async refresh(token, info) {
      const { accessToken } = await graph.exchangeToken(token, { sixtyDays: wantsSixtyDays(info) });
      return accessToken;
    },
    checkRefreshed: (old, fresh, now) => checkRefreshed(old, fresh, options.appId, now),
    advice: (error: ServiceError, places) => (error.meta ? metaErrorHint(error.meta, places) : undefined),
    readAssets: (token, refs) => readAssets(graph, token, refs),
    describeRefresh: (info) => `exchanged${wantsSixtyDays(info) ? ' (set_token_expires_in_60_days=true)' : ''}`,
    mintAdvice: mintTokenAdvice,
    // fb_exchange_token leaves the token it was given valid (README, "Nothing is lost", invariant 3).
    oldTokenAfterRefresh: 'it keeps working until it expires',
    replaceByHand: (places) => [
      "**Replace the token by hand.** Your app's logs will show errors like " +
        `${DEAD_TOKEN_SYMPTOMS.map((s) => `"${s}"`).join(', ')}.`,
      `   1. ${mintTokenAdvice(places)}`,
      '   2. Prefer a System User token (Business Settings → System users; role System Admin, the WhatsApp account ' +
        'assigned under Assigned assets): a never-expiring one needs no refresh, an expiring one this action ' +
        'refreshes every 60 days.',
    ],
  };
}
