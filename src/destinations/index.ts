/**
 * Every kind of destination, each loaded only when the inputs configure it, once the inspection
 * is on the wire: its client and SDK are separate chunks of `dist/`. Adding a kind is one entry
 * here and one file beside this one.
 */
import type { Settings } from '../inputs.ts';
import type { DestinationSet, KindContext } from './destination.ts';

interface Kind {
  configured(settings: Settings): boolean;
  load(): Promise<{
    createDestinations(settings: Settings, context: KindContext): DestinationSet | Promise<DestinationSet>;
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
];

/** The destination sets `settings` configure. */
export async function createDestinations(settings: Settings, context: KindContext): Promise<DestinationSet[]> {
  const modules = await Promise.all(KINDS.filter((kind) => kind.configured(settings)).map((kind) => kind.load()));
  return Promise.all(modules.map((module) => Promise.resolve(module.createDestinations(settings, context))));
}
