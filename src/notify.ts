/**
 * The Slack notice (`slack-webhook-url`): one message when a failure issue is opened and one when
 * it is closed, never for a comment on an issue already open, so a person is told once per
 * incident however many runs fail; and one for each failed run whose issue could not be opened
 * or commented on, when Slack is the only one left to tell. Read from what the run did
 * (`report.issue`, and in table mode `report.rowIssues`), after the issues are handled. Messages
 * are Slack's mrkdwn (https://docs.slack.dev/messaging/formatting-message-text), one a second (Slack's limit for a
 * webhook, https://docs.slack.dev/apis/web-api/rate-limits), at most `SLACK_MESSAGE_CAP` a run.
 * A notice that cannot be posted is a warning: the issue holds the same news, and a green run
 * stays green.
 */
import * as core from '@actions/core';
import { runUrl } from './alert.ts';
import { sleep, startBudget } from './clients/budget.ts';
import type { SlackBlock, SlackMessage } from './clients/slack.ts';
import { messageOf, ServiceError } from './errors.ts';
import type { Settings, SlackSettings } from './inputs.ts';
import type { RunReport } from './report.ts';
import { failureLine, statusOf } from './report.ts';
import { ROW_ISSUE_CAP } from './row-issues.ts';
import { redact } from './secrets.ts';

/** Milliseconds between two posts: Slack allows a webhook one message a second, with short bursts. */
export const SLACK_SPACING_MS = 1000;

/**
 * Most messages a run posts: one per issue a run may open (the job's and `ROW_ISSUE_CAP`
 * channels'). Past it, the last message lists the rest.
 */
export const SLACK_MESSAGE_CAP = ROW_ISSUE_CAP + 1;

/** Block Kit's limit for a section's text is 3000 characters; this leaves room for the ellipsis. */
const SECTION_CHARS = 2900;
/** Failures a notice lists; the issue has them all. */
const LISTED_FAILURES = 5;

/**
 * A failure issue the run opened or closed, as a notice tells it; or, `unfiled`, a failed run
 * whose issue could not be opened or commented on (then it has no number or URL).
 */
export interface IssueNotice {
  action: 'opened' | 'closed' | 'unfiled';
  number?: number;
  url?: string;
  /** What the issue is about, e.g. its title. */
  title: string;
  /** Lines of what failed, or how it recovered (plain text). */
  details: string[];
}

/** `text` for mrkdwn: redacted, with Slack's three control characters escaped. Pure. */
export function escapeMrkdwn(text: string): string {
  return redact(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A mrkdwn link; its label cannot end the link early. Pure. */
const link = (url: string, label: string): string => `<${redact(url)}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const section = (text: string): SlackBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: clip(text, SECTION_CHARS) },
});

/** The links under each message: the issue (when one) and the workflow run. */
function linksBlock(run: string | undefined, issue?: IssueNotice): SlackBlock[] {
  const links = [
    ...(issue?.url ? [link(issue.url, `Issue #${String(issue.number)}`)] : []),
    ...(run ? [link(run, 'Workflow run')] : []),
  ];
  return links.length > 0 ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: links.join('  ·  ') }] }] : [];
}

/** The message of one notice, linking its issue and the run (`run`, when known). Pure. */
export function renderNotice(notice: IssueNotice, run: string | undefined): SlackMessage {
  const closed = notice.action === 'closed';
  const what = {
    opened: 'Failure issue opened',
    closed: 'Recovered, failure issue closed',
    unfiled: 'Run failed, and its failure issue could not be opened',
  }[notice.action];
  const issue = notice.url ? `#${String(notice.number)} ${notice.title}` : notice.title;
  const named = notice.url ? link(notice.url, issue) : escapeMrkdwn(issue);
  const head = `${closed ? ':white_check_mark:' : ':rotating_light:'} *${what}:* ${named}`;
  const details = notice.details.map((d) => `• ${escapeMrkdwn(d)}`).join('\n');
  return {
    text: redact(`${what}: ${issue}`),
    blocks: [section(head), ...(details ? [section(details)] : []), ...linksBlock(run, notice)],
  };
}

/** One message for the notices past the cap: each issue as a link, and what became of it. Pure. */
export function renderDigest(notices: IssueNotice[], run: string | undefined): SlackMessage {
  const count = (action: IssueNotice['action']): number => notices.filter((n) => n.action === action).length;
  const head =
    `${String(notices.length)} more failure issues this run ` +
    `(${String(count('opened'))} opened, ${String(count('closed'))} closed):`;
  const lines = notices.map(
    (n) => `• ${n.action}: ${n.url ? link(n.url, `#${String(n.number)} ${n.title}`) : escapeMrkdwn(n.title)}`,
  );
  return { text: redact(head), blocks: [section(`${escapeMrkdwn(head)}\n${lines.join('\n')}`), ...linksBlock(run)] };
}

