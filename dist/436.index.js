export const id = 436;
export const ids = [436];
export const modules = {

/***/ 4687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ tokenCause),
/* harmony export */   ZP: () => (/* binding */ WHATSAPP_CAUSE),
/* harmony export */   ov: () => (/* binding */ errorCause),
/* harmony export */   qH: () => (/* binding */ HELD_CAUSE),
/* harmony export */   sx: () => (/* binding */ VERIFY_CAUSE),
/* harmony export */   uw: () => (/* binding */ isSettingLike),
/* harmony export */   x: () => (/* binding */ isPersonal)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const HELD_CAUSE = 'held';
const VERIFY_CAUSE = 'verify';
/** The channel's WhatsApp number or account: BLOCKED, or out of its token's reach. */
const WHATSAPP_CAUSE = 'token:whatsapp';
/** Meta codes that, on a call with the row's own token, are about that token (api-facts A.3). */
const TOKEN_CODES = (code) => code === 190 || code === 102 || code === 10 || (code >= 200 && code <= 299);
const codeOf = (code, subcode) => `${String(code)}${subcode === undefined ? '' : `/${String(subcode)}`}`;
/**
 * The cause of a row whose inspection `info` says it may not be used (`checkCurrent` found
 * problems): dead, of another app than `appId`, or else short of a permission. Pure.
 */
function tokenCause(info, appId) {
    if (!info.isValid)
        return `token:${info.error ? codeOf(info.error.code, info.error.subcode) : 'invalid'}`;
    return info.appId === appId ? 'token:scopes' : 'token:app';
}
/**
 * The cause of a row that failed on `error`. `inspected`: whether the row's token had been
 * inspected when it failed; before that, a Meta error envelope is about the app's own token
 * (debug_token refuses the whole call), after it, a 190 or permission code is about the row's. Pure.
 */
function errorCause(error, inspected) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7) {
        const meta = error.meta;
        if (meta)
            return `${inspected && TOKEN_CODES(meta.code) ? 'token' : 'meta'}:${codeOf(meta.code, meta.subcode)}`;
        return `${error.system}:${error.code ?? (error.status === undefined ? error.failureClass : String(error.status))}`;
    }
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransportError */ .yM)(error))
        return `network:${error.name}`;
    return 'error';
}
/** Whether a cause is about the row's own token, so that a person acts on that row alone. Pure. */
const isPersonal = (cause) => cause !== undefined && (cause.startsWith('token:') || cause === HELD_CAUSE);
/**
 * Personal causes that, shared by more than a few rows, point at a setting rather than at each
 * row: every row of another app (app-id), every value unreadable (postgres-fernet-key).
 */
const isSettingLike = (cause) => cause === 'token:app' || cause === HELD_CAUSE;


/***/ }),

/***/ 8436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ALIKE_ROWS: () => (/* binding */ ALIKE_ROWS),
/* harmony export */   ROW_ISSUE_CAP: () => (/* binding */ ROW_ISSUE_CAP),
/* harmony export */   alertRows: () => (/* binding */ alertRows),
/* harmony export */   jobView: () => (/* binding */ jobView),
/* harmony export */   planRows: () => (/* binding */ planRows),
/* harmony export */   renderRowFailure: () => (/* binding */ renderRowFailure),
/* harmony export */   reportRowsByIssue: () => (/* binding */ reportRowsByIssue),
/* harmony export */   rowMarkers: () => (/* binding */ rowMarkers)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6288);
/* harmony import */ var _alert_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8049);
/* harmony import */ var _clients_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3903);
/* harmony import */ var _causes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4687);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6105);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7194);
/**
 * Table mode's failure issues. A row whose own token needs a person (dead, short of a
 * permission, a value that does not open) gets an issue of its own, found by a marker holding
 * the app, the table `postgres-update` writes and the row's id (never its token): opened, or
 * commented on while it stays open; a row that is healthy again (refreshed, not due, never
 * expiring) closes it. A run keeps at most `ROW_ISSUE_CAP` of them; the rows past it, and the
 * rows that failed alike for a reason of the job's (a refused app secret, a database that is
 * down, many rows on one setting-like cause), are listed in the job's own issue instead
 * (`jobView`). A row someone else changed keeps its issue until a run has checked the token they
 * stored.
 */







/**
 * Most channels a run gives an issue of their own (kept open or opened): each one notifies
 * people, and GitHub limits how fast content is created. The rest are listed in the job's issue.
 */
const ROW_ISSUE_CAP = 10;
/** More rows than this failing on one setting-like cause (`isSettingLike`) are the job's failure. */
const ALIKE_ROWS = 3;
const CAPPED = `a run keeps at most ${String(ROW_ISSUE_CAP)} channel issues open; these get theirs as those close.`;
/** How many row ids one line of the job's issue lists; the summary has them all. */
const LISTED_IDS = 100;
/**
 * The hidden markers row `id`'s issue may carry, the current one first: the app, the table the
 * row is in (`relation`, as `postgres-update` names it: two jobs over two tables may share ids,
 * and one must not close the other's issue) and the id; then an earlier version's, without the
 * table, so that an upgrade leaves no issue behind.
 */
