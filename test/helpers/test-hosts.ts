/**
 * A preload for the action under test (`NODE_OPTIONS=--import=<this file's URL>`): every host
 * name under `.test` (RFC 6761: it never resolves in the DNS) resolves to 127.0.0.1. A test can then reach its local server by a name
 * that is not loopback as written, on any machine, without /etc/hosts or a DNS server.
 *
 * `net.connect` looks a name up through `dns.lookup` at each call, so wrapping it is enough. Only
 * these names are answered here; every other lookup goes to the original.
 */
import dns from 'node:dns';
import type { LookupAddress } from 'node:dns';

type Callback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

const original = dns.lookup.bind(dns) as (hostname: string, options: dns.LookupOptions, callback: Callback) => void;

function lookup(hostname: string, options: dns.LookupOptions | number | Callback, callback?: Callback): void {
  const done = typeof options === 'function' ? options : callback;
  const opts: dns.LookupOptions =
    typeof options === 'function' ? {} : typeof options === 'number' ? { family: options } : options;
  if (!done) throw new TypeError('dns.lookup needs a callback');
  if (!/\.test\.?$/i.test(hostname)) {
    original(hostname, opts, done);
    return;
  }
  process.nextTick(() => {
    if (opts.all) done(null, [{ address: '127.0.0.1', family: 4 }]);
    else done(null, '127.0.0.1', 4);
  });
}

Object.assign(dns, { lookup });
