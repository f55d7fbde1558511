export const id = 182;
export const ids = [182];
export const modules = {

/***/ 4687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ tokenCause),
/* harmony export */   ZP: () => (/* binding */ WHATSAPP_CAUSE),
/* harmony export */   ov: () => (/* binding */ errorCause),
/* harmony export */   qH: () => (/* binding */ HELD_CAUSE),
/* harmony export */   sx: () => (/* binding */ VERIFY_CAUSE),
/* harmony export */   uw: () => (/* binding */ isSettingLike),
/* harmony export */   x: () => (/* binding */ isPersonal)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const HELD_CAUSE = 'held';
const VERIFY_CAUSE = 'verify';
/** The channel's WhatsApp number or account: BLOCKED, or out of its token's reach. */
const WHATSAPP_CAUSE = 'token:whatsapp';
/** Meta codes that, on a call with the row's own token, are about that token (api-facts A.3). */
const TOKEN_CODES = (code) => code === 190 || code === 102 || code === 10 || (code >= 200 && code <= 299);
const codeOf = (code, subcode) => `${String(code)}${subcode === undefined ? '' : `/${String(subcode)}`}`;
/**
 * The cause of a row whose inspection `info` says it may not be used (`checkCurrent` found
 * problems): dead, of another app than `appId`, or else short of a permission. Pure.
 */
function tokenCause(info, appId) {
    if (!info.isValid)
        return `token:${info.error ? codeOf(info.error.code, info.error.subcode) : 'invalid'}`;
    return info.appId === appId ? 'token:scopes' : 'token:app';
}
/**
 * The cause of a row that failed on `error`. `inspected`: whether the row's token had been
 * inspected when it failed; before that, a Meta error envelope is about the app's own token
 * (debug_token refuses the whole call), after it, a 190 or permission code is about the row's. Pure.
 */
function errorCause(error, inspected) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7) {
        const meta = error.meta;
        if (meta)
            return `${inspected && TOKEN_CODES(meta.code) ? 'token' : 'meta'}:${codeOf(meta.code, meta.subcode)}`;
        return `${error.system}:${error.code ?? (error.status === undefined ? error.failureClass : String(error.status))}`;
    }
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransportError */ .yM)(error))
        return `network:${error.name}`;
    return 'error';
}
/** Whether a cause is about the row's own token, so that a person acts on that row alone. Pure. */
const isPersonal = (cause) => cause !== undefined && (cause.startsWith('token:') || cause === HELD_CAUSE);
/**
 * Personal causes that, shared by more than a few rows, point at a setting rather than at each
 * row: every row of another app (app-id), every value unreadable (postgres-fernet-key).
 */
const isSettingLike = (cause) => cause === 'token:app' || cause === HELD_CAUSE;


/***/ }),

/***/ 7801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  THROTTLE_PERCENT: () => (/* binding */ THROTTLE_PERCENT),
  inPool: () => (/* binding */ inPool),
  runTable: () => (/* binding */ runTable),
  runTableJob: () => (/* binding */ runTableJob),
  shardOf: () => (/* binding */ shardOf),
  stopReason: () => (/* binding */ stopReason)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6288);
// EXTERNAL MODULE: ./src/clients/postgres.ts
var postgres = __webpack_require__(2337);
// EXTERNAL MODULE: ./src/core.ts
var src_core = __webpack_require__(828);
// EXTERNAL MODULE: ./src/statements.ts
var statements = __webpack_require__(3417);
// EXTERNAL MODULE: ./src/stored-value.ts
var stored_value = __webpack_require__(4768);
// EXTERNAL MODULE: ./src/causes.ts
var causes = __webpack_require__(4687);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/health.ts
var health = __webpack_require__(5769);
// EXTERNAL MODULE: ./src/pipeline.ts
var pipeline = __webpack_require__(5165);
// EXTERNAL MODULE: ./src/clients/graph.ts
var graph = __webpack_require__(2080);
// EXTERNAL MODULE: ./src/providers/meta.ts
var meta = __webpack_require__(2957);
// EXTERNAL MODULE: ./src/settled.ts
var settled = __webpack_require__(6834);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/table-rows.ts





