/**
 * The run's report: what was found, what was done to each destination, and every failure. Built
 * up by `main.ts`, rendered here into outputs, the job summary and the failure message by pure
 * functions. Nothing here ever holds a token.
 */
import type { TokenInfo } from './core.ts';
import type { HealthRow } from './health.ts';
import { daysLeft, expiryText, isoTime } from './core.ts';
import type { FailureClass, MetaErrorDetail } from './errors.ts';
import { redact } from './secrets.ts';

export type Status = 'refreshed' | 'not-due' | 'non-expiring' | 'dry-run' | 'failed';
/** The run's own phases; a destination's failures carry its kind's id (e.g. `github-secret`) or `redeploy`. */
export type Phase = 'inputs' | 'inspect' | 'refresh' | 'verify' | 'redeploy' | (string & {});

/** What became of one row: never its token, only its id. */
export interface RowResult {
  id: string;
  type: string;
  /** Expiry before and after, as words (`expiryText`). */
  before: string;
  after: string;
  result: 'refreshed' | 'not-due' | 'non-expiring' | 'changed' | 'failed' | 'skipped' | 'would-refresh';
  detail: string;
  /** For a failed row: whether a later run may get past it on its own, and what a person must do. */
  failureClass?: FailureClass;
  hint?: string;
  /** For a failed row: what it failed on, a key rows that failed alike share (`causes.ts`). */
  cause?: string;
  /** For a skipped row: whether it is within `refresh-before-days` of its expiry, or of one not known. */
  atRisk?: boolean;
}

export interface Failure {
  phase: Phase;
  /** What the phase was doing, for the issue (e.g. `writing a GitHub secret`), when it is a destination's. */
  doing?: string;
  /** The destination concerned, e.g. `acme/app:META_ACCESS_TOKEN`. */
  target?: string;
  failureClass: FailureClass;
  message: string;
  /** What a person must do. */
  hint?: string;
  meta?: MetaErrorDetail;
}

export type DestinationResult =
  | 'created'
  | 'updated'
  /** The write was attempted and failed. */
  | 'failed'
  /** Not attempted because an earlier step failed. */
  | 'not-written'
  /** Dry run: would be written. */
  | 'would-write'
  /** No refresh was due. */
  | 'unchanged';

/** How the report names a kind of destination: learnt from the destination, never from a switch. */
export interface KindLabels {
  /** The kind's id, e.g. `github-secret`; its write failures carry it as their phase. */
  id: string;
  /** The first column of its table in the summary, e.g. `GitHub secret`. */
  title: string;
  /** The column of the write's result, e.g. `Result` or `Variable`. */
  result: string;
  /** Whether its values go live only when deployed: its rows then show the deployment. */
  deploys: boolean;
  /** For the issue, e.g. `writing a GitHub secret`. */
  writing: string;
  /** It keeps something derived from the token (its expiry), not the token: never a place to put a token. */
  derived?: boolean;
}

/** What the run did to one destination, and which token it holds. */
export interface DestinationRecord {
  kind: KindLabels;
  /** e.g. `acme/app:META_ACCESS_TOKEN`, or `vercel:my-app:META_ACCESS_TOKEN` */
  target: string;
  /** Its row in the summary, e.g. the target or a project name; deployments of it carry the same name. */
  label: string;
  primary: boolean;
  result: DestinationResult;
  /**
   * Which token the destination holds after the run, as far as we know: `new` (refreshed this
   * run), `current` (the token the run started with, which is not due), `old` (a token older
   * than the current one), or `unknown` (it could not be read).
   */
  holds: 'new' | 'current' | 'old' | 'unknown';
  detail?: string;
}

/** A deployment started so that a project runs with the new value. */
export interface DeploymentRecord {
  /** The project id or name (a destination's `label`), or `deploy hook N`. */
  project: string;
  source: 'redeploy' | 'hook';
  /** `building`: one created before this run (after the variable was written) is still being built. */
  result: 'ready' | 'failed' | 'started' | 'triggered' | 'would-redeploy' | 'none' | 'building';
  id?: string;
  /** Deployment URL with scheme. */
  url?: string;
  readyState?: string;
  /** Seconds from the redeploy to READY. */
  seconds?: number;
  detail?: string;
}

