/**
 * GitHub secrets (`github-secrets`): repository, environment and Dependabot secrets and
 * organization Actions secrets. Each is sealed with the public key of its own place and written
 * with `PUT …/secrets/{secret_name}` (api-facts B.1, B.2); the kinds differ only in their routes
 * and permissions (`clients/github.ts`), and an existing organization secret keeps who may use it
 * (`--visibility` applies when one is created; a line that says otherwise gets a warning). A write
 * whose answer was lost is read back to tell whether the secret missed it.
 */
import * as core from '@actions/core';
import type { Octokit, PublicKey, SecretState } from '../clients/github.ts';
import { CLOCK_TOLERANCE_SECONDS } from '../core.ts';
import { messageOf, ServiceError } from '../errors.ts';
import type { SecretDestination, Settings } from '../inputs.ts';
import type { SecretVisibility } from '../model.ts';
import { secretTarget } from '../model.ts';
import type { KindLabels, RunReport } from '../report.ts';
import type { Destination, DestinationSet, KindContext } from './destination.ts';
import { newRecord } from './destination.ts';

const noop = (): void => undefined;

const KIND: KindLabels = {
  id: 'github-secret',
  title: 'GitHub secret',
  result: 'Result',
  deploys: false,
  writing: 'writing a GitHub secret',
};

/**
 * What an organization secret's write sends besides the value: the visibility it has and, for
 * `selected`, its repositories; a new one gets the configured visibility (default `private`).
 * GitHub's PUT requires a visibility and sets whatever it is sent, so an existing secret's is sent
 * back, never the configured one (`--visibility` is for a new secret). `state` and `selection` are
 * memoised reads, so `prepare()` may start them.
 */
async function organizationFields(
  d: SecretDestination,
  state: () => Promise<SecretState | 'missing'>,
  selection: () => Promise<number[]>,
): Promise<{ visibility: SecretVisibility; selectedRepositoryIds?: number[] } | undefined> {
  if (d.scope.kind !== 'organization') return undefined;
  const current = await state();
  if (current === 'missing') {
    const visibility = d.scope.visibility ?? 'private';
    if (visibility !== 'selected') return { visibility };
    throw new ServiceError({
      system: 'github',
      failureClass: 'needs-human',
      message: `GitHub: the organization secret ${d.name} of ${d.scope.org} has no repository selection to keep`,
      hint:
        `Create ${d.name} in the organization's settings (Secrets and variables → Actions) ` +
        'with the repositories it is for, or use --visibility all or private.',
    });
  }
  const { visibility } = current;
  if (visibility === undefined) {
    throw new ServiceError({
      system: 'github',
      failureClass: 'retry-later',
      message:
        `GitHub: the organization secret ${d.name} of ${d.scope.org} was read without its visibility, so it ` +
        'is not written (a write sets the visibility it is sent)',
    });
  }
  if (visibility !== 'selected') return { visibility };
  // GitHub does not document what a write without ids does to the selection: send the one it has.
  return { visibility, selectedRepositoryIds: await selection() };
}

/**
 * The warning for an existing organization secret whose visibility is not the one its line
 * configures (which applies only when the secret is created), or undefined.
 */
function visibilityWarning(d: SecretDestination, state: SecretState | 'missing'): string | undefined {
  const { scope } = d;
  if (scope.kind !== 'organization' || scope.visibility === undefined || state === 'missing') return undefined;
  if (state.visibility === undefined || state.visibility === scope.visibility) return undefined;
  return (
    `GitHub: the organization secret ${d.name} of ${scope.org} is ${state.visibility}, not ${scope.visibility} ` +
    `as its github-secrets line says (--visibility ${scope.visibility}). --visibility applies only when the ` +
    `secret is created, so the action leaves it ${state.visibility}: change it in the organization's settings if it ` +
    'should be, and drop --visibility from the line.'
  );
}

/**
 * A failed write that may have landed (`mayHaveLanded`: its answer was lost or cut off), settled by
 * reading the secret back. Missing, or last written before the write was sent (less the clock
 * tolerance), it missed the write and keeps the old token; written since, or unreadable, which
 * token it holds is not known. Any other failure is returned as it is.
 */
async function settleLostWrite(
  error: unknown,
  readBack: () => Promise<SecretState | 'missing'>,
  sentAt: number,
): Promise<unknown> {
  if (!(error instanceof ServiceError) || !error.mayHaveLanded) return error;
  let found: string;
  try {
    const state = await readBack();
    if (state === 'missing' || state.updatedAt * 1000 < sentAt - CLOCK_TOLERANCE_SECONDS * 1000)
      return settled(error, `${error.message}; read back, the secret was not written`, false);
    found = 'read back, the secret was written since';
  } catch (readError) {
    found = `it could not be read back (${messageOf(readError)})`;
  }
  return settled(error, `${error.message}; ${found}, so which token it holds is not known`, true);
}

