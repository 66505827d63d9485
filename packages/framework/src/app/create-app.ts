import { join } from "node:path"
import type { StratumConfigInput } from "../config/config-types.js"
import { defineConfig, type ConfigModule } from "../config/define-config.js"
import { asShared, createStratumContainer } from "../container/create-container.js"
import { ContainerRegistrationKeys } from "../container/registration-keys.js"
import { Database } from "../database/database.js"
import { locateDatabase, type DatabaseLocation } from "../database/database-server.js"
import { Manager } from "../database/manager.js"
import { DatabaseHealthService } from "../health/health-service.js"
import { createLogger, type Logger } from "../logging/logger.js"
import { startHttpServer, type RunningHttpServer } from "../http/http-server.js"
import { registerModule } from "../modules/module-registrar.js"
import { registerJoinResolver } from "../modules/query-builder/join-resolver.js"
import { createQuery } from "../query/create-query.js"
import { linkJoinResolver } from "../query/link-join-resolver.js"
import { isLinkDefinition } from "../query/define-link.js"
import { createLinkService } from "../query/link-service.js"
import type { LinkDefinition } from "../query/link-types.js"
import { loadModuleGraph, type DatabaseGroup } from "./module-graph.js"
import type { StratumApp } from "./stratum-app.js"

export interface CreateAppOptions {
  logger?: Logger
  /** Folder that relative module paths are resolved from. Default: the working directory. */
  baseDir?: string
  /** Folder of `route.ts` files served by `listen()`. Default: `<baseDir>/src/api`. */
  apiDir?: string
  /**
   * The database, already being located (or its embedded server started) with `locateDatabase` from
   * `@stratum/framework/database`, for a process that starts it before loading the application's code. It
   * must come from the configuration's `databaseUrl` and `embeddedDataDir`; the app stops its embedded server
   * on close, as one it started itself.
   */
  location?: Promise<DatabaseLocation>
}

interface OpenDatabase {
  group: DatabaseGroup
  database: Database
  manager: Manager
}

async function connect(group: DatabaseGroup, url: string, config: ConfigModule, logger: Logger): Promise<OpenDatabase> {
  const { projectConfig } = config
  let warned = false
  const database = await Database.connect({
    url,
    pool: projectConfig.pool,
    entities: group.entities,
    debug: projectConfig.debug,
    jit: projectConfig.databaseExtra.jit ?? false,
    statementLogger: projectConfig.databaseExtra.logger ?? ((line) => logger.info(line)),
    onRetry: (error) => {
      if (warned) return
      warned = true
      logger.warn(`${error.message}; retrying every ${projectConfig.pool.createRetryIntervalMillis} ms`)
    },
  })
  return { group, database, manager: new Manager(database) }
}

/**
 * Starts a Stratum application: validates the configuration, loads its modules, finds or starts
 * the database, opens the pool and fills the container (`manager`, `logger`, `configModule`,
 * `healthService`, one service per module).
 *
 * @example
 * const app = await createApp(defineConfig({ modules: [BlogModule] }))
 * const posts = await app.container.resolve("blog").listBlogPosts()
 * await app.close()
 */
export async function createApp(
  input: StratumConfigInput | ConfigModule,
  options: CreateAppOptions = {},
): Promise<StratumApp> {
  const config = defineConfig(input)
  const logger = options.logger ?? createLogger()
  // The embedded server starts while the modules load; a failure of either stops what the other started.
  const locating =
    options.location ?? locateDatabase(config.projectConfig.databaseUrl, config.projectConfig.embeddedDataDir)
  locating.catch(() => undefined)
  let groups: Awaited<ReturnType<typeof loadModuleGraph>>
  try {
    groups = await loadModuleGraph(config.modules, options.baseDir ?? process.cwd())
  } catch (error) {
    const started = await locating.catch(() => undefined)
    await started?.embedded?.stop()
    throw error
  }
  const location: DatabaseLocation = await locating
  if (location.embedded)
    logger.info(`embedded PostgreSQL ready on 127.0.0.1:${location.embedded.port} (${location.embedded.dataDir})`)
  const open: OpenDatabase[] = []
  const closeAll = async () => {
    for (const item of open.reverse()) await item.database.close()
    await location.embedded?.stop()
  }
  try {
    for (const group of groups) open.push(await connect(group, group.url ?? location.url, config, logger))
  } catch (error) {
    await closeAll()
    throw error
  }
  const main = open[0] as OpenDatabase
  const container = createStratumContainer({
    [ContainerRegistrationKeys.MANAGER]: main.manager,
    [ContainerRegistrationKeys.LOGGER]: logger,
    [ContainerRegistrationKeys.CONFIG_MODULE]: config,
  })
  container.register(ContainerRegistrationKeys.HEALTH, asShared(new DatabaseHealthService({ manager: main.manager })))
  try {
    for (const item of open) {
      for (const module of item.group.modules) {
        await registerModule(container, module, { manager: item.manager, registry: item.group.registry })
      }
    }
  } catch (error) {
    await closeAll()
    throw error
  }

  const links = config.links.map((link, index) => {
    if (!isLinkDefinition(link)) throw new Error(`links[${index}] must be made by defineLink(left, right, options)`)
    return link as LinkDefinition
  })
  const managers = new Map(open.map((item) => [item.group, item.manager]))
  const query = createQuery({ groups, managers, links })
  const joinLinks = linkJoinResolver(query.schema)
  const unregister = groups.map((group) => registerJoinResolver(group.registry, joinLinks))
  container.register(ContainerRegistrationKeys.QUERY, asShared(query))
  container.register(ContainerRegistrationKeys.REMOTE_QUERY, asShared(query))
  container.register(
    ContainerRegistrationKeys.LINK,
    asShared(createLinkService({ links, manager: main.manager, resolve: (name) => container.resolve(name) })),
  )

  let closing: Promise<void> | undefined
  let http: RunningHttpServer | undefined
  const baseDir = options.baseDir ?? process.cwd()
  return {
    container,
    query,
    links,
    manager: main.manager,
    database: main.database,
    modules: groups.flatMap((group) => group.modules),
    async listen(port?: number) {
      if (http) throw new Error(`This app already listens on port ${http.port}`)
      const apiDir = options.apiDir ?? join(baseDir, "src", "api")
      http = await startHttpServer({ container, logger, config, apiDir, port })
      return http.port
    },
    close() {
      closing ??= (async () => {
        await http?.close()
        for (const remove of unregister) remove()
        await container.dispose()
        await closeAll()
      })()
      return closing
    },
  }
}
