import { resolve } from "node:path"
import pg from "pg"
import { describeTarget, parseConnectionUrl, toConnectionUrl, withDatabase } from "./connection-target.js"
import { toConnectionError } from "./connection-error.js"
import { startEmbeddedServer, type EmbeddedServer } from "./embedded/embedded-server.js"

/** Where the application's database lives, and who stops the server when the app closes. */
export interface DatabaseLocation {
  url: string
  embedded?: EmbeddedServer
}

const DEFAULT_DATABASE = "stratum"

/** Creates `database` on the server behind `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const target = parseConnectionUrl(serverUrl)
  const client = new pg.Client({ connectionString: toConnectionUrl(withDatabase(target, "postgres")) })
  client.on("error", () => undefined)
  try {
    await client.connect()
  } catch (error) {
    throw toConnectionError(error, withDatabase(target, "postgres"))
  }
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) {
      await client.query(`create database ${pg.escapeIdentifier(database)}`).catch((error: { code?: string }) => {
        if (error.code !== "42P04") throw error
      })
    }
  } finally {
    await client.end()
  }
}

/**
 * Resolves the database of an application: the configured URL, else `DATABASE_URL`, else an
 * embedded PostgreSQL started for it (data under `.stratum/postgres`, database `stratum`).
 */
export async function locateDatabase(
  configuredUrl: string | undefined,
  embeddedDataDir?: string,
): Promise<DatabaseLocation> {
  const url = configuredUrl ?? (process.env.DATABASE_URL || undefined)
  if (url) return { url }
  const embedded = await startEmbeddedServer(embeddedDataDir ?? resolve(".stratum", "postgres"))
  try {
    await ensureDatabase(embedded.url, DEFAULT_DATABASE)
  } catch (error) {
    await embedded.stop()
    throw error
  }
  const target = withDatabase(parseConnectionUrl(embedded.url), DEFAULT_DATABASE)
  return { url: toConnectionUrl(target), embedded }
}

export { describeTarget }
