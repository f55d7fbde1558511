/**
 * The small vocabulary the inputs and the clients share, so that neither imports the other.
 */

/** A GitHub repository. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** `owner/repo` */
export function repoName(ref: RepoRef): string {
  return `${ref.owner}/${ref.repo}`;
}

/** A Vercel environment a variable applies to. */
export type EnvTarget = 'production' | 'preview' | 'development';

/** How Vercel stores a variable: `sensitive` (write-only) or `encrypted` (readable with project access). */
export type EnvType = 'sensitive' | 'encrypted';

/** Who may use an organization secret. */
export type SecretVisibility = 'all' | 'private' | 'selected';

/** Where a GitHub secret lives; each place has its own public key (api-facts B.2). */
export type SecretScope =
  | { kind: 'repository'; repo: RepoRef }
  | { kind: 'environment'; repo: RepoRef; environment: string }
  | { kind: 'dependabot'; repo: RepoRef }
  /** `visibility` for a new secret (undefined: `private`); an existing one keeps its own. */
  | { kind: 'organization'; org: string; visibility: SecretVisibility | undefined };

/** `text`, in double quotes when it holds white space (as a `github-secrets` line writes it). */
const quoted = (text: string): string => (/\s/.test(text) ? `"${text}"` : text);

/** How a secret is named in reports and in the failure issue, close to how `gh secret set` is called. */
export function secretTarget(scope: SecretScope, name: string): string {
  switch (scope.kind) {
    case 'repository':
      return `${repoName(scope.repo)}:${name}`;
    case 'environment':
      return `${repoName(scope.repo)}:${name} --env ${quoted(scope.environment)}`;
    case 'dependabot':
      return `${repoName(scope.repo)}:${name} --app dependabot`;
    case 'organization':
      return `${name} --org ${scope.org}`;
  }
}
