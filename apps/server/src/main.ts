import { fileURLToPath } from "node:url"
import { createApp, defineConfig, runMigrations, syncLinkTables } from "@stratum/framework"
import { startHttpServer, type StartHttpServerOptions } from "@stratum/framework/http"
import config from "../stratum.config.js"
import { locateServerDatabase } from "./early-database.js"
import { seedOnFirstRun } from "./seed/first-run.js"

const apiDir = fileURLToPath(new URL("./api", import.meta.url))
const port = Number(process.env.PORT ?? 9000)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0-65535), got "${process.env.PORT}"`)
  process.exit(1)
}

const configModule = defineConfig(config)
const app = await createApp(configModule, { location: locateServerDatabase() })
const logger = app.container.resolve<StartHttpServerOptions["logger"]>("logger")

try {
  const { applied } = await runMigrations({ database: app.database, modules: app.modules, logger })
  if (applied.length > 0) logger.info(`applied ${applied.length} migration(s)`)
  await syncLinkTables({ database: app.database, links: app.links, logger })
} catch (error) {
  logger.error({ err: error }, "migrations failed; the server does not start")
  await app.close()
  process.exit(1)
}

try {
  const seeded = await seedOnFirstRun(app.manager)
  if (seeded) logger.info({ rows: seeded.total, ms: seeded.ms }, "seeded the demo data (empty catalog)")
} catch (error) {
  logger.error({ err: error }, "seeding the demo data failed (nothing was written); the server does not start")
  await app.close()
  process.exit(1)
}

let http: Awaited<ReturnType<typeof startHttpServer>>
try {
  http = await startHttpServer({
    container: app.container,
    logger,
    config: configModule,
    apiDir,
    port,
    host: process.env.HOST,
  })
} catch (error) {
  logger.error({ err: error }, `could not start the HTTP server on port ${port}`)
  await app.close()
  process.exit(1)
}

const base = `http://localhost:${http.port}`
const adminConfigured = (
  configModule.projectConfig.http.adminTokens ??
  process.env.STRATUM_ADMIN_TOKEN?.split(",") ??
  []
).some((token) => token.trim() !== "")
const banner = [
  `Stratum server listening on ${base}`,
  `  store:   ${base}/store   (e.g. ${base}/store/ping)`,
  `  admin:   ${base}/admin   ${adminConfigured ? "(Authorization: Bearer <STRATUM_ADMIN_TOKEN>)" : "(disabled: set STRATUM_ADMIN_TOKEN)"}`,
  `  health:  ${base}/health  ${base}/health/ready`,
  `  openapi: ${base}/openapi.json`,
]
console.log(banner.join("\n"))
logger.info({ port: http.port }, `listening on ${base}`)

let stopping = false
async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    logger.warn(`${signal} again: exiting now`)
    process.exit(1)
  }
  stopping = true
  logger.info(`${signal}: finishing in-flight requests, then closing the database`)
  try {
    await http.close()
    await app.close()
    logger.info("stopped")
    process.exit(0)
  } catch (error) {
    logger.error({ err: error }, "shutdown failed")
    process.exit(1)
  }
}
process.on("SIGINT", () => void shutdown("SIGINT"))
process.on("SIGTERM", () => void shutdown("SIGTERM"))
