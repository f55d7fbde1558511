/**
 * One refresh, whatever the token's kind and wherever it is kept: inspect the current token,
 * decide, then either converge (not due), say what would happen (dry run), or exchange it,
 * verify the new one and deliver it.
 */
import * as core from '@actions/core';
import type { TokenInfo } from './core.ts';
import { daysLeft, decide, isoTime } from './core.ts';
import type { Run } from './delivery.ts';
import { converge, deliverRefreshed, dryRun, markNotWritten } from './delivery.ts';
import { recordFindings } from './failures.ts';
import { requestSent } from './clients/http.ts';
import type { TokenProvider } from './providers/provider.ts';
import { placesOf } from './report.ts';
import type { Settled } from './settled.ts';

function describe(token: TokenInfo, now: number): string {
  const expiry =
    token.expiresAt === 0
      ? 'never expires'
      : `expires ${isoTime(token.expiresAt)} (${daysLeft(token.expiresAt, now)} days left)`;
  return `${token.type} token of app ${token.appId}${token.application ? ` (${token.application})` : ''}, ${expiry}; scopes: ${token.scopes.join(', ') || '(none)'}`;
}

/**
 * Runs the refresh. `inspection` is the inspection of the current token, already on the wire;
 * every result goes into `run.report`.
 */
export async function refresh(
  run: Run,
  provider: TokenProvider,
  inspection: Promise<Settled<TokenInfo>>,
): Promise<void> {
  const { settings, report } = run;
  const token = await inspect(run, provider, inspection);
  if (!token) return;
  const decision = decide(token, {
    now: report.now,
    refreshBeforeDays: settings.refreshBeforeDays,
    force: settings.force,
  });
  if (decision.kind !== 'due') {
    report.outcome = decision.kind;
    const why =
      decision.kind === 'non-expiring'
        ? 'The token never expires (expires_at 0): nothing to refresh.'
        : `The token is not due: ${decision.daysLeft} days left, refresh-before-days is ${settings.refreshBeforeDays}.`;
    report.notes.push(
      why +
        (settings.force && decision.kind === 'non-expiring'
          ? ' force has no effect on a token that never expires.'
          : ''),
    );
    core.info(why);
    await converge(run, token);
    return;
  }
  core.info(
    decision.forced
      ? `Refreshing because force is set (${decision.daysLeft} days left).`
      : `The token is due: ${decision.daysLeft} days left, refresh-before-days is ${settings.refreshBeforeDays}.`,
  );
  if (settings.dryRun) {
    report.outcome = 'dry-run';
    report.notes.push(
      `Dry run: the token would be ${provider.describeRefresh(token)}, verified and written to the destinations below; nothing was changed.`,
    );
    await dryRun(run);
    return;
  }
  // What the writes need loads while the exchange is answered, once that request is out.
  void requestSent().then(() => {
    for (const set of run.sets) set.prepareWrites?.();
  });
  const fresh = await core.group('Refresh and verify', () => exchangeAndVerify(run, provider, token));
  if (!fresh) {
    markNotWritten(report, 'no verified new token');
    return;
  }
  report.fresh = fresh.info;
  await deliverRefreshed(run, fresh.accessToken, fresh.info);
  if (report.failures.length === 0) report.outcome = 'refreshed';
}

/** The current token as inspected, when it may be used; else records why not. */
async function inspect(
  run: Run,
  provider: TokenProvider,
  inspection: Promise<Settled<TokenInfo>>,
): Promise<TokenInfo | undefined> {
  const { report, context } = run;
  const token = await core.group('Inspect the token', async () => {
    const inspected = await inspection;
    if (inspected.ok) {
      core.info(describe(inspected.value, report.now));
      return inspected.value;
    }
    context.fail('inspect', inspected.error);
    return undefined;
  });
  if (!token) {
    markNotWritten(report, 'the token could not be inspected');
    return undefined;
  }
  report.token = token;
  const problems = provider.checkCurrent(token, placesOf(report));
  if (problems.length > 0) {
    recordFindings(report, 'inspect', problems);
    markNotWritten(report, 'the current token is not usable');
    return undefined;
  }
  if (token.dataAccessExpiresAt && token.dataAccessExpiresAt < report.now) {
    report.notes.push(
      `Data access for this token expired ${isoTime(token.dataAccessExpiresAt)}: reads of user data fail until the user logs in again.`,
    );
  }
  return token;
}

/** Exchanges the token and verifies the new one; undefined (with the failures recorded) when either fails. */
async function exchangeAndVerify(
  run: Run,
  provider: TokenProvider,
  token: TokenInfo,
): Promise<{ accessToken: string; info: TokenInfo } | undefined> {
  const { settings, report, context } = run;
  let accessToken: string;
  try {
    accessToken = await provider.refresh(settings.accessToken, token);
  } catch (error) {
    context.fail('refresh', error);
    return undefined;
  }
  try {
    const info = await provider.inspect(accessToken);
    core.info(`New token: ${describe(info, report.now)}`);
    const findings = provider.checkRefreshed(token, info, report.now);
    if (findings.length > 0) {
      recordFindings(report, 'verify', findings);
      return undefined;
    }
    return { accessToken, info };
  } catch (error) {
    context.fail('verify', error);
    return undefined;
  }
}
