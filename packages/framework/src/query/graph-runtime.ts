import type { DatabaseGroup } from "../app/module-graph.js"
import type { Manager } from "../database/manager.js"
import { unexpectedState } from "../errors/factories.js"
import type { Row } from "../modules/sql/types.js"
import type { GraphSchema } from "./graph-schema.js"

/** What executing graph requests needs: the schema and a manager per database. */
export interface GraphRuntime {
  readonly schema: GraphSchema
  readonly managers: ReadonlyMap<DatabaseGroup, Manager>
}

/** The manager of a database group. */
export function managerOf(runtime: GraphRuntime, group: DatabaseGroup): Manager {
  const manager = runtime.managers.get(group)
  if (manager === undefined)
    throw unexpectedState(
      `No manager for the database of modules ${group.modules.map((m) => m.exports.name).join(", ")}`,
    )
  return manager
}

/**
 * Runs a statement whose text depends only on the request's shape, marked so that each pooled
 * connection prepares it once and then executes it by name (no parse/plan per request).
 *
 * @example
 * await runPrepared(manager, 'SELECT ... WHERE t0."id" = ANY($1)', [ids])
 */
export function runPrepared(manager: Manager, sql: string, params: readonly unknown[]): Promise<Row[]> {
  manager.database.pool.prepare(sql)
  return manager.query<Row>(sql, params)
}
