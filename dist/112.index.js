export const id = 112;
export const ids = [112,77];
export const modules = {

/***/ 6077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  acceptedPermissions: () => (/* binding */ acceptedPermissions),
  createOctokit: () => (/* binding */ createOctokit),
  getPublicKey: () => (/* binding */ getPublicKey),
  getSecretUpdatedAt: () => (/* binding */ getSecretUpdatedAt),
  gitHubError: () => (/* binding */ gitHubError),
  gitHubErrorItems: () => (/* binding */ gitHubErrorItems),
  prepareWrites: () => (/* reexport */ warmUp),
  putSecret: () => (/* binding */ putSecret)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(9402);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/budget.ts
var budget = __webpack_require__(7562);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http.ts
var http = __webpack_require__(6803);
// EXTERNAL MODULE: ./src/inputs.ts + 2 modules
var inputs = __webpack_require__(1298);
// EXTERNAL MODULE: ./node_modules/libsodium-wrappers/dist/modules-esm/libsodium-wrappers.mjs + 1 modules
var libsodium_wrappers = __webpack_require__(4768);
;// CONCATENATED MODULE: ./src/seal.ts
/**
 * Sealed boxes for GitHub secrets: libsodium `crypto_box_seal` with the repository's
 * Curve25519 public key, base64 in the ORIGINAL (standard, padded) variant GitHub expects
 * (https://docs.github.com/rest/guides/encrypting-secrets-for-the-rest-api).
 */

/** Starts libsodium's WebAssembly now, so that the first seal does not wait for it. */
function warmUp() {
    libsodium_wrappers/* default.ready */.Ay.ready.catch(() => undefined);
}
/**
 * Seals `plaintext` for the holder of `publicKey` (standard base64 of 32 bytes, as served by
 * `GET .../secrets/public-key`). Returns the `encrypted_value` (standard base64, 48 bytes longer
 * than the plaintext once decoded). Throws if the key is not a 32-byte base64 key.
 */
async function seal(publicKey, plaintext) {
    await libsodium_wrappers/* default.ready */.Ay.ready;
    const key = libsodium_wrappers/* default.from_base64 */.Ay.from_base64(publicKey, libsodium_wrappers/* default.base64_variants */.Ay.base64_variants.ORIGINAL);
    if (key.length !== libsodium_wrappers/* default */.Ay.crypto_box_PUBLICKEYBYTES)
        throw new Error(`public key has ${key.length} bytes, expected ${libsodium_wrappers/* default */.Ay.crypto_box_PUBLICKEYBYTES}`);
    const box = libsodium_wrappers/* default */.Ay.crypto_box_seal(libsodium_wrappers/* default.from_string */.Ay.from_string(plaintext), key);
    return libsodium_wrappers/* default.to_base64 */.Ay.to_base64(box, libsodium_wrappers/* default.base64_variants */.Ay.base64_variants.ORIGINAL);
}

;// CONCATENATED MODULE: ./src/github.ts
/**
 * GitHub REST client: `@octokit/core` with the paginate, retry and throttling plugins
 * registered, a timeout on every request, and GitHub's answers turned into classified
 * `ServiceError`s. Secrets follow https://docs.github.com/rest/actions/secrets (api-facts B.1).
 *
 * `@octokit/core` rather than `@actions/github`: the latter loads undici's own `fetch` (and
 * compiles its HTTP parser) at import for proxy support, which costs ~200 ms and ~60 MB in
 * every run; `clientFetch` loads it only when a proxy is configured.
 */












const GitHub = dist_src/* Octokit */.E.plugin(dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** Longest wait for a rate limit we accept inside one run, in seconds; longer ones fail the call as retry-later. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/**
 * Creates an Octokit for `baseUrl` (GITHUB_API_URL; GHES and tests) authenticated with `token`.
 * Retries 5xx and honours primary (`x-ratelimit-reset`) and secondary (`retry-after`) limits once
 * when the wait is short; other 4xx are not retried. `timeoutMs` bounds every request.
 */
function createOctokit(token, options) {
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS && retryAfter * 1000 < (0,budget/* remainingMs */.XW)();
        core/* warning */.$e(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : 'not retrying'}.`);
        return retrying;
    };
    return new GitHub({
        auth: token,
        baseUrl: options.baseUrl,
        userAgent: 'meta-token-refresh',
        request: { fetch: (0,http/* clientFetch */.w)(options.baseUrl, options.timeoutMs) },
        headers: { 'x-github-api-version': '2022-11-28' },
        // 5xx and network faults: two more tries, 1 s then 4 s later. Rate limits are the throttling plugin's.
        retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            // The plugin spaces writes one second apart by default; a refresh writes tens of secrets a
            // day at most, far below GitHub's secondary limits, so let a bounded pool run at once. The
            // secondary-limit handler above still backs off when GitHub asks.
            write: new (light_default()).Group({ maxConcurrent: 10, minTime: 0 }),
            // A run creates at most two notifying requests (an issue or a comment, then a close).
            notifications: new (light_default()).Group({ maxConcurrent: 1, minTime: 0 }),
        },
    });
}
function isRequestError(error) {
    return error instanceof Error && typeof error.status === 'number';
}
/** The `errors` of GitHub's answer in `error`, as thrown by Octokit; [] when there are none. */
function gitHubErrorItems(error) {
    if (!isRequestError(error))
        return [];
    const data = error.response?.data;
    const errors = typeof data === 'object' && data !== null && 'errors' in data ? data.errors : undefined;
    if (!Array.isArray(errors))
        return [];
    const text = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    return errors.flatMap((e) => {
        if (typeof e === 'string')
            return e === '' ? [] : [{ message: e, values: [] }];
        if (typeof e !== 'object' || e === null)
            return [];
        const item = e;
        // `value` is a string, an integer or a list of strings in GitHub's description.
        const raw = Array.isArray(item.value) ? item.value : [item.value];
        const values = raw.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
        const [resource, field, code, message] = [text(item.resource), text(item.field), text(item.code), text(item.message)];
        return [{ ...(resource ? { resource } : {}), ...(field ? { field } : {}), ...(code ? { code } : {}), ...(message ? { message } : {}), values }];
    });
}
/** At most this many `errors` items go into a message; a validation failure rarely has more. */
const MAX_ERROR_ITEMS = 5;
/** `errors` as one line for a message, e.g. `assignees invalid: octo-gone; name already_exists`. */
function describeErrorItems(items) {
    const described = items.map((e) => {
        // `custom` only says that `message` is free text.
        const what = [e.field, e.code === 'custom' && e.message ? undefined : e.code].filter((w) => w !== undefined).join(' ');
        const detail = e.message ?? (e.values.length > 0 ? e.values.join(', ') : '');
        return (what && detail ? `${what}: ${detail}` : what || detail).replace(/\s+/g, ' ').slice(0, 200);
    });
    const more = described.length > MAX_ERROR_ITEMS ? `; and ${described.length - MAX_ERROR_ITEMS} more` : '';
    return described.slice(0, MAX_ERROR_ITEMS).join('; ') + more;
}
/**
 * GitHub's `x-accepted-github-permissions` (sent to fine-grained PATs and GitHub Apps) in the
 * words of the token settings: `secrets=write` → `"Secrets: write"`. Sets of permissions that
 * each suffice are separated by `;` (joined with "or"); permissions one set needs together by
 * `,` (joined with "and"). Undefined when the header is absent or empty.
 */
function acceptedPermissions(header) {
    if (header === undefined)
        return undefined;
    const titled = (name) => name.split('_').filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
    const sets = String(header).split(';').map((set) => set.split(',').map((p) => p.trim()).filter(Boolean).map((p) => {
        const [name = '', level] = p.split('=').map((part) => part.trim());
        return `"${titled(name)}${level ? `: ${level}` : ''}"`;
    }).join(' and ')).filter(Boolean);
    return sets.length > 0 ? sets.join(' or ') : undefined;
}
/**
 * Turns whatever Octokit threw while doing `action` into a classified `ServiceError`.
 * `permission` names what a 403 means is missing (e.g. `Secrets: write`); when GitHub says which
 * permissions it accepts (`x-accepted-github-permissions`), the hint names those instead. The
 * message carries GitHub's `errors` details, e.g. `HTTP 422: Validation Failed (assignees invalid: octo-gone)`.
 */
function gitHubError(error, action, permission) {
    // No answer, a garbled one (a 2xx Octokit could not read), or a 5xx: worth a later retry.
    if (!isRequestError(error) || error.status < 400 || error.status >= 500) {
        const status = isRequestError(error) && error.status > 0 ? error.status : undefined;
        return new errors/* ServiceError */._7({ system: 'github', failureClass: 'retry-later', ...(status ? { status } : {}), message: `GitHub: ${action} failed: ${(0,errors/* messageOf */.bD)(error)}` });
    }
    const { status } = error;
    const data = error.response?.data;
    const apiMessage = typeof data === 'object' && data !== null && 'message' in data ? String(data.message) : error.message;
    const headers = error.response?.headers ?? {};
    const rateLimited = status === 429 || (status === 403 && (String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(apiMessage)));
    const details = describeErrorItems(gitHubErrorItems(error));
    const base = { system: 'github', status, message: `GitHub: ${action} failed: HTTP ${status}: ${apiMessage.split('\n')[0] ?? ''}${details ? ` (${details})` : ''}` };
    if (rateLimited)
        return new errors/* ServiceError */._7({ ...base, failureClass: 'retry-later', hint: 'GitHub rate limit: the next run retries.' });
    const hints = {
        401: 'github-token was rejected: it expired or was revoked. Mint a new one (fine-grained PAT or GitHub App token) and store it in the secret the workflow passes as github-token.',
        403: forbiddenHint(permission, acceptedPermissions(headers['x-accepted-github-permissions'])),
        404: 'The repository does not exist or the token cannot see it: check the name, and add the repository to the token\'s repository access.',
    };
    return new errors/* ServiceError */._7({ ...base, failureClass: 'needs-human', hint: hints[status] ?? 'GitHub refused the request; see the message.' });
}
/** The 403 hint: the permission GitHub accepts when it said (`accepted`), else the caller's `permission`. */
function forbiddenHint(permission, accepted) {
    const wanted = accepted ?? `"${permission}"`;
    const said = accepted === undefined ? '' : ' (GitHub\'s x-accepted-github-permissions)';
    // Only Actions secrets are out of GITHUB_TOKEN's reach; it can be granted issues and the rest.
    const secrets = /secrets/i.test(wanted) ? ' The workflow\'s own GITHUB_TOKEN cannot write Actions secrets at all.' : '';
    return `github-token lacks the ${wanted} permission for this repository${said}. A fine-grained PAT needs ${wanted} on it, a GitHub App installation the same permission, a classic PAT the \`repo\` scope.${secrets}`;
}
/** `GET /repos/{owner}/{repo}/actions/secrets/public-key`. Throws `ServiceError`. */
async function getPublicKey(octokit, ref) {
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/secrets/public-key', { owner: ref.owner, repo: ref.repo });
        if (typeof data.key_id !== 'string' || typeof data.key !== 'string')
            throw new Error('GitHub answered without a key_id and key');
        return { key_id: data.key_id, key: data.key };
    }
    catch (error) {
        throw gitHubError(error, `reading the Actions public key of ${(0,inputs/* repoName */.Qq)(ref)}`, 'Secrets: read');
    }
}
/**
 * When the Actions secret `name` of `ref` was last written, in unix seconds
 * (`GET /repos/{owner}/{repo}/actions/secrets/{secret_name}`), or `missing`. Throws `ServiceError`.
 */
async function getSecretUpdatedAt(octokit, ref, name) {
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/secrets/{secret_name}', { owner: ref.owner, repo: ref.repo, secret_name: name });
        const updatedAt = Date.parse(data.updated_at);
        if (Number.isNaN(updatedAt))
            throw new Error(`GitHub answered without a valid updated_at`);
        return Math.floor(updatedAt / 1000);
    }
    catch (error) {
        if (error.status === 404)
            return 'missing';
        throw gitHubError(error, `reading the secret ${name} of ${(0,inputs/* repoName */.Qq)(ref)}`, 'Secrets: read');
    }
}
/**
 * Seals `value` with `publicKey` and writes it to the Actions secret `name` of `ref`
 * (`PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}` with `encrypted_value` and `key_id`).
 * Returns `created` (201) or `updated` (204). Throws `ServiceError`.
 */
