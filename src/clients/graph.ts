/**
 * Meta Graph API clients: `debug_token` and the `fb_exchange_token` exchange on graph.facebook.com,
 * which authenticate with the app's own credentials (the app token `APP_ID|APP_SECRET`, or
 * `client_secret`); the WhatsApp asset reads, which send the token itself as `access_token` and so
 * carry `appsecret_proof` (api-facts A.5, A.7); and `/me` and `ig_refresh_token` on
 * graph.instagram.com, where the Instagram Login token is the only credential (A.8).
 */
// zod's v3 API, the one @vercel/sdk validates with: one copy of zod in the bundle, not two.
import { createHmac } from 'node:crypto';
import * as core from '@actions/core';
import DataLoader from 'dataloader';
import { z } from 'zod/v3';
import type { TokenInfo } from '../core.ts';
import type { FailureClass, MetaErrorDetail } from '../errors.ts';
import { isTransportError, messageOf, ServiceError } from '../errors.ts';
import { registerSecret } from '../secrets.ts';
import type { Settled } from '../settled.ts';
import { settle } from '../settled.ts';
import { budgetSpent, remainingMs, sleep } from './budget.ts';
import { clientFetch } from './http.ts';

const numericId = z.union([z.string(), z.number()]).transform(String);

/** Meta error codes that clear on their own (api-facts A.3): transient and rate limits. */
const RETRYABLE_CODES = new Set([1, 2, 4, 17, 32, 341, 368, 613]);

/** Classifies a Meta Graph error by `code`/`error_subcode` (never by HTTP status, api-facts A.3). */
export function classifyMetaError(detail: Pick<MetaErrorDetail, 'code' | 'message'>): FailureClass {
  const { code, message } = detail;
  if (code === 1 && /client secret/i.test(message)) return 'needs-human';
  if (RETRYABLE_CODES.has(code) || (code >= 80_000 && code <= 80_014)) return 'retry-later';
  return 'needs-human';
}

export interface GraphClientOptions {
  /** e.g. `https://graph.facebook.com` */
  baseUrl: string;
  /** e.g. `v25.0` */
  version: string;
  appId: string;
  appSecret: string;
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /** Told the highest usage percentage of each answer's `X-App-Usage` / `X-Business-Use-Case-Usage` (api-facts A.4). */
  onUsage?: (percent: number) => void;
}

export interface ExchangedToken {
  accessToken: string;
  /** Seconds from now, when Meta says; absent means unknown (ask `debug_token`). */
  expiresIn: number | undefined;
}

export interface GraphClient {
  debugToken(token: string): Promise<TokenInfo>;
  /** `debugToken` of each of `tokens`, in batch requests of up to `BATCH_SIZE` calls; results in order. */
  debugTokens(tokens: string[]): Promise<Array<Settled<TokenInfo>>>;
  exchangeToken(token: string, options: { sixtyDays: boolean }): Promise<ExchangedToken>;
  readAsset(token: string, id: string, fields: readonly string[]): Promise<Asset>;
}

const HealthEntity = z.object({
  entity_type: z.string(),
  id: numericId.optional(),
  can_send_message: z.string(),
  errors: z
    .array(
      z.object({
        error_code: z.number().optional(),
        error_description: z.string().optional(),
        possible_solution: z.string().optional(),
      }),
    )
    .optional(),
});

/**
 * A WhatsApp phone number or account as `GET /{id}?fields=…` returns it (api-facts A.7). Unknown
 * enum values pass.
 */
const AssetSchema = z.object({
  id: numericId,
  verified_name: z.string().optional(),
  display_phone_number: z.string().optional(),
  quality_rating: z.string().optional(),
  name: z.string().optional(),
  health_status: z.object({ can_send_message: z.string(), entities: z.array(HealthEntity).optional() }).optional(),
});
export type Asset = z.output<typeof AssetSchema>;

const ErrorEnvelope = z.object({
  error: z.object({
    message: z.string().default(''),
    type: z.string().optional(),
    code: z.number(),
    error_subcode: z.number().optional(),
    fbtrace_id: z.string().optional(),
  }),
});

