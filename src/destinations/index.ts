/**
 * Every kind of destination, each loaded only when the inputs configure it, once the inspection
 * is on the wire, so that its client and SDK cost the start-up nothing. Adding a kind is one entry
 * here and one file beside this one.
 */
import type { Settings } from '../inputs.ts';
import type { DestinationSet, KindContext } from './destination.ts';

interface Kind {
  configured(settings: Settings): boolean;
  /** Whether `load()` must come before the first call, to check inputs (`validate`). */
  checksInputs?: boolean;
  load(): Promise<{
    createDestinations(settings: Settings, context: KindContext): DestinationSet | Promise<DestinationSet>;
    /** The problems of inputs only the kind's own modules can judge (a SQL statement), each naming its input. */
    validate?(settings: Settings): string[];
    /** The current token, read from the kind's primary when `access-token` was not given. */
    readCurrentToken?(settings: Settings): Promise<string | undefined>;
  }>;
}

/** In the order of the report; the primary is the first destination of the first kind. */
const KINDS: Kind[] = [
  { configured: (s) => s.githubSecrets.length > 0, load: () => import('./github-secret.ts') },
  { configured: (s) => s.expiryVariable !== undefined, load: () => import('./github-variable.ts') },
  {
    configured: (s) => s.vercel.projects.length > 0 || s.vercel.deployHooks.length > 0,
    load: () => import('./vercel-env.ts'),
  },
  { configured: (s) => s.postgres !== undefined, load: () => import('./postgres.ts'), checksInputs: true },
];

/**
 * The problems of the configured kinds' own input checks, before any call. Loads only the kinds
 * that have such checks and are configured.
 */
export async function validateDestinations(settings: Settings): Promise<string[]> {
  const configured = KINDS.filter((kind) => kind.checksInputs === true && kind.configured(settings));
  const modules = await Promise.all(configured.map((kind) => kind.load()));
  return modules.flatMap((module) => module.validate?.(settings) ?? []);
}

/**
 * The destination sets `settings` configure, in the order of `KINDS`. Each is handed to
 * `created` as soon as its own module has loaded, not after the slowest kind's (a database
 * connection then starts while the SDKs of the others still load).
 */
export async function createDestinations(
  settings: Settings,
  context: KindContext,
  created: (set: DestinationSet) => void = () => undefined,
): Promise<DestinationSet[]> {
  return Promise.all(
    KINDS.filter((kind) => kind.configured(settings)).map(async (kind) => {
      const set = await (await kind.load()).createDestinations(settings, context);
      created(set);
      return set;
    }),
  );
}

/**
 * `settings` with `accessToken` filled in: as given, or read (and masked) from the primary of a
 * kind that can be read from (a Postgres row). Throws `ServiceError` when that read fails, and an
 * Error when no configured kind holds a token.
 */
export async function withCurrentToken(settings: Settings): Promise<Settings> {
  if (settings.accessToken !== '') return settings;
  for (const kind of KINDS.filter((k) => k.configured(settings))) {
    const token = await (await kind.load()).readCurrentToken?.(settings);
    if (token !== undefined) return { ...settings, accessToken: token };
  }
  throw new Error('No access-token was given and no primary holds one to read.');
}
