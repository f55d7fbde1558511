/** Fernet: the spec's acceptance vectors, interoperability with the npm `fernet` package, and errors. */
import assert from 'node:assert/strict';
import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { describe, it } from 'node:test';
import fernet from 'fernet';
import { fernetDecrypt, fernetEncrypt, parseFernetKey } from '../src/clients/fernet.ts';

interface GenerateVector {
  token: string;
  now: string;
  iv: number[];
  src: string;
  secret: string;
}
interface VerifyVector {
  token: string;
  now: string;
  ttl_sec: number;
  src: string;
  secret: string;
}
interface InvalidVector {
  desc: string;
  token: string;
  now: string;
  ttl_sec: number;
  secret: string;
}
const vectors = <T>(name: string): T[] =>
  JSON.parse(readFileSync(new URL(`fixtures/fernet/${name}.json`, import.meta.url), 'utf8')) as T[];
const unixSeconds = (rfc3339: string): number => Date.parse(rfc3339) / 1000;
const tokenBytes = (token: string): Buffer => Buffer.from(token, 'base64url');
const pythonBase64 = (bytes: Buffer): string => bytes.toString('base64').replaceAll('+', '-').replaceAll('/', '_');

const KEY_TEXT = pythonBase64(randomBytes(32));
const KEY = parseFernetKey(KEY_TEXT);
const MESSAGES = ['hello', '', 'exactly16 bytes!', 'EAAG' + 'x'.repeat(250), 'héllo ✓ 🔑'];

/** Asserts `run` throws an Error that names neither `secrets` nor any long base64-looking run. */
function assertThrowsClean(run: () => unknown, pattern: RegExp, ...secrets: string[]): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof Error);
    assert.match(error.message, pattern);
    for (const secret of secrets.filter(Boolean)) assert.ok(!error.message.includes(secret), 'names a secret');
    assert.doesNotMatch(error.message, /[A-Za-z0-9_-]{16,}/);
    return true;
  });
}

describe('Fernet spec vectors (test/fixtures/fernet)', () => {
  it('generate.json: encrypting src at now with iv gives exactly token', () => {
    const generate = vectors<GenerateVector>('generate');
    assert.ok(generate.length > 0);
    for (const v of generate) {
      const options = { now: unixSeconds(v.now), iv: Buffer.from(v.iv) };
      assert.equal(fernetEncrypt(parseFernetKey(v.secret), v.src, options), v.token);
    }
  });
  it('verify.json: every token decrypts to src, long after its ttl_sec (there is no TTL)', () => {
    const verify = vectors<VerifyVector>('verify');
    assert.ok(verify.length > 0);
    for (const v of verify) {
      assert.ok(Date.now() / 1000 > unixSeconds(v.now) + v.ttl_sec);
      assert.equal(fernetDecrypt(parseFernetKey(v.secret), v.token), v.src);
    }
  });

  // Invalid only against the verifier's clock: with no TTL they open, as in Python's
  // `Fernet.decrypt(token)` without `ttl`. Both carry the empty message, and their MAC is sound.
  const clockOnly = new Set(['expired TTL', 'far-future TS (unacceptable clock skew)']);
  const invalid = vectors<InvalidVector>('invalid');
  it('invalid.json still holds the two vectors that are invalid only by the clock', () => {
    assert.equal(invalid.filter((v) => clockOnly.has(v.desc)).length, clockOnly.size);
  });
  for (const v of invalid) {
    if (clockOnly.has(v.desc)) {
      it(`invalid.json "${v.desc}": opens, since decryption has no TTL or clock-skew check`, () => {
        const age = unixSeconds(v.now) - Number(tokenBytes(v.token).readBigUInt64BE(1));
        assert.ok(Math.abs(age) > v.ttl_sec, 'outside the vector ttl_sec either way');
        assert.equal(fernetDecrypt(parseFernetKey(v.secret), v.token), '');
      });
    } else {
      it(`invalid.json "${v.desc}": throws`, () => {
        assertThrowsClean(() => fernetDecrypt(parseFernetKey(v.secret), v.token), /^Fernet: /, v.token, v.secret);
      });
    }
  }
});

