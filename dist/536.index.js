export const id = 536;
export const ids = [536];
export const modules = {

/***/ 8536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   callDeployHook: () => (/* binding */ callDeployHook),
/* harmony export */   createVercelClient: () => (/* binding */ createVercelClient),
/* harmony export */   prepareWrites: () => (/* binding */ prepareWrites),
/* harmony export */   vercelError: () => (/* binding */ vercelError),
/* harmony export */   waitForDeployment: () => (/* binding */ waitForDeployment)
/* harmony export */ });
/* harmony import */ var _vercel_sdk_core_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9222);
/* harmony import */ var _vercel_sdk_lib_http_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3157);
/* harmony import */ var _vercel_sdk_models_httpclienterrors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5158);
/* harmony import */ var _vercel_sdk_models_responsevalidationerror_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5070);
/* harmony import */ var _vercel_sdk_models_vercelerror_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9919);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7562);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6803);
/**
 * Vercel REST client on the official SDK (`@vercel/sdk`, standalone functions with `VercelCore`
 * so the bundle carries only what is used): env upsert, the latest production deployment, a
 * redeploy as `vercel redeploy` does it, and polling until `readyState` settles (api-facts C).
 * Every SDK failure becomes a classified `ServiceError`.
 *
 * Deployments are polled through the list (`GET /v7/deployments`), which the action needs
 * anyway, not `GET /v13/deployments/{id}`: the SDK's schema for the single deployment alone is a
 * quarter of a megabyte of bundle and of schema objects built at start, for the same
 * `readyState`.
 */








/** The `meta` key that marks a redeploy as started by one run of this action. */
const RUN_MARKER = 'metaTokenRefreshRun';
const TERMINAL = new Set(['READY', 'ERROR', 'CANCELED', 'BLOCKED', 'DELETED']);
/** Whether `readyState` will not change any more. */
const isSettled = (readyState) => TERMINAL.has(readyState);
/** Vercel's `{error: {code, message}}` body, when there is one. */
function vercelErrorBody(body) {
    try {
        const parsed = JSON.parse(body);
        const { code, message } = parsed.error ?? {};
        return typeof code === 'string' ? { code, message: typeof message === 'string' ? message : '' } : undefined;
    }
    catch {
        return undefined;
    }
}
/*
 * Each SDK function is loaded when first called: its schemas are thousands of zod objects (the
 * deployment ones alone tens of megabytes of heap), and a run that only checks the token, or
 * only writes variables, never needs most of them.
 */
const sdkFuncs = {
    createEnv: () => Promise.all(/* import() */[__webpack_require__.e(417), __webpack_require__.e(401)]).then(__webpack_require__.bind(__webpack_require__, 401)),
    listEnvs: () => Promise.all(/* import() */[__webpack_require__.e(417), __webpack_require__.e(744)]).then(__webpack_require__.bind(__webpack_require__, 2744)),
    listDeployments: () => Promise.all(/* import() */[__webpack_require__.e(417), __webpack_require__.e(153)]).then(__webpack_require__.bind(__webpack_require__, 6153)),
    createDeployment: () => Promise.all(/* import() */[__webpack_require__.e(417), __webpack_require__.e(155)]).then(__webpack_require__.bind(__webpack_require__, 1155)),
};
/** Starts loading what writing and redeploying need, so that it loads while Meta answers. */
function prepareWrites() {
    for (const load of [sdkFuncs.createEnv, sdkFuncs.createDeployment])
        load().catch(() => undefined);
}
/** Turns an SDK failure while doing `action` into a classified `ServiceError`. */
function vercelError(error, action) {
    const base = { system: 'vercel' };
    if (error instanceof _vercel_sdk_models_responsevalidationerror_js__WEBPACK_IMPORTED_MODULE_3__/* .ResponseValidationError */ .d) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7({ ...base, failureClass: 'needs-human', status: error.statusCode, message: `Vercel: ${action}: the answer did not match Vercel's published schema (${error.message.split('\n')[0] ?? ''})`, hint: 'Vercel changed its API or answered unexpectedly; check the project in the dashboard and report this.' });
    }
    if (error instanceof _vercel_sdk_models_vercelerror_js__WEBPACK_IMPORTED_MODULE_4__/* .VercelError */ .q) {
        const status = error.statusCode;
        const body = vercelErrorBody(error.body);
        const message = `Vercel: ${action} failed: HTTP ${status}${body ? ` ${body.code}: ${body.message}` : ''}`;
        if (status === 429 || status >= 500)
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7({ ...base, failureClass: 'retry-later', status, message, hint: 'Vercel rate limit or outage: the next run retries.' });
        const hints = {
            401: 'vercel-token was rejected: create a new token (Vercel → Account Settings → Tokens) and store it in the secret passed as vercel-token.',
            403: 'vercel-token cannot access this project: give the token access to the team that owns it (its scope), and set vercel-team-id to that team.',
            404: 'The project was not found: check the id or name in vercel-projects, and set vercel-team-id when the project belongs to a team.',
        };
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7({ ...base, failureClass: 'needs-human', status, message, hint: hints[status] ?? 'Vercel refused the request; see the message.' });
    }
    const transport = error instanceof _vercel_sdk_models_httpclienterrors_js__WEBPACK_IMPORTED_MODULE_5__/* .HTTPClientError */ .yi || (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransportError */ .yM)(error);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7({ ...base, failureClass: transport ? 'retry-later' : 'needs-human', message: `Vercel: ${action} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}` });
}
function unwrap(result, action) {
    if (!result.ok)
        throw vercelError(result.error, action);
    return result.value;
}
/**
 * Creates a Vercel client. The SDK retries 429 and 5xx with backoff, honouring `Retry-After`,
 * for up to twice the request timeout; every request is bounded by `timeoutMs`.
 */
