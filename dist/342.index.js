export const id = 342;
export const ids = [342];
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

/***/ 7342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDestinations: () => (/* binding */ createDestinations),
/* harmony export */   readCurrentToken: () => (/* binding */ readCurrentToken),
/* harmony export */   validate: () => (/* reexport safe */ _statements_js__WEBPACK_IMPORTED_MODULE_4__.tf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _clients_postgres_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2337);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7194);
/* harmony import */ var _statements_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3417);
/* harmony import */ var _stored_value_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4768);
/* harmony import */ var _destination_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4641);
/**
 * A Postgres row (`postgres-url`, `postgres-update`): the user's own statement stores the token,
 * or its Fernet ciphertext, with bound parameters in a transaction that must touch the expected
 * number of rows. With `postgres-select`, runs that do not refresh compare the stored value with
 * the current token; without it, they store the current token again. The connection opens while
 * the token is inspected.
 */







const KIND = {
    id: 'postgres',
    title: 'Postgres row',
    result: 'Result',
    deploys: false,
    writing: 'writing the Postgres row',
};
/** Whether two tokens are the same, compared by SHA-256 fingerprint in constant time. */
const sameToken = (a, b) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(a).digest(), (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(b).digest());
/** Why the update's count is not the expected one, or undefined when it is. */
function countProblem(pg, count) {
    if (count === pg.expectedRows)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7({
        system: 'postgres',
        failureClass: 'needs-human',
        message: `Postgres: postgres-update touched ${count} row${count === 1 ? '' : 's'}, expected ` +
            `${pg.expectedRows}; rolled back`,
        hint: count === 0
            ? 'No row matched its WHERE: check the values it filters on and that the row exists. If it does, a ' +
                'row-level security policy may let this role read the row but not update it (Supabase: add an UPDATE ' +
                'policy), or a trigger cancels the update.'
            : 'Its WHERE matches more rows than postgres-expected-rows: narrow it to the rows that hold this token, or ' +
                'set postgres-expected-rows to how many they are.',
    });
}
/** Refuses to write over values the app reads otherwise than these settings (`storedProblem`): needs a person. */
async function checkOverwrite(pg, rows) {
    for (const row of rows) {
        const problem = await (0,_stored_value_js__WEBPACK_IMPORTED_MODULE_5__/* .storedProblem */ .TZ)(pg, Object.values(row)[0]);
        if (problem)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7({
                system: 'postgres',
                failureClass: 'needs-human',
                message: `Postgres: the row ${problem}; it was not written`,
                hint: 'Writing over it would leave the app a value it cannot read. Fix postgres-encryption or ' +
                    'postgres-fernet-key (the next run then writes the row), or clear the column if its value is meant to go.',
            });
    }
}
/**
 * Runs the update in a transaction (`transaction`), in three round trips: the select and the
 * update go out with BEGIN, then COMMIT, or ROLLBACK when the select found a value the app reads
 * otherwise (`checkOverwrite`) or the update touched other than the expected rows. The select
 * runs before the update, in its transaction: it sees the value the update replaces. The update
 * takes two of the round trips (its parameter types are described first). `pg.bound`: how many
 * of `$1`–`$3` the statement uses. Throws `ServiceError`.
 */
async function update(sql, pg, value, token, ms) {
    const parameters = [value, (0,_clients_postgres_js__WEBPACK_IMPORTED_MODULE_1__/* .timestamp */ .vE)(sql, token.expiresAt), (0,_clients_postgres_js__WEBPACK_IMPORTED_MODULE_1__/* .timestamp */ .vE)(sql, Date.now() / 1000)];
    await (0,_clients_postgres_js__WEBPACK_IMPORTED_MODULE_1__/* .transaction */ .Rn)(sql, ms, 'updating', async () => {
        const [current, result] = await Promise.all([
            sql.unsafe(pg.select),
            sql.unsafe(pg.update, parameters.slice(0, pg.bound)),
        ]);
        await checkOverwrite(pg, current);
        const wrong = countProblem(pg, result.count);
        if (wrong)
            throw wrong;
    });
}
/** The run's one client, shared by the token read of a Postgres primary and the destination. */
let client;
const clientFor = (pg, timeoutMs) => (client ??= (0,_clients_postgres_js__WEBPACK_IMPORTED_MODULE_1__/* .connect */ .Ng)(pg.url, { caCert: pg.caCert, timeoutMs }));
/** The values `postgres-select` returns (first column), as stored. */
async function storedValues(sql, select, ms) {
    const rows = await (0,_clients_postgres_js__WEBPACK_IMPORTED_MODULE_1__/* .bounded */ .Mm)(sql, ms, sql.unsafe(select)).catch((e) => Promise.reject((0,_clients_postgres_js__WEBPACK_IMPORTED_MODULE_1__/* .postgresError */ .Y5)(e, 'reading')));
    return rows.map((row) => Object.values(row)[0]);
}
/**
 * The current token, read from the row when it is the primary (`access-token` not given), masked
 * at once. Throws `ServiceError` when the select fails, finds no row, rows that differ, or a value
 * these settings do not read (`storedProblem`).
 */
