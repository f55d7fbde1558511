/**
 * A fake of graph.instagram.com for "Instagram API with Instagram Login" tokens: the unversioned
 * `refresh_access_token` (grant `ig_refresh_token`) and `/{version}/me`, with the shapes of
 * api-facts A.8 and Meta's error envelope (A.3). Tokens are opaque random strings; the fake
 * remembers what each one is. There is no `debug_token` here (Meta documents none for these
 * tokens) and no app secret: a request carrying `client_secret` or `appsecret_proof` is refused,
 * so a test sees the action leak its app secret to this host. What each choice rests on, and what
 * is UNCONFIRMED, is in test/fakes/README.md ("Instagram Graph fake").
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FakeServer, RecordedRequest, Reply } from './server.ts';
import { json, startFake } from './server.ts';
import { metaErrorEnvelope } from './meta.ts';

export interface FakeIgToken {
  token: string;
  /** Instagram user id, numeric string. */
  userId: string;
  username: string;
  /** Unix seconds: when it was minted or last refreshed (its age is counted from here). */
  issuedAt: number;
  /** Unix seconds. */
  expiresAt: number;
  scopes: string[];
  /** Revoked or otherwise dead: every call with it answers this error. */
  invalid?: { code: number; subcode?: number; message: string };
}

export interface InstagramFakeOptions {
  tokens: FakeIgToken[];
  /** Unix seconds; default the real clock. */
  now?: () => number;
  /**
   * A refresh of a token under 24 hours old (UNCONFIRMED what Meta answers): `'error'` (default)
   * answers a 400 code 100 that mentions 24 hours; `'error-190'` the same with code 190, the code
   * of token errors; `'unchanged'` answers 200 with the same token and the seconds it still has,
   * its expiry not moved.
   */
  tooEarly?: 'error' | 'error-190' | 'unchanged';
  /** Leave `expires_in` out of refresh answers (UNCONFIRMED whether Meta ever does). */
  omitExpiresIn?: boolean;
  /** Whether the old token stays valid after a refresh (UNCONFIRMED); default true. */
  oldTokenSurvives?: boolean;
  latencyMs?: number;
}

export interface InstagramFake extends FakeServer {
  tokens: Map<string, FakeIgToken>;
  /** Tokens minted by refreshes, oldest first. */
  minted: FakeIgToken[];
  addToken(token: FakeIgToken): void;
}

export const IG_SIXTY_DAYS = 60 * 86_400;
const DAY = 86_400;
/** The permission refresh_access_token requires (and the User node, hence `/me`). */
const BASIC = 'instagram_business_basic';
/** The `/me` fields this fake can answer; `id` comes with every answer. */
const ME_FIELDS = new Set(['id', 'user_id', 'username']);
/** Parameters that carry (or are derived from) the app secret; none belongs on graph.instagram.com calls here. */
const SECRET_PARAMS = ['client_secret', 'appsecret_proof'] as const;

/** A fresh opaque Instagram Login token string: `IGAAFake` + 48 hex chars. */
export function fakeIgTokenString(): string {
  return `IGAAFake${randomBytes(24).toString('hex')}`;
}

/**
 * A long-lived Instagram User token for tests: user 17841400000000001 / "acme.shop", scope
 * instagram_business_basic, issued `ageDays` ago (default 10), expiring `daysLeft` from now
 * (default 50), by the real clock. Overrides win (an explicit `issuedAt`/`expiresAt` beats
 * `ageDays`/`daysLeft`).
 */
export function igToken(overrides: Partial<FakeIgToken> & { daysLeft?: number; ageDays?: number } = {}): FakeIgToken {
  const { daysLeft = 50, ageDays = 10, ...rest } = overrides;
  const now = Math.floor(Date.now() / 1000);
  return {
    token: fakeIgTokenString(),
    userId: '17841400000000001',
    username: 'acme.shop',
    issuedAt: now - ageDays * DAY,
    expiresAt: now + daysLeft * DAY,
    scopes: [BASIC],
    ...rest,
  };
}

/**
 * Meta's error envelope (api-facts A.3). OAuthException answers carry a `WWW-Authenticate`
 * header as Facebook Graph's do (`invalid_token` for code 190, else `invalid_request`; that
 * graph.instagram.com sends it is UNCONFIRMED); GraphMethodException answers carry none.
 */
function metaError(status: number, code: number, message: string, subcode?: number, type = 'OAuthException'): Reply {
  const headers: Record<string, string> =
    type === 'OAuthException'
      ? {
          'www-authenticate': `OAuth "Facebook Platform" "${code === 190 ? 'invalid_token' : 'invalid_request'}" "${message}"`,
        }
      : {};
  return json(status, metaErrorEnvelope(code, message, subcode, type), headers);
}

/** The app-scoped `id` of `/me`, stable per Instagram user id (never equal to it). */
function appScopedId(userId: string): string {
  const digest = createHash('sha256').update(`ig-app-scoped:${userId}`).digest('hex');
  return `2${String(BigInt(`0x${digest.slice(0, 13)}`)).padStart(16, '0')}`;
}

