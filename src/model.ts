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
