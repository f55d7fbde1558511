export const id = 622;
export const ids = [622,436];
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

/***/ 1622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SLACK_MESSAGE_CAP: () => (/* binding */ SLACK_MESSAGE_CAP),
/* harmony export */   SLACK_SPACING_MS: () => (/* binding */ SLACK_SPACING_MS),
/* harmony export */   escapeMrkdwn: () => (/* binding */ escapeMrkdwn),
/* harmony export */   noticesOf: () => (/* binding */ noticesOf),
/* harmony export */   notifySlack: () => (/* binding */ notifySlack),
/* harmony export */   planMessages: () => (/* binding */ planMessages),
/* harmony export */   renderDigest: () => (/* binding */ renderDigest),
/* harmony export */   renderNotice: () => (/* binding */ renderNotice)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6288);
/* harmony import */ var _alert_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8049);
/* harmony import */ var _clients_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3903);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(665);
/* harmony import */ var _row_issues_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8436);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7194);
/**
 * The Slack notice (`slack-webhook-url`): one message when a failure issue is opened and one when
 * it is closed, never for a comment on an issue already open, so a person is told once per
 * incident however many runs fail; and one for each failed run whose issue could not be opened
 * or commented on, when Slack is the only one left to tell. Read from what the run did
 * (`report.issue`, and in table mode `report.rowIssues`), after the issues are handled. Messages
 * are Slack's mrkdwn (https://docs.slack.dev/messaging/formatting-message-text), one a second (Slack's limit for a
 * webhook, https://docs.slack.dev/apis/web-api/rate-limits), at most `SLACK_MESSAGE_CAP` a run.
 * A notice that cannot be posted is a warning: the issue holds the same news, and a green run
 * stays green.
 */







/** Milliseconds between two posts: Slack allows a webhook one message a second, with short bursts. */
const SLACK_SPACING_MS = 1000;
/**
 * Most messages a run posts: one per issue a run may open (the job's and `ROW_ISSUE_CAP`
 * channels'). Past it, the last message lists the rest.
 */