async function putSecret(octokit, ref, name, publicKey, value) {
    try {
        const encrypted_value = await seal(publicKey.key, value);
        const { status } = await octokit.request('PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}', { owner: ref.owner, repo: ref.repo, secret_name: name, encrypted_value, key_id: publicKey.key_id });
        // GitHub documents 201 (created) and 204 (updated); Octokit's types know only 201. Anything
        // else is no proof that the secret was written.
        const code = status;
        if (code !== 201 && code !== 204)
            throw new Error(`GitHub answered HTTP ${code}, not 201 or 204`);
        return code === 201 ? 'created' : 'updated';
    }
    catch (error) {
        throw gitHubError(error, `writing the secret ${name} of ${(0,inputs/* repoName */.Qq)(ref)}`, 'Secrets: write');
    }
}


/***/ }),

/***/ 1112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   closeIssue: () => (/* binding */ closeIssue),
/* harmony export */   commentOn: () => (/* binding */ commentOn),
/* harmony export */   ensureLabel: () => (/* binding */ ensureLabel),
/* harmony export */   findOpenIssue: () => (/* binding */ findOpenIssue),
/* harmony export */   issueMarker: () => (/* binding */ issueMarker),
/* harmony export */   issueTitle: () => (/* binding */ issueTitle),
/* harmony export */   openIssue: () => (/* binding */ openIssue),
/* harmony export */   openIssueDesk: () => (/* binding */ openIssueDesk),
/* harmony export */   renderFailure: () => (/* binding */ renderFailure),
/* harmony export */   renderRecovery: () => (/* binding */ renderRecovery),
/* harmony export */   reportByIssue: () => (/* binding */ reportByIssue),
/* harmony export */   unassignedNote: () => (/* binding */ unassignedNote)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(828);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9402);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6077);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(665);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7194);






