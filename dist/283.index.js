export const id = 283;
export const ids = [283];
export const modules = {

/***/ 5283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONTENT_SPACING_MS: () => (/* binding */ CONTENT_SPACING_MS),
  acceptedPermissions: () => (/* binding */ acceptedPermissions),
  createOctokit: () => (/* binding */ createOctokit),
  enableWorkflow: () => (/* binding */ enableWorkflow),
  getPublicKey: () => (/* binding */ getPublicKey),
  getSecretState: () => (/* binding */ getSecretState),
  getSelectedRepositories: () => (/* binding */ getSelectedRepositories),
  getVariable: () => (/* binding */ getVariable),
  gitHubError: () => (/* binding */ gitHubError),
  gitHubErrorItems: () => (/* binding */ gitHubErrorItems),
  lastCommitTime: () => (/* binding */ lastCommitTime),
  prepareWrites: () => (/* reexport */ warmUp),
  putSecret: () => (/* binding */ putSecret),
  setVariable: () => (/* binding */ setVariable)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6288);
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
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/clients/budget.ts
var budget = __webpack_require__(3903);
// EXTERNAL MODULE: ./src/clients/http.ts
var http = __webpack_require__(1954);
// EXTERNAL MODULE: ./node_modules/libsodium-wrappers/dist/modules-esm/libsodium-wrappers.mjs + 1 modules
var libsodium_wrappers = __webpack_require__(2387);
;// CONCATENATED MODULE: ./src/clients/seal.ts
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

;// CONCATENATED MODULE: ./src/clients/github.ts
/**
 * GitHub REST client: `@octokit/core` with the paginate, retry and throttling plugins
 * registered, a timeout on every request, and GitHub's answers turned into classified
 * `ServiceError`s. Secrets follow https://docs.github.com/rest/actions/secrets (api-facts B.1).
 *
 * `@octokit/core` rather than `@actions/github`: the latter loads undici's own `fetch` (and
 * compiles its HTTP parser) at import for proxy support, which costs ~200 ms and ~60 MB in
 * every run; `clientFetch` loads it only when a proxy is configured.
 */












/**
 * Failed writes that may have reached GitHub on one of their tries, so may have taken effect
 * (`mayHaveLanded`): the errors `gitHubError` classifies, once marked.
 */
const LANDED = new WeakSet();
/**
 * The request options of writes one of whose tries may have reached GitHub; Octokit passes the same
 * object to every try.
 */
const REACHED = new WeakSet();
/** Node and undici codes of a connection that was never made or never trusted: nothing was sent. */
const NOT_SENT = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_CONNECT_TIMEOUT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'CERT_HAS_EXPIRED',
]);
/**
 * Whether one failed try may have reached GitHub. An answer did unless it is a 4xx (GitHub refused
 * the request and changed nothing); a fault without an answer did unless the connection was never
 * made (refused, unresolved, untrusted). A cut connection, a timeout, anything else: it may have.
 */
function mayHaveReached(error) {
    if (isRequestError(error) && error.response !== undefined)
        return error.status < 400 || error.status >= 500;
    for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        const { code, syscall } = e;
        if ((typeof code === 'string' && NOT_SENT.has(code)) || syscall === 'connect' || syscall === 'getaddrinfo')
            return false;
    }
    return true;
}
/**
 * Marks the error of a write (any method but GET and HEAD) one of whose tries may have reached
 * GitHub. Registered before the retry and throttling plugins, so its hook sees every try: a PUT
 * whose first try was applied but answered 502 and whose retry was refused may still have landed.
 */