export interface RunReport {
  /** Unix seconds at the start of the run. */
  now: number;
  /** The token as inspected at the start. */
  token?: TokenInfo;
  /** The refreshed token, once verified. */
  fresh?: TokenInfo;
  /** `not-due`/`non-expiring` once decided; `failed` and `refreshed` derive from the rest. */
  outcome?: 'not-due' | 'non-expiring' | 'dry-run' | 'refreshed';
  destinations: DestinationRecord[];
  deployments: DeploymentRecord[];
  failures: Failure[];
  notes: string[];
  /** Table mode: what became of each row. */
  rows?: RowResult[];
  /** Table mode: the table `postgres-update` writes (`schema.table`), which the channels' issues are marked with. */
  relation?: string;
  /** The WhatsApp assets as the current token read them, when any are named. */
  health?: HealthRow[];
  /** The failure issue this run opened, commented on or closed (or would have, in a dry run). */
  issue?: {
    number?: number;
    url?: string;
    action: 'opened' | 'commented' | 'closed' | 'would open' | 'would comment' | 'would close';
  };
  /** Why the job's failure issue could not be found, opened, commented on or closed, when it could not. */
  issueError?: string;
  /** Table mode: the channels' own issues this run opened or closed (not those it commented on), by row id. */
  rowIssues?: Array<{ id: string; number: number; url: string; action: 'opened' | 'closed' }>;
}

/** Where the token itself lives, primary first: where a person puts a token minted by hand. */
export function placesOf(report: RunReport): string[] {
  const places = report.destinations.filter((d) => d.kind.derived !== true);
  return [...places.filter((d) => d.primary), ...places.filter((d) => !d.primary)].map((d) => d.target);
}

/** Which destinations hold which token after the run, and which projects do not run with it. */
export function whereTheTokenIs(report: RunReport): {
  current: string[];
  old: string[];
  unknown: string[];
  notLive: string[];
} {
  const targets = (holds: DestinationRecord['holds'][]): string[] =>
    report.destinations.filter((d) => holds.includes(d.holds)).map((d) => d.target);
  return {
    current: targets(['new', 'current']),
    old: targets(['old']),
    unknown: targets(['unknown']),
    notLive: [...new Set(report.deployments.filter((d) => d.result === 'failed').map((d) => d.project))],
  };
}

/** The run's status: `failed` as soon as anything failed, else the outcome reached. */
export function statusOf(report: RunReport): Status {
  return report.failures.length > 0 || report.outcome === undefined ? 'failed' : report.outcome;
}

/** The token the primary destination holds after the run: the new one once it is written there. */
function currentToken(report: RunReport): TokenInfo | undefined {
  const primary = report.destinations.find((d) => d.primary);
  return primary?.holds === 'new' && report.fresh ? report.fresh : report.token;
}

/** A run's report as it starts, at the current time: nothing found, done or failed yet. */
export const newReport = (): RunReport => ({
  now: Math.floor(Date.now() / 1000),
  destinations: [],
  deployments: [],
  failures: [],
  notes: [],
});

/** The action's outputs (all strings; `expires-at` ISO 8601 UTC, empty when the token never expires). */
export function outputsOf(report: RunReport): Record<string, string> {
  const token = currentToken(report);
  const expiresAt = token?.expiresAt;
  const deployments = report.deployments
    .filter((d) => d.id !== undefined)
    .map((d) => ({ project: d.project, id: d.id, url: d.url ?? '', readyState: d.readyState ?? '' }));
  return {
    status: statusOf(report),
    refreshed: String(report.destinations.some((d) => d.primary && d.holds === 'new')),
    'token-type': token?.type ?? '',
    'expires-at': expiresAt ? isoTime(expiresAt) : '',
    'days-left': expiresAt ? String(daysLeft(expiresAt, report.now)) : '',
    'vercel-deployments': JSON.stringify(deployments),
    'issue-number':
      report.issue?.number === undefined || report.issue.action.startsWith('would') ? '' : String(report.issue.number),
    ...rowOutputs(report.rows ?? []),
  };
}

