export const id = 719;
export const ids = [719];
export const modules = {

/***/ 8719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   THROTTLE_PERCENT: () => (/* binding */ THROTTLE_PERCENT),
/* harmony export */   inPool: () => (/* binding */ inPool),
/* harmony export */   readRows: () => (/* binding */ readRows),
/* harmony export */   rowDue: () => (/* binding */ rowDue),
/* harmony export */   runTable: () => (/* binding */ runTable),
/* harmony export */   shardOf: () => (/* binding */ shardOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4183);
/* harmony import */ var _clients_postgres_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2337);
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(828);
/* harmony import */ var _destinations_postgres_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7342);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7194);
/**
 * Table mode (`postgres-tokens-query`): a job over a table of tokens, one per customer channel,
 * as seed 003 plans it. Each row is its own refresh (inspect, decide, exchange, verify, update)
 * with the single-token invariants; one row's failure stops no other. The update is a
 * compare-and-set: `$4` the row's id and `$5` the value it held, so a row someone changed
 * meanwhile (a customer who reconnected WhatsApp) is left alone and reported.
 */







const RETRY = 'Nothing now: the next scheduled run retries this row.';
const CHECK = "Check the row's token and the action's inputs; the message says what Meta or the database refused.";
/** What a person does about a row whose token is dead (seed 003: renew by hand, or reconnect). */
const RECONNECT = 'Mint a new token for this channel, or have the customer reconnect WhatsApp (Embedded Signup, the "Connect WhatsApp" button): the app stores the new token in the row, and the next run checks it.';
const column = (row, ...names) => names.map((n) => row[n]).find((v) => v !== undefined && v !== null);
const seconds = (value) => value instanceof Date ? Math.floor(value.getTime() / 1000) : undefined;
/**
 * The rows of `postgres-tokens-query`, read within `ms` milliseconds; throws `ServiceError` when it
 * fails or lacks the `id` and `token` columns.
 */
