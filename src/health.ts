/**
 * WhatsApp health: whether a token reaches the phone numbers and the WhatsApp Business Account
 * the app uses, and whether they can send. Read-only (`GET /{id}?fields=health_status,…`, Meta's
 * health-status page, api-facts A.7), never a test message. The reads go out alongside the
 * inspection (the current token) and alongside the new token's `debug_token`; `judgeAssets`
 * decides what they mean without I/O.
 */
import type { Asset, GraphClient } from './clients/graph.ts';
import type { Finding } from './core.ts';
import { ServiceError } from './errors.ts';
import type { WhatsAppSettings } from './inputs.ts';

/** One asset the inputs name. */
export interface AssetRef {
  kind: 'phone number' | 'WhatsApp Business Account';
  id: string;
}

/** What reading one asset gave: the asset, or the error. */
export type AssetRead = { ref: AssetRef; ok: true; asset: Asset } | { ref: AssetRef; ok: false; error: unknown };

/** One row of the summary's WhatsApp table. */
export interface HealthRow {
  asset: string;
  name: string;
  canSendMessage: string;
  quality: string;
  todo: string;
  /** `ok`, `warning` (LIMITED, YELLOW, RED) or `blocked`; unread assets have no row. */
  level: 'ok' | 'warning' | 'blocked';
}

const PHONE_FIELDS = ['health_status', 'verified_name', 'display_phone_number', 'quality_rating'] as const;
const ACCOUNT_FIELDS = ['health_status', 'name'] as const;

/** The assets of `whatsapp-phone-number-ids` and `whatsapp-business-account-id`, in that order. */
export function assetsOf(settings: WhatsAppSettings): AssetRef[] {
  return [
    ...settings.phoneNumberIds.map((id) => ({ kind: 'phone number' as const, id })),
    ...(settings.businessAccountId
      ? [{ kind: 'WhatsApp Business Account' as const, id: settings.businessAccountId }]
      : []),
  ];
}

/** Reads every asset in `refs` with `token`, all at once; a failed read is a result, not a throw. */
export function readAssets(graph: GraphClient, token: string, refs: AssetRef[]): Promise<AssetRead[]> {
  return Promise.all(
    refs.map(async (ref): Promise<AssetRead> => {
      const fields = ref.kind === 'phone number' ? PHONE_FIELDS : ACCOUNT_FIELDS;
      try {
        return { ref, ok: true, asset: await graph.readAsset(token, ref.id, fields) };
      } catch (error) {
        return { ref, ok: false, error };
      }
    }),
  );
}

/**
 * Whether `error` says the token may not read the asset (Meta 190, 10, 100, 2xx, or HTTP 403), not
 * that Meta failed.
 */
export function cannotRead(error: unknown): boolean {
  if (!(error instanceof ServiceError)) return false;
  const code = error.meta?.code;
  if (code === 190 || code === 10 || code === 100 || (code !== undefined && code >= 200 && code <= 299)) return true;
  return error.status === 403 && code === undefined;
}

const label = (ref: AssetRef): string => `${ref.kind} ${ref.id}`;

/** What a person does when a token cannot read an asset it must reach. */
const GRANT_ACCESS =
  'Give the system user the token belongs to access to the WhatsApp account (Business Settings → System users → ' +
  'Assign assets → WhatsApp accounts, with "Manage" or "Full control"), and make sure the token has ' +
  'whatsapp_business_management and whatsapp_business_messaging; check the ids in whatsapp-phone-number-ids ' +
  'and whatsapp-business-account-id.';

/**
 * What the reads of `token` mean: `unreadable` are findings (the token cannot reach an asset:
 * `which` names the token, `current` or `new`), `failed` are reads that did not complete (to
 * record as they are), `blocked` are findings with Meta's `possible_solution`, and `rows` are
 * the summary's table (LIMITED, YELLOW and RED are warnings). Pure.
 */
export function judgeAssets(
  reads: AssetRead[],
  which: 'current' | 'new',
): { unreadable: Finding[]; failed: Array<{ target: string; error: unknown }>; blocked: Finding[]; rows: HealthRow[] } {
  const result = {
    unreadable: [] as Finding[],
    failed: [] as Array<{ target: string; error: unknown }>,
    blocked: [] as Finding[],
    rows: [] as HealthRow[],
  };
  for (const read of reads) {
    if (!read.ok) {
      if (!cannotRead(read.error)) result.failed.push({ target: label(read.ref), error: read.error });
      else
        result.unreadable.push({
          message:
            `The ${which} token cannot read the ${label(read.ref)}, so it could not be checked: ` +
            (read.error instanceof Error ? read.error.message : String(read.error)),
          hint: GRANT_ACCESS,
          ...(read.error instanceof ServiceError && read.error.meta ? { meta: read.error.meta } : {}),
        });
      continue;
    }
    const row = rowOf(read.ref, read.asset);
    result.rows.push(row);
    if (row.level === 'blocked') result.blocked.push(blockedFinding(read.ref, read.asset, row));
  }
  return result;
}

/** The entities of `asset` that are not AVAILABLE, with their errors. */
function troubles(asset: Asset): Array<{ type: string; code?: number; description?: string; solution?: string }> {
  return (asset.health_status?.entities ?? [])
    .filter((e) => e.can_send_message !== 'AVAILABLE')
    .flatMap((e) =>
      (e.errors?.length ? e.errors : [{}]).map((err) => ({
        type: e.entity_type,
        ...(err.error_code === undefined ? {} : { code: err.error_code }),
        ...(err.error_description === undefined ? {} : { description: err.error_description }),
        ...(err.possible_solution === undefined ? {} : { solution: err.possible_solution }),
      })),
    );
}

function rowOf(ref: AssetRef, asset: Asset): HealthRow {
  const canSend = asset.health_status?.can_send_message ?? 'not reported';
  const quality = asset.quality_rating ?? (ref.kind === 'phone number' ? 'not reported' : '—');
  const solutions = [...new Set(troubles(asset).flatMap((t) => (t.solution ? [t.solution] : [])))];
  const level =
    canSend === 'BLOCKED'
      ? 'blocked'
      : canSend === 'LIMITED' || quality === 'YELLOW' || quality === 'RED'
        ? 'warning'
        : 'ok';
  const qualityTodo =
    quality === 'RED' || quality === 'YELLOW'
      ? `Quality ${quality}: review recent templates and opt-outs before Meta lowers the messaging limit.`
      : '';
  return {
    asset: label(ref),
    name: [asset.verified_name, asset.display_phone_number, asset.name].filter(Boolean).join(', ') || '—',
    canSendMessage: canSend,
    quality,
    todo:
      [...solutions, qualityTodo].filter(Boolean).join(' ') || (level === 'ok' ? 'nothing' : 'see WhatsApp Manager'),
    level,
  };
}

function blockedFinding(ref: AssetRef, asset: Asset, row: HealthRow): Finding {
  const why = troubles(asset)
    .map((t) => `${t.type}${t.code === undefined ? '' : ` ${t.code}`}${t.description ? `: ${t.description}` : ''}`)
    .join('; ');
  const solutions = [...new Set(troubles(asset).flatMap((t) => (t.solution ? [`"${t.solution}"`] : [])))];
  return {
    message:
      `The ${label(ref)}${row.name === '—' ? '' : ` (${row.name})`} cannot send messages ` +
      `(can_send_message BLOCKED)${why ? `: ${why}` : ''}.`,
    hint:
      `${solutions.length > 0 ? `Meta says: ${solutions.join(' ')} ` : ''}A token refresh cannot fix this: fix ` +
      `it in WhatsApp Manager before customers notice.`,
  };
}
