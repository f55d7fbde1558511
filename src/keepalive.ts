/**
 * A schedule that stays alive: GitHub disables the scheduled workflows of a public repository
 * after 60 days without repository activity, and workflow runs are not activity. When the
 * default branch's last commit is older than 45 days, the running workflow is re-enabled
 * (`PUT …/actions/workflows/{file}/enable`, as the keepalive actions people use do). That this
 * resets GitHub's timer is not documented. A failure here is a warning, never a failed refresh.
 */
import * as core from '@actions/core';
import { messageOf, ServiceError } from './errors.ts';
import type { Settings } from './inputs.ts';
import type { RunReport } from './report.ts';

/** Days without a commit after which the workflow is re-enabled. */
const QUIET_DAYS = 45;

/**
 * Re-enables the running workflow when the repository has been quiet for `QUIET_DAYS`; notes what
 * it did or why it could not.
 */
export async function keepScheduleAlive(settings: Settings, report: RunReport): Promise<void> {
  if (!settings.keepScheduleAlive || settings.dryRun) return;
  // The workflow's own repository, wherever the failure issue goes: its schedule is the one to keep.
  const repo = settings.workflowRepo;
  const token = settings.issue.token;
  const warn = (why: string): void => {
    const message = `keep-schedule-alive: ${why}`;
    report.notes.push(message);
    core.warning(message);
  };
  if (!repo || !token || !settings.workflowFile) {
    warn(
      'the workflow file (GITHUB_WORKFLOW_REF), the repository (GITHUB_REPOSITORY) or issue-token is missing; the ' +
        'schedule was not checked.',
    );
    return;
  }
  try {
    const gh = await import('./clients/github.ts');
    const octokit = gh.createOctokit(token, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs });
    const quietDays = Math.floor((Date.now() - (await gh.lastCommitTime(octokit, repo))) / 86_400_000);
    if (quietDays < QUIET_DAYS) {
      core.info(`keep-schedule-alive: the last commit is ${quietDays} days old; nothing to do.`);
      return;
    }
    await gh.enableWorkflow(octokit, repo, settings.workflowFile);
    report.notes.push(
      `keep-schedule-alive: the default branch has had no commit for ${quietDays} days, so the workflow ` +
        `${settings.workflowFile} was re-enabled, lest GitHub disable its schedule at 60 days. GitHub does not ` +
        `document that this resets its timer: a commit, or a private repository, is the safe way.`,
    );
  } catch (error) {
    const grant =
      error instanceof ServiceError && error.status === 403
        ? ' Grant issue-token "Actions: write" and "Contents: read" (the workflow\'s GITHUB_TOKEN: permissions: ' +
          'actions: write, contents: read).'
        : '';
    warn(`could not re-enable the workflow: ${messageOf(error)}${grant}`);
  }
}
