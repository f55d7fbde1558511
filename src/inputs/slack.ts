/**
 * The Slack notice's inputs (`slack-*`): the incoming webhook that is told when a failure issue
 * opens or closes, and the host it must be on. The webhook URL is a secret (whoever has it can
 * post to the channel): it is masked the moment it is read, and no problem ever echoes it.
 * Slack's format: https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks
 * (api-facts E.2).
 */
import { registerSecret } from '../secrets.ts';
import type { Raw } from './common.ts';
import { baseUrl, z } from './common.ts';

export interface SlackSettings {
  /** `https://hooks.slack.com/services/T…/B…/…`: the credential and the address at once. */
  webhookUrl: string;
  /** The host the webhook is on, e.g. `https://hooks.slack.com` (`slack-api-url`). */
  apiUrl: string;
}

const EXAMPLE = 'https://hooks.slack.com/services/T…/B…/…';
const COPY = "copy it again from the Slack app's Incoming Webhooks page";
const isLoopback = (url: URL): boolean => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/**
 * Why `value` is not an incoming-webhook URL, or undefined when it is one (or empty: no notice).
 * Checks its form only; its host is checked against `slack-api-url` (`slackProblems`). Never
 * quotes the value.
 */
export function webhookProblem(value: string): string | undefined {
  if (value === '') return undefined;
  if (/\s/.test(value)) return `must be one URL without spaces or line breaks: ${COPY}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `must be a Slack incoming-webhook URL such as ${EXAMPLE}`;
  }
  if (url.username || url.password) return 'must not contain a user name or password: remove the part before @';
  // http only for a loopback host, with slack-api-url pointing there too (tests).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) return 'must use https';
  if (url.search || url.hash || /[?#]/.test(value)) return `must not contain a query or fragment (?…, #…): ${COPY}`;
  if (!/^\/services\/[A-Za-z0-9]+\/[A-Za-z0-9]+\/[A-Za-z0-9]+$/.test(url.pathname))
    return (
      `must be an incoming-webhook URL, ${EXAMPLE} (a Workflow Builder webhook, /triggers/ or /workflows/, takes ` +
      `other messages): ${COPY}`
    );
  return undefined;
}

export const slackSchemas = {
  'slack-webhook-url': z.string().superRefine((value, ctx) => {
    const problem = webhookProblem(value);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  }),
  'slack-api-url': baseUrl,
} as const;

type Parsed = { [K in keyof typeof slackSchemas]: z.output<(typeof slackSchemas)[K]> };

/**
 * Masks the webhook URL as given and as parsed, its path (`/services/T…/B…/…`) and its last
 * segment (the part Slack generates), in every form `registerSecret` derives: a log line, an
 * error or a fake's record may hold any of them. Call before anything is validated.
 */
export function registerSlackSecrets(raw: Raw): void {
  const value = raw('slack-webhook-url').trim();
  if (value === '') return;
  registerSecret(value);
  try {
    const url = new URL(value);
    registerSecret(url.href);
    registerSecret(url.pathname);
    registerSecret(url.pathname.split('/').pop() ?? '');
  } catch {
    // Not a URL: refused by its schema, masked whole above.
  }
}

/**
 * What the Slack inputs say together and with the issue's: the webhook must be on `slack-api-url`'s
 * host (hooks.slack.com unless a test points it at a fake), and the notice follows the failure
 * issue, so `issue-on-failure` must be on. Never quotes the webhook URL.
 */
export function slackProblems(parsed: Partial<Parsed> & { 'issue-on-failure'?: boolean }): string[] {
  const webhook = parsed['slack-webhook-url'];
  const api = parsed['slack-api-url'];
  if (!webhook) return [];
  const problems: string[] = [];
  if (api !== undefined && new URL(webhook).origin !== new URL(api).origin)
    problems.push(
      `Input 'slack-webhook-url' must be on ${new URL(api).host} (slack-api-url): ` +
        `give the incoming-webhook URL Slack shows, ${EXAMPLE}.`,
    );
  if (parsed['issue-on-failure'] === false)
    problems.push(
      "Input 'slack-webhook-url' posts when the failure issue opens and when it closes: with issue-on-failure " +
        'false it would never post. Set issue-on-failure to true, or leave slack-webhook-url out.',
    );
  return problems;
}

/** The Slack settings of inputs that passed every check; undefined without a webhook. */
export function toSlackSettings(p: Parsed): SlackSettings | undefined {
  return p['slack-webhook-url'] ? { webhookUrl: p['slack-webhook-url'], apiUrl: p['slack-api-url'] } : undefined;
}
