export const id = 112;
export const ids = [112];
export const modules = {

/***/ 1112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   closeIssue: () => (/* binding */ closeIssue),
/* harmony export */   commentOn: () => (/* binding */ commentOn),
/* harmony export */   ensureLabel: () => (/* binding */ ensureLabel),
/* harmony export */   findOpenIssue: () => (/* binding */ findOpenIssue),
/* harmony export */   issueMarker: () => (/* binding */ issueMarker),
/* harmony export */   issueMarkers: () => (/* binding */ issueMarkers),
/* harmony export */   issueTitle: () => (/* binding */ issueTitle),
/* harmony export */   listOpenIssues: () => (/* binding */ listOpenIssues),
/* harmony export */   openIssue: () => (/* binding */ openIssue),
/* harmony export */   openIssueDesk: () => (/* binding */ openIssueDesk),
/* harmony export */   renderFailure: () => (/* binding */ renderFailure),
/* harmony export */   renderRecovery: () => (/* binding */ renderRecovery),
/* harmony export */   reportByIssue: () => (/* binding */ reportByIssue),
/* harmony export */   unassignedNote: () => (/* binding */ unassignedNote)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(828);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6288);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6105);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(665);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7194);






/**
 * The hidden marker that ties an issue to one token: the app and the secret the token lives in;
 * in table mode also the tokens query's hash and the shard (`IssueContext.table`). Never the
 * token itself; every part survives a rotation, so every run finds the same issue.
 */
function issueMarker(context) {
    const { table } = context;
    const rows = table ? ` table=${table.query}${table.shard ? ` shard=${table.shard}` : ''}` : '';
    return `<!-- meta-token-refresh app=${context.appId} secret=${context.primary || '-'}${rows} -->`;
}
/**
 * The markers an open issue of this job may carry, the current one first: an unsharded table
 * job also adopts the issue an earlier version opened without the query's hash. Pure.
 */
function issueMarkers(context) {
    const legacy = context.table && !context.table.shard ? [issueMarker({ ...context, table: undefined })] : [];
    return [issueMarker(context), ...legacy];
}
/** The issue title (never rewritten afterwards). */
function issueTitle(context, token) {
    // Instagram Login tokens have no app id, only their account.
    const id = context.appId ? ` (${context.appId})` : '';
    const app = token?.application ? `${token.application}${id}` : context.appId ? `app ${context.appId}` : 'the token';
    const shard = context.table?.shard ? ` (shard ${context.table.shard})` : '';
    const where = context.table ? `, channels${shard}` : context.primary ? `, ${context.primary}` : '';
    return `Meta access token refresh failed: ${app}${where}`;
}
const PHASE_TEXT = {
    inputs: 'reading the inputs',
    inspect: 'inspecting the token',
    refresh: 'refreshing the token',
    verify: 'verifying the new token',
    whatsapp: 'checking the WhatsApp phone numbers and account',
    redeploy: 'deploying with the new value',
};
function urgency(report, context) {
    if (context.table) {
        const rows = report.rows;
        if (!rows)
            return 'The tokens query could not be read: no channel was checked this run.';
        const failed = rows.filter((r) => r.result === 'failed').length;
        const shard = context.table.shard ? ` of shard ${context.table.shard}` : '';
        const own = 'A channel whose own token needs a person gets an issue of its own; this one lists the rest.';
        return `**${String(failed)} of ${String(rows.length)} channels**${shard} failed this run. ${own}`;
    }
    const token = report.token;
    if (!token)
        return 'The token could not be inspected, so its expiry is unknown.';
    if (!token.isValid)
        return '**The token is already dead**: every send with it fails until a person replaces it.';
    if (token.expiresAt === 0)
        return 'The token does not expire.';
    if (token.expiresAt === undefined)
        return ('The expiry of the current token is not known (Meta reports none for Instagram Login tokens; ' +
            '`expiry-variable` keeps the one each refresh returns).');
    const left = (0,_core_js__WEBPACK_IMPORTED_MODULE_5__/* .daysLeft */ .H_)(token.expiresAt, report.now);
    return (`The current token expires **${(0,_core_js__WEBPACK_IMPORTED_MODULE_5__/* .isoTime */ .Ly)(token.expiresAt)}** (**${left} day${left === 1 ? '' : 's'} ` +
        `left**); this action refreshes it from ${context.refreshBeforeDays} days before.`);
}
/** The "what to do" steps, chosen by what failed. */
function advice(report, context) {
    const steps = [];
    const human = report.failures.filter((f) => f.failureClass === 'needs-human');
    const dead = report.failures.some((f) => f.phase === 'inspect' && (report.token?.isValid === false || f.meta?.code === 190));
    if (dead) {
        steps.push(...context.replaceByHand);
    }
    for (const hint of new Set(human.map((f) => f.hint).filter((h) => h !== undefined))) {
        if (dead && hint === context.mintAdvice)
            continue;
        steps.push(`- ${hint}`);
    }
    if (report.failures.some((f) => f.failureClass === 'retry-later')) {
        const token = report.token;
        const by = token?.expiresAt
            ? ` It must succeed before ${(0,_core_js__WEBPACK_IMPORTED_MODULE_5__/* .isoTime */ .Ly)(token.expiresAt)}, when the current token expires.`
            : '';
        steps.push(`- A rate limit, outage or timeout: nothing to do now, the next scheduled run retries.${by} If it keeps ` +
            `failing, run the workflow by hand and read its log.`);
    }
    steps.push(`- Then re-run the workflow${context.runUrl ? ` ([this run](${context.runUrl}))` : ''}; the next run that ` +
        `succeeds closes this issue.`);
    return steps;
}
/**
 * The body of the issue, or of a comment on it (same content, without the marker). `notes` are
 * about the issue itself (e.g. who could not be assigned) and close the body.
 */
