/**
 * The token provider the inputs call for: Facebook Login tokens (`meta.ts`) or Instagram Login
 * tokens (`instagram.ts`). Adding a kind is one entry here and one file beside this one.
 */
import { createInstagramClient } from '../clients/graph.ts';
import { InputError, messageOf, ServiceError } from '../errors.ts';
import type { ProviderId, Settings } from '../inputs.ts';
import { appProblems, notValid, providerFor, whatsappProblems } from '../inputs.ts';
import { registerSecret } from '../secrets.ts';
import type { ExpiryRecord } from './instagram.ts';
import { createInstagramProvider, parseExpiryRecord } from './instagram.ts';
import { createMetaProvider } from './meta.ts';
import type { TokenProvider } from './provider.ts';

/**
 * The provider for `settings`' token (`token-provider`; `auto` goes by the token's prefix, and
 * asks Meta when the prefix does not tell). Throws `InputError` when `auto` cannot tell, or a
 * Facebook token comes without app-id and app-secret: checked here too because a token read from
 * a Postgres row is known only now; and the `ServiceError` of a call that asks Meta.
 */
export async function createProvider(settings: Settings): Promise<TokenProvider> {
  const kind = providerFor(settings.tokenProvider, settings.accessToken) ?? (await askMeta(settings));
  if (kind === 'instagram') {
    const wa = whatsappProblems(settings.whatsapp.phoneNumberIds, settings.whatsapp.businessAccountId);
    if (wa.length > 0) throw new InputError(notValid(wa));
    return createInstagramProvider(settings, () => readExpiryRecord(settings));
  }
  const missing = appProblems(settings.appId, settings.appSecret);
  if (missing.length > 0) throw new InputError(notValid(missing));
  return createMetaProvider(settings);
}

const FIX =
  'set token-provider to facebook or instagram (the kind of app that issued the token) to see that ' +
  "provider's own error and advice, or check that the secret holds the whole token";

/**
 * Which kind a token is whose prefix `auto` does not know, asked of Meta: Meta documents no
 * prefix (its own example Instagram token starts `F4RVB`). First graph.instagram.com's `/me`,
 * where the token is its own credential; then, with app credentials, `debug_token`. A call that
 * fails for a reason other than the token throws its `ServiceError`, classified as ever; a
 * token neither knows is refused (`InputError`).
 */
async function askMeta(settings: Settings): Promise<ProviderId> {
  const token = settings.accessToken;
  // readSettings and the Postgres read mask it already; this is the first call to carry it.
  registerSecret(token);
  const instagram = createInstagramClient({
    baseUrl: settings.instagramApiUrl,
    version: settings.graphApiVersion,
    timeoutMs: settings.timeoutMs,
  });
  let refusal: string;
  try {
    await instagram.me(token);
    return 'instagram';
  } catch (error) {
    // Meta refusing the token there (190 for one it cannot parse) says it is not an Instagram
    // Login token, or a dead one; an outage or a rate limit says nothing, and fails the run.
    if (!(error instanceof ServiceError) || error.failureClass !== 'needs-human') throw error;
    refusal = `graph.instagram.com's /me refused it (${messageOf(error)})`;
  }
  const unknown =
    "Input 'token-provider' is auto, and the token's prefix is neither EAA nor IGAA/IGQV, so Meta was " +
    `asked: ${refusal}`;
  if (appProblems(settings.appId, settings.appSecret).length > 0)
    throw new InputError(
      notValid([`${unknown}, and without app-id and app-secret debug_token cannot be asked: ${FIX}.`]),
    );
  const info = await createMetaProvider(settings).inspect(token);
  if (info.isValid) return 'facebook';
  const why = info.error ? ` (Meta error ${String(info.error.code)}: ${info.error.message})` : '';
  throw new InputError(notValid([`${unknown}, and debug_token says it is not valid${why}: ${FIX}.`]));
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

/** Which provider `auto` picked, and how, for the log; undefined when `token-provider` named it. */
export function pickedProvider(settings: Settings, provider: TokenProvider): string | undefined {
  if (settings.tokenProvider !== 'auto') return undefined;
  const byPrefix = providerFor(settings.tokenProvider, settings.accessToken) !== undefined;
  if (provider.id === 'instagram')
    return byPrefix
      ? 'token-provider auto: an Instagram Login token (IGAA/IGQV), refreshed with ig_refresh_token.'
      : "token-provider auto: graph.instagram.com's /me answered for the token: an Instagram Login token, " +
          'refreshed with ig_refresh_token. Set token-provider: instagram to skip the question.';
  return byPrefix
    ? 'token-provider auto: a Facebook Login token (EAA), refreshed with fb_exchange_token.'
    : 'token-provider auto: graph.instagram.com does not know the token and debug_token says it is valid: a ' +
        'Facebook Login token, refreshed with fb_exchange_token. Set token-provider: facebook to skip the question.';
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
