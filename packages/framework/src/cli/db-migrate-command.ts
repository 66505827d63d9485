import { hasMigrations } from "../migrations/migration-files.js"
import { runMigrations } from "../migrations/run-migrations.js"
import { syncLinkTables } from "../migrations/sync-link-tables.js"
import { isLinkDefinition } from "../query/define-link.js"
import { consoleLogger } from "./console-logger.js"
import { openDbSession } from "./db-session.js"

/**
 * `stratum db:migrate`: applies every pending migration of every module, database by database,
 * and names the modules that have models but no migrations yet.
 *
 * @example
 * // $ stratum db:migrate
 * // [1/1] blog Migration20240301090000123_blog applied (6 ms)
 */
export async function dbMigrateCommand(configPath: string | undefined): Promise<number> {
  const session = await openDbSession(configPath)
  try {
    for (const { group, database } of session.databases) {
      if (group.modules.length === 0) continue
      await runMigrations({ database, modules: group.modules, logger: consoleLogger })
    }
    const main = session.databases.find(({ group }) => group.url === undefined)
    const links = session.links.filter(isLinkDefinition)
    if (main && links.length > 0) await syncLinkTables({ database: main.database, links, logger: consoleLogger })
    for (const module of session.modules) {
      if (module.models.length > 0 && !hasMigrations(module)) {
        const name = module.exports.name
        consoleLogger.warn(`module ${name} has models but no migrations; create them with: stratum db:generate ${name}`)
      }
    }
    return 0
  } finally {
    await session.close()
  }
}
