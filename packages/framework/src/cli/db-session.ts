import { dirname } from "node:path"
import { loadModuleGraph, type DatabaseGroup } from "../app/module-graph.js"
import type { ConfigModule } from "../config/define-config.js"
import { Database } from "../database/database.js"
import { locateDatabase } from "../database/database-server.js"
import type { ResolvedModule } from "../modules/module-resolver.js"
import { loadConfig } from "./load-config.js"

/** One database of the application, with the modules that live in it. */
export interface SessionDatabase {
  group: DatabaseGroup
  database: Database
}

/** The application's databases, opened for a db command. */
export interface DbSession {
  databases: SessionDatabase[]
  modules: ResolvedModule[]
  /** The configured links (`defineLink(...)` results). */
  links: readonly object[]
  /** The database that holds `module`; throws naming the configured modules when it is unknown. */
  databaseOf(module: string): SessionDatabase
  close(): Promise<void>
}

/**
 * Loads the configuration and its modules (paths relative to the configuration file), finds or
 * starts the database and connects to every database group.
 *
 * @example
 * const session = await openDbSession("stratum.config.ts")
 * try { ... } finally { await session.close() }
 */
export async function openDbSession(configPath: string | undefined): Promise<DbSession> {
  const { config, path } = await loadConfig(configPath)
  return openConfiguredSession(config, path === undefined ? process.cwd() : dirname(path))
}

async function openConfiguredSession(config: ConfigModule, baseDir: string): Promise<DbSession> {
  const groups = await loadModuleGraph(config.modules, baseDir)
  const location = await locateDatabase(config.projectConfig.databaseUrl, config.projectConfig.embeddedDataDir)
  const databases: SessionDatabase[] = []
  const close = async () => {
    for (const item of databases.reverse()) await item.database.close()
    await location.embedded?.stop()
  }
  try {
    for (const group of groups) {
      const pool = { ...config.projectConfig.pool, min: 1 }
      const database = await Database.connect({
        url: group.url ?? location.url,
        pool,
        entities: group.entities,
        applicationName: "stratum-cli",
      })
      databases.push({ group, database })
    }
  } catch (error) {
    await close()
    throw error
  }
  const modules = groups.flatMap((group) => group.modules)
  return {
    databases,
    modules,
    links: config.links,
    databaseOf(name) {
      const found = databases.find((item) => item.group.modules.some((module) => module.exports.name === name))
      if (found) return found
      const known = modules.map((module) => module.exports.name).join(", ") || "none"
      throw new Error(`Unknown module "${name}"; configured modules: ${known}`)
    },
    close,
  }
}
