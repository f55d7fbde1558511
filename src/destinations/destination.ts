/**
 * The shape every place the token is kept shares. Delivery, convergence, the report and the
 * failure issue work on this interface alone; each kind (a GitHub secret, a Vercel variable, ...)
 * is one file beside this one.
 */
import type { TokenInfo, WrittenAt } from '../core.ts';
import type { DestinationRecord, RunReport } from '../report.ts';

/** What convergence needs to know of a destination (see `planSync`). */
export interface DestinationState {
  writtenAt: WrittenAt;
  /**
   * For a destination that runs only once deployed: its latest READY production deployment, and
   * when a newer one still being built was created (see `planSync`).
   */
  deployment?: { createdAt: number; promoted: boolean; building?: number } | 'none' | 'unknown';
}

/** What a kind's destinations share with the run. */
export interface KindContext {
  report: RunReport;
  /** Records a failure of `error` during `phase` and returns its redacted message. */
  fail(phase: string, error: unknown, target?: string): string;
  /** Records that `target` could not be checked because of `error`: a failure, and the destination unknown. */
  unreadable(phase: string, target: string, error: unknown): 'unknown';
  /** Marks the deployments this run starts, so that an ambiguous failure can find them. */
  runId: string;
}

/** One place the token is kept. Results are kept on its `record`, which the report renders. */
export interface Destination {
  readonly target: string;
  readonly primary: boolean;
  readonly record: DestinationRecord;
  /** Starts the reads that do not depend on the new token (called while the token is inspected). */
  prepare(): void;
  /**
   * When it was last written, for convergence (`token`: the one it should hold). Throws
   * `ServiceError` when that cannot be read.
   */
  readState(token: TokenInfo): Promise<DestinationState>;
  /**
   * Writes `value`; returns whether it was created or updated, and when (unix ms, the service's
   * clock) when the service says. Throws `ServiceError`.
   */
  write(value: string, token: TokenInfo): Promise<{ result: 'created' | 'updated'; writtenAt: number | undefined }>;
  /** In a dry run: throws when a write could not be made (a prepared read failed). */
  checkWritable(): Promise<void>;
  /**
   * Makes a written value live (a redeploy, or deploy hooks), for kinds whose value is read only
   * when deployed; `writtenAt` as `write` returned it. Records its own outcome.
   */
  activate?(writtenAt: number): Promise<void>;
  /** In a dry run: records what `activate` would do. */
  planActivation?(): Promise<void>;
  /** Reports that it was deployed after its write, but the deployment serves no traffic. */
  reportNotPromoted?(): void;
  /**
   * Instead of deploying again: follows the deployment created after its write that `readState`
   * found still being built, waiting for it as for a redeploy, and records it.
   */
  awaitBuild?(): Promise<void>;
}

/** The destinations of one kind, and what that kind does once per run. */
export interface DestinationSet {
  destinations: Destination[];
  /** Starts loading what writing needs (once the exchange is on the wire). */
  prepareWrites?(): void;
  /** After a delivery's writes: kind-wide follow-up, given the destinations written and whether the run refreshed. */
  afterWrites?(written: Destination[], refreshed: boolean): Promise<void>;
  /** In a dry run: what `afterWrites` would do. */
  planAfterWrites?(written: Destination[]): void;
  /** At the end of the run: closes what the kind keeps open (a database connection). */
  close?(): Promise<void>;
}

/** The record a destination starts a run with: not written, holding the old token. */
export function newRecord(fields: Omit<DestinationRecord, 'result' | 'holds'>): DestinationRecord {
  return { ...fields, result: 'unchanged', holds: 'old' };
}
