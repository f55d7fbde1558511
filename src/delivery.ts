/**
 * Getting a token to every destination, whatever their kinds: a refreshed token to the primary
 * first and then to the rest at once; on runs that do not refresh, the current token to the
 * destinations that missed it (convergence); and, in a dry run, what either would do. Results
 * are kept on each destination's record.
 */
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import type { SyncInput, SyncPlan, TokenInfo, WrittenAt } from './core.ts';
import { CLOCK_TOLERANCE_SECONDS, planSync } from './core.ts';
import type { Destination, DestinationSet, KindContext } from './destinations/destination.ts';
import { createDestinations } from './destinations/index.ts';
import { ServiceError } from './errors.ts';
import { recordFailure } from './failures.ts';
import type { TokenProvider } from './providers/provider.ts';
import type { Settings } from './inputs.ts';
import type { DestinationRecord, RunReport } from './report.ts';
import { placesOf } from './report.ts';

/** Everything delivery works with. */
export interface Run {
  settings: Settings;
  report: RunReport;
  sets: DestinationSet[];
  /** Every destination, the primary first. */
  destinations: Destination[];
  context: KindContext;
}

/** The destinations, their records in the report, and the reads that need no new token, started as each kind loads. */
export function startRun(settings: Settings, report: RunReport, provider: TokenProvider): Promise<Run> {
  return createRun(settings, report, provider, (set) => {
    for (const d of set.destinations) d.prepare();
  });
}

/**
 * The destinations and their records in the report; with no `created`, no request is made (what
 * the failure issue names).
 */
export async function createRun(
  settings: Settings,
  report: RunReport,
  provider: TokenProvider,
  created?: (set: DestinationSet) => void,
): Promise<Run> {
  const places = (): string[] => placesOf(report);
  const fail: KindContext['fail'] = (phase, error, target) =>
    recordFailure(
      report,
      (e) => provider.advice(e, places()),
      phase,
      error,
      target,
      report.destinations.find((d) => d.kind.id === phase)?.kind.writing,
    );
  const context: KindContext = {
    report,
    fail,
    runId: randomUUID(),
    unreadable: (phase, target, error) => unreadable(report, fail, phase, target, error),
  };
  const sets = await createDestinations(settings, context, created);
  const destinations = sets.flatMap((set) => set.destinations);
  report.destinations = destinations.map((d) => d.record);
  return { settings, report, sets, destinations, context };
}

/** Closes what the run's kinds keep open; a failure to close changes nothing the run did. */
export async function closeRun(run: Run): Promise<void> {
  await Promise.all(run.sets.map(async (set) => set.close?.().catch(() => undefined)));
}

/** The primary (the place the next run reads the token from) and the rest. */
function splitPrimary(destinations: Destination[]): { primary: Destination | undefined; others: Destination[] } {
  return { primary: destinations.find((d) => d.primary), others: destinations.filter((d) => !d.primary) };
}

/** What one delivery writes; `holds` is what its destinations hold once written. */
interface Delivery {
  value: string;
  /** What the provider says of `value`. */
  token: TokenInfo;
  holds: 'new' | 'current';
  write: Destination[];
  /** Destinations that hold `value` but do not run with it yet, with when they were written (unix ms). */
  activate: Map<Destination, number>;
  /** A refresh: kind-wide follow-ups (deploy hooks) run even if nothing of their kind needed them. */
  refreshed: boolean;
}

/** Marks every destination not yet attempted as not written (it keeps the old token). */
export function markNotWritten(report: RunReport, reason: string): void {
  for (const d of report.destinations) {
    if (d.result === 'unchanged') {
      d.result = 'not-written';
      d.detail = `not written: ${reason}`;
    }
  }
}

/**
 * Delivers a verified new token: the primary first, the place the next run reads the token
 * from. A new token anywhere else but there would be invisible to the next run, so nothing else
 * is written unless it lands; then every other destination at once.
 */