const SLACK_MESSAGE_CAP = _row_issues_js__WEBPACK_IMPORTED_MODULE_5__.ROW_ISSUE_CAP + 1;
/** Block Kit's limit for a section's text is 3000 characters; this leaves room for the ellipsis. */
const SECTION_CHARS = 2900;
/** Failures a notice lists; the issue has them all. */
const LISTED_FAILURES = 5;
/** `text` for mrkdwn: redacted, with Slack's three control characters escaped. Pure. */
function escapeMrkdwn(text) {
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A mrkdwn link; its label cannot end the link early. Pure. */
const link = (url, label) => `<${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(url)}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const section = (text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: clip(text, SECTION_CHARS) },
});
/** The links under each message: the issue (when one) and the workflow run. */
function linksBlock(run, issue) {
    const links = [
        ...(issue?.url ? [link(issue.url, `Issue #${String(issue.number)}`)] : []),
        ...(run ? [link(run, 'Workflow run')] : []),
    ];
    return links.length > 0 ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: links.join('  ·  ') }] }] : [];
}
/** The message of one notice, linking its issue and the run (`run`, when known). Pure. */
function renderNotice(notice, run) {
    const closed = notice.action === 'closed';
    const what = {
        opened: 'Failure issue opened',
        closed: 'Recovered, failure issue closed',
        unfiled: 'Run failed, and its failure issue could not be opened',
    }[notice.action];
    const issue = notice.url ? `#${String(notice.number)} ${notice.title}` : notice.title;
    const named = notice.url ? link(notice.url, issue) : escapeMrkdwn(issue);
    const head = `${closed ? ':white_check_mark:' : ':rotating_light:'} *${what}:* ${named}`;
    const details = notice.details.map((d) => `• ${escapeMrkdwn(d)}`).join('\n');
    return {
        text: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(`${what}: ${issue}`),
        blocks: [section(head), ...(details ? [section(details)] : []), ...linksBlock(run, notice)],
    };
}
/** One message for the notices past the cap: each issue as a link, and what became of it. Pure. */
function renderDigest(notices, run) {
    const count = (action) => notices.filter((n) => n.action === action).length;
    const head = `${String(notices.length)} more failure issues this run ` +
        `(${String(count('opened'))} opened, ${String(count('closed'))} closed):`;
    const lines = notices.map((n) => `• ${n.action}: ${n.url ? link(n.url, `#${String(n.number)} ${n.title}`) : escapeMrkdwn(n.title)}`);
    return { text: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(head), blocks: [section(`${escapeMrkdwn(head)}\n${lines.join('\n')}`), ...linksBlock(run)] };
}
/**
 * The messages for `notices`, openings first: one each, or, past `SLACK_MESSAGE_CAP`, one each
 * for the first `SLACK_MESSAGE_CAP - 1` and a digest of the rest. Pure.
 */
function planMessages(notices, run) {
    const ordered = [...notices.filter((n) => n.action !== 'closed'), ...notices.filter((n) => n.action === 'closed')];
    if (ordered.length <= SLACK_MESSAGE_CAP)
        return ordered.map((n) => renderNotice(n, run));
    const single = ordered.slice(0, SLACK_MESSAGE_CAP - 1);
    return [...single.map((n) => renderNotice(n, run)), renderDigest(ordered.slice(single.length), run)];
}
/**
 * The notices of what the run did to the failure issues: the job's (`report.issue`, titled
 * `title`, its failures from `view`, the report it was rendered from), or a failed run's whose
 * issue could not be opened or commented on (`view.issueError`), and, in table mode, the
 * channels' (`report.rowIssues`). Comments and dry runs give none. Pure.
 */
function noticesOf(report, view, title) {
    const notices = [];
    const { issue } = report;
    const failures = view.failures.slice(0, LISTED_FAILURES).map(_report_js__WEBPACK_IMPORTED_MODULE_4__/* .failureLine */ .Pu);
    const more = view.failures.length - failures.length;
    const listed = (where) => [
        ...failures,
        ...(more > 0 ? [`and ${String(more)} more: see the ${where}`] : []),
    ];
    if (!issue && view.issueError && (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c2)(view) === 'failed')
        notices.push({ action: 'unfiled', title, details: [...listed('run'), view.issueError] });
    if (issue?.number !== undefined && issue.url && (issue.action === 'opened' || issue.action === 'closed')) {
        const details = issue.action === 'opened'
            ? listed('issue')
            : view.rows
                ? [`A run ended ${(0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c2)(view)}: none of the failures this issue listed is left.`]
                : [`A run ended ${(0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c2)(view)}: every destination holds a valid token.`];
        notices.push({ action: issue.action, number: issue.number, url: issue.url, title, details });
    }
    for (const told of report.rowIssues ?? []) {
        const row = report.rows?.find((r) => r.id === told.id);
        const expires = row?.after ? `; its token now expires ${row.after}` : '';
        const details = told.action === 'opened'
            ? [`${row?.detail ?? 'failed'}${row?.hint ? ` → ${row.hint}` : ''}`]
            : [`Channel ${told.id}: ${row?.result ?? 'healthy'}${expires}.`];
        notices.push({
            action: told.action,
            number: told.number,
            url: told.url,
            title: `Meta access token refresh failed: channel ${told.id}`,
            details,
        });
    }
    return notices;
}
/**
 * Posts the messages of `notices` to the webhook, `SLACK_SPACING_MS` apart, under a budget of its
 * own (the run's may be spent). Stops at the first post that fails (the rest would fail alike)
 * and says so in a warning and a note of the run: which kind of failure, how many notices were
 * not posted, and what to do. Never throws; never changes the run's result.
 */
async function notifySlack(settings, report, notices) {
    const messages = planMessages(notices, (0,_alert_js__WEBPACK_IMPORTED_MODULE_1__/* .runUrl */ .Vp)());
    if (messages.length === 0)
        return;
    const { postMessage } = await __webpack_require__.e(/* import() */ 708).then(__webpack_require__.bind(__webpack_require__, 1708));
    (0,_clients_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .startBudget */ .cg)(2 * settings.timeoutMs + messages.length * SLACK_SPACING_MS);
    let posted = 0;
    try {
        for (const message of messages) {
            if (posted > 0)
                await (0,_clients_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy)(SLACK_SPACING_MS);
            await postMessage(settings.slack, message, settings.timeoutMs);
            posted++;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Slack: ${String(posted)} notice${posted === 1 ? '' : 's'} posted.`);
    }
    catch (error) {
        const known = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ServiceError */ ._7 ? error : undefined;
        const kind = known?.failureClass === 'retry-later' ? 'retry later' : 'needs a person';
        const left = messages.length - posted;
        const note = `Could not post to Slack (slack-webhook-url; ${kind}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error)}. ${String(left)} of ` +
            `${String(messages.length)} notice${messages.length === 1 ? '' : 's'} not posted; the failure issues are ` +
            `unaffected.${known?.hint ? ` → ${known.hint}` : ''}`;
        report.notes.push((0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(note));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(note));
    }
}


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
