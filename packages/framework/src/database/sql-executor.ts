import { CompiledQuery, type Kysely, type Transaction } from "kysely"
import { toMedusaError } from "./error-converter.js"

/** Anything that can run a compiled statement: the Kysely client or an open Kysely transaction. */
export type KyselyRunner = Kysely<unknown> | Transaction<unknown>

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
    const result = await runner.executeQuery<TRow>(CompiledQuery.raw(sql, [...params]))
    return result.rows as TRow[]
  } catch (error) {
    throw toMedusaError(error, sql)
  }
}