const DebugToken = z.object({
  data: z.object({
    app_id: numericId.optional(),
    type: z.string().optional(),
    application: z.string().optional(),
    expires_at: z.number().optional(),
    data_access_expires_at: z.number().optional(),
    issued_at: z.number().optional(),
    is_valid: z.boolean(),
    scopes: z.array(z.string()).optional(),
    user_id: numericId.optional(),
    error: z.object({ code: z.number(), message: z.string().default(''), subcode: z.number().optional() }).optional(),
  }),
});

/** `X-Business-Use-Case-Usage`: business id → usage entries (api-facts A.4). */
const BusinessUseCaseUsage = z.record(
  z.array(z.object({ estimated_time_to_regain_access: z.number().optional() }).passthrough()),
);

const Usage = z.object({ call_count: z.number(), total_cputime: z.number(), total_time: z.number() }).partial();

/**
 * The highest percentage of Meta's budgets an answer's headers report: `X-App-Usage` (`call_count`,
 * `total_cputime`, `total_time`) and each entry of `X-Business-Use-Case-Usage`; undefined when
 * neither says (api-facts A.4).
 */
export function usagePercent(appUsage: string | null, businessUsage: string | null): number | undefined {
  const parse = (text: string | null): unknown => {
    try {
      return text ? JSON.parse(text) : undefined;
    } catch {
      return undefined;
    }
  };
  // Most answers carry neither header: a parse of nothing would only build zod's issues.
  if (!appUsage && !businessUsage) return undefined;
  const app = Usage.safeParse(parse(appUsage));
  const business = BusinessUseCaseUsage.safeParse(parse(businessUsage));
  const entries = [
    ...(app.success ? [app.data] : []),
    ...(business.success
      ? Object.values(business.data)
          .flat()
          .map((e) => Usage.safeParse(e).data ?? {})
      : []),
  ];
  const values = entries.flatMap((e) => [e.call_count, e.total_cputime, e.total_time]).filter((v) => v !== undefined);
  return values.length > 0 ? Math.max(...values) : undefined;
}

/** Minutes until Meta lifts a business use-case rate limit, from the header; undefined when it does not say. */
export function regainAccessMinutes(header: string | null): number | undefined {
  if (!header) return undefined;
  try {
    const usage = BusinessUseCaseUsage.safeParse(JSON.parse(header));
    if (!usage.success) return undefined;
    const minutes = Object.values(usage.data)
      .flat()
      .map((u) => u.estimated_time_to_regain_access ?? 0);
    return minutes.length > 0 ? Math.max(...minutes) : undefined;
  } catch {
    return undefined;
  }
}

/** Tries of one call, the first included. */
const ATTEMPTS = 3;
/** Base of the exponential backoff, in milliseconds. */
const BACKOFF_MS = 1000;
/** The longest wait for a rate limit inside one run; a longer one fails fast for the next run. */
const MAX_WAIT_MS = 60_000;

const Exchange = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().optional(),
});

/** What every call of one client shares. */
interface Graph {
  /** `version` empty: paths without one (graph.instagram.com's `refresh_access_token`). */
  options: Pick<GraphClientOptions, 'baseUrl' | 'version' | 'timeoutMs' | 'onUsage'>;
  fetch: typeof fetch;
}

/**
 * `call` with retries: only `retry-later` failures (Meta's transient and rate-limit codes,
 * timeouts, 5xx, a call that timed out inside a batch), with exponential backoff and full jitter,
 * or after the time Meta's `X-Business-Use-Case-Usage` names when that is short. Never past the
 * run's budget.
 */
async function retrying<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (
        !(error instanceof ServiceError) ||
        error.failureClass !== 'retry-later' ||
        attempt >= ATTEMPTS ||
        budgetSpent()
      )
        throw error;
      const wait = error.retryAfterMs ?? Math.round(BACKOFF_MS * 2 ** (attempt - 1) * (0.5 + Math.random() / 2));
      if (wait > MAX_WAIT_MS || wait >= remainingMs()) throw tooLongToWait(error, wait);
      core.info(`${error.message}; retrying in ${(wait / 1000).toFixed(1)} s`);
      await sleep(wait);
    }
  }
}