const rowMarkers = (appId, relation, id) => [
    `<!-- meta-token-refresh app=${appId} relation=${encodeURIComponent(relation)} row=${encodeURIComponent(id)} -->`,
    `<!-- meta-token-refresh app=${appId} row=${encodeURIComponent(id)} -->`,
];
/** The body of row `r`'s issue (with its `marker`) or of a comment on it (without one). Pure. */
function renderRowFailure(r, runUrl, marker) {
    const lines = [
        ...(marker ? [marker, ''] : []),
        `### ❌ The refresh of channel \`${r.id}\` failed${runUrl ? ` ([run](${runUrl}))` : ''}`,
        '',
        ...(r.type ? [`A ${r.type} token; expiry ${r.before || 'not known'}.`, ''] : []),
        '#### What failed',
        '',
        `- ${r.detail}`,
        '',
        '#### What to do',
        '',
        `- ${r.hint ?? 'See the run.'}`,
    ];
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(lines.join('\n'));
}
const HEALTHY = ['refreshed', 'not-due', 'non-expiring'];
/**
 * Splits the failed rows of `rows`: personal ones (a row's own token), and the rest by cause. A
 * setting-like personal cause shared by more than `ALIKE_ROWS` rows is the job's. Pure.
 */
function planRows(rows) {
    const byCause = new Map();
    for (const r of rows.filter((row) => row.result === 'failed')) {
        const cause = r.cause ?? 'error';
        byCause.set(cause, [...(byCause.get(cause) ?? []), r]);
    }
    const plan = { personal: [], alike: new Map() };
    for (const [cause, group] of byCause) {
        const own = (0,_causes_js__WEBPACK_IMPORTED_MODULE_3__/* .isPersonal */ .x)(cause) && !((0,_causes_js__WEBPACK_IMPORTED_MODULE_3__/* .isSettingLike */ .uw)(cause) && group.length > ALIKE_ROWS);
        if (!own)
            plan.alike.set(cause, group);
    }
    plan.personal = rows.filter((r) => r.result === 'failed' && !plan.alike.has(r.cause ?? 'error'));
    return plan;
}
/** The ids of `rows` (with their cause when `causes`), at most `LISTED_IDS` of them. Pure. */
function listRows(rows, causes) {
    const shown = rows.slice(0, LISTED_IDS).map((r) => `\`${r.id}\`${causes ? ` (${r.cause ?? 'error'})` : ''}`);
    const more = rows.length - shown.length;
    return `${shown.join(', ')}${more > 0 ? `, and ${String(more)} more (see the run's summary)` : ''}`;
}
const rowsWord = (n) => `${String(n)} channel${n === 1 ? '' : 's'}`;
/**
 * The report the job's issue is rendered from: the run's failures but the rows', one failure per
 * cause the rows failed alike on (listing their ids), and one for the personal rows `handled`
 * gave no issue of their own. Pure.
 */
function jobView(report, plan, handled) {
    const failures = report.failures.filter((f) => f.phase !== 'channel' || f.target === undefined);
    for (const [cause, group] of plan.alike) {
        const first = group[0];
        failures.push({
            phase: 'channel',
            doing: `${rowsWord(group.length)} failed alike (\`${cause}\`)`,
            failureClass: first.failureClass ?? 'needs-human',
            message: `${first.detail}. Rows: ${listRows(group, false)}`,
            ...(first.hint ? { hint: first.hint } : {}),
        });
    }
    const left = plan.personal.filter((r) => !handled.has(r.id));
    const first = left[0];
    if (first)
        failures.push({
            phase: 'channel',
            doing: `${rowsWord(left.length)} whose own token needs a person, without an issue of their own`,
            failureClass: 'needs-human',
            message: `${CAPPED} Rows: ${listRows(left, true)}`,
            ...(first.hint ? { hint: first.hint } : {}),
        });
    return { ...report, failures };
}
/** The first `ROW_ISSUE_CAP` personal rows, those whose issue is open first: the rows told this run. Pure. */
function ownIssueRows(plan, hasIssue) {
    const kept = plan.personal.filter((r) => hasIssue(r.id));
    return [...kept, ...plan.personal.filter((r) => !hasIssue(r.id))].slice(0, ROW_ISSUE_CAP);
}
/**
 * Opens, comments on and closes the rows' own issues with `issue-token`, after one listing of
 * the open ones, under a budget of its own (the run's may be spent) that fits GitHub's spacing of
 * content-creating requests. Returns the ids of the personal rows that have an issue of their own
 * (in a dry run, or without a repository, those that would); the job's issue lists the others.
 * Records the issues it opened and closed in `report.rowIssues`. A failure here is logged and
 * never hides the run's own result.
 */
async function reportRowsByIssue(settings, report, rows, plan) {
    const handled = new Set();
    const target = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .issueTarget */ .Xp)(settings.issue);
    if (!settings.issue.enabled || !target || settings.dryRun)
        return new Set(ownIssueRows(plan, () => false).map((r) => r.id));
    // Loaded only when there are issues to handle.
    const { listOpenIssues } = await __webpack_require__.e(/* import() */ 112).then(__webpack_require__.bind(__webpack_require__, 1112));
    const gh = await Promise.all(/* import() */[__webpack_require__.e(232), __webpack_require__.e(283)]).then(__webpack_require__.bind(__webpack_require__, 5283));
    const api = {
        gh,
        octokit: gh.createOctokit(target.token, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs }),
    };
    const { repo } = target;
    try {
        (0,_clients_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .startBudget */ .cg)(2 * settings.timeoutMs);
        report.rowIssues = [];
        const desk = {
            api,
            repo,
            open: await listOpenIssues(api, repo, settings.issue.label),
            told: report.rowIssues,
        };
        const markers = (id) => rowMarkers(settings.appId, report.relation ?? '', id);
        const issueOf = (id) => {
            const [current, earlier] = markers(id);
            return desk.open.find((i) => i.body.includes(current)) ?? desk.open.find((i) => i.body.includes(earlier));
        };
        const own = ownIssueRows(plan, (id) => issueOf(id) !== undefined);
        const recovered = rows.filter((r) => HEALTHY.includes(r.result) && issueOf(r.id));
        // Every notifying request waits its turn (`CONTENT_SPACING_MS`): the budget makes room for them.
        (0,_clients_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .startBudget */ .cg)(2 * settings.timeoutMs + (own.length + recovered.length) * gh.CONTENT_SPACING_MS);
        await tellRows(settings, desk, own, { issueOf, markerOf: (id) => markers(id)[0] }, handled);
        for (const r of recovered)
            await closeRecovered(desk, r, issueOf(r.id));
    }
    catch (error) {
        const message = `Could not update the channels' failure issues in ${repo.owner}/${repo.repo}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`;
        report.notes.push(message);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
    }
    return handled;
}
/** Comments on the open issue of each row of `own`, or opens one; adds each told row to `handled`. */
async function tellRows(settings, desk, own, { issueOf, markerOf }, handled) {
    const { commentOn, ensureLabel, openIssue } = await __webpack_require__.e(/* import() */ 112).then(__webpack_require__.bind(__webpack_require__, 1112));
    const { api, repo } = desk;
    const run = (0,_alert_js__WEBPACK_IMPORTED_MODULE_1__/* .runUrl */ .Vp)();
    if (own.some((r) => !issueOf(r.id)))
        await ensureLabel(api, repo, settings.issue.label);
    for (const r of own) {
        const issue = issueOf(r.id);
        if (issue) {
            await commentOn(api, repo, issue.number, renderRowFailure(r, run));
        }
        else {
            const created = await openIssue(api, repo, {
                title: `Meta access token refresh failed: channel ${r.id}`,
                body: () => renderRowFailure(r, run, markerOf(r.id)),
                label: settings.issue.label,
                assignees: settings.issue.assignees,
            });
            desk.told.push({ id: r.id, number: created.number, url: created.html_url, action: 'opened' });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`row ${r.id}: failure issue #${created.number} opened`);
        }
        handled.add(r.id);
    }
}
/** Says that row `r` is healthy again on its open `issue`, and closes it. */
async function closeRecovered(desk, r, issue) {
    const { closeIssue, commentOn } = await __webpack_require__.e(/* import() */ 112).then(__webpack_require__.bind(__webpack_require__, 1112));
    const expiry = r.after ? ` Its token now expires ${r.after}.` : '';
    const body = `### ✅ Recovered\n\nChannel \`${r.id}\`: ${r.result}.${expiry} Closing.`;
    await commentOn(desk.api, desk.repo, issue.number, body);
    await closeIssue(desk.api, desk.repo, issue.number);
    desk.told.push({ id: r.id, number: issue.number, url: issue.html_url, action: 'closed' });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`row ${r.id}: failure issue #${issue.number} closed`);
}
/**
 * Table mode's alert: the rows' own issues, then the report the job's issue is rendered from
 * (`jobView`), with the rows it must list. Starts budgets of its own (`reportRowsByIssue`).
 */
async function alertRows(settings, report) {
    const rows = report.rows ?? [];
    const plan = planRows(rows);
    const handled = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Channel issues', () => reportRowsByIssue(settings, report, rows, plan));
    return jobView(report, plan, handled);
}


/***/ })

};
