/**
 * Runs the bundled action (`dist/index.js`) the way the runner does: the inputs `action.yml`
 * declares as `INPUT_*` variables (a test's own value, else the declared default with its
 * `${{ github.* }}` expressions filled in), `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files, and
 * a child process of the same Node. Asynchronous `spawn`, because the fakes live in this process.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ENTRY = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
export const ACTION_YML = fileURLToPath(new URL('../../action.yml', import.meta.url));

export interface ActionMetadata {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

let metadata: ActionMetadata | undefined;

/** `action.yml` as GitHub reads it: parsed strictly, duplicate keys refused. */
export function actionMetadata(): ActionMetadata {
  metadata ??= parse(readFileSync(ACTION_YML, 'utf8'), { uniqueKeys: true, strict: true }) as ActionMetadata;
  return metadata;
}

/** The `github` context the runner fills `${{ github.* }}` from; also the environment it sets. */
export interface RunnerContext {
  token: string;
  repository: string;
  server_url: string;
  run_id: string;
  workflow: string;
}

/** The runner's own token for the job (`github.token`, `GITHUB_TOKEN`) unless a test says. */
export const RUNNER_TOKEN = 'ghs_fake_runner_token_00000000000';

/**
 * Fills `${{ github.NAME }}` in `value` from `context`, as the runner does for defaults; any
 * other expression is an error, because the runner would evaluate it and a test could not.
 */
export function expand(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    const match = /^github\.([a-z_]+)$/.exec(expression);
    const filled = match ? context[match[1] ?? ''] : undefined;
    if (filled === undefined) throw new Error(`cannot evaluate \${{ ${expression} }} in a test`);
    return filled;
  });
}

/**
 * The `INPUT_*` variables the runner sets for `given`: every input `action.yml` declares, with
 * the given value or else the declared default (expressions filled from `context`). Throws for an
 * input `action.yml` does not declare, as a workflow with one would be wrong.
 */
export function runnerInputs(given: Record<string, string>, context: Record<string, string>): Record<string, string> {
  const declared = actionMetadata().inputs;
  const unknown = Object.keys(given).filter((name) => !(name in declared));
  if (unknown.length > 0) throw new Error(`action.yml does not declare the inputs ${unknown.join(', ')}`);
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(declared)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = given[name] ?? expand(input.default ?? '', context);
  }
  return env;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  outputsFile: string;
  summary: string;
  /** Milliseconds from spawn to exit. */
  wallMs: number;
  /** When the process was spawned, in `performance.now()` milliseconds of this process. */
  startedAt: number;
}

/** The `::error::` lines a run printed, joined by spaces: what a failed assertion should show. */
export const errorsOf = (run: ActionRun): string =>
  run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error::'))
    .join(' ');

/** Parses a `GITHUB_OUTPUT` file (`name<<DELIM\nvalue\nDELIM` blocks, or `name=value` lines). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

/**
 * Runs the action with `inputs` (names as in action.yml; the rest get their declared defaults)
 * and extra `env`. The runner's context (repository, run, `github.token`) is set and may be
 * overridden through `options.context`; `GITHUB_API_URL` should point at a fake.
 */
export async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  options: { nodeArgs?: string[]; context?: Partial<RunnerContext> } = {},
): Promise<ActionRun> {
  const context: RunnerContext = {
    token: RUNNER_TOKEN,
    repository: 'acme/app',
    server_url: 'https://github.com',
    run_id: '4242',
    workflow: 'Refresh Meta token',
    ...options.context,
  };
  const dir = await mkdtemp(path.join(tmpdir(), 'mtr-run-'));
  const outputsFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  await Promise.all([writeFile(outputsFile, ''), writeFile(summaryFile, '')]);
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: context.repository,
    GITHUB_SERVER_URL: context.server_url,
    GITHUB_RUN_ID: context.run_id,
    GITHUB_WORKFLOW: context.workflow,
    GITHUB_OUTPUT: outputsFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...env,
    ...runnerInputs(inputs, { ...context, api_url: env.GITHUB_API_URL ?? 'https://api.github.com' }),
  };
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ENTRY], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  const [outputsText, summary] = await Promise.all([readFile(outputsFile, 'utf8'), readFile(summaryFile, 'utf8')]);
  await rm(dir, { recursive: true, force: true });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(outputsText),
    outputsFile: outputsText,
    summary,
    wallMs,
    startedAt: started,
  };
}