/** Table mode's outputs: counts by result, and the results by row id (never a token). */
function rowOutputs(rows: RowResult[]): Record<string, string> {
  const count = (...results: Array<RowResult['result']>): string =>
    String(rows.filter((r) => results.includes(r.result)).length);
  return {
    'rows-refreshed': count('refreshed', 'would-refresh'),
    'rows-not-due': count('not-due', 'non-expiring'),
    'rows-failed': count('failed'),
    'rows-changed': count('changed'),
    'rows-skipped': count('skipped'),
    rows: JSON.stringify(rows.map((r) => ({ id: r.id, result: r.result }))),
  };
}

const RESULT_TEXT: Record<DestinationResult, string> = {
  created: '✅ created',
  updated: '✅ updated',
  failed: '❌ failed',
  'not-written': '⏭️ not written',
  'would-write': '📝 would write (dry run)',
  unchanged: '➖ unchanged',
};

const DEPLOYMENT_TEXT: Record<DeploymentRecord['result'], string> = {
  ready: '✅ ready',
  failed: '❌ failed',
  started: '🚀 started',
  triggered: '🚀 triggered',
  'would-redeploy': '📝 would redeploy (dry run)',
  none: '➖ none',
  building: '⏳ building',
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const ROW_TEXT: Record<RowResult['result'], string> = {
  refreshed: '✅ refreshed',
  'not-due': '➖ not due',
  'non-expiring': '➖ never expires',
  changed: '⏭️ changed by someone else',
  skipped: '⏸️ left for the next run',
  'would-refresh': '📝 would refresh (dry run)',
  failed: '❌ failed',
};

/** Table mode's digest: one line per row, by id (never its token). */
export function rowsTable(rows: RowResult[]): string[] {
  const count = (result: RowResult['result']): number => rows.filter((r) => r.result === result).length;
  return [
    `${rows.length} rows: ${count('refreshed')} refreshed, ${count('not-due') + count('non-expiring')} not due, ` +
      `${count('changed')} changed by someone else, ${count('failed')} failed` +
      `${count('skipped') > 0 ? `, ${count('skipped')} left for the next run` : ''}.`,
    '',
    '| Row | Type | Expiry before | Expiry after | Result | Detail |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${cell(r.id)} | ${cell(r.type)} | ${cell(r.before)} | ${cell(r.after)} | ${ROW_TEXT[r.result]} | ` +
        `${cell(r.detail)} |`,
    ),
  ];
}

const HEALTH_MARK: Record<HealthRow['level'], string> = { ok: '✅', warning: '⚠️', blocked: '❌' };

/** The WhatsApp assets as Markdown: asset, name or number, `can_send_message`, quality, what to do. */
export function healthTable(rows: HealthRow[]): string[] {
  return [
    '| WhatsApp asset | Name or number | can_send_message | Quality | What to do |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${cell(r.asset)} | ${cell(r.name)} | ${HEALTH_MARK[r.level]} ${cell(r.canSendMessage)} | ` +
        `${cell(r.quality)} | ${cell(r.todo)} |`,
    ),
  ];
}

/** A one-paragraph account of one failure, with what to do. */
export function failureLine(failure: Failure): string {
  const where = failure.target ? ` ${failure.target}` : '';
  const kind = failure.failureClass === 'retry-later' ? 'retry later' : 'needs a person';
  return `[${failure.phase}${where}; ${kind}] ${failure.message}${failure.hint ? ` → ${failure.hint}` : ''}`;
}

