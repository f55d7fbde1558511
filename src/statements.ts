/**
 * The user's SQL statements (`postgres-update`, `postgres-select`, `postgres-tokens-query`,
 * `postgres-audit-insert`), parsed and checked before any call: one statement of the expected
 * kind, the parameters it may bind, a WHERE that picks the token's row, and in table mode a
 * compare-and-set. Shared by the Postgres destination and table mode.
 */
import type { Expr, Statement } from 'pgsql-ast-parser';
import { parse } from 'pgsql-ast-parser';
import type { Settings } from './inputs.ts';

/**
 * The parameters a statement may use: the value, its expiry, the time of the write (and in table
 * mode the row's id and the value it held).
 */
const MAX_PARAMETER = 3;
const MAX_TABLE_PARAMETER = 5;

/** The `$n` parameters `statement` uses, by number. */
function parametersOf(statement: Statement): Set<number> {
  const found = new Set<number>();
  JSON.stringify(statement, (key, value: unknown) => {
    if (key === 'name' && typeof value === 'string' && /^\$\d+$/.test(value)) found.add(Number(value.slice(1)));
    return value;
  });
  return found;
}

/** The one statement of `sql`, or why there is not exactly one that parses (the parser's whole message). */
function single(sql: string): Statement | string {
  try {
    // The parser lacks PostgreSQL's null-safe comparisons; as `=` and `<>` they have the same shape,
    // which is all the checks read (the server runs the statement as written).
    const statements = parse(sql.replace(/\bIS\s+(NOT\s+)?DISTINCT\s+FROM\b/gi, (_, not) => (not ? '=' : '<>')));
    if (statements.length !== 1) return `must be one statement, not ${statements.length}`;
    return statements[0] as Statement;
  } catch (error) {
    return `could not be parsed as SQL:\n${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The statement a `WITH … ` wraps, or the statement itself. */
const body = (statement: Statement): Statement => (statement.type === 'with' ? body(statement.in) : statement);

/** The terms of `where` joined by a top-level AND. */
function conjuncts(where: Expr): Expr[] {
  return where.type === 'binary' && where.op === 'AND'
    ? [...conjuncts(where.left), ...conjuncts(where.right)]
    : [where];
}

/** Whether `expr` is `$n`, or `$n` cast to a type. */
const isParameter = (expr: Expr, n: number): boolean =>
  expr.type === 'cast' ? isParameter(expr.operand, n) : expr.type === 'parameter' && expr.name === `$${n}`;

/** Whether `where` requires, at its top level, a column to equal `$n` (`col = $n AND …`). */
const pins = (where: Expr, n: number): boolean =>
  conjuncts(where).some(
    (term) => term.type === 'binary' && term.op === '=' && (isParameter(term.left, n) || isParameter(term.right, n)),
  );

const COMPARE_AND_SET =
  'must be a compare-and-set: an UPDATE that must match the row by $4 (its id) and the value it held, $5, ' +
  'both ANDed in its WHERE, e.g. WHERE id = $4 AND wa_token_encrypted = $5, ' +
  'so that a row someone changed meanwhile is left alone';
const NO_CONFLICT_TARGET =
  'must name its conflict target, e.g. INSERT … ON CONFLICT (kind) DO UPDATE SET …: ' +
  'without one it is not an upsert of one row';

/** Why the kind and the row choice of an update are unsafe: no WHERE, no conflict target, no compare-and-set. */
function targetProblem(statement: Statement, table: boolean): string | undefined {
  if (statement.type === 'update') {
    if (!statement.where)
      return "must have a WHERE that picks the token's row: without one it rewrites every row of the table";
    if (table && !(pins(statement.where, 4) && pins(statement.where, 5))) return COMPARE_AND_SET;
    return undefined;
  }
  if (statement.type === 'insert' && typeof statement.onConflict?.do === 'object') {
    if (table) return `${COMPARE_AND_SET} (an upsert would create a channel again that was removed)`;
    if (!statement.onConflict.on) return NO_CONFLICT_TARGET;
    return undefined;
  }
  return table ? COMPARE_AND_SET : 'must be a single UPDATE, or INSERT … ON CONFLICT (…) DO UPDATE (an upsert)';
}

/**
 * Why `sql` is not a statement `postgres-update` may run: a single UPDATE with a WHERE, or INSERT
 * … ON CONFLICT (target) DO UPDATE, that binds `$1`; in table mode (`table`) an UPDATE whose WHERE
 * ANDs `$4` (the row's id) and `$5` (the value it held), so that it applies only to a row nobody
 * changed meanwhile. Either may sit in a `WITH`.
 */
export function updateProblem(sql: string, table = false): string | undefined {
  const statement = single(sql);
  if (typeof statement === 'string') return statement;
  const target = targetProblem(body(statement), table);
  if (target) return target;
  const used = parametersOf(statement);
  if (!used.has(1)) return 'must store the token as $1 (the action binds it; it never writes it into the SQL)';
  if ([...used].some((n) => n > (table ? MAX_TABLE_PARAMETER : MAX_PARAMETER)))
    return table
      ? 'may use only $1 (the token), $2 (its expiry), $3 (the time of this write), ' +
          '$4 (the row id) and $5 (the value it held)'
      : 'may use only $1 (the token), $2 (its expiry, timestamptz) and $3 (the time of this write)';
  return undefined;
}

/** Why `sql` is not a statement `postgres-select` may run: a single SELECT without parameters. */
export function selectProblem(sql: string): string | undefined {
  const statement = single(sql);
  if (typeof statement === 'string') return statement;
  if (statement.type !== 'select') return 'must be a single SELECT returning the stored value in its first column';
  if (parametersOf(statement).size > 0) return 'must not use parameters';
  return undefined;
}

/** Why `sql` is not a statement `postgres-audit-insert` may run: a single INSERT using only `$1`–`$4`. */
export function auditProblem(sql: string): string | undefined {
  const statement = single(sql);
  if (typeof statement === 'string') return statement;
  if (statement.type !== 'insert') return 'must be a single INSERT';
  if ([...parametersOf(statement)].some((n) => n > 4))
    return 'may use only $1 (the row id), $2 and $3 (the old and new expiry, timestamptz) and $4 (the outcome)';
  return undefined;
}

/**
 * Why `sql` is not a statement `postgres-failure-update` may run: an UPDATE with a WHERE that binds
 * `$1` (the row's id) and may use `$2` (the failure class) and `$3` (a one-line reason).
 */
export function failureUpdateProblem(sql: string): string | undefined {
  const parsed = single(sql);
  if (typeof parsed === 'string') return parsed;
  const statement = body(parsed);
  if (statement.type !== 'update') return 'must be a single UPDATE';
  if (!statement.where)
    return 'must have a WHERE that picks the failed row by $1, its id: without one it marks every row';
  const used = parametersOf(parsed);
  if (!used.has(1)) return 'must pick the row by $1, its id, e.g. WHERE id = $1';
  if ([...used].some((n) => n > 3)) return 'may use only $1 (the row id), $2 (the failure class) and $3 (the reason)';
  return undefined;
}

/** Every problem of the Postgres statements of `settings`' mode, each naming its input; checked before any call. */
export function validate(settings: Settings): string[] {
  const pg = settings.postgres;
  if (!pg) return [];
  const named = (input: string, problem: string | undefined): string[] =>
    problem === undefined ? [] : [`Input '${input}' ${problem}.`];
  const optional = (sql: string | undefined, check: (sql: string) => string | undefined): string | undefined =>
    sql === undefined ? undefined : check(sql);
  const update = named('postgres-update', updateProblem(pg.update, pg.kind === 'table'));
  if (pg.kind === 'row') return [...update, ...named('postgres-select', selectProblem(pg.select))];
  const tokens = selectProblem(pg.tokensQuery)?.replace('the stored value in its first column', 'id and token columns');
  return [
    ...named('postgres-failure-update', optional(pg.failureUpdate, failureUpdateProblem)),
    ...named('postgres-audit-insert', optional(pg.auditInsert, auditProblem)),
    ...update,
    ...named('postgres-tokens-query', tokens),
  ];
}

/** How many of `$1`, `$2`, … a statement that passed `validate` binds: the highest it uses. */
export function boundOf(sql: string): number {
  const statement = single(sql);
  return typeof statement === 'string' ? 0 : Math.max(0, ...parametersOf(statement));
}

/**
 * The statement `sql` (one that passed `validate`, without its final semicolon) and a cast
 * (`$n::type`) for each of `$1`…`$n` it leaves out, by `types` (PostgreSQL type names, the first
 * for `$1`): a statement bound without being described first (`Pipeline`) is refused (42P18) when
 * the server cannot infer a parameter's type.
 */
function withTypes(sql: string, types: string[]): { text: string; parsed: Statement | string; casts: string[] } {
  const parsed = single(sql);
  const used = typeof parsed === 'string' ? new Set<number>() : parametersOf(parsed);
  const casts = types.flatMap((type, i) => (used.has(i + 1) ? [] : [`$${String(i + 1)}::${type}`]));
  return { text: sql.replace(/;\s*$/, ''), parsed, casts };
}

/** `sql` with a type for each parameter it leaves out (`withTypes`), for a `Pipeline`. */
export function typedStatement(sql: string, types: string[]): string {
  const { text, casts } = withTypes(sql, types);
  return casts.length === 0 ? text : `WITH mtr_statement AS (${text}) SELECT ${casts.join(', ')}`;
}

/**
 * The update `sql`, typed as `typedStatement` types it, made to fail unless it touched exactly
 * one row (a cast error naming the count, `meta-token-refresh: N rows`): a COMMIT sent after it
 * unawaited then rolls back. Its own RETURNING, if any, is kept.
 */
export function checkedUpdate(sql: string, types: string[]): string {
  const { text, parsed, casts } = withTypes(sql, types);
  const statement = typeof parsed === 'string' ? undefined : body(parsed);
  const returning = statement?.type === 'update' && statement.returning ? '' : ' RETURNING 1';
  return (
    `WITH mtr_updated AS (${text}${returning}) SELECT CASE count(*) WHEN 1 THEN 1 ` +
    `ELSE ('meta-token-refresh: ' || count(*) || ' rows')::int END${casts.map((c) => `, ${c}`).join('')} ` +
    `FROM mtr_updated`
  );
}

/** The table an update that passed `validate` writes, for the report: `schema.table`. */
export function tableOf(sql: string): string {
  const parsed = single(sql);
  const statement = typeof parsed === 'string' ? undefined : body(parsed);
  const table =
    statement?.type === 'update' ? statement.table : statement?.type === 'insert' ? statement.into : undefined;
  return table ? [table.schema, table.name].filter(Boolean).join('.') : 'row';
}