/**
 * Timeouts for a run into which a test injects no fault (the re-run after a fault is cleared, the
 * quiet run after it, a run that only sets a scenario up): far above anything a call takes on a
 * loaded machine, where a second can pass before a child process that is compiling a chunk reads
 * an answer that has arrived. They cost nothing: a run without a fault never waits one out. A
 * scenario's faulty run keeps its own short timeout, which is the wait a hang costs it.
 */
export const UNHURRIED: Readonly<Record<string, string>> = { 'timeout-seconds': '30', 'run-timeout-seconds': '300' };

/**
 * The longest a faulty run may take if its waits are bounded: `waits` waits of `timeoutS` (and
 * the grace second the Postgres client adds), plus what the rest costs, which is what a clean run
 * of the same scenario (`clean`, the re-run after the fault is cleared) took on this machine; each
 * twice over, for a load that changes between the two runs. A wait left to the run's budget (set
 * far above this) shows; a slow machine does not, since the clean run is as slow.
 */
export function boundedWallMs(clean: ActionRun, timeoutS: number, waits = 1): number {
  return 2 * clean.wallMs + 2 * waits * (timeoutS + 1) * 1000;
}

/** Asserts that `run` (with a fault) took less than `boundedWallMs(clean, timeoutS, waits)`. */
export function assertWaitBounded(run: ActionRun, clean: ActionRun, timeoutS: number, label: string, waits = 1): void {
  const bound = boundedWallMs(clean, timeoutS, waits);
  if (run.wallMs < bound) return;
  throw new Error(
    `${label}: the run took ${String(Math.round(run.wallMs))} ms, over ${String(Math.round(bound))} ` +
      `(2 × the clean re-run's ${String(Math.round(clean.wallMs))} ms + 2 × ${String(waits)} × (${String(timeoutS)} s + 1 s)): a wait was not bounded`,
  );
}

/** What a run that ran out of a timeout or its budget says of it. */
const TIMED_OUT =
  /no answer within|CONNECT_TIMEOUT|ETIMEDOUT|time budget of|TimeoutError|aborted due to timeout|timed out/i;

/** The first line in which a run says it ran out of a timeout or its budget (what a slow machine may cause). */
export const timeoutLine = (run: ActionRun): string | undefined =>
  run.stdout.split('\n').find((line) => TIMED_OUT.test(line));

/**
 * A fault scenario's faulty run, made again while it timed out before the point of its fault.
 * A scenario's run has a short `timeout-seconds` (a hang costs it that), and on a loaded machine
 * a call before that point can run out of it: the child process compiles the modules it needs
 * while its first request is out, and if that takes longer than the timeout, the timer fires
 * before the answer that has arrived is read. The run then fails without ever meeting the fault:
 * such an attempt says nothing about the fault, so it is discarded, and the scenario is set up
 * afresh with twice the timeout, up to `tries` attempts (1, 2, 4, 8 s from 1 s). A machine that
 * is not loaded makes one attempt with the short timeout; only a loaded one pays for more.
 * Only a run that timed out is made again: one that skipped the point for any other reason is
 * returned at once, for the test's own assertion that the fault was reached to fail.
 *
 * `attempt` sets the scenario up (a fresh world, the fault armed) and makes the faulty run with
 * `timeoutS` as its `timeout-seconds`; `reached` says whether the run got to the fault;
 * `discard` tears a spent attempt down. Returns the last attempt, with the timeout it had.
 */
export async function runToFault<T extends { run: ActionRun }>(options: {
  timeoutS: number;
  attempt: (timeoutS: number) => Promise<T>;
  reached: (outcome: T) => boolean;
  discard: (outcome: T) => Promise<void>;
  tries?: number;
  /** The test, told of each discarded attempt. */
  t?: { diagnostic(message: string): void };
}): Promise<T & { timeoutS: number }> {
  const tries = options.tries ?? 4;
  for (let i = 1, timeoutS = options.timeoutS; ; i++, timeoutS *= 2) {
    const outcome = await options.attempt(timeoutS);
    const timeout = timeoutLine(outcome.run);
    if (i >= tries || options.reached(outcome) || timeout === undefined) return { ...outcome, timeoutS };
    options.t?.diagnostic(
      `attempt ${String(i)} (timeout-seconds ${String(timeoutS)}) timed out before the point of the fault ` +
        `(${String(Math.round(outcome.run.wallMs))} ms: ${timeout.trim().slice(0, 160)}); set up again with ${String(2 * timeoutS)}`,
    );
    await options.discard(outcome);
  }
}
