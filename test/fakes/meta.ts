/**
 * A Meta Graph API fake: `debug_token` and the `fb_exchange_token` exchange, with the shapes,
 * codes and switches of api-facts A.1–A.3 and D. Tokens are opaque random strings; the fake
 * remembers what each one is.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { FakeServer, Reply } from './server.ts';
import { json, startFake } from './server.ts';

export interface FakeToken {
  token: string;
  appId: string;
  type: 'USER' | 'SYSTEM_USER' | 'PAGE' | 'APP';
  /** Unix seconds; 0 = never. */
  expiresAt: number;
  issuedAt?: number;
  scopes: string[];
  userId: string;
  /** Revoked or otherwise dead: debug_token reports this error. */
  invalid?: { code: number; subcode?: number; message: string };
}

export interface MetaFakeOptions {
  apps: Record<string, { secret: string; name: string }>;
  tokens: FakeToken[];
  /** Unix seconds; default: the real clock. */
  now?: () => number;
  /** "Require App Secret": calls with a user token as access_token need appsecret_proof (code 100). */
  requireAppsecretProof?: boolean;
  /** Leave `expires_in` out of the exchange answer (UNCONFIRMED when Meta does, A.1). */
  omitExpiresIn?: boolean;
  /** Whether the old token stays valid after an exchange (UNCONFIRMED officially, A.1); default true. */
  oldTokenSurvives?: boolean;
  /** Whether exchanging a long-lived USER token extends it (evidence says no, A.1); default false. */
  userExchangeExtends?: boolean;
  /** Minted tokens have no `issued_at` (Meta documents it as optional, A.2). */
  omitIssuedAt?: boolean;
  /** Scopes the exchanged token loses (a broken refresh, for tests). */
  dropScopesOnExchange?: string[];
  latencyMs?: number;
}

export interface MetaFake extends FakeServer {
  tokens: Map<string, FakeToken>;
  /** The tokens minted by exchanges, oldest first. */
  minted: FakeToken[];
  /** Adds a token the fake knows. */
  addToken(token: FakeToken): void;
}

export const SIXTY_DAYS = 60 * 86_400;

/** A fresh opaque token, shaped like Meta's (EAA + base62), never a real one. */
export function fakeTokenString(): string {
  return `EAAFake${randomBytes(24).toString('hex')}`;
}

function metaError(status: number, code: number, message: string, subcode?: number, type = 'OAuthException'): Reply {
  const error = {
    message,
    type,
    code,
    ...(subcode === undefined ? {} : { error_subcode: subcode }),
    fbtrace_id: `Atrace${randomBytes(6).toString('hex')}`,
  };
  return json(status, { error }, { 'www-authenticate': `OAuth "Facebook Platform" "invalid_token" "${message}"` });
}

