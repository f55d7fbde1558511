/**
 * What the runner shows of a run, whatever happened: the outputs, the job summary and, when
 * anything failed, a failed step naming every failure.
 */
import * as core from '@actions/core';
import { messageOf } from './errors.ts';
import type { RunReport } from './report.ts';
import { failureLine, outputsOf, renderSummary, statusOf, whereTheTokenIs } from './report.ts';

/** Outputs, the job summary and, when anything failed, the failed step. */
export async function conclude(report: RunReport): Promise<void> {
  for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, value);
  try {
    await core.summary.addRaw(renderSummary(report), true).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${messageOf(error)}`);
  }
  if (statusOf(report) !== 'failed') return;
  const where = whereTheTokenIs(report);
  const lines = report.failures.map(failureLine);
  if (report.fresh && where.old.length > 0) lines.push(`Still holding the old token: ${where.old.join(', ')}.`);
  if (where.notLive.length > 0) lines.push(`Not yet running with the new token: ${where.notLive.join(', ')}.`);
  core.setFailed(lines.join('\n'));
}
