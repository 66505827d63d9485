import type { Database } from "../database/database.js"
import type { ResolvedModule } from "../modules/module-resolver.js"
import { migrationConnection } from "./migration-connection.js"
import { MigrationError } from "./migration-error.js"
import { executeMigration } from "./migration-executor.js"
import { listMigrationFiles, migrationChecksum, migrationsDir, type MigrationFile } from "./migration-files.js"
import { loadMigrationClass } from "./migration-loader.js"
import { SILENT_LOGGER, type MigrationLogger } from "./migration-logger.js"
import { planMigrations } from "./migration-plan.js"

export interface RollbackMigrationsOptions {
  database: Database
  /** The configured modules (their files hold the `down()` methods). */
  modules: readonly ResolvedModule[]
  /** Only roll back migrations of this module. Default: the most recent ones of any module. */
  module?: string
  /** How many migrations to revert, most recent first. Default 1. */
  steps?: number
  logger?: MigrationLogger
}

function findFile(modules: readonly ResolvedModule[], module: string, name: string): MigrationFile {
  const owner = modules.find((candidate) => candidate.exports.name === module)
  const fail = (why: string): never => {
    throw new MigrationError(`Cannot roll back migration ${name} of module "${module}": ${why}`, {
      module,
      file: name,
      phase: "down",
      cause: undefined,
    })
  }
  if (owner === undefined) return fail("the module is not in the configuration")
  const file = listMigrationFiles(owner).find((candidate) => candidate.name === name)
  return file ?? fail(`its file is missing from ${migrationsDir(owner) ?? "the module (it has no folder)"}`)
}

/**
 * Reverts the most recently applied migrations (of one module when `module` is given), newest
 * first, each with its `down()` in its own locked transaction. Nothing applied: logs "Nothing to
 * roll back" and returns an empty list.
 *
 * @example
 * await rollbackMigrations({ database, modules, module: "blog", steps: 2, logger: console })
 * // blog Migration20240301090000123_blog reverted (5 ms)
 */
export async function rollbackMigrations(options: RollbackMigrationsOptions): Promise<MigrationFile[]> {
  const logger = options.logger ?? SILENT_LOGGER
  const steps = options.steps ?? 1
  if (!Number.isInteger(steps) || steps < 1) throw new Error(`steps must be a positive integer, got ${String(steps)}`)
  if (options.module !== undefined && !options.modules.some((module) => module.exports.name === options.module)) {
    const known = options.modules.map((module) => module.exports.name).join(", ") || "none"
    throw new Error(`Unknown module "${options.module}"; configured modules: ${known}`)
  }
  const connection = migrationConnection(options.database)
  const { applied } = await planMigrations(options.database, options.modules)
  const targets = applied
    .filter((migration) => options.module === undefined || migration.module === options.module)
    .slice(-steps)
    .reverse()
  if (targets.length === 0) {
    logger.info(
      options.module === undefined ? "Nothing to roll back" : `Nothing to roll back for module ${options.module}`,
    )
    return []
  }
  const reverted: MigrationFile[] = []
  for (const target of targets) {
    const file = findFile(options.modules, target.module, target.name)
    const started = performance.now()
    const MigrationClass = await loadMigrationClass(file)
    const outcome = await executeMigration(connection, file, MigrationClass, "down", migrationChecksum(file))
    if (outcome === "skipped") {
      logger.info(`${file.module} ${file.name} already rolled back by another process`)
    } else {
      reverted.push(file)
      logger.info(`${file.module} ${file.name} reverted (${Math.round(performance.now() - started)} ms)`)
    }
  }
  return reverted
}
