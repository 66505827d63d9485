import { MikroORM } from "@mikro-orm/postgresql"
import { resolveModels, toEntitySchemas, type DmlEntity, type ModelRegistry } from "../../../../src/dml/index.js"
import type { SqlContext } from "../../../../src/modules/sql/types.js"
import { createTestApp, type TestApp } from "../../../../src/testing/create-test-app.js"
import { catalogModels } from "./fixtures.js"

const CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i

/** A test app whose database has the catalog tables, and a SQL context on its root runner. */
export interface WriteHarness {
  app: TestApp
  registry: ModelRegistry
  /** The context outside any transaction (the root runner). */
  ctx(): SqlContext
  /** Runs `fn` and returns the data statements it sent (BEGIN/COMMIT/SAVEPOINT left out). */
  statements<T>(fn: () => Promise<T>): Promise<[T, string[]]>
  /** Runs `fn` inside `app.manager.transaction`, with a context bound to that transaction. */
  inTransaction<T>(fn: (ctx: SqlContext) => Promise<T>): Promise<T>
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>
  close(): Promise<void>
}

/**
 * Creates a test app and its tables from the models (MikroORM's schema generator, as the DML
 * tests do).
 *
 * @example
 * const h = await writeHarness()
 * after(() => h.close())
 */
export async function writeHarness(models: DmlEntity[] = catalogModels): Promise<WriteHarness> {
  const app = await createTestApp()
  const registry = resolveModels(models)
  const orm = await MikroORM.init({ entities: toEntitySchemas(registry), clientUrl: app.databaseUrl })
  try {
    await orm.schema.create()
  } finally {
    await orm.close(true)
  }
  return {
    app,
    registry,
    ctx: () => ({ runner: app.manager.runner, registry }),
    async statements(fn) {
      const seen: string[] = []
      const stop = app.database.monitor.subscribe((event) => {
        if (!CONTROL.test(event.sql)) seen.push(event.sql)
      })
      try {
        return [await fn(), seen]
      } finally {
        stop()
      }
    },
    inTransaction: (fn) => app.manager.transaction((manager) => fn({ runner: manager.runner, registry })),
    query: (sql, params = []) => app.manager.query(sql, params),
    close: () => app.close(),
  }
}
