/**
 * Table mode's failure issues. A row whose own token needs a person (dead, short of a
 * permission, a value that does not open) gets an issue of its own, found by a marker holding
 * the app, the table `postgres-update` writes and the row's id (never its token): opened, or
 * commented on while it stays open; a row that is healthy again (refreshed, not due, never
 * expiring) closes it. A run keeps at most `ROW_ISSUE_CAP` of them; the rows past it, and the
 * rows that failed alike for a reason of the job's (a refused app secret, a database that is
 * down, many rows on one setting-like cause), are listed in the job's own issue instead
 * (`jobView`). A row someone else changed keeps its issue until a run has checked the token they
 * stored.
 */
import * as core from '@actions/core';
import { runUrl } from './alert.ts';
import { startBudget } from './clients/budget.ts';
import { isPersonal, isSettingLike } from './causes.ts';
import { messageOf } from './errors.ts';
import type { Settings } from './inputs.ts';
import { issueTarget } from './inputs.ts';
import type { IssueApi, OpenIssue } from './issue.ts';
import { redact } from './secrets.ts';
import type { Failure, RowResult, RunReport } from './report.ts';

/**
 * Most channels a run gives an issue of their own (kept open or opened): each one notifies
 * people, and GitHub limits how fast content is created. The rest are listed in the job's issue.
 */
export const ROW_ISSUE_CAP = 10;

/** More rows than this failing on one setting-like cause (`isSettingLike`) are the job's failure. */
export const ALIKE_ROWS = 3;

const CAPPED = `a run keeps at most ${String(ROW_ISSUE_CAP)} channel issues open; these get theirs as those close.`;

/** How many row ids one line of the job's issue lists; the summary has them all. */
const LISTED_IDS = 100;

/**
 * The hidden markers row `id`'s issue may carry, the current one first: the app, the table the
 * row is in (`relation`, as `postgres-update` names it: two jobs over two tables may share ids,
 * and one must not close the other's issue) and the id; then an earlier version's, without the
 * table, so that an upgrade leaves no issue behind.
 */
export const rowMarkers = (appId: string, relation: string, id: string): [string, string] => [
  `<!-- meta-token-refresh app=${appId} relation=${encodeURIComponent(relation)} row=${encodeURIComponent(id)} -->`,
  `<!-- meta-token-refresh app=${appId} row=${encodeURIComponent(id)} -->`,
];

/** The body of row `r`'s issue (with its `marker`) or of a comment on it (without one). Pure. */
export function renderRowFailure(r: RowResult, runUrl: string | undefined, marker?: string): string {
  const lines = [
    ...(marker ? [marker, ''] : []),
    `### ❌ The refresh of channel \`${r.id}\` failed${runUrl ? ` ([run](${runUrl}))` : ''}`,
    '',
    ...(r.type ? [`A ${r.type} token; expiry ${r.before || 'not known'}.`, ''] : []),
    '#### What failed',
    '',
    `- ${r.detail}`,
    '',
    '#### What to do',
    '',
    `- ${r.hint ?? 'See the run.'}`,
  ];
  return redact(lines.join('\n'));
}

const HEALTHY: Array<RowResult['result']> = ['refreshed', 'not-due', 'non-expiring'];

/** Which failed rows a person handles one by one, and which the job's issue reports, by cause. */
export interface RowPlan {
  /** Failed rows whose own token needs a person, in the rows' order. */
  personal: RowResult[];
  /** The other failed rows, by cause (`causes.ts`), in the rows' order. */
  alike: Map<string, RowResult[]>;
}

/**
 * Splits the failed rows of `rows`: personal ones (a row's own token), and the rest by cause. A
 * setting-like personal cause shared by more than `ALIKE_ROWS` rows is the job's. Pure.
 */
