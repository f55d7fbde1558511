export const id = 436;
export const ids = [436];
export const modules = {

/***/ 8436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderRowFailure: () => (/* binding */ renderRowFailure),
/* harmony export */   reportRowsByIssue: () => (/* binding */ reportRowsByIssue),
/* harmony export */   rowMarker: () => (/* binding */ rowMarker)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4183);
/* harmony import */ var _alert_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8049);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1298);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7194);
/**
 * Table mode's failure issues: one per channel, found by a marker holding the app and the row's
 * id (never its token). A failed row opens its issue, or comments on the open one; a row that is
 * healthy again (refreshed, not due, never expiring) closes it. A row someone else changed keeps
 * its issue until a run has checked the token they stored.
 */





/** The hidden marker of row `id`'s issue. */
const rowMarker = (appId, id) => `<!-- meta-token-refresh app=${appId} row=${encodeURIComponent(id)} -->`;
/** The body of row `r`'s issue (with its marker) or of a comment on it. Pure. */
function renderRowFailure(r, appId, runUrl, marker) {
    const lines = [
        ...(marker ? [rowMarker(appId, r.id), ''] : []),
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
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E)(lines.join('\n'));
}
const HEALTHY = ['refreshed', 'not-due', 'non-expiring'];
/**
 * Opens, comments on and closes the rows' issues with `issue-token`, after one listing of the open
 * ones. A failure here is logged and never hides the run's own result.
 */
async function reportRowsByIssue(settings, report, rows) {
    const target = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .issueTarget */ .Xp)(settings.issue);
    if (!settings.issue.enabled || !target || settings.dryRun)
        return;
    const run = (0,_alert_js__WEBPACK_IMPORTED_MODULE_1__/* .runUrl */ .Vp)();
    // Loaded only when there are issues to handle.
    const { closeIssue, commentOn, ensureLabel, listOpenIssues, openIssue } = await __webpack_require__.e(/* import() */ 112).then(__webpack_require__.bind(__webpack_require__, 1112));
    const gh = await Promise.all(/* import() */[__webpack_require__.e(232), __webpack_require__.e(283)]).then(__webpack_require__.bind(__webpack_require__, 5283));
    const api = {
        gh,
        octokit: gh.createOctokit(target.token, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs }),
    };
    const { repo } = target;
    try {
        const open = await listOpenIssues(api, repo, settings.issue.label);
        const issueOf = (id) => open.find((i) => i.body.includes(rowMarker(settings.appId, id)));
        const failed = rows.filter((r) => r.result === 'failed');
        if (failed.some((r) => !issueOf(r.id)))
            await ensureLabel(api, repo, settings.issue.label);
        for (const r of rows) {
            const issue = issueOf(r.id);
            if (r.result === 'failed' && issue) {
                await commentOn(api, repo, issue.number, renderRowFailure(r, settings.appId, run, false));
            }
            else if (r.result === 'failed') {
                const created = await openIssue(api, repo, {
                    title: `Meta access token refresh failed: channel ${r.id}`,
                    body: () => renderRowFailure(r, settings.appId, run, true),
                    label: settings.issue.label,
                    assignees: settings.issue.assignees,
                });
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`row ${r.id}: failure issue #${created.number} opened`);
            }
            else if (issue && HEALTHY.includes(r.result)) {
                const expiry = r.after ? ` Its token now expires ${r.after}.` : '';
                await commentOn(api, repo, issue.number, `### ✅ Recovered\n\nChannel \`${r.id}\`: ${r.result}.${expiry} Closing.`);
                await closeIssue(api, repo, issue.number);
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`row ${r.id}: failure issue #${issue.number} closed`);
            }
        }
    }
    catch (error) {
        const message = `Could not update the channels' failure issues in ${repo.owner}/${repo.repo}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`;
        report.notes.push(message);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
    }
}


/***/ })

};
