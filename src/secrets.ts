/**
 * Every secret the run handles is registered here the moment it exists: it is masked in the log
 * (`core.setSecret`) together with the forms it may take on the wire, and `redact` removes all of
 * them from text the runner does not mask (the job summary, issue bodies, Meta error messages).
 */
import * as core from '@actions/core';

const known = new Set<string>();

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
  if (secret.length < 6) return;
  for (const form of forms(secret)) {
    if (known.has(form)) continue;
    known.add(form);
    core.setSecret(form);
  }
}

/** Query parameters whose values are credentials, wherever a URL ends up in a message. */
const CREDENTIAL_PARAM = /\b(access_token|input_token|fb_exchange_token|client_secret|appsecret_proof)=[^&\s"']+/gi;
/** Meta user/system-user/page tokens (EAA…) and Instagram tokens (IG…), seen or not. */
const TOKEN_SHAPE = /\b(?:EAA|IGQ|IGAA)[A-Za-z0-9_-]{20,}/g;

/** Returns `text` with every registered secret and anything shaped like a Meta token replaced by `***`. */
export function redact(text: string): string {
  let out = text;
  // Longest first, so a secret that contains another is removed whole.
  for (const form of [...known].sort((a, b) => b.length - a.length)) out = out.split(form).join('***');
  return out.replace(CREDENTIAL_PARAM, '$1=***').replace(TOKEN_SHAPE, '***');
}
