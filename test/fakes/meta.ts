/**
 * A Meta Graph API fake: `debug_token` and the `fb_exchange_token` exchange, with the shapes,
 * codes and switches of api-facts A.1–A.3 and D, and the read-only WhatsApp health reads of A.7
 * (`GET /{version}/{phone-number-or-WABA-id}?fields=…`). Tokens are opaque random strings; the
 * fake remembers what each one is. What the WhatsApp reads rest on, and what is UNCONFIRMED, is in
 * test/fakes/README.md ("Meta Graph fake: WhatsApp health reads"). Graph batch requests
 * (`POST /{version}/` with `batch=[…]`) answer each call through the same code as its single GET
 * ("Meta Graph fake: batch requests").
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { FakeServer, RecordedRequest, Reply } from './server.ts';
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

export type CanSend = 'AVAILABLE' | 'LIMITED' | 'BLOCKED';

/** One entry of `health_status.entities`: a node involved in sending from the asset. */
export interface FakeHealthEntity {
  entityType: 'PHONE_NUMBER' | 'WABA' | 'BUSINESS' | 'APP';
  id: string;
  canSendMessage: CanSend;
  /** Answered only when `canSendMessage` is not AVAILABLE. */
  errors?: Array<{ errorCode: number; errorDescription: string; possibleSolution: string }>;
}

/** A WhatsApp business phone number or WhatsApp Business Account; its id is its key in `assets`. */
export interface FakeAsset {
  kind: 'PHONE_NUMBER' | 'WABA';
  /** Phone numbers: */
  verifiedName?: string;
  displayPhoneNumber?: string;
  qualityRating?: 'GREEN' | 'YELLOW' | 'RED' | 'UNKNOWN' | 'NA';
  /** Accounts: */
  name?: string;
  /** Overall; default: the worst of the entities (BLOCKED > LIMITED > AVAILABLE). */
  canSendMessage?: CanSend;
  /**
   * Default: the asset itself (and for a phone number, WABA 'waba-of-<id>') plus BUSINESS
   * ('business-of-<id>') and APP (the reading token's app id), all AVAILABLE.
   */
  entities?: FakeHealthEntity[];
  /** Which tokens may read it; default: every valid token of any known app whose scopes include whatsapp_business_management. */
  readableBy?: (token: FakeToken) => boolean;
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
  /**
   * WhatsApp assets by id (phone number ids and WABA ids, numeric strings). Read at each request,
   * so a test may change an asset between calls.
   */
  assets?: Record<string, FakeAsset>;
  /**
   * How Meta refuses an asset the token may not read (UNCONFIRMED which one it uses):
   * 'missing-object' = HTTP 400 code 100 subcode 33 "Unsupported get request. Object with ID '<id>'
   * does not exist, cannot be loaded due to missing permissions, or does not support this
   * operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api"
   * (type GraphMethodException); 'permission' = code 200 "(#200) Permissions error" (type
   * OAuthException) with HTTP status `permissionErrorStatus`. Default 'missing-object'.
   */
  assetDenial?: 'missing-object' | 'permission';
  /** HTTP status of a 'permission' denial (UNCONFIRMED: 400 or 403); default 400. */
  permissionErrorStatus?: 400 | 403;
  latencyMs?: number;
  /**
   * The `X-App-Usage` percentage to send with the n-th answer (1-based); none when undefined. Each
   * call inside a batch is one answer (Meta counts them one by one).
   */
  appUsage?: (n: number) => number | undefined;
  /**
   * Whether Meta answers the `fb_exchange_token` exchange as a call inside a batch (UNCONFIRMED):
   * 'refused' answers it 400, code 100, and mints nothing; singles work either way. Default 'accepted'.
   */
  exchangeInBatch?: 'accepted' | 'refused';
}

/**
 * One element of a batch answer, in request order (`null` in the array when the call timed out
 * inside the batch). `body` is the call's answer as JSON text; `headers` is absent with
 * `include_headers=false`.
 */
export interface BatchElement {
  code: number;
  headers?: Array<{ name: string; value: string }>;
  body?: string;
}

export interface MetaFake extends FakeServer {
  tokens: Map<string, FakeToken>;
  /** The tokens minted by exchanges, oldest first. */
  minted: FakeToken[];
  /** Adds a token the fake knows. */
  addToken(token: FakeToken): void;
}