async function readCurrentToken(settings) {
    const pg = settings.postgres;
    if (pg?.kind !== 'row' || !pg.primary)
        return undefined;
    const sql = clientFor(pg, settings.timeoutMs);
    try {
        const values = await storedValues(sql, pg.select, settings.timeoutMs);
        const problem = (await Promise.all(values.map((v) => (0,_stored_value_js__WEBPACK_IMPORTED_MODULE_5__/* .storedProblem */ .TZ)(pg, v)))).find(Boolean);
        const tokens = await Promise.all(values.map((v) => (0,_stored_value_js__WEBPACK_IMPORTED_MODULE_5__/* .opened */ .Sg)(pg, v)));
        const [first] = tokens;
        if (problem || first === undefined || tokens.some((v) => v !== first))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7({
                system: 'postgres',
                failureClass: 'needs-human',
                message: `Postgres: postgres-select returned ` +
                    `${problem ? `a row that ${problem}` : values.length === 0 ? 'no row' : 'no single token'}, so there is ` +
                    `no current token to refresh`,
                hint: 'Store the current token in the row (and check postgres-select and, with Fernet, ' +
                    'postgres-fernet-key), or pass access-token.',
            });
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .c)(first);
        return first;
    }
    catch (error) {
        await sql.end({ timeout: 0 });
        throw error;
    }
}

/** The Postgres row of `postgres-url`, when it is set: the primary when `access-token` was not given. */
function createDestinations(settings) {
    const pg = settings.postgres;
    // In table mode every row is its own place (table.ts), not a destination of one token.
    if (pg?.kind !== 'row')
        return { destinations: [] };
    // The update checks what it replaces.
    const select = pg.select;
    const sql = clientFor(pg, settings.timeoutMs);
    const bound = (0,_statements_js__WEBPACK_IMPORTED_MODULE_4__/* .boundOf */ .s0)(pg.update);
    const target = `postgres:${(0,_statements_js__WEBPACK_IMPORTED_MODULE_4__/* .tableOf */ .c_)(pg.update)}`;
    let ready;
    // The connection (TCP, TLS, authentication) is made while the token is inspected.
    const connected = () => {
        ready ??= (0,_clients_postgres_js__WEBPACK_IMPORTED_MODULE_1__/* .bounded */ .Mm)(sql, settings.timeoutMs, sql `select 1`).catch((error) => Promise.reject((0,_clients_postgres_js__WEBPACK_IMPORTED_MODULE_1__/* .postgresError */ .Y5)(error, 'connecting')));
        return ready;
    };
    return {
        destinations: [
            {
                target,
                primary: pg.primary,
                record: (0,_destination_js__WEBPACK_IMPORTED_MODULE_6__/* .newRecord */ .M)({ kind: KIND, target, label: target, primary: pg.primary }),
                prepare: () => void connected().catch(() => undefined),
                // Only runs that do not refresh read it: the token they deliver is the one access-token holds.
                async readState() {
                    await connected();
                    const values = await storedValues(sql, select, settings.timeoutMs);
                    const tokens = await Promise.all(values.map((v) => (0,_stored_value_js__WEBPACK_IMPORTED_MODULE_5__/* .opened */ .Sg)(pg, v)));
                    const holds = tokens.length > 0 && tokens.every((v) => v !== undefined && sameToken(v, settings.accessToken));
                    return { writtenAt: holds ? Date.now() : 'missing' };
                },
                async write(value, token) {
                    await connected();
                    const ciphertext = await (0,_stored_value_js__WEBPACK_IMPORTED_MODULE_5__/* .stored */ .su)(pg, value);
                    await update(sql, { ...pg, bound, select }, ciphertext, token, settings.timeoutMs);
                    return { result: 'updated', writtenAt: undefined };
                },
                async checkWritable() {
                    await connected();
                },
            },
        ],
        // Terminate is sent; the server's close is not awaited (the process exits without it).
        close: () => sql.end({ timeout: 0 }),
    };
}


/***/ })

};
