/**
 * A fake of Slack's incoming webhooks (api-facts E.2): `POST /services/T…/B…/…` with a JSON
 * `{"text", "blocks"}` body, answered `200 ok` as plain text. It records every post, checks the
 * payload's shape against Block Kit's limits (an invalid one is Slack's `400 invalid_payload`), and
 * answers an unknown webhook `404 no_service`. `answerWith` makes it answer one of Slack's error
 * codes, or a `429` with `Retry-After`, from then on.
 */
import type { FakeServer, RecordedRequest, Reply } from './server.ts';
import { startFake } from './server.ts';

/** The error codes Slack answers a webhook with, and their statuses (Slack's changelog of 2016-05-17; api-facts E.2). */
export const SLACK_ERRORS = {
  invalid_payload: 400,
  user_not_found: 400,
  action_prohibited: 403,
  channel_not_found: 404,
  no_service: 404,
  channel_is_archived: 410,
  rollup_error: 500,
} as const;

export type SlackErrorCode = keyof typeof SLACK_ERRORS;

/** A post the fake accepted or refused, with its parsed payload (undefined when it was not JSON). */
export interface SlackPost {
  path: string;
  payload: SlackPayload | undefined;
  /** What the fake answered: `ok` or an error code. */
  answer: string;
}

export interface SlackPayload {
  text?: unknown;
  blocks?: unknown;
}

export interface SlackFake extends FakeServer {
  /** The webhook URL the fake knows, e.g. `http://127.0.0.1:4312/services/T0FAKE/B0FAKE/…`. */
  webhookUrl: string;
  /** Every post to a webhook path, in order. */
  posts: SlackPost[];
  /** The posts answered `ok`: the messages a channel would show. */
  delivered(): SlackPayload[];
  /** Answers every post from now on with `code` (its status), or `429` after `retryAfterSeconds`; `ok` to stop. */
  answerWith(answer: SlackErrorCode | 'ok' | { rateLimitedFor: number; times?: number }): void;
}

const text = (status: number, body: string, headers: Record<string, string> = {}): Reply => ({
  status,
  body,
  headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A Block Kit text object of `max` characters at most. */
const isText = (v: unknown, max: number): boolean =>
  isRecord(v) &&
  (v.type === 'mrkdwn' || v.type === 'plain_text') &&
  typeof v.text === 'string' &&
  v.text.length > 0 &&
  v.text.length <= max;

/**
 * Why `payload` is not a message Slack takes, or undefined. Checks what the action sends: `text`
 * a non-empty string (Slack's notification text; 40,000 characters at most); `blocks` at most
 * 50 of `section` (text up to 3,000) or `context` (1 to 10 elements); Block Kit's documented limits.
 */
export function payloadProblem(payload: unknown): string | undefined {
  if (!isRecord(payload)) return 'not a JSON object';
  if (typeof payload.text !== 'string' || payload.text === '' || payload.text.length > 40_000)
    return 'text must be a non-empty string';
  const blocks = payload.blocks;
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks) || blocks.length > 50) return 'blocks must be an array of at most 50';
  for (const block of blocks) {
    if (!isRecord(block)) return 'a block is not an object';
    if (block.type === 'section' && isText(block.text, 3000)) continue;
    if (
      block.type === 'context' &&
      Array.isArray(block.elements) &&
      block.elements.length > 0 &&
      block.elements.length <= 10 &&
      block.elements.every((e) => isText(e, 3000))
    )
      continue;
    return `a block of type ${String(block.type)} is not valid`;
  }
  return undefined;
}

/** Starts the fake with one known webhook (`/services/T0FAKE…/B0FAKE…/<secret>`). */
export async function startSlackFake(secret = 'fakeSlackHookSecret0123456789ab'): Promise<SlackFake> {
  const hookPath = `/services/T0FAKETEAM/B0FAKEHOOK/${secret}`;
  const posts: SlackPost[] = [];
  let answer: SlackErrorCode | 'ok' | { rateLimitedFor: number; times: number } = 'ok';

  const handler = (req: RecordedRequest): Reply => {
    if (!req.path.startsWith('/services/')) return text(404, 'Not Found');
    if (req.method !== 'POST') return text(405, 'invalid_method');
    let payload: SlackPayload | undefined;
    try {
      payload = JSON.parse(req.body) as SlackPayload;
    } catch {
      payload = undefined;
    }
    const record = (reply: Reply): Reply => {
      posts.push({ path: req.path, payload, answer: String(reply.body) });
      return reply;
    };
    if (req.path !== hookPath) return record(text(404, 'no_service'));
    if (typeof answer === 'object' && answer.times > 0) {
      answer.times -= 1;
      return record(text(429, 'rate_limited', { 'retry-after': String(answer.rateLimitedFor) }));
    }
    if (typeof answer === 'string' && answer !== 'ok') return record(text(SLACK_ERRORS[answer], answer));
    const json = (req.headers['content-type'] ?? '').startsWith('application/json');
    if (!json || payloadProblem(payload) !== undefined) return record(text(400, 'invalid_payload'));
    return record(text(200, 'ok'));
  };

  const server = await startFake(handler);
  return Object.assign(server, {
    webhookUrl: `${server.url}${hookPath}`,
    posts,
    delivered: () => posts.filter((p) => p.answer === 'ok').map((p) => p.payload as SlackPayload),
    answerWith(next: SlackErrorCode | 'ok' | { rateLimitedFor: number; times?: number }) {
      answer = typeof next === 'object' ? { rateLimitedFor: next.rateLimitedFor, times: next.times ?? Infinity } : next;
    },
  });
}
