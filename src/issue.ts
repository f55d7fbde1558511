/**
 * The failure issue: one open issue per token, found by its label and a hidden marker; opened on
 * the first failure, commented on each later one, closed by the next run that succeeds. The
 * rendering is pure; the GitHub calls follow https://docs.github.com/rest/issues (api-facts B.6).
 */
import type { TokenInfo } from './core.ts';
import { daysLeft, expiryText, isoTime } from './core.ts';
import * as core from '@actions/core';
import { messageOf, ServiceError } from './errors.ts';
import type { Octokit } from './clients/github.ts';
import type { Settings } from './inputs.ts';
import type { RepoRef } from './model.ts';
import { issueTarget } from './inputs.ts';
import type { RunReport } from './report.ts';
import { healthTable, statusOf, whereTheTokenIs } from './report.ts';
import { redact } from './secrets.ts';

/** The GitHub client, loaded by `openIssueDesk` when there is an issue to handle, not at start-up. */
type GitHub = typeof import('./clients/github.ts');

/** The client the failure issue is handled with. */
export interface IssueApi {
  octokit: Octokit;
  gh: GitHub;
}

/** Who the issue is about and where the run is, for the body. */
export interface IssueContext {
  appId: string;
  /** The secret `access-token` is read from, e.g. `acme/app:META_ACCESS_TOKEN`; '' when none. */
  primary: string;
  /** Every place the token lives (secrets, Vercel variables), primary first, for the advice. */
  places: string[];
  /** `GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID`, when known. */
  runUrl: string | undefined;
  refreshBeforeDays: number;
  /** How a person replaces a dead token by hand, in steps (the token provider's advice). */
  replaceByHand: string[];
  /** The hint that `replaceByHand` already covers, so it is not repeated. */
  mintAdvice: string;
  /** What is known of the old token after a refresh (the token provider's), for the places still holding it. */
  oldTokenAfterRefresh: string;
  /**
   * In table mode, which rows the job covers: `query`, the first 8 hex digits of the SHA-256 of
   * `postgres-tokens-query`, and `shard` (`I/N`) when the job has one. Part of the marker, so
   * that a job never closes another's issue.
   */
  table?: { query: string; shard?: string };
}

/**
 * The hidden marker that ties an issue to one token: the app and the secret the token lives in;
 * in table mode also the tokens query's hash and the shard (`IssueContext.table`). Never the
 * token itself; every part survives a rotation, so every run finds the same issue.
 */
export function issueMarker(context: Pick<IssueContext, 'appId' | 'primary' | 'table'>): string {
  const { table } = context;
  const rows = table ? ` table=${table.query}${table.shard ? ` shard=${table.shard}` : ''}` : '';
  return `<!-- meta-token-refresh app=${context.appId} secret=${context.primary || '-'}${rows} -->`;
}

/**
 * The markers an open issue of this job may carry, the current one first: an unsharded table
 * job also adopts the issue an earlier version opened without the query's hash. Pure.
 */
export function issueMarkers(context: Pick<IssueContext, 'appId' | 'primary' | 'table'>): string[] {
  const legacy = context.table && !context.table.shard ? [issueMarker({ ...context, table: undefined })] : [];
  return [issueMarker(context), ...legacy];
}

/** The issue title (never rewritten afterwards). */
export function issueTitle(context: IssueContext, token: TokenInfo | undefined): string {
  // Instagram Login tokens have no app id, only their account.
  const id = context.appId ? ` (${context.appId})` : '';
  const app = token?.application ? `${token.application}${id}` : context.appId ? `app ${context.appId}` : 'the token';
  const shard = context.table?.shard ? ` (shard ${context.table.shard})` : '';
  const where = context.table ? `, channels${shard}` : context.primary ? `, ${context.primary}` : '';
  return `Meta access token refresh failed: ${app}${where}`;
}

const PHASE_TEXT: Record<string, string> = {
  inputs: 'reading the inputs',
  inspect: 'inspecting the token',
  refresh: 'refreshing the token',
  verify: 'verifying the new token',
  whatsapp: 'checking the WhatsApp phone numbers and account',
  redeploy: 'deploying with the new value',
};