/** A rate limit that lifts only after `waitMs` milliseconds, longer than the run waits: left for the next run. */
function tooLongToWait(error: ServiceError, waitMs: number): ServiceError {
  const minutes = Math.ceil(waitMs / 60_000);
  return new ServiceError({
    system: 'meta',
    failureClass: 'retry-later',
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.meta ? { meta: error.meta } : {}),
    message:
      `${error.message}; Meta will accept calls again in about ${minutes} ` +
      `minute${minutes === 1 ? '' : 's'}, longer than this run waits`,
    hint:
      `Meta rate limit: make no other calls with this app for about ${minutes} minutes (calling on ` +
      `extends the block); the next scheduled run retries.`,
  });
}

/** One GET call with retries (`retrying`). */
const getWithRetries = <S extends z.ZodTypeAny>(
  graph: Graph,
  path: string,
  params: Record<string, string>,
  schema: S,
): Promise<z.output<S>> => retrying(() => getOnce(graph, path, params, schema));

/** The most calls one batch request may carry (api-facts E.1). */
export const BATCH_SIZE = 50;

/** One GET call of a batch: its path under the version, and its query. */
interface Call {
  path: string;
  params: Record<string, string>;
}

const BatchAnswer = z.array(
  z
    .object({
      code: z.number(),
      headers: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
      body: z.string().nullable().optional(),
    })
    .nullable(),
);

/**
 * `calls` in one Graph batch request (`POST /{version}/` with `batch`, api-facts E.1), each
 * answer parsed with `schema` and judged as if it had come alone: a value, or its classified
 * `ServiceError` (a call that timed out inside the batch retries later). A single call goes
 * alone. When the batch as a whole fails, each call is made alone, unless Meta refused the
 * batch's `access_token` (190), which every call would meet.
 */
async function batchGet<S extends z.ZodTypeAny>(
  graph: Graph,
  accessToken: string,
  calls: readonly Call[],
  schema: S,
): Promise<Array<z.output<S> | ServiceError>> {
  const alone = (call: Call): Promise<z.output<S> | ServiceError> =>
    getOnce(graph, call.path, call.params, schema).catch((error: unknown) => asServiceError(error, call.path));
  const [first] = calls;
  if (calls.length === 1 && first) return [await alone(first)];
  let answers: z.output<typeof BatchAnswer>;
  try {
    answers = await postBatch(graph, accessToken, calls);
  } catch (error) {
    if (error instanceof ServiceError && error.meta?.code === 190) return calls.map(() => error);
    core.info(`Meta Graph API batch of ${calls.length} calls: ${messageOf(error)}; each call is made alone`);
    return Promise.all(calls.map(alone));
  }
  return calls.map((call, i) => {
    const answer = answers[i];
    if (!answer)
      return new ServiceError({
        system: 'meta',
        failureClass: 'retry-later',
        message: `Meta Graph API ${call.path}: the call timed out inside a batch request`,
      });
    const headers = new Headers((answer.headers ?? []).map((h): [string, string] => [h.name, h.value]));
    try {
      return judge(graph, call.path, { status: answer.code, headers, text: answer.body ?? '' }, schema);
    } catch (error) {
      return asServiceError(error, call.path);
    }
  });
}

