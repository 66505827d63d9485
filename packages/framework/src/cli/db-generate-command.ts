import { generateMigration } from "../migrations/generate-migration.js"
import { consoleLogger } from "./console-logger.js"
import { openDbSession } from "./db-session.js"

/**
 * `stratum db:generate <module...>`: for each module, applies pending migrations and writes a
 * migration with the difference between its models and the live schema (none when they match).
 *
 * @example
 * // $ stratum db:generate blog
 * // Created src/modules/blog/migrations/Migration20240301090000123_blog.ts (2 statements)
 */
export async function dbGenerateCommand(configPath: string | undefined, modules: string[]): Promise<number> {
  if (modules.length === 0)
    throw new Error("db:generate needs the module to generate for: stratum db:generate <module>")
  const session = await openDbSession(configPath)
  try {
    for (const module of modules) {
      const { database, group } = session.databaseOf(module)
      await generateMigration({ database, modules: group.modules, module, logger: consoleLogger })
    }
    return 0
  } finally {
    await session.close()
  }
}
