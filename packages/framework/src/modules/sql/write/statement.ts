import { quoteIdent } from "../../../dml/metadata/column-types.js"
import type { EntityMetadata } from "../../../dml/metadata/types.js"
import { runStatement } from "../../../database/sql-executor.js"
import type { Row, SqlContext } from "../types.js"

export { quoteIdent }

/** PostgreSQL accepts at most 65535 bound parameters per statement. */
export const MAX_PARAMS = 65535

/** A compiled statement: SQL with `$n` placeholders and its parameters. */
export interface Statement {
  readonly sql: string
  readonly params: unknown[]
}

/**
 * Collects bound parameters and hands out their placeholders.
 *
 * @example
 * const params = new ParamList()
 * params.add("bp_1")            // "$1"
 * params.add(["a"], "text[]")   // "$2::text[]"
 */
export class ParamList {
  readonly values: unknown[] = []

  add(value: unknown, cast?: string): string {
    this.values.push(value)
    return cast === undefined ? `$${this.values.length}` : `$${this.values.length}::${cast}`
  }
}

/** The quoted table name of an entity. */
export function tableOf(entity: EntityMetadata): string {
  return quoteIdent(entity.tableName)
}

/** Runs a compiled statement through the context's runner. */
export function run<TRow = Row>(ctx: SqlContext, statement: Statement): Promise<TRow[]> {
  return runStatement<TRow>(ctx.runner, statement.sql, statement.params)
}

/**
 * Runs `fn` in a transaction: the context's own when it already has one, else a new one that
 * commits when `fn` resolves and rolls back when it throws. Used by writes of several statements.
 *
 * @example
 * await atomically(ctx, async (tx) => { await run(tx, a); await run(tx, b) }) // BEGIN; a; b; COMMIT
 */
export async function atomically<T>(ctx: SqlContext, fn: (ctx: SqlContext) => Promise<T>): Promise<T> {
  const runner = ctx.runner
  if (runner.isTransaction) return fn(ctx)
  return runner.transaction().execute((transaction) => fn({ ...ctx, runner: transaction }))
}