/** How many rows one cursor page carries: a round trip per page. */
const PAGE_ROWS = 5000;
const column = (row, ...names) => names.map((n) => row[n]).find((v) => v !== undefined && v !== null);
const seconds = (value) => value instanceof Date && Number.isFinite(value.getTime()) ? Math.floor(value.getTime() / 1000) : undefined;
const queryProblem = (message, hint) => new errors/* ServiceError */._7({ system: 'postgres', failureClass: 'needs-human', message: `Postgres: ${message}`, hint });
/** The times of a row that order it. */
const listedOf = (row) => ({
    id: String(row.id),
    refreshedAt: seconds(column(row, 'last_token_refresh_at', 'refreshed_at')),
    expiresAt: seconds(column(row, 'token_expires_at', 'expires_at')),
});
/**
 * Lists the rows of `query` through a cursor (`PAGE_ROWS` a page), within `ms` milliseconds in
 * all; keeps no token. Throws `ServiceError` when it fails, lacks the `id` or `token` column,
 * returns a NULL id, or returns no row (a WHERE that matches nothing would otherwise end green
 * while every channel runs out).
 */
async function listRows(sql, query, ms) {
    const listed = [];
    const read = async () => {
        for await (const page of sql.unsafe(query).cursor(PAGE_ROWS)) {
            const first = page[0];
            if (listed.length === 0 && first && !('id' in first && 'token' in first))
                throw queryProblem('postgres-tokens-query must return an id column and a token column (text)', 'Name them in the query, e.g. SELECT id, wa_token_encrypted AS token, last_token_refresh_at FROM ' +
                    '"Channel" WHERE …');
            for (const row of page) {
                if (row.id === null || row.id === undefined)
                    throw queryProblem('postgres-tokens-query returned a row whose id is NULL: the update could never match it', "Select the table's primary key as id.");
                listed.push(listedOf(row));
            }
        }
    };
    await (0,postgres/* bounded */.Mm)(sql, ms, read()).catch((e) => Promise.reject((0,postgres/* postgresError */.Y5)(e, 'reading the tokens')));
    if (listed.length === 0)
        throw queryProblem(`postgres-tokens-query returned no row: ${query.replace(/\s+/g, ' ').slice(0, 300)}`, 'Check its WHERE against the table (a typo in a value, or a table the database user may not read: row-level ' +
            'security returns no row rather than an error). A job with no channels should not run.');
    return listed;
}
/**
 * The rows of `query` whose ids are `ids` (compared as text), as they are now, masked at once; a row
 * removed since it was listed is missing. Within `ms` milliseconds. Throws `ServiceError`.
 */
async function fetchWindow(sql, query, ids, ms) {
    const rows = await (0,postgres/* bounded */.Mm)(sql, ms, sql.unsafe(windowOf(query), [JSON.stringify(ids)])).catch((e) => Promise.reject((0,postgres/* postgresError */.Y5)(e, 'reading the tokens')));
    return new Map(rows.map((row) => {
        const token = row.token;
        if (typeof token === 'string')
            (0,secrets/* registerSecret */.c)(token);
        const listed = listedOf(row);
        return [listed.id, { ...listed, stored: token, assets: assetsOfRow(row) }];
    }));
}
/**
 * The rows of `query` whose id, as text, is one of `$1`: a JSON array of strings (the driver binds
 * no arrays without the type catalogue, which it does not fetch).
 */
const windowOf = (query) => `SELECT q.* FROM (${query.replace(/;\s*$/, '')}) AS q ` +
    'WHERE q.id::text IN (SELECT jsonb_array_elements_text($1::text::jsonb))';
/** A numeric Graph id a column holds (text or a number), else undefined. */
const graphId = (value) => (typeof value === 'string' || typeof value === 'number') && /^\d+$/.test(String(value)) ? String(value) : undefined;
/** The WhatsApp assets a row of the tokens query names, as the `whatsapp-*` inputs name a single token's. */
function assetsOfRow(row) {
    const phone = graphId(row.phone_number_id);
    const account = graphId(column(row, 'whatsapp_business_account_id', 'waba_id'));
    return (0,health/* assetsOf */.ZS)({ phoneNumberIds: phone ? [phone] : [], businessAccountId: account });
}
/** How long Meta's expiring tokens live: an expiry estimated from a table's last refresh (api-facts A.1). */
const TOKEN_LIFE_SECONDS = 60 * src_core/* DAY_SECONDS */.fo;
/**
 * When a row's token expires as far as the table tells, before any call (unix seconds): its
 * expiry column, else its last refresh plus 60 days, else -Infinity (nothing known: most at risk).
 */
