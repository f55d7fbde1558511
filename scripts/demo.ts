/**
 * `npm run demo`: the whole main job against local fakes, no credentials and no network. A Meta
 * fake holds an expiring system-user token with 10 days left; a GitHub fake really opens the
 * sealed secrets it receives; a Vercel fake keeps the project's variables and builds deployments.
 * The bundled action runs as the runner would; this prints the job summary, the outputs, whether
 * each secret now opens to the token Meta minted, and what the redeployed Vercel project runs with.
 */
import { createHash } from 'node:crypto';
import { startWorld } from '../test/helpers/world.ts';

const fingerprint = (value: string | undefined): string =>
  value === undefined ? '(none)' : `sha256:${createHash('sha256').update(value).digest('hex').slice(0, 12)}`;

const world = await startWorld({ vercel: { projects: [{ id: 'prj_demo0000000000000000001', name: 'whatsapp-bot' }] } });
try {
  console.log(
    `Meta fake: ${world.meta.url}   GitHub fake: ${world.github.url}   Vercel fake: ${world.vercel?.url ?? ''}`,
  );
  console.log(
    'Running dist/index.js with github-secrets:\n  META_ACCESS_TOKEN\n  acme/api:WA_TOKEN\nand vercel-projects: whatsapp-bot\n',
  );
  const run = await world.run();
  console.log('── job summary ─────────────────────────────────────────────');
  console.log(run.summary.trim());
  console.log('\n── outputs ─────────────────────────────────────────────────');
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}=${value}`);
  console.log('\n── secrets, opened by the GitHub fake ──────────────────────');
  const minted = world.meta.minted.at(-1)?.token;
  console.log(`token Meta minted:            ${fingerprint(minted)}`);
  let ok = run.code === 0 && minted !== undefined;
  for (const [repo, name] of [
    ['acme/app', 'META_ACCESS_TOKEN'],
    ['acme/api', 'WA_TOKEN'],
  ] as const) {
    const stored = world.github.secret(repo, name)?.value;
    ok &&= stored === minted;
    console.log(
      `${`${repo}:${name}`.padEnd(29)} ${fingerprint(stored)} ${stored === minted ? '✔ the new token' : '✘ not the new token'}`,
    );
  }
  console.log('\n── Vercel, as the fake keeps it ─────────────────────────────');
  const env = world.vercel?.env('whatsapp-bot', 'META_ACCESS_TOKEN');
  const live = world.vercel
    ?.project('whatsapp-bot')
    .deployments.filter((d) => d.source === 'redeploy')
    .at(-1);
  ok &&= env?.value === minted && live?.readyState === 'READY' && live.env.META_ACCESS_TOKEN === minted;
  console.log(
    `whatsapp-bot META_ACCESS_TOKEN (${env?.type ?? '?'}, ${env?.target.join('+') ?? ''}): ${fingerprint(env?.value)} ${env?.value === minted ? '✔ the new token' : '✘'}`,
  );
  console.log(
    `redeploy ${live?.id ?? '(none)'}: ${live?.readyState ?? '?'}, built with ${fingerprint(live?.env.META_ACCESS_TOKEN)} ${live?.env.META_ACCESS_TOKEN === minted ? '✔ the new token is live' : '✘'}`,
  );
  console.log(`\nexit code ${run.code}; ${ok ? 'demo passed' : 'demo FAILED'}`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await world.close();
}