function settled(error: ServiceError, message: string, mayHaveLanded: boolean): ServiceError {
  return new ServiceError({
    system: error.system,
    failureClass: error.failureClass,
    message,
    status: error.status,
    meta: error.meta,
    retryAfterMs: error.retryAfterMs,
    hint: mayHaveLanded
      ? (error.hint ?? 'The next run reads the secret back and writes it again if it missed the token.')
      : error.hint,
    mayHaveLanded,
  });
}

/** `read`, started at most once and shared; a rejection is left to whoever awaits it. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () => {
    if (!started) {
      started = Promise.resolve().then(read);
      started.catch(noop);
    }
    return started;
  };
}

/**
 * What one secret's destination reads and writes with: the client module, the client, its place's
 * key, and the run's report (for warnings).
 */
interface SecretIo {
  gh: typeof import('../clients/github.ts');
  client: () => Octokit;
  keyOf: (d: SecretDestination) => Promise<PublicKey>;
  report: RunReport;
}

/** The destination of secret `d`. */
function secretDestination(io: SecretIo, d: SecretDestination, primary: boolean): Destination {
  const { gh, client, keyOf } = io;
  const target = secretTarget(d.scope, d.name);
  // Read once: by convergence, and for an organization secret by its write too.
  const stateOf = once(() => gh.getSecretState(client(), d.scope, d.name));
  const scope = d.scope;
  const selectionOf =
    scope.kind === 'organization'
      ? once(() => gh.getSelectedRepositories(client(), scope.org, d.name))
      : () => Promise.resolve<number[]>([]);
  let warned = false;
  /** Warns, once a run, that an existing organization secret's visibility is not the configured one. */
  const checkVisibility = (state: SecretState | 'missing'): void => {
    const warning = warned ? undefined : visibilityWarning(d, state);
    if (warning === undefined) return;
    warned = true;
    io.report.notes.push(warning);
    core.warning(warning);
  };
  /** What the write sends besides the value, once the key and (organization) the state are read. */
  const writeFields = async (): Promise<[PublicKey, Awaited<ReturnType<typeof organizationFields>>]> => {
    const fields = await Promise.all([keyOf(d), organizationFields(d, stateOf, selectionOf)]);
    if (fields[1]) checkVisibility(await stateOf());
    return fields;
  };
  return {
    target,
    primary,
    record: newRecord({ kind: KIND, target, label: target, primary }),
    prepare() {
      void keyOf(d);
      if (scope.kind !== 'organization') return;
      // Its write needs its state and, when it is `selected`, the selected repositories.
      const selected = (s: SecretState | 'missing'): boolean => s !== 'missing' && s.visibility === 'selected';
      void stateOf().then((s) => (selected(s) ? selectionOf() : undefined), noop);
    },
    async readState() {
      // The key matters too: a secret that cannot be sealed cannot be brought up to date.
      const [key, current] = await Promise.allSettled([keyOf(d), stateOf()]);
      if (key.status === 'rejected') throw key.reason;
      if (current.status === 'rejected') throw current.reason;
      checkVisibility(current.value);
      return { writtenAt: current.value === 'missing' ? 'missing' : current.value.updatedAt * 1000 };
    },
    async write(value) {
      const [key, organization] = await writeFields();
      const sentAt = Date.now();
      try {
        const result = await gh.putSecret(client(), d.scope, d.name, key, value, organization);
        return { result, writtenAt: undefined };
      } catch (error) {
        // Not the memoised state: that one was read before the write.
        throw await settleLostWrite(error, () => gh.getSecretState(client(), d.scope, d.name), sentAt);
      }
    },
    async checkWritable() {
      await writeFields();
    },
  };
}

/** Every secret of `github-secrets`, the first one the primary unless the Postgres row is. */
export async function createDestinations(settings: Settings, context: KindContext): Promise<DestinationSet> {
  // Loaded once the inspection is out: start-up does not wait for Octokit.
  const gh = await import('../clients/github.ts');
  const octokit = settings.githubToken
    ? gh.createOctokit(settings.githubToken, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs })
    : undefined;
  const client = (): Octokit => {
    if (!octokit) throw new Error('no GitHub client');
    return octokit;
  };
  // One public key per place, read once and shared by its secrets (never across places).
  const keys = new Map<string, () => Promise<PublicKey>>();
  const keyOf = (d: SecretDestination): Promise<PublicKey> => {
    const where = secretTarget(d.scope, '').toLowerCase();
    const key = keys.get(where) ?? once(() => gh.getPublicKey(client(), d.scope));
    keys.set(where, key);
    return key();
  };
  const io: SecretIo = { gh, client, keyOf, report: context.report };
  const rowIsPrimary = settings.postgres?.kind === 'row' && settings.postgres.primary;
  const destinations = settings.githubSecrets.map((d, i) => secretDestination(io, d, i === 0 && !rowIsPrimary));
  return { destinations, prepareWrites: gh.prepareWrites };
}
