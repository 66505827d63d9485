import { existsSync, mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import type { Database } from "../database/database.js"
import type { ResolvedModule } from "../modules/module-resolver.js"
import { migrationConnection } from "./migration-connection.js"
import { hasMigrations, listMigrationFiles, migrationsDir } from "./migration-files.js"
import { SILENT_LOGGER, type MigrationLogger } from "./migration-logger.js"
import { nextMigrationName } from "./migration-name.js"
import { planMigrations } from "./migration-plan.js"
import { renderMigrationSource } from "./migration-source.js"
import { runMigrations } from "./run-migrations.js"
import { diffModuleSchema } from "./schema-diff.js"

export interface GenerateMigrationOptions {
  database: Database
  /** Every module of the database: their pending migrations run first, their names keep the order. */
  modules: readonly ResolvedModule[]
  /** Name of the module to generate for; it must be given by path (its folder receives the file). */
  module: string
  logger?: MigrationLogger
  /** Where the file imports `Migration` from. Default `@stratum/framework/utils`. */
  importFrom?: string
  /** Clock, for tests. */
  now?: Date
}

export interface GeneratedMigration {
  module: string
  name: string
  file: string
  up: string[]
  down: string[]
}

function findModule(modules: readonly ResolvedModule[], name: string): ResolvedModule & { dir: string } {
  const module = modules.find((candidate) => candidate.exports.name === name)
  if (module === undefined) {
    const known = modules.map((candidate) => candidate.exports.name).join(", ") || "none"
    throw new Error(`Unknown module "${name}"; configured modules: ${known}`)
  }
  if (module.dir === undefined) {
    throw new Error(
      `Module "${name}" is configured as an object; give it by path ({ resolve: "./path" }) to generate migrations into its folder`,
    )
  }
  return { ...module, dir: module.dir }
}

async function warnAboutUntrackedTables(
  database: Database,
  module: ResolvedModule,
  tables: string[],
  logger: MigrationLogger,
) {
  if (hasMigrations(module)) return
  const { driver } = migrationConnection(database)
  const rows = await driver.execute<{ name: string }[]>(
    `select table_name as name from information_schema.tables where table_schema = current_schema() and table_name in (?)`,
    [tables],
  )
  if (rows.length === 0) return
  logger.warn(
    `Module ${module.exports.name} has no migrations yet, but its tables ${rows.map((row) => row.name).join(", ")} ` +
      "already exist; the migration only holds the difference, so a fresh database would lack them",
  )
}

/**
 * `db:generate <module>`: applies pending migrations, diffs the module's models against the live
 * schema (its own tables only, see `diffModuleSchema`) and writes
 * `<module>/migrations/Migration<YYYYMMDDHHmmssSSS>_<module>.ts` with `up` and `down`. No difference:
 * logs "No changes for module X" and writes nothing.
 *
 * @example
 * const generated = await generateMigration({ database, modules, module: "blog", logger: console })
 * // Created src/modules/blog/migrations/Migration20240301090000123_blog.ts (3 statements)
 */
export async function generateMigration(options: GenerateMigrationOptions): Promise<GeneratedMigration | undefined> {
  const logger = options.logger ?? SILENT_LOGGER
  const module = findModule(options.modules, options.module)
  await runMigrations({ database: options.database, modules: options.modules, logger })
  const diff = await diffModuleSchema(options.database, module)
  if (diff.up.length === 0) {
    logger.info(`No changes for module ${module.exports.name}`)
    return undefined
  }
  await warnAboutUntrackedTables(options.database, module, diff.tables, logger)
  const { applied } = await planMigrations(options.database, options.modules)
  const existing = [
    ...options.modules.flatMap(listMigrationFiles).map((file) => file.name),
    ...applied.map((row) => row.name),
  ]
  const name = nextMigrationName(module.exports.name, existing, options.now)
  const javascript = !existsSync(join(module.dir, "index.ts")) && existsSync(join(module.dir, "index.js"))
  const dir = migrationsDir(module) as string
  const file = join(dir, `${name}.${javascript ? "js" : "ts"}`)
  mkdirSync(dir, { recursive: true })
  const source = renderMigrationSource({
    className: name,
    up: diff.up,
    down: diff.down,
    importFrom: options.importFrom,
    javascript,
  })
  writeFileSync(file, source, { flag: "wx" })
  logger.info(`Created ${file} (${diff.up.length} statement${diff.up.length === 1 ? "" : "s"})`)
  return { module: module.exports.name, name, file, up: diff.up, down: diff.down }
}
