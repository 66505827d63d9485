import type { Database } from "../database/database.js"
import type { ResolvedModule } from "../modules/module-resolver.js"
import { migrationConnection } from "./migration-connection.js"
import { executeMigration } from "./migration-executor.js"
import { migrationChecksum, type MigrationFile } from "./migration-files.js"
import { loadMigrationClass } from "./migration-loader.js"
import { SILENT_LOGGER, type MigrationLogger } from "./migration-logger.js"
import { planMigrations } from "./migration-plan.js"

export interface RunMigrationsOptions {
  /** The database the modules live in. */
  database: Database
  /** Modules whose `migrations/` folders are run (modules without one are skipped). */
  modules: readonly ResolvedModule[]
  /** Gets one progress line per migration. */
  logger?: MigrationLogger
}

export interface RunMigrationsResult {
  /** Applied by this call, in order. */
  applied: MigrationFile[]
  /** Found pending, but applied meanwhile by another process. */
  skipped: MigrationFile[]
}

/**
 * Applies every pending migration of every module in one total order (timestamp in the name, then
 * name, then module), each in its own transaction under a transaction-scoped advisory lock, and
 * records it in `stratum_migrations`. Two processes running this at once apply each migration
 * exactly once. On failure it stops: the failing migration is rolled back, earlier ones stay
 * applied, and the `MigrationError` names the file and the failing statement.
 *
 * @example
 * await runMigrations({ database: app.database, modules: app.modules, logger: console })
 * // [1/2] product_reviews Migration20240101120000 applied (14 ms)
 * // [2/2] blog Migration20240301090000123_blog applied (6 ms)
 */
export async function runMigrations(options: RunMigrationsOptions): Promise<RunMigrationsResult> {
  const logger = options.logger ?? SILENT_LOGGER
  const connection = migrationConnection(options.database)
  const { pending } = await planMigrations(options.database, options.modules)
  const result: RunMigrationsResult = { applied: [], skipped: [] }
  if (pending.length === 0) {
    logger.info("No pending migrations")
    return result
  }
  for (const [index, file] of pending.entries()) {
    const started = performance.now()
    const MigrationClass = await loadMigrationClass(file)
    const outcome = await executeMigration(connection, file, MigrationClass, "up", migrationChecksum(file))
    const progress = `[${index + 1}/${pending.length}] ${file.module} ${file.name}`
    if (outcome === "skipped") {
      result.skipped.push(file)
      logger.info(`${progress} already applied by another process`)
    } else {
      result.applied.push(file)
      logger.info(`${progress} applied (${Math.round(performance.now() - started)} ms)`)
    }
  }
  return result
}
