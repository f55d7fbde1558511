/**
 * Every secret the run handles is registered here the moment it exists: it is masked in the log
 * (`core.setSecret`) together with the forms it may take on the wire, and `redact` removes all of
 * them from text the runner does not mask (the job summary, issue bodies, Meta error messages).
 */
import * as core from '@actions/core';

const known = new Set<string>();
/** Registered secrets are at least this long; shorter ones would shred ordinary log lines. */
const MIN_LENGTH = 6;
/**
 * The known forms by an anchor: the four characters at `anchorOf` (`keyAt`). Tokens share their
 * first characters (Meta's `EAA…` and the app's own), so the anchor sits further in, where they
 * differ; `redact` then finds every form in one pass, with one lookup per character.
 */
const byAnchor = new Map<number | string, Array<{ form: string; offset: number }>>();
const anchorOf = (form: string): number => Math.min(form.length - 4, 16);

/**
 * The index key of the four characters of `text` at `i`: a number when they are ASCII (no
 * allocation: a table job redacts megabytes), else the characters themselves.
 */
function keyAt(text: string, i: number): number | string {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  const c = text.charCodeAt(i + 2);
  const d = text.charCodeAt(i + 3);
  return (a | b | c | d) < 128 ? ((a * 128 + b) * 128 + c) * 128 + d : text.slice(i, i + 4);
}

/** Forms a secret may appear in: as is, URL-encoded (query strings), base64 (headers, bodies). */
function forms(secret: string): string[] {
  const all = [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    Buffer.from(secret).toString('base64'),
    Buffer.from(secret).toString('base64url'),
  ];
  return [...new Set(all)];
}

/**
 * Masks `secret` and its derived forms in the log and remembers them for `redact`.
 * Values shorter than 6 characters are ignored: masking them would shred ordinary log lines.
 */
export function registerSecret(secret: string): void {
  if (secret.length < MIN_LENGTH) return;
  for (const form of forms(secret)) {
    if (known.has(form)) continue;
    known.add(form);
    const offset = anchorOf(form);
    const key = keyAt(form, offset);
    const anchored = byAnchor.get(key);
    if (anchored) anchored.push({ form, offset });
    else byAnchor.set(key, [{ form, offset }]);
    core.setSecret(form);
  }
}

/** Query parameters whose values are credentials, wherever a URL ends up in a message. */
const CREDENTIAL_PARAM = /\b(access_token|input_token|fb_exchange_token|client_secret|appsecret_proof)=[^&\s"']+/gi;
/** Meta user/system-user/page tokens (EAA…) and Instagram tokens (IG…), seen or not. */
const TOKEN_SHAPE = /\b(?:EAA|IGQ|IGAA)[A-Za-z0-9_-]{20,}/g;

/**
 * Returns `text` with every registered secret and anything shaped like a Meta token replaced by
 * `***`. Every occurrence of every form is covered, overlapping ones as one: one pass over `text`
 * (a table job knows tens of thousands of forms, and redacts a line per row).
 */
export function redact(text: string): string {
  // Each form found, as [start, end) spans by start; the covered text is then replaced once.
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + 4 <= text.length; i++) {
    const anchored = byAnchor.get(keyAt(text, i));
    if (!anchored) continue;
    for (const { form, offset } of anchored) {
      const start = i - offset;
      if (start >= 0 && text.startsWith(form, start)) spans.push([start, start + form.length]);
    }
  }
  let out = '';
  let copied = 0;
  for (const [start, end] of spans.sort((x, y) => x[0] - y[0])) {
    if (start >= copied) out += `${text.slice(copied, start)}***`;
    copied = Math.max(copied, end);
  }
  out += text.slice(copied);
  return out.replace(CREDENTIAL_PARAM, '$1=***').replace(TOKEN_SHAPE, '***');
}