export function planRows(rows: RowResult[]): RowPlan {
  const byCause = new Map<string, RowResult[]>();
  for (const r of rows.filter((row) => row.result === 'failed')) {
    const cause = r.cause ?? 'error';
    byCause.set(cause, [...(byCause.get(cause) ?? []), r]);
  }
  const plan: RowPlan = { personal: [], alike: new Map() };
  for (const [cause, group] of byCause) {
    const own = isPersonal(cause) && !(isSettingLike(cause) && group.length > ALIKE_ROWS);
    if (!own) plan.alike.set(cause, group);
  }
  plan.personal = rows.filter((r) => r.result === 'failed' && !plan.alike.has(r.cause ?? 'error'));
  return plan;
}

/** The ids of `rows` (with their cause when `causes`), at most `LISTED_IDS` of them. Pure. */
function listRows(rows: RowResult[], causes: boolean): string {
  const shown = rows.slice(0, LISTED_IDS).map((r) => `\`${r.id}\`${causes ? ` (${r.cause ?? 'error'})` : ''}`);
  const more = rows.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? `, and ${String(more)} more (see the run's summary)` : ''}`;
}

const rowsWord = (n: number): string => `${String(n)} channel${n === 1 ? '' : 's'}`;

/**
 * The report the job's issue is rendered from: the run's failures but the rows', one failure per
 * cause the rows failed alike on (listing their ids), and one for the personal rows `handled`
 * gave no issue of their own. Pure.
 */
export function jobView(report: RunReport, plan: RowPlan, handled: ReadonlySet<string>): RunReport {
  const failures: Failure[] = report.failures.filter((f) => f.phase !== 'channel' || f.target === undefined);
  for (const [cause, group] of plan.alike) {
    const first = group[0] as RowResult;
    failures.push({
      phase: 'channel',
      doing: `${rowsWord(group.length)} failed alike (\`${cause}\`)`,
      failureClass: first.failureClass ?? 'needs-human',
      message: `${first.detail}. Rows: ${listRows(group, false)}`,
      ...(first.hint ? { hint: first.hint } : {}),
    });
  }
  const left = plan.personal.filter((r) => !handled.has(r.id));
  const first = left[0];
  if (first)
    failures.push({
      phase: 'channel',
      doing: `${rowsWord(left.length)} whose own token needs a person, without an issue of their own`,
      failureClass: 'needs-human',
      message: `${CAPPED} Rows: ${listRows(left, true)}`,
      ...(first.hint ? { hint: first.hint } : {}),
    });
  return { ...report, failures };
}

/** The client of the rows' issues, where they are, and the issues this run opened and closed (`report.rowIssues`). */
interface RowDesk {
  api: IssueApi;
  repo: { owner: string; repo: string };
  open: Array<OpenIssue & { body: string }>;
  told: NonNullable<RunReport['rowIssues']>;
}

/** The first `ROW_ISSUE_CAP` personal rows, those whose issue is open first: the rows told this run. Pure. */
function ownIssueRows(plan: RowPlan, hasIssue: (id: string) => boolean): RowResult[] {
  const kept = plan.personal.filter((r) => hasIssue(r.id));
  return [...kept, ...plan.personal.filter((r) => !hasIssue(r.id))].slice(0, ROW_ISSUE_CAP);
}

/**
 * Opens, comments on and closes the rows' own issues with `issue-token`, after one listing of
 * the open ones, under a budget of its own (the run's may be spent) that fits GitHub's spacing of
 * content-creating requests. Returns the ids of the personal rows that have an issue of their own
 * (in a dry run, or without a repository, those that would); the job's issue lists the others.
 * Records the issues it opened and closed in `report.rowIssues`. A failure here is logged and
 * never hides the run's own result.
 */
