/**
 * GitHub Actions repository secrets (`github-secrets`): sealed with the repository's public key
 * and written with `PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}` (api-facts B.1).
 */
import type { PublicKey } from '../clients/github.ts';
import type { SecretDestination, Settings } from '../inputs.ts';
import { repoName } from '../model.ts';
import type { KindLabels } from '../report.ts';
import type { Destination, DestinationSet } from './destination.ts';
import { newRecord } from './destination.ts';

const KIND: KindLabels = {
  id: 'github-secret',
  title: 'GitHub secret',
  result: 'Result',
  deploys: false,
  writing: 'writing a GitHub secret',
};

/** `owner/repo:NAME`, the secret's target in the report and the issue. */
export const secretTarget = (d: SecretDestination): string => `${repoName(d.repo)}:${d.name}`;

/** Every secret of `github-secrets`, the first one the primary. */
export async function createDestinations(settings: Settings): Promise<DestinationSet> {
  // A chunk of its own, shared with the failure issue rather than copied into both.
  const { createOctokit, getPublicKey, getSecretUpdatedAt, prepareWrites, putSecret } =
    await import('../clients/github.ts');
  const octokit = settings.githubToken
    ? createOctokit(settings.githubToken, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs })
    : undefined;
  // One public key per repository, read once and shared by its secrets.
  const keys = new Map<string, Promise<PublicKey>>();
  const keyOf = (d: SecretDestination): Promise<PublicKey> => {
    const name = repoName(d.repo);
    let key = keys.get(name);
    if (!key) {
      key = octokit ? getPublicKey(octokit, d.repo) : Promise.reject(new Error('no GitHub client'));
      key.catch(() => undefined);
      keys.set(name, key);
    }
    return key;
  };
  const clientOrThrow = () => {
    if (!octokit) throw new Error('no GitHub client');
    return octokit;
  };

  const destinations = settings.githubSecrets.map((d, i): Destination => {
    const target = secretTarget(d);
    return {
      target,
      primary: i === 0,
      record: newRecord({ kind: KIND, target, label: target, primary: i === 0 }),
      prepare: () => void keyOf(d),
      async readState() {
        // The key matters too: a secret that cannot be sealed cannot be brought up to date.
        const [key, state] = await Promise.allSettled([keyOf(d), getSecretUpdatedAt(clientOrThrow(), d.repo, d.name)]);
        if (key.status === 'rejected') throw key.reason;
        if (state.status === 'rejected') throw state.reason;
        return { writtenAt: state.value === 'missing' ? 'missing' : state.value * 1000 };
      },
      async write(value) {
        const result = await putSecret(clientOrThrow(), d.repo, d.name, await keyOf(d), value);
        return { result, writtenAt: undefined };
      },
      async checkWritable() {
        await keyOf(d);
      },
    };
  });
  return { destinations, prepareWrites };
}