async function readRows(sql, query, ms) {
    const rows = await (0,_clients_postgres_js__WEBPACK_IMPORTED_MODULE_2__/* .bounded */ .Mm)(sql, ms, sql.unsafe(query)).catch((e) => Promise.reject((0,_clients_postgres_js__WEBPACK_IMPORTED_MODULE_2__/* .postgresError */ .Y5)(e, 'reading the tokens')));
    return rows.map((row) => {
        const id = column(row, 'id');
        const token = column(row, 'token');
        if ((typeof id !== 'string' && typeof id !== 'number') || typeof token !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ServiceError */ ._7({
                system: 'postgres',
                failureClass: 'needs-human',
                message: 'Postgres: postgres-tokens-query must return an id column and a token column (text)',
                hint: 'Name them in the query, e.g. SELECT id, wa_token_encrypted AS token, last_token_refresh_at FROM "Channel" WHERE …',
            });
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .c)(token);
        return {
            id: String(id),
            stored: token,
            refreshedAt: seconds(column(row, 'last_token_refresh_at', 'refreshed_at')),
        };
    });
}
/** Meta's usage (percent of a budget, `X-App-Usage` and kin) past which no new row is started. */
const THROTTLE_PERCENT = 75;
/** Whether `error` is one of Meta's rate limits (api-facts A.3, A.4). */
const rateLimited = (error) => {
    const code = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ServiceError */ ._7 ? error.meta?.code : undefined;
    return code !== undefined && ([4, 17, 32, 613].includes(code) || (code >= 80_000 && code <= 80_014));
};
/** The shard (1-based, of `count`) row `id` belongs to: by the first 32 bits of its SHA-256, so every job agrees. */
function shardOf(id, count) {
    return ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(id).digest().readUInt32BE(0) % count) + 1;
}
/** Runs `work` over `items`, at most `limit` at once; results in the order of `items`. */
async function inPool(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/**
 * Whether a row is due: by Meta's expiry (`refresh-before-days`, `force`), or because its last
 * refresh (the table's, else Meta's `issued_at`) is older than `olderThanDays`. Pure.
 */
function rowDue(info, refreshedAt, options) {
    const decision = (0,_core_js__WEBPACK_IMPORTED_MODULE_6__/* .decide */ .LD)(info, options);
    if (decision.kind !== 'not-due' || options.olderThanDays === undefined)
        return decision;
    const last = refreshedAt ?? info.issuedAt;
    const old = last !== undefined && options.now - last > options.olderThanDays * _core_js__WEBPACK_IMPORTED_MODULE_6__/* .DAY_SECONDS */ .fo;
    return old ? { kind: 'due', daysLeft: decision.daysLeft, forced: false } : decision;
}
/** A row whose update matched nothing: someone changed (or removed) it since it was read. */
class Changed extends Error {
}
/**
 * Stores `value` in row `row` in one transaction: `$1` the value (ciphertext with Fernet), `$2`
 * the expiry, `$3` now, `$4` the id, `$5` what the row held; then, with `postgres-audit-insert`,
 * the audit row (`$1` the id, `$2` and `$3` the old and new expiry, `$4` the outcome). Throws
 * `Changed` when no row matched, `ServiceError` otherwise (more than one row matched, or the
 * database failed).
 */
async function writeRow(sql, pg, row, value, tokens, ms) {
    const token = tokens.fresh;
    const parameters = [await (0,_destinations_postgres_js__WEBPACK_IMPORTED_MODULE_3__.stored)(pg, value), (0,_destinations_postgres_js__WEBPACK_IMPORTED_MODULE_3__.timestamp)(token.expiresAt), new Date(), row.id, row.stored];
    const transaction = (0,_clients_postgres_js__WEBPACK_IMPORTED_MODULE_2__/* .begin */ .qN)(sql, async (tx) => {
        // Pipelined: the timeout and the update's description share a round trip.
        const [, result] = await Promise.all([
            tx.unsafe(`SET LOCAL statement_timeout = ${String(Math.round(ms))}`),
            tx.unsafe(pg.update, parameters),
        ]);
        if (result.count === 0)
            throw new Changed();
        if (pg.auditInsert) {
            const audit = [row.id, (0,_destinations_postgres_js__WEBPACK_IMPORTED_MODULE_3__.timestamp)(tokens.old.expiresAt), (0,_destinations_postgres_js__WEBPACK_IMPORTED_MODULE_3__.timestamp)(token.expiresAt), 'refreshed'];
            await tx.unsafe(pg.auditInsert, audit.slice(0, (0,_destinations_postgres_js__WEBPACK_IMPORTED_MODULE_3__.boundOf)(pg.auditInsert)));
        }
        if (result.count !== 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ServiceError */ ._7({
                system: 'postgres',
                failureClass: 'needs-human',
                message: `Postgres: postgres-update touched ${result.count} rows for row ${row.id}, expected 1; rolled back`,
                hint: 'Match the row by its id: WHERE id = $4 AND <token column> = $5.',
            });
    });
    // A connection lost at any point may have taken COMMIT (which `begin` sends) with it.
    await (0,_clients_postgres_js__WEBPACK_IMPORTED_MODULE_2__/* .bounded */ .Mm)(sql, ms, transaction).catch((error) => Promise.reject(error instanceof Changed ? error : (0,_clients_postgres_js__WEBPACK_IMPORTED_MODULE_2__/* .commitError */ .Gf)(error, 'updating')));
}
/** One row's refresh; every outcome is a result, never a throw. */
async function refreshRow(sql, settings, provider, row, now, throttle) {
    const result = (r) => ({ id: row.id, ...r });
    if (throttle.limited || throttle.usage >= THROTTLE_PERCENT)
        return result({
            type: '',
            before: '',
            after: '',
            result: 'skipped',
            detail: throttle.limited
                ? 'left for the next run: Meta rate-limited this app'
                : `left for the next run: Meta's usage reached ${throttle.usage}%`,
        });
    const fail = (info, detail, hint, failureClass) => result({
        type: info?.type ?? '',
        before: info ? (0,_core_js__WEBPACK_IMPORTED_MODULE_6__/* .expiryText */ .X5)(info, now) : '',
        after: '',
        result: 'failed',
        detail,
        failureClass: failureClass ?? 'needs-human',
        hint,
    });
    const token = await (0,_destinations_postgres_js__WEBPACK_IMPORTED_MODULE_3__.opened)(settings.postgres, row.stored);
    if (token === undefined)
        return fail(undefined, 'its value does not open with postgres-fernet-key', 'Check postgres-fernet-key against the key the app encrypts the column with, or store the token again.');
    let info;
    try {
        info = await provider.inspect(token);
        const problems = provider.checkCurrent(info, [`row ${row.id}`]);
        if (problems.length > 0)
            return fail(info, problems.map((p) => p.message).join(' '), RECONNECT);
        const decision = rowDue(info, row.refreshedAt, {
            ...settings,
            now,
            olderThanDays: settings.postgres.olderThanDays,
        });
        const before = (0,_core_js__WEBPACK_IMPORTED_MODULE_6__/* .expiryText */ .X5)(info, now);
        if (decision.kind === 'non-expiring' || decision.kind === 'not-due' || decision.kind === 'too-young')
            return result({
                type: info.type,
                before,
                after: before,
                result: decision.kind === 'non-expiring' ? 'non-expiring' : 'not-due',
                detail: '',
            });
        if (settings.dryRun)
            return result({ type: info.type, before, after: before, result: 'would-refresh', detail: '' });
        const fresh = await provider.refresh(token, info);
        if (fresh === undefined)
            return result({
                type: info.type,
                before,
                after: before,
                result: 'not-due',
                detail: 'Meta will not refresh it yet',
            });
        const freshInfo = await provider.inspect(fresh);
        const findings = provider.checkRefreshed(info, freshInfo, now);
        if (findings.length > 0)
            return fail(info, findings.map((f) => f.message).join(' '), findings[0]?.hint ?? RETRY);
        await writeRow(sql, settings.postgres, row, fresh, { old: info, fresh: freshInfo }, settings.timeoutMs);
        return result({ type: info.type, before, after: (0,_core_js__WEBPACK_IMPORTED_MODULE_6__/* .expiryText */ .X5)(freshInfo, now), result: 'refreshed', detail: '' });
    }
    catch (error) {
        if (rateLimited(error))
            throttle.limited = true;
        if (error instanceof Changed)
            return result({
                type: info?.type ?? '',
                before: info ? (0,_core_js__WEBPACK_IMPORTED_MODULE_6__/* .expiryText */ .X5)(info, now) : '',
                after: '',
                result: 'changed',
                detail: 'changed by someone else since it was read: left alone',
            });
        const retry = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ServiceError */ ._7 ? error.failureClass === 'retry-later' : (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isTransportError */ .yM)(error);
        const hint = retry ? RETRY : ((error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ServiceError */ ._7 ? error.hint : undefined) ?? CHECK);
        return fail(info, (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error), hint, retry ? 'retry-later' : 'needs-human');
    }
}
/**
 * Refreshes every row of `postgres-tokens-query`, `concurrency` at once, into `report.rows`; a
 * failed row is a failure of the run (phase `channel`, `target` its id), a changed row is reported, not failed.
 * Once Meta's usage passes `THROTTLE_PERCENT` or a call is rate limited (`throttle`, which the
 * provider's client keeps up to date), no new row is started: the rest are left for the next run.
 */
async function runTable(settings, report, provider, throttle = { usage: 0, limited: false }) {
    const pg = settings.postgres;
    if (!pg?.tokensQuery)
        return;
    const sql = (0,_clients_postgres_js__WEBPACK_IMPORTED_MODULE_2__/* .connect */ .Ng)(pg.url, { caCert: pg.caCert, timeoutMs: settings.timeoutMs, max: pg.concurrency });
    try {
        const shard = pg.shard;
        const all = await readRows(sql, pg.tokensQuery, settings.timeoutMs);
        const rows = shard ? all.filter((r) => shardOf(r.id, shard.count) === shard.index) : all;
        if (shard)
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Shard ${shard.index}/${shard.count}: ${rows.length} of ${all.length} rows.`);
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`${rows.length} row${rows.length === 1 ? '' : 's'} to check, ${pg.concurrency} at a time.`);
        report.rows = await inPool(rows, pg.concurrency, (row) => refreshRow(sql, { ...settings, postgres: pg }, provider, row, report.now, throttle));
        const skipped = report.rows.filter((r) => r.result === 'skipped').length;
        if (skipped > 0) {
            const why = throttle.limited
                ? 'Meta rate-limited this app'
                : `Meta's usage of this app reached ${throttle.usage}% (X-App-Usage)`;
            const note = `${why}: no new row was started, and ${skipped} row${skipped === 1 ? ' is' : 's are'} left for the next run.`;
            report.notes.push(note);
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(note);
        }
        for (const r of report.rows) {
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`row ${r.id}: ${r.result}${r.detail ? ` (${r.detail})` : ''}`);
            if (r.result === 'failed')
                report.failures.push({
                    phase: 'channel',
                    target: r.id,
                    failureClass: r.failureClass ?? 'needs-human',
                    message: r.detail,
                    ...(r.hint ? { hint: r.hint } : {}),
                });
        }
        // The status is `failed` whenever a row failed; the outcome is what the rest came to.
        report.outcome = settings.dryRun
            ? 'dry-run'
            : report.rows.some((r) => r.result === 'refreshed')
                ? 'refreshed'
                : 'not-due';
    }
    catch (error) {
        report.failures.push({
            phase: 'read-token',
            failureClass: error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ServiceError */ ._7 ? error.failureClass : 'needs-human',
            message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error),
            ...(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ServiceError */ ._7 && error.hint ? { hint: error.hint } : {}),
        });
    }
    finally {
        await sql.end({ timeout: 0 });
    }
}


/***/ })

};
