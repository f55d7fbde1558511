export const id = 31;
export const ids = [31];
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

/***/ 5031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDestinations: () => (/* binding */ createDestinations)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6288);
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(828);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(182);
/* harmony import */ var _destination_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4641);
/**
 * GitHub secrets (`github-secrets`): repository, environment and Dependabot secrets and
 * organization Actions secrets. Each is sealed with the public key of its own place and written
 * with `PUT …/secrets/{secret_name}` (api-facts B.1, B.2); the kinds differ only in their routes
 * and permissions (`clients/github.ts`), and an existing organization secret keeps who may use it
 * (`--visibility` applies when one is created; a line that says otherwise gets a warning). A write
 * whose answer was lost is read back to tell whether the secret missed it.
 */





const noop = () => undefined;
const KIND = {
    id: 'github-secret',
    title: 'GitHub secret',
    result: 'Result',
    deploys: false,
    writing: 'writing a GitHub secret',
};
/**
 * What an organization secret's write sends besides the value: the visibility it has and, for
 * `selected`, its repositories; a new one gets the configured visibility (default `private`).
 * GitHub's PUT requires a visibility and sets whatever it is sent, so an existing secret's is sent
 * back, never the configured one (`--visibility` is for a new secret). `state` and `selection` are
 * memoised reads, so `prepare()` may start them.
 */
async function organizationFields(d, state, selection) {
    if (d.scope.kind !== 'organization')
        return undefined;
    const current = await state();
    if (current === 'missing') {
        const visibility = d.scope.visibility ?? 'private';
        if (visibility !== 'selected')
            return { visibility };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7({
            system: 'github',
            failureClass: 'needs-human',
            message: `GitHub: the organization secret ${d.name} of ${d.scope.org} has no repository selection to keep`,
            hint: `Create ${d.name} in the organization's settings (Secrets and variables → Actions) ` +
                'with the repositories it is for, or use --visibility all or private.',
        });
    }
    const { visibility } = current;
    if (visibility === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7({
            system: 'github',
            failureClass: 'retry-later',
            message: `GitHub: the organization secret ${d.name} of ${d.scope.org} was read without its visibility, so it ` +
                'is not written (a write sets the visibility it is sent)',
        });
    }
    if (visibility !== 'selected')
        return { visibility };
    // GitHub does not document what a write without ids does to the selection: send the one it has.
    return { visibility, selectedRepositoryIds: await selection() };
}
/**
 * The warning for an existing organization secret whose visibility is not the one its line
 * configures (which applies only when the secret is created), or undefined.
 */
function visibilityWarning(d, state) {
    const { scope } = d;
    if (scope.kind !== 'organization' || scope.visibility === undefined || state === 'missing')
        return undefined;
    if (state.visibility === undefined || state.visibility === scope.visibility)
        return undefined;
    return (`GitHub: the organization secret ${d.name} of ${scope.org} is ${state.visibility}, not ${scope.visibility} ` +
        `as its github-secrets line says (--visibility ${scope.visibility}). --visibility applies only when the ` +
        `secret is created, so the action leaves it ${state.visibility}: change it in the organization's settings if it ` +
        'should be, and drop --visibility from the line.');
}
/**
 * A failed write that may have landed (`mayHaveLanded`: its answer was lost or cut off), settled by
 * reading the secret back. Missing, or last written before the write was sent (less the clock
 * tolerance), it missed the write and keeps the old token; written since, or unreadable, which
 * token it holds is not known. Any other failure is returned as it is.
 */