export const SIXTY_DAYS = 60 * 86_400;
/** The permission a token needs, by default, to read a WhatsApp asset (api-facts A.7). */
const WABA_MANAGEMENT = 'whatsapp_business_management';
/**
 * Per asset kind: Graph's node type (for the unknown-field error; the names are UNCONFIRMED), the
 * fields this fake can answer and those it answers when `fields` is absent.
 */
const NODES = {
  PHONE_NUMBER: {
    type: 'WhatsAppBusinessPhoneNumber',
    fields: new Set(['id', 'verified_name', 'display_phone_number', 'quality_rating', 'health_status']),
    defaults: ['verified_name', 'display_phone_number', 'quality_rating', 'id'],
  },
  WABA: {
    type: 'WhatsAppBusinessAccount',
    fields: new Set(['id', 'name', 'health_status']),
    defaults: ['id', 'name'],
  },
} as const;
const SEVERITY: Record<CanSend, number> = { AVAILABLE: 0, LIMITED: 1, BLOCKED: 2 };
/** Graph's limit of calls per batch (Meta, "Graph API batch requests"). */
const BATCH_LIMIT = 50;
/**
 * The version of a batch call when neither the POST's path nor its `relative_url` names one (Meta
 * uses the app's default version; this is the action's default).
 */
const BATCH_DEFAULT_VERSION = 'v25.0';

/** A call of a batch as the client wrote it; `body` is form-encoded, for calls that are not GETs. */
interface BatchCall {
  method: string;
  relativeUrl: string;
  body: string;
}

/** The calls of a `batch` parameter (a JSON string, or an array in a JSON body), or why not. */
function parseBatch(value: unknown): BatchCall[] | string {
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      return '(#100) The parameter batch must be a JSON array';
    }
  }
  if (!Array.isArray(list)) return '(#100) The parameter batch must be a JSON array';
  const calls: BatchCall[] = [];
  for (const item of list as unknown[]) {
    const call = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const { method = 'GET', relative_url: relativeUrl, body = '' } = call;
    if (typeof relativeUrl !== 'string' || typeof method !== 'string' || typeof body !== 'string')
      return '(#100) Each call of a batch needs a string relative_url';
    calls.push({ method: method.toUpperCase(), relativeUrl, body });
  }
  return calls;
}

/** `x-app-usage` → `X-App-Usage`: header names in a batch element are written as in Meta's example. */
function headerName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

/** A fresh opaque token, shaped like Meta's (EAA + base62), never a real one. */
export function fakeTokenString(): string {
  return `EAAFake${randomBytes(24).toString('hex')}`;
}

/**
 * A WhatsApp business phone number for tests ("Support Number", 15555555555, GREEN; entities left
 * to the default, so all AVAILABLE), with overrides. Its id is its key in `assets`.
 */
export function phoneAsset(overrides: Partial<FakeAsset> = {}): FakeAsset {
  return {
    kind: 'PHONE_NUMBER',
    verifiedName: 'Support Number',
    displayPhoneNumber: '15555555555',
    qualityRating: 'GREEN',
    ...overrides,
  };
}

/** A WhatsApp Business Account for tests ("Lucky Shrub"; entities all AVAILABLE), with overrides. */
export function wabaAsset(overrides: Partial<FakeAsset> = {}): FakeAsset {
  return { kind: 'WABA', name: 'Lucky Shrub', ...overrides };
}

/** The entities of an asset with none given: itself (and a phone number's WABA), its business and the app. */
function defaultEntities(id: string, asset: FakeAsset, appId: string): FakeHealthEntity[] {
  const own: FakeHealthEntity[] =
    asset.kind === 'PHONE_NUMBER'
      ? [
          { entityType: 'PHONE_NUMBER', id, canSendMessage: 'AVAILABLE' },
          { entityType: 'WABA', id: `waba-of-${id}`, canSendMessage: 'AVAILABLE' },
        ]
      : [{ entityType: 'WABA', id, canSendMessage: 'AVAILABLE' }];
  return [
    ...own,
    { entityType: 'BUSINESS', id: `business-of-${id}`, canSendMessage: 'AVAILABLE' },
    { entityType: 'APP', id: appId, canSendMessage: 'AVAILABLE' },
  ];
}

/** The `health_status` field on the wire (snake_case). */
function healthStatus(id: string, asset: FakeAsset, appId: string): Record<string, unknown> {
  const entities = asset.entities ?? defaultEntities(id, asset, appId);
  const worst = entities.reduce<CanSend>(
    (acc, e) => (SEVERITY[e.canSendMessage] > SEVERITY[acc] ? e.canSendMessage : acc),
    'AVAILABLE',
  );
  return {
    can_send_message: asset.canSendMessage ?? worst,
    entities: entities.map((e) => ({
      entity_type: e.entityType,
      id: e.id,
      can_send_message: e.canSendMessage,
      ...(e.canSendMessage !== 'AVAILABLE' && e.errors?.length
        ? {
            errors: e.errors.map((err) => ({
              error_code: err.errorCode,
              error_description: err.errorDescription,
              possible_solution: err.possibleSolution,
            })),
          }
        : {}),
    })),
  };
}

