/**
 * Bad input: each case runs the real entry point against live fakes and must fail before any
 * network call, naming the input and the fix, and writing nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseSecretDestinations, secretNameProblem } from '../src/inputs.ts';
import type { World } from './helpers/world.ts';
import { startWorld } from './helpers/world.ts';

/** [what is wrong, inputs to override, what the error must say] */
const BAD: Array<[string, Record<string, string>, RegExp]> = [
  ['empty access token', { 'access-token': '' }, /Input 'access-token' is required/],
  ['token with a space', { 'access-token': 'EAAFake abc' }, /'access-token' must be one token without spaces/],
  ['token with a newline', { 'access-token': 'EAAFake\nabc' }, /'access-token' must be one token without spaces or line breaks/],
  ['empty app id', { 'app-id': '' }, /Input 'app-id' is required/],
  ['non-numeric app id', { 'app-id': 'my-app' }, /'app-id' must be the numeric App ID/],
  ['empty app secret', { 'app-secret': '' }, /Input 'app-secret' is required/],
  ['graph version without v', { 'graph-api-version': '25.0' }, /'graph-api-version' must look like v25.0/],
  ['graph version word', { 'graph-api-version': 'latest' }, /'graph-api-version' must look like v25.0/],
  ['graph url over http', { 'graph-api-url': 'http://graph.facebook.com' }, /'graph-api-url' must use https/],
  ['graph url not a url', { 'graph-api-url': 'graph.facebook.com' }, /'graph-api-url' must be a URL/],
  ['negative days', { 'refresh-before-days': '-1' }, /'refresh-before-days' must be a whole number from 0 to 365/],
  ['fractional days', { 'refresh-before-days': '1.5' }, /'refresh-before-days' must be a whole number/],
  ['days as words', { 'refresh-before-days': 'ten' }, /'refresh-before-days' must be a whole number/],
  ['too many days', { 'refresh-before-days': '400' }, /'refresh-before-days' must be at most 365/],
  ['force yes', { force: 'yes' }, /Input 'force' must be true or false/],
  ['dry-run 1', { 'dry-run': '1' }, /Input 'dry-run' must be true or false/],
  ['timeout zero', { 'timeout-seconds': '0' }, /'timeout-seconds' must be at least 1/],
  ['scope with capitals', { 'required-scopes': 'WhatsApp' }, /'required-scopes' must list Meta permission names/],
  ['secret name with GITHUB_ prefix', { 'github-secrets': 'GITHUB_TOKEN_X' }, /'github-secrets' line 1 .*must not start with GITHUB_/],
  ['secret name with lower-case github_ prefix', { 'github-secrets': 'github_meta' }, /must not start with GITHUB_/],
  ['secret name with a leading digit', { 'github-secrets': '1TOKEN' }, /line 1 .*must not start with a digit/],
  ['secret name with a dash', { 'github-secrets': 'META-TOKEN' }, /may contain only letters, digits and underscores/],
  ['duplicate destination', { 'github-secrets': 'META_ACCESS_TOKEN\nacme/app:meta_access_token' }, /line 2 .*repeats a destination/],
  ['destination without a name', { 'github-secrets': 'acme/app:' }, /the secret name is empty/],
  ['destination with a path', { 'github-secrets': 'acme/app/x:TOKEN' }, /must be NAME or OWNER\/REPO:NAME/],
  ['destination with a bad owner', { 'github-secrets': '-acme/app:TOKEN' }, /"-acme\/app" is not a valid OWNER\/REPO/],
  ['destination with spaces', { 'github-secrets': 'acme/app: TOKEN' }, /must be NAME or OWNER\/REPO:NAME/],
  ['secrets without a github token', { 'github-token': '' }, /Input 'github-token' is required when github-secrets is set.*GITHUB_TOKEN cannot write secrets/],
  ['github token with a space', { 'github-token': 'ghp_a b' }, /'github-token' must be one token/],
  ['no destination at all', { 'github-secrets': '# only a comment\n' }, /'github-secrets' is empty/],
];

describe('bad input', () => {
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
    });
  }

  it('reports every bad input at once', async () => {
    const run = await world.run({ 'app-id': 'x', 'refresh-before-days': '-3', 'github-secrets': '1X' });
    assert.match(run.stdout, /3 inputs are not valid/);
  });

  it('needs GITHUB_REPOSITORY for a bare secret name', () => {
    const { problems } = parseSecretDestinations('TOKEN', undefined);
    assert.match(problems[0] ?? '', /GITHUB_REPOSITORY is not set/);
  });
});

describe('github-secrets parsing', () => {
  it('reads names, OWNER/REPO:NAME, comments and blank lines; upper-cases names', () => {
    const { destinations, problems } = parseSecretDestinations('# primary\nmeta_access_token\n\n  acme/api:WA_TOKEN  \n', 'acme/app');
    assert.deepEqual(problems, []);
    assert.deepEqual(destinations, [
      { repo: { owner: 'acme', repo: 'app' }, name: 'META_ACCESS_TOKEN' },
      { repo: { owner: 'acme', repo: 'api' }, name: 'WA_TOKEN' },
    ]);
  });

  it('knows GitHub secret-name rules', () => {
    assert.equal(secretNameProblem('_OK_1'), undefined);
    assert.match(secretNameProblem('GitHub_x') ?? '', /GITHUB_/);
    assert.match(secretNameProblem('9A') ?? '', /digit/);
  });
});
