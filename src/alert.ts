/**
 * The failure issue around a run: found early, so that a run that succeeds needs no extra round
 * trip to close it, and told what happened at the end. `issue.ts` itself loads only when the issue
 * is used.
 */
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

/** Who the issue is about, where the token lives and what a person does, for its body. */
export function issueContext(settings: Settings, report: RunReport, provider: TokenProvider): IssueContext {
  const places = placesOf(report);
  return {
    appId: settings.appId,
    primary: places[0] ?? '',
    places,
    runUrl: runUrl(),
    refreshBeforeDays: settings.refreshBeforeDays,
    replaceByHand: provider.replaceByHand(places),
    mintAdvice: provider.mintAdvice(places),
  };
}

/** Looks up the open failure issue early, so a run that succeeds needs no extra round trip to close it. */
export async function lookUpIssue(settings: Settings, context: IssueContext): Promise<IssueDesk | undefined> {
  if (!issueTarget(settings.issue)) return undefined;
  const issues = await import('./issue.ts');
  return issues.openIssueDesk(settings, context);
}

/** Tells a person through the failure issue, under a short budget of its own: the alert matters most when the run's was spent. */
export async function alert(
  settings: Settings,
  report: RunReport,
  provider: TokenProvider,
  early: Promise<Settled<IssueDesk | undefined>>,
): Promise<void> {
  startBudget(2 * settings.timeoutMs);
  await core.group('Failure issue', async () => {
    const issues = await import('./issue.ts');
    const context = issueContext(settings, report, provider);
    // Looked up again when the early lookup failed: it ran under the spent budget, or hit a fault.
    const desk = early.then((found) => (found.ok ? found.value : issues.openIssueDesk(settings, context)));
    await issues.reportByIssue(settings, report, context, desk);
  });
}
