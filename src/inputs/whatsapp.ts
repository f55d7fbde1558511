/** The WhatsApp assets a single token must reach (`whatsapp-*`), read with each token and their health reported. */
import { list, unique, z } from './common.ts';

/** The WhatsApp assets the app uses: read with each token, and their health reported. */
export interface WhatsAppSettings {
  /** Numeric phone number ids. */
  phoneNumberIds: string[];
  /** The numeric WhatsApp Business Account id, when given. */
  businessAccountId: string | undefined;
}

const PHONE_NUMBER_ID =
  "must list numeric phone number ids (WhatsApp Manager → Phone numbers, or the app's API Setup: " +
  '"Phone number ID"), not the phone numbers themselves';
const ACCOUNT_ID = 'must be the numeric WhatsApp Business Account ID (WhatsApp Manager → Account tools)';

export const whatsappSchemas = {
  'whatsapp-phone-number-ids': list.pipe(
    z.array(z.string().regex(/^\d{5,20}$/, PHONE_NUMBER_ID)).refine(unique, 'lists a phone number id twice'),
  ),
  'whatsapp-business-account-id': z.string().regex(/^(\d{5,20})?$/, ACCOUNT_ID),
} as const;

type Parsed = { [K in keyof typeof whatsappSchemas]: z.output<(typeof whatsappSchemas)[K]> };

const NOT_INSTAGRAM =
  "Inputs 'whatsapp-phone-number-ids' and 'whatsapp-business-account-id' need a Facebook Login token " +
  '(WhatsApp Cloud API), not an Instagram Login token: leave them out.';

/**
 * Why the WhatsApp assets cannot be read with an Instagram Login token: only a Facebook Login
 * token (WhatsApp Cloud API) reaches them. Empty when none are named.
 */
export function whatsappProblems(phoneNumberIds: string[], businessAccountId: string | undefined): string[] {
  return phoneNumberIds.length === 0 && !businessAccountId ? [] : [NOT_INSTAGRAM];
}

/** The WhatsApp settings of inputs that passed every check. */
export function toWhatsAppSettings(p: Parsed): WhatsAppSettings {
  return {
    phoneNumberIds: p['whatsapp-phone-number-ids'],
    businessAccountId: p['whatsapp-business-account-id'] || undefined,
  };
}
