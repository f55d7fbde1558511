/**
 * The token and how it is refreshed: `access-token`, `token-provider`, the Meta app
 * (`app-id`, `app-secret`), the Graph API (`graph-api-*`, `instagram-api-url`) and the scopes
 * the token must hold.
 */
import type { Raw } from './common.ts';
import { baseUrl, listItems, optionalToken, z } from './common.ts';
import type { Mode } from './modes.ts';
import { whatsappProblems } from './whatsapp.ts';

export type ProviderId = 'facebook' | 'instagram';
export type TokenProviderSetting = ProviderId | 'auto';

const SCOPE = 'must list Meta permission names such as whatsapp_business_messaging';

export const tokenSchemas = {
  // Required unless the Postgres row is the primary, or in table mode (checked with the inputs it needs).
  'access-token': optionalToken,
  // Both required for Facebook Login tokens only (checked with token-provider).
  'app-id': z.string().regex(/^\d*$/, 'must be the numeric App ID from the Meta App Dashboard'),
  'app-secret': optionalToken,
  'token-provider': z.enum(['auto', 'facebook', 'instagram'], {
    errorMap: () => ({ message: 'must be auto, facebook or instagram' }),
  }),
  'instagram-api-url': baseUrl,
  'graph-api-version': z.string().regex(/^v\d+\.\d+$/, 'must look like v25.0'),
  'graph-api-url': baseUrl,
  'required-scopes': z
    .string()
    .transform((v) => listItems(v).flatMap((item) => item.split(/\s+/)))
    .pipe(z.array(z.string().regex(/^[a-z_]+$/, SCOPE))),
} as const;

/**
 * Which provider refreshes `token`: `facebook` (Facebook Login, `EAA…`) or `instagram`
 * (Instagram Login, `IGAA…`, or `IGQV…` from the retired Basic Display API). `auto` goes by the
 * token's prefix; undefined when the prefix does not tell (Meta documents none), and Meta is asked
 * at run time (`providers/index.ts`).
 */
export function providerFor(setting: TokenProviderSetting, token: string): ProviderId | undefined {
  if (setting !== 'auto') return setting;
  if (token.startsWith('EAA')) return 'facebook';
  if (/^IG(AA|QV)/.test(token)) return 'instagram';
  return undefined;
}

/** `app-id` and `app-secret`, which Facebook Login tokens need and Instagram Login tokens do not. */
export function appProblems(appId: string, appSecret: string): string[] {
  return [
    ...(appId === ''
      ? ["Input 'app-id' is required for a Facebook Login token: the App ID from the Meta App Dashboard."]
      : []),
    ...(appSecret === ''
      ? [
          "Input 'app-secret' is required for a Facebook Login token: " +
            'pass it from a secret, e.g. ${{ secrets.META_APP_SECRET }}.',
        ]
      : []),
  ];
}

/**
 * The provider the token calls for, and what it needs; decided after the token is read when a
 * Postgres row holds it. `whatsapp` is what the `whatsapp-*` inputs parsed to.
 */
export function providerProblems(
  mode: Mode,
  raw: Raw,
  parsed: { 'token-provider'?: TokenProviderSetting },
  whatsapp: { phoneNumberIds: string[]; businessAccountId: string },
): string[] {
  const setting = parsed['token-provider'];
  if (!setting) return [];
  // Table mode: every row holds a Facebook Login token (token-provider instagram is refused there).
  if (mode === 'table') return appProblems(raw('app-id'), raw('app-secret'));
  const provider = providerFor(setting, raw('access-token'));
  // Not known yet (the token is in a Postgres row, or its prefix does not tell): checked once it is.
  if (provider === undefined) return [];
  return provider === 'facebook'
    ? appProblems(raw('app-id'), raw('app-secret'))
    : whatsappProblems(whatsapp.phoneNumberIds, whatsapp.businessAccountId);
}