export async function startMetaFake(options: MetaFakeOptions): Promise<MetaFake> {
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const tokens = new Map(options.tokens.map((t) => [t.token, { ...t }]));
  const minted: FakeToken[] = [];
  const expiredMessage = (t: FakeToken): string =>
    `Error validating access token: Session has expired on ${new Date(t.expiresAt * 1000).toUTCString()}. The current time is ${new Date(now() * 1000).toUTCString()}.`;
  /** Why a token cannot be used now, as Meta's debug_token `error` object. */
  const deadReason = (t: FakeToken | undefined): { code: number; subcode?: number; message: string } | undefined => {
    if (!t) return { code: 190, message: 'Invalid OAuth access token - Cannot parse access token' };
    if (t.invalid) return t.invalid;
    if (t.expiresAt !== 0 && t.expiresAt <= now()) return { code: 190, subcode: 463, message: expiredMessage(t) };
    return undefined;
  };
  const isAppToken = (value: string | null): boolean => {
    const [id, secret] = (value ?? '').split('|');
    return id !== undefined && options.apps[id]?.secret === secret;
  };

  const fake = await startFake(
    (req) => {
      const match = /^\/(v\d+\.\d+)\/(debug_token|oauth\/access_token)$/.exec(req.path);
      if (!match || req.method !== 'GET')
        return metaError(400, 100, 'Unsupported get request.', 33, 'GraphMethodException');
      const q = req.query;
      const accessToken = q.get('access_token');
      if (options.requireAppsecretProof && accessToken && !isAppToken(accessToken)) {
        const user = tokens.get(accessToken);
        const secret = user ? options.apps[user.appId]?.secret : undefined;
        const proof = q.get('appsecret_proof');
        if (!proof)
          return metaError(
            400,
            100,
            'API calls from the server require an appsecret_proof argument',
            undefined,
            'GraphMethodException',
          );
        if (!secret || createHmac('sha256', secret).update(accessToken).digest('hex') !== proof) {
          return metaError(
            400,
            100,
            'Invalid appsecret_proof provided in the API argument',
            undefined,
            'GraphMethodException',
          );
        }
      }

      if (match[2] === 'debug_token') {
        if (!isAppToken(accessToken)) return metaError(400, 190, 'Invalid OAuth access token signature.');
        const input = q.get('input_token') ?? '';
        const t = tokens.get(input);
        const dead = deadReason(t);
        if (!t || dead) {
          return json(200, {
            data: {
              ...(t
                ? {
                    app_id: t.appId,
                    type: t.type,
                    application: options.apps[t.appId]?.name,
                    expires_at: t.expiresAt,
                    user_id: t.userId,
                    scopes: t.scopes,
                  }
                : {}),
              is_valid: false,
              error: dead,
            },
          });
        }
        return json(200, {
          data: {
            app_id: t.appId,
            type: t.type,
            application: options.apps[t.appId]?.name ?? 'App',
            data_access_expires_at: t.type === 'USER' ? now() + 90 * 86_400 : 0,
            expires_at: t.expiresAt,
            is_valid: true,
            ...(t.issuedAt === undefined ? {} : { issued_at: t.issuedAt }),
            scopes: t.scopes,
            granular_scopes: t.scopes.map((scope) => ({ scope })),
            user_id: t.userId,
          },
        });
      }

      // oauth/access_token
      if (q.get('grant_type') !== 'fb_exchange_token') return metaError(400, 100, 'Invalid grant_type', undefined);
      const app = options.apps[q.get('client_id') ?? ''];
      if (!app) return metaError(400, 101, 'Error validating application. Invalid application ID.');
      if (app.secret !== q.get('client_secret')) return metaError(400, 1, 'Error validating client secret.');
      const old = tokens.get(q.get('fb_exchange_token') ?? '');
      const dead = deadReason(old);
      if (!old || dead) return metaError(400, 190, dead?.message ?? 'Invalid OAuth access token.', dead?.subcode);
      if (old.appId !== q.get('client_id'))
        return metaError(400, 190, 'Error validating access token: The token does not belong to this app.');

      const sixtyDays = q.get('set_token_expires_in_60_days') === 'true';
      const extends_ =
        old.type === 'SYSTEM_USER' ? sixtyDays : old.type === 'USER' ? options.userExchangeExtends === true : false;
      const fresh: FakeToken = {
        ...old,
        token: fakeTokenString(),
        issuedAt: options.omitIssuedAt ? undefined : now(),
        expiresAt: extends_ ? now() + SIXTY_DAYS : old.expiresAt,
        scopes: old.scopes.filter((s) => !options.dropScopesOnExchange?.includes(s)),
      };
      tokens.set(fresh.token, fresh);
      minted.push(fresh);
      if (options.oldTokenSurvives === false)
        old.invalid = {
          code: 190,
          subcode: 467,
          message: 'Error validating access token: The session has been invalidated.',
        };
      const body: Record<string, unknown> = { access_token: fresh.token, token_type: 'bearer' };
      if (!options.omitExpiresIn && fresh.expiresAt !== 0) body.expires_in = fresh.expiresAt - now();
      return json(200, body);
    },
    { latencyMs: options.latencyMs ?? 0 },
  );
  return Object.assign(fake, {
    tokens,
    minted,
    addToken(token: FakeToken) {
      tokens.set(token.token, { ...token });
    },
  });
}
