/**
 * What users read and copy, held to what the action does: the inputs and outputs the code uses
 * are the ones `action.yml` declares, the versions named agree, the README leads with a minimal
 * workflow and shows every input with its declared default, the docs' links lead somewhere, and
 * every workflow the docs show runs as written against the fakes.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, afterEach, describe, it } from 'node:test';
import { parse } from 'yaml';
import type { Grant } from './fakes/github.ts';
import fernet from 'fernet';
import { igToken } from './fakes/instagram.ts';
import type { FakeAsset } from './fakes/meta.ts';
import { phoneAsset, wabaAsset } from './fakes/meta.ts';
import { readSettings } from '../src/inputs.ts';
import { outputsOf } from '../src/report.ts';
import { actionMetadata, runAction, runnerInputs } from './helpers/action.ts';
import {
  actionSteps,
  docSql,
  docWorkflows,
  headingAnchors,
  markdownFiles,
  proseLines,
  ROOT,
  tableRows,
} from './helpers/docs.ts';
import type { PgServer } from './helpers/postgres.ts';
import { startPostgres } from './helpers/postgres.ts';
import { assertNoLeak } from './helpers/leaks.ts';
import type { World } from './helpers/world.ts';
import { APP_ID, APP_SECRET, GH_ISSUES, GH_WRITER, startWorld, token, VERCEL_TOKEN } from './helpers/world.ts';

const declaredInputs = (): string[] => Object.keys(actionMetadata().inputs).sort();

/** The inputs `readSettings` looks up, seen through a `process.env` that records every read. */
function inputsTheCodeReads(): string[] {
  const read = new Set<string>();
  const original = process.env;
  process.env = new Proxy(original, {
    get(target, key) {
      if (typeof key === 'string' && key.startsWith('INPUT_')) read.add(key.slice('INPUT_'.length).toLowerCase());
      return Reflect.get(target, key) as unknown;
    },
  });
  try {
    readSettings({});
  } catch {
    // Empty inputs are not valid; only which ones were read matters here.
  } finally {
    process.env = original;
  }
  return [...read].sort();
}

describe('action.yml and the code', () => {
  it('declares exactly the inputs the code reads', () => {
    assert.deepEqual(inputsTheCodeReads(), declaredInputs());
  });

  it('declares exactly the outputs the code sets', () => {
    const set = Object.keys(outputsOf({ now: 0, destinations: [], deployments: [], failures: [], notes: [] })).sort();
    assert.deepEqual(set, Object.keys(actionMetadata().outputs).sort());
  });

  it('gives every undeclared input to no run: a test that passes one fails', () => {
    assert.throws(() => runnerInputs({ 'access-tokn': 'x' }, {}), /action.yml does not declare the inputs access-tokn/);
  });

  it('fills a default from the github context as the runner does', () => {
    const env = runnerInputs({}, { token: 'ghs_context_token', repository: 'acme/app' });
    assert.equal(env['INPUT_ISSUE-TOKEN'], 'ghs_context_token');
    assert.equal(env['INPUT_REFRESH-BEFORE-DAYS'], actionMetadata().inputs['refresh-before-days']?.default);
  });
});

const readDoc = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