export async function reportRowsByIssue(
  settings: Settings,
  report: RunReport,
  rows: RowResult[],
  plan: RowPlan,
): Promise<Set<string>> {
  const handled = new Set<string>();
  const target = issueTarget(settings.issue);
  if (!settings.issue.enabled || !target || settings.dryRun)
    return new Set(ownIssueRows(plan, () => false).map((r) => r.id));
  // Loaded only when there are issues to handle.
  const { listOpenIssues } = await import('./issue.ts');
  const gh = await import('./clients/github.ts');
  const api: IssueApi = {
    gh,
    octokit: gh.createOctokit(target.token, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs }),
  };
  const { repo } = target;
  try {
    startBudget(2 * settings.timeoutMs);
    report.rowIssues = [];
    const desk: RowDesk = {
      api,
      repo,
      open: await listOpenIssues(api, repo, settings.issue.label),
      told: report.rowIssues,
    };
    const markers = (id: string): [string, string] => rowMarkers(settings.appId, report.relation ?? '', id);
    const issueOf = (id: string): OpenIssue | undefined => {
      const [current, earlier] = markers(id);
      return desk.open.find((i) => i.body.includes(current)) ?? desk.open.find((i) => i.body.includes(earlier));
    };
    const own = ownIssueRows(plan, (id) => issueOf(id) !== undefined);
    const recovered = rows.filter((r) => HEALTHY.includes(r.result) && issueOf(r.id));
    // Every notifying request waits its turn (`CONTENT_SPACING_MS`): the budget makes room for them.
    startBudget(2 * settings.timeoutMs + (own.length + recovered.length) * gh.CONTENT_SPACING_MS);
    await tellRows(settings, desk, own, { issueOf, markerOf: (id) => markers(id)[0] }, handled);
    for (const r of recovered) await closeRecovered(desk, r, issueOf(r.id) as OpenIssue);
  } catch (error) {
    const message = `Could not update the channels' failure issues in ${repo.owner}/${repo.repo}: ${messageOf(error)}`;
    report.notes.push(message);
    core.warning(message);
  }
  return handled;
}

/** Comments on the open issue of each row of `own`, or opens one; adds each told row to `handled`. */
async function tellRows(
  settings: Settings,
  desk: RowDesk,
  own: RowResult[],
  { issueOf, markerOf }: { issueOf: (id: string) => OpenIssue | undefined; markerOf: (id: string) => string },
  handled: Set<string>,
): Promise<void> {
  const { commentOn, ensureLabel, openIssue } = await import('./issue.ts');
  const { api, repo } = desk;
  const run = runUrl();
  if (own.some((r) => !issueOf(r.id))) await ensureLabel(api, repo, settings.issue.label);
  for (const r of own) {
    const issue = issueOf(r.id);
    if (issue) {
      await commentOn(api, repo, issue.number, renderRowFailure(r, run));
    } else {
      const created = await openIssue(api, repo, {
        title: `Meta access token refresh failed: channel ${r.id}`,
        body: () => renderRowFailure(r, run, markerOf(r.id)),
        label: settings.issue.label,
        assignees: settings.issue.assignees,
      });
      desk.told.push({ id: r.id, number: created.number, url: created.html_url, action: 'opened' });
      core.info(`row ${r.id}: failure issue #${created.number} opened`);
    }
    handled.add(r.id);
  }
}

/** Says that row `r` is healthy again on its open `issue`, and closes it. */
async function closeRecovered(desk: RowDesk, r: RowResult, issue: OpenIssue): Promise<void> {
  const { closeIssue, commentOn } = await import('./issue.ts');
  const expiry = r.after ? ` Its token now expires ${r.after}.` : '';
  const body = `### ✅ Recovered\n\nChannel \`${r.id}\`: ${r.result}.${expiry} Closing.`;
  await commentOn(desk.api, desk.repo, issue.number, body);
  await closeIssue(desk.api, desk.repo, issue.number);
  desk.told.push({ id: r.id, number: issue.number, url: issue.html_url, action: 'closed' });
  core.info(`row ${r.id}: failure issue #${issue.number} closed`);
}

/**
 * Table mode's alert: the rows' own issues, then the report the job's issue is rendered from
 * (`jobView`), with the rows it must list. Starts budgets of its own (`reportRowsByIssue`).
 */
export async function alertRows(settings: Settings, report: RunReport): Promise<RunReport> {
  const rows = report.rows ?? [];
  const plan = planRows(rows);
  const handled = await core.group('Channel issues', () => reportRowsByIssue(settings, report, rows, plan));
  return jobView(report, plan, handled);
}