function lostAnswers(octokit) {
    octokit.hook.error('request', (error, options) => {
        const write = options.method !== 'GET' && options.method !== 'HEAD';
        if (write && (REACHED.has(options) || mayHaveReached(error))) {
            REACHED.add(options);
            LANDED.add(error);
        }
        throw error;
    });
}
/** `error`, marked as a write that may have landed (an answer arrived, but not one that says so). */
function landed(error) {
    LANDED.add(error);
    return error;
}
const GitHub = dist_src/* Octokit */.E.plugin(lostAnswers, dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** Longest wait for a rate limit we accept inside one run, in seconds; longer ones fail the call as retry-later. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/**
 * The spacing of content-creating requests (a new issue, a comment), in milliseconds: GitHub asks
 * for no more than 80 a minute (api-facts B.7). The first one of a run is not delayed.
 */
const CONTENT_SPACING_MS = 750;
/**
 * One pacer of content-creating requests for the whole process: the channels' issues and the
 * job's issue are sent through clients of their own, and GitHub counts them together.
 */
let contentPacer;
/**
 * Creates an Octokit for `baseUrl` (GITHUB_API_URL; GHES and tests) authenticated with `token`.
 * Retries 5xx and honours primary (`x-ratelimit-reset`) and secondary (`retry-after`) limits once
 * when the wait is short; other 4xx are not retried. `timeoutMs` bounds every request.
 */
function createOctokit(token, options) {
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS && retryAfter * 1000 < (0,budget/* remainingMs */.XW)();
        core/* warning */.$e(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ` +
            `${retrying ? `retrying in ${retryAfter} s` : 'not retrying'}.`);
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
            // Issues and comments notify people: one at a time, `CONTENT_SPACING_MS` apart. Table mode
            // creates one per failed channel (up to its cap) and more for the channels that recovered.
            notifications: (contentPacer ??= new (light_default()).Group({ maxConcurrent: 1, minTime: CONTENT_SPACING_MS })),
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
        const [resource, field, code, message] = [
            text(item.resource),
            text(item.field),
            text(item.code),
            text(item.message),
        ];
        return [
            {
                ...(resource ? { resource } : {}),
                ...(field ? { field } : {}),
                ...(code ? { code } : {}),
                ...(message ? { message } : {}),
                values,
            },
        ];
    });
}
/** At most this many `errors` items go into a message; a validation failure rarely has more. */
const MAX_ERROR_ITEMS = 5;
/** `errors` as one line for a message, e.g. `assignees invalid: octo-gone; name already_exists`. */
function describeErrorItems(items) {
    const described = items.map((e) => {
        // `custom` only says that `message` is free text.
        const what = [e.field, e.code === 'custom' && e.message ? undefined : e.code]
            .filter((w) => w !== undefined)
            .join(' ');
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
    const titled = (name) => name
        .split('_')
        .filter(Boolean)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(' ');
    const sets = String(header)
        .split(';')
        .map((set) => set
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => {
        const [name = '', level] = p.split('=').map((part) => part.trim());
        return `"${titled(name)}${level ? `: ${level}` : ''}"`;
    })
        .join(' and '))
        .filter(Boolean);
    return sets.length > 0 ? sets.join(' or ') : undefined;
}
/**
 * Turns whatever Octokit threw while doing `action` into a classified `ServiceError`.
 * `permission` names what a 403 means is missing (e.g. `Secrets: write`); when GitHub says which
 * permissions it accepts (`x-accepted-github-permissions`), the hint names those instead. The
 * message carries GitHub's `errors` details, e.g. `HTTP 422: Validation Failed (assignees invalid: octo-gone)`.
 * A write that may have reached GitHub on any of its tries (see `mayHaveReached`) is `mayHaveLanded`.
 */
function gitHubError(error, action, permission, where = {}) {
    const mayHaveLanded = typeof error === 'object' && error !== null && LANDED.has(error);
    // No answer, a garbled one (a 2xx Octokit could not read), or a 5xx: worth a later retry.
    if (!isRequestError(error) || error.status < 400 || error.status >= 500) {
        const status = isRequestError(error) && error.status > 0 ? error.status : undefined;
        return new errors/* ServiceError */._7({
            system: 'github',
            failureClass: 'retry-later',
            ...(status ? { status } : {}),
            message: `GitHub: ${action} failed: ${(0,errors/* messageOf */.bD)(error)}`,
            mayHaveLanded,
        });
    }
    const { status } = error;
    const data = error.response?.data;
    const apiMessage = typeof data === 'object' && data !== null && 'message' in data ? String(data.message) : error.message;
    const headers = error.response?.headers ?? {};
    const rateLimited = status === 429 ||
        (status === 403 &&
            (String(headers['x-ratelimit-remaining']) === '0' ||
                headers['retry-after'] !== undefined ||
                /rate limit/i.test(apiMessage)));
    const details = describeErrorItems(gitHubErrorItems(error));
    const base = {
        system: 'github',
        status,
        mayHaveLanded,
        message: `GitHub: ${action} failed: HTTP ${status}: ${apiMessage.split('\n')[0] ?? ''}` + (details ? ` (${details})` : ''),
    };
    if (rateLimited)
        return new errors/* ServiceError */._7({ ...base, failureClass: 'retry-later', hint: 'GitHub rate limit: the next run retries.' });
    const hints = {
        401: 'github-token was rejected: it expired or was revoked. Mint a new one (fine-grained PAT or GitHub App ' +
            'token) and store it in the secret the workflow passes as github-token.',
        403: forbiddenHint(permission, acceptedPermissions(headers['x-accepted-github-permissions']), where.classic ?? 'repo'),
        404: where.notFound ??
            'The repository does not exist or the token cannot see it: check the name, and add the repository to the ' +
                "token's repository access.",
    };
    return new errors/* ServiceError */._7({
        ...base,
        failureClass: 'needs-human',
        hint: hints[status] ?? 'GitHub refused the request; see the message.',
    });
}
/** The 403 hint: the permission GitHub accepts when it said (`accepted`), else the caller's `permission`. */
function forbiddenHint(permission, accepted, classic) {
    const wanted = accepted ?? `"${permission}"`;
    const said = accepted === undefined ? '' : " (GitHub's x-accepted-github-permissions)";
    // Only Actions secrets are out of GITHUB_TOKEN's reach; it can be granted issues and the rest.
    const secrets = /secrets/i.test(wanted)
        ? " The workflow's own GITHUB_TOKEN cannot write Actions secrets at all."
        : '';
    return (`github-token lacks the ${wanted} permission for this repository${said}. A fine-grained PAT needs ` +
        `${wanted} on it, a GitHub App installation the same permission, a classic PAT the \`${classic}\` scope.${secrets}`);
}
const NOT_VISIBLE = "the token cannot see it: check the name, and add it to the token's resource access.";
function routesOf(scope) {
    switch (scope.kind) {
        case 'repository':
        case 'dependabot': {
            const app = scope.kind === 'repository' ? 'actions' : 'dependabot';
            return {
                base: `/repos/{owner}/{repo}/${app}/secrets`,
                params: { owner: scope.repo.owner, repo: scope.repo.repo },
                where: `${scope.kind === 'dependabot' ? 'the Dependabot secrets of ' : ''}${(0,model/* repoName */.Q)(scope.repo)}`,
                permission: scope.kind === 'repository' ? 'Secrets' : 'Dependabot secrets',
                classic: 'repo',
                notFound: `The repository does not exist or ${NOT_VISIBLE}`,
            };
        }
        case 'environment':
            return {
                base: '/repos/{owner}/{repo}/environments/{environment_name}/secrets',
                params: { owner: scope.repo.owner, repo: scope.repo.repo, environment_name: scope.environment },
                where: `environment ${scope.environment} of ${(0,model/* repoName */.Q)(scope.repo)}`,
                permission: 'Environments',
                classic: 'repo',
                notFound: `The repository or its environment ${scope.environment} does not exist (create it under Settings ` +
                    `→ Environments), or ${NOT_VISIBLE}`,
            };
        case 'organization':
            return {
                base: '/orgs/{org}/actions/secrets',
                params: { org: scope.org },
                where: `organization ${scope.org}`,
                permission: 'Secrets (organization)',
                classic: 'admin:org',
                notFound: `The organization does not exist or ${NOT_VISIBLE}`,
            };
    }
}
/** The public key of `scope` (`GET …/secrets/public-key`). Throws `ServiceError`. */
async function getPublicKey(octokit, scope) {
    const r = routesOf(scope);
    try {
        const { data } = await octokit.request(`GET ${r.base}/public-key`, r.params);
        if (typeof data.key_id !== 'string' || typeof data.key !== 'string')
            throw new Error('GitHub answered without a key_id and key');
        return { key_id: data.key_id, key: data.key };
    }
    catch (error) {
        throw failed(error, `reading the public key of ${r.where}`, r, 'read');
    }
}
function failed(error, action, r, level) {
    return gitHubError(error, action, `${r.permission}: ${level}`, { classic: r.classic, notFound: r.notFound });
}
/** The secret `name` of `scope` (`GET …/secrets/{secret_name}`), or `missing`. Throws `ServiceError`. */
async function getSecretState(octokit, scope, name) {
    const r = routesOf(scope);
    try {
        const { data } = await octokit.request(`GET ${r.base}/{secret_name}`, {
            ...r.params,
            secret_name: name,
        });
        const updatedAt = Date.parse(data.updated_at);
        if (Number.isNaN(updatedAt))
            throw new Error(`GitHub answered without a valid updated_at`);
        const { visibility } = data;
        const known = visibility === 'all' || visibility === 'private' || visibility === 'selected';
        return { updatedAt: Math.floor(updatedAt / 1000), ...(known ? { visibility } : {}) };
    }
    catch (error) {
        if (error.status === 404)
            return 'missing';
        throw failed(error, `reading the secret ${name} of ${r.where}`, r, 'read');
    }
}
/**
 * The ids of the repositories an organization secret with `selected` visibility is shared with
 * (`GET /orgs/{org}/actions/secrets/{secret_name}/repositories`, every page). Throws `ServiceError`.
 */
async function getSelectedRepositories(octokit, org, name) {
    const r = routesOf({ kind: 'organization', org, visibility: undefined });
    try {
        const ids = [];
        for await (const { data } of octokit.paginate.iterator('GET /orgs/{org}/actions/secrets/{secret_name}/repositories', {
            org,
            secret_name: name,
            per_page: 100,
        })) {
            ids.push(...data.map((repo) => Number(repo.id)));
        }
        return ids;
    }
    catch (error) {
        throw failed(error, `reading the repositories of the secret ${name} of ${r.where}`, r, 'read');
    }
}
/**
 * Seals `value` with `publicKey` and writes it to the secret `name` of `scope`
 * (`PUT …/secrets/{secret_name}` with `encrypted_value` and `key_id`; for an organization also
 * `visibility`, which GitHub requires and sets, and for `selected` the `selected_repository_ids`,
 * which GitHub does not document keeping when they are left out). Returns `created` (201) or
 * `updated` (204). Throws `ServiceError`, `mayHaveLanded` when GitHub may have stored the value all
 * the same (an answer lost or cut off, or not 201 or 204).
 */
async function putSecret(octokit, scope, name, publicKey, value, organization) {
    const r = routesOf(scope);
    try {
        const encrypted_value = await seal(publicKey.key, value);
        const { status } = await octokit.request(`PUT ${r.base}/{secret_name}`, {
            ...r.params,
            secret_name: name,
            encrypted_value,
            key_id: publicKey.key_id,
            ...(organization
                ? {
                    visibility: organization.visibility,
                    ...(organization.selectedRepositoryIds
                        ? { selected_repository_ids: organization.selectedRepositoryIds }
                        : {}),
                }
                : {}),
        });
        // GitHub documents 201 (created) and 204 (updated); Octokit's types know only 201. Anything
        // else is no proof that the secret was written, nor that it was not.
        const code = status;
        if (code !== 201 && code !== 204)
            throw landed(new Error(`GitHub answered HTTP ${code}, not 201 or 204`));
        return code === 201 ? 'created' : 'updated';
    }
    catch (error) {
        throw failed(error, `writing the secret ${name} of ${r.where}`, r, 'write');
    }
}
const VARIABLES = {
    base: '',
    params: {},
    where: '',
    permission: 'Variables',
    classic: 'repo',
    notFound: `The repository does not exist or ${NOT_VISIBLE}`,
};
/**
 * The repository variable `name` of `ref` (`GET /repos/{owner}/{repo}/actions/variables/{name}`):
 * its value and when it was last written (unix seconds), or `missing`. Throws `ServiceError`.
 */
async function getVariable(octokit, ref, name) {
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/variables/{name}', { ...ref, name });
        const updatedAt = Date.parse(data.updated_at);
        if (Number.isNaN(updatedAt))
            throw new Error('GitHub answered without a valid updated_at');
        return { value: data.value, updatedAt: Math.floor(updatedAt / 1000) };
    }
    catch (error) {
        if (error.status === 404)
            return 'missing';
        throw failed(error, `reading the variable ${name} of ${(0,model/* repoName */.Q)(ref)}`, VARIABLES, 'read');
    }
}
/**
 * Sets the repository variable `name` of `ref` to `value`: `PATCH …/actions/variables/{name}`
 * (204), or, when it does not exist yet (404), `POST …/actions/variables` (201). Returns
 * `updated` or `created`. Throws `ServiceError`.
 */
