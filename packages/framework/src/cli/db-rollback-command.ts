import { rollbackMigrations } from "../migrations/rollback-migrations.js"
import { consoleLogger } from "./console-logger.js"
import { openDbSession } from "./db-session.js"

/**
 * `stratum db:rollback [module] [--steps N]`: reverts the N (default 1) most recently applied
 * migrations, of `module` when given. Nothing to roll back: says so and succeeds.
 *
 * @example
 * // $ stratum db:rollback blog --steps 2
 * // blog Migration20240301090000123_blog reverted (5 ms)
 */
export async function dbRollbackCommand(
  configPath: string | undefined,
  module: string | undefined,
  steps: number | undefined,
): Promise<number> {
  const session = await openDbSession(configPath)
  try {
    const used = session.databases.filter((item) => item.group.modules.length > 0)
    if (module === undefined && used.length > 1) {
      throw new Error("Modules use several databases; name the module to roll back: stratum db:rollback <module>")
    }
    const target = module === undefined ? used[0] : session.databaseOf(module)
    if (target === undefined) {
      consoleLogger.info("Nothing to roll back")
      return 0
    }
    await rollbackMigrations({
      database: target.database,
      modules: target.group.modules,
      module,
      steps,
      logger: consoleLogger,
    })
    return 0
  } finally {
    await session.close()
  }
}