export async function deliverRefreshed(run: Run, value: string, token: TokenInfo): Promise<void> {
  const { primary, others } = splitPrimary(run.destinations);
  if (!primary) return;
  const landed = await core.group(`Write the primary ${primary.record.kind.title}`, () =>
    writeOne(run, primary, { value, token, holds: 'new' }),
  );
  if (landed === undefined) {
    markNotWritten(run.report, `the primary ${primary.target} could not be written`);
    return;
  }
  const activate = new Map(primary.activate ? [[primary, landed] as const] : []);
  await deliver(run, { value, token, holds: 'new', write: others, activate, refreshed: true });
}

/** Writes one destination; returns when it was written (unix ms), or undefined when it failed. */
async function writeOne(
  run: Run,
  d: Destination,
  { value, token, holds }: Pick<Delivery, 'value' | 'token' | 'holds'>,
): Promise<number | undefined> {
  try {
    const { result, writtenAt } = await d.write(value, token);
    d.record.result = result;
    d.record.holds = holds;
    core.info(`${d.target}: ${result}`);
    // Without the service's own time, the runner's less the tolerance: never later than the write.
    return writtenAt ?? Date.now() - CLOCK_TOLERANCE_SECONDS * 1000;
  } catch (error) {
    d.record.result = 'failed';
    if (error instanceof ServiceError && error.mayHaveLanded) d.record.holds = 'unknown';
    d.record.detail = run.context.fail(d.record.kind.id, error, d.target);
    core.info(`${d.target}: failed: ${d.record.detail}`);
    return undefined;
  }
}

/**
 * Writes every destination of `delivery` at once, then makes live those whose kind deploys:
 * once every one of them is written (deploy hooks are called once for all). One failure stops
 * nothing else.
 */
async function deliver(run: Run, delivery: Delivery): Promise<void> {
  await core.group('Write the other destinations, then deploy', async () => {
    const writes = new Map(delivery.write.map((d) => [d, writeOne(run, d, delivery)]));
    const written = (d: Destination): Promise<number | undefined> => writes.get(d) ?? Promise.resolve(undefined);
    const deploying = delivery.write.filter((d) => d.activate !== undefined);
    const activation = Promise.all(deploying.map(written)).then(async (times) => {
      const live = new Map(delivery.activate);
      deploying.forEach((d, i) => {
        const at = times[i];
        if (at !== undefined) live.set(d, at);
      });
      await Promise.all([...live].map(([d, at]) => d.activate?.(at) ?? Promise.resolve()));
    });
    const followUps = run.sets.map(async (set) => {
      const mine = delivery.write.filter((d) => set.destinations.includes(d));
      await Promise.all(mine.map(written));
      await set.afterWrites?.(
        mine.filter((d) => d.record.result !== 'failed'),
        delivery.refreshed,
      );
    });
    await Promise.all([...writes.values(), activation, ...followUps]);
  });
}

/**
 * On a run that does not refresh: finds the destinations that missed the current token (a
 * fault in an earlier run) and brings them up to date with it, and makes live those deployed
 * before their write. Destinations that are current are left alone, so a re-run changes nothing
 * that need not change. A destination whose state cannot be read fails the run.
 */
