import type { Database } from "../database/database.js"
import type { ResolvedModule } from "../modules/module-resolver.js"
import { inLockedTransaction, migrationConnection } from "./migration-connection.js"
import { hasMigrations } from "./migration-files.js"
import { SILENT_LOGGER, type MigrationLogger } from "./migration-logger.js"
import { runMigrations } from "./run-migrations.js"
import { diffModuleSchema } from "./schema-diff.js"

export interface ApplyModuleSchemasOptions {
  /** Connected with the entities of every module in `modules` (its database group). */
  database: Database
  modules: readonly ResolvedModule[]
  logger?: MigrationLogger
}

/**
 * Creates (or completes) a module's tables from its models: the safe part of the diff only
 * (create table, add column, create index; never a drop), in one locked transaction.
 *
 * @example
 * await syncModelSchema(database, blogModule)
 */
export async function syncModelSchema(database: Database, module: ResolvedModule): Promise<string[]> {
  const connection = migrationConnection(database)
  return inLockedTransaction(connection, async (tx) => {
    const { up } = await diffModuleSchema(database, module, { tx, safe: true })
    for (const statement of up) await connection.driver.execute(statement, [], "run", tx)
    return up
  })
}

/**
 * Prepares the schema of every module: runs the migrations of modules that have a `migrations/`
 * folder, and creates the tables of the others from their models. Idempotent: a second call
 * changes nothing. This is what `createTestApp` runs on its template databases.
 *
 * @example
 * const database = await Database.connect({ url, pool, entities: group.entities })
 * await applyModuleSchemas({ database, modules: group.modules })
 */
export async function applyModuleSchemas(options: ApplyModuleSchemasOptions): Promise<void> {
  const withMigrations = options.modules.filter(hasMigrations)
  if (withMigrations.length > 0) {
    await runMigrations({
      database: options.database,
      modules: withMigrations,
      logger: options.logger ?? SILENT_LOGGER,
    })
  }
  for (const module of options.modules) {
    if (!hasMigrations(module)) await syncModelSchema(options.database, module)
  }
}
