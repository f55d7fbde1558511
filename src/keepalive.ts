/**
 * A schedule that stays alive: GitHub disables the scheduled workflows of a public repository
 * after 60 days without repository activity, and workflow runs are not activity. When the
 * default branch's last commit is older than 45 days, the running workflow is re-enabled
 * (`PUT …/actions/workflows/{file}/enable`, as the keepalive actions people use do). That this
 * resets GitHub's timer is not documented. A failure here is a warning, never a failed refresh.
 */
import * as core from '@actions/core';
import { messageOf } from './errors.ts';
import type { Settings } from './inputs.ts';
import { issueTarget } from './inputs.ts';
import type { RunReport } from './report.ts';

/** Days without a commit after which the workflow is re-enabled. */
const QUIET_DAYS = 45;

/** Re-enables the running workflow when the repository has been quiet for `QUIET_DAYS`; notes what it did or why it could not. */
export async function keepScheduleAlive(settings: Settings, report: RunReport): Promise<void> {
  if (!settings.keepScheduleAlive || settings.dryRun) return;
  const target = issueTarget({ ...settings.issue, enabled: true });
  const warn = (why: string): void => {
    const message = `keep-schedule-alive: ${why}`;
    report.notes.push(message);
    core.warning(message);
  };
  if (!target || !settings.workflowFile) {
    warn(
      'the workflow file (GITHUB_WORKFLOW_REF), the repository or issue-token is missing; the schedule was not checked.',
    );
    return;
  }
  try {
    const gh = await import('./clients/github.ts');
    const octokit = gh.createOctokit(target.token, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs });
    const quietDays = Math.floor((Date.now() - (await gh.lastCommitTime(octokit, target.repo))) / 86_400_000);
    if (quietDays < QUIET_DAYS) {
      core.info(`keep-schedule-alive: the last commit is ${quietDays} days old; nothing to do.`);
      return;
    }
    await gh.enableWorkflow(octokit, target.repo, settings.workflowFile);
    report.notes.push(
      `keep-schedule-alive: the default branch has had no commit for ${quietDays} days, so the workflow ${settings.workflowFile} was re-enabled, lest GitHub disable its schedule at 60 days. GitHub does not document that this resets its timer: a commit, or a private repository, is the safe way.`,
    );
  } catch (error) {
    warn(`could not re-enable the workflow: ${messageOf(error)}`);
  }
}