export async function converge(run: Run, token: TokenInfo): Promise<void> {
  const { settings, report } = run;
  const { primary, others } = splitPrimary(run.destinations);
  // Read only on runs that do not refresh, which are the ones that need them (a refresh writes
  // everything anyway), all at once. The primary is the reference only without `issued_at`.
  const primaryState = token.issuedAt === undefined && primary ? readState(run, primary, token) : undefined;
  const states = others.map((d) => readState(run, d, token));
  const input: SyncInput = {
    issuedAt: token.issuedAt,
    primary: primaryState ? (await primaryState).writtenAt : 'unknown',
    destinations: await Promise.all(states),
  };
  // The primary holds the current token whatever its state says: access-token was read from it.
  if (primary) primary.record.holds = 'current';
  const plan = planSync(input);
  if (plan.unknown.some((u) => u.why === 'no-reference')) noReference(run, input.primary);
  const byTarget = new Map(run.destinations.map((d) => [d.target, d]));
  for (const { target } of plan.unknown) holdsUnknown(byTarget.get(target)?.record);
  for (const target of plan.notPromoted) byTarget.get(target)?.reportNotPromoted?.();
  for (const d of others) if (d.record.holds === 'old' && !plan.write.includes(d.target)) d.record.holds = 'current';
  // Going live already: followed beside the rest, never deployed again.
  const building = Promise.all(plan.building.map((t) => byTarget.get(t)?.awaitBuild?.() ?? Promise.resolve()));

  const pending = [...plan.write, ...plan.activate];
  if (pending.length === 0) {
    await building;
    return;
  }
  const what = [...plan.write, ...plan.activate.map((t) => `deploy ${byTarget.get(t)?.record.label ?? t}`)];
  report.notes.push(
    `${what.join(', ')} missed the current token in an earlier run` +
      `${settings.dryRun ? ' and would be brought up to date' : '; brought up to date now'}.`,
  );
  core.info(`Out of date: ${what.join(', ')}`);
  if (settings.dryRun) {
    await Promise.all([dryRun(run, plan), building]);
    return;
  }
  const writtenAt = new Map(input.destinations.map((d) => [d.target, d.writtenAt]));
  const activate = new Map<Destination, number>();
  for (const target of plan.activate) {
    const d = byTarget.get(target);
    const at = writtenAt.get(target);
    if (d && typeof at === 'number') activate.set(d, at);
  }
  await Promise.all([
    deliver(run, {
      value: settings.accessToken,
      token,
      holds: 'current',
      write: plan.write.flatMap((t) => byTarget.get(t) ?? []),
      activate,
      refreshed: false,
    }),
    building,
  ]);
}

/** A destination's state for `planSync`; `unknown` (and a failure) when it cannot be read. */
async function readState(run: Run, d: Destination, token: TokenInfo): Promise<SyncInput['destinations'][number]> {
  try {
    return { target: d.target, ...(await d.readState(token)) };
  } catch (error) {
    return { target: d.target, writtenAt: run.context.unreadable(d.record.kind.id, d.target, error) };
  }
}

/** Records that `target` could not be checked: a failure of the run, and the destination unknown. */
export function unreadable(
  report: RunReport,
  fail: KindContext['fail'],
  phase: string,
  target: string,
  error: unknown,
): 'unknown' {
  const message = fail(phase, error, target);
  const failure = report.failures.at(-1);
  if (failure) failure.message = `${target} could not be checked: ${message}`;
  holdsUnknown(
    report.destinations.find((d) => d.target === target),
    failure?.message,
  );
  core.warning(failure?.message ?? message);
  return 'unknown';
}

function holdsUnknown(record: DestinationRecord | undefined, detail?: string): void {
  if (!record) return;
  record.holds = 'unknown';
  if (detail) record.detail = detail;
}

/** Without `issued_at`, the primary is the reference; a missing primary leaves nothing to compare with. */
function noReference(run: Run, primary: WrittenAt): void {
  // An unreadable primary is already a failure of its own.
  if (primary !== 'missing') return;
  const { primary: destination } = splitPrimary(run.destinations);
  const target = destination?.target ?? '';
  run.report.failures.push({
    phase: destination?.record.kind.id ?? 'inspect',
    target,
    failureClass: 'needs-human',
    message:
      `Meta does not say when this token was issued, and the primary secret ${target} does not exist, so it ` +
      `cannot be told which destinations hold the current token.`,
    hint:
      `Store the token in ${target} (the secret the workflow passes as access-token), ` +
      'the first line of github-secrets.',
  });
}

/**
 * Says what `plan` would touch (every destination, for a refresh), and fails for every destination
 * it could not reach.
 */
export async function dryRun(run: Run, plan?: SyncPlan): Promise<void> {
  const touched = plan
    ? run.destinations.filter((d) => plan.write.includes(d.target) || plan.activate.includes(d.target))
    : run.destinations;
  const writes = plan ? touched.filter((d) => plan.write.includes(d.target)) : touched;
  for (const d of writes) d.record.result = 'would-write';
  for (const d of touched) await d.planActivation?.();
  for (const set of run.sets)
    set.planAfterWrites?.(touched.filter((d) => set.destinations.includes(d) && d.activate !== undefined));
  for (const d of writes) {
    try {
      await d.checkWritable();
    } catch (error) {
      run.context.fail(d.record.kind.id, error, d.target);
    }
  }
}
