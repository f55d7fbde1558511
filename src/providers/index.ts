/**
 * The token provider the inputs call for: Facebook Login tokens (`meta.ts`) or Instagram Login
 * tokens (`instagram.ts`). Adding a kind is one entry here and one file beside this one.
 */
import { InputError } from '../errors.ts';
import type { Settings } from '../inputs.ts';
import { appProblems, notValid, providerFor, whatsappProblems } from '../inputs.ts';
import type { ExpiryRecord } from './instagram.ts';
import { createInstagramProvider, parseExpiryRecord } from './instagram.ts';
import { createMetaProvider } from './meta.ts';
import type { TokenProvider } from './provider.ts';

/**
 * The provider for `settings`' token (`token-provider`; `auto` goes by the token's prefix).
 * Throws `InputError` when `auto` cannot tell, or a Facebook token comes without app-id and
 * app-secret: checked here too because a token read from a Postgres row is known only now.
 */
export function createProvider(settings: Settings): TokenProvider {
  const kind = providerFor(settings.tokenProvider, settings.accessToken);
  if (kind === 'instagram') {
    const wa = whatsappProblems(settings.whatsapp.phoneNumberIds, settings.whatsapp.businessAccountId);
    if (wa.length > 0) throw new InputError(notValid(wa));
    return createInstagramProvider(settings, () => readExpiryRecord(settings));
  }
  if (typeof kind === 'object') throw new InputError(notValid([`Input 'token-provider' ${kind.problem}`]));
  const missing = appProblems(settings.appId, settings.appSecret);
  if (missing.length > 0) throw new InputError(notValid(missing));
  return createMetaProvider(settings);
}

/** The provider whose advice a failure gives before the token is known: the one set, Facebook's for `auto`. */
export function adviceProvider(settings: Settings): TokenProvider {
  return settings.tokenProvider === 'instagram'
    ? createInstagramProvider(settings, () => Promise.resolve(undefined))
    : createMetaProvider(settings);
}

/**
 * The expiry `expiry-variable` keeps, with the time it was written; undefined when none is set or
 * it does not exist.
 */
async function readExpiryRecord(settings: Settings): Promise<ExpiryRecord | undefined> {
  const variable = settings.expiryVariable;
  if (!variable || !settings.githubToken) return undefined;
  const gh = await import('../clients/github.ts');
  const octokit = gh.createOctokit(settings.githubToken, {
    baseUrl: settings.githubApiUrl,
    timeoutMs: settings.timeoutMs,
  });
  const current = await gh.getVariable(octokit, variable.repo, variable.name);
  return current === 'missing' ? undefined : parseExpiryRecord(current.value, current.updatedAt);
}

/** Which provider `auto` picked, for the log; undefined when `token-provider` named it. */
export function pickedProvider(settings: Settings, provider: TokenProvider): string | undefined {
  if (settings.tokenProvider !== 'auto') return undefined;
  return provider.id === 'instagram'
    ? 'token-provider auto: an Instagram Login token (IGAA/IGQV), refreshed with ig_refresh_token.'
    : 'token-provider auto: a Facebook Login token (EAA), refreshed with fb_exchange_token.';
}

/** What the summary says of the provider: what Meta does not tell of an Instagram token, and what that costs. */
export function providerNotes(settings: Settings, provider: TokenProvider): string[] {
  if (provider.id !== 'instagram') return [];
  return [
    ...(settings.expiryVariable
      ? []
      : [
          'Meta reports no expiry for Instagram Login tokens, and no expiry-variable is set to keep the one each ' +
            'refresh returns: the token is refreshed on every run (Meta refuses tokens under 24 hours old, which ' +
            'counts as not due). Set expiry-variable, e.g. META_TOKEN_EXPIRES_AT.',
        ]),
    ...(settings.requiredScopes.length > 0
      ? ['required-scopes is not checked: Meta reports no scopes for Instagram Login tokens.']
      : []),
  ];
}