function urgency(report: RunReport, context: IssueContext): string {
  if (context.table) {
    const rows = report.rows;
    if (!rows) return 'The tokens query could not be read: no channel was checked this run.';
    const failed = rows.filter((r) => r.result === 'failed').length;
    const shard = context.table.shard ? ` of shard ${context.table.shard}` : '';
    const own = 'A channel whose own token needs a person gets an issue of its own; this one lists the rest.';
    return `**${String(failed)} of ${String(rows.length)} channels**${shard} failed this run. ${own}`;
  }
  const token = report.token;
  if (!token) return 'The token could not be inspected, so its expiry is unknown.';
  if (!token.isValid) return '**The token is already dead**: every send with it fails until a person replaces it.';
  if (token.expiresAt === 0) return 'The token does not expire.';
  if (token.expiresAt === undefined)
    return (
      'The expiry of the current token is not known (Meta reports none for Instagram Login tokens; ' +
      '`expiry-variable` keeps the one each refresh returns).'
    );
  const left = daysLeft(token.expiresAt, report.now);
  return (
    `The current token expires **${isoTime(token.expiresAt)}** (**${left} day${left === 1 ? '' : 's'} ` +
    `left**); this action refreshes it from ${context.refreshBeforeDays} days before.`
  );
}

/** The "what to do" steps, chosen by what failed. */
function advice(report: RunReport, context: IssueContext): string[] {
  const steps: string[] = [];
  const human = report.failures.filter((f) => f.failureClass === 'needs-human');
  const dead = report.failures.some(
    (f) => f.phase === 'inspect' && (report.token?.isValid === false || f.meta?.code === 190),
  );
  if (dead) {
    steps.push(...context.replaceByHand);
  }
  for (const hint of new Set(human.map((f) => f.hint).filter((h): h is string => h !== undefined))) {
    if (dead && hint === context.mintAdvice) continue;
    steps.push(`- ${hint}`);
  }
  if (report.failures.some((f) => f.failureClass === 'retry-later')) {
    const token = report.token;
    const by = token?.expiresAt
      ? ` It must succeed before ${isoTime(token.expiresAt)}, when the current token expires.`
      : '';
    steps.push(
      `- A rate limit, outage or timeout: nothing to do now, the next scheduled run retries.${by} If it keeps ` +
        `failing, run the workflow by hand and read its log.`,
    );
  }
  steps.push(
    `- Then re-run the workflow${context.runUrl ? ` ([this run](${context.runUrl}))` : ''}; the next run that ` +
      `succeeds closes this issue.`,
  );
  return steps;
}

/**
 * The body of the issue, or of a comment on it (same content, without the marker). `notes` are
 * about the issue itself (e.g. who could not be assigned) and close the body.
 */
export function renderFailure(
  report: RunReport,
  context: IssueContext,
  options: { marker: boolean; notes?: string[] },
): string {
  const lines: string[] = [];
  if (options.marker) lines.push(issueMarker(context), '');
  lines.push(
    `### ❌ The refresh failed${context.runUrl ? ` ([run](${context.runUrl}))` : ''}`,
    '',
    urgency(report, context),
    '',
  );

  lines.push('#### What failed', '');
  for (const f of report.failures) {
    const code = f.meta ? `${f.meta.code}${f.meta.subcode === undefined ? '' : `/${f.meta.subcode}`}` : '';
    const trace = f.meta?.fbtraceId ? `, fbtrace_id \`${f.meta.fbtraceId}\`` : '';
    const meta = f.meta ? ` — Meta \`${code}\`${trace}` : '';
    lines.push(
      `- **${f.doing ?? PHASE_TEXT[f.phase] ?? f.phase}**${f.target ? ` (${f.target})` : ''}: ${f.message}${meta}`,
    );
  }
  lines.push('');

  if (report.destinations.length > 0) {
    const code = (targets: string[]): string[] => targets.map((t) => `\`${t}\``);
    const where = whereTheTokenIs(report);
    const [fresh, old, unknown, notLive] = [
      code(where.current),
      code(where.old),
      code(where.unknown),
      code(where.notLive),
    ];
    lines.push('#### Where the token is', '');
    if (fresh.length > 0) lines.push(`- Hold the **${report.fresh ? 'new' : 'current'}** token: ${fresh.join(', ')}`);
    if (unknown.length > 0)
      lines.push(
        `- Hold an **unknown** token (it could not be read, or a write's answer was lost): ${unknown.join(', ')}`,
      );
    if (old.length > 0)
      lines.push(
        `- Still hold the **old** token: ${old.join(', ')}` +
          (report.fresh ? ` (${context.oldTokenAfterRefresh})` : ''),
      );
    if (notLive.length > 0) lines.push(`- Not yet running with the new token: ${notLive.join(', ')}`);
    lines.push('');
  }

  lines.push('#### What to do', '', ...advice(report, context), '');
  const warnings = (report.health ?? []).filter((r) => r.level !== 'ok');
  if (warnings.length > 0) lines.push('#### WhatsApp', '', ...healthTable(report.health ?? []), '');
  const notes = options.notes ?? [];
  if (notes.length > 0) lines.push('#### About this issue', '', ...notes.map((n) => `- ${n}`), '');
  return redact(lines.join('\n'));
}

