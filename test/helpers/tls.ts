/**
 * Certificates for TLS tests: a throwaway CA and server certificates it signs, made by the
 * `openssl` command line (OpenSSL 1.1.1 or later, on every Debian and Ubuntu machine), in a
 * temporary directory that is removed before the call returns. EC P-256 keys, valid for two days.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A PEM certificate and its unencrypted PEM private key. */
export interface KeyPair {
  cert: string;
  key: string;
}

export interface TestCa {
  /** The CA's certificate (PEM): what `postgres-ca-cert` takes. */
  cert: string;
  /**
   * A server certificate signed by the CA, naming exactly `altNames` (subjectAltName entries
   * such as `DNS:localhost` or `IP:127.0.0.1`); its common name is not a host name.
   */
  issue(altNames: string[]): KeyPair;
}

/** Runs openssl in `dir`; throws with its output when it fails. */
function openssl(dir: string, args: string[]): void {
  const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (result.error || result.status !== 0)
    throw new Error(`openssl ${args[0] ?? ''} failed: ${result.error?.message ?? result.stderr}`);
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/** A new CA (about 50 ms of openssl per certificate). */
export function testCa(): TestCa {
  const dir = mkdtempSync(path.join(tmpdir(), 'test-ca-'));
  try {
    openssl(dir, [
      'req',
      '-x509',
      ...EC,
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-days',
      '2',
      '-subj',
      '/CN=meta-token-refresh test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ]);
    const caCert = readFileSync(path.join(dir, 'ca.crt'), 'utf8');
    const caKey = readFileSync(path.join(dir, 'ca.key'), 'utf8');
    return { cert: caCert, issue: (altNames) => issue(caCert, caKey, altNames) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function issue(caCert: string, caKey: string, altNames: string[]): KeyPair {
  const dir = mkdtempSync(path.join(tmpdir(), 'test-cert-'));
  try {
    writeFileSync(path.join(dir, 'ca.crt'), caCert);
    writeFileSync(path.join(dir, 'ca.key'), caKey, { mode: 0o600 });
    // Extensions through a file: `x509 -req` takes no -addext before OpenSSL 3.
    writeFileSync(
      path.join(dir, 'ext.cnf'),
      [
        `subjectAltName=${altNames.join(',')}`,
        'basicConstraints=critical,CA:FALSE',
        'keyUsage=critical,digitalSignature',
        'extendedKeyUsage=serverAuth',
        '',
      ].join('\n'),
    );
    openssl(dir, ['req', '-new', ...EC, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=test server']);
    openssl(dir, [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-set_serial',
      `0x${randomBytes(8).toString('hex')}`,
      '-days',
      '2',
      '-extfile',
      'ext.cnf',
      '-out',
      'server.crt',
    ]);
    return {
      cert: readFileSync(path.join(dir, 'server.crt'), 'utf8'),
      key: readFileSync(path.join(dir, 'server.key'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
