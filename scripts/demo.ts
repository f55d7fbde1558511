/**
 * `npm run demo`: the whole main job against local fakes, no credentials and no network. A Meta
 * fake holds an expiring system-user token with 10 days left; a GitHub fake really opens the
 * sealed secrets it receives; a Vercel fake keeps the project's variables and builds deployments.
 * The bundled action runs as the runner would; this prints the job summary, the outputs, whether
 * each secret now opens to the token Meta minted, and what the redeployed Vercel project runs with.
 *
 * Then table mode: an embedded PostgreSQL holding seed 001's table with three WhatsApp channels
 * (one due, one not due, one whose token is dead), printed before and after with fingerprints
 * instead of tokens.
 */
import { createHash } from 'node:crypto';
import { startPostgres } from '../test/helpers/postgres.ts';
import { startWorld, token } from '../test/helpers/world.ts';

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
  console.log(`\nexit code ${run.code}; ${ok ? 'single token: passed' : 'single token: FAILED'}`);
  const table = await tableMode();
  console.log(`\n${ok && table ? 'demo passed' : 'demo FAILED'}`);
  process.exitCode = ok && table ? 0 : 1;
} finally {
  await world.close();
}

/** Table mode on seed 001's table; whether every row came out as it should. */
async function tableMode(): Promise<boolean> {
  console.log("\n══ table mode: seed 001's crm.marketing_channel_credential, three WhatsApp channels ══\n");
  const channels = [
    { name: 'due (10 days left)', token: token({ daysLeft: 10 }) },
    { name: 'not due (40 days left)', token: token({ daysLeft: 40 }) },
    {
      name: 'dead (user logged out)',
      token: token({
        invalid: { code: 190, subcode: 460, message: 'The session is invalid because the user logged out.' },
      }),
    },
  ];
  const pg = await startPostgres();
  const w = await startWorld({ meta: { tokens: channels.map((c) => c.token) } });
  try {
    await pg.sql.unsafe(`CREATE SCHEMA crm;
      CREATE TABLE crm.marketing_channel_credential (id serial PRIMARY KEY, canal_tipo text NOT NULL,
        activo boolean NOT NULL, access_token text, token_expires_at timestamptz, updated_at timestamptz);`);
    for (const c of channels)
      await pg.sql`INSERT INTO crm.marketing_channel_credential (canal_tipo, activo, access_token)
        VALUES ('whatsapp', true, ${c.token.token})`;
    const print = async (title: string): Promise<Map<number, string>> => {
      const rows = await pg.sql<Array<{ id: number; access_token: string; token_expires_at: Date | null }>>`
        SELECT id, access_token, token_expires_at FROM crm.marketing_channel_credential ORDER BY id`;
      console.log(`── ${title} ──`);
      for (const r of rows)
        console.log(
          `  id ${r.id}  ${(channels[r.id - 1]?.name ?? '').padEnd(24)} ${fingerprint(r.access_token)}  expires ${r.token_expires_at?.toISOString() ?? '(not recorded)'}`,
        );
      return new Map(rows.map((r) => [r.id, r.access_token]));
    };
    const before = await print('before');
    const run = await w.run({
      'access-token': '',
      'github-secrets': '',
      'postgres-url': pg.adminUrl,
      'postgres-tokens-query': `SELECT id, access_token AS token FROM crm.marketing_channel_credential
        WHERE canal_tipo = 'whatsapp' AND activo = true`,
      'postgres-update': `UPDATE crm.marketing_channel_credential SET access_token = $1, token_expires_at = $2,
        updated_at = $3 WHERE id = $4 AND access_token = $5`,
    });
    console.log(`\n${run.summary.trim()}\n`);
    const after = await print('after');
    const minted = w.meta.minted.at(-1)?.token;
    const issue = w.github.issues('acme/app').find((i) => i.state === 'open');
    console.log(`\nfailure issue: ${issue ? `#${issue.number} "${issue.title}"` : '(none)'}`);
    const ok =
      run.code === 1 &&
      after.get(1) === minted &&
      after.get(2) === before.get(2) &&
      after.get(3) === before.get(3) &&
      issue?.title === 'Meta access token refresh failed: channel 3';
    console.log(
      `exit code ${run.code} (the dead channel fails the run); ${ok ? 'table mode: passed' : 'table mode: FAILED'}`,
    );
    return ok;
  } finally {
    await w.close();
    await pg.stop();
  }
}
