/**
 * The GitHub places of a single token: `github-secrets` (read as `gh secret set` is called),
 * `expiry-variable`, and `github-token`, which writes them.
 */
import type { RepoRef, SecretScope, SecretVisibility } from '../model.ts';
import { secretTarget } from '../model.ts';
import type { Raw } from './common.ts';
import { OWNER, optionalToken, uncomment } from './common.ts';

/** One GitHub secret to write: where it lives and its name. */
export interface SecretDestination {
  scope: SecretScope;
  /** Upper-cased, as GitHub stores it. */
  name: string;
}

/** A repository variable: where it lives and its name. */
export interface VariableRef {
  repo: RepoRef;
  name: string;
}

export const githubSchemas = {
  'github-token': optionalToken,
} as const;

const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

/** Why a secret name breaks GitHub's naming rules (api-facts B.4), or undefined when it is fine. */
export function secretNameProblem(name: string): string | undefined {
  if (!SECRET_NAME.test(name)) {
    return /^[0-9]/.test(name) ? 'must not start with a digit' : 'may contain only letters, digits and underscores';
  }
  if (/^GITHUB_/i.test(name)) return 'must not start with GITHUB_ (reserved by GitHub)';
  return undefined;
}

const SECRET_SYNTAX =
  'must be NAME or OWNER/REPO:NAME, optionally followed by --env ENVIRONMENT, --app dependabot, ' +
  'or (NAME alone) --org ORG [--visibility all|private|selected], e.g. acme/app:META_ACCESS_TOKEN --env production';

/** The words of a line: runs of non-space, or a double-quoted value (an environment name with spaces). */
const words = (line: string): string[] => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');

/** The flags after a line's place (`--env prod`), or undefined when one is unknown, repeated or has no value. */
function flagsOf(rest: string[]): Map<string, string> | undefined {
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) {
    const [flag = '', value] = [rest[i], rest[i + 1]];
    if (!['--env', '--org', '--app', '--visibility'].includes(flag) || value === undefined || flags.has(flag))
      return undefined;
    flags.set(flag, value);
  }
  return flags;
}

/** An organization secret (`NAME --org ORG [--visibility …]`), or why the line is not one. */
function organizationSecret(
  name: string,
  org: string,
  flags: Map<string, string>,
  repoGiven: boolean,
): SecretDestination | string {
  if (repoGiven || flags.has('--env') || (flags.get('--app') ?? 'actions') !== 'actions')
    return ': --org takes the secret NAME alone, without OWNER/REPO:, --env or --app dependabot';
  if (!OWNER.test(org)) return `: "${org}" is not a valid organization name`;
  const visibility = flags.get('--visibility');
  if (visibility !== undefined && !['all', 'private', 'selected'].includes(visibility))
    return ': --visibility must be all, private or selected';
  return {
    scope: { kind: 'organization', org, visibility: visibility as SecretVisibility | undefined },
    name: name.toUpperCase(),
  };
}

/** The repository of a line: its own OWNER/REPO, else the current one; or why there is none. */
function repositoryOf(
  owner: string | undefined,
  name: string | undefined,
  current: string | undefined,
): RepoRef | string {
  if (owner !== undefined && name !== undefined) {
    if (!OWNER.test(owner) || !REPO.test(name) || name === '.' || name === '..')
      return `: "${owner}/${name}" is not a valid OWNER/REPO`;
    return { owner, repo: name };
  }
  const [o, r] = (current ?? '').split('/');
  if (!o || !r) return ': GITHUB_REPOSITORY is not set, so write the destination as OWNER/REPO:NAME';
  return { owner: o, repo: r };
}

/** The scope and name of one `github-secrets` line, or why it is not one. */
function parseSecretLine(line: string, currentRepository: string | undefined): SecretDestination | string {
  const [place = '', ...rest] = words(line);
  const flags = flagsOf(rest);
  const match = /^(?:([^/:\s]+)\/([^/:\s]+):)?([^/:\s]*)$/.exec(place);
  if (!flags || !match) return SECRET_SYNTAX;
  const [, owner, repoName, name = ''] = match;
  const nameProblem = name === '' ? 'is empty' : secretNameProblem(name);
  if (nameProblem) return `: the secret name ${nameProblem}`;
  const app = flags.get('--app') ?? 'actions';
  if (app !== 'actions' && app !== 'dependabot') return ': --app must be actions or dependabot';
  const org = flags.get('--org');
  if (org !== undefined) return organizationSecret(name, org, flags, owner !== undefined);
  if (flags.has('--visibility')) return ': --visibility applies to organization secrets (--org ORG) only';
  const repo = repositoryOf(owner, repoName, currentRepository);
  if (typeof repo === 'string') return repo;
  const environment = flags.get('--env');
  if (environment !== undefined) {
    if (app !== 'actions') return ': Dependabot has no environment secrets: drop --env or --app dependabot';
    if (environment === '' || environment.length > 255 || /\p{Cc}/u.test(environment))
      return ': --env must name an environment (at most 255 characters)';
    return { scope: { kind: 'environment', repo, environment }, name: name.toUpperCase() };
  }
  return {
    scope: app === 'dependabot' ? { kind: 'dependabot', repo } : { kind: 'repository', repo },
    name: name.toUpperCase(),
  };
}