function renderFailure(report, context, options) {
    const lines = [];
    if (options.marker)
        lines.push(issueMarker(context), '');
    lines.push(`### ❌ The refresh failed${context.runUrl ? ` ([run](${context.runUrl}))` : ''}`, '', urgency(report, context), '');
    lines.push('#### What failed', '');
    for (const f of report.failures) {
        const code = f.meta ? `${f.meta.code}${f.meta.subcode === undefined ? '' : `/${f.meta.subcode}`}` : '';
        const trace = f.meta?.fbtraceId ? `, fbtrace_id \`${f.meta.fbtraceId}\`` : '';
        const meta = f.meta ? ` — Meta \`${code}\`${trace}` : '';
        lines.push(`- **${f.doing ?? PHASE_TEXT[f.phase] ?? f.phase}**${f.target ? ` (${f.target})` : ''}: ${f.message}${meta}`);
    }
    lines.push('');
    if (report.destinations.length > 0) {
        const code = (targets) => targets.map((t) => `\`${t}\``);
        const where = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .whereTheTokenIs */ .Ss)(report);
        const [fresh, old, unknown, notLive] = [
            code(where.current),
            code(where.old),
            code(where.unknown),
            code(where.notLive),
        ];
        lines.push('#### Where the token is', '');
        if (fresh.length > 0)
            lines.push(`- Hold the **${report.fresh ? 'new' : 'current'}** token: ${fresh.join(', ')}`);
        if (unknown.length > 0)
            lines.push(`- Hold an **unknown** token (it could not be read, or a write's answer was lost): ${unknown.join(', ')}`);
        if (old.length > 0)
            lines.push(`- Still hold the **old** token: ${old.join(', ')}` +
                (report.fresh ? ` (${context.oldTokenAfterRefresh})` : ''));
        if (notLive.length > 0)
            lines.push(`- Not yet running with the new token: ${notLive.join(', ')}`);
        lines.push('');
    }
    lines.push('#### What to do', '', ...advice(report, context), '');
    const warnings = (report.health ?? []).filter((r) => r.level !== 'ok');
    if (warnings.length > 0)
        lines.push('#### WhatsApp', '', ...(0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .healthTable */ .Ph)(report.health ?? []), '');
    const notes = options.notes ?? [];
    if (notes.length > 0)
        lines.push('#### About this issue', '', ...notes.map((n) => `- ${n}`), '');
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E)(lines.join('\n'));
}
/** The comment that closes the issue after a run that succeeded. */
function renderRecovery(report, context) {
    const token = report.fresh ?? report.token;
    const expiry = token?.expiresAt ? ` The token now expires ${(0,_core_js__WEBPACK_IMPORTED_MODULE_5__/* .expiryText */ .X5)(token, report.now)}.` : '';
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E)(`### ✅ Recovered\n\nA run ended \`${(0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(report)}\`${context.runUrl ? ` ([run](${context.runUrl}))` : ''}: ` +
        `every destination holds a valid token.${expiry} Closing.`);
}
/** The open issues carrying `label` (not pull requests), with their bodies. Throws `ServiceError`. */
async function listOpenIssues(api, repo, label) {
    try {
        const issues = await api.octokit.paginate('GET /repos/{owner}/{repo}/issues', {
            ...repo,
            state: 'open',
            labels: label,
            per_page: 100,
        });
        if (!Array.isArray(issues))
            throw new Error('GitHub answered without a list of issues');
        return issues
            .filter((i) => i.pull_request === undefined)
            .map((i) => ({ number: i.number, html_url: i.html_url, body: i.body ?? '' }));
    }
    catch (error) {
        throw api.gh.gitHubError(error, `listing the open issues of ${repo.owner}/${repo.repo}`, 'Issues: read');
    }
}
/**
 * Finds the open issue of this token: open, carrying `label` and a marker of `markers` (the
 * first that one carries wins), not a pull request. Returns undefined when there is none.
 * Throws `ServiceError`.
 */