describe('versions', () => {
  it('package.json, CHANGELOG.md and the pinned examples of the README and the other docs name the same version', () => {
    const { version } = JSON.parse(readDoc('package.json')) as { version: string };
    assert.equal(
      /^## \[(\d+\.\d+\.\d+)\]/m.exec(readDoc('CHANGELOG.md'))?.[1],
      version,
      'the newest CHANGELOG.md section',
    );
    const pinnedIn = (file: string): string[] =>
      [...readDoc(file).matchAll(/meta-token-refresh@\S+\s+#\s*v(\d+\.\d+\.\d+)/g)].map((m) => m[1] ?? '');
    assert.ok(pinnedIn('README.md').length > 0, 'the README pins a version');
    for (const file of markdownFiles())
      for (const v of pinnedIn(file)) assert.equal(v, version, `${file} pins the released version`);
  });
});

describe('the README', () => {
  const readme = readDoc('README.md');
  const firstSection = proseLines(readme).find(({ text }) => /^## /.test(text))?.line ?? Infinity;

  it('leads with a minimal workflow: its first, before any section, at most 20 lines, one place', () => {
    const first = docWorkflows().find((wf) => wf.file === 'README.md');
    assert.ok(first, 'README.md shows a workflow');
    assert.ok(
      first.line < firstSection,
      `README.md:${first.line}: the first workflow comes before the first ## section`,
    );
    const lines = first.text.trimEnd().split('\n');
    assert.ok(
      lines.length <= 20,
      `README.md:${first.line}: the minimal workflow has ${lines.length} lines, more than 20`,
    );
    const workflow = parse(first.text) as { on?: Record<string, unknown>; permissions?: unknown };
    assert.deepEqual(Object.keys(workflow.on ?? {}).sort(), ['schedule', 'workflow_dispatch']);
    assert.deepEqual(workflow.permissions, { issues: 'write' }, 'least permissions: the failure issue only');
    const steps = actionSteps(workflow);
    assert.equal(steps.length, 1, 'one step uses the action');
    const given = steps[0]?.with ?? {};
    assert.match(first.text, /uses: \S+\/meta-token-refresh@<full-commit-sha> # v\d+\.\d+\.\d+\n/, 'pinned by SHA');
    assert.equal(listOf(given['github-secrets']).length, 1, 'one repository secret as the place');
    for (const other of ['vercel-projects', 'vercel-deploy-hooks', 'postgres-url', 'postgres-tokens-query'])
      assert.ok(!(other in given), `the minimal workflow names no other place (${other})`);
    assert.ok(!('issue-on-failure' in given), 'the failure issue is left at its default, on');
  });

  it('and action.yml speak in user terms: no internal guide names ("seed 003")', () => {
    for (const file of ['README.md', 'action.yml'])
      assert.doesNotMatch(readDoc(file), /\bseeds?\s+`?\d{3}/i, `${file} names an internal guide`);
  });

  it('shows every input of action.yml in a table, with the default action.yml declares', () => {
    const inputs = actionMetadata().inputs;
    const shown = new Set<string>();
    const problems: string[] = [];
    for (const { line, cells } of tableRows(readme)) {
      const [name, ...rest] = cells;
      const input = /^`([a-z-]+)`$/.exec(name ?? '')?.[1];
      if (input === undefined || !(input in inputs)) continue;
      shown.add(input);
      // An input's own row has three cells (input, default, meaning); the place index has two.
      if (rest.length !== 2) continue;
      const [cell = ''] = rest;
      const spec = inputs[input];
      const declared = spec?.default ?? '';
      const code = /^`(.*)`$/.exec(cell)?.[1];
      if (/required/i.test(cell) && String(spec?.required) !== 'true')
        problems.push(`README.md:${line}: ${input} is not required (action.yml), but its default cell says ${cell}`);
      else if (code !== undefined && code !== declared)
        problems.push(`README.md:${line}: ${input} defaults to '${declared}' in action.yml, not ${cell}`);
      else if (cell === '' && declared !== '')
        problems.push(`README.md:${line}: ${input} defaults to '${declared}' in action.yml; the row shows none`);
    }
    const missing = Object.keys(inputs).filter((name) => !shown.has(name));
    assert.deepEqual(missing, [], 'inputs action.yml declares that no README table shows');
    assert.equal(problems.length, 0, problems.join('\n'));
  });
});

describe('links in the docs', () => {
  for (const file of markdownFiles()) {
    it(`${file}: every link to a heading or a file of the repository leads somewhere`, () => {
      const text = readDoc(file);
      const problems: string[] = [];
      for (const { line, text: prose } of proseLines(text)) {
        for (const [, target = ''] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
          if (/^[a-z]+:/i.test(target)) continue;
          const [where = '', anchor] = target.split('#');
          const into = where === '' ? file : path.posix.join(path.posix.dirname(file), where);
          if (!existsSync(path.join(ROOT, into))) problems.push(`${file}:${line}: ${target}: no file ${into}`);
          else if (anchor !== undefined && into.endsWith('.md') && !headingAnchors(readDoc(into)).has(anchor))
            problems.push(`${file}:${line}: ${target}: no heading #${anchor} in ${into}`);
        }
      }
      assert.equal(problems.length, 0, problems.join('\n'));
    });
  }
});

/** A place of `github-secrets`, read here without the action's parser (`gh secret set`'s flags). */
interface Place {
  repo: string;
  name: string;
  environment?: string;
  dependabot?: boolean;
  org?: string;
}

function destinationsOf(text: string, repository: string): Place[] {
  return text
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean)
    .map((line) => {
      const [place = '', ...flags] = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
      const flag = (name: string): string | undefined =>
        flags.includes(name) ? flags[flags.indexOf(name) + 1] : undefined;
      const at = place.lastIndexOf(':');
      const found: Place =
        at < 0
          ? { repo: repository, name: place.toUpperCase() }
          : { repo: place.slice(0, at), name: place.slice(at + 1).toUpperCase() };
      const [environment, org] = [flag('--env'), flag('--org')];
      return {
        ...found,
        ...(environment ? { environment } : {}),
        ...(org ? { org } : {}),
        ...(flag('--app') === 'dependabot' ? { dependabot: true } : {}),
      };
    });
}

/** What a place holds in the fake. */
function heldBy(w: World, p: Place): string | undefined {
  if (p.org) return w.github.orgSecret(p.org, p.name)?.value;
  const where = p.environment
    ? { environment: p.environment }
    : p.dependabot
      ? { dependabot: true as const }
      : undefined;
  return w.github.secret(p.repo, p.name, where)?.value;
}

const listOf = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .flatMap((line) => line.replace(/(^|\s)#.*$/, '').split(','))
    .map((s) => s.trim())
    .filter(Boolean);

/** The phone numbers and WhatsApp Business Account an example's `whatsapp-*` inputs name, as the Meta fake's assets. */
function whatsappAssets(given: Record<string, string>): Record<string, FakeAsset> {
  const assets: Record<string, FakeAsset> = {};
  for (const id of listOf(given['whatsapp-phone-number-ids'])) assets[id] = phoneAsset();
  const waba = given['whatsapp-business-account-id']?.trim();
  if (waba) assets[waba] = wabaAsset();
  return assets;
}

/** A Fernet key (Python's `Fernet.generate_key()` form) for examples that encrypt the column. */
const FERNET_KEY = Buffer.alloc(32, 5).toString('base64url') + '=';
const fernetSecret = new fernet.Secret(FERNET_KEY);

/** The fake credential a `${{ secrets.* }}` value of each input stands for. */
const FAKE_SECRETS: Record<string, string | ((w: World) => string)> = {
  'access-token': (w) => w.inputs['access-token'] ?? '',
  'app-secret': APP_SECRET,
  'github-token': GH_WRITER,
  'vercel-token': VERCEL_TOKEN,
  // The test's own server, filled in once it is started.
  'postgres-url': '',
  'postgres-fernet-key': FERNET_KEY,
};

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** Started for the first example that keeps the token in Postgres, with the file's SQL run on it. */
let postgres: Promise<PgServer> | undefined;
after(async () => {
  await (await postgres)?.stop();
});
function databaseFor(file: string): Promise<PgServer> {
  postgres ??= startPostgres().then(async (pg) => {
    for (const sql of docSql(file)) await pg.sql.unsafe(sql);
    return pg;
  });
  return postgres;
}

const opens = (given: Record<string, string>, value: string): string =>
  given['postgres-encryption'] === 'fernet'
    ? new fernet.Token({ secret: fernetSecret, token: value, ttl: 0 }).decode()
    : value;

/**
 * Table mode: three due WhatsApp channels in the docs' table of channels (which their SQL created), their
 * tokens known to Meta and stored as the example stores them. Returns their ids.
 */
async function seedChannels(pg: PgServer, w: World, given: Record<string, string>): Promise<string[]> {
  const ids = ['doc_1', 'doc_2', 'doc_3'];
  for (const id of ids) {
    const t = token({ daysLeft: 5 });
    w.meta.addToken(t);
    const time = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    const value =
      given['postgres-encryption'] === 'fernet'
        ? new fernet.Token({ secret: fernetSecret, time }).encode(t.token)
        : t.token;
    await pg.sql`INSERT INTO "Channel" (id, type, wa_token_encrypted) VALUES (${id}, 'whatsapp', ${value})`;
  }
  return ids;
}

/** Every channel holds a token Meta minted in this run, and the audit log (when the example keeps one) says so. */
async function assertChannelsRefreshed(
  pg: PgServer,
  w: World,
  given: Record<string, string>,
  ids: string[],
): Promise<void> {
  const minted = new Set(w.meta.minted.map((t) => t.token));
  const rows = await pg.sql<Array<{ id: string; wa_token_encrypted: string }>>`
    SELECT id, wa_token_encrypted FROM "Channel" WHERE id IN ${pg.sql(ids)}`;
  assert.equal(rows.length, ids.length);
  for (const row of rows) assert.ok(minted.has(opens(given, row.wa_token_encrypted)), `${row.id} holds a new token`);
  if (given['postgres-audit-insert']) {
    const audit =
      await pg.sql`SELECT channel_id FROM token_audit WHERE channel_id IN ${pg.sql(ids)} AND outcome = 'refreshed'`;
    assert.equal(audit.length, ids.length, 'the audit log has a row per refreshed channel');
  }
}

describe('the workflows the docs show', () => {
  const examples = docWorkflows().flatMap((wf) => actionSteps(parse(wf.text)).map((step) => ({ wf, step })));

  it('the README shows at least one workflow that uses the action', () => {
    assert.ok(examples.some(({ wf }) => wf.file === 'README.md'));
  });

  for (const { wf, step } of examples) {
    it(`${wf.file}:${wf.line} (job ${step.job}, step ${step.step + 1}) refreshes into every place it names and exits 0`, async () => {
      const given = step.with;
      const repository = 'acme/app';
      const secrets = destinationsOf(given['github-secrets'] ?? '', repository);
      const projects = listOf(given['vercel-projects']).map((p) =>
        p.startsWith('prj_') ? { id: p, name: `project-${p.slice(4)}` } : { id: `prj_${p}0000000000`, name: p },
      );
      const write = {
        secrets: 'write',
        environments: 'write',
        dependabot_secrets: 'write',
        variables: 'write',
      } as const;
      const grants: Record<string, Grant> = {};
      for (const s of secrets) {
        if (s.org) grants[`org:${s.org}`] = { organization_secrets: 'write' };
        else grants[s.repo] = write;
      }
      const environments: Record<string, string[]> = {};
      for (const s of secrets) if (s.environment) (environments[s.repo] ??= []).push(s.environment);
      world = await startWorld({
        github: { tokens: { [GH_WRITER]: grants, [GH_ISSUES]: { [repository]: { issues: 'write' } } }, environments },
        ...(projects.length > 0
          ? { vercel: { projects, ...(given['vercel-team-id'] ? { teamId: given['vercel-team-id'] } : {}) } }
          : {}),
        // An Instagram Login token, old enough to refresh; the Meta fake then sees no call.
        ...(given['token-provider'] === 'instagram' ? { instagram: { current: igToken({ ageDays: 3 }) } } : {}),
        // The WhatsApp assets the example names, healthy and readable by the world's tokens.
        meta: { assets: whatsappAssets(given) },
      });
      const w = world;
      const minted = (): Array<{ token: string }> => w.instagram?.minted ?? w.meta.minted;
      const inputs: Record<string, string> = {};
      for (const [name, value] of Object.entries(given)) {
        const secret = /^\$\{\{\s*secrets\.\w+\s*\}\}$/.test(value.trim()) ? FAKE_SECRETS[name] : undefined;
        if (/\$\{\{/.test(value) && secret === undefined)
          assert.fail(`${name}: ${value} is not a secret the test can stand in for`);
        inputs[name] = secret === undefined ? value : typeof secret === 'string' ? secret : secret(w);
      }
      const pg = given['postgres-url'] === undefined ? undefined : await databaseFor(wf.file);
      // The superuser: the tables the README's SQL creates are its own.
      if (pg) inputs['postgres-url'] = pg.adminUrl;
      if (w.instagram) inputs['instagram-api-url'] = w.instagram.url;
      else inputs['app-id'] = APP_ID;
      inputs['graph-api-url'] = w.meta.url;
      if (w.vercel) inputs['vercel-api-url'] = w.vercel.url;

      const channels = pg && given['postgres-tokens-query'] ? await seedChannels(pg, w, given) : undefined;
      const run = await runAction(inputs, w.env, { context: { token: GH_ISSUES, repository } });
      assertNoLeak(run, [
        w.current.token,
        w.inputs['access-token'] ?? '',
        ...minted().map((t) => t.token),
        APP_SECRET,
        GH_WRITER,
        GH_ISSUES,
        VERCEL_TOKEN,
      ]);
      assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
      if (pg && channels) {
        await assertChannelsRefreshed(pg, w, given, channels);
        return;
      }
      const fresh = minted().at(-1)?.token;
      assert.ok(fresh, 'Meta minted a new token');
      assert.ok(secrets.length > 0, 'the example names at least one secret');
      for (const s of secrets) assert.equal(heldBy(w, s), fresh, `${JSON.stringify(s)} holds the new token`);
      for (const p of projects) {
        const key = given['vercel-env-key'] ?? 'META_ACCESS_TOKEN';
        assert.equal(w.vercel?.env(p.name, key)?.value, fresh, `Vercel ${p.name} holds the new token`);
        if (given['vercel-redeploy'] !== 'false') {
          const live = w.vercel
            ?.project(p.name)
            .deployments.filter((d) => d.source === 'redeploy')
            .at(-1);
          assert.equal(live?.readyState, 'READY', `Vercel ${p.name} was redeployed`);
          assert.equal(live.env[key], fresh, `Vercel ${p.name} runs with the new token`);
        }
      }
      const variable = given['expiry-variable'];
      if (variable && !variable.includes(':'))
        assert.equal(w.github.variable(repository, variable)?.value, run.outputs['expires-at'], 'the expiry is kept');
      if (pg && given['postgres-select']) {
        const rows = await pg.sql.unsafe(given['postgres-select']);
        assert.ok(rows.length > 0, 'the select finds the row');
        for (const row of rows) assert.equal(Object.values(row)[0], fresh, 'the Postgres row holds the new token');
      }
      assert.deepEqual(w.github.contractViolations, []);
    });
  }
});
