/**
 * The schemas every kind's inputs are built from (URLs, whole numbers, lists, booleans, tokens),
 * and the shape of the raw input reader. A leaf: the kinds' input files import it, never the
 * other way round.
 */
// zod's v3 API, the one @vercel/sdk validates with: one copy of zod in the bundle, not two.
import { z } from 'zod/v3';

export { z };

/** Reads one input as the runner gave it (`core.getInput`): '' when it is empty. */
export type Raw = (name: string) => string;

/** A GitHub login or organization: the owner part of OWNER/REPO. */
export const LOGIN = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})';
export const OWNER = new RegExp(`^${LOGIN}$`);

const BOOLEANS: Record<string, boolean> = {
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
};

const isLoopback = (url: URL): boolean => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/** What a URL input should look like, by whether it is an API's base or a whole URL (a deploy hook). */
const URL_EXAMPLE = {
  base: 'https://graph.facebook.com',
  whole: 'https://api.vercel.com/v1/integrations/deploy/prj_…/…',
};

/** Why `value` is not a URL these inputs accept, or its value without trailing slashes. */
function urlProblem(value: string, base: boolean): { problem: string } | { url: string } {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return { problem: `must be a URL such as ${base ? URL_EXAMPLE.base : URL_EXAMPLE.whole}` };
  }
  if (parsed.username || parsed.password)
    return { problem: 'must not contain a user name or password: remove the part before @' };
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLoopback(parsed)))
    return { problem: 'must use https' };
  if (base && (parsed.search || value.includes('?')))
    return { problem: 'must not contain a query (?…): give the base URL only' };
  if (parsed.hash || value.includes('#'))
    return { problem: 'must not contain a fragment (#…): a comment needs a space before the #' };
  return { url: value.replace(/\/+$/, '') };
}

/**
 * An https URL (http only for a loopback host, as in tests) without credentials: a user name or
 * password would be sent along and printed wherever the URL is. Base URLs also refuse a query or
 * a fragment, which no API base has. The offending part is never echoed.
 */
export const url = (options: { base: boolean }) =>
  z.string().transform((value, ctx) => {
    const checked = urlProblem(value, options.base);
    if ('url' in checked) return checked.url;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: checked.problem });
    return z.NEVER;
  });
export const baseUrl = url({ base: true });

/** A whole number from `min` to `max`, given as digits. */
export const wholeNumber = (min: number, max: number, example: string) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}, e.g. ${example}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/**
 * `line` without its comment. As in YAML, a comment starts at a `#` that begins the line or
 * follows whitespace; a `#` inside a value (a URL's fragment) is part of the value, and is then
 * judged by that value's own rules.
 */
export const uncomment = (line: string): string => line.replace(/(^|\s)#.*$/, '').trim();

/** The items of a list input given one per line or comma separated, without blanks and comments. */
export const listItems = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .flatMap((line) => uncomment(line).split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');

export const list = z.string().transform(listItems);

/** Whether no item repeats, ignoring case. */
// `unknown[]`: zod still runs this check when an item failed its own, and that item is then not a string.
export const unique = (items: unknown[]): boolean =>
  new Set(items.map((i) => String(i).toLowerCase())).size === items.length;

export const boolean = z
  .string()
  .refine((v) => v in BOOLEANS, 'must be true or false')
  .transform((v) => BOOLEANS[v] === true);

/** A SQL statement or other text whose surrounding blanks mean nothing. */
export const trimmed = z.string().transform((v) => v.trim());

const ONE_TOKEN = 'must be one token without spaces or line breaks: check the secret for a pasted extra line';
/** A token that may be empty (the input is optional, or required only with another). */
export const optionalToken = z.string().regex(/^\S*$/, ONE_TOKEN);
