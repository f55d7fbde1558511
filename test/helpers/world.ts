/**
 * A small world for end-to-end tests: a Meta fake and a GitHub fake seeded with one app, one
 * token and repositories, plus the inputs that point the action at them. With `instagram`, the
 * token is an Instagram Login token on the Instagram fake, and no app id or secret is given.
 */
import type { GitHubFake, GitHubFakeOptions } from '../fakes/github.ts';
import { startGitHubFake } from '../fakes/github.ts';
import type { FakeIgToken, InstagramFake, InstagramFakeOptions } from '../fakes/instagram.ts';
import { startInstagramFake } from '../fakes/instagram.ts';
import type { FakeToken, MetaFake, MetaFakeOptions } from '../fakes/meta.ts';
import { startMetaFake } from '../fakes/meta.ts';
import type { VercelFake, VercelFakeOptions } from '../fakes/vercel.ts';
import { startVercelFake } from '../fakes/vercel.ts';
import type { ActionRun } from './action.ts';
import { runAction } from './action.ts';
import { assertNoLeak, assertRequestsClean } from './leaks.ts';

export const APP_ID = '634974688087057';
export const APP_SECRET = 'fakeappsecret0123456789abcdef0123';
export const GH_WRITER = 'github_pat_fake_writer_0000000000';
/** The workflow's GITHUB_TOKEN: issues only. */
export const GH_ISSUES = 'ghs_fake_workflow_token_000000000';
export const VERCEL_TOKEN = 'vercel_fake_token_00000000000000';
export const TEAM_ID = 'team_fake0team0001';
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
  /** Started when the world has Vercel projects. */
  vercel: VercelFake | undefined;
  /** Started when the world's token is an Instagram Login token. */
  instagram: InstagramFake | undefined;
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

export interface WorldOptions {
  current?: FakeToken;
  meta?: Partial<MetaFakeOptions>;
  github?: Partial<GitHubFakeOptions>;
  /** Vercel projects (team-scoped to TEAM_ID); the Vercel inputs are set when given. */
  vercel?: Partial<VercelFakeOptions>;
  /** An Instagram Login token as the current one (the Meta fake then knows none of its tokens). */
  instagram?: { current: FakeIgToken } & Partial<InstagramFakeOptions>;
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const current = options.current ?? token();
  const meta = await startMetaFake({
    apps: { [APP_ID]: { secret: APP_SECRET, name: 'Lucky Shrub' } },
    tokens: [current],
    ...options.meta,
  });
  const github = await startGitHubFake({
    tokens: {
      [GH_WRITER]: { 'acme/app': { secrets: 'write' }, 'acme/api': { secrets: 'write' } },
      [GH_ISSUES]: { 'acme/app': { issues: 'write' } },
    },
    ...options.github,
  });
  const vercel = options.vercel
    ? await startVercelFake({ token: VERCEL_TOKEN, teamId: TEAM_ID, projects: [], ...options.vercel })
    : undefined;
  const ig = options.instagram;
  const instagram = ig ? await startInstagramFake({ tokens: [ig.current], ...ig }) : undefined;
  const inputs: Record<string, string> = {
    'access-token': current.token,
    'app-id': APP_ID,
    'app-secret': APP_SECRET,
    'graph-api-url': meta.url,
    'github-token': GH_WRITER,
    'github-secrets': 'META_ACCESS_TOKEN\nacme/api:WA_TOKEN',
  };
  if (ig && instagram) {
    Object.assign(inputs, { 'access-token': ig.current.token, 'instagram-api-url': instagram.url });
    delete inputs['app-id'];
    delete inputs['app-secret'];
  }
  if (vercel) {
    Object.assign(inputs, {
      'vercel-token': VERCEL_TOKEN,
      'vercel-team-id': TEAM_ID,
      'vercel-projects': (options.vercel?.projects ?? []).map((p) => p.name).join('\n'),
      'vercel-api-url': vercel.url,
      'vercel-poll-seconds': '0.01',
    });
  }
  const env = { GITHUB_API_URL: github.url };
  const world: World = {
    meta,
    github,
    vercel,
    instagram,
    current,
    inputs,
    env,
    async run(extra = {}) {
      const all = { ...inputs, ...extra };
      const seen = {
        meta: meta.requests.length,
        github: github.requests.length,
        vercel: vercel?.requests.length ?? 0,
        instagram: instagram?.requests.length ?? 0,
      };
      // GH_ISSUES is the job's own GITHUB_TOKEN: issue-token gets it from its declared default.
      const run = await runAction(all, env, { context: { token: GH_ISSUES } });
      const hooks = (all['vercel-deploy-hooks'] ?? '').split('\n').filter(Boolean);
      const metaTokens = [
        current.token,
        all['access-token'] ?? '',
        ...meta.minted.map((t) => t.token),
        ...(instagram ? [...instagram.tokens.keys(), ...instagram.minted.map((t) => t.token)] : []),
      ];
      const secrets = [...metaTokens, APP_SECRET, GH_WRITER, GH_ISSUES, VERCEL_TOKEN, ...hooks];
      const issues = github
        .issues('acme/app')
        .flatMap((i) => [i.title, i.body ?? '', ...i.comments.map((c) => c.body)]);
      assertNoLeak(run, secrets, { 'issues and comments': issues.join('\n') });
      // Each service sees only its own credentials; a Meta token goes to Meta, and to Vercel
      // only as the value of the variable it upserts; the app secret goes to Meta alone.
      assertRequestsClean('Meta', meta.requests.slice(seen.meta), () => [GH_WRITER, GH_ISSUES, VERCEL_TOKEN, ...hooks]);
      // graph.instagram.com never sees the app secret: the Instagram token is its own credential.
      assertRequestsClean('Instagram', instagram?.requests.slice(seen.instagram) ?? [], () => [
        APP_SECRET,
        GH_WRITER,
        GH_ISSUES,
        VERCEL_TOKEN,
        ...hooks,
      ]);
      assertRequestsClean('GitHub', github.requests.slice(seen.github), () => [
        ...metaTokens,
        APP_SECRET,
        VERCEL_TOKEN,
        ...hooks,
      ]);
      assertRequestsClean('Vercel', vercel?.requests.slice(seen.vercel) ?? [], (req) => [
        APP_SECRET,
        GH_WRITER,
        GH_ISSUES,
        ...(req.method === 'POST' && req.path.endsWith('/env') ? [] : metaTokens),
        ...(req.path.startsWith('/v1/integrations/deploy/') ? [] : hooks),
      ]);
      return run;
    },
    calls() {
      return [...meta.requests, ...github.requests, ...(vercel?.requests ?? []), ...(instagram?.requests ?? [])].map(
        (r) => `${r.method} ${r.path}`,
      );
    },
    async close() {
      await Promise.all([meta.close(), github.close(), vercel?.close(), instagram?.close()]);
    },
  };
  return world;
}
