import { run } from './main.ts';

await run();
// Everything the run reports is written by now. Exit without waiting for servers to close their
// side of idle connections (a database's answer to our Terminate costs a round trip); stdout is
// flushed first, as pipes are asynchronous on some platforms.
process.stdout.write('', () => process.exit());