/**
 * The hidden marker that ties an issue to one token: the app and the secret the token lives in.
 * Never the token itself; both parts survive a rotation, so every run finds the same issue.
 */
function issueMarker(context) {
    return `<!-- meta-token-refresh app=${context.appId} secret=${context.primary || '-'} -->`;
}
/** The issue title (never rewritten afterwards). */
function issueTitle(context, token) {
    const app = token?.application ? `${token.application} (${context.appId})` : `app ${context.appId}`;
    return `Meta access token refresh failed: ${app}${context.primary ? `, ${context.primary}` : ''}`;
}
const PHASE_TEXT = {
    inputs: 'reading the inputs',
    inspect: 'inspecting the token',
    refresh: 'refreshing the token',
    verify: 'verifying the new token',
    'github-secret': 'writing a GitHub secret',
    'vercel-env': 'writing a Vercel variable',
    redeploy: 'redeploying on Vercel',
};
/** What the reader's app logs when the token is dead (the teams' own guides), to recognise it. */
const DEAD_TOKEN_SYMPTOMS = ['Session has expired', 'The session is invalid because the user logged out', 'Invalid OAuth access token', 'Access token could not be decrypted'];
function urgency(report, context) {
    const token = report.token;
    if (!token)
        return 'The token could not be inspected, so its expiry is unknown.';
    if (!token.isValid)
        return '**The token is already dead**: every send with it fails until a person replaces it.';
    if (token.expiresAt === 0)
        return 'The token does not expire.';
    const left = (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .daysLeft */ .H_)(token.expiresAt, report.now);
    return `The current token expires **${(0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .isoTime */ .Ly)(token.expiresAt)}** (**${left} day${left === 1 ? '' : 's'} left**); this action refreshes it from ${context.refreshBeforeDays} days before.`;
}
/** The "what to do" steps, chosen by what failed. */
function advice(report, context) {
    const steps = [];
    const human = report.failures.filter((f) => f.failureClass === 'needs-human');
    const dead = report.failures.some((f) => f.phase === 'inspect' && (report.token?.isValid === false || f.meta?.code === 190));
    if (dead) {
        steps.push(`**Replace the token by hand.** Your app's logs will show errors like ${DEAD_TOKEN_SYMPTOMS.map((s) => `"${s}"`).join(', ')}.`, `   1. ${(0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .mintTokenAdvice */ .Or)(context.places)}`, '   2. Prefer a System User token (Business Settings → System users; role System Admin, the WhatsApp account assigned under Assigned assets): a never-expiring one needs no refresh, an expiring one this action refreshes every 60 days.');
    }
    for (const hint of new Set(human.map((f) => f.hint).filter((h) => h !== undefined))) {
        if (dead && hint === (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .mintTokenAdvice */ .Or)(context.places))
            continue;
        steps.push(`- ${hint}`);
    }
    if (report.failures.some((f) => f.failureClass === 'retry-later')) {
        const token = report.token;
        const by = token && token.expiresAt !== 0 ? ` It must succeed before ${(0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .isoTime */ .Ly)(token.expiresAt)}, when the current token expires.` : '';
        steps.push(`- A rate limit, outage or timeout: nothing to do now, the next scheduled run retries.${by} If it keeps failing, run the workflow by hand and read its log.`);
    }
    steps.push(`- Then re-run the workflow${context.runUrl ? ` ([this run](${context.runUrl}))` : ''}; the next run that succeeds closes this issue.`);
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
        const meta = f.meta ? ` — Meta \`${f.meta.code}${f.meta.subcode === undefined ? '' : `/${f.meta.subcode}`}\`${f.meta.fbtraceId ? `, fbtrace_id \`${f.meta.fbtraceId}\`` : ''}` : '';
        lines.push(`- **${PHASE_TEXT[f.phase]}**${f.target ? ` (${f.target})` : ''}: ${f.message}${meta}`);
    }
    lines.push('');
    if (report.destinations.length > 0) {
        const fresh = report.destinations.filter((d) => d.holds === 'new' || d.holds === 'current').map((d) => `\`${d.target}\``);
        const old = report.destinations.filter((d) => d.holds === 'old').map((d) => `\`${d.target}\``);
        lines.push('#### Where the token is', '');
        const unknown = report.destinations.filter((d) => d.holds === 'unknown').map((d) => `\`${d.target}\``);
        if (fresh.length > 0)
            lines.push(`- Hold the **${report.fresh ? 'new' : 'current'}** token: ${fresh.join(', ')}`);
        if (unknown.length > 0)
            lines.push(`- Could not be checked: ${unknown.join(', ')}`);
        if (old.length > 0)
            lines.push(`- Still hold the **old** token: ${old.join(', ')}${report.fresh ? ' (it keeps working until it expires)' : ''}`);
        const notLive = report.deployments.filter((d) => d.result === 'failed').map((d) => `\`${d.project}\``);
        if (notLive.length > 0)
            lines.push(`- Not yet running with the new token: ${notLive.join(', ')}`);
        lines.push('');
    }
    lines.push('#### What to do', '', ...advice(report, context), '');
    const notes = options.notes ?? [];
    if (notes.length > 0)
        lines.push('#### About this issue', '', ...notes.map((n) => `- ${n}`), '');
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E)(lines.join('\n'));
}
/** The comment that closes the issue after a run that succeeded. */
function renderRecovery(report, context) {
    const token = report.fresh ?? report.token;
    const expiry = token && token.expiresAt !== 0 ? ` The token now expires ${(0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .isoTime */ .Ly)(token.expiresAt)} (${(0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .daysLeft */ .H_)(token.expiresAt, report.now)} days left).` : '';
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E)(`### ✅ Recovered\n\nA run ended \`${(0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c2)(report)}\`${context.runUrl ? ` ([run](${context.runUrl}))` : ''}: every destination holds a valid token.${expiry} Closing.`);
}
/**
 * Finds the open issue of this token: open, carrying `label` and the marker, not a pull request.
 * Returns undefined when there is none. Throws `ServiceError`.
 */
