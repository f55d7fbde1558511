/**
 * Table mode's failure issues: one per channel, found by a marker holding the app and the row's
 * id (never its token). A failed row opens its issue, or comments on the open one; a row that is
 * healthy again (refreshed, not due, never expiring) closes it. A row someone else changed keeps
 * its issue until a run has checked the token they stored.
 */
import * as core from '@actions/core';
import { runUrl } from './alert.ts';
import { messageOf } from './errors.ts';
import type { Settings } from './inputs.ts';
import { issueTarget } from './inputs.ts';
import type { IssueApi } from './issue.ts';
import { redact } from './secrets.ts';
import type { RowResult, RunReport } from './report.ts';

/** The hidden marker of row `id`'s issue. */
export const rowMarker = (appId: string, id: string): string =>
  `<!-- meta-token-refresh app=${appId} row=${encodeURIComponent(id)} -->`;

/** The body of row `r`'s issue (with its marker) or of a comment on it. Pure. */
export function renderRowFailure(r: RowResult, appId: string, runUrl: string | undefined, marker: boolean): string {
  const lines = [
    ...(marker ? [rowMarker(appId, r.id), ''] : []),
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

/**
 * Opens, comments on and closes the rows' issues with `issue-token`, after one listing of the open
 * ones. A failure here is logged and never hides the run's own result.
 */
export async function reportRowsByIssue(settings: Settings, report: RunReport, rows: RowResult[]): Promise<void> {
  const target = issueTarget(settings.issue);
  if (!settings.issue.enabled || !target || settings.dryRun) return;
  const run = runUrl();
  // Loaded only when there are issues to handle.
  const { closeIssue, commentOn, ensureLabel, listOpenIssues, openIssue } = await import('./issue.ts');
  const gh = await import('./clients/github.ts');
  const api: IssueApi = {
    gh,
    octokit: gh.createOctokit(target.token, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs }),
  };
  const { repo } = target;
  try {
    const open = await listOpenIssues(api, repo, settings.issue.label);
    const issueOf = (id: string) => open.find((i) => i.body.includes(rowMarker(settings.appId, id)));
    const failed = rows.filter((r) => r.result === 'failed');
    if (failed.some((r) => !issueOf(r.id))) await ensureLabel(api, repo, settings.issue.label);
    for (const r of rows) {
      const issue = issueOf(r.id);
      if (r.result === 'failed' && issue) {
        await commentOn(api, repo, issue.number, renderRowFailure(r, settings.appId, run, false));
      } else if (r.result === 'failed') {
        const created = await openIssue(api, repo, {
          title: `Meta access token refresh failed: channel ${r.id}`,
          body: () => renderRowFailure(r, settings.appId, run, true),
          label: settings.issue.label,
          assignees: settings.issue.assignees,
        });
        core.info(`row ${r.id}: failure issue #${created.number} opened`);
      } else if (issue && HEALTHY.includes(r.result)) {
        const expiry = r.after ? ` Its token now expires ${r.after}.` : '';
        await commentOn(
          api,
          repo,
          issue.number,
          `### ✅ Recovered\n\nChannel \`${r.id}\`: ${r.result}.${expiry} Closing.`,
        );
        await closeIssue(api, repo, issue.number);
        core.info(`row ${r.id}: failure issue #${issue.number} closed`);
      }
    }
  } catch (error) {
    const message = `Could not update the channels' failure issues in ${repo.owner}/${repo.repo}: ${messageOf(error)}`;
    report.notes.push(message);
    core.warning(message);
  }
}
