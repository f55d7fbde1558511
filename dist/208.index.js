export const id = 208;
export const ids = [208];
export const modules = {

/***/ 4641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ newRecord)
/* harmony export */ });
/** The record a destination starts a run with: not written, holding the old token. */
function newRecord(fields) {
    return { ...fields, result: 'unchanged', holds: 'old' };
}


/***/ }),

/***/ 1208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createDestinations: () => (/* binding */ createDestinations)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6288);
// EXTERNAL MODULE: ./node_modules/@vercel/sdk/esm/core.js + 5 modules
var esm_core = __webpack_require__(9222);
// EXTERNAL MODULE: ./node_modules/@vercel/sdk/esm/lib/http.js
var http = __webpack_require__(3157);
// EXTERNAL MODULE: ./node_modules/@vercel/sdk/esm/models/httpclienterrors.js
var httpclienterrors = __webpack_require__(5158);
// EXTERNAL MODULE: ./node_modules/@vercel/sdk/esm/models/responsevalidationerror.js
var responsevalidationerror = __webpack_require__(5070);
// EXTERNAL MODULE: ./node_modules/@vercel/sdk/esm/models/vercelerror.js
var vercelerror = __webpack_require__(9919);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/clients/budget.ts
var budget = __webpack_require__(3903);
// EXTERNAL MODULE: ./src/clients/http.ts
var clients_http = __webpack_require__(1954);
;// CONCATENATED MODULE: ./src/clients/vercel.ts
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
    if (error instanceof responsevalidationerror/* ResponseValidationError */.d) {
        return new errors/* ServiceError */._7({
            ...base,
            failureClass: 'needs-human',
            status: error.statusCode,
            message: `Vercel: ${action}: the answer did not match Vercel's published schema ` +
                `(${error.message.split('\n')[0] ?? ''})`,
            hint: 'Vercel changed its API or answered unexpectedly; check the project in the dashboard and report this.',
        });
    }
    if (error instanceof vercelerror/* VercelError */.q) {
        const status = error.statusCode;
        const body = vercelErrorBody(error.body);
        const message = `Vercel: ${action} failed: HTTP ${status}${body ? ` ${body.code}: ${body.message}` : ''}`;
        if (status === 429 || status >= 500)
            return new errors/* ServiceError */._7({
                ...base,
                failureClass: 'retry-later',
                status,
                message,
                hint: 'Vercel rate limit or outage: the next run retries.',
            });
        const hints = {
            401: 'vercel-token was rejected: create a new token (Vercel → Account Settings → Tokens) and store it in the ' +
                'secret passed as vercel-token.',
            403: 'vercel-token cannot access this project: give the token access to the team that owns it (its scope), ' +
                'and set vercel-team-id to that team.',
            404: 'The project was not found: check the id or name in vercel-projects, and set vercel-team-id when the ' +
                'project belongs to a team.',
        };
        return new errors/* ServiceError */._7({
            ...base,
            failureClass: 'needs-human',
            status,
            message,
            hint: hints[status] ?? 'Vercel refused the request; see the message.',
        });
    }
    const transport = error instanceof httpclienterrors/* HTTPClientError */.yi || (0,errors/* isTransportError */.yM)(error);
    return new errors/* ServiceError */._7({
        ...base,
        failureClass: transport ? 'retry-later' : 'needs-human',
        message: `Vercel: ${action} failed: ${(0,errors/* messageOf */.bD)(error)}`,
    });
}
function unwrap(result, action) {
    if (!result.ok)
        throw vercelError(result.error, action);
    return result.value;
}
/**
 * Whether a READY production deployment serves traffic: `readySubstate`, else its alias; undefined
 * when Vercel says neither.
 */
const promoted = (d) => d.readySubstate !== undefined
    ? d.readySubstate !== 'STAGED'
    : d.aliasAssigned === undefined
        ? undefined
        : Boolean(d.aliasAssigned);
function toDeployment(d, fallbackName = '') {
    return {
        id: d.id,
        url: d.url ?? '',
        name: d.name ?? fallbackName,
        target: d.target ?? null,
        readyState: d.readyState,
        ...(d.errorMessage ? { errorMessage: d.errorMessage } : {}),
        ...(d.createdAt ? { createdAt: d.createdAt } : {}),
        ...(d.readyState === 'READY' && d.target === 'production' ? { promoted: promoted(d) } : {}),
    };
}
/**
 * The Vercel client on the SDK. The SDK retries 429 and 5xx with backoff, honouring
 * `Retry-After`, for up to twice the request timeout; every request is bounded by `timeoutMs`.
 */
