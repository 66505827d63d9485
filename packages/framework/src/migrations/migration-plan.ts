import type { Database } from "../database/database.js"
import type { ResolvedModule } from "../modules/module-resolver.js"
import { inLockedTransaction, migrationConnection } from "./migration-connection.js"
import { listMigrationFiles, type MigrationFile } from "./migration-files.js"
import { compareMigrations } from "./migration-order.js"
import { ensureMigrationsTable, listAppliedMigrations, type AppliedMigration } from "./migration-table.js"

/** Every migration file of the given modules, applied or not, in run order. */
export interface MigrationPlan {
  files: MigrationFile[]
  applied: AppliedMigration[]
  pending: MigrationFile[]
}

/** The key of a migration in `stratum_migrations`. */
export function migrationKey(migration: { module: string; name: string }): string {
  return `${migration.module}\u0000${migration.name}`
}

/**
 * Reads which migrations of `modules` are applied and which are pending (in run order), creating
 * `stratum_migrations` if needed.
 *
 * @example
 * const { pending } = await planMigrations(database, modules)
 */
export async function planMigrations(database: Database, modules: readonly ResolvedModule[]): Promise<MigrationPlan> {
  const connection = migrationConnection(database)
  await inLockedTransaction(connection, (tx) => ensureMigrationsTable(connection, tx))
  const files = modules.flatMap(listMigrationFiles).sort(compareMigrations)
  const applied = await listAppliedMigrations(connection)
  const done = new Set(applied.map(migrationKey))
  return { files, applied, pending: files.filter((file) => !done.has(migrationKey(file))) }
}
