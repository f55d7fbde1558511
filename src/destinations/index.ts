/**
 * Every kind of destination, each loaded only when the inputs configure it, once the inspection
 * is on the wire: its client and SDK are separate chunks of `dist/`. Adding a kind is one entry
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

/** The destination sets `settings` configure. */
export async function createDestinations(settings: Settings, context: KindContext): Promise<DestinationSet[]> {
  const modules = await Promise.all(KINDS.filter((kind) => kind.configured(settings)).map((kind) => kind.load()));
  return Promise.all(modules.map((module) => Promise.resolve(module.createDestinations(settings, context))));
}
