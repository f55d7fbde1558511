/**
 * Every place a GitHub user keeps the token: repository, environment, Dependabot and
 * organization secrets, each sealed with its own public key, through `dist/index.js` against the
 * GitHub fake (which opens every box with the key of the place it was written to).
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { GitHubFakeOptions } from './fakes/github.ts';
import type { World } from './helpers/world.ts';
import { GH_ISSUES, GH_WRITER, startWorld, token } from './helpers/world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const ALL: GitHubFakeOptions['tokens'][string] = {
  'acme/app': { secrets: 'write', environments: 'write', dependabot_secrets: 'write' },
  'acme/api': { secrets: 'write' },
  'org:acme': { organization_secrets: 'write' },
};
const LINES = [
  'META_ACCESS_TOKEN --env "Production EU"  # the primary: the job runs in this environment',
  'acme/api:WA_TOKEN',
  'META_ACCESS_TOKEN --app dependabot',
  'META_ACCESS_TOKEN --org acme',
].join('\n');

async function start(grants = ALL, current = token()): Promise<World> {
  world = await startWorld({
    current,
    github: {
      tokens: { [GH_WRITER]: grants, [GH_ISSUES]: { 'acme/app': { issues: 'write' } } },
      environments: { 'acme/app': ['Production EU'] },
    },
  });
  return world;
}

/** What each place holds. */
function held(w: World): Record<string, string | undefined> {
  return {
    environment: w.github.secret('acme/app', 'META_ACCESS_TOKEN', { environment: 'Production EU' })?.value,
    repository: w.github.secret('acme/api', 'WA_TOKEN')?.value,
    dependabot: w.github.secret('acme/app', 'META_ACCESS_TOKEN', { dependabot: true })?.value,
    organization: w.github.orgSecret('acme', 'META_ACCESS_TOKEN')?.value,
  };
}

const puts = (w: World): string[] => w.github.requests.filter((r) => r.method === 'PUT').map((r) => r.path);