async function findOpenIssue(api, repo, label, markers) {
    const open = await listOpenIssues(api, repo, label);
    for (const marker of typeof markers === 'string' ? [markers] : markers) {
        const found = open.find((i) => i.body.includes(marker));
        if (found)
            return { number: found.number, html_url: found.html_url };
    }
    return undefined;
}
/** Creates `label` unless it exists (422 `already_exists` is fine). Throws `ServiceError`. */
async function ensureLabel(api, repo, label) {
    try {
        await api.octokit.request('POST /repos/{owner}/{repo}/labels', {
            ...repo,
            name: label,
            color: 'd73a4a',
            description: 'A Meta access token needs attention',
        });
    }
    catch (error) {
        if (error.status === 422)
            return;
        throw api.gh.gitHubError(error, `creating the label ${label}`, 'Issues: write');
    }
}
/** What the issue body (and the run's notes) say about `unassigned`. Pure. */
function unassignedNote(unassigned) {
    // In backticks: a mention would notify people who may no longer belong here.
    const logins = (list) => list.map((l) => `\`@${l}\``).join(', ');
    const why = unassigned.reasons.length > 0 ? ` (${unassigned.reasons.join(', ')})` : '';
    const { refused, unnamed } = unassigned;
    const parts = [];
    if (refused.length > 0)
        parts.push(`Could not assign ${logins(refused)}: ` +
            `GitHub refused ${refused.length === 1 ? 'this login' : 'these logins'}${why}.`);
    if (unnamed.length > 0) {
        parts.push(refused.length > 0
            ? `${logins(unnamed)} ${unnamed.length === 1 ? 'was' : 'were'} left unassigned too, so that GitHub could ` +
                `not refuse the issue again.`
            : `Could not assign ${logins(unnamed)}: GitHub refused the assignees${why} without saying which login.`);
    }
    return (`${parts.join(' ')} Check issue-assignees: a login that cannot be assigned may have left the organization ` +
        `or lack access to the repository.`);
}
/** The logins (lower case) and reasons of a 422 refusing the assignees, or undefined for any other error. */
function assigneeRefusal(gh, error) {
    if (error.status !== 422)
        return undefined;
    const items = gh.gitHubErrorItems(error).filter((e) => e.field === 'assignees' || e.field === 'assignee');
    if (items.length === 0)
        return undefined;
    const reasons = items.map((e) => e.message ?? e.code).filter((r) => r !== undefined);
    return {
        logins: new Set(items.flatMap((e) => e.values.map((v) => v.toLowerCase()))),
        reasons: [...new Set(reasons)],
    };
}
/**
 * Opens the issue, assigned to `issue.assignees`. GitHub refuses the whole request (422,
 * `errors[]` with field `assignees`) when one login cannot be assigned, and an alert that is
 * never opened helps nobody: so it opens the issue again without the logins GitHub named, or
 * without any assignee when it named none (at most three requests). `issue.body` renders the
 * body, told who was left out. Throws `ServiceError`.
 */