function createVercelClient(options) {
    const retryConfig = {
        strategy: 'backoff',
        backoff: { initialInterval: 500, maxInterval: 10_000, exponent: 2, maxElapsedTime: 2 * options.timeoutMs },
        retryConnectionErrors: true,
    };
    const sdk = new _vercel_sdk_core_js__WEBPACK_IMPORTED_MODULE_6__/* .VercelCore */ .B({
        bearerToken: options.token,
        serverURL: options.apiUrl,
        timeoutMs: options.timeoutMs,
        httpClient: new _vercel_sdk_lib_http_js__WEBPACK_IMPORTED_MODULE_7__/* .HTTPClient */ .ST({ fetcher: (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .clientFetch */ .w)(options.apiUrl, options.timeoutMs) }),
        retryConfig,
    });
    const team = options.teamId ? { teamId: options.teamId } : {};
    const promoted = (d) => d.readySubstate !== undefined ? d.readySubstate !== 'STAGED' : d.aliasAssigned === undefined ? undefined : Boolean(d.aliasAssigned);
    const toDeployment = (d, fallbackName = '') => ({
        id: d.id,
        url: d.url ?? '',
        name: d.name ?? fallbackName,
        target: d.target ?? null,
        readyState: d.readyState,
        ...(d.errorMessage ? { errorMessage: d.errorMessage } : {}),
        ...(d.createdAt ? { createdAt: d.createdAt } : {}),
        ...(d.readyState === 'READY' && d.target === 'production' ? { promoted: promoted(d) } : {}),
    });
    const listDeployments = async (action, query) => {
        const { deploymentsGetDeployments } = await sdkFuncs.listDeployments();
        return unwrap(await deploymentsGetDeployments(sdk, { ...query, ...team }), action).deployments;
    };
    return {
        /**
         * `POST /v10/projects/{idOrName}/env?upsert=true`: creates the variable or updates its value
         * (Vercel keeps an existing variable's type). A 201 whose `failed` list is not empty is a
         * failure. Never list-then-patch: production variables can be hidden from the list.
         */
        async upsertEnv(project, env) {
            const action = `upserting ${env.key} in project ${project}`;
            const { projectsCreateProjectEnv } = await sdkFuncs.createEnv();
            const result = unwrap(await projectsCreateProjectEnv(sdk, { idOrName: project, upsert: 'true', ...team, requestBody: env }), action);
            const [failed] = result.failed;
            if (failed) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7({ system: 'vercel', failureClass: 'needs-human', status: 201, message: `Vercel: ${action} failed: ${failed.error.code}: ${failed.error.message}`, hint: 'Check the variable in the project settings (Environment Variables); a variable of another type or branch may block it.' });
            }
            const written = [result.created].flat().map((e) => (e && 'updatedAt' in e ? e.updatedAt : undefined));
            const times = written.filter((t) => typeof t === 'number');
            return times.length > 0 ? Math.max(...times) : undefined;
        },
        /**
         * When the variable `key` with a target in `target` was last written: its `updatedAt` from
         * `GET /v10/projects/{idOrName}/env`, `missing` when the list lacks it, or `hidden` when the
         * list may hide it (production variables can be left out and only counted, api-facts C.1).
         */
        async envState(project, key, target) {
            const { projectsFilterProjectEnvs } = await sdkFuncs.listEnvs();
            const result = unwrap(await projectsFilterProjectEnvs(sdk, { idOrName: project, ...team }), `listing the variables of ${project}`);
            const envs = 'envs' in result ? result.envs : [result];
            const found = envs.find((e) => e.key === key && [e.target ?? []].flat().some((t) => target.includes(t)));
            if (found)
                return found.updatedAt ?? 'hidden';
            const hidden = 'hiddenProductionEnvCount' in result && result.hiddenProductionEnvCount > 0;
            const morePages = 'pagination' in result && result.pagination.next !== null;
            return hidden || morePages ? 'hidden' : 'missing';
        },
        /** The newest READY production deployment (`GET /v7/deployments`), or undefined when the project has none. */
        async latestProductionDeployment(project) {
            const [latest] = await listDeployments(`listing the production deployments of ${project}`, { projectId: project, target: 'production', state: 'READY', limit: 1 });
            return latest && toDeployment({ ...latest, id: latest.uid });
        },
        /**
         * Redeploys `from` as `vercel redeploy` does: `POST /v13/deployments?forceNew=1` with
         * `deploymentId`, `name`, `target` and `meta.action=redeploy`, plus this run's marker.
         * Returns the new deployment. Only a 429 (nothing created) is retried by the SDK: after an
         * ambiguous failure (5xx, timeout, reset) Vercel may have created it anyway, so the run's own
         * deployment is looked for, and created once more only when there is none.
         */
        async redeploy(project, from, runId) {
            const action = `redeploying ${from.name} from ${from.id}`;
            const requestBody = { name: from.name, deploymentId: from.id, meta: { action: 'redeploy', [RUN_MARKER]: runId }, ...(from.target ? { target: from.target } : {}) };
            const create = async () => {
                const { deploymentsCreateDeployment } = await sdkFuncs.createDeployment();
                const result = await deploymentsCreateDeployment(sdk, { forceNew: '1', ...team, requestBody }, { retryCodes: ['429'], retries: { ...retryConfig, retryConnectionErrors: false } });
                return toDeployment(unwrap(result, action), from.name);
            };
            const started = async () => {
                const since = (from.createdAt ?? Date.now() - 3_600_000) - 1;
                const mine = (await listDeployments(`looking for the redeploy of ${from.name}`, { projectId: project, since, limit: 100 })).find((d) => d.meta?.[RUN_MARKER] === runId);
                return mine && toDeployment({ ...mine, id: mine.uid });
            };
            for (let attempt = 1;; attempt++) {
                try {
                    return await create();
                }
                catch (error) {
                    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7) || error.failureClass !== 'retry-later')
                        throw error;
                    const found = await started();
                    if (found)
                        return found;
                    if (attempt === 2)
                        throw error;
                }
            }
        },
        /** `GET /v7/deployments?projectId=…&since=…`, the deployment found by its `uid`. */
        async refresh(project, deployment) {
            const since = (deployment.createdAt ?? Date.now() - 600_000) - 1;
            const found = (await listDeployments(`reading deployment ${deployment.id}`, { projectId: project, since, limit: 100 })).find((d) => d.uid === deployment.id);
            if (!found)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7({ system: 'vercel', failureClass: 'retry-later', message: `Vercel: deployment ${deployment.id} of ${project} is not in its list` });
            return toDeployment({ ...found, id: found.uid });
        },
        async productionSince(project, since) {
            const [newest] = await listDeployments(`listing the new deployments of ${project}`, { projectId: project, since, target: 'production', limit: 1 });
            return newest && toDeployment({ ...newest, id: newest.uid });
        },
    };
}
/**
 * Polls a deployment of `project` until its `readyState` settles or `waitMs` (milliseconds) runs
 * out, sleeping `intervalMs` and then half as long again each time, up to 15 s. `first` is the
 * deployment, or `{ since }` (unix ms) for the first production deployment created after it (a
 * deploy hook's, which Vercel does not name). Returns the deployment as last seen, or undefined
 * when none appeared.
 */