/**
 * Parses `github-secrets`: one destination per line, as `gh secret set` is called: `NAME` (a
 * secret of `currentRepository`) or `OWNER/REPO:NAME`, optionally with `--env ENVIRONMENT` (an
 * environment secret) or `--app dependabot` (a Dependabot secret); or `NAME --org ORG`, with
 * `--visibility all|private|selected` for a new one. Blank lines and `#` comments (whole lines or
 * trailing) are ignored. Returns the destinations and the problems found (each naming the line).
 */
export function parseSecretDestinations(
  text: string,
  currentRepository: string | undefined,
): { destinations: SecretDestination[]; problems: string[] } {
  const destinations: SecretDestination[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = uncomment(raw);
    if (line === '') return;
    const where = `line ${index + 1} ("${line}")`;
    const parsed = parseSecretLine(line, currentRepository);
    if (typeof parsed === 'string') {
      problems.push(parsed.startsWith(':') ? `${where}${parsed}` : `${where} ${parsed}`);
      return;
    }
    // Names and repositories are case-insensitive on GitHub; environment names too.
    const key = secretTarget(parsed.scope, parsed.name).toLowerCase();
    if (seen.has(key)) {
      problems.push(`${where} repeats a destination (secret names are case-insensitive): list it once`);
      return;
    }
    seen.add(key);
    destinations.push(parsed);
  });
  return { destinations, problems };
}

const VARIABLE_SYNTAX =
  'must be NAME or OWNER/REPO:NAME of a repository variable (letters, digits and underscores, ' +
  'not starting with GITHUB_ or a digit), e.g. META_TOKEN_EXPIRES_AT';

/** `expiry-variable`: `NAME` or `OWNER/REPO:NAME` of a repository variable, or why not; undefined when empty. */
function parseVariable(text: string, currentRepository: string | undefined): VariableRef | string | undefined {
  if (text === '') return undefined;
  const parsed = parseSecretLine(text, currentRepository);
  if (typeof parsed === 'string' || parsed.scope.kind !== 'repository') return VARIABLE_SYNTAX;
  return { repo: parsed.scope.repo, name: parsed.name };
}

const NEEDS_WRITER =
  "Input 'github-token' is required when github-secrets is set: pass a fine-grained PAT or GitHub App token " +
  'with "Secrets: write" (GITHUB_TOKEN cannot write secrets).';
const NOWHERE =
  "Input 'github-secrets' is empty: a refreshed token would have nowhere to go. List at least one secret, " +
  'e.g. META_ACCESS_TOKEN (the one access-token is read from), or set dry-run: true to only inspect.';

/**
 * Reads `github-secrets` and `expiry-variable` against `GITHUB_REPOSITORY`, with what they need:
 * `github-token`, and (unless `elsewhere` says the token has another place to go) at least one
 * secret. Returns the places and every problem, each naming its input.
 */
export function readGitHubPlaces(
  raw: Raw,
  currentRepository: string | undefined,
  elsewhere: boolean,
): { destinations: SecretDestination[]; variable: VariableRef | undefined; problems: string[] } {
  const { destinations, problems: lines } = parseSecretDestinations(raw('github-secrets'), currentRepository);
  const problems = lines.map((p) => `Input 'github-secrets' ${p}`);
  if (destinations.length > 0 && raw('github-token') === '') problems.push(NEEDS_WRITER);
  if (destinations.length === 0 && lines.length === 0 && !elsewhere) problems.push(NOWHERE);
  const variable = parseVariable(uncomment(raw('expiry-variable')), currentRepository);
  if (typeof variable === 'string') problems.push(`Input 'expiry-variable' ${variable}`);
  else if (variable && raw('github-token') === '')
    problems.push('Input \'github-token\' is required when expiry-variable is set: a token with "Variables: write".');
  return { destinations, variable: typeof variable === 'string' ? undefined : variable, problems };
}