class SdkVercelClient {
    sdk;
    team;
    retryConfig;
    constructor(options) {
        this.retryConfig = {
            strategy: 'backoff',
            backoff: { initialInterval: 500, maxInterval: 10_000, exponent: 2, maxElapsedTime: 2 * options.timeoutMs },
            retryConnectionErrors: true,
        };
        this.sdk = new esm_core/* VercelCore */.B({
            bearerToken: options.token,
            serverURL: options.apiUrl,
            timeoutMs: options.timeoutMs,
            httpClient: new http/* HTTPClient */.ST({ fetcher: (0,clients_http/* clientFetch */.w)(options.apiUrl, options.timeoutMs) }),
            retryConfig: this.retryConfig,
        });
        this.team = options.teamId ? { teamId: options.teamId } : {};
    }
    /** `GET /v7/deployments` with `query`. */
    async list(action, query) {
        const { deploymentsGetDeployments } = await sdkFuncs.listDeployments();
        return unwrap(await deploymentsGetDeployments(this.sdk, { ...query, ...this.team }), action).deployments;
    }
    /**
     * `POST /v10/projects/{idOrName}/env?upsert=true`: creates the variable or updates its value
     * (Vercel keeps an existing variable's type). A 201 whose `failed` list is not empty is a
     * failure. Never list-then-patch: production variables can be hidden from the list.
     */
    async upsertEnv(project, env) {
        const action = `upserting ${env.key} in project ${project}`;
        const { projectsCreateProjectEnv } = await sdkFuncs.createEnv();
        const result = unwrap(await projectsCreateProjectEnv(this.sdk, { idOrName: project, upsert: 'true', ...this.team, requestBody: env }), action);
        const [failed] = result.failed;
        if (failed) {
            throw new errors/* ServiceError */._7({
                system: 'vercel',
                failureClass: 'needs-human',
                status: 201,
                message: `Vercel: ${action} failed: ${failed.error.code}: ${failed.error.message}`,
                hint: 'Check the variable in the project settings (Environment Variables); a variable of another type or ' +
                    'branch may block it.',
            });
        }
        const written = [result.created].flat().map((e) => (e && 'updatedAt' in e ? e.updatedAt : undefined));
        const times = written.filter((t) => typeof t === 'number');
        return times.length > 0 ? Math.max(...times) : undefined;
    }
    /**
     * When the variable `key` with a target in `target` was last written: its `updatedAt` from
     * `GET /v10/projects/{idOrName}/env`, `missing` when the list lacks it, or `hidden` when the
     * list may hide it (production variables can be left out and only counted, api-facts C.1).
     */
    async envState(project, key, target) {
        const { projectsFilterProjectEnvs } = await sdkFuncs.listEnvs();
        const result = unwrap(await projectsFilterProjectEnvs(this.sdk, { idOrName: project, ...this.team }), `listing the variables of ${project}`);
        const envs = 'envs' in result ? result.envs : [result];
        const found = envs.find((e) => e.key === key && [e.target ?? []].flat().some((t) => target.includes(t)));
        if (found)
            return found.updatedAt ?? 'hidden';
        const hidden = 'hiddenProductionEnvCount' in result && result.hiddenProductionEnvCount > 0;
        const morePages = 'pagination' in result && result.pagination.next !== null;
        return hidden || morePages ? 'hidden' : 'missing';
    }
    /** The newest READY production deployment (`GET /v7/deployments`), or undefined when the project has none. */
    async latestProductionDeployment(project) {
        const [latest] = await this.list(`listing the production deployments of ${project}`, {
            projectId: project,
            target: 'production',
            state: 'READY',
            limit: 1,
        });
        return latest && toDeployment({ ...latest, id: latest.uid });
    }
    /**
     * Redeploys `from` as `vercel redeploy` does: `POST /v13/deployments?forceNew=1` with
     * `deploymentId`, `name`, `target` and `meta.action=redeploy`, plus this run's marker.
     * Returns the new deployment. Only a 429 (nothing created) is retried by the SDK: after an
     * ambiguous failure (5xx, timeout, reset) Vercel may have created it anyway, so the run's own
     * deployment is looked for, and created once more only when there is none.
     */
    async redeploy(project, from, runId) {
        const action = `redeploying ${from.name} from ${from.id}`;
        const requestBody = {
            name: from.name,
            deploymentId: from.id,
            meta: { action: 'redeploy', [RUN_MARKER]: runId },
            ...(from.target ? { target: from.target } : {}),
        };
        const create = async () => {
            const { deploymentsCreateDeployment } = await sdkFuncs.createDeployment();
            const result = await deploymentsCreateDeployment(this.sdk, { forceNew: '1', ...this.team, requestBody }, { retryCodes: ['429'], retries: { ...this.retryConfig, retryConnectionErrors: false } });
            return toDeployment(unwrap(result, action), from.name);
        };
        const started = async () => {
            const since = (from.createdAt ?? Date.now() - 3_600_000) - 1;
            const mine = (await this.list(`looking for the redeploy of ${from.name}`, { projectId: project, since, limit: 100 })).find((d) => d.meta?.[RUN_MARKER] === runId);
            return mine && toDeployment({ ...mine, id: mine.uid });
        };
        for (let attempt = 1;; attempt++) {
            try {
                return await create();
            }
            catch (error) {
                if (!(error instanceof errors/* ServiceError */._7) || error.failureClass !== 'retry-later')
                    throw error;
                const found = await started();
                if (found)
                    return found;
                if (attempt === 2)
                    throw error;
            }
        }
    }
    /** `GET /v7/deployments?projectId=…&since=…`, the deployment found by its `uid`. */
    async refresh(project, deployment) {
        const since = (deployment.createdAt ?? Date.now() - 600_000) - 1;
        const found = (await this.list(`reading deployment ${deployment.id}`, { projectId: project, since, limit: 100 })).find((d) => d.uid === deployment.id);
        if (!found)
            throw new errors/* ServiceError */._7({
                system: 'vercel',
                failureClass: 'retry-later',
                message: `Vercel: deployment ${deployment.id} of ${project} is not in its list`,
            });
        return toDeployment({ ...found, id: found.uid });
    }
    async productionSince(project, since) {
        const [newest] = await this.list(`listing the new deployments of ${project}`, {
            projectId: project,
            since,
            target: 'production',
            limit: 1,
        });
        return newest && toDeployment({ ...newest, id: newest.uid });
    }
}
/** Creates a Vercel client for `options.apiUrl` (see `SdkVercelClient`). */
function createVercelClient(options) {
    return new SdkVercelClient(options);
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
        const left = Math.min(waitMs - (Date.now() - started), (0,budget/* remainingMs */.XW)());
        if (left <= 0)
            break;
        await (0,budget/* sleep */.yy)(Math.min(interval, left));
        interval = Math.min(interval * 1.5, 15_000);
        deployment = deployment
            ? await client.refresh(project, deployment)
            : 'since' in first
                ? await client.productionSince(project, first.since)
                : undefined;
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
        response = await (0,clients_http/* clientFetch */.w)(url, timeoutMs)(url, { method: 'POST' });
    }
    catch (error) {
        throw new errors/* ServiceError */._7({
            system: 'vercel',
            failureClass: (0,errors/* isTransportError */.yM)(error) ? 'retry-later' : 'needs-human',
            message: `Vercel: deploy hook failed: ${(0,errors/* messageOf */.bD)(error)}`,
        });
    }
    const text = await response.text();
    if (!response.ok) {
        const body = vercelErrorBody(text);
        throw new errors/* ServiceError */._7({
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

// EXTERNAL MODULE: ./src/settled.ts
var settled = __webpack_require__(6834);
// EXTERNAL MODULE: ./src/destinations/destination.ts
var destination = __webpack_require__(4641);
;// CONCATENATED MODULE: ./src/destinations/vercel-env.ts
/**
 * Vercel project environment variables (`vercel-projects`): upserted with
 * `POST /v10/projects/{idOrName}/env?upsert=true`, then made live by a production redeploy, or by
 * the deploy hooks (called once per run, after every variable is written) and a wait for each
 * project's new production deployment (api-facts C).
 */





const KIND = {
    id: 'vercel-env',
    title: 'Vercel project',
    result: 'Variable',
    deploys: true,
    writing: 'writing a Vercel variable',
};
const NOT_PROMOTED_HINT = 'Promote the deployment in Vercel (Deployments → … → Promote), or undo an Instant Rollback; ' +
    'with "Auto-assign Custom Production Domains" off, every production deployment waits to be promoted.';
/**
 * Makes the projects run with their variables: a redeploy each, or the deploy hooks, called once
 * per run, and a wait for each project's new production deployment. Records every outcome.
 */
class Deployer {
    settings;
    context;
    client;
    v;
    latest = new Map();
    hooksCalled;
    constructor(settings, context, client) {
        this.settings = settings;
        this.context = context;
        this.client = client;
        this.v = settings.vercel;
    }
    clientOrThrow() {
        if (!this.client)
            throw new Error('no Vercel client');
        return this.client;
    }
    /** The project's latest READY production deployment, read once (started while the token is inspected). */
    latestOf(project) {
        let found = this.latest.get(project);
        if (!found) {
            found = (0,settled/* settle */.G)(Promise.resolve().then(() => this.clientOrThrow().latestProductionDeployment(project)));
            this.latest.set(project, found);
        }
        return found;
    }
    /** Calls every deploy hook, once per run; resolves whether any was called. */
    callHooks() {
        this.hooksCalled ??= callEveryHook(this.settings, this.context);
        return this.hooksCalled;
    }
    /** Makes `project`, whose variable was written at `writtenAt` (unix ms), run with it. */
    async activate(project, writtenAt) {
        if (this.v.redeploy)
            await this.redeploy(project);
        else if (this.v.deployHooks.length > 0)
            await this.awaitHookDeployment(project, writtenAt);
        else
            this.notLive(project);
    }
    /** Redeploys the project's latest READY production deployment and waits for it to settle. */
    async redeploy(project) {
        const { report } = this.context;
        const record = { project, source: 'redeploy', result: 'started' };
        report.deployments.push(record);
        try {
            const from = await this.latestOf(project);
            if (!from.ok)
                throw from.error;
            if (!from.value) {
                record.result = 'none';
                record.detail = 'no production deployment yet: the next deployment picks up the new value';
                report.notes.push(`Vercel ${project} has no READY production deployment yet, so nothing was redeployed; its next ` +
                    `deployment uses the new value.`);
                return;
            }
            const started = Date.now();
            const created = await this.clientOrThrow().redeploy(project, from.value, this.context.runId);
            core/* info */.pq(`Vercel ${project}: redeploying ${from.value.id} as ${created.id}`);
            await this.settle(record, created, started);
        }
        catch (error) {
            record.result = 'failed';
            record.detail = this.context.fail('redeploy', error, project);
        }
    }
    /**
     * Follows `deployment` of `project`, created after its variable was written by an earlier run
     * (a redeploy or hook call it did not wait for) and still being built, instead of starting
     * another build of the same value: waits for it as for a redeploy (not in a dry run).
     */
    async awaitBuild(project, deployment) {
        const record = {
            project,
            source: this.v.redeploy ? 'redeploy' : 'hook',
            result: 'building',
            detail: 'a build started after the variable was written is still in progress',
        };
        this.context.report.deployments.push(record);
        core/* info */.pq(`Vercel ${project}: ${deployment.id} (${deployment.readyState}) was started after the variable was written`);
        try {
            if (this.settings.dryRun)
                Object.assign(record, shown(deployment));
            else
                await this.settle(record, deployment, Date.now());
        }
        catch (error) {
            record.result = 'failed';
            record.detail = this.context.fail('redeploy', error, project);
        }
        if (record.result === 'ready')
            record.detail = 'a build started after the variable was written';
    }
    /**
     * After the deploy hooks: waits for the production deployment of `project` created after its
     * variable (`writtenAt`, unix ms).
     */
    async awaitHookDeployment(project, writtenAt) {
        const calledAt = Date.now();
        if (!(await this.callHooks())) {
            this.notLive(project, 'no deploy hook could be called');
            return;
        }
        const record = { project, source: 'hook', result: 'triggered' };
        this.context.report.deployments.push(record);
        try {
            await this.settle(record, { since: writtenAt }, calledAt);
        }
        catch (error) {
            record.result = 'failed';
            record.detail = this.context.fail('redeploy', error, project);
        }
    }
    /**
     * Polls `first` until it settles (as `vercel-wait-seconds` allows) and records whether the
     * project now runs with its value.
     */
    async settle(record, first, started) {
        const { project } = record;
        const seen = (d) => void Object.assign(record, shown(d));
        if ('id' in first)
            seen(first);
        if (this.v.waitSeconds === 0)
            return;
        const deployment = await waitForDeployment(this.clientOrThrow(), project, first, this.v.waitSeconds * 1000, this.v.pollSeconds * 1000);
        if (deployment)
            seen(deployment);
        if (deployment?.readyState === 'READY' && deployment.promoted !== false) {
            record.result = 'ready';
            record.seconds = Math.round((Date.now() - started) / 1000);
            core/* info */.pq(`Vercel ${project}: ${deployment.id} is READY`);
            return;
        }
        record.result = 'failed';
        this.context.report.failures.push(notRunning(project, deployment, this.v.waitSeconds));
    }
    /** A project whose variable changed but that nothing deployed: it runs with the old token. */
    notLive(project, why) {
        const { report } = this.context;
        report.deployments.push({ project, source: 'hook', result: 'failed', detail: why ?? 'nothing deploys it' });
        if (why)
            return; // the hooks' own failures say what went wrong
        report.failures.push({
            phase: 'redeploy',
            target: project,
            failureClass: 'needs-human',
            message: `Vercel ${project}: the variable holds the token, but no deployment was started (vercel-redeploy is ` +
                `false and no deploy hook is set), so production still runs with the old one.`,
            hint: 'Redeploy the project in Vercel, and set vercel-redeploy: true or vercel-deploy-hooks so that each ' +
                'refresh goes live.',
        });
    }
}
/** What a deployment record shows of `d`. */
const shown = (d) => ({
    id: d.id,
    url: d.url ? `https://${d.url}` : undefined,
    readyState: d.readyState,
});
/** Why a project does not run with its new value after waiting for `deployment` (undefined: none appeared). */
function notRunning(project, deployment, waitSeconds) {
    const state = deployment?.readyState;
    const why = !deployment
        ? `no production deployment appeared within ${waitSeconds} s of calling the deploy hooks (does a hook belong ` +
            `to this project?)`
        : state === 'READY'
            ? `${deployment.id} is READY but not promoted: production still runs an older deployment`
            : state === 'CANCELED'
                ? `${deployment.id} was CANCELED (an Ignored Build Step can cancel a redeploy of the same commit)`
                : state === 'ERROR'
                    ? `${deployment.id} failed (ERROR)`
                    : `${deployment.id} is still ${state} after ${waitSeconds} s`;
    const settled = state === 'ERROR' || state === 'CANCELED' || state === 'READY';
    return {
        phase: 'redeploy',
        target: project,
        failureClass: settled ? 'needs-human' : 'retry-later',
        message: `Vercel ${project}: deployment ` +
            `${why}${deployment?.errorMessage ? `: ${deployment.errorMessage}` : ''}. The variable holds the new token, ` +
            `but the live deployment still runs with the old one.`,
        hint: state === 'READY'
            ? NOT_PROMOTED_HINT
            : 'Open the deployment in Vercel, fix the cause, and redeploy the project there so it runs with the new value.',
    };
}
/** The states of a deployment still on its way to READY. */
const IN_PROGRESS = new Set(['QUEUED', 'INITIALIZING', 'BUILDING']);
/**
 * When the project's variable was last written (or that it is missing) and its newest READY
 * production deployment, for a run that does not refresh; when that is older than the variable,
 * also the newest production deployment since, if it is still being built (handed to `building`:
 * an earlier run's redeploy or hook call that did not wait). Throws `ServiceError` when the
 * variable cannot be read.
 */
async function projectState(project, v, deployer, context, building) {
    const [env, deployed] = await Promise.all([
        (0,settled/* settle */.G)(deployer.clientOrThrow().envState(project, v.envKey, v.envTargets)),
        deployer.latestOf(project),
    ]);
    if (!env.ok)
        throw env.error;
    if (env.value === 'hidden')
        throw hiddenVariable(project, v.envKey);
    if (!deployed.ok)
        return { writtenAt: env.value, deployment: context.unreadable('redeploy', project, deployed.error) };
    const last = deployed.value;
    if (last?.createdAt === undefined)
        return { writtenAt: env.value, deployment: 'none' };
    const deployment = { createdAt: last.createdAt, promoted: last.promoted !== false };
    const writtenAt = env.value;
    if (typeof writtenAt !== 'number' || last.createdAt >= writtenAt)
        return { writtenAt, deployment };
    // `since` is exclusive: one created in the same millisecond as the write counts too.
    const newer = await (0,settled/* settle */.G)(deployer.clientOrThrow().productionSince(project, writtenAt - 1));
    if (!newer.ok)
        return { writtenAt, deployment: context.unreadable('redeploy', project, newer.error) };
    const found = newer.value;
    if (found?.createdAt === undefined)
        return { writtenAt, deployment };
    // READY since the first read: the newest READY one.
    if (found.readyState === 'READY')
        return { writtenAt, deployment: { createdAt: found.createdAt, promoted: found.promoted !== false } };
    if (!IN_PROGRESS.has(found.readyState))
        return { writtenAt, deployment };
    building(found);
    return { writtenAt, deployment: { ...deployment, building: found.createdAt } };
}
/** One project's variable as a destination. */
function projectDestination(project, v, deployer, context) {
    const target = `vercel:${project}:${v.envKey}`;
    const { report } = context;
    let building;
    return {
        target,
        primary: false,
        record: (0,destination/* newRecord */.M)({ kind: KIND, target, label: project, primary: false }),
        prepare: () => void deployer.latestOf(project),
        readState: () => projectState(project, v, deployer, context, (d) => (building = d)),
        async write(value) {
            const writtenAt = await deployer
                .clientOrThrow()
                .upsertEnv(project, { key: v.envKey, value, type: v.envType, target: v.envTargets });
            core/* info */.pq(`Vercel ${project}: ${v.envKey} updated (${v.envType}, ${v.envTargets.join(', ')})`);
            return { result: 'updated', writtenAt };
        },
        checkWritable: () => Promise.resolve().then(() => void deployer.clientOrThrow()),
        activate: (writtenAt) => deployer.activate(project, writtenAt),
        async planActivation() {
            if (!v.redeploy)
                return;
            const from = await deployer.latestOf(project);
            const source = from.ok ? from.value : undefined;
            report.deployments.push({
                project,
                source: 'redeploy',
                result: source ? 'would-redeploy' : 'none',
                ...(source ? { detail: `from ${source.id} (https://${source.url})` } : {}),
            });
            if (!from.ok)
                context.fail('redeploy', from.error, project);
        },
        reportNotPromoted() {
            report.failures.push({
                phase: 'redeploy',
                target: project,
                failureClass: 'needs-human',
                message: `Vercel ${project}: the newest production deployment was built with the new variable but is not ` +
                    `promoted: production still runs an older deployment with the old token.`,
                hint: NOT_PROMOTED_HINT,
            });
        },
        awaitBuild: () => (building ? deployer.awaitBuild(project, building) : Promise.resolve()),
    };
}
/** Every project of `vercel-projects`, and the deploy hooks. */
function createDestinations(settings, context) {
    const v = settings.vercel;
    const client = v.token
        ? createVercelClient({ token: v.token, teamId: v.teamId, apiUrl: v.apiUrl, timeoutMs: settings.timeoutMs })
        : undefined;
    const deployer = new Deployer(settings, context, client);
    return {
        destinations: v.projects.map((project) => projectDestination(project, v, deployer, context)),
        prepareWrites: prepareWrites,
        async afterWrites(written, refreshed) {
            // Called once whatever the mode: besides the redeploys, alone, or as the projects' activation.
            if (v.deployHooks.length > 0 && (refreshed || written.length > 0))
                await deployer.callHooks();
        },
        planAfterWrites(written) {
            if (written.length > 0)
                v.deployHooks.forEach((_, i) => context.report.deployments.push({
                    project: `deploy hook ${i + 1}`,
                    source: 'hook',
                    result: 'would-redeploy',
                }));
        },
    };
}
/** Calls every deploy hook; each one's result is reported on its own. Resolves whether any was called. */
async function callEveryHook(settings, context) {
    const called = await Promise.all(settings.vercel.deployHooks.map(async (url, i) => {
        const record = { project: `deploy hook ${i + 1}`, source: 'hook', result: 'triggered' };
        context.report.deployments.push(record);
        try {
            const job = await callDeployHook(url, settings.timeoutMs);
            record.detail = job ? `job ${job}` : 'triggered';
            return true;
        }
        catch (error) {
            record.result = 'failed';
            record.detail = context.fail('redeploy', error, record.project);
            return false;
        }
    }));
    return called.includes(true);
}
function hiddenVariable(project, key) {
    return new errors/* ServiceError */._7({
        system: 'vercel',
        failureClass: 'needs-human',
        message: `Vercel: the variable ${key} of ${project} cannot be read: the list of its variables leaves ` +
            `production variables out, or has more pages`,
        hint: `Use a vercel-token whose user can see the production environment variables of ${project} (its role in ` +
            `the team), so that each run can check the variable.`,
    });
}


/***/ })

};