const expiryEstimate = (row) => row.expiresAt ?? (row.refreshedAt === undefined ? -Infinity : row.refreshedAt + TOKEN_LIFE_SECONDS);
/**
 * The rows in the order they are taken: the soonest expiry first, so that a throttled job leaves
 * the safest rows. Pure.
 */
const byRisk = (rows) => rows.toSorted((a, b) => expiryEstimate(a) - expiryEstimate(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

;// CONCATENATED MODULE: ./src/table.ts
/**
 * Table mode (`postgres-tokens-query`): a job over a table of tokens, one per customer channel,
 * as seed 003 plans it. Each row is its own refresh (inspect, decide, exchange, verify, update)
 * with the single-token invariants; one row's failure stops no other. The update is a
 * compare-and-set: `$4` the row's id and `$5` the value it held, so a row someone changed
 * meanwhile (a customer who reconnected WhatsApp) is left alone and reported.
 */














const RETRY = 'Nothing now: the next scheduled run retries this row.';
const CHECK = "Check the row's token and the action's inputs; the message says what Meta or the database refused.";
const HELD = "Store the channel's token in the row as the app does (check postgres-encryption and postgres-fernet-key against " +
    "the app's), or have the customer reconnect.";
/** What a person does about a row whose token is dead (seed 003: renew by hand, or reconnect). */
const RECONNECT = 'Mint a new token for this channel, or have the customer reconnect WhatsApp (Embedded Signup, the "Connect ' +
    'WhatsApp" button): the app stores the new token in the row, and the next run checks it.';
/** Meta's usage (percent of a budget, `X-App-Usage` and kin) past which no new row is started. */
const THROTTLE_PERCENT = 75;
/** Why no new row may start, or may exchange its token, or undefined. */
function stopReason(throttle) {
    if (throttle.databaseLost)
        return 'the database could not be reached, so a new token could not be stored';
    if (throttle.limited)
        return 'Meta rate-limited this app';
    if (throttle.usage >= THROTTLE_PERCENT)
        return `Meta's usage of this app reached ${throttle.usage}% (X-App-Usage)`;
    return undefined;
}
/** Whether `error` is one of Meta's rate limits (api-facts A.3, A.4: 4, 17, 32, 341, 368, 613, 80000–80014). */
const rateLimited = (error) => {
    const code = error instanceof errors/* ServiceError */._7 ? error.meta?.code : undefined;
    return code !== undefined && ([4, 17, 32, 341, 368, 613].includes(code) || (code >= 80_000 && code <= 80_014));
};
/** The shard (1-based, of `count`) row `id` belongs to: by the first 32 bits of its SHA-256, so every job agrees. */
function shardOf(id, count) {
    return ((0,external_node_crypto_.createHash)('sha256').update(id).digest().readUInt32BE(0) % count) + 1;
}
/**
 * Runs `work` over `items` with at most `limit` workers, each taking one item at a time; `work`
 * learns which worker (0-based) runs it. Results in the order of `items`.
 */
async function inPool(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async (_, id) => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], id);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/** What keeps an update from a row the query reads: its WHERE `compares` parameters with other columns than `columns`. */
const notMatched = (compares, columns) => 'Likely causes: a row-level security policy that lets this role read the row but not update it (Supabase: add an ' +
    `UPDATE policy for it); a trigger that cancels the update; or a WHERE that compares ${compares} with another ` +
    `column than the ${columns} the query returns.`;
/** The token column of one row (`$1`, its id as text) as `postgres-tokens-query` reads it now. */
const rereadOf = (query) => `SELECT q.token FROM (${query.replace(/;\s*$/, '')}) AS q WHERE q.id::text = $1`;
/** The types of `postgres-update`'s parameters (`$1` the value … `$5` the value read), and of the audit insert's. */
const UPDATE_TYPES = ['text', 'timestamptz', 'timestamptz', 'text', 'text'];
const AUDIT_TYPES = ['text', 'timestamptz', 'timestamptz', 'text'];
/**
 * Stores `value` in row `row` in one transaction, pipelined on `worker`'s connection (`Pipeline`):
 * BEGIN, the statement timeout, `postgres-update` (`$1` the value, ciphertext with Fernet, `$2`
 * the expiry, `$3` now, `$4` the id, `$5` what the row held), made by the server to fail unless
 * it touched one row, then `postgres-audit-insert` (`$1` the id, `$2` and `$3` the old and new
 * expiry, `$4` the outcome) and COMMIT, written at once. True when the row was written; what else
 * the answers mean is `settleWrite`'s.
 */
async function writeRow(job, worker, row, value, tokens) {
    const pg = job.settings.postgres;
    const parameters = [await (0,stored_value/* stored */.su)(pg, value), (0,postgres/* dateOf */.Q$)(tokens.fresh.expiresAt), new Date(), row.id, row.held];
    const audit = [row.id, (0,postgres/* dateOf */.Q$)(tokens.old.expiresAt), (0,postgres/* dateOf */.Q$)(tokens.fresh.expiresAt), 'refreshed'];
    const bound = pg.auditInsert ? (0,statements/* boundOf */.s0)(pg.auditInsert) : 0;
    const results = await transaction(job, worker, [
        { text: (0,statements/* checkedUpdate */.PM)(pg.update, UPDATE_TYPES), values: parameters },
        ...(pg.auditInsert
            ? [{ text: (0,statements/* typedStatement */.e6)(pg.auditInsert, AUDIT_TYPES.slice(0, bound)), values: audit.slice(0, bound) }]
            : []),
    ]);
    return settleWrite(job, row, results);
}
/**
 * `statements` in one transaction with the statement timeout, written at once on `worker`'s
 * connection (`Pipeline.send`): the answers to BEGIN, the timeout, each statement and COMMIT.
 */
const transaction = (job, worker, statements) => job
    .pipe(worker)
    .send([
    { text: 'BEGIN' },
    { text: `SET LOCAL statement_timeout = ${String(Math.round(job.settings.timeoutMs))}` },
    ...statements,
    { text: 'COMMIT' },
]);
/** Whether a transaction's answers (`transaction`) end with its COMMIT. */
const committed = (results) => {
    const commit = results.at(-1);
    return commit?.status === 'fulfilled' && commit.value.command === 'COMMIT';
};
/** The first failure among a transaction's answers, and where it came. */
const firstFailure = (results) => {
    const at = results.findIndex((r) => r.status === 'rejected');
    return { at, error: results[at]?.reason };
};
/** The row count a `checkedUpdate` failed on, as text (`meta-token-refresh: N rows`), when that is the failure. */
const countOf = (error) => /meta-token-refresh: (\d+) rows/.exec((0,errors/* messageOf */.bD)(error))?.[1];
/**
 * What the answers to a row's pipelined transaction (`writeRow`) mean: true when COMMIT answered
 * COMMIT. An ERROR the server answered rolled the transaction back: when it is the update's own
 * count check, the row is read again (false when it is gone or holds another value: someone
 * changed it; a `ServiceError` that needs a person when it still holds the value read, or when
 * the update touched more than one row); otherwise it is thrown as `postgresError`. A session the
 * server ended before COMMIT rolled back too (`postgresError`, retry later). Any other failure is
 * the connection's, after COMMIT was sent: `commitError`, whether the row holds the token is not
 * known.
 */
async function settleWrite(job, row, results) {
    if (committed(results))
        return true;
    const { at: failedAt, error: first } = firstFailure(results);
    const commit = results.at(-1);
    const severity = first?.severity;
    if ((severity === 'FATAL' || severity === 'PANIC') && failedAt < results.length - 1)
        throw (0,postgres/* postgresError */.Y5)(first, 'updating');
    if (severity !== 'ERROR')
        throw (0,postgres/* commitError */.Gf)(first ?? new Error(`COMMIT answered ${commit?.status === 'fulfilled' ? commit.value.command : 'nothing'}`), 'committing');
    const count = countOf(first);
    if (count === undefined)
        throw (0,postgres/* postgresError */.Y5)(first, 'updating');
    if (count !== '0')
        throw new errors/* ServiceError */._7({
            system: 'postgres',
            failureClass: 'needs-human',
            message: `Postgres: postgres-update touched ${count} rows for row ${row.id}, expected 1; rolled back`,
            hint: 'Match the row by its id: WHERE id = $4 AND <token column> = $5.',
        });
    const { tokensQuery } = job.settings.postgres;
    const sql = job.client();
    const reread = sql.unsafe(rereadOf(tokensQuery), [row.id]);
    const [current] = await (0,postgres/* bounded */.Mm)(sql, job.settings.timeoutMs, reread);
    if (current?.token !== row.held)
        return false;
    throw new errors/* ServiceError */._7({
        system: 'postgres',
        failureClass: 'needs-human',
        message: `Postgres: postgres-update matched no row for row ${row.id}, which still holds the value read; ` +
            `nothing was written`,
        hint: notMatched('$4 or $5', 'id and token'),
    });
}
/** Why a row's stored value cannot be refreshed, before any call: nothing in it, or not a value these settings read. */
async function heldProblem(pg, held) {
    if (held === null || held === undefined || held === '')
        return 'its token column is empty (NULL)';
    return (0,stored_value/* storedProblem */.TZ)(pg, held);
}
/** The row's result, by kind: the expiry before it as words, when the row was inspected. */
const resultFor = (row, job, info) => (result, detail = '', more = {}) => ({
    id: row.id,
    type: info?.type ?? '',
    before: info ? (0,src_core/* expiryText */.X5)(info, job.now) : '',
    after: '',
    result,
    detail,
    ...more,
});
/** A failed row's result, with its `cause` (`causes.ts`): `needs-human` unless `failureClass` says otherwise. */
const failed = (row, job, info, what, failureClass = 'needs-human') => resultFor(row, job, info)('failed', what.detail, { failureClass, hint: what.hint, cause: what.cause });
/** A row left for the next run, and whether it is near its expiry (then the job fails, to be retried). */
function skipped(row, job, why, info) {
    const window = job.settings.refreshBeforeDays * src_core/* DAY_SECONDS */.fo;
    const atRisk = (info?.expiresAt ?? expiryEstimate(row)) - job.now <= window;
    return resultFor(row, job, info)('skipped', `left for the next run: ${why}`, { atRisk });
}
/**
 * The row's current token inspected (or its inspection of the window, `openWindow`) beside the
 * reads of its WhatsApp assets; a result when the row cannot go on (a dead token, an asset it
 * cannot read, a BLOCKED number).
 */
async function inspectRow(job, row, open) {
    const { provider } = job;
    const read = readerOf(provider, row.assets);
    const inspect = async () => {
        const made = open.inspection;
        if (!made)
            return provider.inspect(open.token);
        if (made.ok)
            return made.value;
        throw made.error;
    };
    const [info, reads] = await Promise.all([inspect(), read(open.token)]);
    const judged = (0,health/* judgeAssets */.RA)(reads, 'current');
    const dead = provider.checkCurrent(info, [`row ${row.id}`]);
    const problems = [...dead, ...judged.unreadable, ...judged.blocked];
    const failedRead = judged.failed[0];
    if (failedRead)
        throw failedRead.error;
    if (problems.length === 0)
        return { info };
    const detail = problems.map((p) => p.message).join(' ');
    // A dead token is the customer's to reconnect; an asset's finding says its own fix.
    const what = dead.length > 0
        ? { detail, hint: RECONNECT, cause: (0,causes/* tokenCause */.J4)(info, job.settings.appId) }
        : { detail, hint: problems[0]?.hint ?? CHECK, cause: causes/* WHATSAPP_CAUSE */.ZP };
    return { info, stop: failed(row, job, info, what) };
}
/** How the WhatsApp assets `refs` are read with a token (nothing to read when there are none). */
const readerOf = (provider, refs) => (token) => refs.length > 0 && provider.readAssets ? provider.readAssets(token, refs) : Promise.resolve([]);
/** The row's token opened, or its failure: nothing in it, or a value these settings do not read. */
async function openRow(job, row) {
    const pg = job.settings.postgres;
    const problem = await heldProblem(pg, row.stored);
    const token = await (0,stored_value/* opened */.Sg)(pg, row.stored);
    if (problem || token === undefined || typeof row.stored !== 'string')
        return failed(row, job, undefined, { detail: problem ?? 'its value does not open', hint: HELD, cause: causes/* HELD_CAUSE */.qH });
    return { token, stored: row.stored };
}
/**
 * The rows of a window opened, their tokens inspected together (`inspectMany`: Graph batch
 * requests of up to 50 calls, `concurrency` at once). Not when `concurrency` is 1, which takes
 * one row and one call at a time, nor once the job is stopped.
 */
async function openWindow(job, rows) {
    const open = await Promise.all(rows.map((row) => openRow(job, row)));
    const { provider } = job;
    if (job.settings.postgres.concurrency === 1 || !provider.inspectMany || stopReason(job.throttle))
        return open;
    const ready = open.filter((o) => 'token' in o);
    const inspections = await provider.inspectMany(ready.map((o) => o.token));
    ready.forEach((o, i) => (o.inspection = inspections[i]));
    return open;
}
/** One row's refresh through the pipeline every mode runs; every outcome is a result, never a throw. */
async function refreshRow(job, row, worker, open) {
    const { throttle } = job;
    const stopped = stopReason(throttle);
    if (stopped)
        return skipped(row, job, stopped);
    if (!('token' in open))
        return open;
    let info;
    try {
        const inspected = await inspectRow(job, row, open);
        info = inspected.info;
        return inspected.stop ?? (await refreshDue(job, { row, worker }, { token: open.token, info, held: open.stored }));
    }
    catch (error) {
        if (rateLimited(error))
            throttle.limited = true;
        if ((0,postgres/* connectionLost */.Bx)(error))
            throttle.databaseLost = true;
        return failedBy(job, row, info, error);
    }
}
/** The row failed with `error` (thrown by a call): retry later or needs a person, as the error says. */
function failedBy(job, row, info, error) {
    const retry = error instanceof errors/* ServiceError */._7 ? error.failureClass === 'retry-later' : (0,errors/* isTransportError */.yM)(error);
    const hint = retry ? RETRY : ((error instanceof errors/* ServiceError */._7 ? error.hint : undefined) ?? CHECK);
    const cause = (0,causes/* errorCause */.ov)(error, info !== undefined);
    return failed(row, job, info, { detail: (0,errors/* messageOf */.bD)(error), hint, cause }, retry ? 'retry-later' : 'needs-human');
}
/** Decides, then exchanges, verifies and writes a due row, with `worker`'s client. Throws what the calls throw. */
async function refreshDue(job, { row, worker }, current) {
    const { settings, provider, now } = job;
    const { info } = current;
    const olderThanDays = settings.postgres.olderThanDays;
    const decision = (0,pipeline/* decideFor */.q)(provider, info, { ...settings, now, olderThanDays, refreshedAt: row.refreshedAt });
    const before = (0,src_core/* expiryText */.X5)(info, now);
    const unchanged = (result, detail = '') => resultFor(row, job, info)(result, detail, { after: before });
    if (decision.kind === 'non-expiring')
        return unchanged('non-expiring');
    if (decision.kind !== 'due')
        return unchanged('not-due');
    if (settings.dryRun)
        return unchanged('would-refresh');
    // Rows inspected while the job was stopped mint nothing: their token could not be stored.
    const late = stopReason(job.throttle);
    if (late)
        return skipped(row, job, late, info);
    const outcome = await (0,pipeline/* exchangeAndVerify */.M)(provider, current, now, readerOf(provider, row.assets));
    if (outcome.kind === 'too-young')
        return unchanged('not-due', 'Meta will not refresh it yet');
    if (outcome.kind === 'failed')
        throw outcome.error;
    if (outcome.kind === 'refused') {
        const findings = [...outcome.findings, ...(0,health/* judgeAssets */.RA)(outcome.reads, 'new').unreadable];
        const detail = findings.map((f) => f.message).join(' ') || 'the new token cannot read its WhatsApp assets';
        return failed(row, job, info, { detail, hint: findings[0]?.hint ?? RETRY, cause: causes/* VERIFY_CAUSE */.sx });
    }
    const held = { id: row.id, held: current.held };
    const tokens = { old: info, fresh: outcome.info };
    if (!(await writeRow(job, worker, held, outcome.accessToken, tokens)))
        return resultFor(row, job, info)('changed', 'changed by someone else since it was read: left alone');
    return resultFor(row, job, info)('refreshed', '', { after: (0,src_core/* expiryText */.X5)(outcome.info, now) });
}
/**
 * Every row's refresh, in windows of as many rows as `concurrency` batch requests inspect at once
 * (`refreshWindow`). Results in the order of `rows`.
 */
async function refreshAll(job, rows) {
    const size = job.settings.postgres.concurrency * graph/* BATCH_SIZE */.BU;
    const results = [];
    for (let start = 0; start < rows.length; start += size)
        results.push(...(await refreshWindow(job, rows.slice(start, start + size))));
    return results;
}
/**
 * One window's rows fetched as they are now (`fetchWindow`), opened and inspected together
 * (`openWindow`), then refreshed all at once: their exchanges and verifications go in batch
 * requests together, and their transactions are pipelined on `concurrency` connections (row `i`
 * on connection `i % concurrency`). With `concurrency` 1, one row at a time. A row removed since
 * it was listed is left alone; when the window cannot be read, each of its rows fails with that.
 */
async function refreshWindow(job, window) {
    const { settings, throttle } = job;
    const stopped = stopReason(throttle);
    if (stopped)
        return window.map((row) => skipped(row, job, stopped));
    const ids = window.map((row) => row.id);
    const fetched = await (0,settled/* settle */.G)(fetchWindow(job.client(), settings.postgres.tokensQuery, ids, settings.timeoutMs));
    if (!fetched.ok) {
        if ((0,postgres/* connectionLost */.Bx)(fetched.error))
            throttle.databaseLost = true;
        return window.map((row) => failedBy(job, row, undefined, fetched.error));
    }
    const rows = window.flatMap((row) => fetched.value.get(row.id) ?? []);
    const open = await openWindow(job, rows);
    const indexed = rows.map((row, i) => ({ row, open: open[i] }));
    const { concurrency } = settings.postgres;
    const done = await inPool(indexed, concurrency === 1 ? 1 : indexed.length, (r, i) => refreshRow(job, r.row, i % concurrency, r.open));
    const byId = new Map(done.map((r) => [r.id, r]));
    return window.map((row) => byId.get(row.id) ?? resultFor(row, job)('changed', 'removed since it was listed: left alone'));
}
/**
 * Marks each failed row with `postgres-failure-update` (`$1` its id, `$2` the failure class, `$3`
 * a one-line reason, never a token), each in its own transaction on the connections of the writes
 * (`transaction`); a mark that fails, or touches other than one row, is a failure of the run
 * (phase `channel-mark`). Not tried once the database is lost.
 */
async function markFailed(job, report, rows) {
    const { settings, throttle } = job;
    const update = settings.postgres.failureUpdate;
    const failedRows = rows.filter((r) => r.result === 'failed');
    if (!update || settings.dryRun || failedRows.length === 0 || throttle.databaseLost)
        return;
    const { concurrency } = settings.postgres;
    // As the writes: a window's worth pipelined at once.
    await inPool(failedRows, concurrency === 1 ? 1 : concurrency * graph/* BATCH_SIZE */.BU, async (r, worker) => {
        const reason = r.detail.replace(/\s+/g, ' ').slice(0, 500);
        const values = [r.id, r.failureClass ?? 'needs-human', reason];
        const statement = { text: (0,statements/* checkedUpdate */.PM)(update, MARK_TYPES), values };
        const e = markProblem(r.id, await (0,settled/* settle */.G)(transaction(job, worker % concurrency, [statement])));
        if (e)
            report.failures.push({
                phase: 'channel-mark',
                target: r.id,
                failureClass: e.failureClass,
                message: e.message,
                ...(e.hint ? { hint: e.hint } : {}),
            });
    });
}
/** The types of `postgres-failure-update`'s parameters: the id, the failure class and the reason. */
const MARK_TYPES = ['text', 'text', 'text'];
/** Why row `id`'s mark (`markFailed`) did not commit, from its transaction's answers; undefined when it did. */
function markProblem(id, sent) {
    const what = `marking row ${id} with postgres-failure-update`;
    if (!sent.ok)
        return (0,postgres/* postgresError */.Y5)(sent.error, what);
    if (committed(sent.value))
        return undefined;
    const { error } = firstFailure(sent.value);
    const count = countOf(error);
    if (count === undefined)
        return (0,postgres/* postgresError */.Y5)(error ?? new Error('COMMIT answered nothing'), what);
    return new errors/* ServiceError */._7({
        system: 'postgres',
        failureClass: 'needs-human',
        message: `Postgres: postgres-failure-update touched ${count} rows for row ${id}, expected 1; rolled back`,
        hint: count === '0' ? notMatched('$1', 'id') : 'Match the row by its id: WHERE id = $1.',
    });
}
/** The notes and the failure for rows left for the next run: a failure (retry later) when any is near its expiry. */
function reportSkipped(report, rows, throttle, refreshBeforeDays) {
    const skipped = rows.filter((r) => r.result === 'skipped');
    if (skipped.length === 0)
        return;
    const note = `${stopReason(throttle) ?? 'the job was stopped'}: no new row was started, and ${skipped.length} ` +
        `row${skipped.length === 1 ? ' is' : 's are'} left for the next run.`;
    report.notes.push(note);
    core/* warning */.$e(note);
    const atRisk = skipped.filter((r) => r.atRisk).map((r) => r.id);
    if (atRisk.length > 0)
        report.failures.push({
            phase: 'channel',
            failureClass: 'retry-later',
            message: `${atRisk.length} row${atRisk.length === 1 ? '' : 's'} left for the next run ` +
                `${atRisk.length === 1 ? 'is' : 'are'} within refresh-before-days (${refreshBeforeDays}) of expiry, or of ` +
                `an expiry the table does not record: ${atRisk.slice(0, 20).join(', ')}${atRisk.length > 20 ? ', …' : ''}`,
            hint: 'The next run takes them first (the soonest expiry first). If this repeats, run the job more often or ' +
                "in shards, so that every row fits within Meta's rate limits.",
        });
}
/**
 * Refreshes every row of `postgres-tokens-query`, `concurrency` at once and the soonest expiry
 * first (`byRisk`), into `report.rows`; a failed row is a failure of the run (phase `channel`,
 * `target` its id), a changed row is reported, not failed. Once Meta's usage passes
 * `THROTTLE_PERCENT`, a call is rate limited, or the database is lost (`throttle`, which the
 * provider's client keeps up to date), no new row is started and no token exchanged: the rest are
 * left for the next run, and the run fails (retry later) if one of them is near its expiry.
 */
async function runTable(settings, report, provider, throttle = { usage: 0, limited: false }) {
    const pg = settings.postgres;
    if (pg?.kind !== 'table')
        return;
    const clients = (0,postgres/* renewable */.AQ)(pg.url, { caCert: pg.caCert, timeoutMs: settings.timeoutMs });
    const pipes = [];
    const pipe = (worker) => (pipes[worker] ??= (0,postgres/* pipeline */.Tk)(pg.url, { caCert: pg.caCert, timeoutMs: settings.timeoutMs }));
    report.relation = (0,statements/* tableOf */.c_)(pg.update);
    try {
        const shard = pg.shard;
        const all = await listRows(clients.client(), pg.tokensQuery, settings.timeoutMs);
        const rows = shard ? all.filter((r) => shardOf(r.id, shard.count) === shard.index) : all;
        if (shard)
            core/* info */.pq(`Shard ${shard.index}/${shard.count}: ${rows.length} of ${all.length} rows.`);
        core/* info */.pq(`${rows.length} row${rows.length === 1 ? '' : 's'} to check, ${pg.concurrency} at a time.`);
        const order = byRisk(rows);
        const job = {
            client: clients.client,
            pipe,
            settings: { ...settings, postgres: pg },
            provider,
            now: report.now,
            throttle,
        };
        const results = await refreshAll(job, order);
        // Reported in the query's order, whatever order they were taken in.
        const byRow = new Map(order.map((row, i) => [row, results[i]]));
        report.rows = rows.map((row) => byRow.get(row));
        await markFailed(job, report, report.rows);
        reportSkipped(report, report.rows, throttle, settings.refreshBeforeDays);
        for (const r of report.rows) {
            core/* info */.pq(`row ${r.id}: ${r.result}${r.detail ? ` (${r.detail})` : ''}`);
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
            failureClass: error instanceof errors/* ServiceError */._7 ? error.failureClass : 'needs-human',
            message: (0,errors/* messageOf */.bD)(error),
            ...(error instanceof errors/* ServiceError */._7 && error.hint ? { hint: error.hint } : {}),
        });
    }
    finally {
        await Promise.all([clients.end(), ...pipes.map((p) => p.end())]);
    }
}
/**
 * Table mode's job: every row refreshed with a Facebook Login provider whose answers' usage
 * throttles the job. Returns the provider, for the issues (the job's and the channels').
 */
async function runTableJob(settings, report) {
    const throttle = { usage: 0, limited: false };
    const onUsage = (percent) => {
        throttle.usage = Math.max(throttle.usage, percent);
    };
    const provider = (0,meta/* createMetaProvider */.VS)({ ...settings, onUsage });
    await runTable(settings, report, provider, throttle);
    return provider;
}


/***/ })

};