/** The comment that closes the issue after a run that succeeded. */
export function renderRecovery(report: RunReport, context: IssueContext): string {
  const token = report.fresh ?? report.token;
  const expiry = token?.expiresAt ? ` The token now expires ${expiryText(token, report.now)}.` : '';
  return redact(
    `### ✅ Recovered\n\nA run ended \`${statusOf(report)}\`${context.runUrl ? ` ([run](${context.runUrl}))` : ''}: ` +
      `every destination holds a valid token.${expiry} Closing.`,
  );
}

export interface OpenIssue {
  number: number;
  html_url: string;
}

/** The open issues carrying `label` (not pull requests), with their bodies. Throws `ServiceError`. */
export async function listOpenIssues(
  api: IssueApi,
  repo: RepoRef,
  label: string,
): Promise<Array<OpenIssue & { body: string }>> {
  try {
    const issues = await api.octokit.paginate('GET /repos/{owner}/{repo}/issues', {
      ...repo,
      state: 'open',
      labels: label,
      per_page: 100,
    });
    if (!Array.isArray(issues)) throw new Error('GitHub answered without a list of issues');
    return issues
      .filter((i) => i.pull_request === undefined)
      .map((i) => ({ number: i.number, html_url: i.html_url, body: i.body ?? '' }));
  } catch (error) {
    throw api.gh.gitHubError(error, `listing the open issues of ${repo.owner}/${repo.repo}`, 'Issues: read');
  }
}

/**
 * Finds the open issue of this token: open, carrying `label` and a marker of `markers` (the
 * first that one carries wins), not a pull request. Returns undefined when there is none.
 * Throws `ServiceError`.
 */
export async function findOpenIssue(
  api: IssueApi,
  repo: RepoRef,
  label: string,
  markers: string | string[],
): Promise<OpenIssue | undefined> {
  const open = await listOpenIssues(api, repo, label);
  for (const marker of typeof markers === 'string' ? [markers] : markers) {
    const found = open.find((i) => i.body.includes(marker));
    if (found) return { number: found.number, html_url: found.html_url };
  }
  return undefined;
}

/** Creates `label` unless it exists (422 `already_exists` is fine). Throws `ServiceError`. */
export async function ensureLabel(api: IssueApi, repo: RepoRef, label: string): Promise<void> {
  try {
    await api.octokit.request('POST /repos/{owner}/{repo}/labels', {
      ...repo,
      name: label,
      color: 'd73a4a',
      description: 'A Meta access token needs attention',
    });
  } catch (error) {
    if ((error as { status?: unknown }).status === 422) return;
    throw api.gh.gitHubError(error, `creating the label ${label}`, 'Issues: write');
  }
}

/** Logins from `issue-assignees` the issue was opened without, because GitHub would not assign them. */
export interface Unassigned {
  /** Logins GitHub named as the ones it cannot assign. */
  refused: string[];
  /** Logins left out that GitHub did not name: it refused without saying which, or refused a second time. */
  unnamed: string[];
  /** GitHub's words for why, e.g. `invalid`. */
  reasons: string[];
}