/** Meta's error envelope (api-facts A.3), as graph.facebook.com and graph.instagram.com send it. */
export function metaErrorEnvelope(code: number, message: string, subcode?: number, type = 'OAuthException') {
  return {
    error: {
      message,
      type,
      code,
      ...(subcode === undefined ? {} : { error_subcode: subcode }),
      fbtrace_id: `Atrace${randomBytes(6).toString('hex')}`,
    },
  };
}

function metaError(status: number, code: number, message: string, subcode?: number, type = 'OAuthException'): Reply {
  const headers = { 'www-authenticate': `OAuth "Facebook Platform" "invalid_token" "${message}"` };
  return json(status, metaErrorEnvelope(code, message, subcode, type), headers);
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
  /** `{app-id}|{app-secret}` of a known app, and nothing else. */
  const isAppToken = (value: string | null): boolean => {
    const [id, secret, ...rest] = (value ?? '').split('|');
    return id !== undefined && secret !== undefined && rest.length === 0 && options.apps[id]?.secret === secret;
  };
  /** Meta's refusal of an asset the token may not read (or that does not exist): one of two, by switch. */
  const assetDenied = (id: string): Reply =>
    options.assetDenial === 'permission'
      ? metaError(options.permissionErrorStatus ?? 400, 200, '(#200) Permissions error')
      : metaError(
          400,
          100,
          `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
          33,
          'GraphMethodException',
        );
  const readableByDefault = (t: FakeToken): boolean =>
    options.apps[t.appId] !== undefined && t.scopes.includes(WABA_MANAGEMENT);
  /** `GET /{version}/{id}?fields=…`: a WhatsApp phone number or WABA (api-facts A.7). */
  const readAsset = (id: string, q: URLSearchParams): Reply => {
    const accessToken = q.get('access_token');
    // An app token is a valid token that no asset grants (UNCONFIRMED what Meta answers).
    if (isAppToken(accessToken)) return assetDenied(id);
    const t = tokens.get(accessToken ?? '');
    const dead = deadReason(t);
    if (!t || dead) return metaError(400, 190, dead?.message ?? 'Invalid OAuth access token.', dead?.subcode);
    const asset = options.assets?.[id];
    if (!asset || !(asset.readableBy ?? readableByDefault)(t)) return assetDenied(id);

    const node = NODES[asset.kind];
    const asked = (q.get('fields') ?? '')
      .split(',')
      .map((f) => f.trim())
      .filter((f) => f !== '');
    const fields: readonly string[] = asked.length > 0 ? asked : node.defaults;
    const unknown = fields.find((f) => !node.fields.has(f));
    if (unknown)
      return metaError(400, 100, `(#100) Tried accessing nonexisting field (${unknown}) on node type (${node.type})`);
    const values: Record<string, unknown> = {
      id,
      verified_name: asset.verifiedName,
      display_phone_number: asset.displayPhoneNumber,
      quality_rating: asset.qualityRating,
      name: asset.name,
    };
    const body: Record<string, unknown> = {};
    for (const f of fields) {
      const value = f === 'health_status' ? healthStatus(id, asset, t.appId) : values[f];
      if (value !== undefined) body[f] = value;
    }
    body.id = id;
    return json(200, body);
  };

  let answered = 0;
  const fake = await startFake((req) => (isBatch(req) ? batch(req) : withUsage(answer(req))), {
    latencyMs: options.latencyMs ?? 0,
  });
  /** `X-App-Usage` on every answer when `appUsage` says (api-facts A.4: percentages of the app's hourly budget). */
  function withUsage(reply: Reply): Reply {
    const percent = options.appUsage?.(++answered);
    if (percent === undefined) return reply;
    const usage = JSON.stringify({ call_count: percent, total_cputime: Math.round(percent / 2), total_time: percent });
    return { ...reply, headers: { ...reply.headers, 'x-app-usage': usage } };
  }
  /** `POST /`, `/{version}` or `/{version}/`: a batch (never one inside a batch). */
  function isBatch(req: RecordedRequest): boolean {
    return req.method === 'POST' && !req.inBatch && /^\/(v\d+\.\d+\/?)?$/.test(req.path);
  }
  /** The batch POST's parameters: its query, then its form or JSON body (which wins); undefined when the JSON is bad. */
  function batchParams(req: RecordedRequest): Record<string, unknown> | undefined {
    const params: Record<string, unknown> = Object.fromEntries(req.query);
    if (!(req.headers['content-type'] ?? '').includes('json'))
      return Object.assign(params, Object.fromEntries(new URLSearchParams(req.body)));
    try {
      const parsed: unknown = JSON.parse(req.body || '{}');
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
      return Object.assign(params, parsed);
    } catch {
      return undefined;
    }
  }
  /**
   * A Graph batch: each call becomes a request of its own (logged, faults applied, answered by
   * `answer`), and the HTTP answer is 200 with their answers in order. A batch refused as a whole
   * is one answer, as a single request's error is.
   */
  async function batch(req: RecordedRequest): Promise<Reply> {
    const params = batchParams(req);
    if (!params) return withUsage(metaError(400, 100, '(#100) The request body is not valid JSON'));
    const topToken = params.access_token;
    if (typeof topToken !== 'string' || topToken === '')
      return withUsage(metaError(400, 100, '(#100) A batch request needs a top-level access_token'));
    const calls = parseBatch(params.batch);
    if (typeof calls === 'string') return withUsage(metaError(400, 100, calls));
    if (calls.length > BATCH_LIMIT)
      return withUsage(metaError(400, 100, 'Too many requests in batch message. Maximum batch size is 50'));
    const includeHeaders = params.include_headers !== false && params.include_headers !== 'false';
    const version = /^\/(v\d+\.\d+)/.exec(req.path)?.[1] ?? BATCH_DEFAULT_VERSION;
    const proof = params.appsecret_proof;
    const replies = await Promise.all(
      calls.map((call) => {
        const [relPath = '', relQuery = ''] = call.relativeUrl.replace(/^\/+/, '').split(/\?(.*)/s);
        const query = new URLSearchParams(relQuery);
        // A call without its own token uses the batch's (and its appsecret_proof, which is the token's).
        if (!query.has('access_token')) {
          query.set('access_token', topToken);
          if (typeof proof === 'string' && !query.has('appsecret_proof')) query.set('appsecret_proof', proof);
        }
        const versioned = /^v\d+\.\d+(\/|$)/.test(relPath);
        return fake.answerCall({
          method: call.method,
          path: versioned ? `/${relPath}` : `/${version}/${relPath}`,
          query,
          headers: {},
          body: call.body,
          at: performance.now(),
          inBatch: true,
        });
      }),
    );
    const elements = replies.map((reply): BatchElement | null => {
      if (!reply) return null;
      const headers: Record<string, string> = { ...reply.headers };
      let body: string | undefined;
      if (reply.body !== undefined) {
        body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        headers['content-type'] ??= 'application/json; charset=utf-8';
      }
      return {
        code: reply.status,
        ...(includeHeaders
          ? { headers: Object.entries(headers).map(([name, value]) => ({ name: headerName(name), value })) }
          : {}),
        ...(body === undefined ? {} : { body }),
      };
    });
    const usage = replies.findLast((reply) => reply?.headers?.['x-app-usage'] !== undefined)?.headers?.['x-app-usage'];
    return json(200, elements, usage === undefined ? undefined : { 'x-app-usage': usage });
  }
  function answer(req: RecordedRequest): Reply {
    const match = /^\/(v\d+\.\d+)\/(debug_token|oauth\/access_token|\d+)$/.exec(req.path);
    if (!match || req.method !== 'GET')
      return metaError(400, 100, 'Unsupported get request.', 33, 'GraphMethodException');
    const q = req.query;
    const accessToken = q.get('access_token');
    const target = match[2] ?? '';
    const exchange = target === 'oauth/access_token' && q.get('grant_type') === 'fb_exchange_token';
    if (req.inBatch && exchange && options.exchangeInBatch === 'refused')
      return metaError(400, 100, '(#100) The method oauth/access_token is not supported in batch requests');
    const assetRead = /^\d+$/.test(target);
    const appToken = isAppToken(accessToken);
    if (options.requireAppsecretProof && accessToken && !appToken) {
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

    if (assetRead) return readAsset(target, q);

    if (target === 'debug_token') {
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
  }
  return Object.assign(fake, {
    tokens,
    minted,
    addToken(token: FakeToken) {
      tokens.set(token.token, { ...token });
    },
  });
}
