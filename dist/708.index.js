export const id = 708;
export const ids = [708];
export const modules = {

/***/ 1708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postMessage: () => (/* binding */ postMessage)
/* harmony export */ });
/* unused harmony export slackError */
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3903);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1954);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * The Slack client: posts one message to an incoming webhook, following
 * https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks (api-facts E.2):
 * `POST` JSON `{"text", "blocks"}`, answered `200 ok`; errors are plain-text codes with a 4xx
 * (https://api.slack.com/changelog/2016-05-17-changes-to-errors-for-incoming-webhooks), and a
 * rate limit is `429` with `Retry-After`. The webhook URL is the credential: it is never part of
 * an error, a log line or a message.
 */



/** Longest `Retry-After` waited for inside a run, in seconds; a longer one fails the post (retry later). */
const MAX_RETRY_AFTER_SECONDS = 30;
const RECREATE = 'Create a new webhook (Slack app → Incoming Webhooks → Add New Webhook to Workspace → pick the channel) and put ' +
    'its URL in the secret slack-webhook-url is read from.';
/** What a person does about each error code Slack answers with; codes not here are judged by their status. */
const ADVICE = {
    // The webhook or its app was removed or revoked, or the workspace is gone.
    no_service: `Slack no longer knows this webhook (revoked, or its app was removed). ${RECREATE}`,
    no_active_hooks: `The webhook was turned off. Turn Incoming Webhooks on again in the Slack app, or ${RECREATE}`,
    no_team: `Slack no longer knows the workspace of this webhook. ${RECREATE}`,
    team_disabled: `The workspace of this webhook is disabled. ${RECREATE}`,
    invalid_token: `Slack refused the webhook's credential. ${RECREATE}`,
    channel_not_found: `The channel of this webhook was deleted. ${RECREATE}`,
    channel_is_archived: `The channel of this webhook is archived: unarchive it, or ${RECREATE}`,
    action_prohibited: "The workspace's settings forbid this webhook to post there: ask a Slack admin, or pick another channel. " +
        RECREATE,
    posting_to_general_channel_denied: `Only admins may post in this channel: pick another one. ${RECREATE}`,
    invalid_payload: 'Slack could not read the message this action sent: a bug of the action. Report it with the run log (the ' +
        'webhook URL is masked there).',
};
/** Slack's answer body as an error code, when it is one (`no_service`); never echoes anything else. */
const codeOf = (body) => {
    const trimmed = body.trim();
    return /^[a-z_]{2,60}$/.test(trimmed) ? trimmed : undefined;
};
/** A `Retry-After` header (seconds, or an HTTP date) in milliseconds, when it is one. */
function retryAfterMs(header) {
    if (header === null)
        return undefined;
    const seconds = Number(header);
    if (header.trim() !== '' && Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/**
 * The failure Slack answered with, classified: a rate limit and a 5xx are `retry-later`; a
 * revoked webhook, a deleted or archived channel, a refused post and any other 4xx need a person.
 */
function slackError(status, body, retryAfter) {
    const code = codeOf(body);
    const what = `Slack answered HTTP ${status}${code ? ` ${code}` : ''}`;
    if (status === 429) {
        const wait = retryAfterMs(retryAfter);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7({
            system: 'slack',
            failureClass: 'retry-later',
            status,
            code: code ?? 'rate_limited',
            message: `${what}: rate limited${wait === undefined ? '' : ` for ${Math.ceil(wait / 1000)} s`}`,
            hint: 'Nothing to do: a notice is posted at most once a second, and Slack allows bursts.',
            ...(wait === undefined ? {} : { retryAfterMs: wait }),
        });
    }
    const retry = status >= 500 || code === 'rollup_error';
    const hint = (code ? ADVICE[code] : undefined) ??
        (retry ? 'Nothing to do: an outage at Slack.' : `An answer this action does not know. ${RECREATE}`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7({
        system: 'slack',
        failureClass: retry ? 'retry-later' : 'needs-human',
        status,
        ...(code ? { code } : {}),
        message: what,
        hint,
    });
}
/**
 * Posts `message` to `webhookUrl` (on `apiUrl`'s host, for the proxy), each attempt bounded by
 * `timeoutMs` and the run's budget. A `429` is tried once more after its `Retry-After` when that
 * fits in `MAX_RETRY_AFTER_SECONDS` and the budget; nothing else is retried, since a post whose
 * answer was lost may have landed and a person would be told twice. Throws `ServiceError`.
 */
async function postMessage(webhook, message, timeoutMs) {
    const post = (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .clientFetch */ .w)(webhook.apiUrl, timeoutMs);
    for (let attempt = 1;; attempt++) {
        let response;
        let body;
        try {
            response = await post(webhook.webhookUrl, {
                method: 'POST',
                headers: { 'content-type': 'application/json; charset=utf-8' },
                body: JSON.stringify(message),
                // A redirect would take the message (and the path, the credential) elsewhere.
                redirect: 'manual',
            });
            body = await response.text();
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7({
                system: 'slack',
                failureClass: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransportError */ .yM)(error) ? 'retry-later' : 'needs-human',
                message: `Slack did not answer: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`,
                hint: 'Nothing to do if it passes: a timeout or a network fault.',
            });
        }
        if (response.status >= 200 && response.status < 300)
            return;
        const error = slackError(response.status, body, response.headers.get('retry-after'));
        const wait = error.retryAfterMs ?? 1000;
        const retry = response.status === 429 && attempt === 1 && wait <= MAX_RETRY_AFTER_SECONDS * 1000 && wait < (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .remainingMs */ .XW)();
        if (!retry)
            throw error;
        await (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy)(wait);
    }
}


/***/ })

};