/** What the issue body (and the run's notes) say about `unassigned`. Pure. */
export function unassignedNote(unassigned: Unassigned): string {
  // In backticks: a mention would notify people who may no longer belong here.
  const logins = (list: string[]): string => list.map((l) => `\`@${l}\``).join(', ');
  const why = unassigned.reasons.length > 0 ? ` (${unassigned.reasons.join(', ')})` : '';
  const { refused, unnamed } = unassigned;
  const parts: string[] = [];
  if (refused.length > 0)
    parts.push(
      `Could not assign ${logins(refused)}: ` +
        `GitHub refused ${refused.length === 1 ? 'this login' : 'these logins'}${why}.`,
    );
  if (unnamed.length > 0) {
    parts.push(
      refused.length > 0
        ? `${logins(unnamed)} ${unnamed.length === 1 ? 'was' : 'were'} left unassigned too, so that GitHub could ` +
            `not refuse the issue again.`
        : `Could not assign ${logins(unnamed)}: GitHub refused the assignees${why} without saying which login.`,
    );
  }
  return (
    `${parts.join(' ')} Check issue-assignees: a login that cannot be assigned may have left the organization ` +
    `or lack access to the repository.`
  );
}

/** The logins (lower case) and reasons of a 422 refusing the assignees, or undefined for any other error. */
function assigneeRefusal(gh: GitHub, error: unknown): { logins: Set<string>; reasons: string[] } | undefined {
  if ((error as { status?: unknown }).status !== 422) return undefined;
  const items = gh.gitHubErrorItems(error).filter((e) => e.field === 'assignees' || e.field === 'assignee');
  if (items.length === 0) return undefined;
  const reasons = items.map((e) => e.message ?? e.code).filter((r): r is string => r !== undefined);
  return {
    logins: new Set(items.flatMap((e) => e.values.map((v) => v.toLowerCase()))),
    reasons: [...new Set(reasons)],
  };
}

/**
 * Opens the issue, assigned to `issue.assignees`. GitHub refuses the whole request (422,
 * `errors[]` with field `assignees`) when one login cannot be assigned, and an alert that is
 * never opened helps nobody: so it opens the issue again without the logins GitHub named, or
 * without any assignee when it named none (at most three requests). `issue.body` renders the
 * body, told who was left out. Throws `ServiceError`.
 */
export async function openIssue(
  api: IssueApi,
  repo: RepoRef,
  issue: { title: string; body: (unassigned: Unassigned | undefined) => string; label: string; assignees: string[] },
): Promise<OpenIssue & { unassigned?: Unassigned }> {
  let assignees = issue.assignees;
  let unassigned: Unassigned | undefined;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const { data } = await api.octokit.request('POST /repos/{owner}/{repo}/issues', {
        ...repo,
        title: issue.title,
        body: issue.body(unassigned),
        labels: [issue.label],
        ...(assignees.length > 0 ? { assignees } : {}),
      });
      if (typeof data.number !== 'number') throw new Error('GitHub answered without the new issue');
      return { number: data.number, html_url: data.html_url, ...(unassigned ? { unassigned } : {}) };
    } catch (error) {
      const refusal = assignees.length > 0 && attempt < 3 ? assigneeRefusal(api.gh, error) : undefined;
      if (!refusal) throw api.gh.gitHubError(error, 'opening the failure issue', 'Issues: write');
      const named = assignees.filter((a) => refusal.logins.has(a.toLowerCase()));
      // Keep the others only when GitHub named the bad ones, and only once: a second refusal
      // (GitHub named one login of several) drops them all.
      const keep =
        named.length > 0 && attempt === 1 ? assignees.filter((a) => !refusal.logins.has(a.toLowerCase())) : [];
      const dropped = assignees.filter((a) => !keep.includes(a));
      unassigned = {
        refused: [...(unassigned?.refused ?? []), ...named],
        unnamed: [...(unassigned?.unnamed ?? []), ...dropped.filter((a) => !named.includes(a))],
        reasons: [...new Set([...(unassigned?.reasons ?? []), ...refusal.reasons])],
      };
      assignees = keep;
    }
  }
}

/** Comments on issue `number`. Throws `ServiceError`. */
export async function commentOn(api: IssueApi, repo: RepoRef, number: number, body: string): Promise<void> {
  try {
    const { data } = await api.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: number,
      body,
    });
    if (typeof data.id !== 'number') throw new Error('GitHub answered without the new comment');
  } catch (error) {
    throw api.gh.gitHubError(error, `commenting on issue #${number}`, 'Issues: write');
  }
}

