/**
 * Bad input: each case runs the real entry point against live fakes and must fail before any
 * network call, naming the input and the fix, and writing nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listItems, uncomment } from '../src/inputs/common.ts';
import { parseSecretDestinations, secretNameProblem } from '../src/inputs/github-secrets.ts';
import { MODE_INPUT_DEFAULTS } from '../src/inputs/modes.ts';
import { actionMetadata } from './helpers/action.ts';
import type { World } from './helpers/world.ts';
import { startWorld } from './helpers/world.ts';

/** [what is wrong, inputs to override, what the error must say] */
const BAD: Array<[string, Record<string, string>, RegExp]> = [
  ['empty access token', { 'access-token': '' }, /Input 'access-token' is required/],
  ['token with a space', { 'access-token': 'EAAFake abc' }, /'access-token' must be one token without spaces/],
  [
    'token with a newline',
    { 'access-token': 'EAAFake\nabc' },
    /'access-token' must be one token without spaces or line breaks/,
  ],
  ['empty app id', { 'app-id': '' }, /Input 'app-id' is required/],
  ['non-numeric app id', { 'app-id': 'my-app' }, /'app-id' must be the numeric App ID/],
  ['empty app secret', { 'app-secret': '' }, /Input 'app-secret' is required/],
  ['graph version without v', { 'graph-api-version': '25.0' }, /'graph-api-version' must look like v25.0/],
  ['graph version word', { 'graph-api-version': 'latest' }, /'graph-api-version' must look like v25.0/],
  ['graph url over http', { 'graph-api-url': 'http://graph.facebook.com' }, /'graph-api-url' must use https/],
  ['graph url not a url', { 'graph-api-url': 'graph.facebook.com' }, /'graph-api-url' must be a URL/],
  ['negative days', { 'refresh-before-days': '-1' }, /'refresh-before-days' must be a whole number from 1 to 365/],
  ['fractional days', { 'refresh-before-days': '1.5' }, /'refresh-before-days' must be a whole number/],
  ['days as words', { 'refresh-before-days': 'ten' }, /'refresh-before-days' must be a whole number/],
  ['too many days', { 'refresh-before-days': '400' }, /'refresh-before-days' must be at most 365/],
  ['force yes', { force: 'yes' }, /Input 'force' must be true or false/],
  ['dry-run 1', { 'dry-run': '1' }, /Input 'dry-run' must be true or false/],
  ['timeout zero', { 'timeout-seconds': '0' }, /'timeout-seconds' must be at least 1/],
  ['scope with capitals', { 'required-scopes': 'WhatsApp' }, /'required-scopes' must list Meta permission names/],
  [
    'secret name with GITHUB_ prefix',
    { 'github-secrets': 'GITHUB_TOKEN_X' },
    /'github-secrets' line 1 .*must not start with GITHUB_/,
  ],
  ['secret name with lower-case github_ prefix', { 'github-secrets': 'github_meta' }, /must not start with GITHUB_/],
  ['secret name with a leading digit', { 'github-secrets': '1TOKEN' }, /line 1 .*must not start with a digit/],
  ['secret name with a dash', { 'github-secrets': 'META-TOKEN' }, /may contain only letters, digits and underscores/],
  [
    'duplicate destination',
    { 'github-secrets': 'META_ACCESS_TOKEN\nacme/app:meta_access_token' },
    /line 2 .*repeats a destination/,
  ],
  ['destination without a name', { 'github-secrets': 'acme/app:' }, /the secret name is empty/],
  ['destination with a path', { 'github-secrets': 'acme/app/x:TOKEN' }, /must be NAME or OWNER\/REPO:NAME/],
  ['destination with a bad owner', { 'github-secrets': '-acme/app:TOKEN' }, /"-acme\/app" is not a valid OWNER\/REPO/],
  ['destination with spaces', { 'github-secrets': 'acme/app: TOKEN' }, /must be NAME or OWNER\/REPO:NAME/],
  [
    'secrets without a github token',
    { 'github-token': '' },
    /Input 'github-token' is required when github-secrets is set.*GITHUB_TOKEN cannot write secrets/,
  ],
  ['github token with a space', { 'github-token': 'ghp_a b' }, /'github-token' must be one token/],
  ['no destination at all', { 'github-secrets': '# only a comment\n' }, /'github-secrets' is empty/],
  ['run budget too small', { 'run-timeout-seconds': '5' }, /'run-timeout-seconds' must be at least 10/],
  [
    'Vercel projects without a token',
    { 'vercel-projects': 'web' },
    /Input 'vercel-token' is required when vercel-projects is set/,
  ],
  [
    'Vercel project with a space',
    { 'vercel-token': 'vercel_x_000000', 'vercel-projects': 'my web' },
    /'vercel-projects' must list project ids/,
  ],
  [
    'Vercel project listed twice',
    { 'vercel-token': 'vercel_x_000000', 'vercel-projects': 'web, WEB' },
    /'vercel-projects' lists a project twice/,
  ],
  [
    'unknown Vercel target',
    { 'vercel-env-targets': 'production,staging' },
    /'vercel-env-targets' must list production, preview and\/or development/,
  ],
  ['no Vercel target', { 'vercel-env-targets': ' , ' }, /'vercel-env-targets' must name at least one/],
  [
    'sensitive + development',
    { 'vercel-env-targets': 'production,development' },
    /Vercel cannot make a development variable sensitive.*vercel-env-type: encrypted/,
  ],
  ['unknown Vercel variable type', { 'vercel-env-type': 'plain' }, /'vercel-env-type' must be sensitive or encrypted/],
  ['Vercel variable name with a dash', { 'vercel-env-key': 'META-TOKEN' }, /'vercel-env-key' must be a variable name/],
  ['Vercel team id that is a slug', { 'vercel-team-id': 'acme' }, /'vercel-team-id' must be a team id such as team_/],
  [
    'deploy hook over http',
    { 'vercel-deploy-hooks': 'http://api.vercel.com/v1/integrations/deploy/prj_1/abc' },
    /'vercel-deploy-hooks' must use https/,
  ],
  ['deploy hook that is not a URL', { 'vercel-deploy-hooks': 'prj_1/abc' }, /'vercel-deploy-hooks' must be a URL/],
  [
    'wait longer than the run',
    {
      'vercel-token': 'vercel_x_000000',
      'vercel-projects': 'web',
      'vercel-wait-seconds': '1000',
      'run-timeout-seconds': '900',
    },
    /the wait for a deployment must fit inside the run/,
  ],
  ['poll interval zero', { 'vercel-poll-seconds': '0' }, /'vercel-poll-seconds' must be at least 0.01/],
  ['Vercel API over http', { 'vercel-api-url': 'http://api.vercel.com' }, /'vercel-api-url' must use https/],
  ['issue repository without owner', { 'issue-repository': 'app' }, /'issue-repository' must be OWNER\/REPO/],
  ['issue label too long', { 'issue-label': 'x'.repeat(51) }, /'issue-label' must be at most 50 characters/],
  ['issue assignee with a space', { 'issue-assignees': 'octo cat' }, /'issue-assignees' must list GitHub logins/],
  ['issue-on-failure maybe', { 'issue-on-failure': 'maybe' }, /'issue-on-failure' must be true or false/],
  [
    'an unknown flag on a secret line',
    { 'github-secrets': 'META_ACCESS_TOKEN --environment prod' },
    /line 1 .*must be NAME or OWNER\/REPO:NAME, optionally followed by --env/,
  ],
  [
    'a flag without its value',
    { 'github-secrets': 'META_ACCESS_TOKEN --env' },
    /line 1 .*optionally followed by --env/,
  ],
  [
    'an organization secret with a repository',
    { 'github-secrets': 'acme/app:TOKEN --org acme' },
    /--org takes the secret NAME alone/,
  ],
  [
    'an environment for Dependabot',
    { 'github-secrets': 'TOKEN --env prod --app dependabot' },
    /Dependabot has no environment secrets/,
  ],
  ['an unknown app', { 'github-secrets': 'TOKEN --app codespaces' }, /--app must be actions or dependabot/],
  [
    'a visibility without --org',
    { 'github-secrets': 'TOKEN --visibility all' },
    /--visibility applies to organization secrets/,
  ],
  [
    'an unknown visibility',
    { 'github-secrets': 'TOKEN --org acme --visibility public' },
    /--visibility must be all, private or selected/,
  ],
  ['a bad organization name', { 'github-secrets': 'TOKEN --org -acme' }, /"-acme" is not a valid organization name/],
  [
    'the same environment secret twice',
    { 'github-secrets': 'TOKEN --env prod\ntoken --env PROD' },
    /line 2 .*repeats a destination/,
  ],
  [
    'refresh-before-days 0, which never refreshes',
    { 'refresh-before-days': '0' },
    /'refresh-before-days' must be at least 1/,
  ],
  ['issue label with a comma', { 'issue-label': 'meta,token' }, /'issue-label' must not contain a comma/],
  [
    'graph url with a password',
    { 'graph-api-url': 'https://user:hunter2pass@graph.facebook.com' },
    /'graph-api-url' must not contain a user name or password/,
  ],
  [
    'graph url with a query',
    { 'graph-api-url': 'https://graph.facebook.com?access_token=x' },
    /'graph-api-url' must not contain a query/,
  ],
  [
    'graph url with a fragment',
    { 'graph-api-url': 'https://graph.facebook.com#v25' },
    /'graph-api-url' must not contain a fragment/,
  ],
  [
    'Vercel API with credentials',
    { 'vercel-api-url': 'https://me:hunter2pass@api.vercel.com' },
    /'vercel-api-url' must not contain a user name or password/,
  ],
  [
    'Vercel API with a query',
    { 'vercel-api-url': 'https://api.vercel.com/?teamId=team_1' },
    /'vercel-api-url' must not contain a query/,
  ],
  [
    'deploy hook with credentials',
    { 'vercel-deploy-hooks': 'https://me:hunter2pass@api.vercel.com/v1/integrations/deploy/prj_1/abc' },
    /'vercel-deploy-hooks' must not contain a user name or password/,
  ],
  [
    'deploy hook with a fragment, not a comment',
    { 'vercel-deploy-hooks': 'https://api.vercel.com/v1/integrations/deploy/prj_1/abc#prod' },
    /'vercel-deploy-hooks' must not contain a fragment .*a comment needs a space before the #/,
  ],
  // Inputs a single token (no postgres-tokens-query) ignores.
  [
    'concurrency outside table mode',
    { concurrency: '8' },
    /Input 'concurrency' applies only with postgres-tokens-query \(table mode\): leave it out/,
  ],
  [
    'a CA certificate without postgres-url',
    { 'postgres-ca-cert': '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----' },
    /Input 'postgres-ca-cert' is set, but postgres-url is not/,
  ],
  [
    'Fernet without postgres-url',
    { 'postgres-encryption': 'fernet', 'postgres-fernet-key': Buffer.alloc(32, 1).toString('base64url') + '=' },
    /Input 'postgres-encryption' is set, but postgres-url is not/,
  ],
  [
    'expected rows without postgres-url',
    { 'postgres-expected-rows': '2' },
    /Input 'postgres-expected-rows' is set, but postgres-url is not/,
  ],
];

