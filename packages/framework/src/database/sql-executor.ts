import { CompiledQuery, type Kysely, type Transaction } from "kysely"
import { toMedusaError } from "./error-converter.js"
import type { ConnectionPool } from "./pool.js"

/** Anything that can run a compiled statement: the Kysely client or an open Kysely transaction. */
export type KyselyRunner = Kysely<unknown> | Transaction<unknown>

const poolsOf = new WeakMap<Kysely<unknown>, ConnectionPool>()

/**
 * Lets statements on `runner` outside transactions borrow a connection from `pool` directly (what
 * Kysely would do, without its per-statement layers).
 */
export function runDirectlyOn(runner: Kysely<unknown>, pool: ConnectionPool): void {
  poolsOf.set(runner, pool)
}

async function runPooled<TRow>(pool: ConnectionPool, sql: string, params: readonly unknown[]): Promise<TRow[]> {
  const connection = await pool.connect()
  try {
    return (await connection.query<TRow>(sql, params)).rows
  } finally {
    connection.release()
  }
}

/**
 * Runs one statement with `$1` placeholders and bound parameters, returning its rows; database
 * errors come back translated into MedusaErrors that keep the statement.
 */
export async function runStatement<TRow>(
  runner: KyselyRunner,
  sql: string,
  params: readonly unknown[] = [],
): Promise<TRow[]> {
  try {
    const pool = runner.isTransaction ? undefined : poolsOf.get(runner as Kysely<unknown>)
    if (pool !== undefined) return await runPooled<TRow>(pool, sql, params)
    const result = await runner.executeQuery<TRow>(CompiledQuery.raw(sql, [...params]))
    return result.rows as TRow[]
  } catch (error) {
    throw toMedusaError(error, sql)
  }
}
