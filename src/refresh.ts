/**
 * One refresh, whatever the token's kind and wherever it is kept: inspect the current token,
 * decide, then either converge (not due), say what would happen (dry run), or exchange it,
 * verify the new one and deliver it.
 */
import * as core from '@actions/core';
import type { Decision, TokenInfo } from './core.ts';
import { expiryText, isoTime } from './core.ts';
import type { Run } from './delivery.ts';
import { converge, deliverRefreshed, dryRun, markNotWritten } from './delivery.ts';
import { recordFindings } from './failures.ts';
import { requestSent } from './clients/http.ts';
import type { TokenProvider } from './providers/provider.ts';
import { placesOf } from './report.ts';
import type { Settled } from './settled.ts';
import type { AssetRead } from './health.ts';
import { assetsOf, judgeAssets } from './health.ts';
import type { Settings } from './inputs.ts';
import { decideFor, exchangeAndVerify } from './pipeline.ts';

function describe(token: TokenInfo, now: number): string {
  const owner = token.appId ? ` of app ${token.appId}` : '';
  const name = token.application ? ` (${token.application})` : '';
  const scopes = token.scopes.length > 0 ? `; scopes: ${token.scopes.join(', ')}` : '';
  return `${token.type} token${owner}${name}, expires ${expiryText(token, now)}${scopes}`;
}

/**
 * The WhatsApp assets: the current token's reads (sent with the inspection), and how to read them
 * with another token.
 */
export interface Health {
  current: Promise<AssetRead[]>;
  read(token: string): Promise<AssetRead[]>;
}

/**
 * Records what reading the WhatsApp assets with the `which` token found: assets it cannot read
 * (the new token is then not written). The current token's reads also give the summary's table:
 * BLOCKED is a failure, LIMITED, YELLOW and RED warnings.
 */
function judgeHealth(run: Run, reads: AssetRead[], which: 'current' | 'new'): void {
  const { report, context } = run;
  const judged = judgeAssets(reads, which);
  const phase = which === 'new' ? 'verify' : 'whatsapp';
  recordFindings(report, phase, judged.unreadable);
  for (const { target, error } of judged.failed) context.unreadable(phase, target, error);
  if (which === 'new') return;
  if (judged.rows.length > 0) report.health = judged.rows;
  recordFindings(report, 'whatsapp', judged.blocked);
  for (const row of judged.rows.filter((r) => r.level === 'warning')) {
    const warning =
      `WhatsApp ${row.asset} (${row.name}): can_send_message ${row.canSendMessage}, quality ` +
      `${row.quality}. ${row.todo}`;
    report.notes.push(warning);
    core.warning(warning);
  }
}

/** The WhatsApp assets the inputs name, read with the current token at once (beside the inspection). */
export function healthOf(settings: Settings, provider: TokenProvider): Health {
  const refs = assetsOf(settings.whatsapp);
  const read = (token: string): Promise<AssetRead[]> =>
    refs.length > 0 && provider.readAssets ? provider.readAssets(token, refs) : Promise.resolve([]);
  return { current: read(settings.accessToken), read };
}

/**
 * Runs the refresh. `inspection` is the inspection of the current token, and `health.current`
 * its reads of the WhatsApp assets, both already on the wire; every result goes into `run.report`.
 */
export async function refresh(
  run: Run,
  provider: TokenProvider,
  inspection: Promise<Settled<TokenInfo>>,
  health: Health,
): Promise<void> {
  const { settings, report } = run;
  const token = await inspect(run, provider, inspection);
  if (!token) return;
  judgeHealth(run, await health.current, 'current');
  const decision = decideFor(provider, token, { ...settings, now: report.now });
  if (decision.kind !== 'due') {
    const why = whyNotDue(decision, settings.refreshBeforeDays, settings.force);
    await notDue(run, token, why, decision.kind === 'non-expiring' ? 'non-expiring' : 'not-due');
    return;
  }
  const left = decision.daysLeft === undefined ? 'its expiry is not known' : `${decision.daysLeft} days left`;
  core.info(
    decision.forced
      ? `Refreshing because force is set (${left}).`
      : `The token is due: ${left}, refresh-before-days is ${settings.refreshBeforeDays}.`,
  );
  if (settings.dryRun) {
    report.outcome = 'dry-run';
    report.notes.push(
      `Dry run: the token would be ${provider.describeRefresh(token)}, verified and written to the destinations ` +
        `below; nothing was changed.`,
    );
    await dryRun(run);
    return;
  }
  // What the writes need loads while the exchange is answered, once that request is out.
  void requestSent().then(() => {
    for (const set of run.sets) set.prepareWrites?.();
  });
  const fresh = await core.group('Refresh and verify', () => exchange(run, provider, token, health));
  if (!fresh) {
    markNotWritten(report, 'no verified new token');
    return;
  }
  if (fresh === 'too-young') {
    await notDue(
      run,
      token,
      'Meta will not refresh this token yet: it is under 24 hours old. A later run refreshes it.',
    );
    return;
  }
  report.fresh = fresh.info;
  if (fresh.info.expiresAt === undefined)
    report.notes.push(
      'Meta did not say when the new token expires (no expires_in): its expiry is not known, and the next run ' +
        'refreshes it again.',
    );
  await deliverRefreshed(run, fresh.accessToken, fresh.info);
  if (report.failures.length === 0) report.outcome = 'refreshed';
}

/** Why a decision other than `due` leaves the token alone, in a sentence. */
function whyNotDue(decision: Exclude<Decision, { kind: 'due' }>, refreshBeforeDays: number, force: boolean): string {
  if (decision.kind === 'non-expiring')
    return (
      'The token never expires (expires_at 0): nothing to refresh.' +
      (force ? ' force has no effect on a token that never expires.' : '')
    );
  if (decision.kind === 'too-young')
    return (
      `The token is under 24 hours old: Meta refreshes it from ${isoTime(decision.refreshableAt)}, and a ` +
      `later run will.`
    );
  return `The token is not due: ${decision.daysLeft} days left, refresh-before-days is ${refreshBeforeDays}.`;
}

/** A run that does not refresh: says why, and brings the destinations that missed the current token up to date. */
async function notDue(
  run: Run,
  token: TokenInfo,
  why: string,
  outcome: 'not-due' | 'non-expiring' = 'not-due',
): Promise<void> {
  run.report.outcome = outcome;
  run.report.notes.push(why);
  core.info(why);
  await converge(run, token);
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
      `Data access for this token expired ${isoTime(token.dataAccessExpiresAt)}: reads of user data fail until the ` +
        `user logs in again.`,
    );
  }
  return token;
}

/**
 * Exchanges the token and verifies the new one; undefined (with the failures recorded) when either
 * fails, `too-young` when Meta will not refresh it yet.
 */
async function exchange(
  run: Run,
  provider: TokenProvider,
  token: TokenInfo,
  health: Health,
): Promise<{ accessToken: string; info: TokenInfo } | 'too-young' | undefined> {
  const { settings, report, context } = run;
  const current = { token: settings.accessToken, info: token };
  const outcome = await exchangeAndVerify(provider, current, report.now, (t) => health.read(t));
  if (outcome.kind === 'too-young') return 'too-young';
  if (outcome.kind === 'failed') {
    context.fail(outcome.phase, outcome.error);
    return undefined;
  }
  core.info(`New token: ${describe(outcome.info, report.now)}`);
  if (outcome.kind === 'verified') return { accessToken: outcome.accessToken, info: outcome.info };
  recordFindings(report, 'verify', outcome.findings);
  judgeHealth(run, outcome.reads, 'new');
  return undefined;
}