async function waitForDeployment(client, project, first, waitMs, intervalMs) {
    const started = Date.now();
    let deployment = 'id' in first ? first : undefined;
    let interval = intervalMs;
    while (!deployment || !isSettled(deployment.readyState)) {
        const left = Math.min(waitMs - (Date.now() - started), (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .remainingMs */ .XW)());
        if (left <= 0)
            break;
        await (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy)(Math.min(interval, left));
        interval = Math.min(interval * 1.5, 15_000);
        deployment = deployment ? await client.refresh(project, deployment) : 'since' in first ? await client.productionSince(project, first.since) : undefined;
    }
    return deployment;
}
/**
 * Calls a deploy hook (`POST https://api.vercel.com/v1/integrations/deploy/{projectId}/{hookId}`;
 * no auth, the URL is the secret). Returns the job id Vercel answers with, when it does.
 */
async function callDeployHook(url, timeoutMs) {
    let response;
    try {
        response = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .clientFetch */ .w)(url, timeoutMs)(url, { method: 'POST' });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7({ system: 'vercel', failureClass: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransportError */ .yM)(error) ? 'retry-later' : 'needs-human', message: `Vercel: deploy hook failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}` });
    }
    const text = await response.text();
    if (!response.ok) {
        const body = vercelErrorBody(text);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7({
            system: 'vercel',
            failureClass: response.status === 429 || response.status >= 500 ? 'retry-later' : 'needs-human',
            status: response.status,
            message: `Vercel: deploy hook failed: HTTP ${response.status}${body ? ` ${body.code}: ${body.message}` : ''}`,
            hint: 'Check the deploy hook in the project settings (Git → Deploy Hooks); a deleted hook answers 404.',
        });
    }
    try {
        const job = JSON.parse(text).job;
        return typeof job?.id === 'string' ? job.id : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
