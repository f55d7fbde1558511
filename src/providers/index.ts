/**
 * The token provider the inputs call for. Facebook Login tokens are the only kind so far;
 * adding a kind is one entry here and one file beside this one.
 */
import type { Settings } from '../inputs.ts';
import { createMetaProvider } from './meta.ts';
import type { TokenProvider } from './provider.ts';

/** The provider for `settings`' token. */
export function createProvider(settings: Settings): TokenProvider {
  return createMetaProvider(settings);
}