describe('Fernet interoperability with the npm fernet package', () => {
  const secret = new fernet.Secret(KEY_TEXT);
  // The package reads only the indices of `iv` (a for...in loop), so any 16-entry array means
  // the IV 00 01 ... 0f; that is the IV passed to it here, so both sides agree on what it is.
  const IV = Array.from({ length: 16 }, (_, i) => i);

  it('our tokens open with theirs (ttl: 0)', () => {
    for (const message of MESSAGES) {
      const token = fernetEncrypt(KEY, message);
      assert.equal(new fernet.Token({ secret, token, ttl: 0 }).decode(), message);
    }
  });
  it('their tokens open with ours, with their random IV or a given one', () => {
    for (const message of MESSAGES.filter(Boolean)) {
      // `encode('')` throws in the package (the empty string reads as "no message").
      assert.equal(fernetDecrypt(KEY, new fernet.Token({ secret }).encode(message)), message);
      assert.equal(fernetDecrypt(KEY, new fernet.Token({ secret, iv: IV }).encode(message)), message);
    }
  });
  it('for the same time and IV both make the same token, byte for byte', () => {
    const now = Math.floor(Date.now() / 1000);
    const time = new Date(now * 1000).toISOString();
    const theirs = new fernet.Token({ secret, time, iv: IV }).encode('hello');
    assert.equal(fernetEncrypt(KEY, 'hello', { now, iv: Buffer.from(IV) }), theirs);
  });
  it('a token of theirs timestamped a year ago opens with ours; theirs refuses it by default (ttl 60 s)', () => {
    const yearAgo = Math.floor(Date.now() / 1000) - 365 * 86_400;
    const token = new fernet.Token({ secret, time: new Date(yearAgo * 1000).toISOString(), iv: IV }).encode('old');
    assert.equal(tokenBytes(token).readBigUInt64BE(1), BigInt(yearAgo));
    assert.equal(fernetDecrypt(KEY, token), 'old');
    assert.throws(() => new fernet.Token({ secret, token }).decode(), /TTL/);
  });
});

describe('Fernet keys, tokens and errors', () => {
  it('writes the current time, a fresh IV and Python padding', () => {
    const before = Math.floor(Date.now() / 1000);
    const [a, b] = [fernetEncrypt(KEY, 'hello'), fernetEncrypt(KEY, 'hello')];
    assert.notEqual(a, b);
    assert.equal(a.length % 4, 0);
    assert.match(a, /^gAAAAA[A-Za-z0-9_-]+=*$/);
    const time = Number(tokenBytes(a).readBigUInt64BE(1));
    assert.ok(time >= before && time <= Date.now() / 1000);
  });
  it('takes keys padded or not, with surrounding whitespace, and tokens without padding', () => {
    const token = fernetEncrypt(parseFernetKey(` ${KEY_TEXT.replace(/=+$/, '')}\n`), 'hi');
    assert.equal(fernetDecrypt(KEY, token.replace(/=+$/, '')), 'hi');
  });
  it('never shows the key when a parsed key is logged or serialised', () => {
    const shown = inspect(KEY, { depth: 5 }) + JSON.stringify(KEY);
    assert.ok(!shown.includes(KEY_TEXT.slice(0, 8)));
    assert.doesNotMatch(shown, /[0-9a-f]{16}/);
  });
  it('a bad key string throws without echoing it', () => {
    const bad = [
      '',
      'not a key at all',
      KEY_TEXT.slice(0, -4),
      pythonBase64(randomBytes(33)),
      KEY_TEXT.replace(/^./, '%'),
      `${KEY_TEXT}AAAA`,
    ];
    for (const text of bad) assertThrowsClean(() => parseFernetKey(text), /^Fernet: the key must be/, text);
  });
  it('a wrong key throws without echoing the key or the token', () => {
    const token = fernetEncrypt(KEY, 'secret token');
    const other = pythonBase64(randomBytes(32));
    assertThrowsClean(() => fernetDecrypt(parseFernetKey(other), token), /not valid for this key/, token, other);
  });
  it('a tampered byte anywhere (version, time, IV, ciphertext, MAC) throws without echoing', () => {
    const token = fernetEncrypt(KEY, 'secret token');
    const size = tokenBytes(token).length;
    for (const at of [0, 1, 8, 9, 24, 25, size - 33, size - 32, size - 1]) {
      const bytes = tokenBytes(token);
      bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
      const tampered = pythonBase64(bytes);
      assertThrowsClean(() => fernetDecrypt(KEY, tampered), /^Fernet: the token is (malformed|not valid)/, tampered);
    }
  });
  it('a validly signed token that does not hold UTF-8 throws rather than return mangled text', () => {
    const raw = Buffer.from(KEY_TEXT, 'base64url');
    const iv = randomBytes(16);
    const cipher = createCipheriv('aes-128-cbc', raw.subarray(16), iv);
    const body = Buffer.concat([Buffer.of(0x80), Buffer.alloc(8), iv, cipher.update(Buffer.of(0xff)), cipher.final()]);
    const token = pythonBase64(Buffer.concat([body, createHmac('sha256', raw.subarray(0, 16)).update(body).digest()]));
    assertThrowsClean(() => fernetDecrypt(KEY, token), /does not hold UTF-8/, token);
  });
  it('refuses a fractional or negative time and an IV that is not 16 bytes', () => {
    assert.throws(() => fernetEncrypt(KEY, 'x', { now: 1.5 }), RangeError);
    assert.throws(() => fernetEncrypt(KEY, 'x', { now: -1 }), RangeError);
    assert.throws(() => fernetEncrypt(KEY, 'x', { iv: Buffer.alloc(8) }), TypeError);
  });
});
