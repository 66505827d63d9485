import { asValue } from "awilix"
import { defineConfig, type ConfigModule } from "../config/define-config.js"
import type { StratumConfigInput } from "../config/config-types.js"
import { createStratumContainer } from "../container/create-container.js"
import { ContainerRegistrationKeys } from "../container/registration-keys.js"
import { Database } from "../database/database.js"
import { locateDatabase } from "../database/database-server.js"
import { Manager } from "../database/manager.js"
import { describeTarget, parseConnectionUrl } from "../database/connection-target.js"
import { DatabaseHealthService } from "../health/health-service.js"
import { createLogger, type Logger } from "../logging/logger.js"
import type { StratumApp } from "./stratum-app.js"

export interface CreateAppOptions {
  logger?: Logger
}

/**
 * Starts a Stratum application: validates the configuration, finds or starts its database,
 * opens the pool and fills the container (`manager`, `logger`, `configModule`, `healthService`).
 *
 * @example
 * const app = await createApp(defineConfig({ projectConfig: { databaseUrl: process.env.DATABASE_URL } }))
 * const rows = await app.manager.query("select 1 as one")
 * await app.close()
 */
export async function createApp(
  input: StratumConfigInput | ConfigModule,
  options: CreateAppOptions = {},
): Promise<StratumApp> {
  const config = defineConfig(input)
  const logger = options.logger ?? createLogger()
  const { projectConfig } = config
  const location = await locateDatabase(projectConfig.databaseUrl, projectConfig.embeddedDataDir)
  if (location.embedded)
    logger.info(`embedded PostgreSQL ready on 127.0.0.1:${location.embedded.port} (${location.embedded.dataDir})`)
  let database: Database
  try {
    let warned = false
    database = await Database.connect({
      url: location.url,
      pool: projectConfig.pool,
      debug: projectConfig.debug,
      statementLogger: projectConfig.databaseExtra.logger ?? ((line) => logger.info(line)),
      onRetry: (error) => {
        if (warned) return
        warned = true
        logger.warn(`${error.message}; retrying every ${projectConfig.pool.createRetryIntervalMillis} ms`)
      },
    })
  } catch (error) {
    await location.embedded?.stop()
    throw error
  }
  logger.debug(`connected to ${describeTarget(parseConnectionUrl(location.url))}`)
  const manager = new Manager(database)
  const container = createStratumContainer({
    [ContainerRegistrationKeys.MANAGER]: manager,
    [ContainerRegistrationKeys.LOGGER]: logger,
    [ContainerRegistrationKeys.CONFIG_MODULE]: config,
  })
  container.register(ContainerRegistrationKeys.HEALTH, asValue(new DatabaseHealthService({ manager })))

  let closing: Promise<void> | undefined
  const app: StratumApp = {
    container,
    query: undefined,
    manager,
    database,
    async listen() {
      throw new Error("The HTTP layer is not part of this build")
    },
    close() {
      closing ??= (async () => {
        await container.dispose()
        await database.close()
        await location.embedded?.stop()
      })()
      return closing
    },
  }
  return app
}