/**
 * The messages for `notices`, openings first: one each, or, past `SLACK_MESSAGE_CAP`, one each
 * for the first `SLACK_MESSAGE_CAP - 1` and a digest of the rest. Pure.
 */
export function planMessages(notices: IssueNotice[], run: string | undefined): SlackMessage[] {
  const ordered = [...notices.filter((n) => n.action !== 'closed'), ...notices.filter((n) => n.action === 'closed')];
  if (ordered.length <= SLACK_MESSAGE_CAP) return ordered.map((n) => renderNotice(n, run));
  const single = ordered.slice(0, SLACK_MESSAGE_CAP - 1);
  return [...single.map((n) => renderNotice(n, run)), renderDigest(ordered.slice(single.length), run)];
}

/**
 * The notices of what the run did to the failure issues: the job's (`report.issue`, titled
 * `title`, its failures from `view`, the report it was rendered from), or a failed run's whose
 * issue could not be opened or commented on (`view.issueError`), and, in table mode, the
 * channels' (`report.rowIssues`). Comments and dry runs give none. Pure.
 */
export function noticesOf(report: RunReport, view: RunReport, title: string): IssueNotice[] {
  const notices: IssueNotice[] = [];
  const { issue } = report;
  const failures = view.failures.slice(0, LISTED_FAILURES).map(failureLine);
  const more = view.failures.length - failures.length;
  const listed = (where: string): string[] => [
    ...failures,
    ...(more > 0 ? [`and ${String(more)} more: see the ${where}`] : []),
  ];
  if (!issue && view.issueError && statusOf(view) === 'failed')
    notices.push({ action: 'unfiled', title, details: [...listed('run'), view.issueError] });
  if (issue?.number !== undefined && issue.url && (issue.action === 'opened' || issue.action === 'closed')) {
    const details =
      issue.action === 'opened'
        ? listed('issue')
        : view.rows
          ? [`A run ended ${statusOf(view)}: none of the failures this issue listed is left.`]
          : [`A run ended ${statusOf(view)}: every destination holds a valid token.`];
    notices.push({ action: issue.action, number: issue.number, url: issue.url, title, details });
  }
  for (const told of report.rowIssues ?? []) {
    const row = report.rows?.find((r) => r.id === told.id);
    const expires = row?.after ? `; its token now expires ${row.after}` : '';
    const details =
      told.action === 'opened'
        ? [`${row?.detail ?? 'failed'}${row?.hint ? ` → ${row.hint}` : ''}`]
        : [`Channel ${told.id}: ${row?.result ?? 'healthy'}${expires}.`];
    notices.push({
      action: told.action,
      number: told.number,
      url: told.url,
      title: `Meta access token refresh failed: channel ${told.id}`,
      details,
    });
  }
  return notices;
}

/**
 * Posts the messages of `notices` to the webhook, `SLACK_SPACING_MS` apart, under a budget of its
 * own (the run's may be spent). Stops at the first post that fails (the rest would fail alike)
 * and says so in a warning and a note of the run: which kind of failure, how many notices were
 * not posted, and what to do. Never throws; never changes the run's result.
 */
export async function notifySlack(
  settings: Settings & { slack: SlackSettings },
  report: RunReport,
  notices: IssueNotice[],
): Promise<void> {
  const messages = planMessages(notices, runUrl());
  if (messages.length === 0) return;
  const { postMessage } = await import('./clients/slack.ts');
  startBudget(2 * settings.timeoutMs + messages.length * SLACK_SPACING_MS);
  let posted = 0;
  try {
    for (const message of messages) {
      if (posted > 0) await sleep(SLACK_SPACING_MS);
      await postMessage(settings.slack, message, settings.timeoutMs);
      posted++;
    }
    core.info(`Slack: ${String(posted)} notice${posted === 1 ? '' : 's'} posted.`);
  } catch (error) {
    const known = error instanceof ServiceError ? error : undefined;
    const kind = known?.failureClass === 'retry-later' ? 'retry later' : 'needs a person';
    const left = messages.length - posted;
    const note =
      `Could not post to Slack (slack-webhook-url; ${kind}): ${messageOf(error)}. ${String(left)} of ` +
      `${String(messages.length)} notice${messages.length === 1 ? '' : 's'} not posted; the failure issues are ` +
      `unaffected.${known?.hint ? ` → ${known.hint}` : ''}`;
    report.notes.push(redact(note));
    core.warning(redact(note));
  }
}