/** Closes issue `number` as completed. Throws `ServiceError`. */
export async function closeIssue(api: IssueApi, repo: RepoRef, number: number): Promise<void> {
  try {
    const { data } = await api.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: number,
      state: 'closed',
      state_reason: 'completed',
    });
    if (data.state !== 'closed') throw new Error(`GitHub answered with the issue ${data.state}, not closed`);
  } catch (error) {
    throw api.gh.gitHubError(error, `closing issue #${number}`, 'Issues: write');
  }
}

/** The failure issue's desk: its client, and the open issue of this token if there is one. */
export interface IssueDesk extends IssueApi {
  open: OpenIssue | undefined;
}

/**
 * Finds the open failure issue of this token with `issue-token`; undefined when the issue is
 * turned off or has no token or repository. Throws `ServiceError`.
 */
export async function openIssueDesk(settings: Settings, context: IssueContext): Promise<IssueDesk | undefined> {
  const target = issueTarget(settings.issue);
  if (!target) return undefined;
  const gh = await import('./clients/github.ts');
  const api = {
    gh,
    octokit: gh.createOctokit(target.token, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs }),
  };
  return { ...api, open: await findOpenIssue(api, target.repo, settings.issue.label, issueMarkers(context)) };
}

/** Opens the failure issue of a failed run, labelled and assigned as `issue` says; returns what it did. */
async function openFailureIssue(
  desk: IssueDesk,
  repo: RepoRef,
  issue: Settings['issue'],
  report: RunReport,
  context: IssueContext,
): Promise<NonNullable<RunReport['issue']>> {
  await ensureLabel(desk, repo, issue.label);
  const body = (unassigned: Unassigned | undefined): string =>
    renderFailure(report, context, {
      marker: true,
      ...(unassigned ? { notes: [unassignedNote(unassigned)] } : {}),
    });
  const created = await openIssue(desk, repo, {
    title: issueTitle(context, report.token),
    body,
    label: issue.label,
    assignees: issue.assignees,
  });
  if (created.unassigned) {
    const note = `Failure issue #${created.number}: ${unassignedNote(created.unassigned)}`;
    report.notes.push(note);
    core.warning(note);
  }
  return { number: created.number, url: created.html_url, action: 'opened' };
}

/**
 * Tells a person through the failure issue: opens it (or comments on the open one) when the run
 * failed, closes it when the run succeeded; in a dry run, says which it would do. Records what
 * it did in `report.issue`. A failure here is logged and never hides the run's own result.
 */
export async function reportByIssue(
  settings: Settings,
  report: RunReport,
  context: IssueContext,
  lookup: Promise<IssueDesk | undefined>,
): Promise<void> {
  const { issue } = settings;
  if (!issue.enabled) return;
  const failed = statusOf(report) === 'failed';
  const repo = issueTarget(issue)?.repo;
  if (!repo) {
    report.issueError = 'issue-token or the repository (issue-repository, GITHUB_REPOSITORY) is missing';
    if (failed) core.warning(`No failure issue: ${report.issueError}.`);
    return;
  }
  try {
    const desk = await lookup;
    if (!desk) return;
    const { open } = desk;
    if (settings.dryRun) {
      if (failed || open)
        report.issue = {
          action: failed ? (open ? 'would comment' : 'would open') : 'would close',
          ...(open ? { number: open.number, url: open.html_url } : {}),
        };
      return;
    }
    if (!failed) {
      if (!open) return;
      await commentOn(desk, repo, open.number, renderRecovery(report, context));
      await closeIssue(desk, repo, open.number);
      report.issue = { number: open.number, url: open.html_url, action: 'closed' };
    } else if (open) {
      await commentOn(desk, repo, open.number, renderFailure(report, context, { marker: false }));
      report.issue = { number: open.number, url: open.html_url, action: 'commented' };
    } else report.issue = await openFailureIssue(desk, repo, issue, report, context);
    core.info(`Failure issue #${report.issue.number ?? ''}: ${report.issue.action}`);
  } catch (error) {
    const message =
      `Could not ${failed ? 'open or update' : 'close'} the failure issue in ` +
      `${repo.owner}/${repo.repo}: ${messageOf(error)}` +
      (error instanceof ServiceError && error.hint ? ` → ${error.hint}` : '');
    report.notes.push(message);
    report.issueError = message;
    if (failed) core.error(message);
    else core.warning(message);
  }
}