describe('GitHub secrets in every place', () => {
  it('writes an environment secret as the primary, then a repository, a Dependabot and an organization secret', async () => {
    const w = await start();
    const run = await w.run({ 'github-secrets': LINES });
    assert.equal(run.code, 0, run.stdout);
    const fresh = w.meta.minted[0]?.token;
    assert.ok(fresh);
    assert.deepEqual(held(w), { environment: fresh, repository: fresh, dependabot: fresh, organization: fresh });
    assert.equal(
      puts(w)[0],
      '/repos/acme/app/environments/Production%20EU/secrets/META_ACCESS_TOKEN',
      'the primary first',
    );
    assert.equal(
      w.github.orgSecret('acme', 'META_ACCESS_TOKEN')?.visibility,
      'private',
      'a new organization secret is private',
    );
    assert.match(
      run.summary,
      /acme\/app:META_ACCESS_TOKEN --env "Production EU" \(primary\) \| ✅ created \| new token/,
    );
    assert.match(run.summary, /META_ACCESS_TOKEN --org acme \| ✅ created/);
    assert.deepEqual(w.github.contractViolations, []);
    const reads = w.github.requests.filter((r) => r.method === 'GET' && /\/secrets\/[A-Z_]+$/.test(r.path));
    assert.deepEqual(
      reads.map((r) => r.path),
      ['/orgs/acme/actions/secrets/META_ACCESS_TOKEN'],
      'a refresh reads only the state an organization secret keeps',
    );
  });

  it("keeps an organization secret's visibility and repository selection", async () => {
    const w = await start();
    const selected = [w.github.repoId('acme/app'), w.github.repoId('acme/api')];
    w.github.seedOrgSecret('acme', 'META_ACCESS_TOKEN', 'EAAFakeOlderOrgToken000000000000000', {
      visibility: 'selected',
      selectedRepositoryIds: selected,
    });
    // A round trip of 400 ms puts each request in its round, whatever this machine's load (at 200 ms,
    // loading the GitHub client on a busy machine could push the selection read past the verification).
    for (const fake of [w.meta, w.github]) fake.latencyMs = 400;
    const run = await w.run({ 'github-secrets': 'META_ACCESS_TOKEN\nMETA_ACCESS_TOKEN --org acme' });
    assert.equal(run.code, 0, run.stdout);
    const org = w.github.orgSecret('acme', 'META_ACCESS_TOKEN');
    assert.equal(org?.value, w.meta.minted[0]?.token);
    assert.equal(org?.visibility, 'selected');
    assert.deepEqual([...(org?.selected_repository_ids ?? [])].sort(), [...selected].sort());
    // The reads its write needs are made while Meta mints and verifies the token, not after it.
    const verified = w.meta.requests.find((r) => r.query.get('input_token') === w.meta.minted[0]?.token);
    const selection = w.github.requests.find((r) => r.path.endsWith('/META_ACCESS_TOKEN/repositories'));
    assert.ok(verified && selection && selection.at < verified.at, 'the selection is read before the verification');
  });

  it('sets --visibility only on a new organization secret, and warns when an existing one differs', async () => {
    const w = await start();
    const selected = [w.github.repoId('acme/app'), w.github.repoId('acme/api')];
    w.github.seedOrgSecret('acme', 'META_ACCESS_TOKEN', 'EAAFakeOlderOrgToken000000000000000', {
      visibility: 'selected',
      selectedRepositoryIds: selected,
    });
    const run = await w.run({
      'github-secrets':
        'META_ACCESS_TOKEN\nMETA_ACCESS_TOKEN --org acme --visibility private\nWA_TOKEN --org acme --visibility all',
    });
    assert.equal(run.code, 0, run.stdout);
    const fresh = w.meta.minted[0]?.token;
    const kept = w.github.orgSecret('acme', 'META_ACCESS_TOKEN');
    assert.equal(kept?.value, fresh);
    assert.equal(kept?.visibility, 'selected', 'an existing secret keeps its visibility');
    assert.deepEqual([...(kept?.selected_repository_ids ?? [])].sort(), [...selected].sort());
    const created = w.github.orgSecret('acme', 'WA_TOKEN');
    assert.equal(created?.value, fresh);
    assert.equal(created?.visibility, 'all', 'a new secret gets the configured visibility');
    const warning = /META_ACCESS_TOKEN of acme is selected, not private/;
    assert.match(run.stdout, new RegExp(`::warning::.*${warning.source}`));
    assert.match(run.summary, warning);
    assert.doesNotMatch(run.stdout, /WA_TOKEN of acme is/, 'no warning for the secret created as configured');
    assert.deepEqual(w.github.contractViolations, []);
  });

  for (const [place, line, grants, permission] of [
    [
      'an environment secret',
      'META_ACCESS_TOKEN --env "Production EU"',
      { ...ALL, 'acme/app': { secrets: 'write' } },
      /Environments: (read|write)/,
    ],
    [
      'a Dependabot secret',
      'META_ACCESS_TOKEN --app dependabot',
      { ...ALL, 'acme/app': { secrets: 'write' } },
      /Dependabot Secrets: (read|write)/,
    ],
    [
      'an organization secret',
      'META_ACCESS_TOKEN --org acme',
      { ...ALL, 'org:acme': {} },
      /Organization Secrets: (read|write)/,
    ],
  ] as const) {
    it(`names the missing permission for ${place} (403)`, async () => {
      const w = await start(grants);
      w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', w.current.token);
      const run = await w.run({ 'github-secrets': `META_ACCESS_TOKEN\n${line}` });
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stdout, /HTTP 403/);
      assert.match(run.stdout, permission);
    });
  }

  for (const [place, path] of [
    ['environment', /\/environments\/.*\/secrets\/META_ACCESS_TOKEN$/],
    ['repository', /^\/repos\/acme\/api\/actions\/secrets\/WA_TOKEN$/],
    ['Dependabot', /\/dependabot\/secrets\/META_ACCESS_TOKEN$/],
    ['organization', /^\/orgs\/acme\/actions\/secrets\/META_ACCESS_TOKEN$/],
  ] as const) {
    it(`converges after a failed write of the ${place} secret`, async () => {
      const w = await start();
      // The primary is a repository secret here, so that every other place can fail on its own.
      const lines = `META_ACCESS_TOKEN\n${LINES.split('\n').slice(1).join('\n')}\nMETA_ACCESS_TOKEN --env "Production EU"`;
      w.github.inject({
        method: 'PUT',
        path,
        fault: { kind: 'status', status: 403, body: { message: 'Resource not accessible by personal access token' } },
      });
      const first = await w.run({ 'github-secrets': lines });
      assert.equal(first.code, 1, first.stdout);
      w.github.clearFaults();
      const primary = w.github.secret('acme/app', 'META_ACCESS_TOKEN')?.value ?? '';
      const before = puts(w).length;
      const second = await w.run({ 'github-secrets': lines, 'access-token': primary });
      assert.equal(second.code, 0, second.stdout);
      assert.deepEqual(
        puts(w)
          .slice(before)
          .filter((p) => !path.test(p)),
        [],
        'only the place that missed the token is written',
      );
      assert.deepEqual(held(w), {
        environment: primary,
        repository: primary,
        dependabot: primary,
        organization: primary,
      });
    });
  }

  it('compares an environment primary with the others when Meta gives no issued_at', async () => {
    const w = await start(ALL, token({ daysLeft: 40, issuedAt: undefined }));
    const hourAgo = new Date(Date.now() - 3_600_000);
    w.github.seedSecret('acme/app', 'META_ACCESS_TOKEN', w.current.token, { environment: 'Production EU' });
    w.github.seedSecret('acme/api', 'WA_TOKEN', 'EAAFakeOlderTokenThatWasReplaced000000', hourAgo);
    const run = await w.run({ 'github-secrets': 'META_ACCESS_TOKEN --env "Production EU"\nacme/api:WA_TOKEN' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(w.github.secret('acme/api', 'WA_TOKEN')?.value, w.current.token);
  });
});