/** The batch request itself: its answers in the order of `calls`. Throws `ServiceError`. */
async function postBatch(
  graph: Graph,
  accessToken: string,
  calls: readonly Call[],
): Promise<z.output<typeof BatchAnswer>> {
  const { options } = graph;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/${options.version}/`;
  const batch = calls.map((c) => ({
    method: 'GET',
    relative_url: `${c.path}?${new URLSearchParams(c.params).toString()}`,
  }));
  const body = new URLSearchParams({
    access_token: accessToken,
    include_headers: 'true',
    batch: JSON.stringify(batch),
  });
  const response = await send(graph, 'batch', () =>
    graph.fetch(url, { method: 'POST', headers: { accept: 'application/json' }, body }),
  );
  const answer = { status: response.status, headers: response.headers, text: await response.text() };
  const answers = judge(graph, 'batch', answer, BatchAnswer);
  if (answers.length !== calls.length)
    throw new ServiceError({
      system: 'meta',
      failureClass: 'retry-later',
      message: `Meta Graph API batch: ${answers.length} answers to ${calls.length} calls`,
    });
  return answers;
}

/** `error` as a `ServiceError` of a call to `path` (anything else is a fault of ours or of the runtime). */
const asServiceError = (error: unknown, path: string): ServiceError =>
  error instanceof ServiceError
    ? error
    : new ServiceError({
        system: 'meta',
        failureClass: 'needs-human',
        message: `Meta Graph API ${path}: ${messageOf(error)}`,
      });

/** Meta's error envelope (`error`) of an answer to `path`, as a classified `ServiceError` (api-facts A.3). */
function metaError(path: string, answer: Answer, e: z.output<typeof ErrorEnvelope>['error']): ServiceError {
  const meta = {
    code: e.code,
    message: e.message,
    ...(e.error_subcode === undefined ? {} : { subcode: e.error_subcode }),
    ...(e.type === undefined ? {} : { type: e.type }),
    ...(e.fbtrace_id === undefined ? {} : { fbtraceId: e.fbtrace_id }),
  };
  const subcode = meta.subcode === undefined ? '' : `/${meta.subcode}`;
  const regain = regainAccessMinutes(answer.headers.get('x-business-use-case-usage'));
  return new ServiceError({
    system: 'meta',
    failureClass: classifyMetaError(meta),
    status: answer.status,
    meta,
    ...(regain ? { retryAfterMs: regain * 60_000 } : {}),
    message:
      `Meta Graph API ${path}: ${e.type ?? 'error'} ${e.code}${subcode}: ${e.message}` +
      (e.fbtrace_id ? ` (fbtrace_id ${e.fbtrace_id})` : ''),
  });
}

/** One call's answer, alone or inside a batch: its HTTP status, headers and body. */
interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * One call, its answer parsed with `schema`; a Meta error envelope or a bad answer is thrown as a
 * classified `ServiceError`.
 */
async function getOnce<S extends z.ZodTypeAny>(
  graph: Graph,
  path: string,
  params: Record<string, string>,
  schema: S,
): Promise<z.output<S>> {
  const { options } = graph;
  const version = options.version ? `/${options.version}` : '';
  const url = new URL(`${options.baseUrl.replace(/\/+$/, '')}${version}/${path}`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  const response = await send(graph, path, () => graph.fetch(url, { headers: { accept: 'application/json' } }));
  return judge(
    graph,
    path,
    { status: response.status, headers: response.headers, text: await response.text() },
    schema,
  );
}

/** The response of `request` for `what`; a failure to get one is thrown as a classified `ServiceError`. */
async function send(graph: Graph, what: string, request: () => Promise<Response>): Promise<Response> {
  try {
    return await request();
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const why = timedOut && !budgetSpent() ? `no answer within ${graph.options.timeoutMs / 1000} s` : messageOf(error);
    throw new ServiceError({
      system: 'meta',
      failureClass: isTransportError(error) ? 'retry-later' : 'needs-human',
      message: `Meta Graph API ${what}: ${why}`,
    });
  }
}

/**
 * The answer to `path` parsed with `schema`, after telling its usage (`onUsage`); Meta's error
 * envelope or a bad answer is thrown as a classified `ServiceError`.
 */
function judge<S extends z.ZodTypeAny>(graph: Graph, path: string, answer: Answer, schema: S): z.output<S> {
  const { status, headers } = answer;
  const usage = usagePercent(headers.get('x-app-usage'), headers.get('x-business-use-case-usage'));
  if (usage !== undefined) graph.options.onUsage?.(usage);
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    throw new ServiceError({
      system: 'meta',
      failureClass: 'retry-later',
      status,
      message: `Meta Graph API ${path}: HTTP ${status} with a body that is not JSON`,
    });
  }
  // Only an answer with `error` can be Meta's envelope: a failed parse costs its issues (zod).
  const envelope = body !== null && typeof body === 'object' && 'error' in body && ErrorEnvelope.safeParse(body);
  if (envelope && envelope.success) throw metaError(path, answer, envelope.data.error);
  const parsed = schema.safeParse(body);
  const ok = status >= 200 && status < 300;
  if (!ok || !parsed.success) {
    throw new ServiceError({
      system: 'meta',
      failureClass: status >= 500 || ok ? 'retry-later' : 'needs-human',
      status,
      message:
        `Meta Graph API ${path}: unexpected HTTP ${status} answer` +
        (parsed.success ? '' : ` (${parsed.error.issues[0]?.message ?? 'bad shape'})`),
    });
  }
  return parsed.data as z.output<S>;
}

/** An error of `debug_token`: a 190 there refuses the app token (`app-id|app-secret`), not the token inspected. */
function appTokenError(error: unknown, appId: string): unknown {
  if (!(error instanceof ServiceError) || error.meta?.code !== 190) return error;
  return new ServiceError({
    system: 'meta',
    failureClass: 'needs-human',
    ...(error.status === undefined ? {} : { status: error.status }),
    meta: error.meta,
    message: `Meta rejected the app credentials (app-id ${appId} with app-secret): ${error.message}`,
    hint:
      'Check app-id and app-secret: copy the App ID and App secret again from the App Dashboard (App ' +
      'settings → Basic) of the app that issued the token.',
  });
}

/** `debug_token`'s `data` as the run's `TokenInfo` (expires_at 0: never expires). */
const tokenInfoOf = (data: z.output<typeof DebugToken>['data']): TokenInfo => ({
  isValid: data.is_valid,
  appId: data.app_id ?? '',
  type: data.type ?? 'UNKNOWN',
  application: data.application,
  expiresAt: data.expires_at ?? 0,
  dataAccessExpiresAt: data.data_access_expires_at,
  issuedAt: data.issued_at,
  scopes: data.scopes ?? [],
  userId: data.user_id,
  error: data.error ? { code: data.error.code, subcode: data.error.subcode, message: data.error.message } : undefined,
});

/**
 * Creates a client for `{baseUrl}/{version}`. Every call has a timeout; failures are thrown as
 * `ServiceError` with `system: 'meta'`, classified by Meta's `error.code` (api-facts A.3), or as
 * `retry-later` for timeouts, network faults, 5xx and bodies that are not Meta's JSON.
 * `debug_token` and exchange calls made in the same tick go out together in batch requests of up
 * to `BATCH_SIZE` (`batchGet`); one alone goes as a plain GET.
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const appToken = `${options.appId}|${options.appSecret}`;
  registerSecret(appToken);
  const graph: Graph = { options, fetch: clientFetch(options.baseUrl, options.timeoutMs) };
  const get = <S extends z.ZodTypeAny>(path: string, params: Record<string, string>, schema: S) =>
    getWithRetries(graph, path, params, schema);
  const inspections = new DataLoader<Call, z.output<typeof DebugToken>>(
    (calls) => batchGet(graph, appToken, calls, DebugToken),
    { cache: false, maxBatchSize: BATCH_SIZE },
  );
  const exchanges = exchangeLoader(graph, appToken);

  /** `debug_token` of `token` (api-facts A.2), with retries; an error envelope is about the app token. */
  const inspect = async (token: string): Promise<TokenInfo> => {
    const call = { path: 'debug_token', params: { input_token: token, access_token: appToken } };
    const { data } = await retrying(() => inspections.load(call)).catch((error: unknown) => {
      throw appTokenError(error, options.appId);
    });
    return tokenInfoOf(data);
  };

  return {
    /**
     * Inspects `token` with `GET /{version}/debug_token` (api-facts A.2). A dead token is not an
     * error here: it comes back with `isValid: false` and Meta's `error`.
     */
    debugToken: inspect,

    debugTokens: (tokens) => Promise.all(tokens.map((token) => settle(inspect(token)))),

    /**
     * Exchanges `token` for a new one with `GET /{version}/oauth/access_token`,
     * `grant_type=fb_exchange_token` (api-facts A.1); `sixtyDays` adds
     * `set_token_expires_in_60_days=true` for expiring system-user tokens. The new token is
     * masked before this returns.
     */
    async exchangeToken(token, { sixtyDays }) {
      const params: Record<string, string> = {
        grant_type: 'fb_exchange_token',
        client_id: options.appId,
        client_secret: options.appSecret,
        fb_exchange_token: token,
      };
      if (sixtyDays) params.set_token_expires_in_60_days = 'true';
      const data = await retrying(() => exchanges.load({ path: 'oauth/access_token', params }));
      registerSecret(data.access_token);
      return { accessToken: data.access_token, expiresIn: data.expires_in };
    },

    /**
     * Reads the WhatsApp asset `id` (a phone number or an account) with `token`: `GET
     * /{version}/{id}?fields=…` (api-facts A.7), with `appsecret_proof` (HMAC-SHA256 of the token
     * keyed with the app secret), which apps that require it refuse calls without (A.5).
     */
    async readAsset(token, id, fields) {
      const proof = createHmac('sha256', options.appSecret).update(token).digest('hex');
      registerSecret(proof);
      return get(id, { fields: fields.join(','), access_token: token, appsecret_proof: proof }, AssetSchema);
    },
  };
}

/**
 * Exchanges made in the same tick, in batch requests. Whether Meta takes them inside a batch is
 * UNCONFIRMED (api-facts E.1): at the first refusal (`refusedInBatch`), those calls and every
 * later one go alone.
 */
function exchangeLoader(graph: Graph, appToken: string): DataLoader<Call, z.output<typeof Exchange>> {
  let batching = true;
  type Result = z.output<typeof Exchange> | ServiceError;
  const alone = async (call: Call): Promise<Result> => (await batchGet(graph, appToken, [call], Exchange))[0] as Result;
  return new DataLoader<Call, z.output<typeof Exchange>>(
    async (calls) => {
      if (!batching) return Promise.all(calls.map(alone));
      const answers = await batchGet(graph, appToken, calls, Exchange);
      return Promise.all(
        answers.map(async (answer, i): Promise<Result> => {
          if (calls.length === 1 || !refusedInBatch(answer)) return answer;
          batching = false;
          return alone(calls[i] as Call);
        }),
      );
    },
    { cache: false, maxBatchSize: BATCH_SIZE },
  );
}

/**
 * Whether an exchange's answer inside a batch looks like Meta refusing the call there rather
 * than the token: a failure that needs a person and is not about the token (190). Made alone
 * again, a real refusal of the token comes back the same.
 */
const refusedInBatch = (answer: unknown): boolean =>
  answer instanceof ServiceError && answer.failureClass === 'needs-human' && answer.meta?.code !== 190;

export interface InstagramClientOptions {
  /** e.g. `https://graph.instagram.com` */
  baseUrl: string;
  /** e.g. `v25.0`, for `/me` (`refresh_access_token` has none). */
  version: string;
  /** Per request, in milliseconds. */
  timeoutMs: number;
}

