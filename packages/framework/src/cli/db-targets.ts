import { resolve } from "node:path"
import type { ConfigModule } from "../config/define-config.js"
import { startEmbeddedServer, type EmbeddedServer } from "../database/embedded/embedded-server.js"

/** The databases a configuration uses, and the embedded server started to reach them, if any. */
export interface DatabaseTargets {
  urls: string[]
  embedded?: EmbeddedServer
}

/** The embedded server's application database (see `locateDatabase`). */
const EMBEDDED_DATABASE = "stratum"

function moduleDatabaseUrls(config: ConfigModule): string[] {
  return config.modules.flatMap((entry) => {
    const url = (entry as { database?: { url?: unknown } }).database?.url
    return typeof url === "string" && url !== "" ? [url] : []
  })
}

/**
 * The configured database URL (else `DATABASE_URL`, else the embedded server's `stratum`
 * database) plus the separate databases of modules.
 *
 * @example
 * const { urls, embedded } = await databaseTargets(config)
 */
export async function databaseTargets(config: ConfigModule): Promise<DatabaseTargets> {
  const main = config.projectConfig.databaseUrl ?? (process.env.DATABASE_URL || undefined)
  if (main !== undefined) return { urls: [...new Set([main, ...moduleDatabaseUrls(config)])] }
  const embedded = await startEmbeddedServer(config.projectConfig.embeddedDataDir ?? resolve(".stratum", "postgres"))
  const url = new URL(embedded.url)
  url.pathname = `/${EMBEDDED_DATABASE}`
  return { urls: [...new Set([url.toString(), ...moduleDatabaseUrls(config)])], embedded }
}
