/** The failure issue's inputs (`issue-*`): whether it is kept, where, with what token, label and assignees. */
import type { RepoRef } from '../model.ts';
import { boolean, list, LOGIN, optionalToken, OWNER, z } from './common.ts';

export interface IssueSettings {
  /** Open, comment on and close the failure issue. */
  enabled: boolean;
  /** Token with `issues: write` on `repo`; undefined when none was given. */
  token: string | undefined;
  /** Where the issue lives; undefined when neither the input nor GITHUB_REPOSITORY says. */
  repo: RepoRef | undefined;
  label: string;
  assignees: string[];
}

/** Where and with what token the failure issue is kept; undefined when it is turned off or either is missing. */
export function issueTarget(issue: IssueSettings): { token: string; repo: RepoRef } | undefined {
  return issue.enabled && issue.token && issue.repo ? { token: issue.token, repo: issue.repo } : undefined;
}

export const issueSchemas = {
  'issue-on-failure': boolean,
  'issue-token': optionalToken,
  'issue-repository': z
    .string()
    .regex(new RegExp(`^(${LOGIN}/[A-Za-z0-9._-]{1,100})?$`), 'must be OWNER/REPO, e.g. acme/app'),
  'issue-label': z
    .string()
    .min(1, 'must not be empty')
    .max(50, "must be at most 50 characters (GitHub's limit for a label)")
    // GitHub's labels= filter splits on commas: the open issue would never be found again.
    .regex(/^[^,]*$/, 'must not contain a comma (GitHub would read it as two labels)'),
  'issue-assignees': list.pipe(z.array(z.string().regex(OWNER, 'must list GitHub logins, comma separated'))),
} as const;

type Parsed = { [K in keyof typeof issueSchemas]: z.output<(typeof issueSchemas)[K]> };

/** `OWNER/REPO` as a reference, or undefined when it is not one. */
export function toRepo(fullName: string | undefined): RepoRef | undefined {
  const [owner, repo] = (fullName ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}

/** The issue settings of inputs that passed every check; the repository defaults to `currentRepository`. */
export function toIssueSettings(p: Parsed, currentRepository: string | undefined): IssueSettings {
  return {
    enabled: p['issue-on-failure'],
    token: p['issue-token'] || undefined,
    repo: toRepo(p['issue-repository'] || currentRepository),
    label: p['issue-label'],
    assignees: p['issue-assignees'],
  };
}
