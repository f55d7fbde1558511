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
/* harmony export */   createDestinations: () => (/* binding */ createDestinations),
/* harmony export */   secretTarget: () => (/* binding */ secretTarget)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
/* harmony import */ var _destination_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4641);


const KIND = {
    id: 'github-secret',
    title: 'GitHub secret',
    result: 'Result',
    deploys: false,
    writing: 'writing a GitHub secret',
};
/** `owner/repo:NAME`, the secret's target in the report and the issue. */
const secretTarget = (d) => `${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .repoName */ .Q)(d.repo)}:${d.name}`;
/** Every secret of `github-secrets`, the first one the primary. */
async function createDestinations(settings) {
    // A chunk of its own, shared with the failure issue rather than copied into both.
    const { createOctokit, getPublicKey, getSecretUpdatedAt, prepareWrites, putSecret } = await Promise.all(/* import() */[__webpack_require__.e(232), __webpack_require__.e(664)]).then(__webpack_require__.bind(__webpack_require__, 5283));
    const octokit = settings.githubToken
        ? createOctokit(settings.githubToken, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs })
        : undefined;
    // One public key per repository, read once and shared by its secrets.
    const keys = new Map();
    const keyOf = (d) => {
        const name = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .repoName */ .Q)(d.repo);
        let key = keys.get(name);
        if (!key) {
            key = octokit ? getPublicKey(octokit, d.repo) : Promise.reject(new Error('no GitHub client'));
            key.catch(() => undefined);
            keys.set(name, key);
        }
        return key;
    };
    const clientOrThrow = () => {
        if (!octokit)
            throw new Error('no GitHub client');
        return octokit;
    };
    const destinations = settings.githubSecrets.map((d, i) => {
        const target = secretTarget(d);
        return {
            target,
            primary: i === 0,
            record: (0,_destination_js__WEBPACK_IMPORTED_MODULE_1__/* .newRecord */ .M)({ kind: KIND, target, label: target, primary: i === 0 }),
            prepare: () => void keyOf(d),
            async readState() {
                // The key matters too: a secret that cannot be sealed cannot be brought up to date.
                const [key, state] = await Promise.allSettled([keyOf(d), getSecretUpdatedAt(clientOrThrow(), d.repo, d.name)]);
                if (key.status === 'rejected')
                    throw key.reason;
                if (state.status === 'rejected')
                    throw state.reason;
                return { writtenAt: state.value === 'missing' ? 'missing' : state.value * 1000 };
            },
            async write(value) {
                const result = await putSecret(clientOrThrow(), d.repo, d.name, await keyOf(d), value);
                return { result, writtenAt: undefined };
            },
            async checkWritable() {
                await keyOf(d);
            },
        };
    });
    return { destinations, prepareWrites };
}


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ repoName)
/* harmony export */ });
/**
 * The small vocabulary the inputs and the clients share, so that neither imports the other.
 */
/** `owner/repo` */
function repoName(ref) {
    return `${ref.owner}/${ref.repo}`;
}


/***/ })

};