async function settleLostWrite(error, readBack, sentAt) {
    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7) || !error.mayHaveLanded)
        return error;
    let found;
    try {
        const state = await readBack();
        if (state === 'missing' || state.updatedAt * 1000 < sentAt - _core_js__WEBPACK_IMPORTED_MODULE_2__/* .CLOCK_TOLERANCE_SECONDS */ .Xw * 1000)
            return settled(error, `${error.message}; read back, the secret was not written`, false);
        found = 'read back, the secret was written since';
    }
    catch (readError) {
        found = `it could not be read back (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(readError)})`;
    }
    return settled(error, `${error.message}; ${found}, so which token it holds is not known`, true);
}
function settled(error, message, mayHaveLanded) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7({
        system: error.system,
        failureClass: error.failureClass,
        message,
        status: error.status,
        meta: error.meta,
        retryAfterMs: error.retryAfterMs,
        hint: mayHaveLanded
            ? (error.hint ?? 'The next run reads the secret back and writes it again if it missed the token.')
            : error.hint,
        mayHaveLanded,
    });
}
/** `read`, started at most once and shared; a rejection is left to whoever awaits it. */
function once(read) {
    let started;
    return () => {
        if (!started) {
            started = Promise.resolve().then(read);
            started.catch(noop);
        }
        return started;
    };
}
/** The destination of secret `d`. */
function secretDestination(io, d, primary) {
    const { gh, client, keyOf } = io;
    const target = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .secretTarget */ .G)(d.scope, d.name);
    // Read once: by convergence, and for an organization secret by its write too.
    const stateOf = once(() => gh.getSecretState(client(), d.scope, d.name));
    const scope = d.scope;
    const selectionOf = scope.kind === 'organization'
        ? once(() => gh.getSelectedRepositories(client(), scope.org, d.name))
        : () => Promise.resolve([]);
    let warned = false;
    /** Warns, once a run, that an existing organization secret's visibility is not the configured one. */
    const checkVisibility = (state) => {
        const warning = warned ? undefined : visibilityWarning(d, state);
        if (warning === undefined)
            return;
        warned = true;
        io.report.notes.push(warning);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(warning);
    };
    /** What the write sends besides the value, once the key and (organization) the state are read. */
    const writeFields = async () => {
        const fields = await Promise.all([keyOf(d), organizationFields(d, stateOf, selectionOf)]);
        if (fields[1])
            checkVisibility(await stateOf());
        return fields;
    };
    return {
        target,
        primary,
        record: (0,_destination_js__WEBPACK_IMPORTED_MODULE_4__/* .newRecord */ .M)({ kind: KIND, target, label: target, primary }),
        prepare() {
            void keyOf(d);
            if (scope.kind !== 'organization')
                return;
            // Its write needs its state and, when it is `selected`, the selected repositories.
            const selected = (s) => s !== 'missing' && s.visibility === 'selected';
            void stateOf().then((s) => (selected(s) ? selectionOf() : undefined), noop);
        },
        async readState() {
            // The key matters too: a secret that cannot be sealed cannot be brought up to date.
            const [key, current] = await Promise.allSettled([keyOf(d), stateOf()]);
            if (key.status === 'rejected')
                throw key.reason;
            if (current.status === 'rejected')
                throw current.reason;
            checkVisibility(current.value);
            return { writtenAt: current.value === 'missing' ? 'missing' : current.value.updatedAt * 1000 };
        },
        async write(value) {
            const [key, organization] = await writeFields();
            const sentAt = Date.now();
            try {
                const result = await gh.putSecret(client(), d.scope, d.name, key, value, organization);
                return { result, writtenAt: undefined };
            }
            catch (error) {
                // Not the memoised state: that one was read before the write.
                throw await settleLostWrite(error, () => gh.getSecretState(client(), d.scope, d.name), sentAt);
            }
        },
        async checkWritable() {
            await writeFields();
        },
    };
}
/** Every secret of `github-secrets`, the first one the primary unless the Postgres row is. */
async function createDestinations(settings, context) {
    // Loaded once the inspection is out: start-up does not wait for Octokit.
    const gh = await Promise.all(/* import() */[__webpack_require__.e(232), __webpack_require__.e(283)]).then(__webpack_require__.bind(__webpack_require__, 5283));
    const octokit = settings.githubToken
        ? gh.createOctokit(settings.githubToken, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs })
        : undefined;
    const client = () => {
        if (!octokit)
            throw new Error('no GitHub client');
        return octokit;
    };
    // One public key per place, read once and shared by its secrets (never across places).
    const keys = new Map();
    const keyOf = (d) => {
        const where = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .secretTarget */ .G)(d.scope, '').toLowerCase();
        const key = keys.get(where) ?? once(() => gh.getPublicKey(client(), d.scope));
        keys.set(where, key);
        return key();
    };
    const io = { gh, client, keyOf, report: context.report };
    const rowIsPrimary = settings.postgres?.kind === 'row' && settings.postgres.primary;
    const destinations = settings.githubSecrets.map((d, i) => secretDestination(io, d, i === 0 && !rowIsPrimary));
    return { destinations, prepareWrites: gh.prepareWrites };
}


/***/ })

};