async function openIssue(api, repo, issue) {
    let assignees = issue.assignees;
    let unassigned;
    for (let attempt = 1;; attempt += 1) {
        try {
            const { data } = await api.octokit.request('POST /repos/{owner}/{repo}/issues', {
                ...repo,
                title: issue.title,
                body: issue.body(unassigned),
                labels: [issue.label],
                ...(assignees.length > 0 ? { assignees } : {}),
            });
            if (typeof data.number !== 'number')
                throw new Error('GitHub answered without the new issue');
            return { number: data.number, html_url: data.html_url, ...(unassigned ? { unassigned } : {}) };
        }
        catch (error) {
            const refusal = assignees.length > 0 && attempt < 3 ? assigneeRefusal(api.gh, error) : undefined;
            if (!refusal)
                throw api.gh.gitHubError(error, 'opening the failure issue', 'Issues: write');
            const named = assignees.filter((a) => refusal.logins.has(a.toLowerCase()));
            // Keep the others only when GitHub named the bad ones, and only once: a second refusal
            // (GitHub named one login of several) drops them all.
            const keep = named.length > 0 && attempt === 1 ? assignees.filter((a) => !refusal.logins.has(a.toLowerCase())) : [];
            const dropped = assignees.filter((a) => !keep.includes(a));
            unassigned = {
                refused: [...(unassigned?.refused ?? []), ...named],
                unnamed: [...(unassigned?.unnamed ?? []), ...dropped.filter((a) => !named.includes(a))],
                reasons: [...new Set([...(unassigned?.reasons ?? []), ...refusal.reasons])],
            };
            assignees = keep;
        }
    }
}
/** Comments on issue `number`. Throws `ServiceError`. */
async function commentOn(api, repo, number, body) {
    try {
        const { data } = await api.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...repo,
            issue_number: number,
            body,
        });
        if (typeof data.id !== 'number')
            throw new Error('GitHub answered without the new comment');
    }
    catch (error) {
        throw api.gh.gitHubError(error, `commenting on issue #${number}`, 'Issues: write');
    }
}
/** Closes issue `number` as completed. Throws `ServiceError`. */
async function closeIssue(api, repo, number) {
    try {
        const { data } = await api.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            ...repo,
            issue_number: number,
            state: 'closed',
            state_reason: 'completed',
        });
        if (data.state !== 'closed')
            throw new Error(`GitHub answered with the issue ${data.state}, not closed`);
    }
    catch (error) {
        throw api.gh.gitHubError(error, `closing issue #${number}`, 'Issues: write');
    }
}
/**
 * Finds the open failure issue of this token with `issue-token`; undefined when the issue is
 * turned off or has no token or repository. Throws `ServiceError`.
 */
async function openIssueDesk(settings, context) {
    const target = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .issueTarget */ .Xp)(settings.issue);
    if (!target)
        return undefined;
    const gh = await Promise.all(/* import() */[__webpack_require__.e(232), __webpack_require__.e(283)]).then(__webpack_require__.bind(__webpack_require__, 5283));
    const api = {
        gh,
        octokit: gh.createOctokit(target.token, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs }),
    };
    return { ...api, open: await findOpenIssue(api, target.repo, settings.issue.label, issueMarkers(context)) };
}
/** Opens the failure issue of a failed run, labelled and assigned as `issue` says; returns what it did. */
async function openFailureIssue(desk, repo, issue, report, context) {
    await ensureLabel(desk, repo, issue.label);
    const body = (unassigned) => renderFailure(report, context, {
        marker: true,
        ...(unassigned ? { notes: [unassignedNote(unassigned)] } : {}),
    });
    const created = await openIssue(desk, repo, {
        title: issueTitle(context, report.token),
        body,
        label: issue.label,
        assignees: issue.assignees,
    });
    if (created.unassigned) {
        const note = `Failure issue #${created.number}: ${unassignedNote(created.unassigned)}`;
        report.notes.push(note);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(note);
    }
    return { number: created.number, url: created.html_url, action: 'opened' };
}
/**
 * Tells a person through the failure issue: opens it (or comments on the open one) when the run
 * failed, closes it when the run succeeded; in a dry run, says which it would do. Records what
 * it did in `report.issue`. A failure here is logged and never hides the run's own result.
 */
async function reportByIssue(settings, report, context, lookup) {
    const { issue } = settings;
    if (!issue.enabled)
        return;
    const failed = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(report) === 'failed';
    const repo = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .issueTarget */ .Xp)(issue)?.repo;
    if (!repo) {
        report.issueError = 'issue-token or the repository (issue-repository, GITHUB_REPOSITORY) is missing';
        if (failed)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`No failure issue: ${report.issueError}.`);
        return;
    }
    try {
        const desk = await lookup;
        if (!desk)
            return;
        const { open } = desk;
        if (settings.dryRun) {
            if (failed || open)
                report.issue = {
                    action: failed ? (open ? 'would comment' : 'would open') : 'would close',
                    ...(open ? { number: open.number, url: open.html_url } : {}),
                };
            return;
        }
        if (!failed) {
            if (!open)
                return;
            await commentOn(desk, repo, open.number, renderRecovery(report, context));
            await closeIssue(desk, repo, open.number);
            report.issue = { number: open.number, url: open.html_url, action: 'closed' };
        }
        else if (open) {
            await commentOn(desk, repo, open.number, renderFailure(report, context, { marker: false }));
            report.issue = { number: open.number, url: open.html_url, action: 'commented' };
        }
        else
            report.issue = await openFailureIssue(desk, repo, issue, report, context);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Failure issue #${report.issue.number ?? ''}: ${report.issue.action}`);
    }
    catch (error) {
        const message = `Could not ${failed ? 'open or update' : 'close'} the failure issue in ` +
            `${repo.owner}/${repo.repo}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}` +
            (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7 && error.hint ? ` → ${error.hint}` : '');
        report.notes.push(message);
        report.issueError = message;
        if (failed)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
    }
}


/***/ })

};
