/**
 * Runs the bundled action (`dist/index.js`) the way the runner does: inputs as `INPUT_*`
 * variables, `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files, and a child process of the same
 * Node. Asynchronous `spawn`, because the fakes live in this process.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ENTRY = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

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
 * Runs the action with `inputs` (names as in action.yml) and extra `env`. Defaults for
 * GITHUB_REPOSITORY and the run context are set; `GITHUB_API_URL` should point at a fake.
 */
export async function runAction(inputs: Record<string, string>, env: Record<string, string> = {}, options: { nodeArgs?: string[] } = {}): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mtr-run-'));
  const outputsFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  await Promise.all([writeFile(outputsFile, ''), writeFile(summaryFile, '')]);
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW: 'Refresh Meta token',
    GITHUB_OUTPUT: outputsFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...env,
  };
  for (const [name, value] of Object.entries(inputs)) childEnv[`INPUT_${name.toUpperCase()}`] = value;
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ENTRY], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  const [outputsText, summary] = await Promise.all([readFile(outputsFile, 'utf8'), readFile(summaryFile, 'utf8')]);
  await rm(dir, { recursive: true, force: true });
  return { code, stdout, stderr, outputs: parseOutputs(outputsText), outputsFile: outputsText, summary, wallMs, startedAt: started };
}