function deploymentCells(d: DeploymentRecord | undefined): string {
  if (!d) return '| |';
  const link = d.id ? (d.url ? `[${d.id}](${d.url})` : d.id) : DEPLOYMENT_TEXT[d.result];
  const seconds = d.seconds === undefined ? '' : `${d.seconds} s`;
  return `${cell(`${link}${d.detail ? ` (${d.detail})` : ''}`)} | ${d.readyState ?? ''} | ${seconds}`;
}

/** One kind's table: a row per destination; kinds that deploy show each one's deployment. */
function kindTable(report: RunReport, kind: KindLabels): string[] {
  const rows = report.destinations.filter((d) => d.kind.id === kind.id);
  const lines = kind.deploys
    ? [
        `| ${kind.title} | ${kind.result} | Holds | Deployment | readyState | Time to READY |`,
        '|---|---|---|---|---|---|',
      ]
    : [`| ${kind.title} | ${kind.result} | Holds | Detail |`, '|---|---|---|---|'];
  for (const d of rows) {
    const name = `${cell(d.label)}${d.primary ? ' (primary)' : ''}`;
    if (!kind.deploys) {
      lines.push(`| ${name} | ${RESULT_TEXT[d.result]} | ${d.holds} token | ${cell(d.detail ?? '')} |`);
      continue;
    }
    const deployment = report.deployments.find((r) => r.project === d.label);
    lines.push(
      `| ${name} | ${RESULT_TEXT[d.result]}${d.detail ? ` (${cell(d.detail)})` : ''} | ${d.holds} token | ` +
        `${deploymentCells(deployment)} |`,
    );
  }
  return lines;
}

/** The job summary as Markdown. Redacted as a whole, as the runner does not mask summaries. */
export function renderSummary(report: RunReport): string {
  const status = statusOf(report);
  const lines: string[] = [`## Meta token refresh: ${status}`, ''];
  const { token, fresh } = report;
  if (token) {
    lines.push('| | |', '|---|---|');
    lines.push(`| Token type | ${cell(token.type)} |`);
    if (token.appId) lines.push(`| App | ${cell(`${token.application ?? ''} (${token.appId})`)} |`);
    else if (token.application) lines.push(`| Account | ${cell(token.application)} |`);
    if (token.userId) lines.push(`| User id | ${cell(token.userId)} |`);
    if (token.appId) lines.push(`| Scopes | ${cell(token.scopes.join(', ') || '(none)')} |`);
    lines.push(`| Expiry before | ${token.isValid ? expiryText(token, report.now) : 'not valid'} |`);
    if (fresh) lines.push(`| Expiry after | ${expiryText(fresh, report.now)} |`);
    lines.push('');
  }
  if (report.health && report.health.length > 0) lines.push(...healthTable(report.health), '');
  if (report.rows) lines.push(...rowsTable(report.rows), '');
  for (const kind of [...new Map(report.destinations.map((d) => [d.kind.id, d.kind])).values()]) {
    lines.push(...kindTable(report, kind), '');
  }
  // Deployments of no destination: deploy hooks.
  const hooks = report.deployments.filter((r) => !report.destinations.some((d) => d.label === r.project));
  if (hooks.length > 0) {
    lines.push('| Deploy hook | Deployment | readyState | Time to READY |', '|---|---|---|---|');
    for (const h of hooks) lines.push(`| ${cell(h.project)} | ${deploymentCells(h)} |`);
    lines.push('');
  }
  if (report.failures.length > 0) {
    lines.push('### What failed', '');
    for (const failure of report.failures) lines.push(`- ${cell(failureLine(failure))}`);
    lines.push('');
  }
  if (report.issue) {
    const { number, url, action } = report.issue;
    lines.push(
      `Failure issue: ${action}${number === undefined ? '' : ` ${url ? `[#${number}](${url})` : `#${number}`}`}`,
      '',
    );
  }
  for (const note of report.notes) lines.push(`> ${cell(note)}`, '');
  return redact(lines.join('\n'));
}
