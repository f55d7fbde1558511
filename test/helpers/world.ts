/**
 * A small world for end-to-end tests: a Meta fake and a GitHub fake seeded with one app, one
 * token and repositories, plus the inputs that point the action at them.
 */
import type { GitHubFake, GitHubFakeOptions } from '../fakes/github.ts';
import { startGitHubFake } from '../fakes/github.ts';
import type { FakeToken, MetaFake, MetaFakeOptions } from '../fakes/meta.ts';
import { startMetaFake } from '../fakes/meta.ts';
import type { ActionRun } from './action.ts';
import { runAction } from './action.ts';
import { assertNoLeak } from './leaks.ts';

export const APP_ID = '634974688087057';
export const APP_SECRET = 'fakeappsecret0123456789abcdef0123';
export const GH_WRITER = 'github_pat_fake_writer_0000000000';
export const WHATSAPP_SCOPES = ['whatsapp_business_management', 'whatsapp_business_messaging'];
export const DAY = 86_400;

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/**
 * A token of the world's app: an expiring system-user token with `daysLeft` days left (and an
 * hour, so the count does not depend on when in the second the action runs), unless overridden.
 */
export function token(overrides: Partial<FakeToken> & { daysLeft?: number } = {}): FakeToken {
  const { daysLeft = 10, ...rest } = overrides;
  return {
    token: `EAAFakeOld${Math.random().toString(36).slice(2)}${'x'.repeat(30)}`,
    appId: APP_ID,
    type: 'SYSTEM_USER',
    expiresAt: nowSeconds() + daysLeft * DAY + 3600,
    issuedAt: nowSeconds() - 50 * DAY,
    scopes: WHATSAPP_SCOPES,
    userId: '104169029247128',
    ...rest,
  };
}

export interface World {
  meta: MetaFake;
  github: GitHubFake;
  current: FakeToken;
  /** Inputs for the action, pointing at the fakes. */
  inputs: Record<string, string>;
  env: Record<string, string>;
  /** Runs the action with the world's inputs (plus `inputs`) and checks that nothing leaked. */
  run(inputs?: Record<string, string>): Promise<ActionRun>;
  /** Requests the action made to either fake, as `METHOD path`. */
  calls(): string[];
  close(): Promise<void>;
}

export async function startWorld(options: { current?: FakeToken; meta?: Partial<MetaFakeOptions>; github?: Partial<GitHubFakeOptions> } = {}): Promise<World> {
  const current = options.current ?? token();
  const meta = await startMetaFake({ apps: { [APP_ID]: { secret: APP_SECRET, name: 'Lucky Shrub' } }, tokens: [current], ...options.meta });
  const github = await startGitHubFake({
    tokens: { [GH_WRITER]: { 'acme/app': { secrets: 'write', issues: 'write' }, 'acme/api': { secrets: 'write' } } },
    ...options.github,
  });
  const inputs = {
    'access-token': current.token,
    'app-id': APP_ID,
    'app-secret': APP_SECRET,
    'graph-api-url': meta.url,
    'github-token': GH_WRITER,
    'github-secrets': 'META_ACCESS_TOKEN\nacme/api:WA_TOKEN',
  };
  const env = { GITHUB_API_URL: github.url };
  const world: World = {
    meta,
    github,
    current,
    inputs,
    env,
    async run(extra = {}) {
      const run = await runAction({ ...inputs, ...extra }, env);
      const secrets = [current.token, APP_SECRET, GH_WRITER, ...meta.minted.map((t) => t.token)];
      assertNoLeak(run, secrets);
      return run;
    },
    calls() {
      return [...meta.requests, ...github.requests].map((r) => `${r.method} ${r.path}`);
    },
    async close() {
      await Promise.all([meta.close(), github.close()]);
    },
  };
  return world;
}