async function findOpenIssue(octokit, repo, label, marker) {
    try {
        const issues = await octokit.paginate('GET /repos/{owner}/{repo}/issues', { ...repo, state: 'open', labels: label, per_page: 100 });
        if (!Array.isArray(issues))
            throw new Error('GitHub answered without a list of issues');
        const found = issues.find((i) => i.pull_request === undefined && (i.body ?? '').includes(marker));
        return found && { number: found.number, html_url: found.html_url };
    }
    catch (error) {
        throw (0,_github_js__WEBPACK_IMPORTED_MODULE_3__.gitHubError)(error, `listing the open issues of ${repo.owner}/${repo.repo}`, 'Issues: read');
    }
}
/** Creates `label` unless it exists (422 `already_exists` is fine). Throws `ServiceError`. */
async function ensureLabel(octokit, repo, label) {
    try {
        await octokit.request('POST /repos/{owner}/{repo}/labels', { ...repo, name: label, color: 'd73a4a', description: 'A Meta access token needs attention' });
    }
    catch (error) {
        if (error.status === 422)
            return;
        throw (0,_github_js__WEBPACK_IMPORTED_MODULE_3__.gitHubError)(error, `creating the label ${label}`, 'Issues: write');
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
        parts.push(`Could not assign ${logins(refused)}: GitHub refused ${refused.length === 1 ? 'this login' : 'these logins'}${why}.`);
    if (unnamed.length > 0) {
        parts.push(refused.length > 0
            ? `${logins(unnamed)} ${unnamed.length === 1 ? 'was' : 'were'} left unassigned too, so that GitHub could not refuse the issue again.`
            : `Could not assign ${logins(unnamed)}: GitHub refused the assignees${why} without saying which login.`);
    }
    return `${parts.join(' ')} Check issue-assignees: a login that cannot be assigned may have left the organization or lack access to the repository.`;
}
/** The logins (lower case) and reasons of a 422 refusing the assignees, or undefined for any other error. */
function assigneeRefusal(error) {
    if (error.status !== 422)
        return undefined;
    const items = (0,_github_js__WEBPACK_IMPORTED_MODULE_3__.gitHubErrorItems)(error).filter((e) => e.field === 'assignees' || e.field === 'assignee');
    if (items.length === 0)
        return undefined;
    const reasons = items.map((e) => e.message ?? e.code).filter((r) => r !== undefined);
    return { logins: new Set(items.flatMap((e) => e.values.map((v) => v.toLowerCase()))), reasons: [...new Set(reasons)] };
}
/**
 * Opens the issue, assigned to `issue.assignees`. GitHub refuses the whole request (422,
 * `errors[]` with field `assignees`) when one login cannot be assigned, and an alert that is
 * never opened helps nobody: so it opens the issue again without the logins GitHub named, or
 * without any assignee when it named none (at most three requests). `issue.body` renders the
 * body, told who was left out. Throws `ServiceError`.
 */
async function openIssue(octokit, repo, issue) {
    let assignees = issue.assignees;
    let unassigned;
    for (let attempt = 1;; attempt += 1) {
        try {
            const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: issue.title, body: issue.body(unassigned), labels: [issue.label], ...(assignees.length > 0 ? { assignees } : {}) });
            if (typeof data.number !== 'number')
                throw new Error('GitHub answered without the new issue');
            return { number: data.number, html_url: data.html_url, ...(unassigned ? { unassigned } : {}) };
        }
        catch (error) {
            const refusal = assignees.length > 0 && attempt < 3 ? assigneeRefusal(error) : undefined;
            if (!refusal)
                throw (0,_github_js__WEBPACK_IMPORTED_MODULE_3__.gitHubError)(error, 'opening the failure issue', 'Issues: write');
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
async function commentOn(octokit, repo, number, body) {
    try {
        const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: number, body });
        if (typeof data.id !== 'number')
            throw new Error('GitHub answered without the new comment');
    }
    catch (error) {
        throw (0,_github_js__WEBPACK_IMPORTED_MODULE_3__.gitHubError)(error, `commenting on issue #${number}`, 'Issues: write');
    }
}
/** Closes issue `number` as completed. Throws `ServiceError`. */
async function closeIssue(octokit, repo, number) {
    try {
        const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: number, state: 'closed', state_reason: 'completed' });
        if (data.state !== 'closed')
            throw new Error(`GitHub answered with the issue ${data.state}, not closed`);
    }
    catch (error) {
        throw (0,_github_js__WEBPACK_IMPORTED_MODULE_3__.gitHubError)(error, `closing issue #${number}`, 'Issues: write');
    }
}
/**
 * Finds the open failure issue of this token with `issue-token`; undefined when the issue is
 * turned off or has no token or repository. Throws `ServiceError`.
 */