/** Parts of bad URLs that must never be echoed. */
const NEVER_ECHOED = ['hunter2pass', 'access_token=x'];

describe('bad input', () => {
  it('has a case for at least 30 bad inputs', () => {
    assert.ok(BAD.length >= 30, `${BAD.length} cases`);
  });

  let world: World;
  before(async () => {
    world = await startWorld();
  });
  after(async () => {
    await world.close();
  });

  for (const [what, inputs, expected] of BAD) {
    it(`rejects ${what} before any network call`, async () => {
      const before = world.calls().length;
      const run = await world.run(inputs);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /::error::.*not valid; nothing was changed/);
      assert.match(run.stdout, expected);
      assert.equal(world.calls().length, before, 'no request reached a fake');
      assert.equal(run.outputs.status, 'failed');
      const printed = `${run.stdout.replace(/^::add-mask::.*$/gm, '')}${run.stderr}${run.summary}`;
      for (const part of NEVER_ECHOED) assert.ok(!printed.includes(part), `echoed ${part}`);
    });
  }

  it('reports every bad input at once', async () => {
    const run = await world.run({ 'app-id': 'x', 'refresh-before-days': '-3', 'github-secrets': '1X' });
    assert.match(run.stdout, /3 inputs are not valid/);
  });

  it('takes a run timeout under the default Vercel wait when no project is redeployed', async () => {
    const run = await world.run({ 'run-timeout-seconds': '120' });
    assert.equal(run.code, 0, run.stdout);
  });

  it("takes table mode's and the row's inputs left at action.yml's default, however written", async () => {
    const run = await world.run({ concurrency: '04', 'postgres-expected-rows': '1' });
    assert.equal(run.code, 0, run.stdout);
  });

  it("knows action.yml's default of every input a mode ignores", () => {
    const declared = actionMetadata().inputs;
    for (const [name, value] of Object.entries(MODE_INPUT_DEFAULTS))
      assert.equal(value, declared[name]?.default ?? '', `${name}'s default`);
  });

  it('needs GITHUB_REPOSITORY for a bare secret name', () => {
    const { problems } = parseSecretDestinations('TOKEN', undefined);
    assert.match(problems[0] ?? '', /GITHUB_REPOSITORY is not set/);
  });
});

