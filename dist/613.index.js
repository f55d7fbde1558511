export const id = 613;
export const ids = [613];
export const modules = {

/***/ 8199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ newRecord)
/* harmony export */ });
/** The record a destination starts a run with: not written, holding the old token. */
function newRecord(fields) {
    return { ...fields, result: 'unchanged', holds: 'old' };
}


/***/ }),

/***/ 1613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDestinations: () => (/* binding */ createDestinations),
/* harmony export */   expiryValue: () => (/* binding */ expiryValue)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6321);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7948);
/* harmony import */ var _destination_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8199);



const KIND = {
    id: 'github-variable',
    title: 'GitHub variable (expiry)',
    result: 'Result',
    deploys: false,
    writing: 'writing the expiry variable',
    derived: true,
};
/** The variable's value for `token`: its expiry in ISO 8601 UTC, `never`, or `unknown` (a refresh that did not say). */
const expiryValue = (token) => token.expiresAt === undefined ? 'unknown' : token.expiresAt === 0 ? 'never' : (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .isoTime */ .Ly)(token.expiresAt);
/** The `expiry-variable`, when one is set. */
async function createDestinations(settings) {
    const variable = settings.expiryVariable;
    if (!variable)
        return { destinations: [] };
    const gh = await Promise.all(/* import() */[__webpack_require__.e(872), __webpack_require__.e(224)]).then(__webpack_require__.bind(__webpack_require__, 5224));
    const octokit = settings.githubToken
        ? gh.createOctokit(settings.githubToken, { baseUrl: settings.githubApiUrl, timeoutMs: settings.timeoutMs })
        : undefined;
    const client = () => {
        if (!octokit)
            throw new Error('no GitHub client');
        return octokit;
    };
    const target = `${(0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .repoName */ .Q)(variable.repo)}:${variable.name}`;
    return {
        destinations: [
            {
                target,
                primary: false,
                record: (0,_destination_js__WEBPACK_IMPORTED_MODULE_2__/* .newRecord */ .M)({ kind: KIND, target, label: target, primary: false }),
                prepare: () => undefined,
                async readState(token) {
                    const current = await gh.getVariable(client(), variable.repo, variable.name);
                    // A value that is not the current token's expiry missed it, whenever it was written.
                    if (current === 'missing' || current.value !== expiryValue(token))
                        return { writtenAt: 'missing' };
                    return { writtenAt: current.updatedAt * 1000 };
                },
                async write(_value, token) {
                    const result = await gh.setVariable(client(), variable.repo, variable.name, expiryValue(token));
                    return { result, writtenAt: undefined };
                },
                checkWritable: () => Promise.resolve().then(() => void client()),
            },
        ],
    };
}


/***/ })

};