async function openIssueDesk(settings, context) {
    const { enabled, token, repo, label } = settings.issue;
    if (!enabled || !token || !repo)
        return undefined;
    const octokit = (0,_github_js__WEBPACK_IMPORTED_MODULE_3__.createOctokit)(token, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs });
    return { octokit, open: await findOpenIssue(octokit, repo, label, issueMarker(context)) };
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
    const failed = (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c2)(report) === 'failed';
    const repo = issue.repo;
    if (!issue.token || !repo) {
        if (failed)
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e('No failure issue: issue-token or the repository (issue-repository, GITHUB_REPOSITORY) is missing.');
        return;
    }
    try {
        const desk = await lookup;
        if (!desk)
            return;
        const { octokit, open } = desk;
        if (settings.dryRun) {
            if (failed || open)
                report.issue = { action: failed ? (open ? 'would comment' : 'would open') : 'would close', ...(open ? { number: open.number, url: open.html_url } : {}) };
            return;
        }
        if (!failed) {
            if (!open)
                return;
            await commentOn(octokit, repo, open.number, renderRecovery(report, context));
            await closeIssue(octokit, repo, open.number);
            report.issue = { number: open.number, url: open.html_url, action: 'closed' };
        }
        else if (open) {
            await commentOn(octokit, repo, open.number, renderFailure(report, context, { marker: false }));
            report.issue = { number: open.number, url: open.html_url, action: 'commented' };
        }
        else {
            await ensureLabel(octokit, repo, issue.label);
            const body = (unassigned) => renderFailure(report, context, { marker: true, ...(unassigned ? { notes: [unassignedNote(unassigned)] } : {}) });
            const created = await openIssue(octokit, repo, { title: issueTitle(context, report.token), body, label: issue.label, assignees: issue.assignees });
            report.issue = { number: created.number, url: created.html_url, action: 'opened' };
            if (created.unassigned) {
                const note = `Failure issue #${created.number}: ${unassignedNote(created.unassigned)}`;
                report.notes.push(note);
                _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(note);
            }
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Failure issue #${report.issue.number ?? ''}: ${report.issue.action}`);
    }
    catch (error) {
        const message = `Could not ${failed ? 'open or update' : 'close'} the failure issue in ${repo.owner}/${repo.repo}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}${error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7 && error.hint ? ` → ${error.hint}` : ''}`;
        report.notes.push(message);
        if (failed)
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(message);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(message);
    }
}


/***/ })

};
