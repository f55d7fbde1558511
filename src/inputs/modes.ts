/**
 * The mode a run is in, decided here once from the inputs: `single` (one token, `access-token`
 * or a Postgres primary, into its places) or `table` (`postgres-tokens-query`: a table of tokens,
 * each row its own place). An input the mode ignores is refused before any call, naming the mode.
 */
import type { Raw } from './common.ts';

export type Mode = 'single' | 'table';

/** The mode the inputs call for: table mode when `postgres-tokens-query` is set. */
export const modeOf = (raw: Raw): Mode => (raw('postgres-tokens-query').trim() === '' ? 'single' : 'table');

/**
 * action.yml's default of each input that one mode ignores. The runner fills defaults in, so an
 * input equal to its default cannot be told from one left out: only another value is refused.
 * Kept equal to action.yml by test/inputs.test.ts (the action does not read action.yml).
 */
export const MODE_INPUT_DEFAULTS: Readonly<Record<string, string>> = {
  'access-token': '',
  'github-secrets': '',
  'expiry-variable': '',
  'postgres-select': '',
  'postgres-expected-rows': '1',
  'instagram-api-url': 'https://graph.instagram.com',
  'whatsapp-phone-number-ids': '',
  'whatsapp-business-account-id': '',
  'vercel-token': '',
  'vercel-team-id': '',
  'vercel-projects': '',
  'vercel-deploy-hooks': '',
  'vercel-env-key': 'META_ACCESS_TOKEN',
  'vercel-env-targets': 'production,preview',
  'vercel-env-type': 'sensitive',
  'vercel-redeploy': 'true',
  'vercel-wait-seconds': '600',
  'vercel-poll-seconds': '5',
  'vercel-api-url': 'https://api.vercel.com',
  'postgres-audit-insert': '',
  'postgres-failure-update': '',
  shard: '',
  'refresh-older-than-days': '',
  concurrency: '4',
  // Ignored by a single token without postgres-url, as postgres-expected-rows is.
  'postgres-encryption': 'none',
  'postgres-ca-cert': '',
};

const OWN_PLACE = 'with postgres-tokens-query, each row holds its own token and is its own place: leave it out';
const NO_VERCEL =
  'in table mode (postgres-tokens-query) no Vercel project receives a token, each row is its own place: leave it out';
const WHATSAPP =
  'in table mode (postgres-tokens-query) each channel has its own: return phone_number_id (and ' +
  "whatsapp_business_account_id) from the query instead, and each row's are read with its token";

/** Why table mode ignores each single-token input: where the token goes, and what it is read against. */
const TABLE_IGNORES: Readonly<Record<string, string>> = {
  'access-token': OWN_PLACE,
  'github-secrets': OWN_PLACE,
  'vercel-projects': OWN_PLACE,
  'vercel-deploy-hooks': OWN_PLACE,
  'expiry-variable': OWN_PLACE,
  'postgres-select': OWN_PLACE,
  'whatsapp-phone-number-ids': WHATSAPP,
  'whatsapp-business-account-id': WHATSAPP,
  'postgres-expected-rows':
    "in table mode (postgres-tokens-query) each row's compare-and-set must touch exactly that row: leave it out",
  'instagram-api-url':
    'in table mode (postgres-tokens-query) every row holds a Facebook Login token, refreshed on graph-api-url: ' +
    'leave it out',
  ...Object.fromEntries(
    [
      'vercel-token',
      'vercel-team-id',
      'vercel-env-key',
      'vercel-env-targets',
      'vercel-env-type',
      'vercel-redeploy',
      'vercel-wait-seconds',
      'vercel-poll-seconds',
      'vercel-api-url',
    ].map((name) => [name, NO_VERCEL]),
  ),
};

/** The inputs only table mode reads. */
const TABLE_ONLY = [
  'postgres-audit-insert',
  'postgres-failure-update',
  'shard',
  'refresh-older-than-days',
  'concurrency',
];

/**
 * The inputs `mode` ignores that were given anyway, one problem each naming the input and the
 * mode. `changed` says whether an input differs from its default (`MODE_INPUT_DEFAULTS`);
 * `tokenProvider` is `token-provider` as given.
 */
export function modeProblems(mode: Mode, changed: (name: string) => boolean, tokenProvider: string): string[] {
  if (mode === 'single')
    return TABLE_ONLY.filter(changed).map(
      (name) => `Input '${name}' applies only with postgres-tokens-query (table mode): leave it out.`,
    );
  return [
    ...Object.entries(TABLE_IGNORES)
      .filter(([name]) => changed(name))
      .map(([name, why]) => `Input '${name}' is set, but ${why}.`),
    ...(tokenProvider === 'instagram'
      ? ["Input 'token-provider' is instagram, but postgres-tokens-query refreshes Facebook Login tokens only."]
      : []),
  ];
}