/** The app-secret parameter a request carries in its query or body, if any. */
function leakedSecretParam(req: RecordedRequest): string | undefined {
  return SECRET_PARAMS.find((name) => req.query.has(name) || req.body.includes(name));
}

export async function startInstagramFake(options: InstagramFakeOptions): Promise<InstagramFake> {
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const copy = (t: FakeIgToken): FakeIgToken => ({
    ...t,
    scopes: [...t.scopes],
    ...(t.invalid ? { invalid: { ...t.invalid } } : {}),
  });
  const tokens = new Map(options.tokens.map((t) => [t.token, copy(t)]));
  const minted: FakeIgToken[] = [];
  const expiredMessage = (t: FakeIgToken): string =>
    `Error validating access token: Session has expired on ${new Date(t.expiresAt * 1000).toUTCString()}. The current time is ${new Date(now() * 1000).toUTCString()}.`;
  /** Why a token cannot be used now, as Meta's error fields. */
  const deadReason = (t: FakeIgToken | undefined): { code: number; subcode?: number; message: string } | undefined => {
    if (!t) return { code: 190, message: 'Invalid OAuth access token - Cannot parse access token' };
    if (t.invalid) return t.invalid;
    if (t.expiresAt <= now()) return { code: 190, subcode: 463, message: expiredMessage(t) };
    return undefined;
  };
  const refreshAnswer = (token: string, expiresIn: number): Reply => {
    const body: Record<string, unknown> = { access_token: token, token_type: 'bearer' };
    if (!options.omitExpiresIn) body.expires_in = expiresIn;
    return json(200, body);
  };

  const fake = await startFake(
    (req) => {
      const leaked = leakedSecretParam(req);
      if (leaked) {
        // Not Meta's behaviour: a tripwire. The refresh needs no app secret (A.8), so sending one
        // here only spreads it; tests assert the action never does.
        return metaError(400, 100, `${leaked} is not accepted here`);
      }
      const refresh = req.path === '/refresh_access_token';
      const me = /^\/v\d+\.\d+\/me$/.test(req.path);
      if ((!refresh && !me) || req.method !== 'GET') {
        return metaError(
          404,
          100,
          `Unsupported ${req.method.toLowerCase()} request.`,
          undefined,
          'GraphMethodException',
        );
      }
      const q = req.query;
      if (refresh && q.get('grant_type') !== 'ig_refresh_token') return metaError(400, 100, 'Invalid grant_type');

      const t = tokens.get(q.get('access_token') ?? '');
      const dead = deadReason(t);
      if (!t || dead) {
        return metaError(
          400,
          dead?.code ?? 190,
          dead?.message ?? 'Invalid OAuth access token - Cannot parse access token',
          dead?.subcode,
        );
      }
      if (!t.scopes.includes(BASIC)) {
        // Meta documents the permission (M10; the IG User node for /me), not this error: HTTP 403
        // is as likely as 400 (UNCONFIRMED). Code 10 is Meta's "API Permission Denied" (A.3).
        return metaError(400, 10, 'Application does not have permission for this action');
      }

      if (me) {
        const fields = (q.get('fields') ?? '')
          .split(',')
          .map((f) => f.trim())
          .filter((f) => f !== '');
        const unknown = fields.find((f) => !ME_FIELDS.has(f));
        if (unknown)
          return metaError(400, 100, `(#100) Tried accessing nonexisting field (${unknown}) on node type (User)`);
        const body: Record<string, string> = {};
        if (fields.includes('user_id')) body.user_id = t.userId;
        if (fields.includes('username')) body.username = t.username;
        body.id = appScopedId(t.userId);
        return json(200, body);
      }

      // refresh_access_token
      if (now() - t.issuedAt < DAY) {
        if (options.tooEarly === 'unchanged') return refreshAnswer(t.token, t.expiresAt - now());
        // UNCONFIRMED: the wording and code are our guess, not Meta's. They are chosen so the
        // action's rule (an error that mentions 24 hours, on a token that is alive) is exercised.
        const code = options.tooEarly === 'error-190' ? 190 : 100;
        return metaError(400, code, 'Tokens can be refreshed only when they are at least 24 hours old.');
      }
      const fresh: FakeIgToken = {
        token: fakeIgTokenString(),
        userId: t.userId,
        username: t.username,
        issuedAt: now(),
        expiresAt: now() + IG_SIXTY_DAYS,
        scopes: [...t.scopes],
      };
      tokens.set(fresh.token, fresh);
      minted.push(fresh);
      if (options.oldTokenSurvives === false)
        t.invalid = {
          code: 190,
          subcode: 467,
          message: 'Error validating access token: The session has been invalidated.',
        };
      return refreshAnswer(fresh.token, IG_SIXTY_DAYS);
    },
    { latencyMs: options.latencyMs ?? 0 },
  );
  return Object.assign(fake, {
    tokens,
    minted,
    addToken(token: FakeIgToken) {
      tokens.set(token.token, copy(token));
    },
  });
}
