/**
 * The failure issue around a run: found early, so that a run that succeeds needs no extra round
 * trip to close it, and told what happened at the end. `issue.ts` itself loads only when the issue
 * is used.
 */
import { createHash } from 'node:crypto';
import * as core from '@actions/core';
import { startBudget } from './clients/budget.ts';
import type { Settings } from './inputs.ts';
import { issueTarget } from './inputs.ts';
import type { IssueContext, IssueDesk } from './issue.ts';
import type { TokenProvider } from './providers/provider.ts';
import type { RunReport } from './report.ts';
import { placesOf } from './report.ts';
import type { Settled } from './settled.ts';

/** This run's page (`GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID`), when the runner says. */
export function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
}

/**
 * Which rows a table-mode job covers: the first 8 hex digits of the SHA-256 of its tokens query,
 * and its shard (`I/N`) when it has one; undefined for a single token. Pure.
 */
export function tableScope(settings: Settings): IssueContext['table'] {
  const pg = settings.postgres;
  if (pg?.kind !== 'table') return undefined;
  const shard = pg.shard;
  return {
    query: createHash('sha256').update(pg.tokensQuery).digest('hex').slice(0, 8),
    ...(shard ? { shard: `${String(shard.index)}/${String(shard.count)}` } : {}),
  };
}

/** Who the issue is about, where the token lives and what a person does, for its body. */
export function issueContext(settings: Settings, report: RunReport, provider: TokenProvider): IssueContext {
  const places = placesOf(report);
  const table = tableScope(settings);
  return {
    ...(table ? { table } : {}),
    appId: settings.appId,
    primary: places[0] ?? '',
    places,
    runUrl: runUrl(),
    refreshBeforeDays: settings.refreshBeforeDays,
    replaceByHand: provider.replaceByHand(places),
    mintAdvice: provider.mintAdvice(places),
    oldTokenAfterRefresh: provider.oldTokenAfterRefresh,
  };
}

/** Looks up the open failure issue early, so a run that succeeds needs no extra round trip to close it. */
export async function lookUpIssue(settings: Settings, context: IssueContext): Promise<IssueDesk | undefined> {
  if (!issueTarget(settings.issue)) return undefined;
  const issues = await import('./issue.ts');
  return issues.openIssueDesk(settings, context);
}

/**
 * Tells a person through the failure issue, under short budgets of its own: the alert matters
 * most when the run's was spent. In table mode the channels' own issues come first, and the
 * job's issue reports the rows they leave (`row-issues.ts`). Records the job's issue in
 * `report.issue`; then, with `slack-webhook-url`, posts a notice of each issue opened or closed
 * (`notify.ts`). Never throws for GitHub's or Slack's sake.
 */
export async function alert(
  settings: Settings,
  report: RunReport,
  provider: TokenProvider,
  early: Promise<Settled<IssueDesk | undefined>>,
): Promise<void> {
  const table = settings.postgres?.kind === 'table';
  const view = table ? await (await import('./row-issues.ts')).alertRows(settings, report) : report;
  startBudget(2 * settings.timeoutMs);
  const issues = await import('./issue.ts');
  const context = issueContext(settings, view, provider);
  await core.group('Failure issue', async () => {
    // Looked up again when the early lookup failed: it ran under the spent budget, or hit a fault.
    const desk = early.then((found) => (found.ok ? found.value : issues.openIssueDesk(settings, context)));
    await issues.reportByIssue(settings, view, context, desk);
  });
  report.issue = view.issue;
  const { slack } = settings;
  if (!slack || settings.dryRun) return;
  const notify = await import('./notify.ts');
  const notices = notify.noticesOf(report, view, issues.issueTitle(context, view.token));
  if (notices.length > 0) await core.group('Slack', () => notify.notifySlack({ ...settings, slack }, report, notices));
}