describe('comments in list inputs', () => {
  it('drops a trailing comment after a space, keeps a # glued to a value', () => {
    assert.deepEqual(listItems('web   # the site\nprj_1, api # two more\n# a whole line\n'), ['web', 'prj_1', 'api']);
    assert.deepEqual(listItems('https://h.example/a#frag # prod'), ['https://h.example/a#frag']);
    assert.equal(uncomment('\t# only a comment'), '');
  });

  it('reads trailing comments in github-secrets', () => {
    const { destinations, problems } = parseSecretDestinations(
      'META_ACCESS_TOKEN   # primary\nacme/api:WA_TOKEN\t# other repo',
      'acme/app',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(
      destinations.map((d) => d.name),
      ['META_ACCESS_TOKEN', 'WA_TOKEN'],
    );
  });

  it('runs with a trailing comment in every list input', async () => {
    const world = await startWorld({ vercel: { projects: [{ id: 'prj_c0mment000000000000000001', name: 'web' }] } });
    try {
      const run = await world.run({
        'github-secrets': 'META_ACCESS_TOKEN   # primary\nacme/api:WA_TOKEN # another repository',
        'vercel-projects': 'web # the site',
        'vercel-env-targets': 'production, preview # not development: sensitive',
        'required-scopes': 'whatsapp_business_messaging # sends\nwhatsapp_business_management # templates',
        'issue-assignees': 'octocat # on call',
      });
      assert.equal(run.code, 0, run.stdout);
      const fresh = world.meta.minted[0]?.token;
      assert.equal(world.github.secret('acme/api', 'WA_TOKEN')?.value, fresh);
      assert.equal(world.vercel?.env('web', 'META_ACCESS_TOKEN')?.value, fresh);
    } finally {
      await world.close();
    }
  });
});

describe('github-secrets parsing', () => {
  it('reads names, OWNER/REPO:NAME, comments and blank lines; upper-cases names', () => {
    const { destinations, problems } = parseSecretDestinations(
      '# primary\nmeta_access_token\n\n  acme/api:WA_TOKEN  \n',
      'acme/app',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(destinations, [
      { scope: { kind: 'repository', repo: { owner: 'acme', repo: 'app' } }, name: 'META_ACCESS_TOKEN' },
      { scope: { kind: 'repository', repo: { owner: 'acme', repo: 'api' } }, name: 'WA_TOKEN' },
    ]);
  });

  it('knows GitHub secret-name rules', () => {
    assert.equal(secretNameProblem('_OK_1'), undefined);
    assert.match(secretNameProblem('GitHub_x') ?? '', /GITHUB_/);
    assert.match(secretNameProblem('9A') ?? '', /digit/);
  });
});
