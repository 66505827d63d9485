import { existsSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { createApp } from "../app/create-app.js"
import type { StratumContainer } from "../container/create-container.js"
import type { Manager } from "../database/manager.js"
import { createLogger, type Logger } from "../logging/logger.js"
import { planMigrations } from "../migrations/migration-plan.js"
import { loadConfig } from "./load-config.js"

/** What a seed function receives: the application's container, its manager and logger. */
export interface SeedArguments {
  container: StratumContainer
  manager: Manager
  logger: Logger
}

/** A seed module's function: default export, or a named `seed` export. */
export type SeedFunction = (args: SeedArguments) => unknown

async function loadSeedFunction(file: string): Promise<SeedFunction> {
  if (!existsSync(file)) throw new Error(`Seed file ${file} (projectConfig.seed) does not exist`)
  const loaded = (await import(pathToFileURL(file).href)) as { default?: unknown; seed?: unknown }
  const seed = typeof loaded.default === "function" ? loaded.default : loaded.seed
  if (typeof seed !== "function") {
    throw new Error(`${file} must export its seed function: export default async function seed({ manager }) {...}`)
  }
  return seed as SeedFunction
}

/**
 * `stratum db:seed`: loads the configuration, starts the application (modules, database) and runs the
 * module that `projectConfig.seed` names (a path relative to the configuration file). Refuses to run
 * while migrations are pending. Whatever the seed prints is its own; the exit code is 0 when it resolves.
 *
 * @example
 * // stratum.config.ts: projectConfig: { seed: "./src/seed/index.ts" }
 * // $ stratum db:seed
 */
export async function dbSeedCommand(configPath: string | undefined): Promise<number> {
  const { config, path } = await loadConfig(configPath)
  const baseDir = path === undefined ? process.cwd() : dirname(path)
  const seedPath = config.projectConfig.seed
  if (seedPath === undefined) {
    throw new Error(
      'No seed configured: set projectConfig.seed in the configuration to the seed module, e.g. seed: "./src/seed/index.ts"',
    )
  }
  const seed = await loadSeedFunction(resolve(baseDir, seedPath))
  const logger = createLogger("stratum-cli")
  const app = await createApp(config, { logger, baseDir })
  try {
    const { pending } = await planMigrations(app.database, app.modules)
    if (pending.length > 0) {
      const names = pending.map((file) => `${file.module}/${file.name}`).join(", ")
      throw new Error(`${pending.length} pending migration(s) (${names}); run stratum db:migrate first`)
    }
    await seed({ container: app.container, manager: app.manager, logger })
    return 0
  } finally {
    await app.close()
  }
}
