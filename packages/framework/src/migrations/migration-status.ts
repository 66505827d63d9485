import type { Database } from "../database/database.js"
import type { ResolvedModule } from "../modules/module-resolver.js"
import { listMigrationFiles, migrationChecksum } from "./migration-files.js"
import { migrationKey, planMigrations } from "./migration-plan.js"
import { diffModuleSchema } from "./schema-diff.js"

/** One module's migrations and how its tables compare with its models. */
export interface ModuleMigrationStatus {
  module: string
  /** Whether the module ships a `migrations/` folder with files. */
  hasMigrations: boolean
  /** Applied, oldest first; `modified` when the file changed since it was applied. */
  applied: { name: string; appliedAt: Date; modified: boolean }[]
  /** Not applied yet, in run order. */
  pending: string[]
  /** Recorded as applied, but the file is gone. */
  missing: string[]
  /** Statements that would bring the live tables to the models (empty: no drift). */
  drift: string[]
}

/**
 * `db:status`: per module, applied and pending migrations and the drift between its models and the
 * live schema (the statements `db:generate` would write now, pending migrations not applied).
 *
 * @example
 * for (const status of await migrationStatus({ database, modules })) {
 *   console.log(status.module, status.pending.length, status.drift.length)
 * }
 */
export async function migrationStatus(options: {
  database: Database
  modules: readonly ResolvedModule[]
}): Promise<ModuleMigrationStatus[]> {
  const { applied, pending } = await planMigrations(options.database, options.modules)
  const statuses: ModuleMigrationStatus[] = []
  for (const module of options.modules) {
    const name = module.exports.name
    const files = new Map(listMigrationFiles(module).map((file) => [migrationKey(file), file]))
    const mine = applied.filter((row) => row.module === name)
    const diff = await diffModuleSchema(options.database, module)
    statuses.push({
      module: name,
      hasMigrations: files.size > 0,
      applied: mine.flatMap((row) => {
        const file = files.get(migrationKey(row))
        if (file === undefined) return []
        const modified = row.checksum !== null && row.checksum !== migrationChecksum(file)
        return [{ name: row.name, appliedAt: row.appliedAt, modified }]
      }),
      pending: pending.filter((file) => file.module === name).map((file) => file.name),
      missing: mine.filter((row) => !files.has(migrationKey(row))).map((row) => row.name),
      drift: diff.up,
    })
  }
  return statuses
}
