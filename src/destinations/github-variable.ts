/**
 * The expiry where people can see it (`expiry-variable`): a repository variable holding the ISO
 * 8601 expiry of the token in the primary (`never` for a token that does not expire), written
 * after the primary like every other destination. Teams read it on the settings page or as
 * `vars.NAME` in other workflows, without a call to Meta.
 */
import type { Octokit } from '../clients/github.ts';
import type { TokenInfo } from '../core.ts';
import { isoTime } from '../core.ts';
import type { Settings } from '../inputs.ts';
import { repoName } from '../model.ts';
import type { KindLabels } from '../report.ts';
import type { DestinationSet } from './destination.ts';
import { newRecord } from './destination.ts';

const KIND: KindLabels = {
  id: 'github-variable',
  title: 'GitHub variable (expiry)',
  result: 'Result',
  deploys: false,
  writing: 'writing the expiry variable',
  derived: true,
};

/** The variable's value for `token`: its expiry in ISO 8601 UTC, `never`, or `unknown` (a refresh that did not say). */
export const expiryValue = (token: TokenInfo): string =>
  token.expiresAt === undefined ? 'unknown' : token.expiresAt === 0 ? 'never' : isoTime(token.expiresAt);

/** The `expiry-variable`, when one is set. */
export async function createDestinations(settings: Settings): Promise<DestinationSet> {
  const variable = settings.expiryVariable;
  if (!variable) return { destinations: [] };
  const gh = await import('../clients/github.ts');
  const octokit = settings.githubToken
    ? gh.createOctokit(settings.githubToken, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs })
    : undefined;
  const client = (): Octokit => {
    if (!octokit) throw new Error('no GitHub client');
    return octokit;
  };
  const target = `${repoName(variable.repo)}:${variable.name}`;
  return {
    destinations: [
      {
        target,
        primary: false,
        record: newRecord({ kind: KIND, target, label: target, primary: false }),
        prepare: () => undefined,
        async readState(token) {
          const current = await gh.getVariable(client(), variable.repo, variable.name);
          // A value that is not the current token's expiry missed it, whenever it was written.
          if (current === 'missing' || current.value !== expiryValue(token)) return { writtenAt: 'missing' };
          return { writtenAt: current.updatedAt * 1000 };
        },
        async write(_value, token) {
          const result = await gh.setVariable(client(), variable.repo, variable.name, expiryValue(token));
          return { result, writtenAt: undefined };
        },
        checkWritable: () => Promise.resolve().then(() => void client()),
      },
    ],
  };
}
