import { setFlagsFromString } from 'node:v8';
import { run } from './main.ts';

// A run allocates far more than it keeps: a table job of 10,000 rows allocates about 1 GB and
// keeps under 40 MB. V8's defaults, made for servers, then grow the young generation to 128 MB
// and the old one to several times what is live, which a small self-hosted runner may not have.
// Both flags are read at each collection, so they apply though set after the start.
setFlagsFromString('--semi-space-growth-factor=1');
setFlagsFromString('--heap-growing-percent=30');

await run();
// Everything the run reports is written by now. Exit without waiting for servers to close their
// side of idle connections (a database's answer to our Terminate costs a round trip); stdout is
// flushed first, as pipes are asynchronous on some platforms.
process.stdout.write('', () => process.exit());