async function setVariable(octokit, ref, name, value) {
    try {
        await octokit.request('PATCH /repos/{owner}/{repo}/actions/variables/{name}', { ...ref, name, value });
        return 'updated';
    }
    catch (error) {
        if (error.status !== 404) {
            throw failed(error, `updating the variable ${name} of ${(0,model/* repoName */.Q)(ref)}`, VARIABLES, 'write');
        }
    }
    try {
        await octokit.request('POST /repos/{owner}/{repo}/actions/variables', { ...ref, name, value });
        return 'created';
    }
    catch (error) {
        throw failed(error, `creating the variable ${name} of ${(0,model/* repoName */.Q)(ref)}`, VARIABLES, 'write');
    }
}
/** When the newest commit of `ref`'s default branch was made (committer date, unix ms). Throws `ServiceError`. */
async function lastCommitTime(octokit, ref) {
    const contents = { ...VARIABLES, permission: 'Contents' };
    try {
        const { data: repo } = await octokit.request('GET /repos/{owner}/{repo}', { ...ref });
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
            ...ref,
            ref: repo.default_branch,
        });
        const date = Date.parse(data.commit.committer?.date ?? data.commit.author?.date ?? '');
        if (Number.isNaN(date))
            throw new Error('GitHub answered without the commit date');
        return date;
    }
    catch (error) {
        throw failed(error, `reading the last commit of ${(0,model/* repoName */.Q)(ref)}`, contents, 'read');
    }
}
/**
 * Enables the workflow `file` (e.g. `refresh.yml`) of `ref` (`PUT
 * …/actions/workflows/{workflow_id}/enable`). Throws `ServiceError`.
 */
async function enableWorkflow(octokit, ref, file) {
    try {
        await octokit.request('PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable', {
            ...ref,
            workflow_id: file,
        });
    }
    catch (error) {
        throw failed(error, `enabling the workflow ${file} of ${(0,model/* repoName */.Q)(ref)}`, { ...VARIABLES, permission: 'Actions' }, 'write');
    }
}


/***/ })

};