export interface InstagramClient {
  /**
   * The Instagram user `token` belongs to (`GET /{version}/me?fields=user_id,username`). Throws
   * `ServiceError` (190: dead).
   */
  me(token: string): Promise<{ userId: string; username: string | undefined }>;
  /** `GET /refresh_access_token?grant_type=ig_refresh_token`; the new token is masked before this returns. */
  refreshToken(token: string): Promise<ExchangedToken>;
}

const Me = z.object({ user_id: numericId.optional(), id: numericId.optional(), username: z.string().optional() });

/**
 * A client for Instagram Login tokens on `graph.instagram.com` (api-facts A.8): the token is its
 * own credential, so no app id or secret is ever sent there. Failures as `createGraphClient`'s.
 */
export function createInstagramClient(options: InstagramClientOptions): InstagramClient {
  const fetcher = clientFetch(options.baseUrl, options.timeoutMs);
  const versioned: Graph = { options, fetch: fetcher };
  const bare: Graph = { options: { ...options, version: '' }, fetch: fetcher };
  return {
    async me(token) {
      const data = await getWithRetries(versioned, 'me', { fields: 'user_id,username', access_token: token }, Me);
      return { userId: data.user_id ?? data.id ?? '', username: data.username };
    },
    async refreshToken(token) {
      const params = { grant_type: 'ig_refresh_token', access_token: token };
      const data = await getWithRetries(bare, 'refresh_access_token', params, Exchange);
      registerSecret(data.access_token);
      return { accessToken: data.access_token, expiresIn: data.expires_in };
    },
  };
}
